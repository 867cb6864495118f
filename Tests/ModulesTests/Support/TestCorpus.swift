import Foundation
import LodeCore
import LodeModel

/// A small hand-built corpus: a few regions, people, quotes and events, enough to test
/// lookup, alias matching, ordering and errors without the extraction pipeline.
enum TestCorpus {
  static func region(
    _ code: String, _ name: String, _ iso: String, _ uk: String, centre: String?,
    aliases: [String], status: Region.Occupation.Status = .none, type: String = "region"
  ) -> Region {
    Region(
      code: code, name: name, isoName: iso, ukrainian: uk, type: type, centre: centre,
      aliases: aliases, areaKm2: 1000, population: nil,
      occupation: .init(status: status, asOf: DateValue(year: 2025, month: 2), source: "src-\(code)"),
      sources: ["ref-\(code)"])
  }

  static let regions: [Region] = [
    region(
      "UA-12", "Dnipropetrovsk Oblast", "Dnipropetrovska oblast", "Дніпропетровська область",
      centre: "Dnipro", aliases: ["Dnipropetrovsk", "Dnepropetrovsk", "Dnipro region"]),
    region(
      "UA-14", "Donetsk Oblast", "Donetska oblast", "Донецька область", centre: "Kramatorsk",
      aliases: ["Donetsk", "Donbas"], status: .partly),
    region(
      "UA-23", "Zaporizhzhia Oblast", "Zaporizka oblast", "Запорізька область", centre: "Zaporizhzhia",
      aliases: ["Zaporizhzhia", "Zaporizhia", "Zaporozhye"], status: .partly),
    region("UA-30", "Kyiv", "Kyiv", "Київ", centre: nil, aliases: ["Kiev", "Kyiv City"], type: "city"),
    region(
      "UA-32", "Kyiv Oblast", "Kyivska oblast", "Київська область", centre: "Kyiv",
      aliases: ["Kiev Oblast", "Kyivska"]),
    region(
      "UA-35", "Kirovohrad Oblast", "Kirovohradska oblast", "Кіровоградська область",
      centre: "Kropyvnytskyi", aliases: ["Kirovohrad", "Kirovograd"]),
    region(
      "UA-63", "Kharkiv Oblast", "Kharkivska oblast", "Харківська область", centre: "Kharkiv",
      aliases: ["Kharkiv", "Kharkov"], status: .partly),
    region(
      "UA-65", "Kherson Oblast", "Khersonska oblast", "Херсонська область", centre: "Kherson",
      aliases: ["Kherson"], status: .partly),
  ]

  static let minerals: [Mineral] = [
    Mineral(symbol: "Li", name: "Lithium", group: .critical, source: "s"),
    Mineral(symbol: "C", name: "Graphite", group: .critical, aliases: ["natural graphite"], source: "s"),
    Mineral(symbol: "Ta", name: "Tantalum", group: .critical, source: "s"),
  ]

  static let deposits: [Deposit] = [
    Deposit(id: "dobra", name: "Dobra", region: "UA-35", minerals: ["Li"], status: "controlled", source: "d1"),
    Deposit(id: "zavallia", name: "Zavallivske", region: "UA-35", minerals: ["C"], source: "d2"),
    Deposit(
      id: "shevchenko", name: "Shevchenkivske", region: "UA-14", minerals: ["Li", "Ta"], status: "front line",
      source: "d3"),
  ]

  static let people: [Person] = [
    Person(
      id: "zelensky", name: "Volodymyr Zelensky", aliases: ["Zelenskyy", "Zelenskiy", "Зеленський"],
      role: "President of Ukraine"),
    Person(id: "trump", name: "Donald Trump", aliases: ["Donald J. Trump"], role: "President of the United States"),
    Person(id: "stefanchuk", name: "Ruslan Stefanchuk", role: "Speaker"),
  ]

  static let sentences = [
    "On February 24, 2025, Speaker Ruslan Stefanchuk announced talks.",
    "\"We are prepared to share,\" Zelensky stated.",
    "\"I think we are pretty close,\" Trump said.",
    "Minerals are abundant in the Dnipro and Kirovohrad regions.",
    "He added: \"I cannot sell Ukraine.\"",
  ]

  static var document: Document {
    var text = ""
    var list: [Sentence] = []
    for (i, s) in sentences.enumerated() {
      let start = text.unicodeScalars.count
      text += s + " "
      list.append(Sentence(doc: "doc1", index: i, span: SourceSpan(start, start + s.unicodeScalars.count), text: s))
    }
    return Document(
      id: "doc1", title: "Test", date: DateValue(year: 2025, month: 2, day: 25), dateSource: .explicit,
      path: "doc1.txt", text: text, sentences: list)
  }

  static func at(_ sentence: Int) -> Provenance {
    let s = document.sentences[sentence]
    return Provenance(doc: "doc1", sentence: sentence, span: s.span)
  }

  static let quotes: [Quote] = [
    Quote(
      id: "q1", text: "We are prepared to share", provenance: at(1), speaker: "Volodymyr Zelensky",
      speakerID: "zelensky", source: "Zelensky", sourceSpan: SourceSpan(30, 38), cue: "stated",
      kind: .direct, method: .named, confidence: Decimal(string: "0.95")!,
      explanation: "named speaker after the quote with cue “stated”"),
    Quote(
      id: "q2", text: "I think we are pretty close", provenance: at(2), speaker: "Donald Trump",
      speakerID: "trump", source: "Trump", cue: "said", kind: .direct, method: .named,
      confidence: Decimal(string: "0.9")!, explanation: "named speaker"),
    Quote(
      id: "q3", text: "I cannot sell Ukraine", provenance: at(4), speaker: "Volodymyr Zelensky",
      speakerID: "zelensky", source: "He", cue: "added", kind: .direct, method: .pronoun,
      confidence: Decimal(string: "0.7")!, explanation: "pronoun “He” resolved to the last named male speaker",
      evidenceSentence: 1),
  ]

  static let events: [Event] = [
    Event(
      id: "e1", date: nil, summary: "Zelensky says Ukraine is prepared to share", actors: ["zelensky"],
      provenance: at(1), order: 1),
    Event(
      id: "e2", date: DateValue(year: 2025, month: 2, day: 24), summary: "Stefanchuk announces talks",
      actors: ["stefanchuk"], provenance: at(0), order: 0),
    Event(id: "e3", date: nil, summary: "Trump says a deal is close", actors: ["trump"], provenance: at(2), order: 2),
    Event(
      id: "e4", date: DateValue(year: 2025, month: 1), summary: "Earlier talks", actors: ["trump"], provenance: at(2),
      order: 3),
  ]

  static var corpus: Corpus {
    Corpus(
      reference: ReferenceData(regions: regions, minerals: minerals, deposits: deposits, people: people),
      documents: [document], quotes: quotes, events: events, people: people,
      mentions: [
        Mention(entity: "UA-12", text: "Dnipro", provenance: at(3)),
        Mention(entity: "UA-35", text: "Kirovohrad", provenance: at(3)),
      ])
  }

  static func context() -> Context {
    let c = Context()
    c.corpus = corpus
    return c
  }
}
