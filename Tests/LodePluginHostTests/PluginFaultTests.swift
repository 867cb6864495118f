import Foundation
import LodeCore
import LodePluginHost
import Testing

/// Each broken behaviour must give a `plugin` Diagnostic naming the plugin, and the
/// next call must start a fresh process that works.
@Suite struct PluginFaultTests {
  let h: HostHarness

  init() throws {
    h = try HostHarness([FixturePaths.fixture("faulty")], settings: [("plugin.timeout", "20")])
  }

  /// Runs the faulty command, checks its Diagnostic, then checks `echo` works again.
  func expectFault(
    _ command: String, id: String, mentions: [String], timeout: String? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> Diagnostic {
    #expect(h.run("echo").output?.notes == ["echoed"], "echo works first", sourceLocation: sourceLocation)
    let startsBefore = h.status("faulty")?.starts ?? 0
    let saved = h.context.settings
    if let timeout {
      var s = saved
      try s.set("plugin.timeout", timeout)
      h.context.settings = s
    }
    let d = try #require(h.run(command).diagnostic, sourceLocation: sourceLocation)
    h.context.settings = saved
    #expect(
      d.kind == (id == "command.cancelled" ? .runtime : .plugin), sourceLocation: sourceLocation)
    #expect(d.id == id, "\(d)", sourceLocation: sourceLocation)
    #expect(d.message.contains("plugin `faulty`"), "\(d.message)", sourceLocation: sourceLocation)
    #expect(d.span == SourceSpan(0, 20), "it points at the call", sourceLocation: sourceLocation)
    #expect(d.source == nil, "the span is in the typed line", sourceLocation: sourceLocation)
    for m in mentions {
      let text = d.message + (d.hint ?? "") + d.notes.joined()
      #expect(text.contains(m), "\(d.message) \(d.notes)", sourceLocation: sourceLocation)
    }
    if case .crashed(let last)? = h.status("faulty")?.state {
      #expect(last == d.message, sourceLocation: sourceLocation)
    } else if id != "command.cancelled" {
      Issue.record(
        "state should be crashed, is \(String(describing: h.status("faulty")?.state))",
        sourceLocation: sourceLocation)
    }
    let again = h.run("echo", arguments: ["x": .int(1)])
    #expect(
      again.output?.notes == ["echoed"], "restarted after \(command)",
      sourceLocation: sourceLocation)
    #expect(h.status("faulty")?.starts == startsBefore + 1, sourceLocation: sourceLocation)
    #expect(h.status("faulty")?.state == .running, sourceLocation: sourceLocation)
    return d
  }

  @Test func crashOnCallShowsTheTracebackAndExitStatus() throws {
    let d = try expectFault(
      "crash", id: "plugin.crashed",
      mentions: [
        "during `crash`", "exit status 1", "RuntimeError: boom", "about to crash on purpose",
      ])
    #expect(d.notes.first == "last lines of its stderr:")
    #expect(d.notes.count <= 9)
    h.host.shutdown()
  }

  @Test func garbageOnStdoutIsQuoted() throws {
    _ = try expectFault(
      "garbage", id: "plugin.badOutput", mentions: ["not JSON", "`this is not json`"])
    h.host.shutdown()
  }

  @Test func aHundredMegabyteFloodStopsAtTheMessageLimit() throws {
    _ = try expectFault(
      "flood", id: "plugin.oversized", mentions: ["over 16777216 bytes", "plugin.max_message"])
    h.host.shutdown()
  }

  @Test func theMessageLimitIsASettingThatAppliesToARunningPlugin() throws {
    #expect(h.run("echo").output?.notes == ["echoed"])
    var s = h.context.settings
    try s.set("plugin.max_message", "2048")
    h.context.settings = s
    let d = try #require(
      h.run("echo", input: .string(String(repeating: "a", count: 5000))).diagnostic)
    #expect(d.id == "plugin.oversized" && d.message.contains("over 2048 bytes"), "\(d.message)")
    // The small input comes back as the record's `input` field.
    let echoed = h.run("echo", input: .string("small")).output?.value
    #expect(
      echoed == .record(Record(fields: ["args", "flags", "input"], values: [.record(Record()), .record(Record()), .string("small")])))
    h.host.shutdown()
  }

  @Test func aWrongIDIsAProtocolViolation() throws {
    _ = try expectFault("wrongid", id: "plugin.protocolViolation", mentions: ["answered call"])
    h.host.shutdown()
  }

  @Test func anErrorWithoutIDIsFatal() throws {
    _ = try expectFault("fatal", id: "plugin.fatal", mentions: ["the model file is missing"])
    h.host.shutdown()
  }

  @Test func aHangIsKilledAtTheTimeout() throws {
    _ = try expectFault(
      "hang", id: "plugin.timeout", mentions: ["within 0.5s", "plugin.timeout"], timeout: "0.5")
    h.host.shutdown()
  }

  @Test func ctrlCCancelsAWaitingCall() throws {
    DispatchQueue.global().asyncAfter(deadline: .now() + 0.5) { h.context.cancel() }
    let d = try #require(h.run("hang").diagnostic)
    #expect(d.id == "command.cancelled")
    #expect(h.status("faulty")?.state == .notStarted)
    h.context.resetCancel()
    #expect(h.run("echo").output?.notes == ["echoed"])
    h.host.shutdown()
  }

  @Test func pluginErrorsBlameTheArgumentAndKeepTheProcess() throws {
    let d = try #require(h.run("complain", arguments: ["who": .string("nobody")]).diagnostic)
    #expect(d.kind == .argument && d.id == "plugin.error")
    #expect(d.message == "no such speaker" && d.hint == "try `speakers`")
    #expect(d.span == SourceSpan(9, 14))
    #expect(h.status("faulty")?.state == .running && h.status("faulty")?.starts == 1)
    h.host.shutdown()
  }

  @Test func aMegabyteOfStderrDoesNotBlockTheAnswer() throws {
    #expect(h.run("chatty").output?.value == .string("done"))
    h.host.shutdown()
  }

  @Test func aFiveThousandRowTableGoesOutAndComesBackWhole() throws {
    let rows: [[Value]] = (0..<5_000).map { i in
      [
        .int(i), .string("row \(i) — «quoted» \"text\"\n"),
        .money(Money(Decimal(i) / 100, "UAH", perYear: i % 2 == 0)),
      ]
    }
    let input = Value.table(
      Table(
        schema: Schema([
          .init("n", .number), .init("text", .string), .init("amount", .money, hidden: true),
        ]), rows: rows))
    let out = try #require(h.run("echo", input: input).output)
    guard case .record(let r) = out.value else {
      Issue.record("not a record")
      return
    }
    #expect(r["input"] == input)
    h.host.shutdown()
  }

  @Test func echoRoundTripsArgumentsFlagsAndInput() throws {
    let input = Value.table(
      Table(columns: ["amount"], rows: [[.money(Money(Decimal(string: "500000000000")!, "USD"))]]))
    let out = try #require(
      h.run(
        "echo", arguments: ["x": .percent(Decimal(string: "0.5")!)], flags: ["loud": .bool(true)],
        input: input
      ).output)
    guard case .record(let r) = out.value else {
      Issue.record("not a record: \(out.value)")
      return
    }
    #expect(
      r["args"] == .record(Record(fields: ["x"], values: [.percent(Decimal(string: "0.5")!)])))
    #expect(r["flags"] == .record(Record(fields: ["loud"], values: [.bool(true)])))
    #expect(r["input"] == input)
    h.host.shutdown()
    #expect(h.status("faulty")?.state == .notStarted)
  }
}

@Test func aWrongProtocolVersionIsRefused() throws {
  let h = try HostHarness([FixturePaths.fixture("badversion")])
  let d = try #require(h.run("future").diagnostic)
  #expect(d.kind == .plugin && d.id == "plugin.version")
  #expect(d.message == "plugin `badversion` speaks protocol 99; this lode speaks 1")
  #expect(d.notes.contains { $0.contains("I only speak protocol 99") })
}

@Test func aMissingProgramSaysWhatWasNotFound() throws {
  let h = try HostHarness([FixturePaths.fixture("missingprogram")])
  let d = try #require(h.run("ghost").diagnostic)
  #expect(d.id == "plugin.cannotStart")
  #expect(d.message.contains("`./not-there` was not found"))
  #expect(h.status("missingprogram")?.starts == 0)
}
