import Foundation
import LodeCore
import LodeModel

/// Finds people the gazetteer does not know: a capitalised name after a title
/// ("analyst Jane Roe", "Mr. Smith") or a full name beside a speech verb ("Jane Roe said",
/// "said Jane Roe", "Jane Roe, a former adviser, said", "according to Jane Roe"), or whose
/// surname alone stands beside one elsewhere. Later mentions of the surname alone resolve
/// to the same person.
public enum PersonFinder {
  public static func find(
    _ tokens: [Token], covered: [Bool], text: TextSlicer
  ) -> (mentions: [EntityMention], people: [Person]) {
    // Runs of capitalised name-like words.
    var runs: [(Int, Int)] = []
    var i = 0
    while i < tokens.count {
      guard isNameWord(tokens, i, covered, text) else {
        i += 1
        continue
      }
      var j = i + 1
      while j < tokens.count, j < i + 4, isNameWord(tokens, j, covered, text), tokens[j].spaceBefore {
        j += 1
      }
      runs.append((i, j))
      i = j
    }
    var people: [String: Person] = [:]
    var order: [String] = []
    var surnames: [String: String] = [:]
    var mentions: [EntityMention] = []
    var slugs: [String: String] = [:]
    // A surname alone beside a speech verb ("Barkley said") makes the full name written
    // elsewhere in the text a person ("Charles Barkley went off script …").
    var spokenSurnames = Set<UInt64>()
    for (a, b) in runs where b - a == 1 && titleBefore(tokens, a, text) == nil && speechAround(tokens, a, b) {
      spokenSurnames.insert(tokens[a].hash)
    }
    for (a, b) in runs {
      let title = titleBefore(tokens, a, text)
      let speech = b - a >= 2 && (speechAround(tokens, a, b) || spokenSurnames.contains(tokens[b - 1].hash))
      guard title != nil || speech else { continue }
      let name = text.string(tokens[a].start, tokens[b - 1].end)
      let id = slugs[name] ?? slug(name)
      slugs[name] = id
      if people[id] == nil {
        var pronoun: String?
        if let t = title {
          if Lexicon.feminineTitles.contains(t) { pronoun = "she" } else if Lexicon.masculineTitles.contains(t) { pronoun = "he" }
        }
        let role = appositiveRole(tokens, text, b) ?? title.flatMap { Lexicon.masculineTitles.contains($0) || Lexicon.feminineTitles.contains($0) || $0 == "ms" ? nil : $0 }
        people[id] = Person(id: id, name: name, role: role, pronoun: pronoun, discovered: true)
        order.append(id)
        if b - a >= 2 { surnames[text.key(tokens[b - 1])] = id }
      }
    }
    guard !people.isEmpty else { return ([], []) }
    // "leader Calderon" and "President Felipe Calderon" are one person: the fuller name wins.
    for id in order {
      guard let p = people[id], !p.name.utf8.contains(0x20), let full = surnames[Fold.key(p.name)], full != id else { continue }
      people[id] = nil
      if var f = people[full], f.role == nil { f.role = p.role; people[full] = f }
    }
    order = order.filter { people[$0] != nil }
    var fullNames: [String: String] = [:]
    var firstWords = Set(surnames.keys.map(WordTable<LexFlags>.hash))
    for id in order {
      guard let p = people[id] else { continue }
      fullNames[Fold.key(p.name)] = id
      // The first word (a name never starts with a space, so this is split's first piece).
      let first = p.name.prefix { $0 != " " }
      if !first.isEmpty { firstWords.insert(WordTable<LexFlags>.hash(Fold.key(String(first)))) }
    }
    for (a, b) in runs where firstWords.contains(tokens[a].hash) {
      let key = Fold.key(text.string(tokens[a].start, tokens[b - 1].end))
      if let id = fullNames[key] ?? (b - a == 1 ? surnames[text.key(tokens[a])] : nil) {
        mentions.append(EntityMatcher.mention(.person, id, tokens, a, b, text))
      }
    }
    return (mentions, order.compactMap { people[$0] })
  }

