import Foundation
import LodeCore
import LodeModel
import LodeShell
import Testing

/// Every module's commands document themselves, and its completion domains answer.
@Suite struct RegistrationTests {
  /// The modules under `Sources/Modules` (the query built-ins and the shell are documented
  /// in docs/language.md and by `help`).
  static let all = ShellModules.all.filter { !["core", "shell"].contains($0.name) }.flatMap { $0.commands }

  @Test func everyDescriptorIsDocumented() {
    // One module per folder under Sources/Modules, named after it.
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Sources/Modules")
    let folders = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
    #expect(Set(Self.all.map { $0.module.lowercased() }) == Set(folders.map { $0.lowercased() }))
    for c in Self.all where c.module != "corpus" {
      #expect((10...100).contains(c.summary.count) && !c.summary.contains("\n") && !c.summary.hasSuffix("."), "\(c.name): \(c.summary)")
      #expect(c.discussion.count > 80, "\(c.name) has a thin discussion")
      #expect(!c.examples.isEmpty, "\(c.name) has no examples")
      for e in c.examples {
        #expect(e.input.hasPrefix(c.name.split(separator: " ")[0]) || e.input.contains("| " + c.name))
      }
    }
  }
}

@Suite struct CompletionDomainTests {
  func values(_ name: String, _ ctx: Context) -> [String]? {
    ShellModules.completionDomains.first { $0.name == name }?.values(ctx)
  }

  @Test func modulesAnswerTheirDomains() {
    let ctx = TestCorpus.context()
    #expect(values("quote-ids", ctx) == ["q1", "q2", "q3"])
    #expect(values("speakers", ctx) == ["Donald Trump", "Volodymyr Zelensky"])
    #expect(values("regions", ctx)?.contains("UA-12") == true)
    #expect(values("minerals", ctx) == ["graphite", "lithium", "tantalum"])
    #expect(values("files", ctx) == nil)
  }

  /// `source ⇥` offers every extracted row's id: quotes, amounts, dates, events, sentences,
  /// each of which `source` then finds.
  @Test func rowIdsAreEveryExtractedRowsId() {
    let ctx = TestCorpus.context()
    let ids = values("row-ids", ctx) ?? []
    #expect(ids == ["q1", "q2", "q3", "e1", "e2", "e3", "e4", "s1", "s2", "s3", "s4", "s5"])
    #expect(ids.filter { ctx.corpus.provenance(ofID: $0) == nil } == [])
  }
}
