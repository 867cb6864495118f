import Foundation
import LodeExtract
import LodeModel
import Testing

@Test func dumpSeed() {
  let c = CorpusLoader.bundledSeeds()
  print(Fixture.dump(c))
  for s in c.documents[0].sentences { print("S\(s.index) p\(s.paragraph): \(s.text.prefix(60))") }
  #expect(!c.documents.isEmpty)
}
