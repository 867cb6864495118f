/// Namespace for the LineEditor target; see docs/modules.md.
public enum LineEditorTarget {}
