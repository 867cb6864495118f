extension MetaCommand {
  /// `:quit` — leave the shell (exit status 0).
  public static let quit = MetaCommand(name: ":quit", summary: "leave lode", ) {
    _, _ in Result(quit: true)
  }
}
