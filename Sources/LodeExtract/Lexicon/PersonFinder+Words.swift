/// The words `PersonFinder` reads: the suffixes that end a name.
extension PersonFinder {
  static let suffixes: WordSet = ["jr", "sr", "ii", "iii", "iv"]
}
