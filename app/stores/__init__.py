"""The small stores behind :class:`app.session.Session`, one kind of vault data each:
cases and their facts (:mod:`.cases`), attachments (:mod:`.attachments`), settings and
vault-wide or case-scoped records (:mod:`.records`), eligibility results kept while the
vault is open (:mod:`.results`). They share one :class:`~app.stores.writer.Writer`: the
vault, its transactions, and this device's clock."""
