"""Exceptions raised by the age codec.

The classes follow the failure classes of the age test vectors (C2SP CCTV): a malformed
header, a header whose MAC does not match, no identity matching any stanza, and a payload
that fails authentication. Each carries a stable ``code`` so the UI and CLI can render a
translated message; ``str(exc)`` is an English message for logs.
"""

from __future__ import annotations

__all__ = [
    "AgeDecryptError",
    "AgeError",
    "AgeHeaderError",
    "AgeHeaderMacError",
    "AgeKeyError",
    "AgeNoIdentityMatch",
]


class AgeError(Exception):
    """Base class of every error raised by ``app.crypto.age``."""

    code = "age.error"


class AgeKeyError(AgeError, ValueError):
    """An age identity or recipient string (or raw key) is malformed."""

    code = "age.key_malformed"


class AgeHeaderError(AgeError):
    """The age header is malformed, of an unsupported version, or breaks a stanza rule."""

    code = "age.header_malformed"


class AgeHeaderMacError(AgeError):
    """The header MAC does not match: the header was altered after encryption."""

    code = "age.header_altered"

    def __init__(self) -> None:
        super().__init__("header MAC does not match: the file header was altered")


class AgeNoIdentityMatch(AgeError):
    """None of the given identities can open any recipient stanza of the file."""

    code = "age.no_identity_match"

    def __init__(self, stanza_count: int) -> None:
        super().__init__(
            "no identity matches any recipient stanza: this file was not encrypted to this "
            f"vault ({stanza_count} recipient stanza(s) in the file)"
        )
        self.stanza_count = stanza_count


class AgeDecryptError(AgeError):
    """The payload failed authentication: altered, truncated, or followed by extra data.

    ``chunk_index`` is the zero-based 64 KiB chunk at which the failure was detected, or
    ``None`` when the failure concerns the payload as a whole (missing nonce or chunks).
    """

    code = "age.payload_altered"

    def __init__(self, message: str, chunk_index: int | None = None) -> None:
        super().__init__(message)
        self.chunk_index = chunk_index
