"""What this installation is: the version the CLI, ``--self-test`` and the app report."""

from __future__ import annotations


def version() -> str:
    """The installed distribution's version, or ``0+unknown`` when run from a bare tree."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as dist_version

    try:
        return dist_version("casework")
    except PackageNotFoundError:
        return "0+unknown"
