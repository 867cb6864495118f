import Foundation
import LodeModel

/// Sources kept as written when no person or organisation the text knows is the subject of a
/// cue: `"…," Sarandon, 69, told MSNBC`, `"…," said the board`, `The ad says "…"`,
/// `Jane Roe: "…"`. The noun phrase is the source with its span; a trailing capitalised name
/// is the speaker (a person with no id), anything else is its own speaker, never a person.
extension SubjectFinder {
  /// Whether token `k` can be part of a written source: a word, number or possessive outside
  /// quotations, or the full stop of an abbreviation or initial ("Mr.", "Janet L. Yellen").
  func phraseToken(_ k: Int) -> Bool {
    guard a.inside[k] < 0 else { return false }
    let t = a.tokens[k]
    switch t.kind {
    case .word, .number, .possessive: return true
    case .punct: return t.isPunct(".") && k > 0 && isAbbreviation(k - 1)
    default: return false
    }
  }

  /// A title, an abbreviation or a single capital letter, after which a full stop ends nothing.
  func isAbbreviation(_ k: Int) -> Bool {
    let t = a.tokens[k]
    guard t.kind == .word, t.isCapitalised else { return false }
    return t.keyCount == 1 || t.has(.title) || Lexicon.abbreviations.contains(t)
  }

  /// The words between a quotation and its cue (`"…," Sarandon, 69, told`, `"…," the board
  /// said`): up to the first comma or bracket, less trailing adverbs and auxiliaries.
  public func writtenBetween(from s: Int, to v: Int, cue: String) -> Attribution? {
    guard startsPhrase(s), !a.slicer.keyHasSuffix(a.tokens[v], "ing") else { return nil }
    var e = s
    while e < v, phraseToken(e), e == s || !Self.phraseStops.contains(a.tokens[e]) { e += 1 }
    guard e > s, e == v || a.tokens[e].isPunct(",") || a.tokens[e].isPunct("(") || a.tokens[e].isPunct("\u{2014}")
    else { return nil }
    while e > s + 1, Self.skippable.contains(a.tokens[e - 1]) || isAdverb(e - 1) { e -= 1 }
    guard e - s <= 9, a.tokens[s].kind == .word || a.tokens[s].kind == .number else { return nil }
    return written(s, e, cue: cue)
  }

  /// The noun phrase right after a cue (`said Renee Gold, 83`, `said the former top aide to X`):
  /// past adverbs, up to punctuation or a preposition or clause word.
  public func writtenAfter(_ v: Int, end: Int, cue: String) -> Attribution? {
    var s = v + 1
    while s < end, isAdverb(s) { s += 1 }
    guard s < end, a.tokens[s].kind == .word, startsPhrase(s) else { return nil }
    var e = s
    while e < end, e < s + 10, phraseToken(e), e == s || !Self.phraseStops.contains(a.tokens[e]) {
      // "and" joins names and titles ("Gov. and Chairman Ed Rendell"), not clauses.
      if a.tokens[e].keyIs("and"), e + 1 < end, !a.tokens[e + 1].isCapitalised { break }
      e += 1
    }
    guard e > s, e - s <= 9 else { return nil }
    return written(s, e, cue: cue)
  }

  /// The noun phrase ending right before token `k` (a cue verb or a colon) that starts the
  /// sentence or follows punctuation or a clause word: `The ad says "…"`, `Roe concludes: "…"`,
  /// `- Jane Roe: "…"`.
  public func writtenBefore(_ k: Int, floor: Int, cue: String, strict: Bool = false) -> Attribution? {
    var e = k
    while e > floor, Self.skippable.contains(a.tokens[e - 1]) || isAdverb(e - 1) { e -= 1 }
    var s = e
    while s > floor, s > e - 7, phraseToken(s - 1), !Self.phraseStops.contains(a.tokens[s - 1]) { s -= 1 }
    // "…, and Breitbart News responded": a clause's "and" is no part of its subject.
    if s < e, WordLists.clauseLinks.contains(a.tokens[s]) { s += 1 }
    guard s < e, e - s <= 6 else { return nil }
    // The phrase must begin where a subject can: the sentence's start, punctuation or a clause word.
    if s > floor {
      let p = a.tokens[s - 1]
      let clause = Self.phraseStops.contains(p) || WordLists.clauseLinks.contains(p)
      guard p.kind == .punct || p.kind == .quote || (clause && !strict) else { return nil }
    }
    guard startsPhrase(s) else { return nil }
    return written(s, e, cue: cue)
  }

