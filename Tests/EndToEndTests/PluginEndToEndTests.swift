import Foundation
import LodeTestSupport
import Testing

/// The repository's example plugins (`plugins/fx`, `plugins/lexicon`) through the real
/// shell: listed, in help, run in pipelines, argument-checked, completed on Tab. The
/// binary finds `plugins/` by walking up from its own folder to the checkout.
@Suite struct PluginEndToEndTests {
  /// The commands an example's manifest declares, read from plugins/NAME/plugin.json.
  static func manifest(_ plugin: String) throws -> [[String: Any]] {
    let file = EndToEnd.repositoryRoot + "/plugins/\(plugin)/plugin.json"
    let data = try Data(contentsOf: URL(fileURLWithPath: file))
    let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    return try #require(json["commands"] as? [[String: Any]])
  }

  static func manifestCommands(_ plugin: String) throws -> [String] {
    try manifest(plugin).compactMap { $0["name"] as? String }
  }

  /// The examples with a declared output, as (input, output) pairs.
  static func examplesWithOutput(_ plugin: String) throws -> [(String, String)] {
    try manifest(plugin).flatMap { command in
      (command["examples"] as? [[String: Any]] ?? []).compactMap { e in
        guard let input = e["input"] as? String, let output = e["output"] as? String else {
          return nil
        }
        return (input, output)
      }
    }
  }

  /// The inputs of the examples declared without an output.
  static func examplesWithoutOutput(_ plugin: String) throws -> [String] {
    try manifest(plugin).flatMap { command in
      (command["examples"] as? [[String: Any]] ?? []).compactMap { e in
        e["output"] == nil ? e["input"] as? String : nil
      }
    }
  }

  /// An example declared without an output still runs on the seed article: it parses,
  /// type-checks and succeeds, printing nothing on stderr.
  @Test func examplesWithoutAnOutputRun() throws {
    let inputs = try Self.examplesWithoutOutput("fx") + Self.examplesWithoutOutput("lexicon")
    #expect(inputs.count == 7)
    for input in inputs {
      let r = try lode(["-c", input])
      #expect(r.status == 0 && r.stderr == "", "\(input): \(r.stderr)")
    }
  }

  func lode(_ arguments: [String], input: String = "") throws -> CommandResult {
    try EndToEnd.lode(arguments, input: input, home: TemporaryDirectory())
  }

