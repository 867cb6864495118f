import Foundation
import Testing

@testable import LodePluginHost

/// `PluginManifest.read` (the start-up path) agrees with the `Codable` decoding it replaced:
/// same manifest for every valid file, a failure for every invalid one.
@Suite struct ManifestReadingTests {
  static func decoded(_ text: String) -> PluginManifest? {
    try? JSONDecoder().decode(PluginManifest.self, from: Data(text.utf8))
  }

  static func read(_ text: String) -> PluginManifest? {
    try? PluginManifest.read(Array(text.utf8))
  }

  @Test func everyManifestInTheRepositoryReadsAsCodableDecodesIt() throws {
    let folders = [FixturePaths.packageRoot + "/plugins", FixturePaths.testsFolder + "/Fixtures"]
    var seen = 0
    for folder in folders {
      for name in try FileManager.default.contentsOfDirectory(atPath: folder).sorted() {
        let file = folder + "/" + name + "/plugin.json"
        guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { continue }
        seen += 1
        #expect(Self.read(text) == Self.decoded(text), "\(file)")
      }
    }
    #expect(seen >= 6)
    #expect(
      Self.read(try String(contentsOfFile: FixturePaths.plugin("fx") + "/plugin.json", encoding: .utf8))?.commands.count
        == 3)
  }

  @Test(arguments: [
    #"{"name":"p","version":"1","protocol":1,"run":["x"],"commands":[]}"#,
    #"{"name":"p","version":"1","protocol":1,"run":["x"],"commands":[],"description":null}"#,
    #"{"name":"p\u00e9\ud83d\ude00\n\"","version":"1","protocol":1,"run":["x"],"commands":[]}"#,
    #" {"name":"p","version":"1","protocol":1,"run":["a","b"],"commands":[],"extra":{"x":[1,-2.5e3,true,false,null]}} "#,
    #"{"name":"p","version":"1","protocol":1,"run":["x"],"commands":[{"name":"c","summary":"s","parameters":[{"name":"a","shape":"word","completion":["x","y"]},{"name":"b","shape":"word","completion":"files:csv"}]}]}"#,
  ])
  func validManifestsMatch(text: String) {
    let manifest = Self.read(text)
    #expect(manifest?.version == "1" && manifest?.protocol == 1, "\(text)")
    #expect(manifest == Self.decoded(text))
  }

  @Test(arguments: [
    "", "{", "[]", "null", "{ not json", #"{"name":"p"} x"#, #"{"name":"p",}"#, #"{"name":'p'}"#,
    #"{"name":"p\x"}"#, #"{"name":"p\ud800"}"#, "{\"name\":\"a\u{1}b\"}", #"{"n":01}"#,
    #"{"name":"p","version":"1","protocol":"1","run":["x"],"commands":[]}"#,
    #"{"name":"p","version":"1","protocol":1,"run":"x","commands":[]}"#,
    #"{"name":"p","version":"1","protocol":1,"run":["x"],"commands":[{"name":"c"}]}"#,
    #"{"name":"p","version":"1","protocol":1,"run":["x"],"commands":[1]}"#,
    #"{"name":"p","version":null,"protocol":1,"run":["x"],"commands":[]}"#,
    String(repeating: "[", count: 100_000),
  ])
  func invalidManifestsFail(text: String) {
    #expect(Self.read(text) == nil)
    #expect(Self.decoded(text) == nil)
  }

  @Test func problemsNameTheFieldLikeTheDecoder() throws {
    let cases: [(String, String)] = [
      (#"{"version":"1"}"#, "missing `name`"),
      (
        #"{"name":"p","version":"1","protocol":1,"run":["x"],"commands":[{"name":"c","summary":7}]}"#,
        "`commands[0].summary` should be a string"
      ),
      (#"{"name":"p","version":null}"#, "`version` is null, expected a string"),
      (#"{"name":"p","version":"1","protocol":1,"run":[1],"commands":[]}"#, "`run[0]` should be a string"),
      ("[1]", "`(top level)` should be an object"),
      ("{", "not valid JSON"),
    ]
    for (text, problem) in cases {
      do throws(ManifestProblem) {
        _ = try PluginManifest.read(Array(text.utf8))
        Issue.record("\(text) was read")
      } catch {
        #expect(error.message == problem)
      }
    }
  }
}

/// Plugin search paths are standardized as `NSString.standardizingPath` did before.
@Test(arguments: [
  "/a/b", "/a/b/", "/a//b", "/a/./b", "/a/b/../c", "/", "/..", "/a/b/..", "~/plugins", "~",
])
func searchPathsAreStandardizedLikeFoundation(path: String) {
  #expect(PluginHost.lexicallyStandardized(path) == (path as NSString).standardizingPath)
}
