import CLineEdit

/// Reads lines from a terminal through libedit: emacs keys, persistent de-duplicated
/// history, Ctrl-R search, Tab completion, Ctrl-C abandons the line, Ctrl-D exits.
///
/// libedit calls back through non-capturing C trampolines; they find this object again
/// through libedit's client data, so no global state is needed.
public final class LibEditReader: LineReader {
  public var completionHandler: CompletionHandler?
  public var isInteractive: Bool { true }
  public var history: [String] { store.entries }

  private let editLine: OpaquePointer
  private let libHistory: OpaquePointer
  private let store: HistoryStore
  private let output: UnsafeMutablePointer<FILE>
  /// The prompt's C string; libedit reads it through `promptTrampoline` while editing.
  private var promptBuffer: UnsafeMutablePointer<CChar>

  /// Creates an editor on the process's stdin/stdout; nil when libedit cannot be loaded
  /// (call `LibEdit.load()` first to learn why) or cannot start.
  /// - Parameter historyPath: where history persists (nil keeps it in memory only).
  public init?(historyPath: String?, program: String = "lode") {
    guard case .success = LibEdit.load() else { return nil }
    _ = clineedit_setup_locale()
    guard let out = clineedit_stdout(),
      let el = clineedit_init(program, clineedit_stdin(), out, clineedit_stderr()),
      let h = clineedit_history_init()
    else { return nil }
    editLine = el
    libHistory = h
    output = out
    store = HistoryStore(path: historyPath)
    promptBuffer = LibEditReader.cString("")
    clineedit_history_set_size(h, Int32(store.limit))
    clineedit_history_set_unique(h, 1)
    for entry in store.entries { clineedit_history_enter(h, entry) }
    clineedit_set_clientdata(el, Unmanaged.passUnretained(self).toOpaque())
    clineedit_set_editor(el, "emacs")
    clineedit_set_signal(el, 1)
    clineedit_set_history(el, h)
    clineedit_use_interruptible_getc(el)
    clineedit_set_prompt(el, LibEditReader.promptTrampoline)
    clineedit_add_function(
      el, "lode-complete", "complete the word before the cursor",
      LibEditReader.completeTrampoline)
    clineedit_bind(el, "^I", "lode-complete")
    clineedit_bind(el, "^R", "em-inc-search-prev")
    // Word motion on Ctrl-←/→ and Alt-←/→ (xterm's modified cursor keys), which emacs
    // mode leaves unbound, so their escape sequences would insert `5D`, `3C`…
    for (key, function) in LibEditReader.wordMotionKeys { clineedit_bind(el, key, function) }
  }

  deinit {
    clineedit_end(editLine)
    clineedit_history_end(libHistory)
    promptBuffer.deallocate()
  }

  public func readLine(prompt: String) -> ReadResult {
    promptBuffer.deallocate()
    promptBuffer = LibEditReader.cString(prompt)
    _ = clineedit_take_sigint()
    clineedit_clear_wake()
    var count: Int32 = 0
    let raw = clineedit_gets(editLine, &count)
    if clineedit_take_sigint() > 0 {
      clineedit_reset(editLine)
      fputs("^C\n", output)
      fflush(output)
      return .interrupted
    }
    guard let raw, count > 0 else {
      fputs("\n", output)
      fflush(output)
      return .endOfInput
    }
    var line = String(
      decoding: UnsafeRawBufferPointer(start: raw, count: Int(count)), as: UTF8.self)
    while line.hasSuffix("\n") || line.hasSuffix("\r") { line.removeLast() }
    return .line(line)
  }

  /// Records a line in the store and in libedit's list so that Up-arrow and `:history`
  /// agree: a line entered before moves to the end in both (libedit alone would only drop
  /// a repeat of the line just before it).
  public func addHistory(_ line: String) {
    let repeated = store.entries.contains(line)
    store.add(line)
    if repeated {
      clineedit_history_clear(libHistory)
      for entry in store.entries { clineedit_history_enter(libHistory, entry) }
    } else {
      clineedit_history_enter(libHistory, line)
    }
  }

  public func takeWarnings() -> [String] { store.takeWarnings() }

