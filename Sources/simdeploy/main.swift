import SimDeployCLI

SimDeploy.runMain()