  /// A word that can open a noun phrase used as a source: a determiner, a capitalised word,
  /// a number, or a plural noun ("critics", "officials").
  func startsPhrase(_ s: Int) -> Bool {
    let t = a.tokens[s]
    if t.kind == .number || t.isCapitalised || WordLists.determiners.contains(t) || Self.quantifiers.contains(t)
      || Self.otherPronouns.contains(t)
    {
      return true
    }
    // "said pollster Jane Roe": a lower-case title or a noun of who someone is.
    return t.kind == .word
      && (Self.speakerNouns.contains(t) || Self.roleNouns.contains(t) || t.has(.title)
        || a.slicer.keyHasSuffix(t, "er") || a.slicer.keyHasSuffix(t, "ist"))
  }

  func isAdverb(_ k: Int) -> Bool {
    let t = a.tokens[k]
    return t.kind == .word && !t.isCapitalised && a.slicer.keyHasSuffix(t, "ly") && t.keyCount > 3
  }

  /// Tokens [s, e) as a written source: a pronoun other than he/she stays unresolved with its
  /// span; a name at the end is a person's; an organisation or document noun says so.
  func written(_ s: Int, _ e: Int, cue: String) -> Attribution? {
    if e == s + 1, let p = pronoun(a.tokens[s]) { return resolvePronoun(at: s, pronoun: p, cue: cue) }
    // A mention inside the phrase is the speaker ("Rep. Jim McDermott (D-Wash.)").
    for k in s..<e where a.mentionAt[k] >= 0 {
      let mi = a.mentionAt[k]
      let kind = a.mentions[mi].kind
      if (kind == .person || kind == .organisation), !possessed(mi) { return named(mi, cue: cue) }
    }
    let text = a.text(tokens: s, e)
    let start = a.tokens[s].start, end = a.tokens[e - 1].end
    if e == s + 1, Self.otherPronouns.contains(a.tokens[s]) {
      return Attribution(
        speakerID: nil, speaker: nil, source: text, sourceStart: start, sourceEnd: end, method: .unresolved,
        confidence: .zero, why: .unresolvedPronoun(pronoun: text), evidenceSentence: nil,
        kind: a.tokens[s].keyIs("i") ? .person : .unknown)
    }
    let kind = writtenKind(s, e)
    var speaker = text
    if kind == .person, let n = trailingName(s, e) { speaker = a.text(tokens: n, e) }
    return Attribution(
      speakerID: nil, speaker: speaker, source: text, sourceStart: start, sourceEnd: end, method: .named,
      confidence: Confidence.description, why: .description(text: text, cue: cue), evidenceSentence: a.sentenceOf[s],
      kind: kind)
  }

  /// The first token of the run of capitalised name words ending the phrase, if it ends in one.
  func trailingName(_ s: Int, _ e: Int) -> Int? {
    var n = e
    while n > s {
      let t = a.tokens[n - 1]
      if t.kind == .word, t.isCapitalised, !t.has(.title), !Self.organisationNouns.contains(t) || n < e {
        n -= 1
      } else if t.isPunct("."), n - 1 > s, isAbbreviation(n - 2), !a.tokens[n - 2].has(.title) {
        n -= 1
      } else {
        break
      }
    }
    return n < e ? n : nil
  }

  /// What a written phrase names: its last word tells an organisation or a document; a
  /// capitalised phrase without a determiner is a person's name; a common noun a description.
  func writtenKind(_ s: Int, _ e: Int) -> Quote.SourceKind {
    let head = a.tokens[e - 1]
    if head.isCapitalised {
      let acronym = PersonFinder.isAcronym(head, a.slicer) && (e - s == 1 || !a.tokens[s].has(.title))
      if Self.organisationNouns.contains(head) || acronym || a.tokens[s].keyIs("the") {
        return .organisation
      }
      return trailingName(s, e) != nil ? .person : .unknown
    }
    if Self.documentNouns.contains(head) { return .document }
    if Self.organisationNouns.contains(head) { return .organisation }
    if head.kind == .word,
      Self.speakerNouns.contains(head) || Self.roleNouns.contains(head)
        || a.slicer.keyHasSuffix(head, "er") || a.slicer.keyHasSuffix(head, "or") || a.slicer.keyHasSuffix(head, "ist")
    {
      return .description
    }
    return .unknown
  }

