"""Desktop models (see ui/desktop/__init__.py)."""
