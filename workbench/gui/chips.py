"""Inline codes in the target editor: compact numbered chips (⟨1⟩ … ⟨/1⟩, ⟨2/⟩).

Each code is one object character in the editor's document (Qt's custom text objects,
QTextObjectInterface), so the cursor steps over a chip as over one letter and a chip is
deleted whole, never half. The chip's code travels in the character's format; what it
stands for ("bold", "link https://...") is its tooltip. The translator never sees raw
markup.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QObject, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QPainter,
    QPyTextObject,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from workbench.core.inline import Code, Coded, chip

CHIP_TYPE = QTextFormat.ObjectTypes.UserObject + 1
CODE_PROPERTY = QTextFormat.Property.UserProperty + 1
OBJECT_CHAR = "\ufffc"


class ChipHandler(QPyTextObject):
    """Draws chips in a document's layout (register once per editor document)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def intrinsicSize(self, doc: QTextDocument, pos: int, fmt: QTextFormat) -> QSizeF:  # noqa: N802
        metrics = QFontMetricsF(doc.defaultFont())
        width = metrics.horizontalAdvance(label(fmt)) + 6
        return QSizeF(width, metrics.height())

    def drawObject(  # noqa: N802
        self, painter: QPainter, rect: QRectF, doc: QTextDocument, pos: int, fmt: QTextFormat
    ) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor("#5c6bc0"))
        painter.setBrush(QColor("#e8eaf6"))
        painter.drawRoundedRect(rect.adjusted(0.5, 1.5, -0.5, -0.5), 4, 4)
        painter.setPen(QColor("#283593"))
        painter.setFont(doc.defaultFont())
        painter.drawText(rect.translated(QPointF(0, 0.5)), Qt.AlignmentFlag.AlignCenter, label(fmt))
        painter.restore()


def code_of(fmt: QTextFormat) -> Code | None:
    if fmt.objectType() != CHIP_TYPE:
        return None
    data = fmt.property(CODE_PROPERTY)
    return Code.from_json(json.loads(data)) if data else None


def label(fmt: QTextFormat) -> str:
    code = code_of(fmt)
    return chip(code) if code is not None else "?"


def install(doc: QTextDocument, owner: QObject) -> None:
    handler = ChipHandler(owner)
    doc.documentLayout().registerHandler(CHIP_TYPE, handler)
    owner._chip_handler = handler  # type: ignore[attr-defined]  # keep it alive


def chip_format(code: Code) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setObjectType(CHIP_TYPE)
    fmt.setProperty(CODE_PROPERTY, json.dumps(code.to_json(), ensure_ascii=False))
    fmt.setToolTip(f"{chip(code)} {code.display or code.data}")
    return fmt


def insert_code(cursor: QTextCursor, code: Code) -> None:
    cursor.insertText(OBJECT_CHAR, chip_format(code))
    cursor.setCharFormat(QTextCharFormat())  # typing after a chip is plain text again


def set_coded(doc: QTextDocument, value: Coded) -> None:
    """Fill the document with the text and its codes as chips."""
    doc.clear()
    cursor = QTextCursor(doc)
    for part in value.parts():
        if isinstance(part, Code):
            insert_code(cursor, part)
        else:
            cursor.insertText(part, QTextCharFormat())


def coded_of(doc: QTextDocument) -> Coded:
    """The document's text and chips as coded text."""
    parts: list[str | Code] = []
    block = doc.begin()
    first = True
    while block.isValid():
        if not first:
            parts.append("\n")
        first = False
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            code = code_of(fragment.charFormat())
            if code is not None:
                parts.extend([code] * fragment.text().count(OBJECT_CHAR))
            else:
                parts.append(fragment.text())
            it += 1
        block = block.next()
    return Coded.from_parts(parts)
