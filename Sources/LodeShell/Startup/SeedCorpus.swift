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
  /// The corpus, from `cacheFolder` (a folder such as `~/.cache/lode`) when possible.
  static func load(cacheFolder: String?, build: String? = BuildIdentity.current) -> Corpus {
    guard let cacheFolder, let build else { return CorpusLoader.bundledSeeds() }
    let reference = ReferenceData.bundled
    let inputs = BundledSeeds.articles.map { f in
      (id: (f.name as NSString).deletingPathExtension, path: "seeds/articles/\(f.name)", raw: f.text)
    }
    let folder = cacheFolder + "/seeds-" + build
    let cache = CorpusCache(directory: URL(fileURLWithPath: folder))
    let key = CorpusCache.key(inputs, reference: reference)
    if let facts = cache.load(key), facts.count == inputs.count {
      return CorpusAssembler.assemble(facts, reference: reference)
    }
    removeOtherBuilds(in: cacheFolder, keeping: "seeds-" + build)
    var loader = CorpusLoader(reference: reference)
    loader.cache = cache
    return loader.extract(inputs)
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
