import LodeFuzz
import LodeTestSupport
import Testing

/// A small, deterministic stand-in for the fuzzer that runs in every `swift test`:
/// random bytes and seeds mutated the way libFuzzer does (flip, insert, delete, splice).
@Test(arguments: [
  (FuzzTargets.Target.query, 2_000, 200),
  (FuzzTargets.Target.extract, 600, 2_000),
  (FuzzTargets.Target.pluginProtocol, 2_000, 600),
])
func randomInputsHoldEveryInvariant(_ target: FuzzTargets.Target, _ count: Int, _ maxLength: Int) throws {
  let seeds = try SeedCorpus.files(for: target).map(\.bytes)
  var mutator = Mutator(seed: 0x10DE_F022, seeds: seeds, maxLength: maxLength)
  var broken = 0
  for _ in 0..<count {
    let input = mutator.next()
    let findings = FuzzTargets.run(target, input)
    if !findings.isEmpty && broken < 5 {
      Issue.record("\(target.rawValue) \(input): \(findings)")
    }
    broken += findings.isEmpty ? 0 : 1
  }
  #expect(broken == 0)
}

/// Produces fuzz inputs from a SplitMix64 stream: a third plain random bytes, the rest
/// mutated seeds.
struct Mutator {
  var rng: SplitMix64
  let seeds: [[UInt8]]
  let maxLength: Int
  /// Bytes that matter to the targets' grammars, favoured when inserting.
  static let interesting = Array("|$\"'()[]{},:;=<>!~%-+*/\\\n\r\t 0123456789.eE_#".utf8) + [0, 0xFF, 0xC3, 0xE2, 0x80]

  init(seed: UInt64, seeds: [[UInt8]], maxLength: Int) {
    rng = SplitMix64(seed: seed)
    self.seeds = seeds.isEmpty ? [[]] : seeds
    self.maxLength = maxLength
  }

  mutating func random(_ bound: Int) -> Int {
    Int(rng.next() % UInt64(max(1, bound)))
  }

  mutating func next() -> [UInt8] {
    if random(3) == 0 {
      return (0..<random(maxLength)).map { _ in UInt8(random(256)) }
    }
    var bytes = seeds[random(seeds.count)]
    for _ in 0...random(6) { mutate(&bytes) }
    return Array(bytes.prefix(maxLength))
  }

  mutating func mutate(_ bytes: inout [UInt8]) {
    let at = random(bytes.count + 1)
    switch random(5) {
    case 0 where at < bytes.count: bytes[at] ^= UInt8(1 << random(8))
    case 1: bytes.insert(Self.interesting[random(Self.interesting.count)], at: at)
    case 2 where at < bytes.count: bytes.removeSubrange(at..<min(bytes.count, at + 1 + random(8)))
    case 3:
      let other = seeds[random(seeds.count)]
      let from = random(other.count + 1)
      bytes.insert(contentsOf: other[from..<min(other.count, from + random(64))], at: at)
    default: bytes.insert(UInt8(random(256)), at: at)
    }
  }
}
