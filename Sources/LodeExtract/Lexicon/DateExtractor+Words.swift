/// The words `DateExtractor` reads: the prepositions and determiners around a date, the words
/// that make a number no year, the tense cues of a clause, the period and season context
/// words, and the month, weekday and ordinal tables probed with a token's key hash. The words
/// a period is anchored on are `DatePeriodWord`'s.
extension DateExtractor {
  // Around a date (DateExtractor).
  static let yearPrepositions: WordSet = [
    "in", "since", "by", "until", "till", "of", "from", "through", "during", "before", "after",
    "early", "late", "mid", "around", "for", "to", "between", "and", "spring", "summer", "autumn",
    "fall", "winter", "due",
  ]
  static let monthPrepositions: WordSet = [
    "in", "since", "by", "until", "till", "of", "from", "through", "during", "before", "after",
    "early", "late", "mid", "last", "next", "this", "on", "to", "between", "and", "end",
    "the", "a", "an", "its", "their", "for", "that", "or", "as",
  ]
  static let approxWords: WordSet = ["early", "late", "mid", "around", "circa"]
  static let scaleOrUnit: WordSet = ["million", "billion", "trillion", "bn", "m", "tn", "percent", "per"]
  /// Month and weekday numbers probed with a token's key hash.
  static let monthTable = WordTable(Lexicon.months)
  static let weekdayTable = WordTable(Lexicon.weekdays)

  // Years and what is no year (DateYears).
  static let countNouns: WordSet = [
    "people", "men", "women", "children", "feet", "foot", "police", "personnel", "staff", "cattle", "yen", "won",
    "yuan", "metres", "meters", "kilometres", "miles", "tonnes", "tons", "acres", "hectares", "of", "to", "and",
    "or", "more", "less", "fewer", "than", "other", "out", "per",
  ]
  static let notAfterYear: WordSet = ["a", "an", "the", "is", "was", "be", "are", "were", "had", "has"]
  /// "in his 30s" is an age.
  static let agePossessives: WordSet = ["his", "her", "their", "my", "your", "our", "its", "early", "late", "mid"]
  static let currencySigns: Set<Unicode.Scalar> = ["$", "€", "£", "₴", "¥"]
  static let yearDeterminers: WordSet = [
    "a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "each", "every", "fiscal", "fy",
    "calendar", "year", "late", "early", "mid", "or", "as", "over",
  ]
  static let countWords: WordSet = [
    "than", "about", "nearly", "almost", "some", "only", "just", "approximately", "roughly", "total",
    "additional", "another", "all", "least", "most", "number", "no", "numbered", "flight", "route",
  ]

  // Named days, "the year", spoken years (DateNamedDays).
  static let partsOfDay: WordSet = ["morning", "afternoon", "evening", "night"]
  static let theYearPrepositions: WordSet = [
    "for", "in", "during", "of", "through", "throughout", "over", "by", "until", "into",
  ]
  static let notTheYear: WordSet = [
    "before", "after", "earlier", "later", "ago", "when", "that", "which", "since", "following", "in", "to", "of",
    "he", "she", "they", "we", "it", "i", "prior", "previous",
  ]
  static let tensWords: [String: Int] = [
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
  ]

  // Spoken days (DateSpokenDays).
  /// "twenty-third" → 23; ordinal words for the days of a month.
  static let dayOrdinals: WordTable = {
    let units = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
    let teens = [
      "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
      "nineteenth",
    ]
    var w: [String: Int] = ["twentieth": 20, "thirtieth": 30, "thirty-first": 31]
    for (k, u) in units.enumerated() {
      w[u] = k + 1
      w["twenty-" + u] = 21 + k
    }
    for (k, t) in teens.enumerated() { w[t] = 10 + k }
    return WordTable(w)
  }()

