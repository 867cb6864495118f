/// The words `AmountExtractor` reads: currency codes and names, scales, fractions, the
/// qualifiers before an amount and the words that end the noun phrase after it.
extension AmountExtractor {
  static let codes: WordSet = ["USD", "EUR", "GBP", "UAH", "RUB", "CNY", "JPY", "CHF", "PLN", "CAD", "AUD"]
  static let currencyWords: [String: String] = [
    "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP", "pounds": "GBP",
    "hryvnia": "UAH", "hryvnias": "UAH", "hryvnas": "UAH", "hryvnya": "UAH", "ruble": "RUB", "rubles": "RUB",
    "rouble": "RUB", "roubles": "RUB", "yuan": "CNY", "yen": "JPY", "francs": "CHF",
  ]
  static let scales: [String: Int] = [
    "thousand": 3, "k": 3, "million": 6, "m": 6, "mn": 6, "mln": 6, "billion": 9, "bn": 9, "b": 9,
    "trillion": 12, "tn": 12, "trn": 12,
  ]
  /// `scales` and `currencyWords` probed with the token's hash.
  static let scaleTable = WordTable(scales)
  static let currencyTable = WordTable(currencyWords)
  static let fractionTable = WordTable(fractions)
  static let fractions: [String: (Int, Int)] = [
    "half": (1, 2), "third": (1, 3), "thirds": (1, 3), "quarter": (1, 4), "quarters": (1, 4),
    "fifth": (1, 5), "fifths": (1, 5), "tenth": (1, 10), "tenths": (1, 10), "sixth": (1, 6),
    "eighth": (1, 8),
  ]
  static let qualifiers1: WordSet = [
    "about", "approximately", "around", "nearly", "almost", "roughly", "some", "over", "under",
    "estimated", "below", "above", "just", "only", "circa", "exactly", "barely", "reportedly",
  ]
  /// Two-word qualifiers, tested on the two words before an amount by their key hashes.
  static let qualifierPairs: [(String, String)] = [
    ("more", "than"), ("less", "than"), ("fewer", "than"), ("up", "to"), ("at", "least"), ("at", "most"),
    ("an", "estimated"), ("well", "over"), ("just", "over"), ("just", "under"),
  ]
  /// The second words of `qualifierPairs`: one probe turns most amounts away.
  static let qualifierSeconds = WordSet(qualifierPairs.map(\.1))
  static let npStop: WordSet = [
    "that", "which", "who", "to", "from", "for", "by", "with", "in", "on", "at", "and", "or", "but",
    "is", "are", "was", "were", "be", "been", "would", "will", "has", "have", "had", "as", "than",
    "without", "under", "after", "before", "during", "since", "into", "over", "per", "a", "an",
    "of", "deemed", "being", "if", "while", "could", "can", "may", "might", "should", "not",
  ]
  static let irregularPlurals: WordSet = [
    "people", "children", "men", "women", "staff", "personnel", "police", "troops", "data",
  ]
  static let timeWords: WordSet = [
    "year", "years", "month", "months", "week", "weeks", "day", "days", "decade", "decades",
  ]
}
