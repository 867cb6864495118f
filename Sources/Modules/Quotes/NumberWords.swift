/// Cardinal number words read as numerals, so a fragment and a quote compare the same
/// number however each writes it: "ten generations" and "10 generations" both become
/// `10 generations`, "twenty-five" becomes `25`, "1,000" and "one thousand" `1000`.
///
/// Works on folded words (lowercase, no punctuation). A run of number words is one
/// number ("two hundred fifty" → 250; "and" inside a run is skipped, as in "one hundred
/// and five"); anything else is left alone.
enum NumberWords {
  static let small: [String: Int] = [
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
  ]
  static let scales: [String: Int] = [
    "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
  ]

  /// The words with every run of number words replaced by its numeral.
  static func numerals(_ words: [String]) -> [String] {
    var out: [String] = []
    var i = 0
    while i < words.count {
      guard isNumberWord(words[i]) else {
        out.append(words[i])
        i += 1
        continue
      }
      var total = 0
      var current = 0
      while i < words.count {
        let w = words[i]
        if let v = small[w] {
          current += v
        } else if w == "hundred" {
          current = max(current, 1) * 100
        } else if let s = scales[w] {
          total += max(current, 1) * s
          current = 0
        } else if w == "and", i + 1 < words.count, isNumberWord(words[i + 1]), i > 0,
          words[i - 1] == "hundred" || scales[words[i - 1]] != nil
        {
          // "one hundred and five": part of the number
        } else {
          break
        }
        i += 1
      }
      out.append(String(total + current))
    }
    return out
  }

  static func isNumberWord(_ w: String) -> Bool {
    small[w] != nil || w == "hundred" || scales[w] != nil
  }

  /// Drops the thousands separators of numerals written with commas ("1,000" → "1000"),
  /// so the digits stay one word when the text is split at punctuation.
  static func joinDigitGroups(_ s: String) -> String {
    let chars = Array(s)
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for (i, c) in chars.enumerated() {
      if c == ",", i > 0, chars[i - 1].isNumber, i + 3 < chars.count,
        chars[(i + 1)...(i + 3)].allSatisfy(\.isNumber),
        i + 4 == chars.count || !chars[i + 4].isNumber
      {
        continue
      }
      out.append(c)
    }
    return out
  }
}
