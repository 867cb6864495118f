import LodeCore
import LodeExtract
import LodeModel

/// One document's facts as the rows of each fact table: the document alone is assembled
/// into a corpus and lode's own table commands build the rows, so every column and value is
/// what `--format json` gives for that table (ids count within the document).
struct DocumentRows {
  /// The document's position in the input and whether its text was folded (files only).
  struct Origin: Sendable {
    var seq: Int
    var normalised: Bool
  }

  let tables: [FactTable]
  let reference: ReferenceData
  let extractor: Value

  /// The rows of each table asked for, in `tables` order, each row with its `extra` columns.
  func rows(_ facts: DocumentFacts, _ origin: Origin) -> [[[Value]]] {
    let discovered = facts.discovered
    let corpus = CorpusAssembler.assemble([facts], reference: reference)
    let context = Context()
    context.corpus = corpus
    return tables.map { table in
      var rows = build(table, corpus, discovered, context)
      let extra: [Value] =
        switch table {
        case .documents: [.int(origin.seq), origin.normalised ? .string("crlf") : .null, extractor]
        case .people: [.int(origin.seq), extractor]
        default: [extractor]
        }
      for i in rows.indices { rows[i] += extra }
      return rows
    }
  }

  private func build(_ table: FactTable, _ corpus: Corpus, _ discovered: [Person], _ context: Context) -> [[Value]] {
    switch table {
    case .mentions:
      return corpus.mentions.map { m in
        [
          .string(m.entity), .string(m.text), .string(m.provenance.doc), .int(m.provenance.sentence),
          .int(m.provenance.span.start), .int(m.provenance.span.end),
        ]
      }
    case .people:
      let doc = corpus.documents.first?.id ?? ""
      return discovered.map { p in
        [
          .string(p.id), .string(p.name), .list(p.aliases.map(Value.string)), p.role.map(Value.string) ?? .null,
          p.country.map(Value.string) ?? .null, p.pronoun.map(Value.string) ?? .null, .string(doc),
        ]
      }
    default:
      guard let command = table.command,
        let output = try? command.run(Invocation(command: command.name), context),
        case .table(let t) = output.value
      else { return [] }
      return t.rows
    }
  }
}
