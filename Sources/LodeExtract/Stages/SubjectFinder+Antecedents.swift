import Foundation
import LodeCore
import LodeModel

/// Who a pronoun or a definite description refers back to: the person speaking in the
/// nearest earlier sentence, past sentences whose own subject refers back too.
extension SubjectFinder {
  /// The antecedent of a pronoun: the latest compatible person earlier in its own sentence,
  /// else, sentence by sentence backwards, the one each offers (`antecedent(in:)`) — people
  /// inside quotations do not count.
  func resolvePronoun(at k: Int, pronoun: String, cue: String) -> Attribution {
    let t = a.tokens[k]
    let here = a.sentenceOf[k]
    var found: EntityMention?
    var j = k - 1
    while j >= a.sentences[here].firstToken, j >= k - 80 {
      if let m = compatible(j, pronoun) {
        found = m
        break
      }
      j -= 1
    }
    var si = here - 1
    while found == nil, si >= 0, si >= here - 6 {
      found = antecedent(in: a.sentences[si], pronoun)
      si -= 1
    }
    guard let m = found, let p = a.person(m.id) else {
      return Attribution(
        speakerID: nil, speaker: nil, source: a.slicer.text(t), sourceStart: t.start, sourceEnd: t.end,
        method: .unresolved, confidence: .zero,
        why: .unresolvedPronoun(pronoun: a.slicer.text(t)), evidenceSentence: nil)
    }
    let distance = here - a.sentenceOf[m.firstToken]
    let confidence = distance <= 1 ? Confidence.pronounNear : (distance <= 3 ? Confidence.pronounMid : Confidence.pronounFar)
    return Attribution(
      speakerID: m.id, speaker: p.name, source: a.slicer.text(t), sourceStart: t.start, sourceEnd: t.end,
      method: .pronoun, confidence: confidence,
      why: .pronoun(pronoun: a.slicer.text(t), cue: cue, mention: m.text, sentence: a.sentenceOf[m.firstToken]),
      evidenceSentence: a.sentenceOf[m.firstToken])
  }

  /// The person an earlier sentence offers a pronoun: none when its own subject is a
  /// pronoun or a description ("He …", "The Florida senator …"), which refer further back;
  /// else the person speaking in it (`Roe said`, `said Roe`), else its first person.
  func antecedent(in s: SentenceRange, _ pronoun: String?) -> EntityMention? {
    if let k = subjectStart(s), anaphoric(at: k, s, pronoun) { return nil }
    var first: EntityMention?
    var owner: EntityMention?
    var x = s.firstToken
    // Only mentions are looked at: a cue counts when it touches one (`Roe said`, `said Roe`).
    while x < s.endToken, x < s.firstToken + 200 {
      guard a.mentionAt[x] >= 0 else {
        x += 1
        continue
      }
      let next = a.mentions[a.mentionAt[x]].endToken
      if let m = compatible(x, pronoun) {
        if speaks(m, s) { return m }
        if possessed(m) { owner = owner ?? m } else { first = first ?? m }
      }
      x = max(next, x + 1)
    }
    return first ?? owner
  }

  /// A cue verb right after the mention or right before it, outside quotations.
  func speaks(_ m: EntityMention, _ s: SentenceRange) -> Bool {
    let after = m.endToken
    if after < s.endToken, a.inside[after] < 0, QuoteAttributor.isCue(a.tokens[after]) { return true }
    let before = m.firstToken - 1
    return before >= s.firstToken && a.inside[before] < 0 && QuoteAttributor.isCue(a.tokens[before])
  }

  /// A subject that refers back: a pronoun of the same kind, or "the" and a person's role.
  func anaphoric(at k: Int, _ s: SentenceRange, _ pronoun: String?) -> Bool {
    let t = a.tokens[k]
    if pronoun == "he" || pronoun == "any", t.keyIs("he") || t.keyIs("his") { return true }
    if pronoun == "she" || pronoun == "any", t.keyIs("she") || t.keyIs("her") { return true }
    return t.keyIs("the") && roleHead(after: k, s) != nil
  }

  /// The person mention at token `j` if it can be the antecedent of `pronoun`.
  func compatible(_ j: Int, _ pronoun: String?) -> EntityMention? {
    let mi = a.mentionAt[j]
    guard mi >= 0, a.inside[j] < 0 else { return nil }
    let m = a.mentions[mi]
    guard m.kind == .person, let p = a.person(m.id), pronoun == nil || p.pronoun == nil || p.pronoun == pronoun else { return nil }
    return m
  }

  /// "Clinton's aide": a name before a possessive determines a noun phrase.
  func possessed(_ m: EntityMention) -> Bool {
    m.endToken < a.tokens.count && a.tokens[m.endToken].kind == .possessive
  }
}
