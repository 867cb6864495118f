import Foundation
import LodeSession

/// A test double for the shell: evaluates `N + M` (and `N |` continued on the next line,
/// by the shell's continuation rule, as `N + …`), accepts `:set NAME VALUE` silently, and fails on anything else.
final class CalculatorRunner: LineRunner {
  var corpusFingerprint: String
  private(set) var settings: [String: String] = [:]
  /// Every input run, in order.
  private(set) var inputs: [String] = []

  init(corpus: String = "c0ffee") { corpusFingerprint = corpus }

  /// Its settings' defaults: like the shell, it reports only settings changed from them.
  static let defaults = ["format": "table"]

  var settingsInEffect: [(name: String, value: String)] {
    settings.keys.sorted().filter { settings[$0] != Self.defaults[$0] }.map { ($0, settings[$0] ?? "") }
  }

  func run(_ line: String) -> LineOutcome {
    inputs.append(line)
    if line.hasPrefix(":set ") {
      let words = line.split(separator: " ")
      guard words.count == 3 else { return fail("usage: :set NAME VALUE") }
      settings[String(words[1])] = String(words[2])
      return LineOutcome(output: "", failed: false)
    }
    let terms = line.split(whereSeparator: { $0 == "+" || $0 == "|" || $0 == "\n" })
      .map { $0.trimmingCharacters(in: .whitespaces) }
    guard terms.count >= 2 else { return fail("cannot evaluate `\(line)`") }
    var sum = 0
    for t in terms {
      guard let n = Int(t) else { return fail("`\(t)` is not a number") }
      sum += n
    }
    let text = settings["format"] == "words" ? "sum is \(sum)" : "\(sum)"
    return LineOutcome(output: text + "\n", failed: false)
  }

  private func fail(_ message: String) -> LineOutcome {
    LineOutcome(output: "error: \(message)\n", failed: true)
  }
}
