import Foundation
import LodeTestSupport
import Testing

/// One hostile or unlucky input and what lode must do with it: print a diagnostic with
/// exactly this id (`error[ID]`/`warning[ID]` on stderr), exit with this status,
/// and — for a session — go on to the next line (`1 + 1` after it still prints `2`).
struct BadInput: Sendable, CustomStringConvertible {
  var name: String
  var arguments: [String] = []
  var stdin: String = ""
  /// Run through `/bin/sh -c` with `$LODE` set (redirections such as `>/dev/full`).
  var shell: String?
  var environment: [String: String] = [:]
  var id: String
  var status: Int32
  /// Whether a following `1 + 1` must still print `2` (the session went on).
  var goesOn: Bool
  /// Run as the unprivileged user `nobody` (setpriv), where mode 000 means unreadable.
  var unprivileged = false

  init(
    _ name: String, arguments: [String] = [], stdin: String = "", shell: String? = nil,
    environment: [String: String] = [:], id: String, status: Int32, goesOn: Bool? = nil,
    unprivileged: Bool = false
  ) {
    self.name = name
    self.arguments = arguments
    self.stdin = stdin
    self.shell = shell
    self.environment = environment
    self.id = id
    self.status = status
    self.goesOn = goesOn ?? stdin.hasSuffix("1 + 1\n")
    self.unprivileged = unprivileged
  }

  var description: String { name }
}

/// The bad-input catalogue (issue 18): every case runs the real `lode` binary in a fresh
/// HOME, in a working folder holding the files the cases name (`BadInputCatalogue.files`).
@Suite struct BadInputCatalogue {
  static var all: [BadInput] { queries + files + scripts + environmentCases + plugins }

  @Test func theCatalogueHasAtLeast150Cases() {
    #expect(Self.all.count >= 150)
    #expect(Set(Self.all.map(\.name)).count == Self.all.count, "names are unique")
  }

  @Test(arguments: BadInputCatalogue.all)
  func badInputIsHandled(_ c: BadInput) throws {
    let home = try TemporaryDirectory()
    let work = try Self.prepare(home)
    let binary = try EndToEnd.binary()
    var environment = home.environment(extra: c.environment)
    environment["LODE"] = binary
    var executable = binary
    var arguments = c.arguments
    if let script = c.shell {
      executable = "/bin/sh"
      arguments = ["-c", script]
    }
    // As root (CI) mode 000 is readable: drop to `nobody`. Anyone else is unprivileged already.
    if c.unprivileged, geteuid() == 0 {
      arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", executable] + arguments
      executable = "/usr/bin/setpriv"
    }
    let r = try CommandResult.run(
      executable, arguments, input: c.stdin, environment: environment, currentDirectory: work)
    let ids = Self.diagnosticIDs(r.stderr)
    #expect(ids.contains(c.id), "stderr: \(r.stderr)")
    #expect(r.status == c.status, "stderr: \(r.stderr)")
    if c.goesOn { #expect(r.stdout.hasSuffix("2\n"), "the session went on: \(r.stdout)") }
    #expect(!r.stderr.contains("Fatal error") && !r.stderr.contains("Program crashed"))
  }

  /// `error[ID]` and `warning[ID]` at the start of stderr lines, in order.
  static func diagnosticIDs(_ text: String) -> [String] {
    text.split(separator: "\n").compactMap { line in
      for prefix in ["error[", "warning["] where line.hasPrefix(prefix) {
        let rest = line.dropFirst(prefix.count)
        return rest.firstIndex(of: "]").map { String(rest[..<$0]) }
      }
      return nil
    }
  }
}
