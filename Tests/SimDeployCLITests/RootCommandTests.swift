import SimDeployCLI
import Testing

@Test("the root command has a name and abstract")
func rootCommandConfiguration() {
    #expect(SimDeploy.configuration.commandName == "simdeploy")
}
