"""Item data roles shared by the models and their views.

PySide6 hands ``data()`` the role as a plain ``int``; comparing it with ints (not enum members)
keeps ``data()`` cheap, which matters for lists of 10,000 cases.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

DISPLAY = 0
DECORATION = 1
EDIT = 2
TOOLTIP = 3
FONT = 6
ALIGNMENT = 7
BACKGROUND = 8
FOREGROUND = 9
CHECK_STATE = 10

_USER = int(Qt.ItemDataRole.UserRole)
SORT = _USER + 1  # a per-column key comparable within the column
CASE_ID = _USER + 2  # the case id of the row
STATUS_CODE = _USER + 3  # a core code (eligibility status, visibility...) for delegates
DATE = _USER + 4  # a datetime.date, where the row has one
