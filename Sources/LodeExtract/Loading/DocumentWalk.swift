import LodeCore

#if canImport(Glibc)
import Glibc
#endif

/// Finds the document files (`.txt`, `.md`) under the paths given to a load, with what
/// `stat` says of each, in a deterministic order (each path's files sorted by path).
///
/// Built for any tree a user may point at, `/` included: hidden files and folders are
/// skipped, symlinks are followed but no folder is entered twice (so a symlink loop ends),
/// the special filesystems `/proc`, `/sys` and `/dev` (wherever mounted) are skipped with
/// one warning each, folders that cannot be read are reported (the first few by name), and the
/// walk stops as soon as `isCancelled` says so.
struct DocumentWalk {
  var isCancelled: @Sendable () -> Bool = { false }
  private(set) var diagnostics: [Diagnostic] = []
  private var visited = Set<Folder>()
  private var unreadable: [String] = []

  struct Folder: Hashable { let device: UInt64, inode: UInt64 }

  init(isCancelled: @escaping @Sendable () -> Bool = { false }) { self.isCancelled = isCancelled }

  /// The document files of every path (a file as given, a folder walked), or nil when cancelled.
  mutating func files(_ paths: [String]) -> [FileStamp]? {
    var out: [FileStamp] = []
    for path in paths {
      guard let (stamp, isDirectory, isRegular) = FileStamp.of(path) else {
        diagnostics.append(
          Diagnostic(
            .io, id: "extract.load.missing", "no such file or folder: \(path)", hint: "check the path", source: path))
        continue
      }
      if isDirectory {
        var found: [FileStamp] = []
        guard walk(path, stamp, into: &found) else { return nil }
        out += found.sorted { $0.path < $1.path }
      } else if isRegular {
        out.append(stamp)
      } else {
        // A pipe or device would block or never end: only regular files are documents.
        diagnostics.append(
          Diagnostic(.warning, id: "extract.load.unreadable", "skipped \(path): not a regular file", source: path))
      }
    }
    if unreadable.count > 3 {
      diagnostics.append(
        Diagnostic(
          .warning, id: "extract.load.unreadable",
          "\(unreadable.count - 3) more folders could not be read (\(unreadable[3]) …)", source: unreadable[3]))
    }
    return out
  }

  /// Adds the documents under `folder` to `found`; false when cancelled.
  private mutating func walk(_ folder: String, _ stamp: FileStamp, into found: inout [FileStamp]) -> Bool {
    if isCancelled() { return false }
    guard visited.insert(Folder(device: stamp.device, inode: stamp.inode)).inserted else { return true }
    if let kind = Self.specialFilesystem(stamp) {
      diagnostics.append(
        Diagnostic(.warning, id: "extract.load.special", "skipped \(folder): \(kind)", source: folder))
      return true
    }
    guard let dir = opendir(folder) else {
      unreadable.append(folder)
      if unreadable.count <= 3 {
        diagnostics.append(
          Diagnostic(.warning, id: "extract.load.unreadable", "cannot list folder \(folder)", source: folder))
      }
      return true
    }
    var names: [String] = []
    while let entry = readdir(dir) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      if name.isEmpty || name.hasPrefix(".") { continue }
      names.append(name)
    }
    closedir(dir)
    names.sort()  // warnings in a stable order; the files are sorted by path at the end
    let prefix = folder.hasSuffix("/") ? folder : folder + "/"
    for name in names {
      let path = prefix + name
      guard let (child, isDirectory, isRegular) = FileStamp.of(path) else { continue }
      if isDirectory {
        guard walk(path, child, into: &found) else { return false }
      } else if isRegular, Self.isDocument(name) {
        found.append(child)
      }
    }
    return true
  }

  /// `.txt` or `.md`, in any case.
  static func isDocument(_ name: String) -> Bool {
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return false }
    let ext = name[name.index(after: dot)...].lowercased()
    return ext == "txt" || ext == "md"
  }

  /// The device numbers of `/proc`, `/sys` and `/dev` where each is a filesystem of its
  /// own (not the root's): a folder on one of them holds process, kernel or device files,
  /// wherever it is mounted.
  static let specialDevices: [(device: UInt64, name: String)] = {
    guard let root = FileStamp.of("/") else { return [] }
    return ["/proc", "/sys", "/dev"].compactMap { path in
      guard let s = FileStamp.of(path), s.0.device != root.0.device else { return nil }
      return (s.0.device, path)
    }
  }()

  /// Which special filesystem the folder with this stamp is on, or nil for an ordinary one.
  static func specialFilesystem(_ stamp: FileStamp) -> String? {
    specialDevices.first { $0.device == stamp.device }.map { "the system's \($0.name) (not documents)" }
  }
}
