import LodeCore

extension Corpus {
  /// A deterministic hash of the documents (ids and texts, in order), so a saved session
  /// can tell whether it is replayed against the same corpus. 16 hex digits (FNV-1a, 64 bit).
  public var fingerprint: String {
    var h = FNV1a()
    for d in documents {
      h.add(d.id)
      h.add("\u{0}")
      h.add(d.text)
      h.add("\u{1}")
    }
    return h.hex
  }
}
