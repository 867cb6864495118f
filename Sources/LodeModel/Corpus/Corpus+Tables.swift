/// The corpus's tables as plain arrays, whether held in memory or built on first read
/// (`LazyRows`); in-place edits (`corpus.quotes[i].id = …`) do not copy the table.
extension Corpus {
  public var documents: [Document] {
    get { documentTable.rows }
    set { documentTable = .rows(newValue) }
    _modify {
      var rows = documentTable.take()
      defer { documentTable = .rows(rows) }
      yield &rows
    }
  }

  public var quotes: [Quote] {
    get { quoteTable.rows }
    set { quoteTable = .rows(newValue) }
    _modify {
      var rows = quoteTable.take()
      defer { quoteTable = .rows(rows) }
      yield &rows
    }
  }

  public var amounts: [Amount] {
    get { amountTable.rows }
    set { amountTable = .rows(newValue) }
    _modify {
      var rows = amountTable.take()
      defer { amountTable = .rows(rows) }
      yield &rows
    }
  }

  public var dates: [DateMention] {
    get { dateTable.rows }
    set { dateTable = .rows(newValue) }
    _modify {
      var rows = dateTable.take()
      defer { dateTable = .rows(rows) }
      yield &rows
    }
  }

  public var events: [Event] {
    get { eventTable.rows }
    set { eventTable = .rows(newValue) }
    _modify {
      var rows = eventTable.take()
      defer { eventTable = .rows(rows) }
      yield &rows
    }
  }

  public var mentions: [Mention] {
    get { mentionTable.rows }
    set { mentionTable = .rows(newValue) }
    _modify {
      var rows = mentionTable.take()
      defer { mentionTable = .rows(rows) }
      yield &rows
    }
  }

  /// How many of the six tables (documents, quotes, amounts, dates, events, mentions) are
  /// built; a lazily loaded corpus starts at 0. For tests and benchmarks.
  public var builtTables: Int {
    [
      documentTable.isBuilt, quoteTable.isBuilt, amountTable.isBuilt, dateTable.isBuilt, eventTable.isBuilt,
      mentionTable.isBuilt,
    ]
    .filter { $0 }.count
  }
}
