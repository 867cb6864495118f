import LodeCore
import LodeModel

/// The corpus as tables: schemas (for `outputSchema` and completion) and rows.
///
/// Extracted rows carry hidden provenance columns `doc`, `sentence`, `start`, `end`
/// (Unicode-scalar offsets into the document text, end exclusive).
public enum CorpusTables {
  static func col(_ n: String, _ t: ValueType, hidden: Bool = false) -> Schema.Column {
    Schema.Column(n, t, hidden: hidden)
  }
  static let provenanceColumns = [
    col("doc", .string, hidden: true), col("sentence", .number, hidden: true), col("start", .number, hidden: true),
    col("end", .number, hidden: true),
  ]
  static func provenance(_ p: Provenance) -> [Value] {
    [.string(p.doc), .int(p.sentence), .int(p.span.start), .int(p.span.end)]
  }
  static func opt(_ s: String?) -> Value { s.map(Value.string) ?? .null }

  public static let documentsSchema = Schema([
    col("id", .string), col("title", .string), col("date", .date), col("date_source", .string),
    col("words", .number), col("path", .string), col("sentences", .number, hidden: true),
    col("source", .string, hidden: true), col("url", .string, hidden: true),
  ])

  public static func documents(_ c: Corpus) -> Table {
    Table(
      schema: documentsSchema,
      rows: c.documents.map { d in
        [
          .string(d.id), .string(d.title), d.date.map(Value.date) ?? .null, .string(d.dateSource.rawValue),
          .int(d.words), .string(d.path), .int(d.sentences.count), opt(d.source), opt(d.url),
        ]
      })
  }

  public static let sentencesSchema = Schema(
    [
      col("id", .string), col("doc", .string), col("index", .number), col("text", .string),
      col("paragraph", .number, hidden: true),
      col("start", .number, hidden: true), col("end", .number, hidden: true),
    ])

  public static func sentences(_ c: Corpus) -> Table {
    var rows: [[Value]] = []
    for d in c.documents {
      for s in d.sentences {
        rows.append([
          .string("s\(rows.count + 1)"), .string(d.id), .int(s.index), .string(s.text), .int(s.paragraph),
          .int(s.span.start), .int(s.span.end),
        ])
      }
    }
    return Table(schema: sentencesSchema, rows: rows)
  }

  public static let amountsSchema = Schema(
    [
      col("id", .string), col("text", .string), col("kind", .string), col("value", .any), col("refers_to", .string),
      col("holder", .string), col("qualifier", .string, hidden: true), col("currency", .string, hidden: true),
      col("unit", .string, hidden: true),
    ] + provenanceColumns)

  public static func amounts(_ c: Corpus) -> Table {
    Table(
      schema: amountsSchema,
      rows: c.amounts.map { a in
        [
          .string(a.id), .string(a.text), .string(a.kind.rawValue), a.asValue, opt(a.refersTo), opt(a.holder),
          opt(a.qualifier), opt(a.currency), opt(a.unit),
        ] + provenance(a.provenance)
      })
  }

  public static let datesSchema = Schema(
    [
      col("id", .string), col("text", .string), col("value", .date), col("precision", .string),
      col("relative", .bool, hidden: true),
    ] + provenanceColumns)

  public static func dates(_ c: Corpus) -> Table {
    Table(
      schema: datesSchema,
      rows: c.dates.map { d in
        [.string(d.id), .string(d.text), .date(d.value), .string(d.value.precision.rawValue), .bool(d.relative)]
          + provenance(d.provenance)
      })
  }

  public static let peopleSchema = Schema([
    col("id", .string), col("name", .string), col("aliases", .list), col("role", .string), col("country", .string),
    col("mentions", .number), col("pronoun", .string, hidden: true), col("discovered", .bool, hidden: true),
    col("source", .string, hidden: true),
  ])

  /// People or organisations, in gazetteer order then discovery order.
  public static func people(_ list: [Person], _ c: Corpus) -> Table {
    let counts = c.mentionCounts
    return Table(
      schema: peopleSchema, rows: list.map { p in (0..<peopleSchema.count).map { personCell(p, $0, counts) } })
  }

  /// Only the named columns of `people(list, c)`; mentions are counted only when asked for.
  public static func peopleColumns(_ list: [Person], _ c: Corpus, _ names: [String]) -> [[Value]]? {
    let counts = names.contains("mentions") ? c.mentionCounts : [:]
    return Table.columns(list, schema: peopleSchema, names: names) { p, i in personCell(p, i, counts) }
  }

  /// Cell `column` (schema order) of a person row: the one definition rows and projections share.
  public static func personCell(_ p: Person, _ column: Int, _ counts: [String: Int]) -> Value {
    switch column {
    case 0: .string(p.id)
    case 1: .string(p.name)
    case 2: .list(p.aliases.map(Value.string))
    case 3: opt(p.role)
    case 4: opt(p.country)
    case 5: .int(counts[p.id] ?? 0)
    case 6: opt(p.pronoun)
    case 7: .bool(p.discovered)
    case 8: opt(p.source)
    default: .null
    }
  }

  public static let mineralsSchema = Schema([
    col("symbol", .string), col("name", .string), col("group", .string),
    col("critical_eu", .bool), col("strategic_eu", .string), col("deposits", .list),
    col("mentions", .number), col("aliases", .list, hidden: true), col("eu_name", .string, hidden: true),
    col("source", .string, hidden: true),
  ])

  public static func minerals(_ c: Corpus) -> Table {
    let counts = c.mentionCounts
    return Table(
      schema: mineralsSchema,
      rows: c.reference.minerals.map { m in
        let deposits = c.reference.deposits.filter { $0.minerals.contains(m.symbol) }.map { Value.string($0.name) }
        return [
          .string(m.symbol), .string(m.name), .string(m.group.rawValue), .bool(m.criticalEU),
          .string(m.strategicEU), .list(deposits), .int(counts[m.symbol] ?? 0),
          .list(m.aliases.map(Value.string)), m.euName.map(Value.string) ?? .null, .string(m.source),
        ]
      })
  }
}
