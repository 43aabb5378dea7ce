"""Signed, encrypted bundles (docs/bundle-format.md — the format is a contract).

- :mod:`app.bundle.writer` writes one (zip streamed into age, manifest signed, padded);
- :mod:`app.bundle.reader` checks one before anything is written (first pass);
- :mod:`app.bundle.importer` plans and applies the merge (second pass, one transaction);
- :mod:`app.bundle.errors` says why a bundle was refused.

Qt-free. Higher-level use cases (export to contacts, sync folder) are in :mod:`app.sync`.
"""

from app.bundle.errors import BundleError
from app.bundle.importer import ImportPlan, apply_import, import_bundle, plan_import
from app.bundle.reader import VerifiedBundle, open_bundle
from app.bundle.writer import WrittenBundle, write_bundle

__all__ = [
    "BundleError",
    "ImportPlan",
    "VerifiedBundle",
    "WrittenBundle",
    "apply_import",
    "import_bundle",
    "open_bundle",
    "plan_import",
    "write_bundle",
]
