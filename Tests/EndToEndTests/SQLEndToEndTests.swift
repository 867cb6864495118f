import Foundation
import LodeTestSupport
import Testing

/// `lode sql` as a program: the examples of docs/sql.md print what the doc shows, `--ddl`
/// defines the columns `lode extract --csv` writes, and wrong arguments are usage errors.
/// (That the SQL gives lode's rows on SQLite and DuckDB: scripts/sql-differential.)
@Suite struct SQLEndToEndTests {
  let home: TemporaryDirectory
  init() throws { home = try TemporaryDirectory() }

  /// One `$ lode …` line of a console block of docs/sql.md and the lines under it.
  struct Example: CustomStringConvertible {
    var arguments: [String]
    var output: [String] = []
    var line: Int
    var description: String { "docs/sql.md:\(line)" }
  }

  static func examples() throws -> [Example] {
    let text = try String(contentsOfFile: EndToEnd.repositoryRoot + "/docs/sql.md", encoding: .utf8)
    var out: [Example] = []
    var inBlock = false
    for (n, line) in text.components(separatedBy: "\n").enumerated() {
      if line.hasPrefix("```") {
        inBlock = line == "```console"
        continue
      }
      guard inBlock else { continue }
      if line.hasPrefix("$ lode ") {
        out.append(Example(arguments: words(String(line.dropFirst(7))), line: n + 1))
      } else if !out.isEmpty {
        out[out.count - 1].output.append(line)
      }
    }
    return out
  }

  /// Shell words: spaces split, single quotes group.
  static func words(_ s: String) -> [String] {
    var out: [String] = []
    var word = ""
    var quoted = false
    var started = false
    for ch in s {
      if ch == "'" {
        quoted.toggle()
        started = true
      } else if ch == " " && !quoted {
        if started { out.append(word) }
        word = ""
        started = false
      } else {
        word.append(ch)
        started = true
      }
    }
    if started { out.append(word) }
    return out
  }

  @Test func theDocsExamplesPrintWhatTheDocShows() throws {
    let examples = try Self.examples()
    #expect(examples.count == 3)
    for ex in examples {
      let r = try EndToEnd.lode(ex.arguments, home: home)
      let printed = (r.stdout + r.stderr).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      #expect(printed.dropLast() == ArraySlice(ex.output), "\(ex)")
      let failed = ex.output.first?.hasPrefix("error[") == true
      #expect(r.status == (failed ? 1 : 0), "\(ex)")
      #expect(failed ? r.stdout.isEmpty : r.stderr.isEmpty, "\(ex)")
    }
  }

  @Test func theDefinitionsNameTheColumnsExtractWritesForEveryTable() throws {
    let csv = home.path + "/csv"
    let tables = "documents,sentences,quotes,amounts,dates,events,mentions,people"
    let x = try EndToEnd.lode(
      ["extract", "--csv", csv, "--tables", tables, EndToEnd.repositoryRoot + "/Tests/LodeExtractTests/Articles"],
      home: home)
    #expect(x.status == 0)
    let ddl = try EndToEnd.lode(["sql", "--ddl"], home: home)
    #expect(ddl.status == 0)
    var defined: [String: [String]] = [:]
    var table = ""
    for line in ddl.stdout.split(separator: "\n") {
      if line.hasPrefix("CREATE TABLE \"") {
        table = String(line.dropFirst(14).prefix { $0 != "\"" })
      } else if line.hasPrefix("  \"") {
        defined[table, default: []].append(String(line.dropFirst(3).prefix { $0 != "\"" }))
      }
    }
    #expect(defined.keys.sorted() == tables.split(separator: ",").map(String.init).sorted())
    for name in defined.keys {
      let file = try String(contentsOfFile: "\(csv)/\(name).csv", encoding: .utf8)
      let header = file.prefix { $0 != "\n" }.split(separator: ",").map(String.init)
      #expect(header == defined[name], "\(name)")
    }
  }

  @Test func wrongArgumentsAreUsageErrors() throws {
    let dialect = try EndToEnd.lode(["sql", "--dialect", "postgres", "quotes"], home: home)
    #expect(dialect.status == 2)
    #expect(dialect.stderr.hasPrefix("Error: unknown SQL dialect: postgres (dialects: sqlite, duckdb, spark)\n"))
    let neither = try EndToEnd.lode(["sql"], home: home)
    #expect(neither.status == 2)
    #expect(neither.stderr.hasPrefix("Error: give a pipeline, or --ddl alone\n"))
    #expect(neither.stdout == "")
  }
}
