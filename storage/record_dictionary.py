"""The preset dictionary of record compression (docs/vault-format.md, "Records").

zlib can start a stream from a *preset dictionary*: text it may refer back to as if it
had just been written. Most records are small (a case is about 900 bytes of JSON), and a
third of their compressed size is the field names and codes every record repeats;
starting from a dictionary of those words makes a case record about a third smaller.

The dictionary is part of the vault format: a record says in its zlib header that it
used one, and names it by its Adler-32 checksum (:data:`DICTIONARY_ID`). **Never change
these bytes**: records written with them must open forever. A better dictionary is a new
constant added to :data:`DICTIONARIES`, and a new schema version. It holds only words of
the record format (keys and codes), no case data.
"""

from __future__ import annotations

import zlib

# Least used first: zlib reaches back to the nearest copy, and the end is nearest.
_WORDS = (
    '{"at":"","device":"","source":"edit","changes":[{"field":"","old":null,"new":null}]}'
    '{"case_id":"","deleted":""}"bundle","import","merge","sync","list_import"'
    '"recidivism":"none","repeat","dangerous","especially_dangerous"'
    '"components":[{"verdict_date":"","articles":[],"category":"","term":"P"}]'
    '"eligibility_notes":[{"id":"","rule_id":"","text":"","override":null,"reason":"",'
    '"date":""}]"attachments":[{"id":"","name":"","size":0,"sha256":"","mime":"",'
    '"visibility":"privileged","added":""}]'
    '"regime":"prison","settlement","special","strict","general"'
    '"category":"minor","less_serious","especially_grave","grave"'
    '"kind":"administrative_detention","house_arrest","other","pretrial_detention"'
    '"status":"deceased","unknown","released","pretrial","imprisoned"'
    '"groups":["soyudlu_unrest","national_minorities","human_rights_defenders",'
    '"deported_emigrants","civil_activists","opposition_members","journalists",'
    '"religious_believers"]'
    '"kind":"amnesty_reduction","reduce_by":"P","pardon","release_on":"","appeal_change",'
    '"sentence_change","new_term":"P","answers":"","reminder","health","hunger_strike",'
    '"visit","transfer","release","detention_extended","echr_application",'
    '"detention_appeal_decision","final_decision","cassation_decision","cassation_filed",'
    '"appeal_decision","appeal_filed","verdict","hearing","charge","arrest"'
    '{"notes":[{"id":"","text":"","visibility":"family","created":"T00:00:00+00:00"}]}'
    '"clocks":{"base":"","except":{}},"tombstones":{}}'
    '{"case":{"id":"","person":{"full_name":"","aliases":[],"birth_date":"","sex":"female",'
    '"sex":"male","groups":[]},"status":"","arrested_on":null,"facility":null,"custody":'
    '[{"from":"","to":null,"kind":"pretrial_detention","ordered_until":""}],"sentence":'
    '{"verdict_date":"","articles":[],"category":"","term":"P","start_date":"","regime":'
    '"general"},"events":[{"id":"","date":"","kind":"","text":"","visibility":"public"}]},'
)
DICTIONARY = _WORDS.encode()
DICTIONARY_ID = zlib.adler32(DICTIONARY)
DICTIONARIES = {DICTIONARY_ID: DICTIONARY}  # every dictionary records may name, by id

_FDICT = 0x20  # the zlib header's "preset dictionary" flag (RFC 1950)


def compress(data: bytes, level: int = 6) -> bytes:
    """zlib-compress ``data`` from :data:`DICTIONARY`."""
    packer = zlib.compressobj(level, zdict=DICTIONARY)
    return packer.compress(data) + packer.flush()


def decompress(data: bytes) -> bytes:
    """Inverse of :func:`compress`, and of plain ``zlib.compress`` (records written before
    the dictionary). Raises ``zlib.error`` for anything else, an unknown dictionary too."""
    if len(data) < 6 or not data[1] & _FDICT:
        return zlib.decompress(data)
    dictionary = DICTIONARIES.get(int.from_bytes(data[2:6], "big"))
    if dictionary is None:
        raise zlib.error("compressed with an unknown dictionary")
    unpacker = zlib.decompressobj(zdict=dictionary)
    plain = unpacker.decompress(data) + unpacker.flush()
    if not unpacker.eof:
        raise zlib.error("incomplete compressed data")
    return plain
