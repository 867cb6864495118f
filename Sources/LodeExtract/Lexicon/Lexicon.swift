/// Closed word lists the extraction rules rely on (folded, lowercase keys).
///
/// Kept in one place so rules read as rules and the lists can grow without touching them.
public enum Lexicon {
  /// Verbs that introduce speech, in all the forms news writing uses.
  public static let speechVerbs: Set<String> = expand([
    "say", "tell", "add", "note", "ask", "write", "insist", "argue", "warn", "explain",
    "declare", "announce", "tweet", "continue", "remark", "reply", "respond", "urge",
    "claim", "recall", "acknowledge", "stress", "emphasise", "emphasize", "observe", "comment",
    "concede", "predict", "suggest", "caution", "complain", "admit", "vow", "pledge", "promise", "bemoan",
    "counter", "joke", "quip", "lament", "conclude", "demand", "reiterate", "agree", "assert",
    "maintain", "contend", "confirm", "deny", "dispute", "mention", "underline", "decry",
    "underscore", "describe", "call", "signal", "tout", "boast", "scoff", "retort", "plead",
    "exclaim", "whisper", "shout", "testify", "allege", "affirm", "reaffirm", "recount",
    "reject", "dismiss", "echo", "email",
  ]).union([
    "stated", "stating", "posted", "reported", "pointed", "said", "told", "wrote", "written", "saying", "telling",
    "writing", "stating", "noting", "adding",
    "according", "admitted", "admitting", "quipped", "emphasised", "put",
  ])

  /// Verbs that attribute a quotation but make no event of their own ("…," Roe barked).
  public static let quoteCues: Set<String> = expand([
    "bark", "beam", "opine", "assure", "remember", "riff", "exhort", "react", "scold", "concur", "quip", "charge",
    "mock", "blast", "slam", "tease", "taunt", "brag", "gripe", "grouse", "fret", "speculate", "surmise", "laugh",
    "hail", "laud", "applaud", "repeat", "summarize", "summarise", "elaborate", "clarify", "interrupt", "jab",
    "needle", "snipe", "hiss", "cheer", "implore", "beg", "text", "caution", "enthuse", "rave", "grumble", "answer",
    "fume", "retaliate", "proclaim", "snap", "gush", "muse", "chime",
    "interject", "thunder", "yell", "scream", "cry", "chant", "sneer", "rail", "marvel", "wonder", "read",
  ]).union(["reads", "cried"])

  /// Verbs that report speech without quoting it (X announced that …, X disputed …).
  public static let indirectVerbs: Set<String> = expand([
    "announce", "dispute", "deny", "say", "claim", "insist", "warn", "argue", "confirm",
    "reject", "dismiss", "reaffirm", "acknowledge", "stress", "suggest", "admit", "predict",
    "pledge", "vow", "promise", "tell", "assert", "allege", "demand", "propose", "urge", "signal",
    "accuse", "criticise", "criticize", "praise", "call",
  ]).union(["said", "told", "stated"])

  /// Action verbs that make a sentence an event when a known actor is their subject.
  public static let actionVerbs: Set<String> = expand([
    "sign", "meet", "visit", "agree", "reject", "propose", "approve", "ratify", "launch",
    "publish", "pause", "halt", "resume", "offer", "accept", "send", "receive", "hold", "host",
    "travel", "leave", "arrive", "open", "close", "win", "lose", "raise", "cut", "lift",
    "impose", "seek", "present", "submit", "vote", "pass", "adopt", "block", "suspend",
    "threaten", "attack", "capture", "occupy", "withdraw", "invest", "hand", "discuss",
    "negotiate", "conclude", "finalise", "finalize", "establish", "create", "begin", "start",
    "end", "want", "need", "give", "provide", "request", "hire", "recommend",
  ]).union(speechVerbs).union(indirectVerbs).union([
    "met", "sent", "held", "won", "lost", "began", "gave", "sought", "cut", "planned", "plans",
    "planning", "submitted", "admitted", "signed",
  ])

  /// Words that mark a sentence as being about the future.
  public static let futureMarkers: Set<String> = [
    "will", "shall", "'ll", "would", "scheduled", "due", "expected", "plans", "planned", "planning",
    "upcoming", "next", "intends", "aims", "going", "may",
  ]

