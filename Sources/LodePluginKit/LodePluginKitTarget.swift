/// Namespace for the LodePluginKit target; see docs/modules.md.
public enum LodePluginKitTarget {}
