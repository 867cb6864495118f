import LodeCore

/// Completion analysis for one (line, cursor): a pure function of the line, the
/// registry, the variables and — for field values — the pure part of the pipeline.
struct Completer {
  let interpreter: Interpreter
  let line: String
  let cursor: Int

  static let operators = ["=", "!=", "<", "<=", ">", ">=", "~", "in"]

  func run() -> CompletionResult {
    let scalars = Array(line.unicodeScalars)
    let at = min(max(0, cursor), scalars.count)
    let prefix = line.slice(SourceSpan(0, at))
    if prefix.drop(while: { $0 == " " }).hasPrefix(":") {
      return CompletionResult(replaceFrom: at, candidates: [])
    }
    let tokens = Array(Lexer.tokenize(prefix).tokens.dropLast())
    // The stage being typed: tokens after the last top-level `|`.
    var stageStart = 0
    var depth = 0
    for (i, t) in tokens.enumerated() {
      if t.isSymbol("(") || t.isSymbol("[") { depth += 1 }
      if t.isSymbol(")") || t.isSymbol("]") { depth = max(0, depth - 1) }
      if t.isSymbol("|") && depth == 0 { stageStart = i + 1 }
    }
    var stage = Array(tokens[stageStart...])
    let upstreamEnd = stageStart > 0 ? tokens[stageStart - 1].span.start : 0
    // An open string literal under the cursor: complete values.
    if let last = stage.last, last.isOpen, case .string(let typed) = last.kind {
      let values = valueCandidates(stage: Array(stage.dropLast()), typed: typed, upstreamEnd: upstreamEnd)
      return CompletionResult(replaceFrom: last.span.start, candidates: values)
    }
    // The word being typed, if the cursor touches one.
    var typed = ""
    var from = at
    if let run = hyphenatedRun(stage, endingAt: at) {
      typed = line.slice(SourceSpan(stage[run].span.start, at))
      from = stage[run].span.start
      stage.removeSubrange(run...)
    } else if let last = stage.last, last.span.end == at, isWordish(last) {
      typed = last.text
      from = last.span.start
      stage.removeLast()
    } else if prefix.hasSuffix("--") || (prefix.hasSuffix("-") && !prefix.hasSuffix(" -")) {
      let dashes = prefix.hasSuffix("--") ? 2 : 1
      typed = String(repeating: "-", count: dashes)
      from = at - dashes
      stage.removeLast(min(dashes, stage.count))
    }
    let isFirstStage = stageStart == 0
    let candidates = stageCandidates(
      stage: stage, typed: typed, upstreamEnd: upstreamEnd, firstStage: isFirstStage)
    return CompletionResult(replaceFrom: from, candidates: filter(candidates, typed))
  }

  /// The start index of a hyphenated bare word under the cursor (`UA-1`, `Ivano-Fr`):
  /// touching tokens from an identifier through `-` and more identifiers or numbers,
  /// which the parser joins into one word argument.
  func hyphenatedRun(_ stage: [Token], endingAt at: Int) -> Int? {
    guard let last = stage.last, last.span.end == at else { return nil }
    var i = stage.count - 1
    var sawHyphen = false
    while i > 0, stage[i - 1].span.end == stage[i].span.start {
      let t = stage[i]
      guard t.isSymbol("-") || t.identifier != nil || isNumber(t) else { break }
      if t.isSymbol("-") { sawHyphen = true }
      i -= 1
    }
    guard sawHyphen, stage[i].identifier != nil else { return nil }
    return i
  }

  private func isNumber(_ t: Token) -> Bool {
    if case .number = t.kind { return true }
    return false
  }

  func isWordish(_ t: Token) -> Bool {
    switch t.kind {
    case .identifier, .variable, .flag: return true
    case .invalid: return t.text == "$"
    default: return false
    }
  }

  /// Keeps candidates whose text starts with what was typed (ignoring case and accents);
  /// a quoted candidate (`"Dnipropetrovsk Oblast"`) also matches typing without the quote.
  func filter(_ cs: [CompletionCandidate], _ typed: String) -> [CompletionCandidate] {
    var seen = Set<String>()
    let key = Fold.key(typed)
    return cs.filter { c in
      if key.isEmpty { return seen.insert(c.text).inserted }
      let text = Fold.key(c.text)
      let matches =
        text.hasPrefix(key)
        || (!key.hasPrefix("\"") && text.hasPrefix("\"") && text.dropFirst().hasPrefix(key))
      return matches && seen.insert(c.text).inserted
    }
  }

  var variableCandidates: [CompletionCandidate] {
    interpreter.variables.keys.sorted().map {
      CompletionCandidate("$" + $0, kind: .variable, detail: interpreter.variables[$0]?.type.rawValue)
    }
  }

  func commandCandidates(firstStage: Bool) -> [CompletionCandidate] {
    var out = interpreter.registry.commands.sorted { $0.name < $1.name }.flatMap { d in
      ([d.name] + d.aliases).map { CompletionCandidate($0, kind: .command, detail: d.summary) }
    }
    if firstStage {
      out += variableCandidates
      out.append(CompletionCandidate("let", kind: .keyword, detail: "name a result: let x = …"))
      out += functionCandidates
    }
    return out
  }
}
