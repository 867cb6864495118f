import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a program on a fresh pseudo-terminal, as if a person typed at it: the end-to-end
/// tests use it to press Tab, Ctrl-C and Ctrl-D at the real `lode` binary.
///
/// The child becomes a session leader whose controlling terminal is the pty, so Ctrl-C
/// typed as `\u{03}` raises SIGINT in it exactly as in a terminal emulator.
public final class PseudoTerminal {
  public let pid: pid_t
  private let master: Int32
  /// Everything the program has written so far.
  public private(set) var transcript = ""
  private var consumed = String.Index?.none

  /// Starts `executable` with `arguments` and exactly `environment`.
  public init(executable: String, arguments: [String] = [], environment: [String: String]) throws {
    // Glibc's module hides posix_openpt/grantpt/unlockpt/ptsname, so do what they do:
    // open the multiplexer, unlock the slave (TIOCSPTLCK), ask its number (TIOCGPTN).
    let m = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
    guard m >= 0 else { throw PseudoTerminalError.cannotOpen }
    var unlock: Int32 = 0
    var number: UInt32 = 0
    guard ioctl(m, 0x4004_5431, &unlock) == 0, ioctl(m, 0x8004_5430, &number) == 0 else {
      close(m)
      throw PseudoTerminalError.cannotOpen
    }
    let slavePath = "/dev/pts/\(number)"
    var size = winsize(ws_row: 40, ws_col: 120, ws_xpixel: 0, ws_ypixel: 0)
    _ = ioctl(m, UInt(TIOCSWINSZ), &size)
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    // POSIX_SPAWN_SETSID (0x80, glibc ≥ 2.26): the child starts a new session, then
    // opening the pty's slave side makes it the controlling terminal. SETSIGMASK (0x08)
    // and SETSIGDEF (0x04): a test runner's blocked or ignored SIGINT must not carry over.
    posix_spawnattr_setflags(&attributes, Int16(0x80 | 0x08 | 0x04))
    var empty = sigset_t()
    sigemptyset(&empty)
    posix_spawnattr_setsigmask(&attributes, &empty)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for s in [SIGINT, SIGQUIT, SIGTSTP, SIGPIPE, SIGTERM] { sigaddset(&defaults, s) }
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    // Other tests' pipes and ptys must not leak into this child, or their readers hang
    // (glibc ignores closing a descriptor that is not open).
    for fd in Int32(3)..<1024 { posix_spawn_file_actions_addclose(&actions, fd) }
    posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
    posix_spawn_file_actions_adddup2(&actions, 0, 1)
    posix_spawn_file_actions_adddup2(&actions, 0, 2)
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { for p in argv + envp { free(p) } }
    var child: pid_t = 0
    let rc = posix_spawn(&child, executable, &actions, &attributes, argv, envp)
    guard rc == 0 else {
      close(m)
      throw PseudoTerminalError.cannotSpawn(rc)
    }
    pid = child
    master = m
  }

  deinit {
    kill(pid, SIGKILL)
    var status: Int32 = 0
    waitpid(pid, &status, WNOHANG)
    close(master)
  }

  /// Types `text` (use `\t` for Tab, `\r` for Enter, `\u{03}` for Ctrl-C, `\u{04}` for Ctrl-D).
  public func type(_ text: String) {
    let bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let n = bytes[offset...].withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
      if n <= 0 { break }
      offset += n
    }
  }

  /// Reads output until `marker` appears after the previous match, or `timeout` seconds
  /// pass (a safety net, not a measurement). Returns the new output either way.
  @discardableResult
  public func read(until marker: String, timeout: Double = 20) -> String {
    let start = consumed ?? transcript.startIndex
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      if let r = transcript.range(of: marker, range: start..<transcript.endIndex) {
        consumed = r.upperBound
        return String(transcript[start..<r.upperBound])
      }
      if !pump(milliseconds: 100) { break }
    }
    if let r = transcript.range(of: marker, range: start..<transcript.endIndex) {
      consumed = r.upperBound
    }
    return String(transcript[start...])
  }

  /// Reads until `prompt`, then waits until the program has put the terminal in raw
  /// mode (line editing active), so keys typed next reach the editor as keys: typed too
  /// early, a line-discipline character such as Ctrl-D would be cooked by the kernel.
  @discardableResult
  public func waitForPrompt(_ prompt: String = "lode> ", timeout: Double = 20) -> String {
    let text = read(until: prompt, timeout: timeout)
    let deadline = Date().addingTimeInterval(timeout)
    var modes = termios()
    while Date() < deadline, tcgetattr(master, &modes) == 0, modes.c_lflag & tcflag_t(ICANON) != 0 {
      _ = pump(milliseconds: 10)
    }
    return text
  }

  /// Waits until the program has left raw mode: the line was read and a command runs.
  public func waitForCookedMode(timeout: Double = 20) {
    let deadline = Date().addingTimeInterval(timeout)
    var modes = termios()
    while Date() < deadline, tcgetattr(master, &modes) == 0, modes.c_lflag & tcflag_t(ICANON) == 0 {
      _ = pump(milliseconds: 5)
    }
  }

  /// Waits for the program to exit (draining its output) and returns its exit status,
  /// or nil if it was killed by a signal or did not exit within `timeout` seconds.
  public func waitForExit(timeout: Double = 20) -> Int32? {
    let deadline = Date().addingTimeInterval(timeout)
    var status: Int32 = 0
    while Date() < deadline {
      _ = pump(milliseconds: 50)
      let r = waitpid(pid, &status, WNOHANG)
      if r == pid {
        while pump(milliseconds: 10) {}
        let signalled = (status & 0x7f) != 0
        return signalled ? nil : (status >> 8) & 0xff
      }
    }
    return nil
  }

  /// Reads what is available within `milliseconds`; false once the program's side closed.
  private func pump(milliseconds: Int32) -> Bool {
    var p = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
    let ready = poll(&p, 1, milliseconds)
    guard ready > 0 else { return ready == 0 }
    var buffer = [UInt8](repeating: 0, count: 4096)
    let n = buffer.withUnsafeMutableBytes { Glibc.read(master, $0.baseAddress, $0.count) }
    guard n > 0 else { return false }
    transcript += String(decoding: buffer[..<n], as: UTF8.self)
    return true
  }
}

/// Why a pseudo-terminal could not be set up.
public enum PseudoTerminalError: Error, Equatable {
  case cannotOpen
  case cannotSpawn(Int32)
}
