package dev.steward.model.classification;

/// What a rule sees: the facts, plus the outcome of the rules evaluated before it (later rules
/// such as the NHI baseline or compounding exposure build on earlier ones).
record RuleContext(Facts facts, boolean nhiSoFar, boolean verdictDecided, RiskTier tierSoFar) {
}
