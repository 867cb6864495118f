import Foundation

/// The result of running a program to completion with pipes: status, stdout and stderr.
public struct CommandResult: Sendable {
  public var status: Int32
  public var stdout: String
  public var stderr: String

  /// Runs `executable` with `arguments`, feeding `input` on stdin, in `environment`
  /// (and in `currentDirectory` when given, else this process's).
  public static func run(
    _ executable: String, _ arguments: [String], input: String = "",
    environment: [String: String], currentDirectory: String? = nil
  ) throws -> CommandResult {
    try run(
      executable, arguments, bytes: Array(input.utf8), environment: environment,
      currentDirectory: currentDirectory)
  }

  /// Runs `executable` feeding raw `bytes` on stdin (e.g. invalid UTF-8).
  public static func run(
    _ executable: String, _ arguments: [String], bytes: [UInt8],
    environment: [String: String], currentDirectory: String? = nil
  ) throws -> CommandResult {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    if let currentDirectory {
      process.currentDirectoryURL = URL(fileURLWithPath: currentDirectory)
    }
    process.arguments = arguments
    process.environment = environment
    let (stdin, stdout, stderr) = (Pipe(), Pipe(), Pipe())
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    stdin.fileHandleForWriting.write(Data(bytes))
    try stdin.fileHandleForWriting.close()
    let out = stdout.fileHandleForReading.readDataToEndOfFile()
    let err = stderr.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return CommandResult(
      status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
      stderr: String(decoding: err, as: UTF8.self))
  }
}
