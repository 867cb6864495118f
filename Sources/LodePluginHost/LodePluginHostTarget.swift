/// Namespace for the LodePluginHost target; see docs/modules.md.
public enum LodePluginHostTarget {}
