#if canImport(Glibc)
import Glibc
#endif

/// Gives the memory a large load freed back to the system. glibc keeps freed blocks in each
/// thread's malloc arena, so after extracting on all cores the process stays as large as
/// its busiest moment, and whatever is built next (a decoded table) adds to that. Found at
/// run time (`malloc_trim` is glibc's, not in Swift's Glibc module); elsewhere a no-op.
enum MemoryTrim {
  private typealias Trim = @convention(c) (Int) -> Int32

  private static let trim: Trim? = {
    #if canImport(Glibc)
    guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return nil }
    return unsafeBitCast(symbol, to: Trim.self)
    #else
    return nil
    #endif
  }()

  /// Returns every free page of every arena to the system.
  static func now() { _ = trim?(0) }
}