  static func isNameWord(_ tokens: [Token], _ i: Int, _ covered: [Bool], _ text: TextSlicer) -> Bool {
    let t = tokens[i]
    guard t.kind == .word, t.isCapitalised, !covered[i], !t.endsWithDot else { return false }
    if t.has(.notName) || t.has(.title) || t.has(.month) || t.has(.weekday) { return false }
    // All caps words are acronyms, not names.
    return !isAcronym(t, text)
  }

  /// More than one scalar, all uppercase (ASCII decided on the bytes, without a String).
  static func isAcronym(_ t: Token, _ text: TextSlicer) -> Bool {
    let b = text.bytes(t)
    guard b.count == t.end - t.start else { return isAcronym(text.text(t)) }
    return b.count > 1 && b.allSatisfy { $0 >= 65 && $0 <= 90 }
  }

  /// More than one scalar, all uppercase (ASCII decided without a property lookup).
  static func isAcronym(_ s: String) -> Bool {
    var count = 0
    for c in s.unicodeScalars {
      let upper = c.value < 0x80 ? (c.value >= 65 && c.value <= 90) : c.properties.isUppercase
      guard upper else { return false }
      count += 1
    }
    return count > 1
  }

  /// The title word just before a name (skipping a full stop: "Mr. Smith", "Lt. Gen. Roe").
  static func titleBefore(_ tokens: [Token], _ a: Int, _ text: TextSlicer) -> String? {
    var k = a - 1
    // "Mr. Smith", and an appositive title: "her senior adviser, Jake Sullivan".
    if k >= 0, tokens[k].isPunct(".") || tokens[k].isPunct(",") { k -= 1 }
    guard k >= 0, tokens[k].kind == .word, tokens[k].paragraph == tokens[a].paragraph else { return nil }
    return tokens[k].has(.title) ? text.key(tokens[k]) : nil
  }

  static func speechAround(_ tokens: [Token], _ a: Int, _ b: Int) -> Bool {
    if b < tokens.count, tokens[b].has(.speechVerb) { return true }
    if a > 0, WordLists.sayVerbs.contains(tokens[a - 1]) { return true }
    if a > 1, tokens[a - 1].keyIs("to"), tokens[a - 2].keyIs("according") { return true }
    // Name, said / Name, appositive, said
    if b + 1 < tokens.count, tokens[b].isPunct(","), tokens[b + 1].has(.speechVerb) { return true }
    if b < tokens.count, tokens[b].isPunct(",") {
      var k = b + 1
      while k < tokens.count, k < b + 14, !tokens[k].isPunct(",") { k += 1 }
      if k + 1 < tokens.count, tokens[k].isPunct(","), tokens[k + 1].has(.speechVerb) { return true }
    }
    return false
  }

  /// "Jane Roe, a former adviser to the ministry, said" → "a former adviser to the ministry".
  static func appositiveRole(_ tokens: [Token], _ text: TextSlicer, _ b: Int) -> String? {
    guard b + 1 < tokens.count, tokens[b].isPunct(","), WordLists.articles.contains(tokens[b + 1]) else { return nil }
    var k = b + 2
    while k < tokens.count, k < b + 16, !tokens[k].isPunct(","), !tokens[k].isPunct("."), tokens[k].kind != .quote { k += 1 }
    guard k < tokens.count, tokens[k].isPunct(","), k > b + 2 else { return nil }
    return text.string(tokens[b + 1].start, tokens[k - 1].end)
  }

  static func slug(_ name: String) -> String {
    var out = ""
    var dash = false
    for c in Fold.key(name).unicodeScalars {
      let letter = c.value < 0x80 ? ((c.value | 0x20) >= 0x61 && (c.value | 0x20) <= 0x7A) : c.properties.isAlphabetic
      if letter || (c.value >= 0x30 && c.value <= 0x39) {
        out.unicodeScalars.append(c)
        dash = false
      } else if !dash, !out.isEmpty {
        out += "-"
        dash = true
      }
    }
    return dash ? String(out.dropLast()) : out
  }
}