  /// The capitalised name opening a sentence as its subject, when no rule knows it ("Moore
  /// thanked him for \"…\"").
  public func writtenSubject(_ s: SentenceRange, cue: String?) -> Attribution? {
    guard let k = subjectStart(s), a.tokens[k].kind == .word else { return nil }
    // "The Daily News focuses on …", "her campaign is planning …": a determiner and a name, or
    // a determiner and a noun that can speak.
    if WordLists.determiners.contains(a.tokens[k]) {
      var e = k + 1
      while e < s.endToken, e < k + 6, a.tokens[e].kind == .word, a.tokens[e].isCapitalised, a.inside[e] < 0 { e += 1 }
      if e == k + 1, e < s.endToken, a.tokens[e].kind == .word, !a.tokens[e].isCapitalised,
        Self.speakerNouns.contains(a.tokens[e]) || Self.organisationNouns.contains(a.tokens[e])
          || Self.documentNouns.contains(a.tokens[e])
      {
        e += 1
      }
      guard e > k + 1, e < s.endToken, !a.tokens[e].isCapitalised else { return nil }
      return written(k, e, cue: cue ?? "the sentence")
    }
    guard a.tokens[k].isCapitalised, pronoun(a.tokens[k]) == nil, !a.tokens[k].has(.notName),
      !Self.indefinites.contains(a.tokens[k]), !a.slicer.keyHasSuffix(a.tokens[k], "ing")
    else { return nil }
    var e = k
    while e < s.endToken, e < k + 5, phraseToken(e), a.tokens[e].isCapitalised || a.tokens[e].isPunct(".") { e += 1 }
    guard e > k, e < s.endToken, e - k <= 4, !a.tokens[e].isCapitalised,
      a.tokens[e].kind == .word || a.tokens[e].isPunct(",")
    else { return nil }
    guard var att = written(k, e, cue: cue ?? "the sentence") else { return nil }
    att.confidence = min(att.confidence, Confidence.description)
    return att
  }

  /// The person a sentence is about: its subject, when that names a person.
  public func subjectPerson(_ s: SentenceRange) -> Attribution? {
    guard let att = sentenceSubject(s, cue: nil) ?? writtenSubject(s, cue: nil), att.speaker != nil, att.kind == .person
    else { return nil }
    return att
  }

  /// "According to the newspaper, …": the phrase after "according to" outside quotations.
  public func writtenAccording(_ s: SentenceRange) -> Attribution? {
    var k = s.firstToken
    while k + 2 < s.endToken {
      if a.inside[k] < 0, a.tokens[k].keyIs("according"), a.tokens[k + 1].keyIs("to"),
        var att = writtenAfter(k + 1, end: s.endToken, cue: "according to")
      {
        att.method = .according
        att.confidence = min(att.confidence, Confidence.according)
        return att
      }
      k += 1
    }
    return nil
  }

  /// A possessor right after a participle or "from" is what another verb acts on
  /// ("labeling Roe's plan \"…\"", "from Roe's \"…\""), not the owner of the words.
  func objectOfVerb(_ k: Int, floor: Int) -> Bool {
    guard k > floor else { return false }
    let t = a.tokens[k - 1]
    return t.kind == .word && !t.isCapitalised && (a.slicer.keyHasSuffix(t, "ing") || t.keyIs("from"))
  }

  /// "Mitt Romney's \"47 percent\" comment", "in Forbes' words, \"…\"", "Roe's broadside against
  /// \"…\"": the possessor a few words before a quotation owns the words.
  public func possessor(before open: Int, floor: Int) -> Attribution? {
    var j = open - 1
    if j > floor, a.tokens[j].isPunct(",") { j -= 1 }
    while j > floor, j >= open - 5 {
      let t = a.tokens[j]
      if t.kind == .possessive {
        let m = a.mentionAt[j - 1]
        if m >= 0, a.mentions[m].kind == .person || a.mentions[m].kind == .organisation {
          return objectOfVerb(a.mentions[m].firstToken, floor: floor) ? nil : named(m, cue: "the possessive")
        }
        var s = j
        while s > floor, s > j - 4, a.tokens[s - 1].kind == .word, a.tokens[s - 1].isCapitalised { s -= 1 }
        return s < j && !objectOfVerb(s, floor: floor) ? written(s, j, cue: "the possessive") : nil
      }
      guard t.kind == .word, !t.isCapitalised, !t.has(.speechVerb) else { return nil }
      j -= 1
    }
    return nil
  }
}
