"""Realistic synthetic cases for the demo vault (``casework demo``), the benchmarks and the
tests: names, charges, custody, sentences and their stories, all made up. Pure except
:func:`create_demo_session` and :func:`write_demo_vault`, which write a vault.
"""

from app.demo.generate import (
    DEFAULT_SEED,
    create_demo_session,
    generate_cases,
    primary_groups,
    write_demo_vault,
)

__all__ = [
    "DEFAULT_SEED",
    "create_demo_session",
    "generate_cases",
    "primary_groups",
    "write_demo_vault",
]
