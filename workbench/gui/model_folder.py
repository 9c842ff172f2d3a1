"""Choosing a model folder in the GUI: one chooser, one check, one line when it is wrong.

The welcome screen, the missing-model dialog, Settings and Batch translation all offer
"choose a model folder"; each goes through `choose_model_folder`, so each refuses a folder
that holds no NLLB model (mt.models.check_model_folder, the rule `--model FOLDER` uses too)
with the same one line. Saving the choice is Settings.use_model's (core).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from workbench.core.errors import ModelError
from workbench.core.i18n import shown
from workbench.gui.i18n import translate

ERROR_STYLE = "color: #c0392b;"  # a refused choice's line (the welcome screen's, the dialogs')


def checked_model_folder(folder: str | Path, report: Callable[[str], None]) -> str | None:
    """`folder` as the model setting's text when it holds an NLLB model; otherwise
    `report` gets the one line saying why, and None comes back."""
    from workbench.mt.models import check_model_folder

    try:
        check_model_folder(Path(folder))
    except ModelError as exc:
        report(shown(exc))  # in the interface language
        return None
    return str(Path(folder))


def choose_model_folder(parent: QWidget, report: Callable[[str], None]) -> str | None:
    """Ask for a folder, then check it (see checked_model_folder); None when cancelled
    or refused."""
    folder = QFileDialog.getExistingDirectory(
        parent, translate("model_folder", "Choose a model folder")
    )
    return checked_model_folder(folder, report) if folder else None
