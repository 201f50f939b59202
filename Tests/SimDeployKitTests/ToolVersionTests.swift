import SimDeployKit
import Testing

@Test("the tool version is a semantic version")
func toolVersionIsSemantic() {
    let parts = ToolVersion.current.split(separator: ".")
    #expect(parts.count == 3 && parts.allSatisfy { Int($0) != nil })
}
