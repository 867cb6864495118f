import LodeCore

/// One source article: its text after front matter, metadata, and its sentences.
///
/// `id` is the file name without extension; every fact extracted from it carries this
/// id plus a span of Unicode-scalar offsets into `text`.
public struct Document: Sendable, Hashable {
  /// How the document's date was found: from front matter, inferred from its text, or not at all.
  public enum DateSource: String, Sendable, Hashable, Codable { case explicit, inferred, unknown }

  public var id: String
  public var title: String
  public var date: DateValue?
  public var dateSource: DateSource
  /// Path as given (relative to the working directory or seeds folder), for display.
  public var path: String
  public var source: String?
  public var url: String?
  public var text: String
  public var sentences: [Sentence]

  public init(
    id: String, title: String, date: DateValue?, dateSource: DateSource, path: String,
    source: String? = nil, url: String? = nil, text: String, sentences: [Sentence] = []
  ) {
    self.id = id
    self.title = title
    self.date = date
    self.dateSource = dateSource
    self.path = path
    self.source = source
    self.url = url
    self.text = text
    self.sentences = sentences
  }

  /// Number of whitespace-separated words in the text (what splitting it at every
  /// whitespace `Character` counts), found by one pass over its scalars.
  public var words: Int { WordCount.count(text) }
}

/// One sentence of a document, with its span in the document text.
///
/// The text is a slice of the document's text (`slice`), shared rather than copied: a
/// corpus holds every sentence, and most are never printed.
public struct Sentence: Sendable, Hashable {
  public var doc: String
  public var index: Int
  public var span: SourceSpan
  /// The sentence's text as a view into the document text.
  public var slice: Substring
  /// Index of the paragraph the sentence starts in (0-based); used by quote continuation.
  public var paragraph: Int

  /// The sentence's text (a copy of `slice`).
  public var text: String {
    get { String(slice) }
    set { slice = Substring(newValue) }
  }

  public init(doc: String, index: Int, span: SourceSpan, text: String, paragraph: Int = 0) {
    self.init(doc: doc, index: index, span: span, slice: Substring(text), paragraph: paragraph)
  }

  public init(doc: String, index: Int, span: SourceSpan, slice: Substring, paragraph: Int = 0) {
    self.doc = doc
    self.index = index
    self.span = span
    self.slice = slice
    self.paragraph = paragraph
  }
}

/// Where a fact came from: document, sentence index, span in the document text.
public struct Provenance: Sendable, Hashable, Codable {
  public var doc: String
  public var sentence: Int
  public var span: SourceSpan

  public init(doc: String, sentence: Int, span: SourceSpan) {
    self.doc = doc
    self.sentence = sentence
    self.span = span
  }
}
