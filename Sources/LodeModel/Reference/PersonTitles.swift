/// Titles and offices an analyst may type before a name (`said "President Zelensky"`,
/// `speaker = "Treasury Secretary Bessent"`): name lookups that find nobody under the
/// whole text try again without them, so every person answers with and without a title
/// instead of only those whose title happens to be listed as an alias.
public enum PersonTitles {
  /// Folded title words; a run of them before the name is dropped.
  public static let words: Set<String> = [
    "president", "vice", "prime", "minister", "deputy", "first", "foreign", "secretary",
    "treasury", "state", "of", "the", "speaker", "chairman", "chairwoman", "chair", "mr",
    "mrs", "ms", "miss", "dr", "sen", "senator", "rep", "representative", "gov", "governor",
    "mayor", "gen", "general", "ambassador", "envoy", "special", "chancellor", "premier",
    "mp", "pm", "former",
  ]

  /// The words of a folded, space-separated name after its leading titles, or nil when
  /// it starts with none (or is nothing but titles: a name must remain).
  public static func stripped(_ key: String) -> String? {
    let words = key.split(separator: " ")
    guard let first = words.firstIndex(where: { !Self.words.contains(String($0)) }), first > 0 else {
      return nil
    }
    return words[first...].joined(separator: " ")
  }
}
