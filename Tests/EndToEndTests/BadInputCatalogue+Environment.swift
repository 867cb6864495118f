import Foundation
import Testing

/// The environment lode starts in, and plugins that misbehave.
extension BadInputCatalogue {
  static func E(
    _ name: String, _ arguments: [String] = [], shell: String? = nil, stdin: String = "",
    environment: [String: String] = [:], id: String, status: Int32, unprivileged: Bool = false
  ) -> BadInput {
    BadInput(
      "environment: \(name)", arguments: arguments, stdin: stdin, shell: shell,
      environment: environment, id: id, status: status, unprivileged: unprivileged)
  }

  static let environmentCases: [BadInput] = [
    E("stdout is /dev/full", shell: "\"$LODE\" -c 'range 3' >/dev/full", id: "shell.output.unwritable", status: 1),
    E("stdout is closed", shell: "\"$LODE\" -c 'range 3' >&-", id: "shell.output.unwritable", status: 1),
    E("run into /dev/full", shell: "\"$LODE\" run plain.lode >/dev/full", id: "shell.output.unwritable", status: 1),
    E(
      "piped session into /dev/full", shell: "printf '1 + 1\\n' | \"$LODE\" >/dev/full", id: "shell.output.unwritable",
      status: 1),
    E(
      "csv into /dev/full", shell: "\"$LODE\" --format csv -c 'range 3' >/dev/full", id: "shell.output.unwritable",
      status: 1),
    E(
      "unreadable seeds folder", ["--seeds", "locked", "-c", "documents | count"],
      id: "extract.load.unreadable", status: 0, unprivileged: true),
    E(
      "unreadable folder loaded", stdin: ":load locked\n1 + 1\n", id: "meta.load.nothing", status: 1,
      unprivileged: true),
    E("line starting with - after -c is run", ["-c", "-5 + cout"], id: "query.unknownField", status: 1),
    E("-c after options with a - line", ["--format", "json", "-c", "-cout"], id: "query.unknownField", status: 1),
    E(
      "plugin path with a bad manifest", ["-c", "help"],
      environment: ["LODE_PLUGIN_PATH": fixtures + "/badmanifest"], id: "plugin.manifest.invalid", status: 0),
  ]

  static func P(_ name: String, _ lines: String, id: String, plugin: String = "faulty") -> BadInput {
    BadInput(
      "plugin: \(name)", stdin: lines + "\n1 + 1\n",
      environment: ["LODE_PLUGIN_PATH": fixtures + "/" + plugin], id: id, status: 1)
  }

  static let plugins: [BadInput] = [
    P("crash", "crash", id: "plugin.crashed"),
    P("hang", ":set plugin.timeout 1\nhang", id: "plugin.timeout"),
    P("grandchild holding stdout", ":set plugin.timeout 1\nspawn", id: "plugin.timeout"),
    P("garbage", "garbage", id: "plugin.badOutput"),
    P("flood", ":set plugin.max_message 1024\nflood", id: "plugin.oversized"),
    P("wrong id", "wrongid", id: "plugin.protocolViolation"),
    P("fatal", "fatal", id: "plugin.fatal"),
    P("missing program", "ghost", id: "plugin.cannotStart", plugin: "missingprogram"),
    P("unsupported version", "future", id: "plugin.version", plugin: "badversion"),
    P("crash then works", "crash\necho", id: "plugin.crashed"),
    P("escape sequences in a plugin error", "fatal\necho \"\u{1B}]0;x\u{07}\"", id: "plugin.fatal"),
    BadInput(
      "plugin: untrusted in the working directory",
      shell:
        "mkdir -p plugins && touch plugins/PROTOCOL.md && cp -r \"$FAULTY\" plugins/ && printf 'echo\\n1 + 1\\n' | \"$LODE\"",
      environment: ["FAULTY": fixtures + "/faulty"], id: "plugin.untrusted", status: 1, goesOn: true),
  ]
}
