"""Desktop widgets (see ui/desktop/__init__.py)."""
