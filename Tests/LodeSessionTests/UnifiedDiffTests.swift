import Testing

@testable import LodeSession

@Suite struct UnifiedDiffTests {
  @Test func equalInputsHaveNoHunks() {
    #expect(UnifiedDiff.hunks(expected: ["a", "b"], actual: ["a", "b"]).isEmpty)
  }

  @Test func aChangeInTheMiddleShowsContextAndFileLines() {
    let old = ["1", "2", "3", "4", "5", "6", "7", "8", "9"]
    var new = old
    new[4] = "five"
    #expect(
      UnifiedDiff.hunks(expected: old, actual: new, firstLine: 10)
        == ["@@ -11,7 +11,7 @@", " 2", " 3", " 4", "-5", "+five", " 6", " 7", " 8"])
  }

  @Test func distantChangesMakeSeparateHunks() {
    let old = (1...20).map(String.init)
    var new = old
    new[0] = "one"
    new[19] = "twenty"
    let hunks = UnifiedDiff.hunks(expected: old, actual: new)
    #expect(hunks.filter { $0.hasPrefix("@@") } == ["@@ -1,4 +1,4 @@", "@@ -17,4 +17,4 @@"])
  }

  @Test func insertionsAndDeletionsCountEmptySides() {
    #expect(
      UnifiedDiff.hunks(expected: [], actual: ["x"], firstLine: 5) == ["@@ -4,0 +5 @@", "+x"])
    #expect(
      UnifiedDiff.hunks(expected: ["x"], actual: [], firstLine: 5) == ["@@ -5 +4,0 @@", "-x"])
    #expect(
      UnifiedDiff.hunks(expected: ["a", "b", "c"], actual: ["a", "c", "d"])
        == ["@@ -1,3 +1,3 @@", " a", "-b", " c", "+d"])
  }
}
