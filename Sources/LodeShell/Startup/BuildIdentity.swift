#if canImport(Glibc)
import Glibc
#endif

/// The running executable's GNU build id (a hash of its contents the linker writes into
/// an ELF note), read from `/proc/self/exe`: whatever is cached under it was produced by
/// exactly this code and these bundled seeds. Nil where there is none (then no caching).
enum BuildIdentity {
  static let current: String? = read(path: "/proc/self/exe")

  static func read(path: String) -> String? {
    #if os(Linux)
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    guard let header = bytes(fd, at: 0, count: 64), header.count == 64,
      header[0] == 0x7F, header[1] == 0x45, header[2] == 0x4C, header[3] == 0x46,
      header[4] == 2, header[5] == 1
    else { return nil }
    let phoff = Int(word(header, 0x20, 8))
    let phentsize = Int(word(header, 0x36, 2))
    let phnum = Int(word(header, 0x38, 2))
    guard phentsize >= 56, phnum > 0, phnum < 256,
      let table = bytes(fd, at: phoff, count: phentsize * phnum)
    else { return nil }
    for i in 0..<phnum {
      let ph = Array(table[(i * phentsize)..<(i * phentsize + 56)])
      guard word(ph, 0, 4) == 4 else { continue }  // PT_NOTE
      let size = min(Int(word(ph, 32, 8)), 1 << 16)
      guard let notes = bytes(fd, at: Int(word(ph, 8, 8)), count: size),
        let id = buildID(in: notes)
      else { continue }
      return id
    }
    #endif
    return nil
  }

  /// The hex descriptor of the `NT_GNU_BUILD_ID` note among `notes`.
  static func buildID(in notes: [UInt8]) -> String? {
    var p = 0
    while p + 12 <= notes.count {
      let namesz = Int(word(notes, p, 4))
      let descsz = Int(word(notes, p + 4, 4))
      let type = word(notes, p + 8, 4)
      let desc = p + 12 + ((namesz + 3) & ~3)
      guard desc + descsz <= notes.count else { return nil }
      if type == 3, namesz == 4, Array(notes[(p + 12)..<(p + 15)]) == [0x47, 0x4E, 0x55], descsz >= 8 {
        return hex(notes[desc..<(desc + descsz)])
      }
      p = desc + ((descsz + 3) & ~3)
    }
    return nil
  }

  /// Lower-case hex digits of `bytes`, written as ASCII in one buffer (start-up: formatting
  /// each byte with `String(_:radix:)` and joining cost more than reading the file).
  static func hex(_ bytes: ArraySlice<UInt8>) -> String {
    let digits: [UInt8] = Array("0123456789abcdef".utf8)
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count * 2)
    for b in bytes {
      out.append(digits[Int(b >> 4)])
      out.append(digits[Int(b & 0xF)])
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// A little-endian unsigned value of `size` bytes at `offset`.
  static func word(_ b: [UInt8], _ offset: Int, _ size: Int) -> UInt64 {
    var v: UInt64 = 0
    for k in 0..<size where offset + k < b.count { v |= UInt64(b[offset + k]) << (8 * UInt64(k)) }
    return v
  }

  #if os(Linux)
  private static func bytes(_ fd: Int32, at offset: Int, count: Int) -> [UInt8]? {
    guard offset >= 0, count > 0 else { return nil }
    var out = [UInt8](repeating: 0, count: count)
    let n = out.withUnsafeMutableBytes { pread(fd, $0.baseAddress, count, off_t(offset)) }
    return n == count ? out : nil
  }
  #endif
}
