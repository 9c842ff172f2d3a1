"""The side panel for the current segment: MT suggestion, flags, TM matches.

Suggestions are numbered: translation-memory matches first (best first), then
the machine translation; Ctrl+1..9 inserts suggestion N into the target.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from workbench.core import tm
from workbench.core.i18n import shown
from workbench.core.inline import Coded, tagged
from workbench.core.placement import place_codes
from workbench.core.segment import Origin, Segment
from workbench.core.store import Project
from workbench.gui.i18n import translate
from workbench.gui.labels import (
    band_label,
    describe_confidence,
    flag_label,
    origin_label,
    status_label,
)

# Word differences between the current source and a match's source.
_REMOVED_STYLE = "color:#d32f2f; text-decoration:line-through;"  # only in the match
_ADDED_STYLE = "color:#2e7d32; font-weight:bold; text-decoration:underline;"  # only here


@dataclass(frozen=True)
class Suggestion:
    text: str  # shown, with inline codes as chips (⟨1⟩ … ⟨/1⟩)
    origin: Origin  # TM or MT
    score: float | None  # TM match percentage
    detail: str  # shown above the text: "TM 92% · earlier-job.tmx", "MT · model"
    source_html: str = ""  # a TM match's source with its differences marked
    tooltip: str = ""  # more about the score (the MT confidence band's numbers)
    coded: Coded | None = None  # what inserting it puts in the target (with the codes)

    @property
    def value(self) -> str | Coded:
        return self.coded if self.coded is not None and self.coded.codes else self.text


def diff_html(current: str, match_source: str, lang: str) -> str:
    """The match's source as rich text: words it lacks in green, extra words struck out."""
    parts = []
    for text, kind in tm.diff_spans(current, match_source, lang):
        escaped = html.escape(text)
        if kind == tm.REMOVED:
            parts.append(f'<span style="{_REMOVED_STYLE}">{escaped}</span>')
        elif kind == tm.ADDED:
            parts.append(f'<span style="{_ADDED_STYLE}">{escaped}</span>')
        else:
            parts.append(escaped)
    return "".join(parts)


def tm_suggestions(
    project: Project, seg: Segment, threshold: int, limit: int = 5
) -> list[Suggestion]:
    """Translation-memory matches for the segment, in its own source language."""
    matches = tm.matches_for(project, seg, limit=limit, threshold=threshold)
    out = []
    for m in matches:
        # the segment's own codes, where the match's correspond (tm.with_own_codes)
        coded = tm.with_own_codes(seg, m) if seg.source_codes else None
        out.append(
            Suggestion(
                tagged(coded) if coded is not None else m.target,
                Origin.TM,
                float(m.score),
                # a reference memory's match: its name and the points it lost
                translate("side_panel", "TM {score}% · {memory} (−{penalty})").format(
                    score=f"{m.score:.0f}", memory=m.memory, penalty=f"{m.penalty:g}"
                )
                if m.memory
                else translate("side_panel", "TM {score}% · {origin}").format(
                    score=f"{m.score:.0f}", origin=m.origin
                ),
                diff_html(seg.source_plain, m.source, seg.lang),
                coded=coded,
            )
        )
    return out


