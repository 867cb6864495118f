/// The words `SubjectFinder` reads: the words it skips to find a sentence's subject, the
/// openers and prepositions of an opening phrase, the nouns of a person's description, and
/// the nouns, stops and pronouns of a written or organisational source.
extension SubjectFinder {
  // A sentence's subject (SubjectFinder).
  static let skippable: WordSet = [
    "also", "then", "later", "again", "once", "has", "have", "had", "was", "is", "were", "are",
    "who", "which", "would", "will", "did", "does", "do", "had", "reportedly", "but", "and",
    "previously", "subsequently", "further", "now", "just", "recently", "earlier", "has", "been",
    "publicly", "privately", "repeatedly", "firmly", "not", "never", "even", "still", "all",
  ]
  /// Words that open an appositive or relative clause after a comma.
  static let clauseStarts: WordSet = ["a", "an", "the", "who", "which"]
  static let openers: WordSet = [
    "in", "on", "at", "after", "before", "during", "with", "despite", "following", "since", "while",
    "when", "as", "amid", "for", "from", "under", "speaking", "asked", "earlier", "later",
  ]

  // Opening phrases (SubjectFinder+Openings).
  static let prepositions: WordSet = [
    "in", "to", "of", "for", "from", "with", "by", "at", "on", "against", "into", "about", "over", "entering",
    "behind", "toward", "towards", "than", "between", "among",
  ]

  // Descriptions (SubjectFinder+Descriptions).
  /// Nouns that describe a person by role, for descriptions that refer back to a name.
  static let roleNouns: WordSet = [
    "senator", "president", "governor", "candidate", "nominee", "leader", "lawmaker", "congressman",
    "congresswoman", "mogul", "businessman", "businesswoman", "magnate", "tycoon", "billionaire",
    "activist", "delegate", "chairman", "chairwoman", "speaker", "spokesman", "spokeswoman", "minister",
    "frontrunner", "front-runner", "hopeful", "contender", "mayor", "premier", "chancellor", "envoy",
    "republican", "democrat", "donor", "host", "secretary", "adviser", "advisor", "prosecutor", "judge",
    "ambassador", "general", "commander", "founder", "owner", "diplomat", "negotiator", "lawyer",
    "attorney", "economist", "columnist", "star", "veteran", "entrepreneur", "investor",
  ]
  /// Nouns that can head a speaker description ("a senior official", "the ministry").
  static let speakerNouns: WordSet = [
    "official", "officials", "spokesman", "spokeswoman", "spokesperson", "minister", "ministry",
    "government", "analyst", "analysts", "expert", "experts", "source", "sources", "statement",
    "report", "reports", "lawmaker", "lawmakers", "diplomat", "diplomats", "adviser", "advisers",
    "advisor", "aide", "aides", "daily", "newspaper", "agency", "president", "leader", "leaders",
    "company", "office", "committee", "embassy", "administration", "kremlin", "military", "army",
    "survey", "study", "executive", "executives", "investor", "investors", "residents", "observers",
    "critics", "economist", "economists", "negotiator", "negotiators", "envoy", "prosecutors",
    "police", "witnesses", "people", "person", "man", "woman", "union", "party", "group", "firm",
    "bank", "council", "commission", "department", "service", "regulator", "authorities", "side",
    "email", "letter", "tweet", "memo", "poll", "message", "friend", "friends", "supporters", "voters", "members",
    "narrator", "crowd", "audience", "protesters", "activists", "delegates", "staffers", "aides", "voice",
  ]

