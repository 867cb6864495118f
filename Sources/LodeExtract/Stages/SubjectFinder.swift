import Foundation
import LodeModel

/// Finds the subject of a verb: left of it (skipping adverbs, auxiliaries, "who", an
/// appositive or relative clause between commas, a coordinated verb), or right of it
/// ("said Trump"). Pronouns and descriptions resolve in `SubjectFinder+Antecedents`.
public struct SubjectFinder {
  let a: DocumentAnalysis
  /// The person behind each mention, looked up once per document.
  let people: MentionPeople

  public init(_ a: DocumentAnalysis) {
    self.a = a
    people = MentionPeople(count: a.mentions.count)
  }

  func isQuoteToken(_ k: Int) -> Bool { a.tokens[k].kind == .quote || a.inside[k] >= 0 }

  /// Subject left of token `v` within the sentence starting at `floor`.
  public func left(of v: Int, floor: Int, cue: String) -> Attribution? {
    var k = v - 1
    var steps = 0
    while k >= floor, steps < 24 {
      steps += 1
      let t = a.tokens[k]
      if isQuoteToken(k) { return nil }
      let mi = a.mentionAt[k]
      if mi >= 0 {
        let kind = a.mentions[mi].kind
        if kind == .person || kind == .organisation { return named(mi, cue: cue) }
        return nil
      }
      if t.kind == .possessive || t.keyIs("on") || t.has(.weekday) || t.keyIs("yesterday") || t.keyIs("today") {
        k -= 1
        continue
      }
      if let p = pronoun(t) { return resolvePronoun(at: k, pronoun: p, cue: cue) }
      if t.isPunct(")") {
        // A parenthesis: "Qualcomm (QCOM.O) said", "Sen. Roe (R-OH) said".
        var c = k - 1
        while c >= floor, c > k - 12, !a.tokens[c].isPunct("(") { c -= 1 }
        if c >= floor, a.tokens[c].isPunct("(") {
          k = c - 1
          continue
        }
        return nil
      }
      if t.isPunct(",") {
        // An appositive or relative clause: "X, a former adviser, said", "X, who backs Y, said",
        // or any insert after a name: "X, 69, told", "X, in Kentucky, said".
        var c = k - 1
        while c >= floor, c > k - 16, !a.tokens[c].isPunct(","), !isQuoteToken(c) { c -= 1 }
        if c >= floor, a.tokens[c].isPunct(","), c < k - 1,
          Self.clauseStarts.contains(a.tokens[c + 1]) || (c > floor && a.mentionAt[c - 1] >= 0)
        {
          k = c - 1
          continue
        }
        // "X who has long argued for it, said".
        var w = k - 1
        while w > floor, w > k - 16, !a.tokens[w].isPunct(","), !isQuoteToken(w), !a.tokens[w].keyIs("who") { w -= 1 }
        if w > floor, a.tokens[w].keyIs("who"), a.mentionAt[w - 1] >= 0 {
          k = w - 1
          continue
        }
        k -= 1
        continue
      }
      // "X took the stage and called …": a coordinated verb has the sentence's subject.
      // Else the walk goes on ("he stated, but insisted").
      if t.keyIs("and") || t.keyIs("but") {
        let s = a.sentences[a.sentenceOf[v]]
        if floor == s.firstToken, let att = sentenceSubject(s, cue: cue) { return att }
      }
      if Self.skippable.contains(t) || (t.kind == .word && a.slicer.keyHasSuffix(t, "ly") && !t.isCapitalised)
        || t.has(.speechVerb)
      {
        k -= 1
        continue
      }
      if t.kind == .word, !t.isCapitalised {
        // "a White House official who spoke anonymously … said": past a relative clause.
        var w = k - 1
        while w > floor, w > k - 12, a.tokens[w].kind == .word, !a.tokens[w].keyIs("who") { w -= 1 }
        if w > floor, w < k, a.tokens[w].keyIs("who"), a.tokens[w - 1].kind == .word {
          k = w - 1
          continue
        }
        return nominal(endingAt: k, floor: floor, cue: cue)
      }
      return nil
    }
    return nil
  }

