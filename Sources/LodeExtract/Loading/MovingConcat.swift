/// Concatenates many arrays by moving their elements (a memory copy) instead of copying
/// them: no retain of every string now and release later, which on a large corpus means a
/// cache miss per string. Each source array is left holding `placeholder` values.
enum MovingConcat {
  static func concatenate<T>(_ count: Int, placeholder: T, _ part: (Int, (inout [T]) -> Void) -> Void) -> [T] {
    var total = 0
    for i in 0..<count { part(i) { total += $0.count } }
    return [T](unsafeUninitializedCapacity: total) { dst, initialized in
      var o = 0
      for i in 0..<count {
        part(i) { source in
          source.withUnsafeMutableBufferPointer { src in
            guard let from = src.baseAddress, let to = dst.baseAddress, o + src.count <= total else { return }
            (to + o).moveInitialize(from: from, count: src.count)
            from.initialize(repeating: placeholder, count: src.count)
            o += src.count
          }
        }
      }
      initialized = o
    }
  }
}
