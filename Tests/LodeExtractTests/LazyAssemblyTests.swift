import LodeCore
import LodeModel
import Testing

@testable import LodeExtract

/// A corpus assembled table by table on first read holds exactly the rows, ids and order of
/// one assembled at once, alone and on top of a base corpus.
@Suite struct LazyAssemblyTests {
  static func facts() -> [DocumentFacts] {
    let extractor = CorpusLoader().extractor
    return (0..<5).map { i in
      let text = """
        ---
        date: 2025-03-0\(i + 1)
        ---
        "We will sign when it is fair," Olena Koval\(i) said on March \(i + 2). Zelensky met Trump in Kyiv. \
        Ukraine expects $\(i + 2) billion from lithium by 2030.
        """
      return extractor.extract(id: "g\(i)", path: "g\(i).txt", raw: text)
    }
  }

  @Test func sameRowsAsTheEagerAssembly() {
    let base = CorpusLoader.bundledSeeds()
    for b in [nil, base] {
      let eager = CorpusAssembler.assemble(Self.facts(), reference: .bundled, base: b)
      let lazy = CorpusAssembler.assemble(lazily: Self.facts(), reference: .bundled, base: b)
      // Read in another order than the eager assembly built them.
      #expect(lazy.events == eager.events)
      #expect(lazy.mentions == eager.mentions)
      #expect(lazy.quotes == eager.quotes)
      #expect(lazy.dates == eager.dates)
      #expect(lazy.amounts == eager.amounts)
      #expect(lazy.documents.map(\.id) == eager.documents.map(\.id))
      #expect(lazy.people.map(\.id) == eager.people.map(\.id))
      #expect(lazy.quotes.last?.id == "q\(lazy.quotes.count)")
      #expect(lazy.fingerprint == eager.fingerprint)
    }
  }
}
