"""Detection benchmarks on data the engine's lists never saw (names, streets and cities from other
sources, and invented names): a shared set format and scorer (`format`), value sources (`sources`), a
development set that guided the fixes (`devset`) and a blind set that did not (`blindset`)."""
