import Foundation
import LodeCore
import LodeModel

/// The cache file's sections, one per table, each decoded on its own (and only when read).
enum CacheSection: Int, CaseIterable, Sendable {
  /// `files` (each document's file stamp, read first by a load of files) leads.
  case files, people, documents, quotes, amounts, dates, events, mentions
}

extension DocumentFacts {
  /// Appends this document's record of `section`. Fact records start with the document id
  /// (provenance); sentence texts are not stored, only their UTF-8 byte ranges in the text.
  /// Rows are read in place (`each`): copying a row retains and releases each of its strings.
  func write(_ section: CacheSection, to w: inout BinaryWriter) throws {
    func prov(_ p: Provenance) throws { try w.int(p.sentence); try w.int(p.span.start); try w.int(p.span.end) }
    if section != .documents && section != .people { w.string(document.id) }
    switch section {
    case .people:
      w.word(UInt32(discovered.count))
      for p in discovered {
        w.string(p.id); w.string(p.name); w.strings(p.aliases); w.optString(p.role); w.optString(p.country)
        w.optString(p.pronoun)
      }
    case .documents:
      let d = document
      w.string(d.id); w.string(d.title); try w.date(d.date); w.word(Self.dateSourceIndex(d.dateSource));
      w.string(d.path)
      w.optString(d.source); w.optString(d.url); w.string(d.text)
      let bounds = d.sentences.flatMap { [$0.span.start, $0.span.end] }
      guard let bytes = Self.byteOffsets(d.text, scalars: bounds) else { throw BinaryWriter.TooLarge() }
      w.word(UInt32(d.sentences.count))
      for (k, s) in d.sentences.enumerated() {
        guard s.span.start <= s.span.end else { throw BinaryWriter.TooLarge() }
        try w.int(s.span.start); try w.int(s.span.end); try w.int(s.paragraph)
        try w.int(bytes[2 * k]); try w.int(bytes[2 * k + 1])
      }
    case .quotes:
      w.word(UInt32(quotes.count))
      try Self.each(quotes) { q in
        w.string(q.pointee.text); try prov(q.pointee.provenance); w.optString(q.pointee.speaker)
        w.optString(q.pointee.speakerID); w.optString(q.pointee.source)
        try w.optInt(q.pointee.sourceSpan?.start); try w.optInt(q.pointee.sourceSpan?.end)
        w.optString(q.pointee.sourceKind?.rawValue); w.optString(q.pointee.cue)
        w.word(Self.index(q.pointee.kind)); w.word(Self.index(q.pointee.method)); w.decimal(q.pointee.confidence)
        w.string(q.pointee.explanation); try w.optInt(q.pointee.evidenceSentence)
      }
    case .amounts:
      w.word(UInt32(amounts.count))
      try Self.each(amounts) { a in
        w.string(a.pointee.text); try prov(a.pointee.provenance); w.word(Self.index(a.pointee.kind))
        w.decimal(a.pointee.value); w.optString(a.pointee.currency); w.optString(a.pointee.unit)
        w.optString(a.pointee.qualifier); w.optString(a.pointee.refersTo); w.optString(a.pointee.holder)
      }
    case .dates:
      w.word(UInt32(dates.count))
      try Self.each(dates) { m in
        w.string(m.pointee.text); try prov(m.pointee.provenance); try w.date(m.pointee.value);
        w.bool(m.pointee.relative)
      }
    case .events:
      w.word(UInt32(events.count))
      try Self.each(events) { e in
        try w.date(e.pointee.date); w.string(e.pointee.summary); w.strings(e.pointee.actors)
        try prov(e.pointee.provenance ?? Provenance(doc: document.id, sentence: 0, span: SourceSpan(0, 0)))
      }
    case .mentions:
      w.word(UInt32(mentions.count))
      try Self.each(mentions) { m in
        w.string(m.pointee.entity); w.string(m.pointee.text); try prov(m.pointee.provenance)
      }
    case .files:
      w.string(file.path)
      for v in [UInt64(file.size), UInt64(bitPattern: file.modified), file.inode, file.device, file.contentHash] {
        w.word(UInt32(truncatingIfNeeded: v))
        w.word(UInt32(truncatingIfNeeded: v >> 32))
      }
    }
  }

