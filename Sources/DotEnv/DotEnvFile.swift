// Placeholder removed by the DotEnv implementation.