  /// Handles Tab: a unique candidate (or a longer common prefix) is inserted; several are listed.
  fileprivate func complete() -> UInt8 {
    guard let handler = completionHandler else { return UInt8(CC_ERROR) }
    var buffer: UnsafePointer<CChar>?
    var cursorBytes: Int32 = 0
    var length: Int32 = 0
    guard clineedit_line(editLine, &buffer, &cursorBytes, &length) == 0, let buffer else {
      return UInt8(CC_ERROR)
    }
    let bytes = UnsafeRawBufferPointer(start: buffer, count: Int(length))
    let line = String(decoding: bytes, as: UTF8.self)
    let before = String(decoding: bytes.prefix(Int(cursorBytes)), as: UTF8.self)
    let cursor = before.unicodeScalars.count
    let (from, candidates) = handler(line, cursor)
    let start = min(max(0, from), cursor)
    let typed = String(String.UnicodeScalarView(before.unicodeScalars.dropFirst(start)))
    guard !candidates.isEmpty else { return UInt8(CC_REFRESH_BEEP) }
    if candidates.count == 1, let only = candidates.first {
      let suffix = only.hasSuffix("/") || only.hasSuffix("\"") ? "" : " "
      replace(typedScalars: cursor - start, with: only + suffix)
      return UInt8(CC_REFRESH)
    }
    let common = CompletionList.commonPrefix(candidates)
    if common.unicodeScalars.count > typed.unicodeScalars.count, common.hasPrefix(typed) {
      replace(typedScalars: cursor - start, with: common)
      return UInt8(CC_REFRESH)
    }
    let width = Int(clineedit_columns(1))
    let listing = CompletionList.columns(candidates, width: width > 0 ? width : 80)
    let rows = Int(clineedit_rows(1))
    if CompletionList.needsConfirmation(listing, terminalRows: rows) {
      // As readline does: a list longer than the screen is shown only when asked for.
      fputs("\nDisplay all \(candidates.count) possibilities? (y or n)", output)
      fflush(output)
      let key = clineedit_read_key()
      guard key == 0x79 || key == 0x59 || key == 0x20 else {
        fputs("\n", output)
        fflush(output)
        return UInt8(CC_REDISPLAY)
      }
    }
    fputs("\n" + listing, output)
    fflush(output)
    return UInt8(CC_REDISPLAY)
  }

  /// xterm's Ctrl- and Alt-modified arrows, and the ESC-prefixed Alt forms, bound to words.
  static let wordMotionKeys: [(String, String)] = [
    ("\\e[1;5D", "ed-prev-word"), ("\\e[1;5C", "em-next-word"),
    ("\\e[1;3D", "ed-prev-word"), ("\\e[1;3C", "em-next-word"),
    ("\\e\\e[D", "ed-prev-word"), ("\\e\\e[C", "em-next-word"),
    ("\\e[5D", "ed-prev-word"), ("\\e[5C", "em-next-word"),
  ]

  private func replace(typedScalars: Int, with text: String) {
    if typedScalars > 0 { clineedit_delete_before_cursor(editLine, Int32(typedScalars)) }
    clineedit_insert(editLine, text)
  }

  fileprivate var promptPointer: UnsafeMutablePointer<CChar> { promptBuffer }

  private static func cString(_ s: String) -> UnsafeMutablePointer<CChar> {
    let utf8 = Array(s.utf8CString)
    let p = UnsafeMutablePointer<CChar>.allocate(capacity: utf8.count)
    p.initialize(from: utf8, count: utf8.count)
    return p
  }

  private static func owner(_ el: OpaquePointer?) -> LibEditReader? {
    guard let el, let data = clineedit_get_clientdata(el) else { return nil }
    return Unmanaged<LibEditReader>.fromOpaque(data).takeUnretainedValue()
  }

  private static let promptTrampoline:
    @convention(c) (OpaquePointer?) -> UnsafeMutablePointer<
      CChar
    >? = { el in
      LibEditReader.owner(el)?.promptPointer
    }

  private static let completeTrampoline: @convention(c) (OpaquePointer?, Int32) -> UInt8 = {
    el, _ in
    LibEditReader.owner(el)?.complete() ?? UInt8(CC_ERROR)
  }
}
