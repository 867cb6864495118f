import LodeExtract
import LodeModel

/// The bundled seed articles as a corpus, loaded when a command first needs it.
enum SeedCorpus {
  static func load() -> Corpus { CorpusLoader.bundledSeeds() }
}
