import CorpusModule
import Foundation
import LodeCore
import LodeExtract
import LodeModel

/// `lode extract --reduce`: the corpus-level tables, `people` and `orgs` with their mention
/// counts, from per-article fact lines (`lode extract`'s output, from any number of
/// machines, concatenated in any order). The same rows, in the same order, as lode's
/// `people` and `orgs` over the whole corpus: the gazetteer's people, then each discovered
/// person once, as the first document (lowest `seq`) that discovered them describes them;
/// `mentions` counts the `mentions` rows naming each. Memory: one count per entity named
/// and one row per person discovered, never the facts.
public final class CorpusReduce {
  let reference: ReferenceData
  let warn: (Diagnostic) -> Void
  private var counts: [String: Int] = [:]
  private var discovered: [String: (seq: Int, position: Int, person: Person)] = [:]
  private var position = 0

  public init(reference: ReferenceData = .bundled, warn: @escaping (Diagnostic) -> Void) {
    self.reference = reference
    self.warn = warn
  }

  /// Reads fact lines from each input (`-` for stdin, else a file).
  public func read(_ inputs: [String], stdin: Int32 = 0) {
    for input in inputs {
      if input == "-" {
        read(JSONLinesReader(fd: stdin, source: "stdin"))
        continue
      }
      switch JSONLinesReader.open(input) {
      case .failure(let d): warn(d)
      case .success(let reader): read(reader)
      }
    }
  }

  private func read(_ reader: JSONLinesReader) {
    while let item = reader.next() {
      switch item {
      case .tooLong(let number, let bytes):
        warn(JSONLinesReader.tooLong(reader.source, number: number, bytes: bytes, limit: reader.maxLine))
      case .line(let number, let data):
        position += 1
        // Only mentions and people rows matter; any other line is passed over unparsed.
        guard Self.mayBe(data) else { continue }
        guard let row = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
          warn(
            Diagnostic(
              .warning, id: "extract.reduce.badLine",
              "skipped \(reader.source):\(number): not a fact line (a JSON object)",
              source: reader.source))
          continue
        }
        add(row)
      }
    }
  }

  static let needles = [Data("mentions".utf8), Data("people".utf8)]

  static func mayBe(_ data: Data) -> Bool { needles.contains { data.range(of: $0) != nil } }

  private func add(_ row: [String: Any]) {
    switch row["table"] as? String {
    case "mentions":
      if let entity = row["entity"] as? String { counts[entity, default: 0] += 1 }
    case "people":
      guard let id = row["id"] as? String, let name = row["name"] as? String else { return }
      let seq = (row["seq"] as? NSNumber)?.intValue ?? Int.max
      if let old = discovered[id], (old.seq, old.position) <= (seq, position) { return }
      let person = Person(
        id: id, name: name, aliases: row["aliases"] as? [String] ?? [], role: row["role"] as? String,
        country: row["country"] as? String, pronoun: row["pronoun"] as? String, discovered: true)
      discovered[id] = (seq, position, person)
    default: return
    }
  }

  /// The `people` then `orgs` rows, each `{"table":…}` and the columns of lode's table.
  public func lines() -> [UInt8] {
    let known = Set(reference.people.map(\.id))
    let found = discovered.values.filter { !known.contains($0.person.id) }.sorted {
      ($0.seq, $0.position) < ($1.seq, $1.position)
    }
    var out: [UInt8] = []
    write("people", reference.people + found.map(\.person), into: &out)
    write("orgs", reference.organisations, into: &out)
    return out
  }

  private func write(_ table: String, _ list: [Person], into out: inout [UInt8]) {
    let start = Array("{\"table\":\(JSONWriter.string(table))".utf8)
    let keys = CorpusTables.peopleSchema.names.map { Array(",\(JSONWriter.string($0)):".utf8) }
    for p in list {
      out.append(contentsOf: start)
      for (c, key) in keys.enumerated() {
        out.append(contentsOf: key)
        JSONBytes.value(CorpusTables.personCell(p, c, counts), into: &out)
      }
      out.append(contentsOf: [125, 10])
    }
  }
}
