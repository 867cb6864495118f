import Foundation
import LodeCore

/// One article of an article JSON-lines stream (`{"id": …, "date": …, "title": …, "text": …}`,
/// one object a line — the shape news dumps come in). `text` is kept exactly as given: every
/// span extracted from it is a Unicode-scalar offset into this string, nothing folded.
public struct Article: Sendable, Hashable {
  public var id: String
  public var text: String
  /// `title`, `date`, `source`, `url` when the line gives them as strings (front matter's names).
  public var fields: [String: String]
  /// The article's place in the whole input when the line gives it (`"seq": 17`): a split
  /// input (one part per machine) keeps the order of the whole.
  public var seq: Int?

  public init(id: String, text: String, fields: [String: String] = [:], seq: Int? = nil) {
    self.id = id
    self.text = text
    self.fields = fields
    self.seq = seq
  }

  /// The fields read besides `id` and `text`; others on the line are ignored.
  static let metadata = ["title", "date", "source", "url"]

  /// Parses one line. `number` (1-based) and `source` (the file, or `stdin`) name the line
  /// in the warning when it is not an article: not a JSON object, no string `text`, no
  /// `id` (a string or an integer), or an empty one. An id given as a number becomes its digits.
  public static func parse(_ line: Data, number: Int, source: String) -> Result<Article, Diagnostic> {
    func bad(_ why: String) -> Result<Article, Diagnostic> {
      .failure(
        Diagnostic(
          .warning, id: "extract.jsonl.badLine", "skipped \(source):\(number): \(why)",
          hint: "each line is one JSON object: {\"id\": …, \"date\": …, \"title\": …, \"text\": …}", source: source))
    }
    guard let object = try? JSONSerialization.jsonObject(with: line, options: []) else { return bad("not valid JSON") }
    guard let fields = object as? [String: Any] else { return bad("not a JSON object") }
    guard let text = fields["text"] as? String else { return bad("no \"text\" string") }
    let id: String
    if let s = fields["id"] as? String {
      id = s
    } else if let n = integer(fields["id"]) {
      id = String(n)
    } else {
      return bad("no \"id\" (a string or an integer)")
    }
    if id.isEmpty { return bad("empty \"id\"") }
    var meta: [String: String] = [:]
    for key in metadata {
      if let v = fields[key] as? String { meta[key] = v }
    }
    return .success(Article(id: id, text: text, fields: meta, seq: integer(fields["seq"])))
  }

  /// A JSON integer (true and false, which JSONSerialization gives as a subclass of
  /// NSNumber, are not; nor is 1.5).
  static func integer(_ v: Any?) -> Int? {
    guard let n = v as? NSNumber, type(of: n) == NSNumber.self else { return nil }
    let d = n.doubleValue
    guard d.rounded() == d, abs(d) < 9e18 else { return nil }
    return Int(n.int64Value)
  }
}
