import Foundation
import LodeExtract
import LodeModel

/// The bundled seed articles as a corpus, loaded when a command first needs it.
///
/// With a cache folder, the extracted facts are kept under `seeds-BUILDID/` (the
/// executable's build id), so a rebuilt binary — new extraction code or new seeds — never
/// reads an older result; the content key inside (`CorpusCache.key`) covers the inputs and
/// reference data as well. A missing or damaged cache only means extracting again.
enum SeedCorpus {
  /// The file in `seeds-BUILDID/` holding the content key the cache was written under.
  static let keyFileName = "key"

  /// The corpus, from `cacheFolder` (a folder such as `~/.cache/lode`) when possible.
  static func load(cacheFolder: String?, build: String? = BuildIdentity.current) -> Corpus {
    guard let cacheFolder, let build else { return CorpusLoader.bundledSeeds() }
    let reference = ReferenceData.bundled
    let folder = cacheFolder + "/seeds-" + build
    let cache = CorpusCache(directory: URL(fileURLWithPath: folder))
    let keyFile = folder + "/" + keyFileName
    // Everything the content key hashes (seeds, reference data, extractor version) is
    // compiled into this build, so the key is the same at every start of it: hashing the
    // reference data again (1.5M instructions, mostly printing decimals) is skipped by
    // reading back the key written beside the cache when it was filled.
    if let key = readKey(keyFile), let facts = cache.load(key),
      facts.count == BundledSeeds.articles.count
    {
      return CorpusAssembler.assemble(facts, reference: reference)
    }
    let inputs = BundledSeeds.articles.map { f in
      (id: (f.name as NSString).deletingPathExtension, path: "seeds/articles/\(f.name)", raw: f.text)
    }
    let key = CorpusCache.key(inputs, reference: reference)
    if let facts = cache.load(key), facts.count == inputs.count {
      writeKey(key, to: keyFile)
      return CorpusAssembler.assemble(facts, reference: reference)
    }
    removeOtherBuilds(in: cacheFolder, keeping: "seeds-" + build)
    var loader = CorpusLoader(reference: reference)
    loader.cache = cache
    let corpus = loader.extract(inputs)
    writeKey(key, to: keyFile)
    return corpus
  }

  /// The key stored in `path`: hex digits only (it names the cache file), else nil.
  static func readKey(_ path: String) -> String? {
    guard let data = FileManager.default.contents(atPath: path), (1...128).contains(data.count),
      data.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) })
    else { return nil }
    return String(decoding: data, as: UTF8.self)
  }

  /// Writes the key beside the cache; a failure only means hashing again next time.
  private static func writeKey(_ key: String, to path: String) {
    try? Data(key.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
  }

  /// Seed caches of earlier builds are never read again: remove them.
  private static func removeOtherBuilds(in folder: String, keeping: String) {
    let fm = FileManager.default
    guard let names = try? fm.contentsOfDirectory(atPath: folder) else { return }
    for name in names where name.hasPrefix("seeds-") && name != keeping {
      try? fm.removeItem(atPath: folder + "/" + name)
    }
  }
}
