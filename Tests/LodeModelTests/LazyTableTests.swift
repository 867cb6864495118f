import LodeCore
import LodeModel
import Synchronization
import Testing

/// A corpus whose tables are built on first read behaves like one built eagerly: each
/// table is built once, only when read, and edits keep value semantics.
@Suite struct LazyTableTests {
  final class Counter: Sendable {
    let builds = Mutex<[String: Int]>([:])
    func count(_ table: String) { builds.withLock { $0[table, default: 0] += 1 } }
    func of(_ table: String) -> Int { builds.withLock { $0[table] ?? 0 } }
  }

  static let none = Provenance(doc: "d", sentence: 0, span: SourceSpan(0, 1))

  func lazyCorpus(_ counter: Counter) -> Corpus {
    Corpus(
      reference: ReferenceData(), people: [], organisations: [],
      documents: LazyRows {
        counter.count("documents")
        return [Document(id: "d", title: "T", date: nil, dateSource: .unknown, path: "d.txt", text: "x")]
      },
      quotes: LazyRows {
        counter.count("quotes")
        return [Quote(id: "q1", text: "a", provenance: Self.none), Quote(id: "q2", text: "b", provenance: Self.none)]
      },
      amounts: LazyRows {
        counter.count("amounts"); return []
      },
      dates: LazyRows {
        counter.count("dates"); return []
      },
      events: LazyRows {
        counter.count("events"); return []
      },
      mentions: LazyRows {
        counter.count("mentions"); return [Mention(entity: "person:x", text: "X", provenance: Self.none)]
      })
  }

  @Test func tablesAreBuiltOnceOnFirstRead() {
    let counter = Counter()
    let corpus = lazyCorpus(counter)
    #expect(corpus.builtTables == 0)
    #expect(counter.of("quotes") == 0)
    #expect(corpus.quotes.map(\.text) == ["a", "b"])
    #expect(corpus.quotes.count == 2)
    let copy = corpus
    #expect(copy.quotes.map(\.id) == ["q1", "q2"])
    #expect(counter.of("quotes") == 1)
    #expect(counter.of("documents") == 0)
    #expect(corpus.builtTables == 1)
    #expect(corpus.document("d")?.title == "T")
    #expect(counter.of("documents") == 1)
    #expect(counter.of("mentions") == 0)
  }

  @Test func editsOfALazyTableStayInTheirCopy() {
    let counter = Counter()
    let original = lazyCorpus(counter)
    var edited = original
    edited.quotes[0].id = "changed"
    edited.mentions.append(Mention(entity: "person:y", text: "Y", provenance: Self.none))
    #expect(edited.quotes.map(\.id) == ["changed", "q2"])
    #expect(edited.mentions.count == 2)
    #expect(original.quotes.map(\.id) == ["q1", "q2"])
    #expect(original.mentions.count == 1)
    #expect(counter.of("quotes") == 1)
    #expect(counter.of("mentions") == 1)
  }

  @Test func concurrentFirstReadersShareOneBuild() async {
    let counter = Counter()
    let corpus = lazyCorpus(counter)
    let counts = await withTaskGroup(of: Int.self) { group in
      for _ in 0..<8 { group.addTask { corpus.quotes.count } }
      return await group.reduce(into: []) { $0.append($1) }
    }
    #expect(counts == Array(repeating: 2, count: 8))
    #expect(counter.of("quotes") == 1)
  }
}
