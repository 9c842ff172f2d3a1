"""SubRip subtitles (.srt): each cue's text is one paragraph.

Cue numbers and timing lines are written back exactly as found. The lines of a cue stay
separate lines in the paragraph text ("\\n"), as in .txt: the segmenter decides how to
treat them, and a translation keeps the line breaks a translator gives it. Blank lines
inside a translation are dropped on writing, since a blank line ends a cue.

Tags (<i>, <b>, <u>, <font ...> and their closing tags) and ASS overrides ({\\an8}) are
inline codes: pairs where they pair up, placeholders otherwise. Tags around the whole cue
are no code; they stay around the translation. An unchanged cue is written back as it was.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from workbench.core.document import Document
from workbench.core.errors import BadInput
from workbench.core.formats import base
from workbench.core.i18n import msg
from workbench.core.inline import Builder, Code, Coded, trim_frame
from workbench.core.text import normalise_newlines

_TIME = r"\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}"
_TIMING = re.compile(rf"^\s*{_TIME}\s*-->\s*{_TIME}(\s.*)?$")
_NUMBER = re.compile(r"^\s*\d+\s*$")


@dataclass(frozen=True)
class _Cue:
    first: int  # index of the cue's first text line
    end: int  # index after its last text line


def _cues(lines: list[str], name: str) -> list[_Cue]:
    cues = []
    i = 0
    while i < len(lines):
        if not lines[i].strip():
            i += 1
            continue
        if _NUMBER.match(lines[i]):
            i += 1
            if i >= len(lines) or not _TIMING.match(lines[i]):
                if i >= len(lines):
                    got = "the end of the file"
                else:
                    got = repr(lines[i][:60]) if lines[i].strip() else "an empty line"
                raise BadInput(
                    msg(
                        "line {value}: expected a timing like '00:00:01,000 --> "
                        "00:00:02,500', found {got}; fix the subtitle file",
                        value=i + 1,
                        got=got,
                    ),
                    path=name,
                )
        elif not _TIMING.match(lines[i]):
            raise BadInput(
                msg(
                    "line {value}: expected a cue number or timing, found "
                    "{value2!r}; fix the subtitle file",
                    value=i + 1,
                    value2=lines[i][:60],
                ),
                path=name,
            )
        first = i + 1
        i = first
        while i < len(lines) and lines[i].strip():
            if _TIMING.match(lines[i]):
                _missing_blank_line(lines, first, i, name)
            i += 1
        cues.append(_Cue(first, i))
    return cues


def _missing_blank_line(lines: list[str], first: int, timing: int, name: str) -> None:
    """A timing line among a cue's text lines: the next cue began without the blank line
    that ends a cue. Reading on would make its number and timing text to translate."""
    start = timing - 1 if timing > first and _NUMBER.match(lines[timing - 1]) else timing
    raise BadInput(
        msg(
            "line {value}: a new cue starts here without the empty line "
            "that must end the cue before it; add an empty line before "
            "line {value} and try again",
            value=start + 1,
        ),
        path=name,
    )


_TAG = re.compile(r"<(/?)(i|b|u|font)\b[^>]*>|\{\\[^}]*\}", re.IGNORECASE)


def _coded(raw: str) -> tuple[Coded, list[Code], list[Code]]:
    """A cue's text as coded text, less the tags around all of it (returned separately)."""
    b = Builder()
    opened: list[tuple[str, Code]] = []
    pos = 0
    for m in _TAG.finditer(raw):
        b.text(raw[pos : m.start()])
        pos = m.end()
        name = (m.group(2) or "").lower()
        if not name:
            b.placeholder(m.group(), m.group())
        elif not m.group(1):
            opened.append((name, b.open(m.group(), _DISPLAY.get(name, name))))
        else:
            match = next((o for o in reversed(opened) if o[0] == name), None)
            if match is None:
                b.placeholder(m.group(), m.group())
            else:
                opened.remove(match)
                b.close(m.group(), match[1])
    b.text(raw[pos:])
    return trim_frame(b.build())


_DISPLAY = {"i": "italic", "b": "bold", "u": "underline", "font": "font"}


def _render(translation: Coded, head: list[Code], tail: list[Code]) -> str:
    parts = [*head, *translation.parts(), *tail]
    return "".join(p.data if isinstance(p, Code) else p for p in parts)


def _translatable(lines: list[str], cues: list[_Cue]) -> list[_Cue]:
    return [c for c in cues if base.is_translatable("\n".join(lines[c.first : c.end]))]


class SrtFormat:
    name = "srt"
    extensions = (".srt",)

    def read(self, data: bytes, name: str) -> Document:
        source = base.decode(data, name)
        lines = source.text.split("\n")
        cues = _translatable(lines, _cues(lines, name))
        paragraphs = [
            base.make_paragraph(_coded("\n".join(lines[c.first : c.end]))[0]) for c in cues
        ]
        return Document(name, self.name, paragraphs, data, source.encoding)

    def write(self, data: bytes, translations: Sequence[str | Coded]) -> bytes:
        source = base.decode(data, "document.srt")
        lines = source.text.split("\n")
        cues = _translatable(lines, _cues(lines, "document.srt"))
        base.check_count(len(cues), translations, "srt")
        # Replace from the last cue backwards so earlier line indexes stay valid.
        for cue, translation in reversed(list(zip(cues, translations, strict=True))):
            raw = "\n".join(lines[cue.first : cue.end])
            inner, head, tail = _coded(raw)
            if base.unchanged(translation, inner):
                continue
            translation = base.as_coded(translation, inner)
            new = normalise_newlines(_render(translation, head, tail)).split("\n")
            lines[cue.first : cue.end] = [line for line in new if line.strip()]
        return base.encode("\n".join(lines), source)
