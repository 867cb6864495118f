/// Namespace for the LodeQuery target; see docs/modules.md.
public enum LodeQueryTarget {}
