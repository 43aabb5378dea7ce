"""Desktop preferences kept outside the vault: language, auto-lock delay, the vault's path.

Read before unlock, so they cannot live in the vault. They never name a client: no recent
files, no window titles, no searches (docs/vault-format.md). Stored as an INI file
(``QSettings``) in the user's config folder, or at a path given for tests.
"""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_config_dir
from PySide6.QtCore import QSettings

DEFAULT_AUTO_LOCK_MINUTES = 5.0
CLIPBOARD_CLEAR_SECONDS = 30


def default_preferences_path() -> Path:
    return Path(user_config_dir("casework", appauthor=False)) / "desktop.ini"


class Preferences:
    """Typed access to the settings file (GUI thread)."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path is not None else default_preferences_path()
        self._settings = QSettings(str(self.path), QSettings.Format.IniFormat)

    @property
    def language(self) -> str:
        """``""`` follows the system language; else ``en``, ``az`` or ``ru``."""
        return str(self._settings.value("language", "") or "")

    @language.setter
    def language(self, value: str) -> None:
        self._settings.setValue("language", value)
        self._settings.sync()

    @property
    def auto_lock_minutes(self) -> float:
        """Idle minutes before the vault locks itself (fractions allowed, for tests)."""
        try:
            value = float(str(self._settings.value("auto_lock_minutes", DEFAULT_AUTO_LOCK_MINUTES)))
        except ValueError:
            return DEFAULT_AUTO_LOCK_MINUTES
        return value if value > 0 else DEFAULT_AUTO_LOCK_MINUTES

    @auto_lock_minutes.setter
    def auto_lock_minutes(self, value: float) -> None:
        self._settings.setValue("auto_lock_minutes", float(value))
        self._settings.sync()

    @property
    def vault_path(self) -> str:
        """The vault opened last (a path chosen by the user; never a client's name)."""
        return str(self._settings.value("vault_path", "") or "")

    @vault_path.setter
    def vault_path(self, value: str) -> None:
        self._settings.setValue("vault_path", value)
        self._settings.sync()
