"""Fuzzers of every parser that reads untrusted input (issue #7): hypothesis with a fixed
budget, seeded from ``tests/fuzz/corpus/``. See ``tests/fuzz/README.md``."""
