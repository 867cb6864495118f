import Foundation
import LodeShell
import Testing

/// Adding a module touches `Package.swift`, one import and one line (docs/adding-a-command.md,
/// "A new module"): for every folder under `Sources/Modules`, its target is declared by
/// `module("XModule", folder: "X")`, and outside its own folder the sources name it only in
/// `ShellModules.swift`, once imported and once listed. LodeExport, which builds its rows with
/// some modules' table commands, is the one consumer that may name a module as well.
@Suite struct ModuleFootprintTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  static func swiftFiles(under folder: String) -> [String] {
    let base = root.appendingPathComponent(folder)
    return (FileManager.default.enumerator(atPath: base.path)?.compactMap { $0 as? String } ?? [])
      .filter { $0.hasSuffix(".swift") }.map { folder + "/" + $0 }.sorted()
  }

  static func read(_ path: String) -> String {
    (try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)) ?? ""
  }

  /// The number of times `word` occurs in `text` as a whole identifier.
  static func occurrences(of word: String, in text: String) -> Int {
    var count = 0
    var rest = text[...]
    while let r = rest.range(of: word) {
      let before = r.lowerBound == text.startIndex ? nil : text[text.index(before: r.lowerBound)]
      let after = r.upperBound == text.endIndex ? nil : text[r.upperBound]
      let isPart: (Character?) -> Bool = { $0.map { $0.isLetter || $0.isNumber || $0 == "_" } ?? false }
      if !isPart(before) && !isPart(after) { count += 1 }
      rest = text[r.upperBound...]
    }
    return count
  }

  @Test func aModuleIsNamedInPackageSwiftAndOnceImportedAndListedByTheShell() throws {
    let folders = try FileManager.default.contentsOfDirectory(
      atPath: Self.root.appendingPathComponent("Sources/Modules").path
    ).sorted()
    // Every module of the list but the four the shell holds itself has its folder.
    #expect(folders.count == ShellModules.all.count - 4, "\(folders)")
    let package = Self.read("Package.swift")
    let sources = Self.swiftFiles(under: "Sources")
    let listPath = "Sources/LodeShell/Modules/ShellModules.swift"
    let list = Self.read(listPath)
    for folder in folders {
      let target = folder + "Module"
      #expect(package.contains("module(\"\(target)\", folder: \"\(folder)\")"), "\(target) in Package.swift")
      #expect(list.contains("import \(target)\n") && Self.occurrences(of: target, in: list) == 2, "\(target)")
      let elsewhere = sources.filter { path in
        !path.hasPrefix("Sources/Modules/\(folder)/") && path != listPath
          && !path.hasPrefix("Sources/LodeExport/") && Self.occurrences(of: target, in: Self.read(path)) > 0
      }
      #expect(elsewhere == [], "\(target) is named outside its folder and the shell's list")
    }
  }
}
