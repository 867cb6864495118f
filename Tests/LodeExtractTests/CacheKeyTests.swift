import Foundation
import LodeCore
import LodeModel
import Testing

@testable import LodeExtract

/// The cache key changes with every input byte and every reference-data field, so a cache
/// is never reused for other inputs or other reference data.
@Suite struct CacheKeyTests {
  func inputs() throws -> [(id: String, path: String, raw: String)] { try CacheTests().inputs() }

  @Test func keyChangesWithAnyTextOrReferenceField() throws {
    let input = try inputs()
    let reference = ReferenceData.bundled
    let key = CorpusCache.key(input, reference: reference)
    #expect(CorpusCache.key(input, reference: reference) == key)
    var edited = input
    let last = edited[edited.count - 1].raw
    edited[edited.count - 1].raw = String(last.dropLast()) + (last.last == "." ? "!" : ".")
    var renamed = input
    renamed[0].id += "x"
    var changedReference: [ReferenceData] = []
    var r = reference
    r.people[0].name += " Jr"
    changedReference.append(r)
    r = reference
    r.people[0].pronoun = r.people[0].pronoun == "she" ? "he" : "she"
    changedReference.append(r)
    r = reference
    r.regions[0].population = (r.regions[0].population ?? 0) + 1
    changedReference.append(r)
    r = reference
    r.organisations[0].role = (r.organisations[0].role ?? "") + " (acting)"
    changedReference.append(r)
    var keys = [
      CorpusCache.key(edited, reference: reference), CorpusCache.key(renamed, reference: reference),
      CorpusCache.key(Array(input.reversed()), reference: reference),
      CorpusCache.key(Array(input.dropLast()), reference: reference),
    ]
    keys += changedReference.map { CorpusCache.key(input, reference: $0) }
    #expect(!keys.contains(key))
    #expect(Set(keys).count == keys.count)
  }

  /// `FastHash.add(_: ReferenceData)` lists each field by hand: a new field must be added there.
  @Test func everyReferenceFieldIsHashed() throws {
    let r = ReferenceData.bundled
    let region = try #require(r.regions.first), mineral = try #require(r.minerals.first)
    let deposit = try #require(r.deposits.first), person = try #require(r.people.first)
    #expect(Mirror(reflecting: r).children.count == 6)
    let name = try #require(r.regionNames.first)
    #expect(Mirror(reflecting: name).children.count == 5)
    #expect(Mirror(reflecting: person).children.count == 9)
    #expect(Mirror(reflecting: region).children.count == 12)
    #expect(Mirror(reflecting: region.occupation).children.count == 4)
    #expect(Mirror(reflecting: mineral).children.count == 8)
    #expect(Mirror(reflecting: deposit).children.count == 9)
    #expect(Mirror(reflecting: region.occupation.asOf).children.count == 6)
    let input = try inputs()
    let key = CorpusCache.key(input, reference: r)
    var changed: [ReferenceData] = []
    func with(_ edit: (inout ReferenceData) -> Void) {
      var copy = r
      edit(&copy)
      changed.append(copy)
    }
    with { $0.regions[0].weakAliases.append("x") }
    with { $0.regions[0].occupation.note = ($0.regions[0].occupation.note ?? "") + "x" }
    with { $0.regions[0].occupation.asOf.year += 1 }
    with { $0.minerals[0].name += "x" }
    with { $0.minerals[0].criticalEU.toggle() }
    with { $0.minerals[0].strategicEU += "x" }
    with { $0.regionNames[0].source += "x" }
    with { $0.deposits[0].regions.append("UA-05") }
    with { $0.deposits[0].minerals.append("Li") }
    with { $0.people[0].source = ($0.people[0].source ?? "") + "x" }
    with { $0.organisations[0].isOrganisation.toggle() }
    let keys = changed.map { CorpusCache.key(input, reference: $0) }
    #expect(!keys.contains(key))
    #expect(Set(keys).count == keys.count)
  }

  /// A cache section is hashed piece by piece as it is written; the reader hashes it whole.
  @Test func hashingInPiecesEqualsHashingAtOnce() {
    let bytes = (0..<203).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
    var whole = FastHash()
    bytes.withUnsafeBytes { whole.add($0) }
    for cuts in [[], [1], [7, 8], [3, 5, 11, 100], [8, 16, 200], [0, 0, 203]] {
      var stream = FastHash.Stream()
      var from = 0
      for end in cuts + [bytes.count] {
        bytes[from..<end].withUnsafeBytes { stream.add($0) }
        from = end
      }
      #expect(stream.value == whole.value, "cut at \(cuts)")
    }
    var empty = FastHash()
    empty.add(UnsafeRawBufferPointer(start: nil, count: 0))
    #expect(FastHash.Stream().value == empty.value)
  }
}
