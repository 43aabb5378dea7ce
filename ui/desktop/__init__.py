"""The Casework desktop app (PySide6). Start it with :func:`ui.desktop.application.run_desktop`.

Layout (one idea per module):

- ``application.py``: ``run_desktop()``: the QApplication, translators, the main window.
- ``controller.py``: :class:`Controller`, the only bridge to ``app/``: methods to act,
  past-tense signals (``vault_unlocked``, ``case_saved``...) to react.
- ``workers.py``: the one background-work mechanism (QThreadPool jobs with progress/cancel).
- ``main_window.py``: navigation list + page stack, the lock and welcome screens.
- ``pages/``: one widget per navigation entry (home, cases, eligibility, deadlines).
- ``models/``: item models and proxies (tested with ``qtmodeltester``).
- ``dialogs/``: first run, recovery, case editor, attachment viewer, settings.
- ``widgets/``: small reusable widgets (strength meter, optional date, chart, delegates).
- ``labels.py`` / ``reasons.py``: the words for the core's codes, dates in the locale.
- ``security.py``: idle auto-lock, screen-lock watcher, the self-clearing clipboard.
- ``ui/pyside_refcount_guard.py`` (called by the entry points, ``ensure_application``): guards
  against PySide6 6.12.0's reference-count leak on Python 3.11, only there.

Extension points for later pages (Contacts, Statistics...):

1. Write ``pages/<name>_page.py`` with a ``QWidget`` subclass taking the ``Controller``; it
   reads through the controller and listens to its signals (clear everything it shows on
   ``vault_locked``).
2. Register it: ``main_window.add_page(self.tr("Contacts"), widget, icon=None)``, e.g. from
   ``MainWindow._build_pages`` or after construction; it gets a navigation entry and a
   place in the stack (``main_window.show_page(widget)`` switches to it).
3. Put new item models in ``models/`` (a flat table: subclass ``TitledTableModel`` from
   ``models/table_model.py``) and add a ``qtmodeltester`` test in ``tests/ui/``.
4. Wrap every user-visible string in ``self.tr()`` (in a class) or
   ``translate("Context", ...)`` (``translate = QCoreApplication.translate``; lupdate does
   not see other aliases) and run ``pyside6-lupdate`` (see
   ``translations/README.md``) then translate the new entries.
"""
