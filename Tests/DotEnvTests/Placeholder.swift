// Replaced by the DotEnv tests.
