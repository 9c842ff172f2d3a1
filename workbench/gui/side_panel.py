"""The side panel for the current segment: MT suggestion, flags, TM matches.

Suggestions are numbered: translation-memory matches first (best first), then
the machine translation; Ctrl+1..9 inserts suggestion N into the target.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from workbench.core.flags import label
from workbench.core.segment import Origin, Segment
from workbench.core.store import Project
from workbench.gui.segment_model import ORIGIN_LABELS, mt_confidence


@dataclass(frozen=True)
class Suggestion:
    text: str
    origin: Origin  # TM or MT
    score: float | None  # TM match percentage
    detail: str  # shown beside the text: "TM 92%", "MT nllb-200-distilled-600M"


def tm_suggestions(
    project: Project, seg: Segment, threshold: int, limit: int = 5
) -> list[Suggestion]:
    """Translation-memory matches, when the TM module is part of this build."""
    try:
        from workbench.core import tm
    except ImportError:
        return []
    matches = tm.lookup(
        project,
        seg.mt_source,
        project.source_lang,
        project.target_lang,
        limit=limit,
        threshold=threshold,
    )
    return [
        Suggestion(m.target, Origin.TM, float(m.score), f"TM {m.score:.0f}%  ·  {m.source}")
        for m in matches
    ]


def suggestions_for(project: Project, seg: Segment, threshold: int) -> list[Suggestion]:
    found = tm_suggestions(project, seg, threshold)
    if seg.mt_text:
        conf = f" · {mt_confidence(seg.mt_score)}" if seg.mt_score is not None else ""
        found.append(Suggestion(seg.mt_text, Origin.MT, None, f"MT · {seg.mt_model or ''}{conf}"))
    return found


class SidePanel(QWidget):
    insertRequested = Signal(int)  # noqa: N815 - suggestion index (0-based)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(240)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.source = QLabel()
        self.source.setWordWrap(True)
        self.source.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.flags = QLabel()
        self.flags.setObjectName("flag")
        self.flags.setWordWrap(True)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(lambda item: self.insertRequested.emit(self.list.row(item)))
        for title, widget in (
            ("Segment", self.where),
            ("Source", self.source),
            ("Flags", self.flags),
            ("Suggestions (Ctrl+1…9 inserts)", self.list),
        ):
            heading = QLabel(title)
            heading.setObjectName("panelTitle")
            layout.addWidget(heading)
            layout.addWidget(widget)
        layout.setStretchFactor(self.list, 1)
        self.suggestions: list[Suggestion] = []
        self.segment_id: int | None = None

    def show_segment(
        self, seg: Segment | None, suggestions: list[Suggestion], number: int = 0
    ) -> None:
        self.segment_id = seg.id if seg else None
        self.suggestions = suggestions
        self.list.clear()
        if seg is None:
            self.where.setText("No segment selected")
            self.source.clear()
            self.flags.clear()
            return
        origin = f" · target: {ORIGIN_LABELS[seg.origin]}" if seg.origin.value else ""
        self.where.setText(
            f"#{number} · {html.escape(seg.document)}, paragraph {seg.paragraph + 1}"
            f" · {seg.status.label}{origin}"
        )
        self.source.setText(seg.source)
        if seg.source_original:
            self.source.setToolTip(f"In the file: {seg.source_original}")
        self.flags.setText("\n".join(f"⚑ {label(f)}" for f in seg.flags) or "none")
        for n, sug in enumerate(suggestions, start=1):
            prefix = f"Ctrl+{n}  " if n <= 9 else ""
            item = QListWidgetItem(f"{prefix}[{sug.detail}]\n{sug.text}")
            item.setToolTip(sug.detail)
            self.list.addItem(item)
        if not suggestions:
            self.list.addItem(QListWidgetItem("No suggestions yet: Translate segment (Ctrl+T)"))
            self.list.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
