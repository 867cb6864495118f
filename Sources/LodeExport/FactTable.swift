import CorpusModule
import Foundation
import LodeCore
import QuotesModule
import TimelineModule

/// The tables `lode extract` writes, one row per fact: the same columns as the lode command
/// of that name prints with `--format json` (hidden ones too), ids scoped to the document
/// (`q1`, `q2`, … count within `doc`), then the columns only a stream needs (`extra`).
public enum FactTable: String, CaseIterable, Sendable {
  case documents, sentences, quotes, amounts, dates, events, mentions, people

  /// What `lode extract` writes without `--tables`: every table but `sentences` (the text
  /// of every sentence again; ask for it by name).
  public static let defaults: [FactTable] = allCases.filter { $0 != .sentences }

  /// The command whose rows this table is; nil for `mentions` and `people`, built here
  /// (lode's `people` counts mentions across the corpus: a reduce, see `CorpusReduce`).
  public var command: CommandDescriptor? {
    let name = rawValue
    switch self {
    case .documents, .sentences, .amounts, .dates: return CorpusModule.commands.first { $0.name == name }
    case .quotes: return QuotesModule.commands.first { $0.name == name }
    case .events: return TimelineModule.commands.first { $0.name == name }
    case .mentions, .people: return nil
    }
  }

  static let mentionsSchema = Schema([
    Schema.Column("entity", .string), Schema.Column("text", .string), Schema.Column("doc", .string),
    Schema.Column("sentence", .number), Schema.Column("start", .number), Schema.Column("end", .number),
  ])

  /// The people a document discovered (not in the gazetteer), with the document that did.
  static let peopleSchema = Schema([
    Schema.Column("id", .string), Schema.Column("name", .string), Schema.Column("aliases", .list),
    Schema.Column("role", .string), Schema.Column("country", .string), Schema.Column("pronoun", .string),
    Schema.Column("doc", .string),
  ])

  /// The table's own columns, in order.
  public var schema: Schema {
    switch self {
    case .mentions: return Self.mentionsSchema
    case .people: return Self.peopleSchema
    default: return command?.outputSchema ?? Schema([])
    }
  }

  /// Columns after the table's own: for documents, `seq` (the document's position in the
  /// input: its line, its file's place, or the line's own `seq`) and `normalised` (`crlf`
  /// when the file's line endings were folded before extraction, else null); for people,
  /// the `seq` of the document that discovered them (`--reduce` keeps the first); for every
  /// table `extractor`, the version of lode that extracted the row.
  public var extra: [Schema.Column] {
    let version = Schema.Column("extractor", .string)
    switch self {
    case .documents: return [Schema.Column("seq", .number), Schema.Column("normalised", .string), version]
    case .people: return [Schema.Column("seq", .number), version]
    default: return [version]
    }
  }

  /// Every column of a row as written: the table's own, then `extra`.
  public var columns: [Schema.Column] { schema.columns + extra }

  /// Parses `quotes,amounts` (a comma-separated list of table names) or says which name is unknown.
  public static func parse(_ list: String) -> Result<[FactTable], Diagnostic> {
    var out: [FactTable] = []
    for raw in list.split(separator: ",") {
      let name = raw.trimmingCharacters(in: .whitespaces)
      guard let t = FactTable(rawValue: name) else {
        return .failure(
          Diagnostic(
            .argument, id: "extract.tables.unknown", "unknown table: \(name)",
            hint: "tables: " + allCases.map(\.rawValue).joined(separator: ", "),
            suggestions: Suggest.closest(to: name, in: allCases.map(\.rawValue))))
      }
      if !out.contains(t) { out.append(t) }
    }
    return .success(allCases.filter(out.contains))
  }
}
