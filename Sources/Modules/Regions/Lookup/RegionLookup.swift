import Foundation
import LodeCore
import LodeModel

/// Finds a region from whatever an analyst types: English, ISO code, Cyrillic, former
/// or Russian-based names, short forms, the centre's name, or a near miss of any of them.
///
/// Matching runs in tiers (code, area names, names, aliases, centre, prefixes, typos); the
/// first tier with a hit decides, and a tier that hits several regions reports them as
/// ambiguous. An area's name (Donbas) is not ambiguous: it answers with every region it
/// spans. A name of an occupation entity (DPR) finds its region with a note saying what
/// the name stands for.
struct RegionLookup: Sendable {
  enum Result: Equatable, Sendable {
    case found(Region, note: String?)
    case area(RegionName, [Region])
    case ambiguous([Region])
    case notFound(suggestions: [String])
  }

  let regions: [Region]
  let names: [RegionName]

  init(_ regions: [Region], names: [RegionName] = []) {
    self.regions = regions
    self.names = names
  }

  func find(_ query: String) -> Result {
    let raw = query.trimmingCharacters(in: .whitespaces)
    let q = RegionLookup.normalize(raw)
    guard !q.isEmpty else { return .notFound(suggestions: []) }
    if let code = RegionLookup.isoCode(raw), let r = regions.first(where: { $0.code == code }) {
      return .found(r, note: nil)
    }
    if let n = names.first(where: { RegionLookup.normalize($0.name) == q }) {
      let spanned = n.codes.compactMap { c in regions.first { $0.code == c } }
      if n.isArea, !spanned.isEmpty { return .area(n, spanned) }
      if n.kind == "occupation entity", let r = spanned.first, let note = n.note {
        return .found(r, note: "“\(n.name)” is \(note); showing \(r.name) (source: \(n.source))")
      }
    }
    let full = Fold.key(raw)
    let tiers: [(Region) -> [String]] = [
      { [$0.name, $0.isoName, $0.ukrainian] },
      { $0.aliases },
      { $0.centre.map { [$0] } ?? [] },
    ]
    // Exact (folded) text first, then with "Oblast"/"область" and punctuation dropped.
    for tier in tiers {
      let hits = regions.filter { r in tier(r).contains { Fold.key($0) == full } }
      if !hits.isEmpty { return decide(hits) }
    }
    for tier in tiers {
      let hits = regions.filter { r in tier(r).contains { RegionLookup.normalize($0) == q } }
      if !hits.isEmpty { return decide(hits) }
    }
    if q.count >= 2 {
      let hits = regions.filter { r in keys(r).contains { $0.hasPrefix(q) } }
      if !hits.isEmpty { return decide(hits) }
    }
    return fuzzy(q)
  }

  /// Every normalized name a region answers to.
  func keys(_ r: Region) -> [String] {
    ([r.name, r.isoName, r.ukrainian] + r.aliases + (r.centre.map { [$0] } ?? []))
      .map(RegionLookup.normalize).filter { !$0.isEmpty }
  }

  private func decide(_ hits: [Region]) -> Result {
    var seen = Set<String>()
    let unique = hits.filter { seen.insert($0.code).inserted }
    return unique.count == 1 ? .found(unique[0], note: nil) : .ambiguous(unique)
  }

  /// Typos: the closest names within a distance that grows with the word's length.
  private func fuzzy(_ q: String) -> Result {
    let limit = q.count <= 4 ? 1 : (q.count <= 8 ? 2 : 3)
    var best = Int.max
    var hits: [Region] = []
    for r in regions {
      let d = keys(r).map { Suggest.distance(q, $0) }.min() ?? Int.max
      if d < best {
        best = d
        hits = [r]
      } else if d == best {
        hits.append(r)
      }
    }
    if best <= limit, hits.count == 1 {
      return .found(hits[0], note: "no region is named “\(q)”; showing \(hits[0].name)")
    }
    if best <= limit { return .ambiguous(hits) }
    let names = regions.flatMap { [$0.name] + $0.aliases }
    return .notFound(suggestions: Suggest.closest(to: q, in: names))
  }

  /// `UA-12`, `ua12`, `UA 12` → `UA-12`.
  static func isoCode(_ s: String) -> String? {
    let k = Fold.key(s).filter { $0 != "-" && $0 != " " }
    guard k.hasPrefix("ua"), k.count == 4, k.dropFirst(2).allSatisfy(\.isNumber) else { return nil }
    return "UA-" + k.dropFirst(2)
  }

  /// Folded, apostrophes dropped, hyphens as spaces, and generic words ("oblast",
  /// "region", "область", "city") removed: "Dnipropetrovs'ka oblast" → "dnipropetrovska".
  static func normalize(_ s: String) -> String {
    let generic: Set<String> = [
      "oblast", "oblast'", "obl", "obl.", "region", "province", "область", "обл", "city", "of",
      "the", "місто", "м.",
    ]
    let folded = Fold.key(s).replacingOccurrences(of: "'", with: "")
      .replacingOccurrences(of: "ʹ", with: "")
    let words = folded.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "," || $0 == "\"" })
      .map(String.init).filter { !generic.contains($0) }
    return words.joined(separator: " ")
  }
}

extension RegionLookup {
  /// Resolves or throws a diagnostic: ambiguous names list candidates, unknown ones suggest.
  func require(_ query: String, span: SourceSpan?) throws(Diagnostic) -> (Region, String?) {
    switch find(query) {
    case .found(let r, let note): return (r, note)
    case .area(let n, let rs):
      throw Diagnostic(
        .name, id: "region.area",
        "“\(query)” names an area spanning \(rs.map { "\($0.name) (\($0.code))" }.joined(separator: " and ")), not one region",
        span: span, hint: "give one of them", suggestions: rs.map(\.name) + [n.name])
    case .ambiguous(let rs):
      throw Diagnostic(
        .name, id: "region.ambiguous",
        "“\(query)” could be \(rs.map { "\($0.name) (\($0.code))" }.joined(separator: ", "))",
        span: span, hint: "type more of the name, or the ISO code", suggestions: rs.map(\.name))
    case .notFound(let s):
      throw Diagnostic(
        .name, id: "region.notFound", "no region matches “\(query)”", span: span,
        hint: regions.isEmpty
          ? "no reference data is loaded" : "try an English, Ukrainian or ISO name such as UA-12",
        suggestions: s)
    }
  }
}
