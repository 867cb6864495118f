/// The words `QuoteAttributor` reads: the verbs that attribute a quotation with a particle,
/// the verbs that issue or report a document, the small words a title leaves in lower case,
/// and the verbs of calling and nouns of words said aloud before a quotation that is no speech.
extension QuoteAttributor {
  // Cues (QuoteAttributor+Cues).
  /// Verbs that attribute a quotation with a particle after them: "shot back", "lashed out",
  /// "points out", "went on", "chimed in".
  static let backCues: WordSet = [
    "shot", "fired", "hit", "lashed", "shoots", "fires", "hits", "lashes", "point", "points", "went", "goes",
    "chimed", "chimes",
  ]
  static let continueForms: WordSet = ["continue", "continues", "continued", "continuing"]

  // Written and reported sources (QuoteAttributor+Nesting).
  /// Verbs that issue a document: `issued a statement`, `put out a release`, `sent an email`.
  static let issuingVerbs: WordSet = [
    "issued", "issues", "issue", "released", "releases", "release", "sent", "sends", "put", "puts", "posted",
    "posts", "published", "publishes", "circulated", "distributed", "emailed", "tweeted",
  ]
  /// Verbs by which an outlet reports what someone said (`, the Times reported`).
  static let reportVerbs: WordSet = ["reported", "reports", "report", "reporting"]

  // Titles, labels and named words (QuoteAttributor+Labels).
  /// Small words a title leaves in lower case ("Planet of the Apes").
  static let titleWords: WordSet = [
    "of", "the", "a", "an", "and", "or", "for", "in", "on", "to", "at", "with", "by", "from",
  ]
  /// Verbs of calling: someone gives what follows as the name they use ("so-called" is one
  /// word and no verb, the scare quote's own marker).
  static let callingVerbs: WordSet = [
    "called", "calls", "calling", "dubbed", "labeled", "labelled", "nicknamed", "branded",
  ]
  /// Nouns of words said aloud: a chant, a slogan, a cry ("chants of \"…\"", "his slogan, \"…\"").
  static let speechNouns: WordSet = [
    "chant", "chants", "chanting", "slogan", "slogans", "motto", "cry", "cries", "shouts",
  ]
}
