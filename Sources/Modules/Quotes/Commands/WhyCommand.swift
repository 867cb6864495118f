import LodeCore
import LodeModel

/// `why ID`: how a quote's speaker was attributed, with the evidence sentence.
enum WhyCommand {
  static let descriptor = CommandDescriptor(
    name: "why", module: "Quotes",
    summary: "Explain how a quote was attributed, with the evidence",
    discussion: """
      Shows the quote, its speaker, the method (named, title, according, pronoun, \
      adjacent, unresolved), the cue verb, the mention the attribution rests on as \
      written ("he", "Trump", "the influential US daily") and what it is (source_kind: \
      person, organisation, document, description, unknown), the confidence, the rule's \
      explanation, the sentence holding the evidence (e.g. where a pronoun's antecedent \
      is named) and the quote's own sentence. The record flows on.
      """,
    signature: Signature(
      [Parameter("id", .word, help: "a quote id such as q3", completion: .domain("quote-ids"))],
      input: .any, output: .record),
    examples: [
      Example(
        "How was q1 attributed?", "why q1",
        output: """
          id           q1
          quote        plans to commence serious discussions with the U.S. government about allowing American
                       access to Ukraine's rare earth resources
          speaker      Ruslan Stefanchuk
          method       named
          cue          announced
          source       Ruslan Stefanchuk
          source_kind  person
          confidence   0.8
          explanation  reported speech: the name "Ruslan Stefanchuk" is the subject of the cue "announced"
                       (sentence 1)
          evidence     On February 24, 2025, Speaker of the Ukrainian Parliament Ruslan Stefanchuk announced
                       plans to commence serious discussions with the U.S. government about allowing American
                       access to Ukraine's rare earth resources.
          sentence     On February 24, 2025, Speaker of the Ukrainian Parliament Ruslan Stefanchuk announced
                       plans to commence serious discussions with the U.S. government about allowing American
                       access to Ukraine's rare earth resources.
          doc          000_a0cafe3b4e70e2b9
          """)
    ],
    display: .card,
    run: { inv, ctx throws(Diagnostic) in
      let corpus = ctx.corpus
      let id = (inv.string("id") ?? "").lowercased()
      guard let q = corpus.quotes.first(where: { $0.id.lowercased() == id }) else {
        throw inv.error(
          "why.unknownQuote", "no quote has the id “\(inv.string("id") ?? "")”", at: "id",
          hint: corpus.quotes.isEmpty ? "no quotes are loaded" : "quote ids run q1…q\(corpus.quotes.count)",
          kind: .name, suggestions: Suggest.closest(to: id, in: corpus.quotes.map(\.id)))
      }
      var r = Record()
      r.set("id", .string(q.id))
      r.set("quote", .string(q.text))
      r.set("speaker", q.speaker.map(Value.string) ?? .string("unresolved"))
      r.set("method", .string(q.method.rawValue))
      r.set("cue", q.cue.map(Value.string) ?? .null)
      r.set("source", q.source.map(Value.string) ?? .null)
      r.set("source_kind", q.sourceKind.map { .string($0.rawValue) } ?? .null)
      r.set("confidence", .number(q.confidence))
      r.set("explanation", .string(q.explanation))
      let own = corpus.sentence(q.provenance)
      if let e = q.evidenceSentence, e != q.provenance.sentence,
        let s = corpus.sentence(Provenance(doc: q.provenance.doc, sentence: e, span: SourceSpan(0, 0)))
      {
        r.set("evidence", .string(s.text))
      } else {
        r.set("evidence", own.map { .string($0.text) } ?? .null)
      }
      r.set("sentence", own.map { .string($0.text) } ?? .null)
      r.set("doc", .string(q.provenance.doc))
      return CommandOutput.card(r)
    })
}
