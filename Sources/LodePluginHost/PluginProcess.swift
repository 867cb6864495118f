import Foundation
import LodePluginProtocol

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One running plugin process: its pipes, the line buffer of its stdout and the tail of
/// its stderr.
///
/// All waiting goes through `poll(2)` with short timeouts on the caller's thread, so a
/// call never blocks forever: it checks the deadline and Ctrl-C every 50 ms, keeps
/// draining stderr (a plugin blocked on a full stderr pipe would look hung), and writes
/// the request without blocking while reading the answer.
final class PluginProcess {
  let process: Process
  private let stdinPipe = Pipe()
  private let stdoutPipe = Pipe()
  private let stderrPipe = Pipe()
  private var stdinFD: Int32 { stdinPipe.fileHandleForWriting.fileDescriptor }
  private var stdoutFD: Int32 { stdoutPipe.fileHandleForReading.fileDescriptor }
  private var stderrFD: Int32 { stderrPipe.fileHandleForReading.fileDescriptor }
  private var lines: LineBuffer
  private(set) var stderr = StderrTail()
  private var stdoutClosed = false
  private var stderrClosed = false
  private var stdinClosed = false
  /// The longest line accepted from stdout; `plugin.max_message`, updated per call.
  var maxMessage: Int

  /// Starts `argv` in `folder` with the plugin's stdio on pipes.
  init(argv: [String], folder: String, maxMessage: Int) throws(PluginFault) {
    lines = LineBuffer(limit: maxMessage)
    self.maxMessage = maxMessage
    process = Process()
    guard let program = argv.first,
      let executable = PluginProcess.resolve(program, folder: folder)
    else {
      throw .cannotStart(
        "`\(argv.first ?? "")` was not found (looked in the plugin folder and on PATH)")
    }
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = Array(argv.dropFirst())
    process.currentDirectoryURL = URL(fileURLWithPath: folder, isDirectory: true)
    var env = ProcessInfo.processInfo.environment
    env["LODE_PLUGIN_DIR"] = folder
    env["LODE_PLUGIN_PROTOCOL"] = String(PluginProtocolVersion.current)
    env["PYTHONUNBUFFERED"] = "1"
    env["PYTHONIOENCODING"] = "utf-8"
    process.environment = env
    process.standardInput = stdinPipe
    process.standardOutput = stdoutPipe
    process.standardError = stderrPipe
    do {
      try process.run()
    } catch {
      throw .cannotStart("\(executable): \(error.localizedDescription)")
    }
    let flags = fcntl(stdinFD, F_GETFL)
    _ = fcntl(stdinFD, F_SETFL, flags | O_NONBLOCK)
    // Foundation starts the child in a process group of its own (POSIX_SPAWN_SETPGROUP);
    // checked, so that ending "the plugin's group" can never reach lode's own.
    let pid = process.processIdentifier
    group = getpgid(pid) == pid && pid != getpgrp() ? pid : nil
  }

  /// The plugin's own process group (its pid), which holds anything it started.
  private var group: pid_t?

  /// Writes `request` (if any) and returns the next line from stdout.
  ///
  /// Throws `timeout` at the deadline, `cancelled` when `isCancelled()` turns true,
  /// `oversized` past the line limit and `exited` when stdout closes.
  func exchange(
    _ request: [UInt8], deadline: Date?, isCancelled: () -> Bool
  ) throws(PluginFault) -> [UInt8] {
    var written = 0
    lines.limit = maxMessage
    while true {
      if written == request.count {
        do {
          if let line = try lines.nextLine() { return line }
        } catch {
          throw .oversized(error.limit)
        }
        if stdoutClosed { throw .exited(exitDescription()) }
      }
      if isCancelled() { throw .cancelled }
      var wait: Int32 = 50
      if let deadline {
        let left = deadline.timeIntervalSinceNow
        if left <= 0 { throw .timeout(0) }
        wait = Int32(max(1, min(50, left * 1000)))
      }
      var fds: [pollfd] = []
      if written < request.count && !stdinClosed {
        fds.append(pollfd(fd: stdinFD, events: Int16(POLLOUT), revents: 0))
      }
      if !stdoutClosed { fds.append(pollfd(fd: stdoutFD, events: Int16(POLLIN), revents: 0)) }
      if !stderrClosed { fds.append(pollfd(fd: stderrFD, events: Int16(POLLIN), revents: 0)) }
      if fds.isEmpty { throw .exited(exitDescription()) }
      let n = poll(&fds, nfds_t(fds.count), wait)
      if n < 0 && errno != EINTR { throw .exited("poll failed: errno \(errno)") }
      for p in fds where p.revents != 0 {
        if p.fd == stdinFD {
          written += try writeSome(request, from: written)
        } else if p.fd == stdoutFD {
          if !readInto(stdoutFD, stdout: true) { stdoutClosed = true }
        } else if p.fd == stderrFD {
          if !readInto(stderrFD, stdout: false) { stderrClosed = true }
        }
      }
    }
  }

