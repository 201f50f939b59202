import SimDeployCLI

SimDeploy.main()