def suggestions_for(project: Project, seg: Segment, threshold: int) -> list[Suggestion]:
    found = tm_suggestions(project, seg, threshold)
    if seg.mt_text:
        conf, why = "", ""
        if seg.mt_score is not None:
            conf = translate("side_panel", " · confidence {band}").format(
                band=band_label(seg.mt_score)
            )
            why = describe_confidence(seg.mt_score)
        detail = translate("side_panel", "MT · {model}").format(model=seg.mt_model or "") + conf
        coded = place_codes(seg.source_coded, seg.mt_text).coded if seg.source_codes else None
        text = tagged(coded) if coded is not None else seg.mt_text
        found.append(Suggestion(text, Origin.MT, None, detail, tooltip=why, coded=coded))
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
        self.note = QLabel()  # what a bilingual file (XLIFF) says: ids, notes, context
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note_title = QLabel(self.tr("From the file"))
        self.note_title.setObjectName("panelTitle")
        self.flags = QLabel()
        self.flags.setObjectName("flag")
        self.flags.setWordWrap(True)
        # While the memory's keys are read on a worker (the project opening): its
        # matches are not missing, they are coming.
        self.memory_loading = QLabel(self.tr("Translation memory loading… its matches follow"))
        self.memory_loading.setObjectName("memoryLoading")
        self.memory_loading.setWordWrap(True)
        self.memory_loading.setStyleSheet("color: palette(placeholder-text); font-style: italic;")
        self.memory_loading.hide()
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(lambda item: self.insertRequested.emit(self.list.row(item)))
        for title, widget in (
            (self.tr("Segment"), self.where),
            (self.tr("Source"), self.source),
            (self.tr("Flags"), self.flags),
            (self.tr("Suggestions (Ctrl+1…9 inserts)"), self.list),
        ):
            heading = QLabel(title)
            heading.setObjectName("panelTitle")
            layout.addWidget(heading)
            if widget is self.list:
                layout.addWidget(self.memory_loading)
            layout.addWidget(widget)
            if widget is self.source:
                layout.addWidget(self.note_title)
                layout.addWidget(self.note)
        self.note_title.hide()
        self.note.hide()
        layout.setStretchFactor(self.list, 1)
        # Reference memories the lookups leave out, and why (tm_refs.problems): shown
        # for as long as it lasts, not only as a status-bar message at opening.
        self.memory_note = QLabel()
        self.memory_note.setObjectName("memoryNote")
        self.memory_note.setWordWrap(True)
        self.memory_note.setStyleSheet("color: #b00020;")
        self.memory_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.memory_note.hide()
        layout.addWidget(self.memory_note)
        self.suggestions: list[Suggestion] = []
        self.segment_id: int | None = None

    def show_segment(
        self,
        seg: Segment | None,
        suggestions: list[Suggestion],
        number: int = 0,
        note: str = "",
        *,
        memory_loading: bool = False,
    ) -> None:
        """`memory_loading`: the memory's matches for it are still to come."""
        self.segment_id = seg.id if seg else None
        self.memory_loading.setVisible(memory_loading and seg is not None)
        self.suggestions = suggestions
        self.list.clear()
        self.note.setText(note.replace("; ", "\n"))
        self.note.setVisible(bool(note) and seg is not None)
        self.note_title.setVisible(bool(note) and seg is not None)
        if seg is None:
            self.where.setText(self.tr("No segment selected"))
            self.source.clear()
            self.flags.clear()
            return
        origin = (
            self.tr(" · target: {origin}").format(origin=origin_label(seg.origin))
            if seg.origin.value
            else ""
        )
        self.where.setText(
            self.tr("#{number} · {document}, paragraph {paragraph} · {status}").format(
                number=number,
                document=html.escape(seg.document),
                paragraph=seg.paragraph + 1,
                status=status_label(seg.status),
            )
            + origin
        )
        self.source.setText(tagged(seg.source_coded) if seg.source_codes else seg.source)
        if seg.source_original:
            self.source.setToolTip(self.tr("In the file: {text}").format(text=seg.source_original))
        self.flags.setText("\n".join(f"⚑ {flag_label(f)}" for f in seg.flags) or self.tr("none"))
        # The warning colour only when there is something to look at.
        self.flags.setProperty("empty", not seg.flags)
        self.flags.style().unpolish(self.flags)
        self.flags.style().polish(self.flags)
        for n, sug in enumerate(suggestions, start=1):
            self._add_suggestion(n, sug)
        if not suggestions and not memory_loading:
            self.list.addItem(
                QListWidgetItem(self.tr("No suggestions yet: Translate segment (Ctrl+T)"))
            )
            self.list.item(0).setFlags(Qt.ItemFlag.NoItemFlags)

    def set_memory_problems(self, lines: list[str]) -> None:
        self.memory_note.setText("\n".join(f"⚠ {shown(line)}" for line in lines))
        self.memory_note.setVisible(bool(lines))

    def _add_suggestion(self, n: int, sug: Suggestion) -> None:
        """One suggestion as rich text: its key, origin and score, the match's source
        with the differences marked, and the text that Ctrl+N inserts."""
        key = f"<b>Ctrl+{n}</b>&nbsp; " if n <= 9 else ""
        lines = [f"<small>{key}{html.escape(sug.detail)}</small>"]
        if sug.source_html:
            lines.append(f"<small>{sug.source_html}</small>")
        lines.append(html.escape(sug.text))
        view = QLabel("<br>".join(lines))
        view.setTextFormat(Qt.TextFormat.RichText)
        view.setWordWrap(True)
        view.setContentsMargins(4, 3, 4, 3)
        item = QListWidgetItem()
        item.setToolTip(f"{sug.tooltip}\n\n{sug.text}" if sug.tooltip else sug.text)
        view.setToolTip(item.toolTip())
        self.list.addItem(item)
        self.list.setItemWidget(item, view)
        self._fit(item, view)

    def _fit(self, item: QListWidgetItem, view: QLabel) -> None:
        width = max(self.list.viewport().width() - 4, 120)
        item.setSizeHint(QSize(width, view.heightForWidth(width) + 2))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        for row in range(self.list.count()):
            item = self.list.item(row)
            view = self.list.itemWidget(item)
            if isinstance(view, QLabel):
                self._fit(item, view)
