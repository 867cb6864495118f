import Foundation
import LodeCore
import LodeModel

/// Who a pronoun or a definite description refers back to: the person speaking in the
/// nearest earlier sentence, past sentences whose own subject refers back too.
extension SubjectFinder {
  /// The antecedent of a pronoun: the latest compatible person earlier in its own sentence,
  /// else, sentence by sentence backwards, the one each offers (`antecedent(in:)`) — people
  /// inside quotations do not count.
  func resolvePronoun(at k: Int, pronoun: Pronoun, cue: String) -> Attribution {
    let t = a.tokens[k]
    let here = a.sentenceOf[k]
    var found: Int?
    var j = k - 1
    while j >= a.sentences[here].firstToken, j >= k - 80 {
      if let mi = compatible(j, pronoun) {
        found = mi
        break
      }
      j -= 1
    }
    var si = here - 1
    while found == nil, si >= 0, si >= here - 6 {
      found = antecedent(in: a.sentences[si], pronoun)
      si -= 1
    }
    let written = a.slicer.text(t)
    guard let mi = found, let name = people.name(a, mi) else {
      return Attribution(
        speakerID: nil, speaker: nil, source: written, sourceStart: t.start, sourceEnd: t.end,
        method: .unresolved, confidence: .zero,
        why: .unresolvedPronoun(pronoun: written), evidenceSentence: nil, kind: .person)
    }
    let m = a.mentions[mi]
    let sentence = a.sentenceOf[m.firstToken]
    let distance = here - sentence
    let confidence =
      distance <= 1 ? Confidence.pronounNear : (distance <= 3 ? Confidence.pronounMid : Confidence.pronounFar)
    return Attribution(
      speakerID: m.id, speaker: name, source: written, sourceStart: t.start, sourceEnd: t.end,
      method: .pronoun, confidence: confidence,
      why: .pronoun(pronoun: written, cue: cue, mention: m.text, sentence: sentence),
      evidenceSentence: sentence, kind: .person)
  }

  /// The person an earlier sentence offers a pronoun: none when its own subject is a
  /// pronoun or a description ("He …", "The Florida senator …"), which refer further back;
  /// else the person speaking in it (`Roe said`, `said Roe`), else its first person.
  func antecedent(in s: SentenceRange, _ pronoun: Pronoun?) -> Int? {
    if let k = subjectStart(s), anaphoric(at: k, s, pronoun) { return nil }
    var first: Int?
    var owner: Int?
    var x = s.firstToken
    // Only mentions are looked at: a cue counts when it touches one (`Roe said`, `said Roe`).
    while x < s.endToken, x < s.firstToken + 200 {
      guard a.mentionAt[x] >= 0 else {
        x += 1
        continue
      }
      let next = a.mentions[a.mentionAt[x]].endToken
      if let mi = compatible(x, pronoun) {
        if speaks(mi, s) { return mi }
        if possessed(mi) { owner = owner ?? mi } else { first = first ?? mi }
      }
      x = max(next, x + 1)
    }
    return first ?? owner
  }

  /// A cue verb right after mention `mi` or right before it, outside quotations.
  func speaks(_ mi: Int, _ s: SentenceRange) -> Bool {
    let after = a.mentions[mi].endToken
    if after < s.endToken, a.inside[after] < 0, QuoteAttributor.isCue(a.tokens[after]) { return true }
    let before = a.mentions[mi].firstToken - 1
    return before >= s.firstToken && a.inside[before] < 0 && QuoteAttributor.isCue(a.tokens[before])
  }

  /// A subject that refers back: a pronoun of the same kind, or "the" and a person's role.
  func anaphoric(at k: Int, _ s: SentenceRange, _ pronoun: Pronoun?) -> Bool {
    let t = a.tokens[k]
    if pronoun == .he || pronoun == .any, t.keyIs("he") || t.keyIs("his") { return true }
    if pronoun == .she || pronoun == .any, t.keyIs("she") || t.keyIs("her") { return true }
    return t.keyIs("the") && roleHead(after: k, s) != nil
  }

  /// The index of the person mention at token `j` if it can be the antecedent of `pronoun`.
  func compatible(_ j: Int, _ pronoun: Pronoun?) -> Int? {
    let mi = a.mentionAt[j]
    guard mi >= 0, a.inside[j] < 0, a.mentions[mi].kind == .person, people.fits(a, mi, pronoun) else { return nil }
    return mi
  }

  /// "Clinton's aide": a name before a possessive determines a noun phrase.
  func possessed(_ mi: Int) -> Bool {
    let e = a.mentions[mi].endToken
    return e < a.tokens.count && a.tokens[e].kind == .possessive
  }
}
