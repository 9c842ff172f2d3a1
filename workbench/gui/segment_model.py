"""The segment grid's Qt model: a thin, lazy view over the project store.

It keeps only segment ids in row order and fetches Segment rows in chunks
around the row being drawn, caching a window of them, so 20,000 segments scroll
smoothly. Store events ("added", "changed", "removed") update the rows; edits go
through the undo stack (workbench.gui.undo), which writes to the store.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QColor, QUndoStack

from workbench.core import confidence
from workbench.core.flags import LOCKED
from workbench.core.inline import Coded, check_codes, chip, tagged
from workbench.core.segment import Origin, Segment, Status
from workbench.core.store import Project
from workbench.gui.i18n import translate
from workbench.gui.labels import describe_confidence, mt_confidence, origin_label, status_label
from workbench.gui.theme import CONFIDENCE_COLOURS, STATUS_COLOURS
from workbench.gui.undo import EditTarget, StoreCommand

COLUMNS = (
    "#",
    QT_TRANSLATE_NOOP("SegmentTableModel", "Source"),
    QT_TRANSLATE_NOOP("SegmentTableModel", "Target"),
    QT_TRANSLATE_NOOP("SegmentTableModel", "Status"),
    QT_TRANSLATE_NOOP("SegmentTableModel", "Origin"),
    QT_TRANSLATE_NOOP("SegmentTableModel", "Match"),
)
COL_NUMBER, COL_SOURCE, COL_TARGET, COL_STATUS, COL_ORIGIN, COL_MATCH = range(len(COLUMNS))

# Extra roles the delegate and the window read.
SegmentRole = Qt.ItemDataRole.UserRole + 1  # the Segment
ParagraphStartRole = Qt.ItemDataRole.UserRole + 2  # True on a paragraph's first segment

CHUNK = 200  # rows fetched per cache miss
CACHE_LIMIT = 3000  # segments kept in memory


def match_text(seg: Segment) -> str:
    """The confidence figure: TM match percentage, or the MT confidence band."""
    if seg.origin == Origin.TM and seg.match_score is not None:
        return f"{seg.match_score:.0f}%"
    if seg.origin == Origin.MT and seg.mt_score is not None:
        return mt_confidence(seg.mt_score)
    return ""


class SegmentTableModel(QAbstractTableModel):
    """Rows are the segments of one document (or all), optionally filtered."""

    edited = Signal(int)  # a segment changed in the store (its id)
    saveFailed = Signal(str)  # noqa: N815 - a write to the store failed (the message)

    def __init__(self, project: Project, undo_stack: QUndoStack, parent: QObject | None = None):
        super().__init__(parent)
        self.project = project
        self.undo_stack = undo_stack
        self.translator: str | None = None
        self.theme = "light"
        self._document_id: int | None = None
        self._statuses: frozenset[Status] | None = None
        self._text = ""
        self._least_confident = False
        self._only: frozenset[int] | None = None  # e.g. the segments with QA warnings
        # (segment, source text as shown) -> where its terms are, for underlining
        self.term_spans: Callable[[Segment, str], list[tuple[int, int]]] | None = None
        self._ids: list[int] = []
        self._rows: dict[int, int] = {}
        self._numbers: dict[int, int] = {}
        self._cache: OrderedDict[int, Segment] = OrderedDict()
        project.subscribe(self._on_store_event)
        self.reload()

    # -- filtering -------------------------------------------------------------
    @property
    def document_id(self) -> int | None:
        return self._document_id

    def set_filter(
        self,
        document_id: int | None = None,
        statuses: Iterable[Status] | None = None,
        text: str = "",
        least_confident_first: bool = False,
        only: Iterable[int] | None = None,
    ) -> None:
        """least_confident_first: only MT-scored segments, the model's least sure first."""
        self._document_id = document_id
        self._statuses = frozenset(statuses) if statuses is not None else None
        self._text = text.strip()
        self._least_confident = least_confident_first
        self._only = frozenset(only) if only is not None else None
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._cache.clear()
        all_ids = self.project.segment_ids(document_id=self._document_id)
        self._numbers = {sid: n for n, sid in enumerate(all_ids, start=1)}
        if self._statuses is None and not self._text and not self._least_confident:
            ids = all_ids
        else:
            ids = self.project.segment_ids(
                document_id=self._document_id,
                status=self._statuses,
                least_confident_first=self._least_confident,
            )
        if self._text:
            needle = self._text.casefold()
            ids = [
                s.id
                for s in self.project.segments_by_id(ids)
                if needle in s.source.casefold() or needle in s.target.casefold()
            ]
        if self._only is not None:
            ids = [sid for sid in ids if sid in self._only]
        self._ids = ids
        self._rows = {sid: row for row, sid in enumerate(ids)}
        self.endResetModel()

    def close(self) -> None:
        """Detach from the project: the model becomes empty, so a view still waiting for
        its deletion never reads a closed (or damaged) project from inside Qt's painting
        and row sizing, where an exception cannot be handled."""
        self.project.unsubscribe(self._on_store_event)
        self.beginResetModel()
        self._ids, self._rows = [], {}
        self._cache.clear()
        self.endResetModel()

    # -- lookups ---------------------------------------------------------------
    @property
    def ids(self) -> Sequence[int]:
        return self._ids

    def row_of(self, segment_id: int) -> int | None:
        return self._rows.get(segment_id)

    def segment_at(self, row: int) -> Segment:
        sid = self._ids[row]
        seg = self._cache.get(sid)
        if seg is not None:
            self._cache.move_to_end(sid)
            return seg
        # Fetch a chunk around the row: views draw neighbouring rows next.
        start = max(0, row - CHUNK // 4)
        for fetched in self.project.segments_by_id(self._ids[start : start + CHUNK]):
            self._cache[fetched.id] = fetched
        while len(self._cache) > CACHE_LIMIT:
            self._cache.popitem(last=False)
        if sid not in self._cache:  # removed behind our back
            self._cache[sid] = self.project.segment(sid)
        return self._cache[sid]

    def number_of(self, segment_id: int) -> int:
        return self._numbers.get(segment_id, 0)

    # -- Qt model API ------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("SegmentTableModel", COLUMNS[section])
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == COL_TARGET and not self.project.read_only:
            if LOCKED not in self.segment_at(index.row()).flags:  # locked in its XLIFF file
                base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        seg = self.segment_at(index.row())
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._display(seg, col)
        if role == SegmentRole:
            return seg
        if role == ParagraphStartRole:
            return seg.position == 0
        if role == Qt.ItemDataRole.BackgroundRole and col in (COL_STATUS, COL_TARGET):
            return QColor(STATUS_COLOURS[self.theme][int(seg.status)])
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == COL_NUMBER:
                return self.tr("{document}, paragraph {number}").format(
                    document=seg.document, number=seg.paragraph + 1
                )
            if col == COL_SOURCE and seg.source_original:
                return self.tr("In the file: {text}").format(text=seg.source_original)
            if col in (COL_TARGET, COL_STATUS) and codes_differ(seg):
                check = check_codes(seg.source_coded, seg.target_coded)
                return self.tr("Formatting tags differ from the source's: {summary}").format(
                    summary=check.summary()
                )
            if col == COL_SOURCE and seg.source_codes:
                return "\n".join(f"{chip(c)} {c.display or c.data}" for c in seg.source_codes)
            if col == COL_MATCH and seg.origin == Origin.MT and seg.mt_score is not None:
                return describe_confidence(seg.mt_score)
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_MATCH:
            if seg.origin == Origin.MT and seg.mt_score is not None:
                colour = CONFIDENCE_COLOURS[self.theme].get(confidence.band(seg.mt_score))
                return QColor(colour) if colour else None
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_NUMBER, COL_MATCH):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None

    def _display(self, seg: Segment, col: int) -> str:
        if col == COL_NUMBER:
            number = str(self.number_of(seg.id))
            return f"¶ {number}" if seg.position == 0 else number
        if col == COL_SOURCE:  # codes as numbered chips, never raw markup
            return tagged(seg.source_coded) if seg.source_codes else seg.source
        if col == COL_TARGET:
            return tagged(seg.target_coded) if seg.target_codes else seg.target
        if col == COL_STATUS:
            tags = " ⚠" if codes_differ(seg) else ""
            return status_label(seg.status) + (" ⚑" if seg.flags else "") + tags
        if col == COL_ORIGIN:
            return origin_label(seg.origin)
        return match_text(seg)

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or index.column() != COL_TARGET or role != Qt.ItemDataRole.EditRole:
            return False
        return self.edit_target(self._ids[index.row()], str(value))

    def edit_target(self, segment_id: int, text: str | Coded, session: object = None) -> bool:
        """A translator's edit, through the undo stack (consecutive keystrokes merge)."""
        seg = self.project.segment(segment_id)
        if isinstance(text, Coded) and not text.codes:
            text = text.text
        if (seg.target_coded if isinstance(text, Coded) else seg.target) == text:
            return False
        self.push(EditTarget(self.project, seg, text, self.translator, session))
        return True

    def push(self, command: StoreCommand) -> None:
        """Run a command through the undo stack; a failed write is reported, not raised."""
        command.report = self.saveFailed.emit
        self.undo_stack.push(command)

    # -- store events ------------------------------------------------------------
    def _on_store_event(self, event: str, ids: Sequence[int]) -> None:
        if event == "changed":
            # Re-read just the changed segments that are cached: dropping them made the
            # next paint fetch a whole chunk around each (CHUNK rows, ~10 ms), on every
            # autosave while typing and on every MT result stored.
            cached = [sid for sid in ids if sid in self._cache]
            fresh = {s.id: s for s in self.project.segments_by_id(cached)} if cached else {}
            for sid in ids:
                if sid in fresh:
                    self._cache[sid] = fresh[sid]
                else:
                    self._cache.pop(sid, None)
                row = self._rows.get(sid)
                if row is not None:
                    left, right = self.index(row, 0), self.index(row, len(COLUMNS) - 1)
                    self.dataChanged.emit(left, right)
                self.edited.emit(sid)
        elif event in ("added", "removed"):  # numbering and order change
            self.reload()


def codes_differ(seg: Segment) -> bool:
    """A translated segment whose formatting tags are not the source's (missing, extra,
    nested otherwise)."""
    if not (seg.source_codes or seg.target_codes) or not seg.target.strip():
        return False
    return not check_codes(seg.source_coded, seg.target_coded).ok
