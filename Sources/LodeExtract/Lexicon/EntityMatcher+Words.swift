/// The words `EntityMatcher` reads around a name: region nouns, the prepositions before a
/// place, and the auxiliaries that follow a subject.
extension EntityMatcher {
  static let regionWords: WordSet = ["region", "regions", "oblast", "oblasts", "province", "provinces"]
  static let placePrepositions: WordSet = [
    "in", "from", "to", "at", "of", "near", "outside", "around", "over", "into", "for", "with", "by", "across",
    "inside",
  ]
  static let auxiliaries: WordSet = [
    "has", "have", "had", "is", "was", "will", "would", "also", "again", "did", "does", "could", "may", "might", "must",
    "should", "not", "never", "still",
  ]
}
