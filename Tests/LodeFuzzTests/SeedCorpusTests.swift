import LodeFuzz
import Testing

/// Replays every committed seed (and every minimised crash) through its fuzz target.
@Test(arguments: FuzzTargets.Target.allCases)
func seedCorpusHoldsEveryInvariant(_ target: FuzzTargets.Target) throws {
  let seeds = try SeedCorpus.files(for: target)
  #expect(seeds.count >= 5, "the \(target.rawValue) corpus should hold seeds")
  for (name, bytes) in seeds {
    let findings = FuzzTargets.run(target, bytes)
    #expect(findings.isEmpty, "\(target.rawValue)/\(name): \(findings)")
  }
}
