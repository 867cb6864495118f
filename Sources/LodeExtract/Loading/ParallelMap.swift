import Foundation

/// Maps indices to results on all cores, keeping result order, reporting progress as
/// (done, total) every few items. Small inputs run serially.
public enum ParallelMap {
  public static func map<T: Sendable>(
    _ count: Int, progress: (@Sendable (Int, Int) -> Void)? = nil, _ body: @Sendable (Int) -> T
  ) -> [T] {
    if count < 8 {
      return (0..<count).map { i in
        let r = body(i)
        progress?(i + 1, count)
        return r
      }
    }
    let box = Box<T>(count)
    DispatchQueue.concurrentPerform(iterations: count) { i in
      let r = body(i)
      let done = box.set(i, r)
      if let progress, done % 64 == 0 || done == count { progress(done, count) }
    }
    return box.values.compactMap { $0 }
  }

  /// Like `map`, but each item first asks `isCancelled`: once it says yes the remaining
  /// items are skipped and the result is nil.
  public static func map<T: Sendable>(
    _ count: Int, progress: (@Sendable (Int, Int) -> Void)? = nil, isCancelled: @escaping @Sendable () -> Bool,
    _ body: @Sendable (Int) -> T
  ) -> [T]? {
    let results = map(count, progress: progress) { i -> T? in isCancelled() ? nil : body(i) }
    if isCancelled() { return nil }
    let done = results.compactMap { $0 }
    return done.count == count ? done : nil
  }

  private final class Box<T: Sendable>: @unchecked Sendable {
    var values: [T?]
    var done = 0
    let lock = NSLock()
    init(_ n: Int) { values = [T?](repeating: nil, count: n) }
    func set(_ i: Int, _ v: T) -> Int {
      lock.lock()
      defer { lock.unlock() }
      values[i] = v
      done += 1
      return done
    }
  }
}
