import FoundationEssentials
import LodeCore

/// What sessions declare to the shell: the `journal.keep` setting.
public enum SessionModule: LodeModule {
  public static let name = "session"

  public static let settings: [Settings.Spec] = [
    Settings.Spec(
      "journal.keep", .number, "50", "how many session journals to keep",
      domain: Settings.NumberDomain(min: 1, max: 100_000, whole: true))
  ]
}
