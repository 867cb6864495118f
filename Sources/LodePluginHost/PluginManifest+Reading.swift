extension PluginManifest {
  /// Reads a `plugin.json` as its `Codable` form does, field for field, and fails with
  /// the same one-line reasons (`missing `commands[0].summary``, `` `version` should be a
  /// string``, `not valid JSON`), without Foundation's `JSONDecoder` (see `ManifestJSON`).
  static func read(_ bytes: [UInt8]) throws(ManifestProblem) -> PluginManifest {
    guard let json = ManifestJSON.parse(bytes) else { throw ManifestProblem("not valid JSON") }
    let top = Field(json, path: "")
    return PluginManifest(
      name: try top.string("name"), version: try top.string("version"),
      protocol: try top.int("protocol"), run: try top.strings("run"),
      description: try top.optionalString("description"),
      commands: try top.list("commands").map { c throws(ManifestProblem) in
        Command(
          name: try c.string("name"), summary: try c.string("summary"),
          discussion: try c.optionalString("discussion"), aliases: try c.optionalStrings("aliases"),
          parameters: try c.optionalList("parameters")?.map { p throws(ManifestProblem) in
            Parameter(
              name: try p.string("name"), shape: try p.string("shape"),
              type: try p.optionalString("type"), optional: try p.optionalBool("optional"),
              keyword: try p.optionalString("keyword"), choices: try p.optionalStrings("choices"),
              help: try p.optionalString("help"), completion: try p.completion("completion"))
          },
          flags: try c.optionalList("flags")?.map { f throws(ManifestProblem) in
            Flag(
              name: try f.string("name"), short: try f.optionalString("short"),
              type: try f.optionalString("type"), help: try f.optionalString("help"),
              completion: try f.completion("completion"))
          },
          examples: try c.optionalList("examples")?.map { e throws(ManifestProblem) in
            Example(
              summary: try e.string("summary"), input: try e.string("input"),
              output: try e.optionalString("output"))
          },
          input: try c.optionalString("input"), output: try c.optionalString("output"),
          columns: try c.optionalList("columns")?.map { k throws(ManifestProblem) in
            Column(
              name: try k.string("name"), type: try k.optionalString("type"),
              hidden: try k.optionalBool("hidden"))
          })
      })
  }
}

/// An object in a manifest and its path (`commands[0]`), with typed readers of its members.
private struct Field {
  let json: ManifestJSON
  let path: String

  init(_ json: ManifestJSON, path: String) {
    self.json = json
    self.path = path
  }

  func child(_ key: String) -> String { path.isEmpty ? key : path + "." + key }

  /// The member `key`, or nil when absent or null; fails when `self` is not an object.
  func member(_ key: String) throws(ManifestProblem) -> ManifestJSON? {
    guard case .object = json else { try notObject() }
    if case .null? = json[key] { return nil }
    return json[key]
  }

  func required(_ key: String, _ what: String) throws(ManifestProblem) -> ManifestJSON {
    guard case .object = json else { try notObject() }
    guard let raw = json[key] else { throw ManifestProblem("missing `\(child(key))`") }
    if case .null = raw { throw ManifestProblem("`\(child(key))` is null, expected \(what)") }
    return raw
  }

  func notObject() throws(ManifestProblem) -> Never {
    throw ManifestProblem("`\(path.isEmpty ? "(top level)" : path)` should be an object")
  }

  func mismatch(_ key: String, _ what: String) -> ManifestProblem {
    ManifestProblem("`\(child(key))` should be \(what)")
  }

  func string(_ key: String) throws(ManifestProblem) -> String {
    guard case .string(let s) = try required(key, "a string") else { throw mismatch(key, "a string") }
    return s
  }

  func optionalString(_ key: String) throws(ManifestProblem) -> String? {
    guard let v = try member(key) else { return nil }
    guard case .string(let s) = v else { throw mismatch(key, "a string") }
    return s
  }

  func optionalBool(_ key: String) throws(ManifestProblem) -> Bool? {
    guard let v = try member(key) else { return nil }
    guard case .bool(let b) = v else { throw mismatch(key, "true or false") }
    return b
  }

  func int(_ key: String) throws(ManifestProblem) -> Int {
    guard case .number(let n) = try required(key, "a number"), n.rounded() == n,
      abs(n) < 1e15
    else { throw mismatch(key, "a number") }
    return Int(n)
  }

  func strings(_ key: String) throws(ManifestProblem) -> [String] {
    try Self.strings(try required(key, "an array"), path: child(key))
  }

  func optionalStrings(_ key: String) throws(ManifestProblem) -> [String]? {
    guard let v = try member(key) else { return nil }
    return try Self.strings(v, path: child(key))
  }

  static func strings(_ v: ManifestJSON, path: String) throws(ManifestProblem) -> [String] {
    guard case .array(let items) = v else { throw ManifestProblem("`\(path)` should be an array") }
    var out: [String] = []
    for (i, item) in items.enumerated() {
      guard case .string(let s) = item else {
        throw ManifestProblem("`\(path)[\(i)]` should be a string")
      }
      out.append(s)
    }
    return out
  }

  func list(_ key: String) throws(ManifestProblem) -> [Field] {
    try Self.fields(try required(key, "an array"), path: child(key))
  }

  func optionalList(_ key: String) throws(ManifestProblem) -> [Field]? {
    guard let v = try member(key) else { return nil }
    return try Self.fields(v, path: child(key))
  }

  static func fields(_ v: ManifestJSON, path: String) throws(ManifestProblem) -> [Field] {
    guard case .array(let items) = v else { throw ManifestProblem("`\(path)` should be an array") }
    return items.enumerated().map { Field($1, path: "\(path)[\($0)]") }
  }

  /// A list of words, or one name (`"fields"`, `"files:csv"`): `Completion`'s two forms.
  func completion(_ key: String) throws(ManifestProblem) -> PluginManifest.Completion? {
    guard let v = try member(key) else { return nil }
    if case .array = v, let words = try? Self.strings(v, path: child(key)) { return .words(words) }
    guard case .string(let name) = v else { throw mismatch(key, "a string") }
    return .named(name)
  }
}
