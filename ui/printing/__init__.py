"""Rendering report HTML through Qt: PDF bytes in memory and printing (docs/reports.md).

- :mod:`ui.printing.render`: pages, footer, fonts with Azerbaijani and Cyrillic letters,
  ``render_pdf`` and ``paint_printables`` (any paged device: PDF writer or printer).
- :mod:`ui.printing.summaries`: case summaries as printables.
- :mod:`ui.printing.printer`: the print dialog and print preview for the desktop app.

Importing this package imports Qt: the CLI imports it only inside ``summary``.
"""
