import Foundation
import LodeCore
import LodeModel

/// A subject pronoun ("he", "she") and the people it can refer to; `any` accepts both.
enum Pronoun: UInt8 {
  case he = 1, she = 2, any = 3
}

/// The person behind each mention of one document, looked up once: attribution asks about
/// the same mentions again and again, and a gazetteer lookup hashes the id and copies the
/// whole `Person` to read its name or pronoun.
final class MentionPeople {
  /// Per mention: not looked up yet, no person with its id, or the person's name and
  /// pronoun (0 none recorded, 1 "he", 2 "she", 3 another).
  private enum Entry {
    case unknown
    case none
    case person(name: String, pronoun: UInt8)
  }

  @exclusivity(unchecked) private var entries: [Entry]

  init(count: Int) { entries = [Entry](repeating: .unknown, count: count) }

  /// The entry of mention `mi`, looked up in `a` the first time.
  private func entry(_ a: DocumentAnalysis, _ mi: Int) -> Entry {
    if case .unknown = entries[mi] {
      if let p = a.person(a.mentions[mi].id) {
        let code: UInt8 = p.pronoun == nil ? 0 : p.pronoun == "he" ? 1 : p.pronoun == "she" ? 2 : 3
        entries[mi] = .person(name: p.name, pronoun: code)
      } else {
        entries[mi] = .none
      }
    }
    return entries[mi]
  }

  /// The display name of the person or organisation mention `mi` names, nil when unknown.
  func name(_ a: DocumentAnalysis, _ mi: Int) -> String? {
    if case .person(let name, _) = entry(a, mi) { return name }
    return nil
  }

  /// Whether mention `mi` names a known person a pronoun of this kind can refer to (nil
  /// and `any` accept every person; a person with no recorded pronoun fits every pronoun).
  func fits(_ a: DocumentAnalysis, _ mi: Int, _ pronoun: Pronoun?) -> Bool {
    guard case .person(_, let code) = entry(a, mi) else { return false }
    guard let pronoun, pronoun != .any else { return true }
    return code == 0 || code == pronoun.rawValue
  }
}
