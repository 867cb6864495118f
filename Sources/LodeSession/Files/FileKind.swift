#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a path is, from `lstat` or `fstat`: sessions read and overwrite regular files only,
/// and say what anything else is (`a named pipe (FIFO)`, `a character device`, …).
public enum FileKind: Equatable, Sendable {
  case regular, folder, fifo, characterDevice, blockDevice, socket, symbolicLink, other

  init(mode: mode_t) {
    switch mode & S_IFMT {
    case S_IFREG: self = .regular
    case S_IFDIR: self = .folder
    case S_IFIFO: self = .fifo
    case S_IFCHR: self = .characterDevice
    case S_IFBLK: self = .blockDevice
    case S_IFSOCK: self = .socket
    case S_IFLNK: self = .symbolicLink
    default: self = .other
    }
  }

  /// The kind of `path` itself (a symbolic link is not followed), or nil if it does not exist.
  public static func of(_ path: String) -> FileKind? {
    var st = stat()
    guard lstat(path, &st) == 0 else { return nil }
    return FileKind(mode: st.st_mode)
  }

  /// The kind of an open file.
  public static func of(descriptor fd: Int32) -> FileKind? {
    var st = stat()
    guard fstat(fd, &st) == 0 else { return nil }
    return FileKind(mode: st.st_mode)
  }

  /// "a named pipe (FIFO)", as a message names it.
  public var phrase: String {
    switch self {
    case .regular: "a regular file"
    case .folder: "a folder"
    case .fifo: "a named pipe (FIFO)"
    case .characterDevice: "a character device"
    case .blockDevice: "a block device"
    case .socket: "a socket"
    case .symbolicLink: "a symbolic link"
    case .other: "not a regular file"
    }
  }
}
