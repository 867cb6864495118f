import Foundation
import LodeCore

/// A quotation and who it is attributed to, with the evidence for the attribution.
public struct Quote: Sendable, Hashable {
  public enum Kind: String, Sendable, Hashable, Codable, CaseIterable { case direct, partial, indirect }
  /// How the speaker was found; `unresolved` when nothing in the text supports one.
  public enum Method: String, Sendable, Hashable, Codable, CaseIterable {
    case named, title, according, pronoun, adjacent, unresolved
  }
  /// What the source is: a person, an organisation or outlet ("the ministry", "the Times"), a
  /// document or statement ("the report", "a joint statement"), a description of someone not
  /// named ("a senior official"), or `unknown`. Nil when the quote has no source.
  public enum SourceKind: String, Sendable, Hashable, Codable, CaseIterable {
    case person, organisation, document, description, unknown
  }

  public var id: String
  /// The quoted words without the quotation marks.
  public var text: String
  public var provenance: Provenance
  /// Display name of the resolved speaker (canonical person name), nil when unresolved.
  public var speaker: String?
  /// The person row's id when the speaker is a known or discovered person.
  public var speakerID: String?
  /// The mention the attribution rests on, as written ("he", "Trump", "the influential US daily").
  public var source: String?
  public var sourceSpan: SourceSpan?
  public var sourceKind: SourceKind?
  /// The cue verb or phrase ("said", "stated", "according to").
  public var cue: String?
  public var kind: Kind
  public var method: Method
  /// 0...1, how sure the attribution is.
  public var confidence: Decimal
  /// A sentence of explanation for `why`: which rule matched and on what.
  public var explanation: String
  /// Sentence index holding the evidence (e.g. the antecedent of a pronoun).
  public var evidenceSentence: Int?

  public init(
    id: String, text: String, provenance: Provenance, speaker: String? = nil,
    speakerID: String? = nil, source: String? = nil, sourceSpan: SourceSpan? = nil, sourceKind: SourceKind? = nil,
    cue: String? = nil, kind: Kind = .direct, method: Method = .unresolved,
    confidence: Decimal = 0, explanation: String = "", evidenceSentence: Int? = nil
  ) {
    self.id = id
    self.text = text
    self.provenance = provenance
    self.speaker = speaker
    self.speakerID = speakerID
    self.source = source
    self.sourceSpan = sourceSpan
    self.sourceKind = sourceKind
    self.cue = cue
    self.kind = kind
    self.method = method
    self.confidence = confidence
    self.explanation = explanation
    self.evidenceSentence = evidenceSentence
  }
}
