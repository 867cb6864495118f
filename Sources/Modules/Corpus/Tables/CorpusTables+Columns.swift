import LodeCore
import LodeModel

/// Single columns of the corpus tables (`documents`, `sentences`, `amounts`, `dates`), for
/// `CMD | count` and completion's value lists: the values the full table holds in those
/// columns, row by row, without building (or copying the text of) the other columns.
extension CorpusTables {
  public static func documentsColumns(_ c: Corpus, _ names: [String]) -> [[Value]]? {
    let documents = c.documents
    return Table.columns(documents, schema: documentsSchema, names: names) { d, i in
      switch i {
      case 0: .string(d.id)
      case 1: .string(d.title)
      case 2: d.date.map(Value.date) ?? .null
      case 3: .string(d.dateSource.rawValue)
      case 4: .int(d.words)
      case 5: .string(d.path)
      case 6: .int(d.sentences.count)
      case 7: opt(d.source)
      case 8: opt(d.url)
      default: .null
      }
    }
  }

  /// Sentence ids are `s1`, `s2`, … over the whole corpus, in document order.
  public static func sentencesColumns(_ c: Corpus, _ names: [String]) -> [[Value]]? {
    let documents = c.documents
    var out: [[Value]] = []
    for name in names {
      guard let i = sentencesSchema.index(of: name) else { return nil }
      var column: [Value] = []
      for d in documents.indices {
        let doc = documents[d]
        for s in doc.sentences.indices {
          let sentence = doc.sentences[s]
          switch i {
          case 0: column.append(.string("s\(column.count + 1)"))
          case 1: column.append(.string(doc.id))
          case 2: column.append(.int(sentence.index))
          case 3: column.append(.string(sentence.text))
          case 4: column.append(.int(sentence.paragraph))
          case 5: column.append(.int(sentence.span.start))
          case 6: column.append(.int(sentence.span.end))
          default: column.append(.null)
          }
        }
      }
      out.append(column)
    }
    return out
  }

  public static func amountsColumns(_ c: Corpus, _ names: [String]) -> [[Value]]? {
    let amounts = c.amounts
    return Table.columns(amounts, schema: amountsSchema, names: names) { a, i in
      switch i {
      case 0: .string(a.id)
      case 1: .string(a.text)
      case 2: .string(a.kind.rawValue)
      case 3: a.asValue
      case 4: opt(a.refersTo)
      case 5: opt(a.holder)
      case 6: opt(a.qualifier)
      case 7: opt(a.currency)
      case 8: opt(a.unit)
      default: provenanceCell(a.provenance, i - 9)
      }
    }
  }

  public static func datesColumns(_ c: Corpus, _ names: [String]) -> [[Value]]? {
    let dates = c.dates
    return Table.columns(dates, schema: datesSchema, names: names) { d, i in
      switch i {
      case 0: .string(d.id)
      case 1: .string(d.text)
      case 2: .date(d.value)
      case 3: .string(d.value.precision.rawValue)
      case 4: .bool(d.relative)
      default: provenanceCell(d.provenance, i - 5)
      }
    }
  }

  /// Cell `i` of `provenance(p)` (doc, sentence, start, end).
  static func provenanceCell(_ p: Provenance, _ i: Int) -> Value {
    switch i {
    case 0: .string(p.doc)
    case 1: .int(p.sentence)
    case 2: .int(p.span.start)
    case 3: .int(p.span.end)
    default: .null
    }
  }
}
