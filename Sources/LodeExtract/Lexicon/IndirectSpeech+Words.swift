/// The words `IndirectSpeech` reads: the prepositions that make a cue word a noun, the verbs
/// whose report is a clause, and the words that end or start the reported words.
extension IndirectSpeech {
  /// Prepositions before which a cue word is a noun ("fired over comments", "a wave of claims").
  static let nounPrepositions: WordSet = [
    "over", "about", "of", "for", "with", "by", "amid", "despite", "following", "from",
  ]
  /// Verbs whose report is a clause ("said the deal was ready"), not a noun phrase.
  static let clauseVerbs: WordSet = [
    "say", "says", "said", "tell", "tells", "told", "claim", "claims", "claimed", "argue", "argues", "argued",
    "insist", "insists", "insisted", "warn", "warns", "warned", "suggest", "suggests", "suggested", "predict",
    "predicts", "predicted", "assert", "asserts", "asserted", "stated", "admit", "admits", "admitted",
    "acknowledge", "acknowledges", "acknowledged", "confirm", "confirms", "confirmed", "announce", "announces",
    "announced", "deny", "denies", "denied", "allege", "alleges", "alleged", "stress", "stresses", "stressed",
  ]
  /// Words that end the noun phrase a verb reports: punctuation or a new clause.
  static let objectStops: WordSet = [
    "but", "while", "although", "though", "because", "after", "before", "as", "when", "since", "until", "which",
    "who", "whereas", "yet",
  ]
  static let clauseStarters: WordSet = [
    "the", "a", "an", "it", "he", "she", "they", "we", "i", "there", "this", "his", "her", "its",
    "their", "our", "no", "some", "all", "most",
  ]
}
