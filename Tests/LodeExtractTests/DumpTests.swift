import Foundation
import LodeExtract
import LodeModel
import Testing

@Test(
  .disabled(if: ProcessInfo.processInfo.environment["LODE_DUMP"] == nil, "set LODE_DUMP=1 to print extraction dumps"))
func dumpArticles() throws {
  let dir = ProcessInfo.processInfo.environment["LODE_DUMP_DIR"].map { URL(fileURLWithPath: $0) } ?? Fixture.articles
  let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
  for n in names {
    let (c, _) = CorpusLoader().load(paths: [dir.appendingPathComponent(n).path])
    #expect(c.documents.count == 1, "\(n) is one document")
    guard c.documents.count == 1 else { continue }
    print("=====", n)
    print(Fixture.dump(c))
    for s in c.documents[0].sentences { print("  S\(s.index) p\(s.paragraph): \(s.text.prefix(90))") }
  }
}
