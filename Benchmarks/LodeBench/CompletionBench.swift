import Foundation
import LodeCore
import LodeExtract
import LodeModel
import LodeQuery
import LodeShell

/// Times Tab completion (`Shell.complete`) on a large generated corpus: median of 100 calls
/// per line and median of 10 first (uncached) calls, each right after the corpus is set
/// again, in milliseconds, against a budget of 5 ms. `only` keeps the lines containing it;
/// `calls` sets the repeated calls (1 leaves mostly first calls, for instruction counts).
func runCompletionBenchmark(articles: Int = 3_000, only: String? = nil, calls: Int = 100) {
  let clock = ContinuousClock()
  let start = clock.now
  let corpus = CorpusLoader().extract(CompletionCorpus.generate(articles))
  let shell = Shell(options: ShellOptions(loadCorpus: false))
  shell.context.corpus = corpus
  print(
    "corpus: \(corpus.documents.count) documents, \(corpus.quotes.count) quotes, "
      + "\(corpus.people.count) people (built in \(CompletionCorpus.fixed(CompletionCorpus.ms(clock.now - start))) ms)")
  let lines = [
    "quo", "quotes | where ", "quotes | where speaker ~ \"zel", "quotes | where speaker = \"",
    "region dn", "region ", "said \"Zel", "said ", "timeline ", "help value ",
    "people | where name ~ \"ko",
  ]
  for line in lines where only.map({ line.contains($0) }) ?? true {
    let cursor = line.unicodeScalars.count
    var firsts: [Double] = []
    for _ in 0..<10 {
      shell.context.corpus = corpus
      let t0 = clock.now
      _ = shell.complete(line, cursor: cursor)
      firsts.append(CompletionCorpus.ms(clock.now - t0))
    }
    firsts.sort()
    let first = firsts[firsts.count / 2]
    var times: [Double] = []
    var count = 0
    for _ in 0..<max(1, calls) {
      let t0 = clock.now
      count = shell.complete(line, cursor: cursor).candidates.count
      times.append(CompletionCorpus.ms(clock.now - t0))
    }
    times.sort()
    let median = times[times.count / 2]
    let verdict = max(median, first) <= 5 ? "ok" : "OVER 5 ms"
    let shown = "`\(line)`".padding(toLength: 36, withPad: " ", startingAt: 0)
    print(
      "\(shown) median \(CompletionCorpus.fixed(median)) ms, first \(CompletionCorpus.fixed(first)) ms"
        + "  (\(count) candidates) \(verdict)")
  }
}

/// Wire-style articles with many distinct speakers, places and figures.
enum CompletionCorpus {
  static let first = ["Olena", "Taras", "Iryna", "Mykola", "Oksana", "Andriy", "Halyna", "Petro"]
  static let syllables = ["ko", "val", "en", "shev", "chuk", "bo", "dan", "ryk", "tym", "lys", "hor", "mar"]
  static let places = ["Dnipropetrovsk", "Zaporizhzhia", "Kirovohrad", "Zhytomyr", "Donetsk", "Kyiv"]

  static func surname(_ i: Int) -> String {
    var s = ""
    var n = i
    for _ in 0..<3 {
      s += syllables[n % syllables.count]
      n /= syllables.count
    }
    return s.prefix(1).uppercased() + s.dropFirst() + "o"
  }

  static func generate(_ count: Int) -> [(id: String, path: String, raw: String)] {
    (0..<count).map { i in
      let name = first[i % first.count] + " " + surname(i)
      let place = places[i % places.count]
      let text = """
        ---
        title: Generated \(i)
        date: 2025-03-\(i % 28 + 1 < 10 ? "0" : "")\(i % 28 + 1)
        ---
        KYIV, March \(i % 28 + 1) (Wire) - Ukraine expects $\(i % 900 + 10) million of investment \
        in the \(place) region, officials said on Monday.

        "We will sign the agreement when it is fair," \(name), a deputy minister, said. \
        "There will be no debt for Ukraine."

        Zelensky told lawmakers on Tuesday: "The minerals belong to our people." \
        Trump said last week that the U.S. had given Ukraine $350 billion.

        \(name) added that half of its future resource revenues would go to the fund.
        """
      return (id: "gen\(i)", path: "gen\(i).txt", raw: text)
    }
  }

  static func ms(_ d: Swift.Duration) -> Double {
    Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
  }

  static func fixed(_ v: Double) -> String {
    let hundredths = Int((v * 100).rounded())
    let frac = hundredths % 100
    return "\(hundredths / 100).\(frac < 10 ? "0" : "")\(frac)"
  }
}
