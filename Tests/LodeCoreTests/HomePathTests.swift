import LodeCore
import Testing

@Test func aLeadingTildeIsHOME() {
  let env = ["HOME": "/home/ana"]
  #expect(HomePath.expand("~/notes.lode", environment: env) == "/home/ana/notes.lode")
  #expect(HomePath.expand("~", environment: env) == "/home/ana")
  #expect(HomePath.expand("~ana/x", environment: env) == "~ana/x")
  #expect(HomePath.expand("a/~/b", environment: env) == "a/~/b")
  #expect(HomePath.expand("~/x", environment: ["HOME": "/home/ana/"]) == "/home/ana/x")
}
