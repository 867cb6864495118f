import Foundation
import LodeCore
import LodeModel

/// Speakers named by a description ("a senior official", "the Florida senator"): the
/// noun phrase as written, and the person a definite one refers back to.
extension SubjectFinder {
  /// A person's role noun among the four words after a determiner ("the former Mexican president").
  func roleHead(after k: Int, _ s: SentenceRange) -> Int? {
    var e = k + 1
    while e < s.endToken, e <= k + 4, a.tokens[e].kind == .word, a.mentionAt[e] < 0, a.inside[e] < 0 {
      if Self.roleNouns.contains(a.tokens[e]) { return e }
      e += 1
    }
    return nil
  }

  /// The person a definite description ("the Florida senator") refers back to: the
  /// nearest earlier person whose role or title names the same office, else the person the
  /// two sentences before offer (past sentences whose own subject refers back).
  func describedPerson(before k: Int, head: String) -> Int? {
    let here = a.sentenceOf[k]
    var si = here
    while si >= 0, si >= here - 6 {
      let s = a.sentences[si]
      var x = si == here ? k - 1 : s.endToken - 1
      while x >= s.firstToken {
        if let mi = compatible(x, nil), let p = a.person(a.mentions[mi].id), holds(p, a.mentions[mi], head) {
          return mi
        }
        x -= 1
      }
      si -= 1
    }
    // Else the person of the nearest sentences before, past those whose subject refers back too.
    var looked = 0
    si = here - 1
    while si >= 0, si >= here - 6, looked < 2 {
      let s = a.sentences[si]
      if let k = subjectStart(s), anaphoric(at: k, s, .any) {
        si -= 1
        continue
      }
      if let m = antecedent(in: s, nil) { return m }
      looked += 1
      si -= 1
    }
    return nil
  }

  /// Whether a person's role, or the title written before this mention, names the office.
  func holds(_ p: Person, _ m: EntityMention, _ head: String) -> Bool {
    let synonyms: [String: [String]] = [
      "senator": ["sen", "senator"], "governor": ["gov", "governor"], "congressman": ["rep", "congressman"],
      "congresswoman": ["rep", "congresswoman"], "president": ["president"], "minister": ["minister"],
    ]
    let names = synonyms[head] ?? [head]
    if let role = p.role.map(Fold.key), names.contains(where: { role.contains($0) }) { return true }
    if let t = PersonFinder.titleBefore(a.tokens, m.firstToken, a.slicer) { return names.contains(t) }
    return false
  }
  /// The head of a description among the four words after a determiner ("a senior Treasury adviser").
  func speakerHead(after k: Int, _ s: SentenceRange) -> Int? {
    var e = k + 1
    while e < s.endToken, e <= k + 4, a.tokens[e].kind == .word, a.inside[e] < 0 {
      let t = a.tokens[e]
      if !t.isCapitalised,
        Self.speakerNouns.contains(t) || Self.roleNouns.contains(t) || Self.documentNouns.contains(t)
          || Self.organisationNouns.contains(t)
      {
        return e
      }
      e += 1
    }
    return nil
  }
  func nominal(endingAt k: Int, floor: Int, cue: String) -> Attribution? {
    guard !Self.phraseStops.contains(a.tokens[k]) else { return nil }
    var s = k
    while s > floor, s > k - 6, a.tokens[s - 1].kind == .word, !isQuoteToken(s - 1), a.mentionAt[s - 1] < 0,
      !WordLists.articles.contains(a.tokens[s])
    {
      s -= 1
    }
    guard WordLists.determiners.contains(a.tokens[s]) || a.slicer.keyHasSuffix(a.tokens[k], "s") else { return nil }
    return nominal(from: s, to: k + 1, cue: cue)
  }

  /// The words between a quotation and its cue when no rule resolves them (`"…," the Times
  /// reported`, `"…," Barkley said`): kept as written, with no person id.
  public func unnamedSubject(from s: Int, to end: Int, cue: String) -> Attribution? {
    var e = end
    while e > s + 1, Self.skippable.contains(a.tokens[e - 1]) || a.slicer.keyHasSuffix(a.tokens[e - 1], "ly") { e -= 1 }
    guard e - s <= 4 else { return nil }
    for k in s..<e where a.tokens[k].kind != .word || a.inside[k] >= 0 { return nil }
    guard (s..<e).contains(where: { a.tokens[$0].isCapitalised || Self.speakerNouns.contains(a.tokens[$0]) }) else {
      return nil
    }
    if let p = pronoun(a.tokens[s]), e == s + 1 { return resolvePronoun(at: s, pronoun: p, cue: cue) }
    let text = a.text(tokens: s, e)
    let kind = writtenKind(s, e)
    // A person's title stays in the source, not in the speaker ("PRESIDENT JOHN DOE" is John Doe).
    let name = kind == .person ? trailingName(s, e).map { a.text(tokens: $0, e) } : nil
    return Attribution(
      speakerID: nil, speaker: name ?? text, source: text, sourceStart: a.tokens[s].start,
      sourceEnd: a.tokens[e - 1].end,
      method: .named, confidence: Confidence.description, why: .description(text: text, cue: cue),
      evidenceSentence: a.sentenceOf[s], kind: kind)
  }

  func nominal(from s: Int, to e: Int, cue: String) -> Attribution? {
    let head = a.tokens[e - 1]
    guard
      Self.speakerNouns.contains(head) || Self.roleNouns.contains(head) || Self.documentNouns.contains(head)
        || Self.organisationNouns.contains(head) || (head.isCapitalised && a.tokens[s].keyIs("the"))
        || a.slicer.keyHasSuffix(head, "er") || a.slicer.keyHasSuffix(head, "or") || a.slicer.keyHasSuffix(head, "ist")
        || a.slicer.keyHasSuffix(head, "ian")
    else { return nil }
    let text = a.text(tokens: s, e)
    if a.tokens[s].keyIs("the"), Self.roleNouns.contains(head), let mi = describedPerson(before: s, head: a.key(e - 1)),
      let name = people.name(a, mi)
    {
      let m = a.mentions[mi]
      let sentence = a.sentenceOf[m.firstToken]
      return Attribution(
        speakerID: m.id, speaker: name, source: text, sourceStart: a.tokens[s].start, sourceEnd: a.tokens[e - 1].end,
        method: .pronoun, confidence: Confidence.pronounMid,
        why: .text(
          "the description \"" + text + "\" before the cue \"" + cue + "\" refers back to \"" + m.text + "\" (sentence "
            + String(sentence) + ")"),
        evidenceSentence: sentence, kind: .person)
    }
    return Attribution(
      speakerID: nil, speaker: text, source: text, sourceStart: a.tokens[s].start, sourceEnd: a.tokens[e - 1].end,
      method: .named, confidence: Confidence.description,
      why: .description(text: text, cue: cue),
      evidenceSentence: a.sentenceOf[s], kind: writtenKind(s, e))
  }
}
