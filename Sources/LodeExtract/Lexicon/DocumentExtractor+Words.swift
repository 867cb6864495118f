/// The words `DocumentExtractor` reads: nouns that make a figure a claim ("a demand of $500bn").
extension DocumentExtractor {
  static let claimNouns: WordSet = [
    "proposal", "demand", "demands", "plan", "offer", "estimate", "estimates", "figure", "figures",
    "claim", "claims", "request", "bid", "call", "calculation", "assessment", "pledge", "promise",
  ]
}
