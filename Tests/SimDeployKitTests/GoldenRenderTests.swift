import TestSupport
import Testing

@testable import SimDeployKit

@Suite("golden renders")
struct GoldenRenderTests {
    @Test("every scenario renders byte-identical to its golden files", arguments: Scenarios.names)
    func scenarioMatchesGolden(_ name: String) throws {
        let (_, plan) = try Scenarios.render(name)
        for planned in plan.files {
            assertGolden(planned.file.contents, "\(name)/\(planned.file.path)")
        }
    }
}
