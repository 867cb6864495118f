import ArgumentParser
import Foundation
import LineEditor
import LodeCore
import LodeExport
import LodeShell

/// `lode extract [PATH…]`: one JSON line per extracted fact, streamed (see docs/scale-out.md).
struct ExtractCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "extract",
    abstract: "Extract facts from documents as JSON lines (or CSV files), streaming.",
    discussion: """
      Reads article JSON lines ({"id", "date", "title", "text"} a line) from FILE.jsonl or \
      from stdin (-, the default), and .txt/.md files and folders as a load reads them. \
      Writes one JSON line per fact: {"table": …} then the columns that lode's command of \
      that name prints with --format json, ids counted within the document (doc), offsets \
      into the text as given, and the extractor's version. Memory stays bounded; batches \
      run on all cores; the output order is the input order. A bad line or file is a \
      warning on stderr and the rest goes on. Tables: \
      \(FactTable.allCases.map(\.rawValue).joined(separator: ", ")) (default: all but sentences). \
      --reduce turns fact lines back into the corpus-level people and orgs tables.
      """)

  @ArgumentParser.Argument(help: "Article JSON-lines files (.jsonl), - for stdin, or document files and folders.")
  var inputs: [String] = []

  @Option(help: ArgumentHelp("Only these tables, comma-separated.", valueName: "list"))
  var tables: String?

  @Option(help: ArgumentHelp("Write one CSV file per table (TABLE.csv) into DIR instead.", valueName: "dir"))
  var csv: String?

  @ArgumentParser.Flag(
    help:
      "Read fact lines (this command's output, from any number of runs) and write the corpus-level people and orgs tables with their mention counts."
  )
  var reduce = false

  func validate() throws {
    if reduce, tables != nil || csv != nil {
      throw ValidationError("--reduce reads fact lines and writes people and orgs: no --tables or --csv")
    }
    if let tables, case .failure(let d) = FactTable.parse(tables) {
      throw ValidationError(d.message + (d.hint.map { " (\($0))" } ?? ""))
    }
  }

  func run() throws {
    let warn: (Diagnostic) -> Void = { d in
      Terminal.writeError(DiagnosticRenderer(style: .plain).render(d, asWarning: true))
    }
    if reduce {
      let reducer = CorpusReduce(warn: warn)
      reducer.read(inputs.isEmpty ? ["-"] : inputs)
      Terminal.write(String(decoding: reducer.lines(), as: UTF8.self))
      return
    }
    var options = ExtractStream.Options(version: ShellOptions.version)
    if let tables, case .success(let list) = FactTable.parse(tables) { options.tables = list }
    options.csvFolder = csv
    do {
      let stream = try ExtractStream(options: options, warn: warn)
      guard stream.run(inputs.isEmpty ? ["-"] : inputs) else {
        throw Diagnostic(.io, id: "extract.output", "cannot write the output", hint: "is the disk full?")
      }
    } catch let d as Diagnostic {
      Terminal.writeError(DiagnosticRenderer(style: .plain).render(d))
      throw ExitCode(1)
    }
  }
}
