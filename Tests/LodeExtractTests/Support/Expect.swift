import Foundation
import LodeModel

/// Small accessors that keep the article tests readable.
extension Corpus {
  var direct: [Quote] { quotes.filter { $0.kind != .indirect } }
  func quote(containing s: String) -> Quote? { quotes.first { $0.text.contains(s) } }
  func amount(_ text: String) -> Amount? { amounts.first { $0.text == text } }
  func date(_ text: String) -> DateMention? { dates.first { $0.text == text } }
  func regionCodes() -> Set<String> {
    let codes = Set(reference.regions.map(\.code))
    return Set(mentions.map(\.entity).filter { codes.contains($0) })
  }
  func person(_ id: String) -> Person? { people.first { $0.id == id } }
}

func d(_ s: String) -> Decimal { Decimal(string: s, locale: Locale(identifier: "en_US_POSIX")) ?? .nan }
