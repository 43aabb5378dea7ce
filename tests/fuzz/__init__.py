"""Fuzzers of every parser that reads untrusted input: hypothesis with a fixed
budget, seeded from ``tests/fuzz/corpus/``. See ``tests/fuzz/README.md``."""
