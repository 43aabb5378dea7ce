"""Desktop pages (see ui/desktop/__init__.py)."""
