/// Namespace for the LodeTestSupport target; see docs/modules.md.
public enum LodeTestSupportTarget {}
