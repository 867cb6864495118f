import Foundation

/// lode-bench: `extract [MB]`, `stages [MB]`, `query [runs] [name]`, `plugin`, `cache [articles]`,
/// `cache-reload [articles]`, `completion [articles] [line] [calls]`,
/// `corpus DIR [articles]`, `jsonl FILE [MB]`, `e2e DIR [rounds]`, `memory DIR...`, `tables DIR` — release-build benchmarks that print lode's
/// figures (next to sqlite3's where it applies).
let args = CommandLine.arguments.dropFirst()
let number = args.dropFirst().first.flatMap { Int($0) }
switch args.first ?? "extract" {
case "extract": runExtractionBenchmark(megabytes: number ?? 50)
case "stages": runStageBenchmark(megabytes: number ?? 10)
case "query": runQueryBenchmark(runs: number ?? 5, only: args.dropFirst(2).first)
case "plugin": print(runPluginBenchmark())
case "cache": runCacheBenchmark(articles: number ?? 10_000)
case "cache-reload": runCacheReloadBenchmark(articles: number ?? 10_000)
case "corpus":
  guard let folder = args.dropFirst().first else { print("usage: lode-bench corpus DIR [articles]"); exit(2) }
  writeCorpusFiles(to: folder, articles: args.dropFirst(2).first.flatMap { Int($0) } ?? 10_000)
case "jsonl":
  guard let file = args.dropFirst().first else { print("usage: lode-bench jsonl FILE [MB]"); exit(2) }
  writeArticleLines(to: file, megabytes: args.dropFirst(2).first.flatMap { Int($0) } ?? 500)
case "e2e":
  guard let folder = args.dropFirst().first else { print("usage: lode-bench e2e DIR [rounds]"); exit(2) }
  runEndToEndBenchmark(folder: folder, rounds: args.dropFirst(2).first.flatMap { Int($0) } ?? 3)
case "memory":
  guard args.count > 1 else { print("usage: lode-bench memory DIR..."); exit(2) }
  runMemoryBenchmark(folders: Array(args.dropFirst()))
case "tables":
  guard let folder = args.dropFirst().first else { print("usage: lode-bench tables DIR"); exit(2) }
  runTableCommands(folder: folder)
case "completion":
  runCompletionBenchmark(
    articles: number ?? 3_000, only: args.dropFirst(2).first, calls: args.dropFirst(3).first.flatMap { Int($0) } ?? 100)
default:
  print(
    "usage: lode-bench extract [MB] | stages [MB] | query [runs] [name] | plugin | cache [articles]"
      + " | cache-reload [articles] | completion [articles] [line] [calls] | corpus DIR [articles] | jsonl FILE [MB] | e2e DIR [rounds] | memory DIR... | tables DIR"
  )
  exit(2)
}
