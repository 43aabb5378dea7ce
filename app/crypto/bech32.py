"""Bech32 (BIP 173) encoding as used by age keys.

age encodes X25519 recipients as ``age1…`` and identities as ``AGE-SECRET-KEY-1…`` with the
original Bech32 checksum (not Bech32m) and without BIP 173's 90-character limit. Pure
functions; safe on any thread.
"""

from __future__ import annotations

__all__ = ["Bech32Error", "decode", "encode"]

_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_CHARSET_INDEX = {c: i for i, c in enumerate(_CHARSET)}
_GENERATOR = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)


class Bech32Error(ValueError):
    """The text is not valid Bech32 (bad character, mixed case, bad checksum or padding)."""


def _polymod(values: list[int]) -> int:
    checksum = 1
    for value in values:
        top = checksum >> 25
        checksum = (checksum & 0x1FFFFFF) << 5 ^ value
        for i, generator in enumerate(_GENERATOR):
            if (top >> i) & 1:
                checksum ^= generator
    return checksum


def _expand_hrp(hrp: str) -> list[int]:
    return [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]


def _convert_bits(data: bytes | list[int], from_bits: int, to_bits: int, pad: bool) -> list[int]:
    accumulator = 0
    bits = 0
    result: list[int] = []
    max_value = (1 << to_bits) - 1
    for value in data:
        accumulator = (accumulator << from_bits) | value
        bits += from_bits
        while bits >= to_bits:
            bits -= to_bits
            result.append((accumulator >> bits) & max_value)
    if pad:
        if bits:
            result.append((accumulator << (to_bits - bits)) & max_value)
    elif bits >= from_bits or (accumulator << (to_bits - bits)) & max_value:
        raise Bech32Error("invalid padding in the data part")
    return result


def encode(hrp: str, data: bytes) -> str:
    """Encode ``data`` under the human-readable part ``hrp``; returns lowercase text.

    Raises ``Bech32Error`` if ``hrp`` is empty or holds characters outside ASCII 33..126.
    """
    if not hrp or any(not 33 <= ord(c) <= 126 for c in hrp):
        raise Bech32Error("invalid human-readable part")
    hrp = hrp.lower()
    values = _convert_bits(data, 8, 5, pad=True)
    polymod = _polymod([*_expand_hrp(hrp), *values, 0, 0, 0, 0, 0, 0]) ^ 1
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_CHARSET[v] for v in values + checksum)


def decode(text: str) -> tuple[str, bytes]:
    """Decode Bech32 ``text``; returns ``(hrp, data)`` with ``hrp`` in the case it was written.

    Raises ``Bech32Error`` on mixed case, characters outside the alphabet, a missing
    separator, a wrong checksum or non-zero padding bits. Callers compare the returned
    ``hrp`` themselves, which is how age tells lowercase recipients from uppercase keys.
    """
    if any(not 33 <= ord(c) <= 126 for c in text):
        raise Bech32Error("invalid character")
    if text.lower() != text and text.upper() != text:
        raise Bech32Error("mixed case")
    position = text.rfind("1")
    if position < 1 or position + 7 > len(text):
        raise Bech32Error("missing separator or checksum")
    hrp = text[:position]
    lowered = text.lower()
    try:
        values = [_CHARSET_INDEX[c] for c in lowered[position + 1 :]]
    except KeyError as exc:
        raise Bech32Error(f"invalid data character {exc.args[0]!r}") from None
    if _polymod(_expand_hrp(hrp.lower()) + values) != 1:
        raise Bech32Error("invalid checksum")
    data = _convert_bits(values[:-6], 5, 8, pad=False)
    return hrp, bytes(data)
