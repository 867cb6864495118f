/// The plugin protocol's version numbers, kept apart from lode's release number.
///
/// The host speaks `current` and also accepts `oldestAccepted`, the previous version,
/// so a plugin keeps working for one protocol revision after the host moves on.
/// Version 1 is the first published version, so today the accepted range is `1...1`.
public enum PluginProtocolVersion {
  /// The version this build of lode and LodePluginKit speak.
  public static let current = 1
  /// The oldest version the host still accepts (`current - 1`, never below 1).
  public static let oldestAccepted = max(1, current - 1)
  /// Every version the host accepts in a plugin's `hello` or manifest.
  public static let accepted: ClosedRange<Int> = oldestAccepted...current

  /// Human text for error messages: `1` or `1...2`.
  public static var acceptedText: String {
    accepted.lowerBound == accepted.upperBound
      ? "\(current)" : "\(accepted.lowerBound)...\(accepted.upperBound)"
  }
}
