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
  /// A person id looked up: the display name and pronoun (0 none recorded, 1 "he", 2
  /// "she", 3 another), or no name when no person has the id.
  private struct Seen {
    var id: String
    var name: String?
    var pronoun: UInt8
  }

  /// Per mention, its index in `seen`, or -1 before it is looked up.
  @exclusivity(unchecked) private var slot: [Int32]
  /// The ids looked up so far: a document names the same few people in many mentions,
  /// and comparing ids is cheaper than hashing them.
  @exclusivity(unchecked) private var seen: [Seen] = []

  init(count: Int) {
    slot = [Int32](repeating: -1, count: count)
    seen.reserveCapacity(16)
  }

  /// The index in `seen` of mention `mi`'s id, looked up in `a` the first time.
  private func entry(_ a: DocumentAnalysis, _ mi: Int) -> Int {
    let known = slot[mi]
    if known >= 0 { return Int(known) }
    let e = lookup(a, a.mentions[mi].id)
    slot[mi] = Int32(truncatingIfNeeded: e)
    return e
  }

  /// The entry for a person id: from the ids seen, else from the gazetteer or the people
  /// discovered in the document (as `DocumentAnalysis.person`), reading only two fields.
  private func lookup(_ a: DocumentAnalysis, _ id: String) -> Int {
    let n = id.utf8.count
    for i in seen.indices where seen[i].id.utf8.count == n && seen[i].id == id { return i }
    var found = Seen(id: id, name: nil, pronoun: 0)
    if let p = a.known[id] {
      found.name = p.name
      found.pronoun = Self.code(p.pronoun)
    } else if let i = a.discovered.firstIndex(where: { $0.id == id }) {
      found.name = a.discovered[i].name
      found.pronoun = Self.code(a.discovered[i].pronoun)
    }
    seen.append(found)
    return seen.count - 1
  }

  private static func code(_ pronoun: String?) -> UInt8 {
    pronoun == nil ? 0 : pronoun == "he" ? 1 : pronoun == "she" ? 2 : 3
  }

  /// The display name of the person or organisation mention `mi` names, nil when unknown.
  func name(_ a: DocumentAnalysis, _ mi: Int) -> String? { seen[entry(a, mi)].name }

  /// Whether mention `mi` names a known person a pronoun of this kind can refer to (nil
  /// and `any` accept every person; a person with no recorded pronoun fits every pronoun).
  func fits(_ a: DocumentAnalysis, _ mi: Int, _ pronoun: Pronoun?) -> Bool {
    let e = entry(a, mi)
    guard seen[e].name != nil else { return false }
    guard let pronoun, pronoun != .any else { return true }
    let code = seen[e].pronoun
    return code == 0 || code == pronoun.rawValue
  }
}
