/// Namespace for the LodePluginProtocol target; see docs/modules.md.
public enum LodePluginProtocolTarget {}
