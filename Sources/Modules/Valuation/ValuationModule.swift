import FoundationEssentials
import LodeCore

/// Valuation math: share, pv, fv, npv, annuity, payback, cagr, generations and currency
/// conversion, as `value …` commands that show their worked steps and as functions.
public enum ValuationModule: LodeModule {
  public static let name = "Valuation"

  public static let commands: [CommandDescriptor] = [
    ValueShare.descriptor, ValuePresent.descriptor, ValueFuture.descriptor, ValueNPV.descriptor,
    ValueAnnuity.descriptor, ValuePayback.descriptor, ValueCAGR.descriptor,
    ValueGenerations.descriptor, ValueConvert.descriptor,
  ]

  /// Derived from the commands' declarations (`value pv` → `pv(…)`).
  public static let functions: [FunctionDescriptor] = [
    ValuePresent.function, ValueFuture.function, ValueNPV.function, ValueAnnuity.function,
    ValuePayback.function, ValueCAGR.function, ValueGenerations.function, ValueConvert.function,
  ]

  public static let settings: [Settings.Spec] = [
    Settings.Spec(
      "generation.years", .number, "25", "years in one generation (value generations)",
      domain: Settings.NumberDomain(min: 1, max: 1000, whole: false))
  ]
}
