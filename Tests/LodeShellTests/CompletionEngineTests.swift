import LodeCore
import LodeQuery
import Testing

@testable import LodeShell

@Suite struct CompletionEngineTests {
  /// An engine over fixed command names, a fake directory tree and a recording interpreter.
  final class Calls: @unchecked Sendable { var interpreter: [(String, Int)] = [] }

  func engine(_ calls: Calls = Calls()) -> CompletionEngine {
    CompletionEngine(
      domainValues: { $0 == "settings" ? ShellModules.settings.flatMap(\.completionNames) : [] },
      interpreter: { line, cursor in
        calls.interpreter.append((line, cursor))
        return CompletionResult(
          replaceFrom: 0, candidates: [CompletionCandidate("quotes", kind: .command)])
      },
      listDirectory: { dir in
        switch dir {
        case ".": [("seeds", true), ("notes.txt", false), (".hidden", false)]
        case "seeds/": [("articles", true), ("reference", true), ("README.md", false)]
        default: []
        }
      })
  }

  func texts(_ r: CompletionResult) -> [String] { r.candidates.map(\.text) }

  @Test func aMetaCommandPrefixCompletesToTheMetaCommand() {
    let r = engine().complete(":he", cursor: 3)
    #expect(r.replaceFrom == 0)
    #expect(texts(r) == [":help"])
  }

  @Test func aBareColonListsEveryMetaCommand() {
    #expect(texts(engine().complete(":", cursor: 1)) == MetaCommand.all.map(\.name))
  }

  @Test func formatAndSettingArgumentsComplete() {
    let f = engine().complete(":format j", cursor: 9)
    #expect(f.replaceFrom == 8)
    #expect(texts(f) == ["json", "jsonl"])
    #expect(texts(engine().complete(":set money", cursor: 10)) == ["money.compact"])
    #expect(texts(engine().complete(":set money.compact t", cursor: 20)).isEmpty)
  }

  @Test func pathsCompleteAfterLoadWithDirectoriesMarked() {
    let top = engine().complete(":load s", cursor: 7)
    #expect(top.replaceFrom == 6)
    #expect(texts(top) == ["seeds/"])
    let inner = engine().complete(":load seeds/", cursor: 12)
    #expect(inner.replaceFrom == 6)
    #expect(texts(inner) == ["seeds/README.md", "seeds/articles/", "seeds/reference/"])
    #expect(texts(engine().complete(":load seeds/a", cursor: 13)) == ["seeds/articles/"])
  }

  @Test func dotFilesOnlyWhenTheWordStartsWithADot() {
    #expect(!texts(engine().complete(":load ", cursor: 6)).contains(".hidden"))
    #expect(texts(engine().complete(":load .h", cursor: 8)) == [".hidden"])
  }

  @Test func sessionMetaCommandsCompletePathsToo() {
    #expect(texts(engine().complete(":run n", cursor: 6)) == ["notes.txt"])
  }

  @Test func everythingElseGoesToTheInterpreterWithTheCursor() {
    let calls = Calls()
    let r = engine(calls).complete("quo | where", cursor: 3)
    #expect(texts(r) == ["quotes"])
    #expect(calls.interpreter.count == 1)
    #expect(calls.interpreter.first?.0 == "quo | where")
    #expect(calls.interpreter.first?.1 == 3)
  }

  @Test func offsetsAreUnicodeScalars() {
    let r = engine().complete("  :fo", cursor: 5)
    #expect(r.replaceFrom == 2)
    #expect(texts(r) == [":format"])
  }

  @Test func anUnknownMetaCommandOffersNothing() {
    #expect(engine().complete(":nope x", cursor: 7).candidates.isEmpty)
  }
}
