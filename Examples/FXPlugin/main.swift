import Foundation
import LodeCore
import LodePluginKit

// lode-plugin-fx: a currency table and conversion, the Swift example of LodePluginKit.
// Started by plugins/fx/run (see plugins/fx/plugin.json).

let plugin = LodePlugin(name: "fx")

plugin.command("fx rates") { call in
  let table = FXRates(settings: call.settings)
  // A careless log line written straight to fd 1, on purpose: serve() pointed fd 1 at
  // stderr, so it shows up in lode's stderr tail for this plugin, not in the protocol.
  FileHandle.standardOutput.write(Data("fx: \(table.rates.count) rates\n".utf8))
  return .table(
    Table(
      schema: Schema([
        .init("currency", .string), .init("name", .string), .init("usd_per_unit", .number),
        .init("source", .string),
      ]),
      rows: table.rates.map {
        [.string($0.currency), .string($0.name), .number($0.usdPerUnit), .string($0.source)]
      }))
}

plugin.command("fx convert") { call in
  let table = FXRates(settings: call.settings)
  let money: Money
  switch call["amount"] {
  case .money(let m): money = m
  case .number(let d): money = Money(d, "USD")
  default:
    throw PluginError("fx convert needs money or a number (read as USD)", argument: "amount")
  }
  let target = (call.string("currency") ?? "").uppercased()
  guard let from = table.rate(money.currency) else {
    throw PluginError(
      "no rate for \(money.currency)", argument: "amount",
      hint: "set one with :set fx.\(money.currency) USD_PER_UNIT")
  }
  let toRate: Decimal
  if case .number(let r) = call.flags["rate"] ?? .null {
    guard r > 0 else { throw PluginError("--rate must be positive", hint: "USD per one \(target)") }
    toRate = r
  } else if let to = table.rate(target) {
    toRate = to.usdPerUnit
  } else {
    throw PluginError(
      "no rate for `\(target)`", argument: "currency",
      hint:
        "known: \(table.rates.map(\.currency).joined(separator: ", ")); or :set fx.\(target) USD_PER_UNIT"
    )
  }
  let amount = FXRates.convert(money.amount, from: from.usdPerUnit, to: toRate)
  return .money(Money(amount, target, perYear: money.perYear))
}

plugin.command("fx version") { _ in
  .string("fx 1.0 (built-in rates of \(FXRates.asOf))")
}

exit(plugin.serve())