  /// Titles and roles that precede a name ("Prime Minister Denys Shmyhal", "analyst Jane Roe").
  public static let titles: Set<String> = [
    "president", "minister", "secretary", "senator", "sen", "rep", "representative", "governor",
    "gov", "mayor", "mr", "mrs", "ms", "dr", "gen", "general", "lt", "col", "colonel", "maj",
    "major", "capt", "captain", "adm", "admiral", "ambassador", "chancellor", "speaker",
    "chairman", "chairwoman", "chair", "spokesman", "spokeswoman", "spokesperson", "adviser",
    "advisor", "analyst", "economist", "professor", "prof", "director", "chief", "lawmaker",
    "mp", "envoy", "commissioner", "deputy", "official", "ceo", "premier", "king", "queen",
    "judge", "sgt", "sergeant", "lieutenant", "geologist", "researcher", "executive", "founder",
    "head", "leader", "negotiator", "diplomat", "congressman", "congresswoman", "vice",
    "prosecutor", "attorney", "counsel", "editor", "correspondent", "reporter", "expert",
    "strategist", "consultant", "manager", "dean", "mep", "lawyer", "pm", "fm",
  ]

  /// Titles that tell the pronoun.
  public static let feminineTitles: Set<String> = [
    "mrs", "ms", "miss", "madam", "spokeswoman", "chairwoman", "congresswoman", "queen",
    "businesswoman",
  ]
  public static let masculineTitles: Set<String> = [
    "mr", "sir", "spokesman", "chairman", "congressman", "king", "businessman",
  ]

  /// Abbreviations after which a full stop does not end a sentence.
  public static let abbreviations: WordSet = [
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "adm", "sgt", "sen",
    "rep", "gov", "rev", "st", "jr", "sr", "hon", "gen", "cmdr", "brig", "supt", "insp", "fr",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "no", "nos", "vs", "approx", "est", "inc", "corp", "ltd", "co", "dept", "univ", "vol",
    "fig", "ft", "mt", "e.g", "i.e", "cf", "al",
  ]

  /// Words that open a new sentence after an ambiguous full stop ("… the U.S. The …").
  public static let sentenceStarters: WordSet = [
    "the", "a", "an", "it", "he", "she", "they", "we", "i", "but", "and", "in", "on", "this",
    "that", "these", "those", "there", "his", "her", "their", "its", "our", "according",
    "however", "meanwhile", "yet", "after", "before", "while", "when", "as", "if", "still",
    "also", "at", "for", "with", "some", "many", "most", "both", "earlier", "later",
  ]

  public static let months: [String: Int] = [
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
  ]

  /// Monday = 1 … Sunday = 7 (ISO).
  public static let weekdays: [String: Int] = [
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
    "sunday": 7,
  ]

  public static let pronouns: [String: String?] = [
    "he": "he", "she": "she", "they": nil, "him": "he", "her": "she",
  ]

  /// Small number words used in counts ("ten generations").
  public static let numberWords: [String: Int] = [
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "dozen": 12, "dozens": 24,
  ]

  /// Words that cannot start or be part of a person's name.
  public static let notNames: Set<String> = [
    "the", "a", "an", "and", "or", "but", "in", "on", "at", "of", "for", "to", "by", "with",
    "from", "he", "she", "it", "they", "we", "i", "you", "his", "her", "their", "our", "this",
    "that", "these", "those", "there", "here", "according", "however", "meanwhile", "president",
    "minister", "ukrainian", "russian", "american", "european", "western", "eastern", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
    "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "said", "says", "yet", "while", "when", "after", "before", "if", "as", "also",
    "both", "despite", "additional", "concluding", "discussions", "realistically", "every",
    "with", "rare", "efforts", "earlier", "later", "last", "next", "today", "yesterday",
    "ministry", "government", "office", "parliament", "agency", "department", "committee",
    "council", "court", "service", "news", "times", "post", "journal", "group", "bank",
    "union", "company", "fund", "corporation", "institute", "university", "party", "army",
    "forces", "state", "states", "republic", "kingdom", "federation", "oblast", "region",
    "city", "street", "sea", "river", "house", "senate", "congress", "white", "oval",
  ]

  static func expand(_ bases: [String]) -> Set<String> {
    var out: Set<String> = []
    for b in bases {
      out.insert(b)
      out.insert(
        b.hasSuffix("e") ? b + "s" : (b.hasSuffix("y") && !b.hasSuffix("ay") ? String(b.dropLast()) + "ies" : b + "s"))
      if b.hasSuffix("e") {
        out.insert(b + "d")
        out.insert(String(b.dropLast()) + "ing")
      } else if b.hasSuffix("y"), !b.hasSuffix("ay") {
        out.insert(String(b.dropLast()) + "ied")
        out.insert(b + "ing")
      } else {
        out.insert(b + "ed")
        out.insert(b + "ing")
      }
    }
    return out
  }
}
