// swift-tools-version: 6.0
import PackageDescription

/// lode: a line-editing analysis shell for news about Ukraine's mineral wealth.
/// Dependencies point one way: lode → LodeShell → (LodeSession, LodeQuery, LodePluginHost,
/// modules, LineEditor) → LodeExtract → LodeModel → LodeCore. See docs/modules.md.
let strict: [SwiftSetting] = [
  .enableUpcomingFeature("ExistentialAny"),
  .enableUpcomingFeature("MemberImportVisibility"),
  // Release on Linux, for start-up (docs/performance.md): generic metadata is made by calling
  // its accessor with the arguments instead of demangling a type name at run time, and every
  // function gets its own section, so that the start-up order (scripts/startup-order) can
  // lay out just the functions that run.
  .unsafeFlags(
    [
      "-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors",
      "-Xfrontend", "-function-sections",
    ],
    .when(platforms: [.linux], configuration: .release)),
]

func module(_ name: String, folder: String, deps: [Target.Dependency] = []) -> Target {
  .target(
    name: name, dependencies: ["LodeCore", "LodeModel"] + deps,
    path: "Sources/Modules/\(folder)", swiftSettings: strict)
}

let package = Package(
  name: "lode",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "lode", targets: ["lode"]),
    .library(name: "LodePluginKit", targets: ["LodePluginKit"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
  ],
  targets: [
    // libedit is dlopened by the shim when an interactive editor starts, not linked.
    .target(
      name: "CLineEdit", path: "Sources/CLineEdit",
      linkerSettings: [.linkedLibrary("dl", .when(platforms: [.linux]))]),
    .target(name: "LineEditor", dependencies: ["CLineEdit"], swiftSettings: strict),
    .target(name: "LodeCore", swiftSettings: strict),
    .target(name: "LodeModel", dependencies: ["LodeCore"], swiftSettings: strict),
    .target(name: "LodeExtract", dependencies: ["LodeCore", "LodeModel"], swiftSettings: strict),
    .target(name: "LodeQuery", dependencies: ["LodeCore"], swiftSettings: strict),
    module("CorpusModule", folder: "Corpus"),
    module("ValuationModule", folder: "Valuation"),
    module("RegionsModule", folder: "Regions"),
    module("QuotesModule", folder: "Quotes"),
    module("TimelineModule", folder: "Timeline"),
    .target(name: "LodePluginProtocol", dependencies: ["LodeCore"], swiftSettings: strict),
    .target(
      name: "LodePluginHost", dependencies: ["LodeCore", "LodePluginProtocol"],
      swiftSettings: strict),
    .target(
      name: "LodePluginKit", dependencies: ["LodeCore", "LodePluginProtocol"],
      swiftSettings: strict),
    .target(name: "LodeSession", dependencies: ["LodeCore"], swiftSettings: strict),
    .target(
      name: "LodeExport",
      dependencies: ["LodeCore", "LodeModel", "LodeExtract", "CorpusModule", "QuotesModule", "TimelineModule"],
      swiftSettings: strict),
    .target(
      name: "LodeSQL", dependencies: ["LodeCore", "LodeModel", "LodeQuery", "LodeExport"],
      swiftSettings: strict),
    .target(
      name: "LodeShell",
      dependencies: [
        "LodeCore", "LodeModel", "LodeExtract", "LodeQuery", "LodeSession", "LodePluginHost",
        "LineEditor", "CorpusModule", "ValuationModule", "RegionsModule", "QuotesModule",
        "TimelineModule",
      ],
      swiftSettings: strict),
    .executableTarget(
      name: "lode",
      dependencies: [
        "LineEditor", "LodeCore", "LodeExport", "LodePluginHost", "LodeQuery", "LodeSession", "LodeShell",
        "LodeModel", "LodeSQL", .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: strict,
      // lld packs the ~80k relative relocations of a PIE (DT_RELR, glibc 2.36+) that gold
      // writes one by one (debug builds). Release only: linked at a fixed address (-no-pie:
      // no relocation dirties the 1 MB of metadata pages at start; docs/performance.md),
      // scripts/link makes -lstdc++ and -lgcc_s link GCC's static archives (no
      // libstdc++.so to load and relocate at start), --no-export-dynamic undoes the static
      // stdlib's -export-dynamic (a 6,000-symbol table that dladdr scans at start), and the
      // code and data start-up touches are laid out together (scripts/startup-order).
      linkerSettings: [
        .unsafeFlags(
          ["-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs"],
          .when(platforms: [.linux])),
        .unsafeFlags(
          [
            "-Xclang-linker", "-no-pie",
            "-L", Context.packageDirectory + "/scripts/link", "-Xlinker", "--no-export-dynamic",
            "-Xlinker",
            "--symbol-ordering-file=" + Context.packageDirectory + "/scripts/link/startup-order.txt",
            "-Xlinker", "--no-warn-symbol-ordering",
          ],
          .when(platforms: [.linux], configuration: .release)),
      ]),
    .executableTarget(
      name: "lode-plugin-fx", dependencies: ["LodePluginKit"],
      path: "Examples/FXPlugin", swiftSettings: strict),
    .executableTarget(
      name: "lode-bench",
      dependencies: [
        "LodeCore", "LodeModel", "LodeExtract", "LodePluginHost", "LodeQuery", "LodeSession", "LodeShell",
      ],
      path: "Benchmarks/LodeBench", swiftSettings: strict),
    .target(
      name: "LodeFuzz",
      dependencies: ["LodeCore", "LodeModel", "LodeExtract", "LodeQuery", "LodePluginProtocol"],
      swiftSettings: strict),
    .target(
      name: "LodeTestSupport", dependencies: ["LodeCore", "LodeQuery", "LodeShell", "LodeSession"],
      swiftSettings: strict),

    // Test targets list what they import and build with the same strict settings.
    .testTarget(name: "LodeCoreTests", dependencies: ["LodeCore"], swiftSettings: strict),
    .testTarget(name: "LineEditorTests", dependencies: ["LineEditor"], swiftSettings: strict),
    .testTarget(name: "LodeModelTests", dependencies: ["LodeCore", "LodeModel"], swiftSettings: strict),
    .testTarget(
      name: "LodeExtractTests", dependencies: ["LodeCore", "LodeExtract", "LodeModel", "LodeTestSupport"],
      exclude: ["Articles"], swiftSettings: strict),
    .testTarget(
      name: "LodeQueryTests", dependencies: ["LodeQuery", "LodeCore", "LodeTestSupport"], swiftSettings: strict),
    .testTarget(name: "LodeExportTests", dependencies: ["LodeExport", "LodeCore"], swiftSettings: strict),
    .testTarget(
      name: "LodeSQLTests",
      dependencies: ["LodeSQL", "LodeExport", "LodeCore", "LodeModel", "LodeQuery", "LodeShell", "LodeTestSupport"],
      swiftSettings: strict),
    .testTarget(
      name: "ModulesTests",
      dependencies: [
        "CorpusModule", "ValuationModule", "RegionsModule", "QuotesModule", "TimelineModule",
        "LodeCore", "LodeExtract", "LodeModel", "LodeShell",
      ],
      swiftSettings: strict),
    .testTarget(
      name: "LodePluginHostTests",
      dependencies: [
        "LodeCore", "LodePluginHost", "LodePluginProtocol", "LodeShell", "LodeTestSupport", "lode-plugin-fx",
      ],
      exclude: ["Fixtures"], swiftSettings: strict),
    .testTarget(
      name: "LodeSessionTests", dependencies: ["LodeCore", "LodeSession", "LodeTestSupport"],
      swiftSettings: strict),
    .testTarget(
      name: "LodeShellTests",
      dependencies: [
        "LineEditor", "LodeCore", "LodeExtract", "LodeModel", "LodeQuery", "LodeSession", "LodeShell",
        "LodeTestSupport",
      ],
      exclude: ["Golden"], swiftSettings: strict),
    .testTarget(
      name: "LodeFuzzTests", dependencies: ["LodeFuzz", "LodeTestSupport"], exclude: ["Corpus"],
      swiftSettings: strict),
    .testTarget(
      name: "EndToEndTests",
      dependencies: ["LodeSession", "LodeShell", "LodeTestSupport", "lode", "lode-plugin-fx"],
      exclude: ["Transcripts"], swiftSettings: strict),
  ]
)
