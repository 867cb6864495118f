import Foundation
import LodeCore
import LodeExtract
import LodeModel

extension MetaCommand {
  /// `:load PATH` — reads more documents (a file or a folder) into the corpus.
  public static let load = MetaCommand(
    name: ":load", summary: "load more documents (a file, a folder, or article JSON lines FILE.jsonl)", usage: ":load PATH",
    completion: .files
  ) { shell, arguments throws(Diagnostic) in
    var path = arguments.trimmingCharacters(in: .whitespaces)
    if path.count >= 2, path.hasPrefix("\""), path.hasSuffix("\"") {
      path = String(path.dropFirst().dropLast())
    }
    guard !path.isEmpty else { throw MetaCommand.usageError(":load PATH", "`:load` needs a path") }
    path = HomePath.expand(path)
    let before = shell.context.corpus.documents.count
    let (corpus, problems) = shell.loader(progress: shell.drawsProgress)
      .load(paths: [path], into: shell.context.corpus)
    if let stop = problems.first(where: { $0.id == "load.cancelled" }) { throw stop }
    let added = corpus.documents.count - before
    if added == 0, !problems.isEmpty {
      throw Diagnostic(
        .io, id: "meta.load.nothing", "nothing loaded from \(path)",
        notes: problems.map(\.message))
    }
    for p in problems { shell.context.warn(p) }
    shell.context.corpus = corpus
    let noun = added == 1 ? "document" : "documents"
    return Result("loaded \(added) \(noun) (\(corpus.documents.count) in the corpus)\n")
  }
}
