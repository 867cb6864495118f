import Testing

@testable import LineEditor

/// libedit is loaded at run time: a missing library is a reported failure, never a crash.
@Suite struct LibEditTests {
  @Test func missingLibraryIsReportedWithItsName() {
    let result = LibEdit.load(sonames: ["libedit-missing.so.99", "/nonexistent/libedit.so"])
    guard case .failure(let failure) = result else {
      Issue.record("a library that does not exist loaded")
      return
    }
    #expect(failure.reasons.count == 2)
    #expect(failure.reasons[0].contains("libedit-missing.so.99"))
    #expect(failure.message.contains("/nonexistent/libedit.so"))
  }

  @Test func libraryWithoutTheEditorFunctionsIsRejected() {
    // libc opens fine but has no el_init: the shim must refuse it and name the symbol.
    let result = LibEdit.load(sonames: ["libc.so.6"])
    guard case .failure(let failure) = result else {
      Issue.record("libc was accepted as libedit")
      return
    }
    #expect(failure.message.contains("el_init"))
  }

  @Test func installedLibraryLoads() {
    // libedit-dev (which scripts/lode installs) brings libedit.so.2.
    let result = LibEdit.load()
    #expect(throws: Never.self, "\(result)") { try result.get() }
    #expect(LibEdit.isLoaded)
  }
}
