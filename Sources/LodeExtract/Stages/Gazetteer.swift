import LodeCore
import LodeModel

/// What kind of entity a name denotes.
public enum EntityKind: String, Sendable, Hashable { case person, organisation, region, mineral, deposit }

/// The reference names indexed for matching: every name and alias of people,
/// organisations, regions, minerals and deposits, as folded token sequences.
///
/// Case rules keep common words from matching names: an all-caps alias ("US", "EU") must
/// match exactly, a capitalised alias needs a capitalised word, a lowercase alias matches
/// any case. Region "weak" aliases ("Dnipro") are flagged for the context check.
public struct Gazetteer: Sendable {
  public struct Entry: Sendable, Hashable {
    public var kind: EntityKind
    public var id: String
    public var keys: [String]
    public var raw: [String]
    /// `WordTable.hash` of each key and of each word as written, compared with tokens'.
    public var keyHashes: [UInt64]
    public var rawHashes: [UInt64]
    public var rule: CaseRule
    public var weak: Bool
  }

  public enum CaseRule: Sendable, Hashable { case any, capitalised, exact }

  /// Entries by the key of their first token, longest first.
  public private(set) var index: [String: [Entry]] = [:]
  /// Every entry, those sharing a first key side by side, longest first (`index` flattened).
  public private(set) var entries: [Entry] = []
  /// Candidate entries, group by group, as indices into `entries` (each group in `entries`
  /// order, so the longest entry still comes first): entries of two or more words grouped
  /// by their first two keys (`pairTable`, probed with `pair`), one-word entries by their key
  /// (`singleTable`).
  /// A word such as "rare" or "Ukrainian" that starts many names is then tried against only
  /// the names whose second word follows it.
  private var order: [Int] = []
  private var singleTable = WordTable<Range<Int>>([:])
  private var pairTable = WordTable<Range<Int>>(hashed: [])
  /// The entries' key hashes and spelling hashes end to end, from `start[e]` for
  /// `entries[e].keys.count` words, and each entry's case rule: matching reads these flat
  /// arrays and copies no `Entry`.
  private var keyHashes: [UInt64] = []
  private var rawHashes: [UInt64] = []
  private var start: [Int] = []
  private var rules: [CaseRule] = []
  /// Each entry's words as written, joined by single spaces: a mention spelt exactly so
  /// shares this String instead of copying its text out of the document.
  private var spellings: [String] = []
  /// One bit per first-key hash (low 12 bits): most words start no name and are turned
  /// away here, before the table is probed.
  private var firstBits = [UInt64](repeating: 0, count: 64)
  public let reference: ReferenceData
  /// Gazetteer people and organisations by id.
  public private(set) var byID: [String: Person] = [:]
  /// Regions whose name also stands for a government, from organisation aliases such as
  /// "Kyiv government": region code → organisation id ("Kyiv said …" is Ukraine speaking).
  public private(set) var governmentOf: [String: String] = [:]

  public init(_ reference: ReferenceData) {
    self.reference = reference
    for p in reference.people { addAll(.person, p.id, [p.name] + p.aliases) }
    for o in reference.organisations { addAll(.organisation, o.id, [o.name] + o.aliases) }
    for r in reference.regions {
      addAll(.region, r.code, [r.name, r.isoName, r.ukrainian] + r.aliases)
      for w in r.weakAliases { add(.region, r.code, w, weak: true) }
    }
    for m in reference.minerals { addAll(.mineral, m.symbol, [m.name] + m.aliases, mineral: true) }
    for d in reference.deposits { addAll(.deposit, d.id, [d.name] + d.aliases) }
    for k in index.keys { index[k]?.sort { $0.keys.count > $1.keys.count } }
    var ranges: [String: Range<Int>] = [:]
    // Sorted keys keep the layout identical from run to run.
    for k in index.keys.sorted() {
      let group = index[k] ?? []
      ranges[k] = entries.count..<entries.count + group.count
      for e in group {
        entries.append(e)
        start.append(keyHashes.count)
        keyHashes += e.keyHashes
        rawHashes += e.rawHashes
        rules.append(e.rule)
        spellings.append(e.raw.joined(separator: " "))
      }
    }
    var singles: [String: Range<Int>] = [:]
    var pairs: [(UInt64, [Int])] = []
    var pairAt: [UInt64: Int] = [:]
    for k in index.keys.sorted() {
      guard let r = ranges[k] else { continue }
      var one: [Int] = []
      for e in r {
        if entries[e].keyHashes.count >= 2 {
          let p = Self.pair(entries[e].keyHashes[0], entries[e].keyHashes[1])
          if let at = pairAt[p] {
            pairs[at].1.append(e)
          } else {
            pairAt[p] = pairs.count
            pairs.append((p, [e]))
          }
        } else {
          one.append(e)
        }
      }
      if !one.isEmpty {
        singles[k] = order.count..<order.count + one.count
        order += one
      }
    }
    var pairRanges: [(UInt64, Range<Int>)] = []
    for (p, group) in pairs {
      pairRanges.append((p, order.count..<order.count + group.count))
      order += group
    }
    singleTable = WordTable(singles)
    pairTable = WordTable(hashed: pairRanges)
    for e in entries {
      let h = Int(truncatingIfNeeded: e.keyHashes[0]) & 4095
      firstBits[h >> 6] |= 1 << UInt64(h & 63)
    }
    for p in reference.people { byID[p.id] = p }
    for o in reference.organisations where byID[o.id] == nil { byID[o.id] = o }
    for o in reference.organisations {
      for alias in o.aliases where alias.hasSuffix(" government") {
        let place = Fold.key(String(alias.dropLast(" government".count)))
        for r in reference.regions where ([r.name, r.isoName] + r.aliases).contains(where: { Fold.key($0) == place }) {
          governmentOf[r.code] = o.id
        }
      }
    }
  }