  // A clause's tense (DateTense).
  static let comingWords: WordSet = [
    "coming", "upcoming", "effective", "starting", "must", "should", "soon", "expects", "expect", "hopes", "hope",
  ]
  static let scheduledPresent: WordSet = [
    "meet", "meets", "begin", "begins", "opens", "resume", "resumes", "arrive", "arrives", "convene", "convenes",
    "reconvene", "reconvenes", "depart", "departs", "starts",
  ]
  static let beforeBareVerb: WordSet = ["did", "didn't", "not", "never", "could", "couldn't", "would", "might"]
  static let subjectPronouns: WordSet = ["he", "she", "it", "they", "we", "i", "you", "who", "which"]
  static let clauseOpeners: WordSet = [
    "on", "in", "at", "by", "since", "until", "from", "during", "early", "late", "mid", "the", "last", "this",
    "next", "and", "but", "then", "also", "as", "of", "about", "around", "before", "after", "-",
  ]
  /// Words that follow a verb rather than a participle used as an adjective.
  static let functionWords: WordSet = [
    "the", "a", "an", "that", "to", "in", "on", "at", "by", "for", "with", "from", "its", "their", "his", "her",
    "it", "them", "him", "us", "me", "you", "up", "out", "off", "down", "back", "over", "into", "as", "and", "or",
    "but", "last", "this", "next", "about", "after", "before", "since", "more", "until", "earlier", "later",
    "yesterday", "today", "tomorrow", "early", "late", "during", "through", "against", "also", "not", "only",
    "some", "all", "no", "there", "here", "again", "away", "what", "which", "who", "when", "how", "why",
  ]
  static let determiners: WordSet = [
    "the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "our",
  ]
  static let presentAuxiliaries: WordSet = ["is", "are", "am", "being", "to", "get", "gets"]
  static let irregularPast: WordSet = [
    "said", "told", "met", "was", "were", "wrote", "spoke", "gave", "took", "made", "went", "came",
    "held", "sent", "won", "lost", "began", "left", "saw", "put", "did", "had", "rose", "fell",
    "ran", "paid", "sold", "bought", "brought", "thought", "found", "knew", "became", "struck",
    "fought", "led", "read", "heard", "kept", "felt", "shot", "hit", "quit", "stood", "broke", "chose",
  ]
  /// Words in "-ed" that are no past tense.
  static let notPast: WordSet = [
    "succeed", "proceed", "exceed", "indeed", "embed", "hundred", "kindred", "naked", "wicked", "sacred",
    "hatred", "sled", "shred", "bleed", "steed", "greed", "tweed", "unrelated", "related", "limited",
    "united", "interested", "concerned", "based",
  ]

  // Periods and vague references (DatePeriods).
  static let yearEndPrepositions: WordSet = [
    "by", "at", "around", "before", "until", "till", "after", "near", "toward", "towards", "through",
  ]
  static let modals: WordSet = ["may", "might", "could", "will", "would", "should", "can", "must", "shall"]
  static let notBeforeSoon: WordSet = ["as", "so", "too", "how", "very", "not"]
  static let notAfterSoon: WordSet = ["as", "after", "afterwards", "afterward", "thereafter", "enough"]
  /// Plural period nouns after "recent", "future", "past" ("recent years").
  static let periodPlurals: WordSet = ["years", "months", "weeks", "days", "decades", "quarters", "times"]

  // Quarters and halves (DateCalendarPeriods).
  static let notAfterPeriod: WordSet = [
    "from", "between", "when", "since", "to", "that", "which", "in", "during", "before", "after", "until", "of",
  ]
  static let notHalfOfYear: WordSet = [
    "hour", "hours", "point", "points", "percent", "dozen", "mile", "miles", "time", "inning", "century", "decade",
  ]
  static let quarterDeterminers: WordSet = [
    "the", "this", "that", "its", "their", "last", "latest", "previous", "preceding", "prior", "current",
    "next", "coming", "recent", "most", "same", "comparable",
  ]

  // Seasons (DateSeasons).
  static let afterFallNoun: WordSet = ["in", "of", "to", "from", "by", "on", "was", "is", "has", "had", "came"]
  static let seasonModifiers: WordSet = [
    "last", "this", "next", "the", "past", "early", "late", "mid", "in", "during", "until", "by", "since", "coming",
  ]

  // "the end of the month", "later in the day", "several years ago" (DateUnitNouns).
  static let partWords: WordSet = ["end", "beginning", "start", "middle", "close"]
  static let pluralUnits: WordSet = ["years", "months", "weeks", "days", "decades"]
  static let vagueCounts: WordSet = ["several", "few", "couple", "some", "many"]

  // Relative dates and weekdays (RelativeDates).
  /// Nouns after "today's" that are that day's ("today's meeting"), not the present's.
  static let dayNouns: WordSet = [
    "meeting", "meetings", "talks", "vote", "session", "summit", "hearing", "announcement", "decision", "signing",
    "deadline", "statement", "speech", "visit", "report", "news", "edition", "ceremony", "rally", "trading",
    "attack", "strike", "election", "debate", "call", "briefing", "conference", "agreement", "deal",
  ]
  static let pastFollowers: WordSet = [
    "and", "or", "but", "when", "as", "because", "is", "was", "has", "had", "to", "that", "in",
  ]

  // Ranges (DateRanges).
  static let rangeWords: WordSet = ["to", "through", "until", "till"]
}