  /// Subject right of a cue ("said Trump", "said Jane Roe, a former adviser").
  public func right(of v: Int, end: Int, cue: String) -> Attribution? {
    var k = v + 1
    // Adverbs and titles before the name: "said Sen. Jane Roe", "said former President X".
    while k < end, a.mentionAt[k] < 0,
      (a.tokens[k].kind == .word
        && (a.slicer.keyHasSuffix(a.tokens[k], "ly") || a.tokens[k].has(.title) || a.tokens[k].keyIs("former")))
        || (a.tokens[k].isPunct(".") && k > v + 1 && a.tokens[k - 1].has(.title))
    {
      k += 1
    }
    guard k < end, !isQuoteToken(k) else { return nil }
    // "said Bloomberg analyst Jane Roe": a person a few words on, before any punctuation,
    // wins over the organisation they work for.
    var x = k
    while x < end, x < k + 6, a.tokens[x].kind == .word || a.tokens[x].isPunct(".") {
      if a.mentionAt[x] >= 0, a.mentions[a.mentionAt[x]].kind == .person { return named(a.mentionAt[x], cue: cue) }
      x += 1
    }
    if a.mentionAt[k] >= 0, a.mentions[a.mentionAt[k]].kind == .organisation {
      return named(a.mentionAt[k], cue: cue)
    }
    if let p = pronoun(a.tokens[k]) { return resolvePronoun(at: k, pronoun: p, cue: cue) }
    // "said a senior official" / "said the ministry"
    if WordLists.articles.contains(a.tokens[k]) {
      var e = k + 1
      while e < end, e < k + 7, a.tokens[e].kind == .word, !isQuoteToken(e) { e += 1 }
      if e > k + 1 { return nominal(from: k, to: e, cue: cue) }
    }
    return nil
  }

  /// A name right after a cue (`said Vice President Joe Biden, urging …`), past titles and adverbs.
  public func nameAfter(_ v: Int, end: Int, cue: String) -> Attribution? {
    var k = v + 1
    while k < end, a.mentionAt[k] < 0,
      (a.tokens[k].kind == .word
        && (a.slicer.keyHasSuffix(a.tokens[k], "ly") || a.tokens[k].has(.title) || a.tokens[k].keyIs("former")))
        || (a.tokens[k].isPunct(".") && a.tokens[k - 1].has(.title))
    {
      k += 1
    }
    guard k < end, a.mentionAt[k] >= 0, !isQuoteToken(k) else { return nil }
    // The speaker after the verb ends its clause ("said Roe, urging", "said Roe."); a name
    // running on into a quotation is what was said about ("says Ali \"…\"").
    let after = a.mentions[a.mentionAt[k]].endToken
    guard after >= a.tokens.count || a.tokens[after].kind == .punct else { return nil }
    let kind = a.mentions[a.mentionAt[k]].kind
    return kind == .person || kind == .organisation ? named(a.mentionAt[k], cue: cue) : nil
  }

  /// The person or organisation speaking in a sentence, outside its quotations: the name
  /// next to a cue (`Roe announced`, `said Roe`), or a pronoun there resolved.
  public func speakerOf(_ s: SentenceRange) -> Attribution? {
    var x = s.firstToken
    while x < s.endToken {
      if a.inside[x] < 0, QuoteAttributor.isCue(a, x) {
        let c = a.text(of: x)
        if let att = left(of: x, floor: s.firstToken, cue: c), att.speaker != nil { return att }
        if let att = nameAfter(x, end: s.endToken, cue: c) { return att }
      }
      x += 1
    }
    return nil
  }

