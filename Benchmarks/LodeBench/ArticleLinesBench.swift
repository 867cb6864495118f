import Foundation
import LodeCore

/// `lode-bench jsonl FILE [MB]`: writes about MB megabytes of article JSON lines
/// (`{"id","date","title","text"}`, wire-story length, the extraction corpus's paragraphs)
/// to FILE, one article at a time, for timing `lode extract` on a large stream.
func writeArticleLines(to path: String, megabytes: Int) {
  guard FileManager.default.createFile(atPath: path, contents: nil), let out = FileHandle(forWritingAtPath: path) else {
    print("cannot write \(path)")
    exit(1)
  }
  let target = megabytes * 1_000_000
  var size = 0
  var i = 0
  var chunk = ""
  while size < target {
    var text = ""
    for k in 0..<28 {
      let p = ExtractionCorpus.paragraphs[(i + k) % ExtractionCorpus.paragraphs.count]
        .replacingOccurrences(of: "{name}", with: ExtractionCorpus.names[(i + k) % ExtractionCorpus.names.count])
        .replacingOccurrences(of: "{n}", with: String((i * 7 + k) % 900 + 10))
        .replacingOccurrences(of: "{p}", with: String((i + k) % 60 + 1))
        .replacingOccurrences(of: "{d}", with: String((i + k) % 28 + 1))
      text += p + "\n"
    }
    let line =
      "{\"id\":\"gen\(i)\",\"date\":\"2025-03-\(String(format: "%02d", i % 28 + 1))\",\"title\":\"Generated article \(i)\",\"text\":\(JSONWriter.string(text))}\n"
    chunk += line
    size += line.utf8.count
    i += 1
    if chunk.utf8.count > 1 << 20 {
      out.write(Data(chunk.utf8))
      chunk = ""
    }
  }
  out.write(Data(chunk.utf8))
  try? out.close()
  print(String(format: "%d articles, %.1f MB in %@", i, Double(size) / 1e6, path))
}
