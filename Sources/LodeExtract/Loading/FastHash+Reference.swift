import Foundation
import LodeCore
import LodeModel

/// Every field of the reference data in the cache key: names, roles, pronouns, regions'
/// figures as well as aliases, since any of them can change what extraction produces.
/// `CacheKeyTests` fails when a reference type gains a field that is not hashed here.
extension FastHash {
  mutating func add(_ r: ReferenceData) {
    add(UInt64(r.people.count))
    for p in r.people { add(p) }
    add(UInt64(r.organisations.count))
    for o in r.organisations { add(o) }
    add(UInt64(r.regions.count))
    for g in r.regions {
      add(g.code); add(g.name); add(g.isoName); add(g.ukrainian); add(g.type); add(optional: g.centre)
      add(list: g.aliases); add(list: g.weakAliases); add(optional: g.areaKm2?.description)
      add(optional: g.population?.description); add(g.occupation.status.rawValue); add(g.occupation.asOf)
      add(optional: g.occupation.note); add(g.occupation.source); add(list: g.sources)
    }
    add(UInt64(r.regionNames.count))
    for n in r.regionNames {
      add(n.name); add(list: n.codes); add(n.kind); add(optional: n.note); add(n.source)
    }
    add(UInt64(r.minerals.count))
    for m in r.minerals {
      add(m.symbol); add(m.name); add(m.group.rawValue); add(list: m.aliases); add(m.source)
      add(UInt64(m.criticalEU ? 1 : 0)); add(m.strategicEU); add(optional: m.euName)
    }
    add(UInt64(r.deposits.count))
    for d in r.deposits {
      add(d.id); add(d.name); add(list: d.aliases); add(d.region); add(list: d.regions)
      add(list: d.minerals); add(optional: d.status); add(optional: d.note); add(d.source)
    }
  }

  mutating func add(_ p: Person) {
    add(p.id); add(p.name); add(list: p.aliases); add(optional: p.role); add(optional: p.country)
    add(optional: p.pronoun); add(optional: p.source); add(UInt64(p.discovered ? 1 : 0));
    add(UInt64(p.isOrganisation ? 1 : 0))
  }

  mutating func add(_ d: DateValue) {
    add(UInt64(bitPattern: Int64(d.year)))
    for part in [d.month, d.day, d.week, d.part] { add(part.map { UInt64(bitPattern: Int64($0)) } ?? .max) }
    add(d.precision.rawValue)
  }

  /// A marker for nil, else the string (so nil and "" differ).
  mutating func add(optional s: String?) {
    guard let s else { return add(UInt64.max) }
    add(s)
  }

  mutating func add(list: [String]) {
    add(UInt64(list.count))
    for s in list { add(s) }
  }
}
