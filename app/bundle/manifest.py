"""The signed manifest of a bundle (docs/bundle-format.md — a contract).

``manifest.json`` names the format version, the bundle id, when it was made, the sender
(both public keys), every recipient, the sender's sequence number, the export profile and
each payload file with its size and SHA-256. ``manifest.json.minisig`` signs it with the
sender's minisign key (prehashed ``ED``); its trusted comment names the bundle id, so the
comment ``minisign -V`` prints identifies the bundle.

Pure: bytes in, values out.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from app.bundle.errors import BundleMalformed
from app.safe_parse import InputRefused, Limits, load_json

__all__ = [
    "FORMAT",
    "MANIFEST",
    "PADDING",
    "SIGNATURE",
    "SUMS",
    "VERSION",
    "FileEntry",
    "Manifest",
    "Party",
    "padded_size",
    "trusted_comment",
]

FORMAT = "casework-bundle"
VERSION = 1
MANIFEST = "manifest.json"
SIGNATURE = "manifest.json.minisig"
SUMS = "SHA256SUMS"
PADDING = "padding"
DELETED = "deleted.json"
MIN_BUCKET = 64 * 1024
MAX_MANIFEST = 64 * 1024 * 1024

_CASE_FILE = re.compile(r"cases/([0-9a-f]{32})\.json")
_ATTACHMENT_FILE = re.compile(r"attachments/([0-9A-Za-z_-]{1,64})")
_HEX64 = re.compile(r"[0-9a-f]{64}")
_BUNDLE_ID = re.compile(r"[0-9a-f]{32}")


def trusted_comment(bundle_id: str, sequence: int) -> str:
    """The signature's trusted comment: what ``minisign -V`` shows the user."""
    return f"casework bundle {bundle_id} sequence {sequence}"


def padded_size(size: int, min_bucket: int = MIN_BUCKET) -> int:
    """The size bucket for ``size`` bytes: at least 64 KiB, then Padmé (Nikitin et al.,
    "Reducing metadata leakage from encrypted files and communication with PURBs", 2019):
    at most 12 % overhead, and a bundle's size reveals only O(log log n) bits."""
    if size <= min_bucket:
        return min_bucket
    exponent = size.bit_length() - 1
    low_bits = exponent - exponent.bit_length()
    mask = (1 << low_bits) - 1
    return (size + mask) & ~mask


def case_file(case_id: str) -> str:
    return f"cases/{case_id}.json"


def attachment_file(attachment_id: str) -> str:
    return f"attachments/{attachment_id}"


def case_id_of(path: str) -> str | None:
    match = _CASE_FILE.fullmatch(path)
    return match.group(1) if match else None


def attachment_id_of(path: str) -> str | None:
    match = _ATTACHMENT_FILE.fullmatch(path)
    return match.group(1) if match else None


@dataclass(frozen=True)
class Party:
    name: str
    age_recipient: str
    minisign_public_key: str

    def to_json(self) -> dict[str, str]:
        return {
            "name": self.name,
            "age_recipient": self.age_recipient,
            "minisign_public_key": self.minisign_public_key,
        }


@dataclass(frozen=True)
class FileEntry:
    path: str
    size: int
    sha256: str


@dataclass(frozen=True)
class Manifest:
    bundle_id: str
    created: str
    sender: Party
    sender_device: str
    recipients: tuple[Party, ...]
    sequence: int
    profile: str
    incremental: bool
    files: tuple[FileEntry, ...]

    def to_bytes(self) -> bytes:
        body = {
            "format": FORMAT,
            "version": VERSION,
            "bundle_id": self.bundle_id,
            "created": self.created,
            "sender": {**self.sender.to_json(), "device_id": self.sender_device},
            "recipients": [r.to_json() for r in self.recipients],
            "sequence": self.sequence,
            "profile": self.profile,
            "incremental": self.incremental,
            "files": [{"path": f.path, "size": f.size, "sha256": f.sha256} for f in self.files],
        }
        return (json.dumps(body, ensure_ascii=False, indent=2) + "\n").encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> Manifest:
        """Parse and check the shape; raises ``BundleMalformed`` naming the problem."""
        try:
            obj = load_json(data, MANIFEST, Limits(max_bytes=MAX_MANIFEST))
        except InputRefused as exc:
            raise BundleMalformed(str(exc)) from exc
        if not isinstance(obj, dict) or obj.get("format") != FORMAT:
            raise BundleMalformed("manifest.json is not a Casework bundle manifest")
        if obj.get("version") != VERSION:
            raise BundleMalformed(
                f"bundle format version {obj.get('version')!r} is not supported "
                f"(this Casework reads version {VERSION}): update Casework"
            )
        try:
            return cls._parse(obj)
        except (KeyError, TypeError, ValueError) as exc:
            raise BundleMalformed(f"manifest.json: {exc}") from exc

    @classmethod
    def _parse(cls, obj: dict[str, Any]) -> Manifest:
        bundle_id = _text(obj, "bundle_id")
        if not _BUNDLE_ID.fullmatch(bundle_id):
            raise ValueError("bundle_id must be 32 hex digits")
        sequence = obj["sequence"]
        if not isinstance(sequence, int) or isinstance(sequence, bool) or sequence < 1:
            raise ValueError("sequence must be a positive whole number")
        files = []
        seen: set[str] = set()
        for item in obj["files"]:
            path, size, digest = _text(item, "path"), item["size"], _text(item, "sha256")
            if path in seen:
                raise ValueError(f"file {path!r} listed twice")
            seen.add(path)
            if not (path in (SUMS, DELETED) or case_id_of(path) or attachment_id_of(path)):
                raise ValueError(f"unexpected file name {path!r}")
            if not isinstance(size, int) or isinstance(size, bool) or size < 0:
                raise ValueError(f"{path}: size must be a byte count")
            if not _HEX64.fullmatch(digest):
                raise ValueError(f"{path}: sha256 must be 64 lowercase hex digits")
            files.append(FileEntry(path, size, digest))
        sender = obj["sender"]
        return cls(
            bundle_id=bundle_id,
            created=_text(obj, "created"),
            sender=_party(sender),
            sender_device=_text(sender, "device_id"),
            recipients=tuple(_party(r) for r in obj["recipients"]),
            sequence=sequence,
            profile=_text(obj, "profile"),
            incremental=bool(obj.get("incremental", False)),
            files=tuple(files),
        )


def _text(obj: Any, key: str) -> str:
    value = obj[key]
    if not isinstance(value, str):
        raise ValueError(f"{key} must be text")
    return value


def _party(obj: Any) -> Party:
    return Party(_text(obj, "name"), _text(obj, "age_recipient"), _text(obj, "minisign_public_key"))
