import Foundation
import LodeCore
import LodeModel

/// Finds the subject of a verb: left of it (skipping adverbs, auxiliaries, "who", an
/// appositive between commas, a coordinated verb), or right of it ("said Trump").
/// Pronouns resolve to the most recent compatible person outside quotations.
public struct SubjectFinder {
  let a: DocumentAnalysis

  static let skippable: WordSet = [
    "also", "then", "later", "again", "once", "has", "have", "had", "was", "is", "were", "are",
    "who", "which", "would", "will", "did", "does", "do", "had", "reportedly", "but", "and",
    "previously", "subsequently", "further", "now", "just", "recently", "earlier", "has", "been",
    "publicly", "privately", "repeatedly", "firmly", "not", "never", "even", "still", "all",
  ]

  public init(_ a: DocumentAnalysis) { self.a = a }

  func isQuoteToken(_ k: Int) -> Bool { a.tokens[k].kind == .quote || a.inside[k] >= 0 }

  /// Subject left of token `v` within the sentence starting at `floor`.
  public func left(of v: Int, floor: Int, cue: String) -> Attribution? {
    var k = v - 1
    var steps = 0
    while k >= floor, steps < 24 {
      steps += 1
      let t = a.tokens[k]
      if isQuoteToken(k) { return nil }
      if a.mentionAt[k] >= 0 {
        let m = a.mentions[a.mentionAt[k]]
        if m.kind == .person || m.kind == .organisation { return named(m, cue: cue) }
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
        // An appositive: "X, a former adviser, said" — jump to the comma before it.
        var c = k - 1
        while c >= floor, c > k - 16, !a.tokens[c].isPunct(","), !isQuoteToken(c), a.mentionAt[c] < 0 { c -= 1 }
        if c >= floor, a.mentionAt[c] >= 0, c < k - 1, WordLists.articles.contains(a.tokens[c + 1]) || a.tokens[c + 1].kind == .word {
          k = c
          continue
        }
        if c >= floor, a.tokens[c].isPunct(","), c < k - 1, WordLists.articles.contains(a.tokens[c + 1]) {
          k = c - 1
          continue
        }
        k -= 1
        continue
      }
      if Self.skippable.contains(t) || (t.kind == .word && a.slicer.keyHasSuffix(t, "ly") && !t.isCapitalised)
        || t.has(.speechVerb)
      {
        k -= 1
        continue
      }
      if t.kind == .word, !t.isCapitalised {
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
      (a.tokens[k].kind == .word && (a.slicer.keyHasSuffix(a.tokens[k], "ly") || a.tokens[k].has(.title) || a.tokens[k].keyIs("former")))
        || (a.tokens[k].isPunct(".") && k > v + 1 && a.tokens[k - 1].has(.title))
    {
      k += 1
    }
    guard k < end, !isQuoteToken(k) else { return nil }
    // "said Bloomberg analyst Jane Roe": a person a few words on, before any punctuation,
    // wins over the organisation they work for.
    var x = k
    while x < end, x < k + 6, a.tokens[x].kind == .word || a.tokens[x].isPunct(".") {
      if a.mentionAt[x] >= 0, a.mentions[a.mentionAt[x]].kind == .person { return named(a.mentions[a.mentionAt[x]], cue: cue) }
      x += 1
    }
    if a.mentionAt[k] >= 0, a.mentions[a.mentionAt[k]].kind == .organisation {
      return named(a.mentions[a.mentionAt[k]], cue: cue)
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

  /// The subject at the start of a sentence ("Rubio also bemoaned …", "But she said …",
  /// "The Florida senator sought …"), used when a cue's own subject is out of reach.
  public func sentenceSubject(_ s: SentenceRange, cue: String?) -> Attribution? {
    var k = s.firstToken
    while k < s.endToken, k < s.firstToken + 3,
      a.tokens[k].kind != .word || WordLists.clauseLinks.contains(a.tokens[k])
    {
      if a.tokens[k].kind == .quote { return nil }
      k += 1
    }
    // Skip an opening phrase up to its comma: "In line with …, Sen. Ted Cruz was …".
    if k < s.endToken, Self.openers.contains(a.tokens[k]) {
      var c = k
      while c < s.endToken, c < k + 20, !a.tokens[c].isPunct(","), a.tokens[c].kind != .quote { c += 1 }
      if c < s.endToken, a.tokens[c].isPunct(",") { k = c + 1 }
    }
    guard k < s.endToken, a.inside[k] < 0 else { return nil }
    // A person or pronoun among the first words, before any punctuation ("Republican hopeful Sen. Ted Cruz").
    var x = k
    while x < s.endToken, x < k + 8, a.tokens[x].kind == .word || a.tokens[x].isPunct(".") {
      if a.mentionAt[x] >= 0, a.mentions[a.mentionAt[x]].kind == .person, x > k {
        var att = named(a.mentions[a.mentionAt[x]], cue: cue ?? "the sentence")
        att.confidence = min(att.confidence, Confidence.colon)
        att.explanation = (cue.map { "the cue \"\($0)\" has no subject of its own; " } ?? "") + "the sentence's subject: " + att.explanation
        return att
      }
      if a.tokens[x].has(.actionVerb) && !a.tokens[x].isCapitalised { break }
      x += 1
    }
    let how = cue.map { "the cue \"\($0)\" has no subject of its own; " } ?? ""
    var found: Attribution?
    if a.mentionAt[k] >= 0 {
      let m = a.mentions[a.mentionAt[k]]
      if m.kind == .person || m.kind == .organisation { found = named(m, cue: cue ?? "the sentence") }
    } else if let p = pronoun(a.tokens[k]) {
      found = resolvePronoun(at: k, pronoun: p, cue: cue ?? "the sentence")
    } else if WordLists.articles.contains(a.tokens[k]) {
      var e = k + 1
      while e < s.endToken, e < k + 5, a.tokens[e].kind == .word, !a.tokens[e].has(.actionVerb) || a.tokens[e].isCapitalised { e += 1 }
      if e > k + 1 { found = nominal(from: k, to: e, cue: cue ?? "the sentence") }
    }
    guard var att = found, att.method != .unresolved || att.speaker != nil else { return found }
    att.confidence = min(att.confidence, Confidence.colon)
    att.explanation = how + "the sentence's subject: " + att.explanation
    return att
  }

  static let openers: WordSet = [
    "in", "on", "at", "after", "before", "during", "with", "despite", "following", "since", "while",
    "when", "as", "amid", "for", "from", "under", "speaking", "asked", "earlier", "later",
  ]

  /// The nearest person or organisation named before `k` in the sentence, outside quotations
  /// (the speaker of a colon lead-in: "Marsh was blunt: \"…\"").
  public func nearestActor(before k: Int, floor: Int, cue: String) -> Attribution? {
    var j = k - 1
    while j >= floor, j >= k - 40 {
      if isQuoteToken(j) { return nil }
      if a.mentionAt[j] >= 0 {
        let m = a.mentions[a.mentionAt[j]]
        if m.kind == .person || m.kind == .organisation { return named(m, cue: cue) }
      }
      if let p = pronoun(a.tokens[j]) { return resolvePronoun(at: j, pronoun: p, cue: cue) }
      j -= 1
    }
    return nil
  }

  func pronoun(_ t: Token) -> String? {
    guard t.kind == .word, t.keyIs("he") || t.keyIs("she") else { return nil }
    return a.slicer.key(t)
  }

  func named(_ m: EntityMention, cue: String) -> Attribution {
    let p = a.person(m.id)
    let title = m.firstToken > 0 ? PersonFinder.titleBefore(a.tokens, m.firstToken, a.slicer) : nil
    let method: Quote.Method = title != nil ? .title : .named
    let sentence = a.sentenceOf[m.firstToken]
    let why: Explanation
    if cue == "according to" {
      why = .according(mention: m.text, sentence: sentence)
    } else if let title {
      why = .titled(title: title, mention: m.text, cue: cue, sentence: sentence)
    } else {
      why = .name(mention: m.text, cue: cue, sentence: sentence)
    }
    return Attribution(
      speakerID: m.id, speaker: p?.name ?? m.text, source: m.text, sourceStart: m.start, sourceEnd: m.end,
      method: method, confidence: title != nil ? Confidence.title : Confidence.named, why: why, evidenceSentence: sentence)
  }

  /// The antecedent of a pronoun: the latest compatible person earlier in its own sentence,
  /// else, sentence by sentence backwards, the first compatible person of the sentence (its
  /// subject, usually) — people inside quotations do not count.
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
      let s = a.sentences[si]
      var x = s.firstToken
      while x < s.endToken, x < s.firstToken + 200 {
        if let m = compatible(x, pronoun) {
          found = m
          break
        }
        x += 1
      }
      si -= 1
    }
    guard let m = found, let p = a.person(m.id) else {
      return Attribution(
        speakerID: nil, speaker: nil, source: a.slicer.text(t), sourceStart: t.start, sourceEnd: t.end,
        method: .unresolved, confidence: 0,
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

  /// The person mention at token `j` if it can be the antecedent of `pronoun`.
  func compatible(_ j: Int, _ pronoun: String) -> EntityMention? {
    let mi = a.mentionAt[j]
    guard mi >= 0, a.inside[j] < 0 else { return nil }
    let m = a.mentions[mi]
    guard m.kind == .person, let p = a.person(m.id), p.pronoun == nil || p.pronoun == pronoun else { return nil }
    return m
  }

  func nominal(endingAt k: Int, floor: Int, cue: String) -> Attribution? {
    var s = k
    while s > floor, s > k - 6, a.tokens[s - 1].kind == .word, !isQuoteToken(s - 1), a.mentionAt[s - 1] < 0,
      !WordLists.articles.contains(a.tokens[s])
    {
      s -= 1
    }
    guard WordLists.determiners.contains(a.tokens[s]) || a.slicer.keyHasSuffix(a.tokens[k], "s") else { return nil }
    return nominal(from: s, to: k + 1, cue: cue)
  }

  /// Nouns that can head a speaker description ("a senior official", "the ministry").
  static let speakerNouns: WordSet = [
    "official", "officials", "spokesman", "spokeswoman", "spokesperson", "minister", "ministry",
    "government", "analyst", "analysts", "expert", "experts", "source", "sources", "statement",
    "report", "reports", "lawmaker", "lawmakers", "diplomat", "diplomats", "adviser", "advisers",
    "advisor", "aide", "aides", "daily", "newspaper", "agency", "president", "leader", "leaders",
    "company", "office", "committee", "embassy", "administration", "kremlin", "military", "army",
    "survey", "study", "executive", "executives", "investor", "investors", "residents", "observers",
    "critics", "economist", "economists", "negotiator", "negotiators", "envoy", "prosecutors",
    "police", "witnesses", "people", "person", "man", "woman", "union", "party", "group", "firm",
    "bank", "council", "commission", "department", "service", "regulator", "authorities", "side",
  ]

  func nominal(from s: Int, to e: Int, cue: String) -> Attribution? {
    let head = a.tokens[e - 1]
    let agentive = ["er", "or", "ist", "ian"].contains { a.slicer.keyHasSuffix(head, $0) }
    guard Self.speakerNouns.contains(head) || agentive else { return nil }
    let text = a.text(tokens: s, e)
    return Attribution(
      speakerID: nil, speaker: text, source: text, sourceStart: a.tokens[s].start, sourceEnd: a.tokens[e - 1].end,
      method: .named, confidence: Confidence.description,
      why: .description(text: text, cue: cue),
      evidenceSentence: a.sentenceOf[s])
  }
}