  private mutating func addAll(_ kind: EntityKind, _ id: String, _ names: [String], mineral: Bool = false) {
    for n in names where !n.isEmpty { add(kind, id, n, weak: false, mineral: mineral) }
  }

  private mutating func add(_ kind: EntityKind, _ id: String, _ name: String, weak: Bool, mineral: Bool = false) {
    let toks = Tokenizer.words(name).filter { $0.token.kind != .possessive }
    guard let first = toks.first else { return }
    let letters = name.unicodeScalars.filter { $0.properties.isAlphabetic }
    let allCaps = letters.count >= 2 && letters.allSatisfy { $0.properties.isUppercase }
    let rule: CaseRule =
      allCaps ? .exact : (mineral ? .any : (first.token.isCapitalised ? .capitalised : .any))
    let e = Entry(
      kind: kind, id: id, keys: toks.map(\.key), raw: toks.map(\.text), keyHashes: toks.map(\.token.hash),
      rawHashes: toks.map(\.token.rawHash), rule: rule, weak: weak)
    if index[first.key]?.contains(where: { $0.keys == e.keys && $0.kind == kind && $0.id == id }) == true { return }
    index[first.key, default: []].append(e)
  }

  /// The text of tokens [i, i + n) matched by entry `e`, when it is spelt exactly as the
  /// entry with single spaces between words: the entry's shared String (nil otherwise).
  public func spelling(ofEntry e: Int, _ tokens: [Token], at i: Int, _ text: TextSlicer) -> String? {
    let h = start[e]
    let n = (e + 1 < start.count ? start[e + 1] : keyHashes.count) - h
    guard i + n <= tokens.count else { return nil }
    for k in 0..<n {
      guard tokens[i + k].rawHash == rawHashes[h + k] else { return nil }
      if k > 0 {
        let gap = text.offsets[tokens[i + k - 1].end]
        guard text.offsets[tokens[i + k].start] == gap + 1, text.utf8[gap] == 0x20 else { return nil }
      }
    }
    return spellings[e]
  }

  /// One hash of two key hashes (a name's first two words).
  @inline(__always) static func pair(_ a: UInt64, _ b: UInt64) -> UInt64 { (a &* 0x9E37_79B9_7F4A_7C15) ^ b }

  /// Some entry's first key may be token `t`'s: a bit test that turns most words away
  /// before `matchIndex` is called (inlined into the caller's loop).
  @inline(__always) public func mayStart(_ t: Token) -> Bool {
    let h = Int(truncatingIfNeeded: t.hash) & 4095
    return firstBits[h >> 6] & (1 << UInt64(h & 63)) != 0
  }

  /// The index in `entries` of the longest entry matching at token `i`, if any.
  public func matchIndex(_ tokens: [Token], at i: Int) -> Int? {
    guard mayStart(tokens[i]) else { return nil }
    if i + 1 < tokens.count, let r = pairTable.lookup(hash: Self.pair(tokens[i].hash, tokens[i + 1].hash)) {
      for x in r where matches(order[x], tokens, i) { return order[x] }
    }
    if let r = singleTable.lookup(tokens[i]) {
      for x in r where matches(order[x], tokens, i) { return order[x] }
    }
    return nil
  }

  /// Entry `e` matches the tokens from `i`: every key, within one paragraph, no quotation
  /// mark inside, and the entry's case rule.
  @inline(__always) func matches(_ e: Int, _ tokens: [Token], _ i: Int) -> Bool {
    let h = start[e]
    let n = (e + 1 < start.count ? start[e + 1] : keyHashes.count) - h
    guard i + n <= tokens.count else { return false }
    let paragraph = tokens[i].paragraph
    for k in 0..<n {
      let t = tokens[i + k]
      if t.hash != keyHashes[h + k] || t.kind == .quote || t.paragraph != paragraph { return false }
    }
    switch rules[e] {
    case .any: return true
    case .capitalised: return tokens[i].isCapitalised
    case .exact: return !(0..<n).contains(where: { tokens[i + $0].rawHash != rawHashes[h + $0] })
    }
  }
}
