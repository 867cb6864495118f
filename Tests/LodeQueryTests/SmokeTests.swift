import Testing

@testable import LodeQuery

@Test func calculatorPrintsGroupedMoney() {
  #expect(show("500bn * 50%") == "$250,000,000,000")
}

@Test func pipelineOverRange() {
  #expect(show("range 10 | where n > 7 | count") == "3")
  #expect(show("range 3 | sort n desc | to csv") == "n\n3\n2\n1")
}
