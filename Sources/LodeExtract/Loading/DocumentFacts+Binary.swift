import Foundation
import LodeCore
import LodeModel

extension DocumentFacts {
  /// Appends the facts to a cache record (sentence texts are re-sliced from the document).
  func write(to w: inout BinaryWriter) {
    let d = document
    w.string(d.id); w.string(d.title); w.date(d.date); w.string(d.dateSource.rawValue); w.string(d.path)
    w.optString(d.source); w.optString(d.url); w.string(d.text)
    w.int(d.sentences.count)
    for s in d.sentences { w.int(s.span.start); w.int(s.span.end); w.int(s.paragraph) }
    func prov(_ p: Provenance) { w.int(p.sentence); w.int(p.span.start); w.int(p.span.end) }
    w.int(quotes.count)
    for q in quotes {
      w.string(q.text); prov(q.provenance); w.optString(q.speaker); w.optString(q.speakerID); w.optString(q.source)
      w.optInt(q.sourceSpan?.start); w.optInt(q.sourceSpan?.end); w.optString(q.cue)
      w.string(q.kind.rawValue); w.string(q.method.rawValue); w.decimal(q.confidence); w.string(q.explanation)
      w.optInt(q.evidenceSentence)
    }
    w.int(amounts.count)
    for a in amounts {
      w.string(a.text); prov(a.provenance); w.string(a.kind.rawValue); w.decimal(a.value); w.optString(a.currency)
      w.optString(a.unit); w.optString(a.qualifier); w.optString(a.refersTo); w.optString(a.holder)
    }
    w.int(dates.count)
    for m in dates { w.string(m.text); prov(m.provenance); w.date(m.value); w.bool(m.relative) }
    w.int(events.count)
    for e in events {
      w.date(e.date); w.string(e.summary); w.strings(e.actors)
      prov(e.provenance ?? Provenance(doc: d.id, sentence: 0, span: SourceSpan(0, 0)))
    }
    w.int(mentions.count)
    for m in mentions { w.string(m.entity); w.string(m.text); prov(m.provenance) }
    w.int(discovered.count)
    for p in discovered {
      w.string(p.id); w.string(p.name); w.strings(p.aliases); w.optString(p.role); w.optString(p.country)
      w.optString(p.pronoun)
    }
  }

  /// Reads one record written by `write(to:)`.
  static func read(from r: inout BinaryReader) throws -> DocumentFacts {
    let id = try r.string(), title = try r.string(), date = try r.date()
    guard let dateSource = Document.DateSource(rawValue: try r.string()) else { throw BinaryReader.Corrupt() }
    let path = try r.string(), source = try r.optString(), url = try r.optString(), text = try r.string()
    let slicer = TextSlicer(text)
    var sentences: [Sentence] = []
    for i in 0..<(try r.int()) {
      let a = try r.int(), b = try r.int(), p = try r.int()
      sentences.append(Sentence(doc: id, index: i, span: SourceSpan(a, b), text: slicer.string(a, b), paragraph: p))
    }
    func prov() throws -> Provenance {
      let s = try r.int(), a = try r.int(), b = try r.int()
      return Provenance(doc: id, sentence: s, span: SourceSpan(a, b))
    }
    func enumValue<E: RawRepresentable>(_: E.Type) throws -> E where E.RawValue == String {
      guard let v = E(rawValue: try r.string()) else { throw BinaryReader.Corrupt() }
      return v
    }
    var quotes: [Quote] = []
    for _ in 0..<(try r.int()) {
      let text = try r.string(), p = try prov(), speaker = try r.optString(), speakerID = try r.optString()
      let src = try r.optString(), ss = try r.optInt(), se = try r.optInt(), cue = try r.optString()
      let kind = try enumValue(Quote.Kind.self), method = try enumValue(Quote.Method.self)
      let confidence = try r.decimal(), explanation = try r.string(), evidence = try r.optInt()
      quotes.append(
        Quote(
          id: "", text: text, provenance: p, speaker: speaker, speakerID: speakerID, source: src,
          sourceSpan: ss.flatMap { s in se.map { SourceSpan(s, $0) } }, cue: cue, kind: kind, method: method,
          confidence: confidence, explanation: explanation, evidenceSentence: evidence))
    }
    var amounts: [Amount] = []
    for _ in 0..<(try r.int()) {
      let text = try r.string(), p = try prov(), kind = try enumValue(Amount.Kind.self), value = try r.decimal()
      let currency = try r.optString(), unit = try r.optString(), qualifier = try r.optString()
      let refersTo = try r.optString(), holder = try r.optString()
      amounts.append(
        Amount(
          id: "", text: text, provenance: p, kind: kind, value: value, currency: currency, unit: unit,
          qualifier: qualifier, refersTo: refersTo, holder: holder))
    }
    var dates: [DateMention] = []
    for _ in 0..<(try r.int()) {
      let text = try r.string(), p = try prov()
      guard let value = try r.date() else { throw BinaryReader.Corrupt() }
      dates.append(DateMention(id: "", text: text, provenance: p, value: value, relative: try r.bool()))
    }
    var events: [Event] = []
    for _ in 0..<(try r.int()) {
      let date = try r.date(), summary = try r.string(), actors = try r.strings(), p = try prov()
      events.append(Event(id: "", date: date, summary: summary, actors: actors, provenance: p, order: 0))
    }
    var mentions: [Mention] = []
    for _ in 0..<(try r.int()) {
      let entity = try r.string(), text = try r.string()
      mentions.append(Mention(entity: entity, text: text, provenance: try prov()))
    }
    var discovered: [Person] = []
    for _ in 0..<(try r.int()) {
      let pid = try r.string(), name = try r.string(), aliases = try r.strings()
      let role = try r.optString(), country = try r.optString(), pronoun = try r.optString()
      discovered.append(Person(id: pid, name: name, aliases: aliases, role: role, country: country, pronoun: pronoun, discovered: true))
    }
    let document = Document(
      id: id, title: title, date: date, dateSource: dateSource, path: path, source: source, url: url, text: text,
      sentences: sentences)
    return DocumentFacts(
      document: document, quotes: quotes, amounts: amounts, dates: dates, events: events, mentions: mentions,
      discovered: discovered)
  }
}
