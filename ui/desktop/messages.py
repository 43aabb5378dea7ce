"""Messages for errors from the core, in the user's language (the core's own messages are
English, for logs and the command line)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app import errors

translate = QCoreApplication.translate


def describe_failure(exc: BaseException) -> str:
    """A short message for an error from the core, in the current language."""
    if isinstance(exc, errors.WrongPassphrase):
        if "recovery" in str(exc):
            return translate("Controller", "That recovery code does not open this vault.")
        return translate(
            "Controller",
            "Wrong passphrase. Check the keyboard layout and Caps Lock, then try again.",
        )
    if isinstance(exc, errors.VaultInUse):
        return translate(
            "Controller",
            "This vault is open in another Casework window or command. Close it first.",
        )
    if isinstance(exc, errors.VaultNotFound):
        return translate("Controller", "There is no vault at this location.")
    if isinstance(exc, ValueError) and "recovery code" in str(exc):
        return translate(
            "Controller", "That is not a recovery code: it has 8 groups of 4 letters and digits."
        )
    if isinstance(exc, errors.VaultTampered):
        return translate(
            "Controller",
            "This vault does not hold what it should: it was changed outside Casework (%1 "
            "problems). Restore a backup, or run “casework check” to list them.",
        ).replace("%1", str(len(exc.messages)))
    if isinstance(exc, errors.VaultWriteFailed):
        return translate(
            "Controller", "Could not write %1: the disk may be full. Nothing was changed."
        ).replace("%1", exc.path)
    if isinstance(exc, errors.VaultError):
        return translate("Controller", "The vault could not be opened: %1").replace("%1", str(exc))
    if isinstance(exc, OSError):
        return translate("Controller", "A file could not be read or written: %1").replace(
            "%1", exc.strerror or str(exc)
        )
    return str(exc)
