"""Fixtures shared by the fuzzers."""

from tests.fuzz.bundle_world import world  # noqa: F401 (a fixture, registered here)