  @Test func sourceShowsWherePluginRowsCameFrom() throws {
    let r = try lode([
      "--format", "csv", "-c", "sentences | kwic mineral* | first 1 | source | select sentence, start, end",
    ])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout == "sentence,start,end\n0,46,53\n")
  }

  @Test func commandsListsPluginCommandsToo() throws {
    let r = try lode(["--format", "csv", "-c", "commands | where module ~ \"plugin:\" | select name"])
    #expect(r.status == 0, "\(r.stderr)")
    let expected = try (Self.manifestCommands("fx") + Self.manifestCommands("lexicon")).sorted()
    #expect(r.stdout == "name\n" + expected.joined(separator: "\n") + "\n")
  }

  @Test func pluginsListsBothExamplesWithTheirCommands() throws {
    let r = try lode(["-c", ":plugins"])
    #expect(r.status == 0, "\(r.stderr)")
    for plugin in ["fx", "lexicon"] {
      let line = try #require(
        r.stdout.split(separator: "\n").first { $0.hasPrefix(plugin + " ") }, "\(r.stdout)")
      #expect(line.contains("not started"), "listing starts nothing")
      for command in try Self.manifestCommands(plugin).prefix(2) {
        #expect(line.contains(command), "\(plugin) lists \(command)")
      }
    }
  }

  @Test func helpListsPluginCommandsAndShowsTheirHelp() throws {
    let commands = try Self.manifestCommands("fx") + Self.manifestCommands("lexicon")
    let help = try lode(["-c", "help"])
    #expect(help.status == 0)
    #expect(help.stdout.contains("plugin:fx"))
    #expect(help.stdout.contains("plugin:lexicon"))
    for command in commands { #expect(help.stdout.contains("  \(command) "), "\(command)") }

    let tone = try lode(["-c", "help tone"])
    #expect(tone.status == 0)
    #expect(tone.stdout.hasPrefix("tone — "))
    #expect(tone.stdout.contains("Usage: tone [--field STRING]"))
    let convert = try lode(["-c", "help fx convert"])
    #expect(convert.stdout.contains("Usage: fx convert AMOUNT to CURRENCY"))
  }

  @Test func pluginCommandsRunInPipelines() throws {
    let examples = try Self.examplesWithOutput("fx")
    #expect(examples.contains { $0.0 == "fx convert $500bn to EUR" })
    for (input, output) in examples {
      let r = try lode(["-c", input])
      #expect(r.status == 0, "\(input): \(r.stderr)")
      #expect(r.stdout == output + "\n", "\(input) prints what its manifest declares")
    }

    let quotes = try lode(["-c", "quotes | count"]).stdout
    let toned = try lode(["-c", "quotes | tone | count"])
    #expect(toned.status == 0, "\(toned.stderr)")
    #expect(toned.stdout == quotes, "tone keeps every row")
    let scored = try lode(["-c", "quotes | tone | select speaker, tone | sort tone"])
    #expect(scored.stdout.hasPrefix("speaker"))
    #expect(scored.stdout.contains("Zelensky"))
    let kwic = try lode(["-c", "sentences | kwic miner* --width 20 | count"])
    #expect(kwic.status == 0, "\(kwic.stderr)")
    #expect(kwic.stdout == "8\n", "the seed's sentences that mention minerals")
  }

  @Test func pluginArgumentsAreCheckedBeforeThePluginStarts() throws {
    let r = try lode([], input: "fx convert $5 EUR\nsentences | kwic\n:plugins\n")
    #expect(r.status == 1)
    #expect(r.stderr.contains("error[query.argument.missing]: `fx convert` expects `to`"))
    #expect(r.stderr.contains("usage: fx convert AMOUNT to CURRENCY"))
    #expect(r.stderr.contains("`kwic`"))
    let rows = r.stdout.split(separator: "\n").filter {
      $0.hasPrefix("fx ") || $0.hasPrefix("lexicon ")
    }
    #expect(rows.count == 2)
    #expect(rows.allSatisfy { $0.contains("not started") }, "\(rows)")
  }

  @Test func aSessionUsingPluginsChecksAsATranscript() throws {
    let home = try TemporaryDirectory()
    let pty = try EndToEnd.shell(home: home)
    let converted = pty.enter("fx convert $500bn to EUR")
    #expect(converted.hasPrefix("€"))
    let toned = pty.enter("quotes | tone | select speaker, tone")
    #expect(toned.split(whereSeparator: \.isNewline).first.map { $0.split(separator: " ") } == ["speaker", "tone"])
    let transcript = home.path + "/plugins.lode"
    #expect(pty.enter(":save --transcript \(transcript)").contains("saved transcript"))
    #expect(pty.quit() == 0)
    let saved = try String(contentsOfFile: transcript, encoding: .utf8)
    #expect(saved.contains("lode> fx convert $500bn to EUR\n" + converted))
    let check = try EndToEnd.lode(["check", transcript], home: home)
    #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    #expect(check.stdout.contains("ok: 1 transcript, 2 inputs"))
  }

  @Test func tabCompletesAPluginCommand() throws {
    let home = try TemporaryDirectory()
    let pty = try EndToEnd.shell(home: home)
    pty.type("quotes | ton\t")
    // libedit redraws the completed word with cursor moves: wait for its last letter.
    #expect(pty.read(until: "e ", timeout: 60).hasSuffix("e "))
    pty.type(" | count\r")
    let output = pty.waitForPrompt(timeout: 60).replacingOccurrences(of: "\r\n", with: "\n")
    let count = try EndToEnd.lode(["-c", "quotes | count"], home: home).stdout
    #expect(output.contains("\n" + count), "the completed pipeline ran: \(output)")
    #expect(pty.quit() == 0)
  }
}
