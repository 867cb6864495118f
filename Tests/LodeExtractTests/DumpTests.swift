import Foundation
import LodeExtract
import LodeModel
import Testing

@Test(.disabled(if: ProcessInfo.processInfo.environment["LODE_DUMP"] == nil, "set LODE_DUMP=1 to print extraction dumps"))
func dumpArticles() throws {
  let names = try FileManager.default.contentsOfDirectory(atPath: Fixture.articles.path).sorted()
  for n in names {
    let c = Fixture.load(n)
    print("=====", n)
    print(Fixture.dump(c))
    for s in c.documents[0].sentences { print("  S\(s.index) p\(s.paragraph): \(s.text.prefix(90))") }
  }
  #expect(!names.isEmpty)
}
