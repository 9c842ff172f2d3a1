"""Markdown (.md): the text of paragraphs, headings, list items, block quotes and table cells.

Not translated, and written back exactly: front matter (YAML --- or TOML +++), fenced and
indented code blocks, HTML comments, HTML blocks (from a line starting with a block-level
tag to the next blank line), link reference definitions, thematic breaks, table delimiter
rows. The markup before a line's text (#, -, 1., >, indentation, "- [ ] ")
stays in the file and is not part of the paragraph text.

Inline markup is inline codes (see md_inline): emphasis, strong emphasis, links and images
are pairs (the link text and alt text are translated, the URL never), code spans, autolinks
and inline HTML are placeholders (never translated). Markup around a whole paragraph
(**Heading**) is no code; it stays around the translation. An unchanged paragraph writes
back byte for byte.

A paragraph's lines are joined with "\\n" as in .txt. On writing, translated line i goes in
the place of original line i (with its prefix); extra lines get a continuation prefix (">"
kept, list markers turned into spaces), missing lines are dropped, and so are blank lines
(they would end the paragraph). Headings and table
cells are single-line: newlines in their translation become spaces, "|" in a cell is escaped.
A translated line that would start a new block ("# ", "- ", "1. ", "> "...) gets a backslash
before that markup, which Markdown shows as the plain character.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from workbench.core.document import Document
from workbench.core.formats import base, md_inline
from workbench.core.inline import Code, Coded, Kind, trim_frame

_QUOTE = re.compile(r"^(?:[ \t]{0,3}>[ \t]?)*")
_FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})")
_HEADING = re.compile(r"^([ \t]{0,3}#{1,6})(?:[ \t]+|$)(.*?)(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r"^[ \t]{0,3}(?:=+|-+)[ \t]*$")
_BREAK = re.compile(r"^[ \t]{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_LIST = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+(?:\[[ xX]\][ \t]+)?|$)")
_REFDEF = re.compile(r"^[ \t]{0,3}\[[^\]]+\]:[ \t]*\S")
_HTML_BLOCK = re.compile(
    r"^[ \t]{0,3}<(?:[!?]|/?(?:address|article|aside|audio|blockquote|center|details|dl|div|"
    r"figure|footer|form|h[1-6]|header|hr|iframe|img|nav|ol|p|picture|pre|script|section|"
    r"style|summary|table|ul|video)[\s/>])",
    re.IGNORECASE,
)
_DELIMITER_ROW = re.compile(
    r"^[ \t]*\|?(?:[ \t]*:?-+:?[ \t]*\|)+(?:[ \t]*:?-+:?[ \t]*)?$|"
    r"^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$"
)


@dataclass
class _Para:
    # (line index, start column, end column) of the text on each line.
    spans: list[tuple[int, int, int]] = field(default_factory=list)
    multiline: bool = True  # False for headings and table cells
    cell: bool = False  # a table cell: "|" must be escaped
    quote_depth: int = 0
    continuation: str = ""  # the prefix of lines added by a longer translation

    def text(self, lines: list[str]) -> str:
        return "\n".join(lines[i][a:b] for i, a, b in self.spans)


def _front_matter_end(lines: list[str]) -> int:
    """Index of the first line after YAML/TOML front matter (0 when there is none)."""
    if lines and lines[0].rstrip() in ("---", "+++"):
        closers = ("---", "...") if lines[0].rstrip() == "---" else ("+++",)
        for i in range(1, len(lines)):
            if lines[i].rstrip() in closers:
                return i + 1
    return 0


def _cells(line: str, start: int) -> list[tuple[int, int]]:
    """(start, end) of each non-empty table cell in `line`, from column `start`.

    As in GitHub's tables, a pipe escaped with a backslash does not separate cells, even
    inside `code`; any other does.
    """
    bounds, cells = [], []
    i = start
    while i < len(line):
        if line[i] == "\\":
            i += 1
        elif line[i] == "|":
            bounds.append(i)
        i += 1
    edges = [start - 1, *bounds, len(line)]
    for a, b in zip(edges, edges[1:], strict=False):
        cell = line[a + 1 : b]
        if cell.strip():
            lead = len(cell) - len(cell.lstrip())
            cells.append((a + 1 + lead, a + 1 + len(cell.rstrip())))
    return cells


def _parse(lines: list[str]) -> list[_Para]:
    paras: list[_Para] = []
    current: _Para | None = None
    in_list = False  # indented lines after a list item continue it, they are not code
    i = _front_matter_end(lines)
    while i < len(lines):
        line = lines[i]
        q = _QUOTE.match(line).end()
        depth = line[:q].count(">")
        rest = line[q:]

        if fence := _FENCE.match(rest):
            mark = fence.group(1)
            i += 1
            while i < len(lines):
                inner = lines[i][_QUOTE.match(lines[i]).end() :].strip()
                i += 1
                if inner.startswith(mark[0] * len(mark)) and not inner.strip(mark[0]):
                    break
            current = None
            continue
        if rest.lstrip().startswith("<!--"):
            while i < len(lines) and "-->" not in lines[i]:
                i += 1
            i += 1
            current = None
            continue
        if not rest.strip():
            current = None
            i += 1
            continue
        indented = rest.startswith(("    ", "\t"))
        if indented and current is None and not in_list:  # indented code
            i += 1
            continue
        if current is not None and _SETEXT.match(rest) and depth == current.quote_depth:
            current = None  # the underline of a setext heading
            i += 1
            continue
        if _BREAK.match(rest) or (current is None and _REFDEF.match(rest)):
            current = None
            i += 1
            continue
        if current is None and _HTML_BLOCK.match(rest):
            while i < len(lines) and lines[i].strip():
                i += 1
            continue
        if heading := _HEADING.match(rest):
            if heading.group(2).strip():
                a = q + heading.start(2)
                paras.append(_Para([(i, a, q + heading.end(2))], multiline=False))
            current, in_list = None, False
            i += 1
            continue
        if "|" in rest and i + 1 < len(lines):  # a table may interrupt a paragraph
            nxt = lines[i + 1][_QUOTE.match(lines[i + 1]).end() :]
            if _DELIMITER_ROW.match(nxt) and "|" in nxt:
                i = _table(lines, i, paras)
                current, in_list = None, False
                continue
        if item := _LIST.match(rest):
            start = q + item.end()
            prefix = line[:start]
            cont = "".join(c if c in "> \t" else " " for c in prefix)
            end = len(line.rstrip())
            spans = [(i, start, end)] if end > start else []  # "-" alone: text on next lines
            current = _Para(spans, quote_depth=depth, continuation=cont)
            paras.append(current)
            in_list = True
            i += 1
            continue
        start = q + len(rest) - len(rest.lstrip())
        end = len(line.rstrip())
        if current is not None and (depth == current.quote_depth or depth == 0):
            current.spans.append((i, start, end))  # a continuation line
        else:
            current = _Para([(i, start, end)], quote_depth=depth, continuation=line[:start])
            paras.append(current)
            if not indented:
                in_list = False
        i += 1
    return [p for p in paras if base.is_translatable(p.text(lines))]


def _table(lines: list[str], i: int, paras: list[_Para]) -> int:
    """Add the cells of the table whose header is line i; return the index after the table."""
    rows = [i]
    j = i + 2  # the delimiter row is markup
    while j < len(lines) and lines[j].strip() and "|" in lines[j]:
        rows.append(j)
        j += 1
    for row in rows:
        for a, b in _cells(lines[row], _QUOTE.match(lines[row]).end()):
            paras.append(_Para([(row, a, b)], multiline=False, cell=True))
    return j


_UNESCAPED_PIPE = re.compile(r"(?<!\\)\|")


def _render(para: _Para, translation: str) -> list[str]:
    """The translated text of each original line, extra lines joined to the last one."""
    if not para.multiline:
        text = " ".join(part.strip() for part in translation.split("\n") if part.strip())
        if para.cell:
            text = _UNESCAPED_PIPE.sub(r"\\|", text)
        return [text]
    # A blank line would end the paragraph (or the list item, the quote) in the file.
    new = [_escape_block_start(line.lstrip()) for line in translation.split("\n") if line.strip()]
    new = new or [""]
    n = len(para.spans)
    if len(new) > n:
        extra = [para.continuation + line for line in new[n:]]
        new = [*new[: n - 1], "\n".join([new[n - 1], *extra])]
    return new


_ORDERED = re.compile(r"^(\d{1,9})([.)])")


def _escape_block_start(line: str) -> str:
    """Escape markup at the start of a translated line that would begin a new block there
    ("# ", "- ", "1. ", "> ", a fence...), so the paragraph stays one paragraph."""
    if not (
        _LIST.match(line)
        or _HEADING.match(line)
        or _FENCE.match(line)
        or _BREAK.match(line)
        or _SETEXT.match(line)
        or _HTML_BLOCK.match(line)
        or line.startswith((">", "<!--", "+++"))
        or ("|" in line and _DELIMITER_ROW.match(line))
    ):
        return line
    if ordered := _ORDERED.match(line):
        return f"{ordered.group(1)}\\{line[ordered.end(1) :]}"
    return "\\" + line


def _drop_empty_emphasis(parts: list) -> list:
    """Emphasis around nothing ("****") would show as asterisks: leave such pairs out
    (a tag the translation lacks is added at its end, and may be such a pair)."""
    out: list = []
    for part in parts:
        if (
            isinstance(part, Code)
            and part.kind == Kind.CLOSE
            and out
            and isinstance(out[-1], Code)
            and out[-1].kind == Kind.OPEN
            and out[-1].id == part.id
            and part.data.strip("*_") == ""
        ):
            out.pop()
            continue
        out.append(part)
    return out


def _coded(raw: str) -> tuple[Coded, list[Code], list[Code]]:
    return trim_frame(md_inline.coded(raw))


class MarkdownFormat:
    name = "md"
    extensions = (".md", ".markdown")

    def read(self, data: bytes, name: str) -> Document:
        source = base.decode(data, name)
        lines = source.text.split("\n")
        paragraphs = [base.make_paragraph(_coded(p.text(lines))[0]) for p in _parse(lines)]
        return Document(name, self.name, paragraphs, data, source.encoding)

    def write(self, data: bytes, translations: Sequence[str | Coded]) -> bytes:
        source = base.decode(data, "document.md")
        lines = source.text.split("\n")
        paras = _parse(lines)
        base.check_count(len(paras), translations, "md")
        edits: dict[int, list[tuple[int, int, str]]] = {}
        dropped: set[int] = set()
        for para, translation in zip(paras, translations, strict=True):
            inner, head, tail = _coded(para.text(lines))
            if base.unchanged(translation, inner):
                continue  # written back exactly as it was
            parts = _drop_empty_emphasis([*head, *base.as_coded(translation, inner).parts(), *tail])
            markup = "".join(p.data if isinstance(p, Code) else md_inline.escape(p) for p in parts)
            new = _render(para, base.text.normalise_newlines(markup))
            for k, (line, a, b) in enumerate(para.spans):
                if k < len(new):
                    edits.setdefault(line, []).append((a, b, new[k]))
                else:
                    dropped.add(line)
        out = []
        for index, line in enumerate(lines):
            if index in dropped:
                continue
            for a, b, text in sorted(edits.get(index, ()), reverse=True):
                line = line[:a] + text + line[b:]
            out.append(line)
        return base.encode("\n".join(out), source)
