extension String {
  /// The text without leading and trailing blanks (tab and Unicode space separators) —
  /// what `trimmingCharacters(in: .whitespaces)` gives, without bridging through NSString
  /// on every line the shell runs.
  var trimmingBlanks: String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.isBlank }) else { return "" }
    guard let last = scalars.lastIndex(where: { !$0.isBlank }) else { return "" }
    return String(Substring(scalars[first...last]))
  }
}

extension Unicode.Scalar {
  /// Tab or a space separator (General Category Zs), as `CharacterSet.whitespaces` has it.
  var isBlank: Bool { self == "\t" || properties.generalCategory == .spaceSeparator }
}
