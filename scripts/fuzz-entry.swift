import Foundation
import LodeFuzz

/// libFuzzer's entry point (linked only by scripts/fuzz): runs the target named by
/// LODE_FUZZ_TARGET and aborts on a broken invariant, so libFuzzer saves the input.
let target = ProcessInfo.processInfo.environment["LODE_FUZZ_TARGET"]
  .flatMap(FuzzTargets.Target.init(rawValue:))

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard let target else {
    FileHandle.standardError.write(Data("set LODE_FUZZ_TARGET to query, extract or protocol\n".utf8))
    abort()
  }
  let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  let findings = FuzzTargets.run(target, bytes)
  if !findings.isEmpty {
    let text = findings.map { "invariant broken: \($0)" }.joined(separator: "\n")
    FileHandle.standardError.write(Data((text + "\n").utf8))
    abort()
  }
  return 0
}
