/// Keeps the `capacity` smallest elements seen, by a strict total order, in O(log capacity)
/// per insertion: the heart of top-N (`sort … | limit N`) without sorting every row.
///
/// A max-heap: the root is the largest kept element, the first to go when a smaller arrives.
struct BoundedHeap<Element> {
  let capacity: Int
  private let less: (Element, Element) -> Bool
  private var items: [Element] = []

  init(capacity: Int, by less: @escaping (Element, Element) -> Bool) {
    self.capacity = max(0, capacity)
    self.less = less
    items.reserveCapacity(self.capacity)
  }

  mutating func insert(_ x: Element) {
    if items.count < capacity {
      items.append(x)
      siftUp(items.count - 1)
    } else if capacity > 0, less(x, items[0]) {
      items[0] = x
      siftDown(0)
    }
  }

  /// The kept elements, smallest first.
  func sorted() -> [Element] { items.sorted(by: less) }

  private mutating func siftUp(_ start: Int) {
    var child = start
    while child > 0 {
      let parent = (child - 1) / 2
      guard less(items[parent], items[child]) else { return }
      items.swapAt(parent, child)
      child = parent
    }
  }

  private mutating func siftDown(_ start: Int) {
    var parent = start
    let n = items.count
    while true {
      let left = 2 * parent + 1
      guard left < n else { return }
      var largest = left
      if left + 1 < n, less(items[left], items[left + 1]) { largest = left + 1 }
      guard less(items[parent], items[largest]) else { return }
      items.swapAt(parent, largest)
      parent = largest
    }
  }
}
