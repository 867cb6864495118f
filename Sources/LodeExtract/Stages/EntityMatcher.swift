import Foundation
import LodeModel

/// A name found in the text and the entity it denotes.
public struct EntityMention: Sendable, Hashable {
  public var kind: EntityKind
  public var id: String
  public var firstToken: Int
  public var endToken: Int
  public var start: Int
  public var end: Int
  public var text: String
}

/// Finds gazetteer names in a document (longest match, case rules, possessives split off),
/// keeps weak region names only in region context, and discovers people the gazetteer
/// does not know: a capitalised name after a title, or a full name next to a speech verb.
public enum EntityMatcher {

  public static func match(
    _ tokens: [Token], text: TextSlicer, gazetteer: Gazetteer
  ) -> (mentions: [EntityMention], discovered: [Person]) {
    var mentions: [EntityMention] = []
    mentions.reserveCapacity(tokens.count / 16 + 4)
    var covered = [Bool](repeating: false, count: tokens.count)
    var i = 0
    while i < tokens.count {
      guard tokens[i].kind == .word, gazetteer.mayStart(tokens[i]), let ei = gazetteer.matchIndex(tokens, at: i) else {
        i += 1
        continue
      }
      let (id, kind, weak, end) = (
        gazetteer.entries[ei].id, gazetteer.entries[ei].kind, gazetteer.entries[ei].weak,
        i + gazetteer.entries[ei].keys.count
      )
      // "the European Union (EU)": the short form in brackets repeats the name just matched.
      // Integers first: the ids (Strings) are compared only beside a bracket.
      if i > 0, tokens[i - 1].isPunct("("), end < tokens.count, tokens[end].isPunct(")"), let l = mentions.indices.last,
        mentions[l].endToken == i - 1, mentions[l].id == id
      {
        for k in i..<end { covered[k] = true }
        i = end
        continue
      }
      if !weak || regionContext(tokens, i, end) {
        // "Kyiv said …": a capital acting or speaking is its government, not the place.
        let spelt = gazetteer.spelling(ofEntry: ei, tokens, at: i, text)
        if kind == .region, let government = gazetteer.governmentOf[id], actsAsSubject(tokens, end, text),
          i == 0 || !placePrepositions.contains(tokens[i - 1])
        {
          mentions.append(mention(.organisation, government, tokens, i, end, text, spelt: spelt))
        } else {
          mentions.append(mention(kind, id, tokens, i, end, text, spelt: spelt))
        }
        for k in i..<end { covered[k] = true }
      }
      i = end
    }
    let (found, discovered) = PersonFinder.find(tokens, covered: covered, text: text)
    mentions.append(contentsOf: found)
    mentions.sort { $0.firstToken < $1.firstToken }
    return (mentions, discovered)
  }

  /// The mention of tokens [a, b); `spelt` is its text when already at hand as a String.
  static func mention(
    _ kind: EntityKind, _ id: String, _ tokens: [Token], _ a: Int, _ b: Int, _ text: TextSlicer, spelt: String? = nil
  ) -> EntityMention {
    EntityMention(
      kind: kind, id: id, firstToken: a, endToken: b, start: tokens[a].start, end: tokens[b - 1].end,
      text: spelt ?? text.string(tokens[a].start, tokens[b - 1].end))
  }

  /// A verb of speech or action follows the name, past auxiliaries and adverbs
  /// ("Kyiv has firmly rejected", "Kyiv says").
  static func actsAsSubject(_ tokens: [Token], _ end: Int, _ text: TextSlicer) -> Bool {
    var k = end
    while k < tokens.count, k < end + 4, tokens[k].paragraph == tokens[end - 1].paragraph {
      let t = tokens[k]
      guard t.kind == .word, !t.isCapitalised else { return false }
      if t.has(.speechVerb) || t.has(.indirectVerb) || t.has(.actionVerb) { return true }
      guard auxiliaries.contains(t) || text.keyHasSuffix(t, "ly") else { return false }
      k += 1
    }
    return false
  }

  /// A weak region name counts when "region"/"oblast" follows it or closes the list it is in
  /// ("the Dnipro, Kirovohrad, and Zhytomyr regions"), or "regions of" precedes the list.
  static func regionContext(_ tokens: [Token], _ a: Int, _ b: Int) -> Bool {
    var j = b
    while j < tokens.count, j < b + 12, tokens[j].paragraph == tokens[a].paragraph {
      let t = tokens[j]
      if regionWords.contains(t) { return true }
      if t.isPunct(",") || t.keyIs("and") || t.keyIs("or") || t.isCapitalised { j += 1; continue }
      break
    }
    var k = a - 1
    while k >= 0, k > a - 12, tokens[k].paragraph == tokens[a].paragraph {
      let t = tokens[k]
      if t.keyIs("of") || t.keyIs("in"), k > 0, regionWords.contains(tokens[k - 1]) { return true }
      if t.isPunct(",") || t.keyIs("and") || t.keyIs("or") || t.isCapitalised { k -= 1; continue }
      break
    }
    return false
  }
}