  private func writeSome(_ bytes: [UInt8], from offset: Int) throws(PluginFault) -> Int {
    let n = bytes.withUnsafeBytes { buf in
      write(stdinFD, buf.baseAddress.map { $0 + offset }, min(65536, buf.count - offset))
    }
    if n >= 0 { return n }
    if errno == EAGAIN || errno == EINTR { return 0 }
    stdinClosed = true
    throw .exited("it closed its stdin: \(exitDescription())")
  }

  /// Reads one chunk; false at end of file.
  private func readInto(_ fd: Int32, stdout: Bool) -> Bool {
    var chunk = [UInt8](repeating: 0, count: 65536)
    let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
    if n < 0 { return errno == EINTR || errno == EAGAIN }
    if n == 0 { return false }
    chunk.withUnsafeBytes { buf in
      let part = UnsafeRawBufferPointer(rebasing: buf[0..<n])
      if stdout { lines.append(part) } else { stderr.append(part) }
    }
    return true
  }

  /// Reads whatever stderr holds, waiting up to `seconds` for more (0: only what is
  /// there now), so a crash's traceback is in the tail before it is shown.
  func drainStderr(seconds: Double = 0.3) {
    let end = Date().addingTimeInterval(seconds)
    var reads = 0
    repeat {
      guard !stderrClosed, reads < 64 else { return }
      reads += 1
      var fd = pollfd(fd: stderrFD, events: Int16(POLLIN), revents: 0)
      let n = poll(&fd, 1, seconds > 0 ? 20 : 0)
      if n > 0 {
        if !readInto(stderrFD, stdout: false) { stderrClosed = true }
        continue
      }
      if seconds == 0 || !process.isRunning { return }
    } while end.timeIntervalSinceNow > 0
  }

  /// Sends `shutdown` and closes stdin, waits up to `grace` seconds, then kills.
  func stop(grace: Double) {
    if process.isRunning && grace > 0, let bye = try? MessageCodec.line(HostMessage.shutdown) {
      _ = try? exchangeWriteOnly(bye)
      closeStdin()
      let end = Date().addingTimeInterval(grace)
      while process.isRunning && end.timeIntervalSinceNow > 0 { usleep(5000) }
    }
    terminate()
  }

  private func exchangeWriteOnly(_ bytes: [UInt8]) throws(PluginFault) {
    var written = 0
    var tries = 0
    while written < bytes.count && tries < 20 {
      written += try writeSome(bytes, from: written)
      tries += 1
    }
  }

  private func closeStdin() {
    guard !stdinClosed else { return }
    stdinClosed = true
    try? stdinPipe.fileHandleForWriting.close()
  }

  /// Kills the process and everything in its process group (SIGKILL) — children it
  /// started too, even after it exited itself — and closes our ends of its pipes.
  func terminate() {
    if let group { _ = kill(-group, SIGKILL) }
    if process.isRunning {
      _ = kill(process.processIdentifier, SIGKILL)
      let end = Date().addingTimeInterval(1)
      while process.isRunning && end.timeIntervalSinceNow > 0 { usleep(2000) }
    }
    closeStdin()
    if !stdoutClosed {
      stdoutClosed = true
      try? stdoutPipe.fileHandleForReading.close()
    }
    if !stderrClosed {
      stderrClosed = true
      try? stderrPipe.fileHandleForReading.close()
    }
  }

  /// `exit status 1` or `killed by signal 11`, after giving the process a moment to exit.
  func exitDescription() -> String {
    let end = Date().addingTimeInterval(0.5)
    while process.isRunning && end.timeIntervalSinceNow > 0 { usleep(2000) }
    if process.isRunning { return "it closed its stdout but is still running" }
    let status = process.terminationStatus
    switch process.terminationReason {
    case .uncaughtSignal: return "killed by signal \(status)"
    default: return "exit status \(status)"
    }
  }

  /// The program path: relative to the folder when it has a slash, else on PATH.
  static func resolve(_ program: String, folder: String) -> String? {
    let fm = FileManager.default
    if program.contains("/") {
      let path = program.hasPrefix("/") ? program : folder + "/" + program
      return fm.isExecutableFile(atPath: path) ? path : nil
    }
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
    for dir in path.split(separator: ":") where !dir.isEmpty {
      let candidate = "\(dir)/\(program)"
      if fm.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }
}
