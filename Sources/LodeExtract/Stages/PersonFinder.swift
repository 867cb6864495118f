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
    runs.reserveCapacity(tokens.count / 16 + 4)
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
      // A suffix ends a name ("Martin Luther King Jr.", "Brent Bozell III"), and the word before
      // it is a name even when it could be a title ("King").
      if j < tokens.count, j + 1 < tokens.count, j < i + 4, tokens[j].has(.title), tokens[j].isCapitalised,
        isSuffix(tokens[j + 1], text)
      {
        j += 1
      }
      if j < tokens.count, tokens[j].spaceBefore, isSuffix(tokens[j], text) { j += 1 }
      runs.append((i, j))
      i = j
    }
    guard !runs.isEmpty else { return ([], []) }
    // A surname alone beside a speech verb ("Barkley said") makes the full name written
    // elsewhere in the text a person ("Charles Barkley went off script …").
    let titles = runs.map { titleIndex(tokens, $0.0) }
    var spokenSurnames: [UInt64] = []
    for (r, (a, b)) in runs.enumerated() where b - a == 1 && titles[r] == nil && speechAround(tokens, a, b) {
      spokenSurnames.append(tokens[a].hash)
    }
    // People by first sighting; names are compared by the hashes of their words' keys, and
    // a String is made only for a spelling not seen before.
    var found: [Found] = []
    var spellings: [(raw: UInt64, person: Int)] = []
    found.reserveCapacity(runs.count)
    spellings.reserveCapacity(runs.count)
    for (r, (a, b)) in runs.enumerated() {
      let title = titles[r]
      let speech = b - a >= 2 && (speechAround(tokens, a, b) || spokenSurnames.contains(tokens[b - 1].hash))
      guard title != nil || speech else { continue }
      let raw = runHash(tokens, a, b, \.rawHash)
      guard !spellings.contains(where: { $0.raw == raw }) else { continue }
      let name = text.string(tokens[a].start, tokens[b - 1].end)
      let id = slug(name)
      if let same = found.firstIndex(where: { $0.person.id == id }) {
        spellings.append((raw, same))
        continue
      }
      var pronoun: String?
      let titleKey = title.map { text.key(tokens[$0]) }
      if let t = titleKey {
        if Lexicon.feminineTitles.contains(t) {
          pronoun = "she"
        } else if Lexicon.masculineTitles.contains(t) {
          pronoun = "he"
        }
      }
      let role =
        appositiveRole(tokens, text, b)
        ?? titleKey.flatMap {
          Lexicon.masculineTitles.contains($0) || Lexicon.feminineTitles.contains($0) || $0 == "ms" ? nil : $0
        }
      spellings.append((raw, found.count))
      found.append(
        Found(
          person: Person(id: id, name: name, role: role, pronoun: pronoun, discovered: true),
          key: runHash(tokens, a, b, \.hash), first: tokens[a].hash, last: tokens[b - 1].hash, words: b - a))
    }
    guard !found.isEmpty else { return ([], []) }
    // "leader Calderon" and "President Felipe Calderon" are one person: the fuller name wins.
    for i in found.indices where found[i].words == 1 {
      // The latest full name with that surname, as a reader would take it.
      guard let full = found.lastIndex(where: { $0.words >= 2 && $0.last == found[i].first }), full != i else {
        continue
      }
      found[i].merged = true
      if found[full].person.role == nil { found[full].person.role = found[i].person.role }
    }
    found.removeAll { $0.merged }
    var mentions: [EntityMention] = []
    mentions.reserveCapacity(runs.count)
    for (a, b) in runs
    where found.contains(where: { $0.first == tokens[a].hash || ($0.words >= 2 && $0.last == tokens[a].hash) }) {
      let key = runHash(tokens, a, b, \.hash)
      let match =
        found.first { $0.key == key } ?? (b - a == 1 ? found.last { $0.words >= 2 && $0.last == tokens[a].hash } : nil)
      if let match {
        mentions.append(EntityMatcher.mention(.person, match.person.id, tokens, a, b, text))
      }
    }
    return (mentions, found.map(\.person))
  }

  /// A person found in the text, with the hashes that recognise later mentions of them.
  struct Found {
    var person: Person
    /// Hash of the name's folded words, its first word and its last word (the surname).
    var key: UInt64
    var first: UInt64
    var last: UInt64
    var words: Int
    var merged = false
  }

  /// One hash of the run's tokens' hashes (FNV-1a over their bytes): equal runs of words
  /// give equal hashes.
  static func runHash(_ tokens: [Token], _ a: Int, _ b: Int, _ part: KeyPath<Token, UInt64>) -> UInt64 {
    var h = FNV1a.offset
    for k in a..<b { h = FNV1a.step(h, word: tokens[k][keyPath: part]) }
    return h
  }

  static func isNameWord(_ tokens: [Token], _ i: Int, _ covered: [Bool], _ text: TextSlicer) -> Bool {
    // Most tokens are not capitalised: one field read turns them away before the token is copied.
    guard tokens[i].isCapitalised else { return false }
    let t = tokens[i]
    guard t.kind == .word, t.isCapitalised, !covered[i], !t.endsWithDot else { return false }
    if t.has(.notName) || t.has(.title) || t.has(.month) || t.has(.weekday) { return false }
    // All caps words are acronyms, not names.
    return !isAcronym(t, text)
  }

  /// A name's suffix: "Jr", "Sr", "II", "III", "IV".
  static func isSuffix(_ t: Token, _ text: TextSlicer) -> Bool {
    guard t.kind == .word, t.isCapitalised else { return false }
    return suffixes.contains(t) && (t.keyCount <= 2 || text.text(t) == "III")
  }

  /// More than one scalar, all uppercase (ASCII decided on the bytes, without a String).
  static func isAcronym(_ t: Token, _ text: TextSlicer) -> Bool {
    let (lo, hi) = (text.offsets[t.start], text.offsets[t.end])
    guard hi - lo == t.end - t.start else { return isAcronym(text.text(t)) }
    guard hi - lo > 1 else { return false }
    for j in lo..<hi where text.utf8[j] < 65 || text.utf8[j] > 90 { return false }
    return true
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
    titleIndex(tokens, a).map { text.key(tokens[$0]) }
  }

  /// The index of the title word just before a name, if there is one.
  static func titleIndex(_ tokens: [Token], _ a: Int) -> Int? {
    var k = a - 1
    // "Mr. Smith", and an appositive title: "her senior adviser, Jake Sullivan".
    if k >= 0, tokens[k].isPunct(".") || tokens[k].isPunct(",") { k -= 1 }
    guard k >= 0, tokens[k].kind == .word, tokens[k].paragraph == tokens[a].paragraph else { return nil }
    return tokens[k].has(.title) ? k : nil
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
    while k < tokens.count, k < b + 16, !tokens[k].isPunct(","), !tokens[k].isPunct("."), tokens[k].kind != .quote {
      k += 1
    }
    guard k < tokens.count, tokens[k].isPunct(","), k > b + 2 else { return nil }
    return text.string(tokens[b + 1].start, tokens[k - 1].end)
  }

  static func slug(_ name: String) -> String {
    if let ascii = asciiSlug(name) { return ascii }
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

  /// `slug` of an ASCII name, built byte by byte (nil when any byte is not ASCII).
  static func asciiSlug(_ name: String) -> String? {
    var name = name
    return name.withUTF8 { b -> String? in
      guard !b.contains(where: { $0 >= 0x80 }) else { return nil }
      return String(unsafeUninitializedCapacity: b.count) { out in
        var o = 0
        var dash = false
        for c in b {
          if ASCII.isLetter(c) || ASCII.isDigit(c) {
            out[o] = ASCII.lower(c)
            o += 1
            dash = false
          } else if !dash, o > 0 {
            out[o] = 0x2D
            o += 1
            dash = true
          }
        }
        return dash ? o - 1 : o
      }
    }
  }
}
