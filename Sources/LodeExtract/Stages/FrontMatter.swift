import Foundation
/// Front matter at the top of a document: a `---` line, `key: value` lines, a `---` line.
///
/// The document's text is everything after the closing line, unchanged; without a
/// closing line there is no front matter and the whole file is the text.
public struct FrontMatter: Sendable, Hashable {
  public var fields: [String: String]
  public var body: String

  public init(parsing raw: String) {
    fields = [:]
    body = raw
    var text = Substring(raw)
    if text.hasPrefix("\u{FEFF}") { text = text.dropFirst() }
    guard text.hasPrefix("---\n") || text.hasPrefix("---\r\n") else { return }
    var rest = text.dropFirst(text.hasPrefix("---\n") ? 4 : 5)
    var found: [String: String] = [:]
    while !rest.isEmpty {
      let lineEnd = rest.firstIndex(of: "\n") ?? rest.endIndex
      var line = rest[rest.startIndex..<lineEnd]
      if line.hasSuffix("\r") { line = line.dropLast() }
      rest = lineEnd < rest.endIndex ? rest[rest.index(after: lineEnd)...] : rest[rest.endIndex...]
      if line == "---" {
        fields = found
        body = String(rest)
        return
      }
      if let colon = line.firstIndex(of: ":") {
        let key = line[..<colon].trimmingCharacters(in: " \t").lowercased()
        var value = line[line.index(after: colon)...].trimmingCharacters(in: " \t")
        if value.count >= 2, (value.hasPrefix("\"") && value.hasSuffix("\"")) || (value.hasPrefix("'") && value.hasSuffix("'")) {
          value = String(value.dropFirst().dropLast())
        }
        if !key.isEmpty { found[key] = value }
      }
    }
  }
}

extension Substring {
  func trimmingCharacters(in set: String) -> String {
    var s = self
    while let f = s.first, set.contains(f) { s.removeFirst() }
    while let l = s.last, set.contains(l) { s.removeLast() }
    return String(s)
  }
}
