import Foundation
import LodeCore
import LodeExtract
import LodeModel
import LodeSession

extension MetaCommand {
  /// `:load PATH` — reads more documents (a file or a folder) into the corpus.
  public static let load: MetaCommand = MetaCommand(
    name: ":load", summary: "load more documents (a file, a folder, or article JSON lines FILE.jsonl)",
    signature: Signature([
      Parameter(
        "path", .rowExpression, help: "a file or folder (the rest of the line)", completion: .files(extensions: []))
    ])
  ) { shell, arguments throws(Diagnostic) in
    guard let typed = arguments.string("path"), !typed.isEmpty else {
      throw MetaCommand.load.usageError("`:load` needs a path")
    }
    // Relative to the running script's folder (the working directory when typed).
    let path = SessionFiles.display(shell.session.stack.resolve(HomePath.expand(typed)))
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
