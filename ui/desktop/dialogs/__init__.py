"""Desktop dialogs (see ui/desktop/__init__.py)."""