  // Written sources and indefinites (SubjectFinder+Written).
  /// Nouns that head a document or statement as a source ("the report said").
  static let documentNouns: WordSet = [
    "report", "reports", "statement", "statements", "letter", "letters", "email", "emails", "e-mail", "tweet",
    "tweets", "memo", "poll", "polls", "survey", "study", "ad", "ads", "advert", "advertisement", "commercial",
    "video", "post", "release", "document", "documents", "filing", "lawsuit", "complaint", "suit", "transcript",
    "website", "site", "article", "editorial", "column", "headline", "sign", "signs", "banner", "message",
    "messages", "notice", "book", "petition", "resolution", "ruling", "order", "decision", "verdict", "motion",
    "analysis", "brief", "plan", "proposal", "platform", "manifesto", "story", "piece", "caption", "slogan",
    "placard", "poster", "update", "updates", "data", "investigation", "indictment", "declaration", "communique",
    "note", "text", "draft", "bill", "law", "constitution", "treaty", "agreement", "deal", "page", "account",
    "blog", "interview", "speech", "remarks", "summary", "footage", "clip", "broadcast", "script", "leaflet",
    "flyer", "brochure", "guidance", "warning", "rule", "rules", "regulation", "article", "section", "clause",
  ]
  /// Nouns that head an organisation or outlet as a source ("the ministry said").
  static let organisationNouns: WordSet = [
    "ministry", "government", "administration", "company", "firm", "bank", "agency", "office", "committee",
    "embassy", "kremlin", "military", "army", "police", "union", "party", "group", "council", "commission",
    "department", "service", "regulator", "authorities", "board", "campaign", "newspaper", "daily", "paper",
    "network", "channel", "station", "magazine", "outlet", "court", "parliament", "congress", "senate", "house",
    "cabinet", "team", "organization", "organisation", "foundation", "institute", "center", "centre",
    "association", "coalition", "alliance", "league", "federation", "corporation", "tribunal", "caucus",
    "news", "post", "times", "journal", "press", "review", "tribune", "herald", "globe", "gazette", "telegraph",
    "guardian", "times", "inc", "corp", "co", "ltd", "university", "college", "school", "fund", "pac", "staff",
    "spokesmen", "state", "city", "county", "town", "country", "nation", "pentagon", "club", "movement",
    "watch", "reuters", "bloomberg", "cnn", "msnbc", "abc", "nbc", "cbs", "fox", "npr", "bbc", "ap", "afp",
  ]
  /// Words that end a written noun phrase: prepositions, clause words and conjunctions.
  static let phraseStops: WordSet = [
    "of", "in", "at", "on", "from", "to", "for", "with", "during", "after", "before", "while", "who", "which",
    "that", "as", "when", "because", "if", "than", "by", "about", "via", "whose", "where", "although", "though",
    "but", "so", "then", "also", "later", "earlier", "now", "recently", "once", "against", "into", "over",
    "under", "like", "what", "whom", "how", "why", "whether", "said", "says", "told", "asked", "ago", "should",
    "could", "would", "will", "can", "may", "might", "must",
  ]
  /// Pronouns other than "he"/"she" kept as written when they are the subject of a cue.
  static let otherPronouns: WordSet = ["i", "we", "they", "it", "you"]
  static let quantifiers: WordSet = [
    "one", "another", "some", "many", "most", "several", "two", "three", "both", "all", "few", "our", "my", "this",
    "these", "those",
  ]
  /// Words that open a sentence capitalised without naming anyone ("Nothing", "Everyone").
  static let indefinites: WordSet = [
    "nothing", "everything", "everyone", "everybody", "nobody", "none", "someone", "somebody", "something",
    "anyone", "anybody", "anything", "each", "few", "many", "most", "some", "all", "both", "neither", "either",
    "this", "that", "these", "those", "here", "there", "what", "which", "who", "why", "how", "when", "where",
    "yes", "no", "so", "now", "then", "today", "still", "even", "only", "just", "asked", "told", "said",
    // Subordinators and linking words open a clause, not a name ("Although he says …").
    "although", "though", "while", "because", "since", "if", "unless", "whether", "once", "until", "yet",
    "also", "meanwhile", "however", "instead", "indeed", "perhaps", "maybe", "despite", "like", "unlike",
  ]
}
