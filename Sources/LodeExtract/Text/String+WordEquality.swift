extension String {
  /// `self == word`, deciding most mismatches on the UTF-8 length (O(1) for small and
  /// literal strings) before Swift's out-of-line string comparison runs.
  @inline(__always) func eq(_ word: String) -> Bool {
    utf8.count == word.utf8.count && self == word
  }
}
