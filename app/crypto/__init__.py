"""Pure, Qt-free cryptographic codecs for the bundle format (docs/bundle-format.md).

- ``app.crypto.age``: age v1 encryption (X25519, scrypt), streaming reader and writer.
- ``app.crypto.minisign``: minisign Ed25519 signatures (prehashed ``ED``).
- ``app.crypto.bech32``: Bech32, as used by age key strings.

Nothing here touches the vault or the file system; callers pass streams and keys.
"""
