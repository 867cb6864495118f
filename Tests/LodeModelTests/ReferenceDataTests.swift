import Foundation
import LodeCore
import LodeModel
import Testing

@Suite struct ReferenceDataTests {
  let ref = ReferenceData.bundled

  @Test func bundledParsesWithoutDiagnostics() {
    #expect(ReferenceData.bundledDiagnostics.isEmpty, "\(ReferenceData.bundledDiagnostics)")
  }

  @Test func hasAll27Regions() {
    #expect(ref.regions.count == 27)
    #expect(Set(ref.regions.map(\.code)).count == 27)
    let dnipro = ref.regions.first { $0.code == "UA-12" }
    #expect(dnipro?.ukrainian == "Дніпропетровська область")
    #expect(dnipro?.aliases.contains("Dnepropetrovsk") == true)
    #expect(dnipro?.weakAliases == ["Dnipro"])
    #expect(ref.regions.first { $0.code == "UA-43" }?.occupation.status == .wholly)
    #expect(ref.regions.allSatisfy { !$0.sources.isEmpty })
  }

  @Test func mineralsCoverREEAndCRMList() {
    let rare = ref.minerals.filter { $0.group == .rareEarth && $0.symbol != "REE" }
    #expect(rare.count == 17)
    let critical = ref.minerals.filter { $0.group == .critical }
    // 34 EU critical raw materials; scandium is listed with the rare earths.
    #expect(critical.count == 33)
    #expect(ref.minerals.allSatisfy { !$0.source.isEmpty })
  }

  @Test func depositsPointAtKnownRegionsAndMinerals() {
    let codes = Set(ref.regions.map(\.code))
    let symbols = Set(ref.minerals.map(\.symbol))
    #expect(ref.deposits.count == 20)
    for d in ref.deposits {
      #expect(codes.contains(d.region), "\(d.id) region \(d.region)")
      for m in d.minerals { #expect(symbols.contains(m), "\(d.id) mineral \(m)") }
    }
  }

  @Test func peopleAndOrgsHaveSources() {
    let zel = ref.people.first { $0.id == "zelensky" }
    #expect(zel?.aliases.contains("Zelenskyy") == true)
    #expect(zel?.pronoun == "he")
    // Every entry cites a web page.
    #expect(ref.people.filter { $0.source?.hasPrefix("http") != true }.map(\.id) == [])
    #expect(ref.organisations.filter { $0.source?.hasPrefix("http") != true || !$0.isOrganisation }.map(\.id) == [])
  }

  @Test func badRowsBecomeDiagnostics() {
    let (data, diags) = ReferenceData.parse([
      BundledFile(
        name: "minerals.tsv", text: "symbol\tname\tgroup\taliases\tstrategic_eu\tsource\nLi\tLithium\tcritical\n")
    ])
    #expect(data.minerals.isEmpty)
    #expect(diags.map(\.id) == ["reference.tsv.badRow"])
  }

  @Test func fingerprintIsStableAndSensitive() {
    let a = Corpus(documents: [Document(id: "a", title: "A", date: nil, dateSource: .unknown, path: "a.txt", text: "x")]
    )
    var b = a
    #expect(a.fingerprint == b.fingerprint)
    #expect(a.fingerprint.count == 16)
    b.documents[0].text = "y"
    #expect(a.fingerprint != b.fingerprint)
  }
}