  /// `body` on each row where it lies in the array, without copying it.
  static func each<T>(_ rows: [T], _ body: (UnsafePointer<T>) throws -> Void) rethrows {
    try rows.withUnsafeBufferPointer { b in
      guard let base = b.baseAddress else { return }
      for i in 0..<b.count { try body(base + i) }
    }
  }

  /// The UTF-8 byte offset of each Unicode-scalar offset in `text` (one forward walk when
  /// the positions only grow, as sentence bounds do), or nil when one is outside the text.
  static func byteOffsets(_ text: String, scalars positions: [Int]) -> [Int]? {
    var text = text
    return text.withUTF8 { utf8 -> [Int]? in
      var out: [Int] = []
      out.reserveCapacity(positions.count)
      var scalar = 0, byte = 0
      for p in positions {
        guard p >= 0 else { return nil }
        if p < scalar { (scalar, byte) = (0, 0) }
        while scalar < p {
          guard byte < utf8.count else { return nil }
          byte &+= 1
          while byte < utf8.count, utf8[byte] & 0xC0 == 0x80 { byte &+= 1 }
          scalar &+= 1
        }
        out.append(byte)
      }
      return out
    }
  }

  static func index<E: CaseIterable & Equatable>(_ e: E) -> UInt32 where E.AllCases == [E] {
    UInt32(E.allCases.firstIndex(of: e) ?? 0)
  }

  static let dateSources: [Document.DateSource] = [.explicit, .inferred, .unknown]
  static func dateSourceIndex(_ s: Document.DateSource) -> UInt32 { UInt32(dateSources.firstIndex(of: s) ?? 0) }
}

/// Reads the records `DocumentFacts.write(_:to:)` wrote, one section at a time; rows come
/// back without ids (the assembler numbers them in corpus order).
enum CacheRecords {
  static func people(_ r: inout BinaryReader) throws -> [Person] {
    var out: [Person] = []
    for _ in 0..<(try r.count()) {
      let pid = try r.string(), name = try r.string(), aliases = try r.strings()
      let role = try r.optString(), country = try r.optString(), pronoun = try r.optString()
      out.append(
        Person(id: pid, name: name, aliases: aliases, role: role, country: country, pronoun: pronoun, discovered: true))
    }
    return out
  }

  static func document(_ r: inout BinaryReader) throws -> Document {
    let id = try r.string(), title = try r.string(), date = try r.date()
    let ds = Int(try r.word())
    guard ds < DocumentFacts.dateSources.count else { throw BinaryReader.Corrupt() }
    let path = try r.string(), source = try r.optString(), url = try r.optString()
    let textIndex = try r.stringIndex()
    let text = r.table.strings[textIndex]
    let bytes = r.table.bytes(textIndex)
    let sentenceCount = try r.count()
    var sentences: [Sentence] = []
    sentences.reserveCapacity(sentenceCount)
    for i in 0..<sentenceCount {
      let a = try r.int(), b = try r.int(), p = try r.int(), lo = try r.int(), hi = try r.int()
      guard lo >= 0, lo <= hi, hi <= bytes.count else { throw BinaryReader.Corrupt() }
      let u = text.utf8
      guard hi <= u.count, let from = u.index(u.startIndex, offsetBy: lo, limitedBy: u.endIndex),
        let to = u.index(u.startIndex, offsetBy: hi, limitedBy: u.endIndex)
      else { throw BinaryReader.Corrupt() }
      sentences.append(Sentence(doc: id, index: i, span: SourceSpan(a, b), slice: text[from..<to], paragraph: p))
    }
    return Document(
      id: id, title: title, date: date, dateSource: DocumentFacts.dateSources[ds], path: path, source: source, url: url,
      text: text, sentences: sentences)
  }

