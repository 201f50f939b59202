// Filled by the parser implementation.
