import Testing
import YAML

@Test("a mark prints as line:column")
func markDescription() {
    #expect(Mark(line: 12, column: 9).description == "12:9")
}
