"""A vault's own identity and signed contact cards (docs/bundle-format.md).

Each vault has one identity: an X25519 age key (bundles are encrypted to its ``age1…``
recipient) and an Ed25519 minisign key (bundles are signed with it). Both secrets live only
in the encrypted vault, as the vault-wide record ``identity:self``. The identity is created
lazily the first time it is needed (:func:`ensure_identity`); nothing about it is on disk
in clear.

A **contact card** is a small JSON file naming a person and both public keys, signed by the
owner's minisign key: it proves the two keys belong together, not who the owner is. That is
what the fingerprint is for: 60 digits in 12 groups of 5 (like Signal's safety numbers),
compared out of band (in person, on a call) or as a QR code.

Qt-free; every function here runs on any thread that owns the session.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from app.crypto.age import AgeKeyError, X25519Identity, X25519Recipient
from app.crypto.minisign import (
    MinisignError,
    MinisignPublicKey,
    MinisignSecretKey,
    generate_keypair,
    sign,
    verify,
)
from app.safe_parse import InputRefused, Limits, load_json

if TYPE_CHECKING:
    from app.session import Session

__all__ = [
    "CARD_TYPE",
    "CardError",
    "ContactCard",
    "Identity",
    "IdentityError",
    "ensure_identity",
    "fingerprint",
    "format_fingerprint",
    "load_identity",
    "make_card",
    "parse_card",
    "qr_matrix",
    "qr_svg",
    "set_identity_name",
]

CARD_TYPE = "casework-contact-card"
CARD_VERSION = 1
_CARD_COMMENT = "casework contact card v1"
_CARD_LIMITS = Limits(max_bytes=64 * 1024, max_depth=8, max_items=1000)
_FINGERPRINT_LABEL = b"casework fingerprint v1\x00"
_FINGERPRINT_DIGITS = 60
_GROUP = 5
_MAX_NAME = 200
_RECORD_KIND = "identity"
_RECORD_NAME = "self"


class IdentityError(Exception):
    """An identity operation was refused. ``code`` is stable for the UI and CLI."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


class CardError(ValueError):
    """A contact card is malformed or its signature does not verify."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


# ---------------------------------------------------------------- fingerprints


def fingerprint(age_recipient: str, minisign_public_key: str) -> str:
    """60 decimal digits that stand for both public keys (no spaces).

    SHA-256 over a label, the raw X25519 key and the minisign key (id and Ed25519 key),
    read as a 256-bit number modulo 10**60: about 199 bits, far beyond a brute-force
    search for a look-alike, with a bias too small to matter (2**256 >> 10**60).
    Raises ``CardError`` if either key is malformed.
    """
    try:
        x25519 = X25519Recipient.parse(age_recipient).public_bytes
        signing = MinisignPublicKey.from_base64(minisign_public_key)
    except (AgeKeyError, MinisignError) as exc:
        raise CardError("card.bad_key", f"not a valid public key: {exc}") from exc
    digest = hashlib.sha256(_FINGERPRINT_LABEL + x25519 + signing.key_id + signing.key).digest()
    number = int.from_bytes(digest, "big") % 10**_FINGERPRINT_DIGITS
    return f"{number:0{_FINGERPRINT_DIGITS}d}"


def format_fingerprint(digits: str) -> str:
    """``"12345 67890 …"``: 12 groups of 5 digits, for reading aloud."""
    return " ".join(digits[i : i + _GROUP] for i in range(0, len(digits), _GROUP))


# ---------------------------------------------------------------- the vault's identity


@dataclass(frozen=True)
class Identity:
    """This vault's keys. ``repr`` shows only public parts."""

    name: str
    age_identity: X25519Identity
    signing_key: MinisignSecretKey
    created: str

    @property
    def age_recipient(self) -> str:
        return self.age_identity.recipient.encode()

    @property
    def minisign_public_key(self) -> str:
        return self.signing_key.public_key.to_base64()

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.age_recipient, self.minisign_public_key)

    def public_json(self) -> dict[str, str]:
        """What ``identity show --json`` prints (docs/cli.md, a contract)."""
        return {
            "name": self.name,
            "age_recipient": self.age_recipient,
            "minisign_public_key": self.minisign_public_key,
            "fingerprint": self.fingerprint,
        }

    def __repr__(self) -> str:
        return f"Identity(name={self.name!r}, age_recipient={self.age_recipient!r})"


def _from_record(payload: dict[str, Any]) -> Identity:
    return Identity(
        name=str(payload.get("name", "")),
        age_identity=X25519Identity.parse(payload["age_identity"]),
        signing_key=MinisignSecretKey.from_bytes(base64.b64decode(payload["minisign_secret"])),
        created=str(payload.get("created", "")),
    )


def _to_record(identity: Identity) -> dict[str, Any]:
    return {
        "name": identity.name,
        # Secrets: this payload is only ever stored as an encrypted vault record.
        "age_identity": identity.age_identity.encode(),
        "minisign_secret": base64.b64encode(identity.signing_key.to_bytes()).decode("ascii"),
        "created": identity.created,
    }


def load_identity(session: Session) -> Identity | None:
    """The vault's identity, or None if it was never created."""
    payload = session.get_vault_record(_RECORD_KIND, _RECORD_NAME)
    return None if payload is None else _from_record(payload)


