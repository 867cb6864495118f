import ArgumentParser
import Foundation
import LineEditor
import LodeCore
import LodeExport
import LodeModel
import LodeQuery
import LodeSQL
import LodeShell

/// `lode sql 'PIPELINE'`: the SQL for a pipeline over the tables `lode extract` writes
/// (see docs/scale-out.md); `--ddl` prints those tables' definitions.
struct SQLCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sql",
    abstract: "Print the SQL for a pipeline over the fact tables lode extract writes.",
    discussion: """
      Translates a pipeline (a fact table: documents, sentences, quotes, amounts, dates, \
      events; then where, select, sort, limit, first, last, distinct, group by, count) into \
      one SQL query whose rows, over the tables lode extract writes, are the rows lode prints, \
      in the same order. Text equality lists the names and aliases of the entity a literal \
      names, from --seeds' corpus (or the bundled one). --ddl prints CREATE TABLE statements \
      for the tables. A stage with no SQL form is an error naming it (exit status 1).
      """)

  @ArgumentParser.Argument(help: "The pipeline, e.g. 'quotes | where speaker = \"Zelenskyy\" | count'.")
  var pipeline: String?

  @Option(help: ArgumentHelp("sqlite, duckdb or spark.", valueName: "dialect"))
  var dialect: String = "sqlite"

  @ArgumentParser.Flag(help: "Print the fact tables' CREATE TABLE statements instead.")
  var ddl = false

  @OptionGroup var common: CommonOptions

  func validate() throws {
    if case .failure(let d) = SQLDialect.parse(dialect) {
      throw ValidationError(d.message + (d.hint.map { " (\($0))" } ?? ""))
    }
    if ddl == (pipeline != nil) {
      throw ValidationError("give a pipeline, or --ddl alone")
    }
  }

  func run() throws {
    guard case .success(let dialect) = SQLDialect.parse(dialect) else { throw ExitCode(2) }
    guard let pipeline else {
      Terminal.write(SQLDefinitions.ddl(dialect))
      return
    }
    let shell = common.makeShell(baseDirectory: FileManager.default.currentDirectoryPath)
    let translator = SQLTranslator(
      registry: shell.interpreter.registry, dialect: dialect, corpus: { shell.context.corpus })
    switch translator.translate(pipeline) {
    case .success(let sql): Terminal.write(sql + "\n")
    case .failure(let d):
      Terminal.writeError(DiagnosticRenderer(style: .plain).render(d, input: pipeline))
      throw ExitCode(1)
    }
  }
}