  /// The subject at the start of a sentence ("Rubio also bemoaned …", "But she said …",
  /// "The Florida senator sought …"), used when a cue's own subject is out of reach.
  public func sentenceSubject(_ s: SentenceRange, cue: String?) -> Attribution? {
    let d = afterDateline(s)
    var k = d
    while k < s.endToken, k < d + 3,
      a.tokens[k].kind != .word || WordLists.clauseLinks.contains(a.tokens[k])
    {
      if a.tokens[k].kind == .quote { return nil }
      k += 1
    }
    // Skip an opening phrase up to its comma: "In line with …, Sen. Ted Cruz was …".
    guard k < s.endToken, let start = skipOpeningPhrase(k, s) else { return nil }
    k = start
    // A person or pronoun among the first words, before any punctuation ("Republican hopeful Sen. Ted Cruz").
    var x = a.mentionAt[k] >= 0 ? s.endToken : k
    while x < s.endToken, x < k + 8, a.tokens[x].kind == .word || a.tokens[x].isPunct(".") {
      // "Hillary Clinton's aide rallied …": the possessor is not the subject.
      if a.mentionAt[x] >= 0, possessed(a.mentionAt[x]) { break }
      if a.mentionAt[x] >= 0, a.mentions[a.mentionAt[x]].kind == .person, x > k {
        var att = named(a.mentionAt[x], cue: cue ?? "the sentence")
        att.confidence = min(att.confidence, Confidence.colon)
        att.explanation =
          (cue.map { "the cue \"\($0)\" has no subject of its own; " } ?? "") + "the sentence's subject: "
          + att.explanation
        return att
      }
      let w = a.tokens[x]
      if !w.isCapitalised,
        w.has(.actionVerb) || Self.prepositions.contains(w) || Self.skippable.contains(w) || w.keyIs("went")
      {
        break
      }
      x += 1
    }
    let how = cue.map { "the cue \"\($0)\" has no subject of its own; " } ?? ""
    var found: Attribution?
    if a.mentionAt[k] >= 0 {
      let mi = a.mentionAt[k]
      let kind = a.mentions[mi].kind
      if kind == .person || kind == .organisation, !possessed(mi) { found = named(mi, cue: cue ?? "the sentence") }
    } else if let p = pronoun(a.tokens[k]) {
      found = resolvePronoun(at: k, pronoun: p, cue: cue ?? "the sentence")
    } else if a.tokens[k].keyIs("the"), let head = roleHead(after: k, s) {
      found = nominal(from: k, to: head + 1, cue: cue ?? "the sentence")
    } else if WordLists.articles.contains(a.tokens[k]), let head = speakerHead(after: k, s) {
      found = nominal(from: k, to: head + 1, cue: cue ?? "the sentence")
    } else if WordLists.articles.contains(a.tokens[k]) {
      var e = k + 1
      while e < s.endToken, e < k + 5, a.tokens[e].kind == .word,
        !a.tokens[e].has(.actionVerb) || a.tokens[e].isCapitalised
      { e += 1 }
      if e > k + 1 { found = nominal(from: k, to: e, cue: cue ?? "the sentence") }
    }
    guard var att = found, att.method != .unresolved || att.speaker != nil else { return found }
    att.confidence = min(att.confidence, Confidence.colon)
    att.explanation = how + "the sentence's subject: " + att.explanation
    return att
  }

  /// The nearest person or organisation named before `k` in the sentence, outside quotations
  /// (the speaker of a colon lead-in: "Marsh was blunt: \"…\"").
  public func nearestActor(before k: Int, floor: Int, cue: String) -> Attribution? {
    var j = k - 1
    while j >= floor, j >= k - 40 {
      if isQuoteToken(j) { return nil }
      let mi = a.mentionAt[j]
      if mi >= 0 {
        let kind = a.mentions[mi].kind
        // Not a possessor ("Trump's proposal") nor the object of a preposition ("entering the United States").
        if kind == .person || kind == .organisation, !possessed(mi), !objectOfPreposition(mi, floor: floor) {
          return named(mi, cue: cue)
        }
        j = a.mentions[mi].firstToken - 1
        continue
      }
      if let p = pronoun(a.tokens[j]) { return resolvePronoun(at: j, pronoun: p, cue: cue) }
      j -= 1
    }
    return nil
  }

  /// A mention right after a preposition, or after a preposition and "the".
  func objectOfPreposition(_ mi: Int, floor: Int) -> Bool {
    var k = a.mentions[mi].firstToken - 1
    if k > floor, a.tokens[k].keyIs("the") { k -= 1 }
    return k >= floor && Self.prepositions.contains(a.tokens[k])
  }

  /// The subject pronoun a token is, if any ("He", "she").
  func pronoun(_ t: Token) -> Pronoun? {
    guard t.kind == .word else { return nil }
    if t.keyIs("he") { return .he }
    return t.keyIs("she") ? .she : nil
  }

  /// Mention `mi` (a person or organisation) as the subject of `cue`.
  func named(_ mi: Int, cue: String) -> Attribution { named(mi, cue: cue, according: false) }

  /// Mention `mi` as X in "according to X".
  func namedAccording(_ mi: Int) -> Attribution { named(mi, cue: "according to", according: true) }

  private func named(_ mi: Int, cue: String, according: Bool) -> Attribution {
    let m = a.mentions[mi]
    let name = people.name(a, mi)
    let title = m.firstToken > 0 ? PersonFinder.titleBefore(a.tokens, m.firstToken, a.slicer) : nil
    let method: Quote.Method = title != nil ? .title : .named
    let sentence = a.sentenceOf[m.firstToken]
    let why: Explanation
    if according {
      why = .according(mention: m.text, sentence: sentence)
    } else if let title {
      why = .titled(title: title, mention: m.text, cue: cue, sentence: sentence)
    } else {
      why = .name(mention: m.text, cue: cue, sentence: sentence)
    }
    return Attribution(
      speakerID: m.id, speaker: name ?? m.text, source: m.text, sourceStart: m.start, sourceEnd: m.end,
      method: method, confidence: title != nil ? Confidence.title : Confidence.named, why: why,
      evidenceSentence: sentence,
      kind: m.kind == .person ? .person : .organisation)
  }
}