  /// Quote number `index` in the corpus (`q1` is 0), of document `doc`.
  static func quote(_ r: inout BinaryReader, _ doc: String, _ index: Int) throws -> Quote {
    let text = try r.string(), p = try r.provenance(doc), speaker = try r.optString(), speakerID = try r.optString()
    let src = try r.optString(), ss = try r.optInt(), se = try r.optInt(), sk = try r.optString(),
      cue = try r.optString()
    let kind = try r.enumCase(Quote.Kind.self), method = try r.enumCase(Quote.Method.self)
    let confidence = try r.decimal(), explanation = try r.string(), evidence = try r.optInt()
    return Quote(
      id: CorpusAssembler.id("q", index + 1), text: text, provenance: p, speaker: speaker, speakerID: speakerID,
      source: src,
      sourceSpan: ss.flatMap { s in se.map { SourceSpan(s, $0) } },
      sourceKind: sk.flatMap(Quote.SourceKind.init(rawValue:)),
      cue: cue, kind: kind, method: method,
      confidence: confidence, explanation: explanation, evidenceSentence: evidence)
  }

  static func amount(_ r: inout BinaryReader, _ doc: String, _ index: Int) throws -> Amount {
    let text = try r.string(), p = try r.provenance(doc), kind = try r.enumCase(Amount.Kind.self),
      value = try r.decimal()
    let currency = try r.optString(), unit = try r.optString(), qualifier = try r.optString()
    let refersTo = try r.optString(), holder = try r.optString()
    return Amount(
      id: CorpusAssembler.id("a", index + 1), text: text, provenance: p, kind: kind, value: value, currency: currency,
      unit: unit, qualifier: qualifier, refersTo: refersTo, holder: holder)
  }

  static func date(_ r: inout BinaryReader, _ doc: String, _ index: Int) throws -> DateMention {
    let text = try r.string(), p = try r.provenance(doc)
    guard let value = try r.date() else { throw BinaryReader.Corrupt() }
    return DateMention(
      id: CorpusAssembler.id("d", index + 1), text: text, provenance: p, value: value, relative: try r.bool())
  }

  /// Extracted events are numbered in narrative order: id `e(index + 1)`, order `index + 1`.
  static func event(_ r: inout BinaryReader, _ doc: String, _ index: Int) throws -> Event {
    let date = try r.date(), summary = try r.string(), actors = try r.strings(), p = try r.provenance(doc)
    return Event(
      id: CorpusAssembler.id("e", index + 1), date: date, summary: summary, actors: actors, provenance: p,
      order: index + 1)
  }

  static func mention(_ r: inout BinaryReader, _ doc: String, _ index: Int) throws -> Mention {
    let entity = try r.string(), text = try r.string()
    return Mention(entity: entity, text: text, provenance: try r.provenance(doc))
  }

  /// A document's id and the file it was read from (`FileStamp.none`'s fields for bundled text).
  static func file(_ r: inout BinaryReader) throws -> (id: String, stamp: FileStamp) {
    let id = try r.string(), path = try r.string()
    var v: [UInt64] = []
    for _ in 0..<5 { v.append(UInt64(try r.word()) | UInt64(try r.word()) << 32) }
    return (
      id,
      FileStamp(
        path: path, size: Int(truncatingIfNeeded: v[0]), modified: Int64(bitPattern: v[1]), inode: v[2], device: v[3],
        contentHash: v[4])
    )
  }

  /// Every row of one document's fact record (document id, count, rows), for `CorpusCache.load`.
  static func all<T>(
    _ read: @escaping @Sendable (inout BinaryReader, String, Int) throws -> T
  ) -> @Sendable (inout BinaryReader) throws -> [T] {
    { r in
      let doc = try r.string()
      let n = try r.count()
      var out: [T] = []
      out.reserveCapacity(n)
      for k in 0..<n { out.append(try read(&r, doc, k)) }
      return out
    }
  }
}
