import LodeCore
import Testing

@testable import LodeModel

@Suite struct TSVTableTests {
  @Test func linesCellsAndListsSplitOnBytes() {
    var diags: [Diagnostic] = []
    let text = "id\tname\taliases\r\nkyiv\tKyïv\t Kiev | Київ ||\r\n\nbad\trow\n"
    let t = TSVTable(name: "t.tsv", text: text, diagnostics: &diags)
    #expect(t.header == ["id", "name", "aliases"])
    #expect(t.rows == [["kyiv", "Kyïv", " Kiev | Київ ||"]])
    #expect(t.records.first?.list("aliases") == ["Kiev", "Київ"])
    #expect(t.records.first?["name"] == "Kyïv")
    #expect(diags.map(\.id) == ["reference.tsv.badRow"])
    #expect(diags.first?.message.contains("line 4") == true)
  }

  @Test func emptyTextIsReported() {
    var diags: [Diagnostic] = []
    let t = TSVTable(name: "e.tsv", text: "\n\n", diagnostics: &diags)
    #expect(t.header.isEmpty && t.rows.isEmpty)
    #expect(diags.map(\.id) == ["reference.tsv.empty"])
  }
}
