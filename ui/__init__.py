"""The user interfaces: the command line (``ui.cli``) and the desktop app (``ui.desktop``).

Importing ``ui`` first applies :func:`ui.none_refcount.protect_none`, so every use of Qt —
the desktop app, PDF rendering for the CLI, tests — is safe from PySide6 6.12's
reference-count bug on Python 3.11.
"""

from ui.none_refcount import protect_none

protect_none()
