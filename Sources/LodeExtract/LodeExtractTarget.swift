/// Namespace for the LodeExtract target; see docs/modules.md.
public enum LodeExtractTarget {}
