import Foundation

/// Maps indices to results on all cores, keeping result order. Small inputs run serially.
enum ParallelMap {
  static func map<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
    if count < 8 { return (0..<count).map(body) }
    let box = Box<T>(count)
    DispatchQueue.concurrentPerform(iterations: count) { i in
      let r = body(i)
      box.set(i, r)
    }
    return box.values.compactMap { $0 }
  }

  private final class Box<T: Sendable>: @unchecked Sendable {
    var values: [T?]
    let lock = NSLock()
    init(_ n: Int) { values = [T?](repeating: nil, count: n) }
    func set(_ i: Int, _ v: T) {
      lock.lock()
      values[i] = v
      lock.unlock()
    }
  }
}
