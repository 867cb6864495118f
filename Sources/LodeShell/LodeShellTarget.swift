/// Namespace for the LodeShell target; see docs/modules.md.
public enum LodeShellTarget {}
