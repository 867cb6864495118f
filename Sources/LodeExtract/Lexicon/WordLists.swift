/// Small closed word lists the stages test tokens against, built once as `WordSet`s (a
/// literal array at the call site would be allocated and hashed on every test).
enum WordLists {
  static let articles: WordSet = ["a", "an", "the"]
  static let determiners: WordSet = ["a", "an", "the", "his", "her", "its", "their"]
  static let nounMarkers: WordSet = ["a", "an", "the", "his", "her", "its", "their", "our", "this", "that"]
  static let sayVerbs: WordSet = ["said", "says", "told", "added", "wrote", "asked"]
  static let clauseLinks: WordSet = ["but", "and", "however", "meanwhile", "still", "yet"]
  static let aOrOne: WordSet = ["a", "one"]
  static let numberSigns: WordSet = ["no", "nos", "#", "number"]
  static let ofInFor: WordSet = ["of", "in", "for"]
  static let notPastVerbs: WordSet = ["need", "speed", "seed", "breed"]
  static let ordinalSuffixes: WordSet = ["st", "nd", "rd", "th"]
  static let earlierLater: WordSet = ["earlier", "later"]
  /// Spellings, compared case included (`contains(text:)`).
  static let usPrefixes: WordSet = ["US", "U.S."]
  static let closingMarks: WordSet = [".", "!", "?", ")"]
}
