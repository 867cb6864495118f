import Foundation
import LodeExport
import Testing

@testable import LodeSQL

@Suite struct SQLDefinitionsTests {
  @Test func mentionsAsDuckDBDefinesThem() {
    #expect(
      SQLDefinitions.ddl(.duckdb, tables: [.mentions])
        == """
        CREATE TABLE "mentions" (
          "entity" VARCHAR,
          "text" VARCHAR,
          "doc" VARCHAR,
          "sentence" DECIMAL(38,10),
          "start" DECIMAL(38,10),
          "end" DECIMAL(38,10),
          "extractor" VARCHAR
        );

        """)
  }

  @Test func aColumnThatCanHoldMoneyIsThreeAsTheCSVHeaderSays() {
    let ddl = SQLDefinitions.ddl(.spark, tables: [.amounts])
    let names = ddl.split(separator: "\n").dropFirst().dropLast().map {
      String($0.trimmingCharacters(in: .whitespaces).split(separator: " ")[0].dropFirst().dropLast())
    }
    #expect(
      names.joined(separator: ",")
        == "id,text,kind,value,value_currency,value_per,refers_to,holder,qualifier,currency,unit,doc,sentence,start,end,extractor"
    )
    #expect(ddl.contains("  `value` DECIMAL(38,10),\n  `value_currency` STRING,\n  `value_per` STRING,\n"))
  }

  @Test func everyFactTableIsDefinedOnceInEachDialect() {
    for dialect in SQLDialect.allCases {
      let ddl = SQLDefinitions.ddl(dialect)
      #expect(ddl.components(separatedBy: "CREATE TABLE ").count - 1 == FactTable.allCases.count)
    }
  }
}
