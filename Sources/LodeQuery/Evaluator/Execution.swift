import LodeCore

/// What running one line produced: nothing, a value, an assignment, or errors.
public enum Execution: Sendable {
  case empty
  case value(CommandOutput)
  case assigned(name: String, CommandOutput)
  case failure([Diagnostic])
}
