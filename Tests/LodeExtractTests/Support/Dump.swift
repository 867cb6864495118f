import Foundation
import LodeCore
import LodeExtract
import LodeModel
import Testing

/// Test helpers: load an article file next to the tests, and dump a corpus for debugging.
enum Fixture {
  static let articles = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Articles")

  static func load(_ name: String) -> Corpus {
    let (c, diags) = CorpusLoader().load(paths: [articles.appendingPathComponent(name).path])
    if !diags.isEmpty { Issue.record("unexpected load warnings: \(diags)") }
    return c
  }

  static func dump(_ c: Corpus) -> String {
    var out: [String] = []
    for d in c.documents {
      out.append("DOC \(d.id) \(d.date?.iso ?? "-") \(d.dateSource) sentences=\(d.sentences.count)")
    }
    for q in c.quotes {
      out.append(
        "\(q.id) [\(q.kind)/\(q.method) \(q.confidence)] \(q.speaker ?? "?") <\(q.source ?? "")> cue=\(q.cue ?? "-") s\(q.provenance.sentence): \(q.text.prefix(70))"
      )
      out.append("    why: \(q.explanation) [evidence s\(q.evidenceSentence.map(String.init) ?? "-")]")
    }
    for a in c.amounts {
      out.append(
        "\(a.id) \(a.kind) \(a.value) \(a.currency ?? a.unit ?? "") q=\(a.qualifier ?? "-") ref=\(a.refersTo ?? "-") holder=\(a.holder ?? "-") «\(a.text)»"
      )
    }
    for d in c.dates { out.append("\(d.id) \(d.value.iso) \(d.value.precision) rel=\(d.relative) «\(d.text)»") }
    for e in c.events { out.append("\(e.id) \(e.date?.iso ?? "undated") \(e.actors) \(e.summary.prefix(60))") }
    let counts = Dictionary(grouping: c.mentions, by: \.entity).mapValues(\.count).sorted { $0.key < $1.key }
    out.append("mentions: " + counts.map { "\($0.key)=\($0.value)" }.joined(separator: " "))
    out.append(
      "discovered: " + c.people.filter(\.discovered).map { "\($0.id)(\($0.role ?? "-"))" }.joined(separator: ", "))
    return out.joined(separator: "\n")
  }
}
