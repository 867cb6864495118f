/// Namespace for the LodeSession target; see docs/modules.md.
public enum LodeSessionTarget {}
