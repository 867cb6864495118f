import LodeCore
import LodeModel

/// What the corpus and reference data say about regions: deposits, mentions, minerals.
///
/// Built once per command run from `context.corpus`, so every command counts the same way.
struct RegionFacts: Sendable {
  let corpus: Corpus

  var regions: [Region] { corpus.reference.regions }
  var lookup: RegionLookup { RegionLookup(regions, names: corpus.reference.regionNames) }

  /// The deposits lying in a region, including those spanning it and others.
  func deposits(in code: String) -> [Deposit] {
    corpus.reference.deposits.filter { $0.regions.contains(code) }
  }

  /// Mentions of the region in the corpus, one per sentence, in corpus order.
  func mentions(of code: String) -> [Mention] {
    var seen = Set<String>()
    return corpus.mentions.filter {
      $0.entity == code && seen.insert("\($0.provenance.doc)#\($0.provenance.sentence)").inserted
    }
  }

  func mentionCount(of code: String) -> Int { corpus.mentions.filter { $0.entity == code }.count }

  /// A mineral's display name from its symbol or id ("Li" → "lithium"), else the id itself.
  func mineralName(_ id: String) -> String {
    let k = Fold.key(id)
    if let m = corpus.reference.minerals.first(where: { Fold.key($0.symbol) == k }) {
      return Fold.key(m.name)
    }
    return id
  }

  /// True when a deposit holds the mineral, named by symbol, name or alias. The
  /// rare-earth umbrella (REE, "rare earths") is held by a deposit holding any rare-earth
  /// element: Perzhanske's yttrium and ytterbium make it a REE deposit.
  func deposit(_ d: Deposit, holds mineral: String) -> Bool {
    let k = Fold.key(mineral)
    let named = corpus.reference.minerals.filter { m in
      ([m.symbol, m.name] + m.aliases).contains { Fold.key($0) == k }
    }
    let umbrella = named.contains { $0.symbol == "REE" }
    let members = umbrella ? corpus.reference.minerals.filter { $0.group == .rareEarth } : []
    let wanted = (named + members).map { Fold.key($0.symbol) }
    return d.minerals.contains { id in
      let f = Fold.key(id)
      return f == k || wanted.contains(f) || Fold.key(mineralName(id)) == k
    }
  }

  func regionName(_ code: String) -> String { regions.first { $0.code == code }?.name ?? code }

  /// A deposit's regions by name, joined ("Donetsk Oblast, Luhansk Oblast").
  func regionNames(_ d: Deposit) -> String { d.regions.map(regionName).joined(separator: ", ") }
}