def ensure_identity(session: Session) -> Identity:
    """The vault's identity, created (random keys from the OS) and stored on first use."""
    identity = load_identity(session)
    if identity is not None:
        return identity
    identity = Identity(
        name="",
        age_identity=X25519Identity.generate(),
        signing_key=generate_keypair().secret_key,
        created=now_iso(),
    )
    session.put_vault_record(_RECORD_KIND, _RECORD_NAME, _to_record(identity))
    return identity


def _check_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise IdentityError("identity.empty_name", "the name must not be empty")
    if len(cleaned) > _MAX_NAME:
        raise IdentityError("identity.long_name", f"the name is longer than {_MAX_NAME} characters")
    return cleaned


def set_identity_name(session: Session, name: str) -> Identity:
    """Set the display name that cards and bundles carry; returns the updated identity."""
    identity = ensure_identity(session)
    updated = Identity(
        name=_check_name(name),
        age_identity=identity.age_identity,
        signing_key=identity.signing_key,
        created=identity.created,
    )
    session.put_vault_record(_RECORD_KIND, _RECORD_NAME, _to_record(updated))
    return updated


# ---------------------------------------------------------------- contact cards


@dataclass(frozen=True)
class ContactCard:
    """A verified (self-signed) card. The signature proves both keys are one owner's."""

    name: str
    age_recipient: str
    minisign_public_key: str
    created: str

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.age_recipient, self.minisign_public_key)


def _signed_part(name: str, age_recipient: str, minisign_key: str, created: str) -> bytes:
    body = {
        "type": CARD_TYPE,
        "version": CARD_VERSION,
        "name": name,
        "age_recipient": age_recipient,
        "minisign_public_key": minisign_key,
        "created": created,
    }
    # Canonical JSON (sorted keys, no spaces, UTF-8) so the same card always signs the same.
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def make_card(identity: Identity) -> bytes:
    """The identity's contact card as a UTF-8 JSON file. Raises ``IdentityError`` while the
    identity has no name (a card without a name cannot be told apart from others)."""
    if not identity.name:
        raise IdentityError(
            "identity.no_name",
            "this vault's identity has no name yet: set one with 'casework identity name NAME'",
        )
    created = now_iso()
    signed = _signed_part(
        identity.name, identity.age_recipient, identity.minisign_public_key, created
    )
    signature = sign(
        identity.signing_key, signed, _CARD_COMMENT, untrusted_comment="casework contact card"
    )
    card = json.loads(signed)
    card["fingerprint"] = format_fingerprint(identity.fingerprint)
    card["signature"] = signature.decode("ascii")
    return (json.dumps(card, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def parse_card(data: bytes) -> ContactCard:
    """Read a card and check its self-signature. Raises ``CardError`` naming what is wrong.

    The printed ``fingerprint`` field is ignored: it is recomputed from the keys, so a card
    cannot show one number and carry other keys.
    """
    try:
        obj = load_json(data, "contact card", _CARD_LIMITS)
    except InputRefused as exc:
        raise CardError("card.malformed", f"not a contact card ({exc.detail})") from exc
    if not isinstance(obj, dict) or obj.get("type") != CARD_TYPE:
        raise CardError("card.malformed", "not a Casework contact card")
    if obj.get("version") != CARD_VERSION:
        raise CardError("card.version", f"unsupported contact card version {obj.get('version')!r}")
    fields = ("name", "age_recipient", "minisign_public_key", "created", "signature")
    for key in fields:
        if not isinstance(obj.get(key), str) or not obj[key]:
            raise CardError("card.malformed", f"the card has no valid {key!r}")
    name, recipient, key_text, created = (obj[k] for k in fields[:4])
    fingerprint(recipient, key_text)  # raises CardError for malformed keys
    signed = _signed_part(name, recipient, key_text, created)
    try:
        comment = verify(
            MinisignPublicKey.from_base64(key_text), signed, obj["signature"].encode("utf-8")
        )
    except MinisignError as exc:
        raise CardError(
            "card.bad_signature", f"the card's signature does not verify: it was altered ({exc})"
        ) from exc
    if comment != _CARD_COMMENT:
        raise CardError("card.bad_signature", "the card's signature is not a contact card's")
    return ContactCard(_check_card_name(name), recipient, key_text, created)


def _check_card_name(name: str) -> str:
    try:
        return _check_name(name)
    except IdentityError as exc:
        raise CardError("card.malformed", f"the card's name is unusable: {exc}") from exc


# ---------------------------------------------------------------- QR codes


def qr_text(age_recipient: str, minisign_public_key: str) -> str:
    """What the QR code holds: both public keys, so a scan can check the whole card."""
    return f"casework:v1:{age_recipient}:{minisign_public_key}"


def _qr(text: str) -> Any:
    import qrcode  # the QR encoder is only needed when a code is shown or saved

    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=2)
    code.add_data(text)
    code.make(fit=True)
    return code


def qr_matrix(text: str) -> list[list[bool]]:
    """The QR code of ``text`` as rows of dark (True) modules, quiet zone included."""
    return [[bool(cell) for cell in row] for row in _qr(text).get_matrix()]


def qr_svg(text: str) -> bytes:
    """The QR code of ``text`` as an SVG document (no image library needed)."""
    import io

    from qrcode.image.svg import SvgPathImage

    image = _qr(text).make_image(image_factory=SvgPathImage)
    out = io.BytesIO()
    image.save(out)
    return out.getvalue()
