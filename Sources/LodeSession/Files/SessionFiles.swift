import Foundation
import LodeCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// File reading and writing for sessions: size- and UTF-8-checked reads, atomic writes
/// that never overwrite unless asked, and paths shown relative to the working directory.
public enum SessionFiles {
  /// Largest script or transcript read, in bytes (16 MiB).
  public static let maxBytes = 16 << 20

  /// Reads a UTF-8 text file; unreadable, binary or huge files give an `io` Diagnostic.
  /// Only regular files are read: a FIFO or device would block or never end, so it is
  /// refused (`session.file.notRegular`) without waiting for a writer.
  public static func readText(_ path: String) throws(Diagnostic) -> String {
    let shown = display(path)
    // O_NONBLOCK: opening a FIFO for reading must not wait for a writer to appear.
    let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard fd >= 0 else {
      throw Diagnostic(
        .io, id: "session.file.unreadable", "cannot read \(shown)",
        hint: FileManager.default.fileExists(atPath: path)
          ? "check its permissions" : "no such file")
    }
    let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
    defer { try? handle.close() }
    if let kind = FileKind.of(descriptor: fd), kind != .regular {
      throw Diagnostic(
        .io, id: "session.file.notRegular", "cannot read \(shown): it is \(kind.phrase)",
        hint: "scripts and transcripts are regular files")
    }
    let data: Data
    do {
      data = try handle.read(upToCount: maxBytes + 1) ?? Data()
    } catch {
      throw Diagnostic(.io, id: "session.file.unreadable", "cannot read \(shown)")
    }
    return try decode(data, name: shown)
  }

  /// Reads all of standard input as UTF-8 text (for `lode run -`).
  public static func readStandardInput() throws(Diagnostic) -> String {
    let data = FileHandle.standardInput.readDataToEndOfFile()
    return try decode(data, name: "standard input")
  }

  static func decode(_ data: Data, name: String) throws(Diagnostic) -> String {
    guard data.count <= maxBytes else {
      throw Diagnostic(
        .io, id: "session.file.tooLarge", "\(name) is larger than \(maxBytes >> 20) MiB")
    }
    guard !data.contains(0), let text = String(data: data, encoding: .utf8) else {
      throw Diagnostic(
        .io, id: "session.file.notText", "\(name) is not UTF-8 text",
        hint: "scripts and transcripts are plain text files")
    }
    return text.replacingOccurrences(of: "\r\n", with: "\n")
  }

  /// Writes `text` to `path`. Unless `force`, an existing file is an error and is left
  /// untouched (the file is created with O_EXCL, so one appearing meanwhile is safe too);
  /// with `force` the file is replaced atomically (temp file, fsync, rename).
  public static func write(_ text: String, to path: String, force: Bool) throws(Diagnostic) {
    let shown = display(path)
    let exists = Diagnostic(
      .session, id: "session.save.exists", "\(shown) already exists",
      hint: "add --force to overwrite it")
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
    let unwritable = Diagnostic(
      .io, id: "session.file.unwritable", "cannot write \(shown)",
      hint: "check that \(display(folder)) exists and is writable")
    let bytes = Array(text.utf8)
    if !force {
      let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
      guard fd >= 0 else { throw errno == EEXIST ? exists : unwritable }
      let ok = writeAll(fd, bytes) && fsync(fd) == 0
      close(fd)
      guard ok else {
        unlink(path)
        throw unwritable
      }
      return
    }
    // --force replaces a regular file only: never a device, FIFO or socket, and never a
    // symbolic link itself (renaming over it would replace the link, not its target).
    if let kind = FileKind.of(path), kind != .regular {
      throw Diagnostic(
        .io, id: "session.save.notRegular", "will not overwrite \(shown): it is \(kind.phrase)",
        hint: "--force overwrites regular files only; choose another path")
    }
    let temp = folder + "/." + URL(fileURLWithPath: path).lastPathComponent + ".tmp-\(getpid())"
    let fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard fd >= 0 else { throw unwritable }
    let ok = writeAll(fd, bytes) && fsync(fd) == 0
    close(fd)
    guard ok, rename(temp, path) == 0 else {
      unlink(temp)
      throw unwritable
    }
  }

  /// Writes every byte, retrying on short writes and EINTR.
  static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
    var offset = 0
    while offset < bytes.count {
      let n = bytes.withUnsafeBytes { raw in
        posixWrite(fd, raw.baseAddress.map { $0 + offset }, bytes.count - offset)
      }
      if n < 0 {
        if errno == EINTR { continue }
        return false
      }
      offset += n
    }
    return true
  }

  /// `path` resolved against `base` unless absolute (or `-`, standard input).
  public static func resolve(_ path: String, against base: String?) -> String {
    if path == "-" || path.hasPrefix("/") { return path }
    if path == "~" || path.hasPrefix("~/") { return HomePath.expand(path) }
    guard let base, !base.isEmpty else { return path }
    return URL(fileURLWithPath: base).appendingPathComponent(path).standardizedFileURL.path
  }

  /// `path` as shown to the user: relative to the working directory when inside it.
  public static func display(_ path: String) -> String {
    relative(path, to: FileManager.default.currentDirectoryPath)
  }

  /// `path` relative to `base` when it lies inside it; otherwise unchanged.
  public static func relative(_ path: String, to base: String) -> String {
    guard path.hasPrefix("/") else { return path }
    let p = URL(fileURLWithPath: path).standardizedFileURL.path
    let b = URL(fileURLWithPath: base).standardizedFileURL.path
    let prefix = b.hasSuffix("/") ? b : b + "/"
    return p.hasPrefix(prefix) ? String(p.dropFirst(prefix.count)) : p
  }

  /// The folder holding `path` (the working directory for relative bare names).
  public static func folder(of path: String) -> String {
    let absolute =
      path.hasPrefix("/")
      ? path : FileManager.default.currentDirectoryPath + "/" + path
    return URL(fileURLWithPath: absolute).standardizedFileURL.deletingLastPathComponent().path
  }
}

/// The POSIX `write`, reachable from types that declare their own `write` methods.
func posixWrite(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
  write(fd, buffer, count)
}
