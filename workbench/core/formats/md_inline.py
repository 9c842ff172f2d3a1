"""Markdown inline markup as inline codes.

Code spans, autolinks and inline HTML tags are placeholders (never translated). Emphasis
(*, _) and strong emphasis (**, __) are pairs; so are links and images: ``[`` opens, and
``](url "title")`` (or ``][ref]``) closes, so the link text and an image's alt text are
translated and the URL never is. Emphasis follows CommonMark's flanking rules in a
simplified form (runs of one to three delimiters, no emphasis across a link's edge).

A backslash escape (\\*) reads as the character it stands for; escape() puts the
backslashes back into translated text wherever a character would otherwise become markup.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from workbench.core.inline import Code, Coded, Kind, is_marker


@dataclass(eq=False)
class _Open:
    data: str
    display: str
    whole: bool = False


@dataclass(eq=False)
class _Close:
    opening: _Open
    data: str


@dataclass(eq=False)
class _Ph:
    data: str
    display: str


@dataclass(eq=False)
class _Delim:
    char: str
    count: int
    can_open: bool
    can_close: bool


_Item = str | _Open | _Close | _Ph | _Delim

_ESCAPABLE = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
_NEEDS_ESCAPE = re.compile(r"[\\`*_\[\]]|<(?=[A-Za-z/!?])")


def escape(text: str) -> str:
    """Plain text as Markdown that shows exactly that text (no emphasis, links, tags)."""
    return _NEEDS_ESCAPE.sub(lambda m: "\\" + m.group(), text)


_AUTOLINK = re.compile(r"<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>@]+)>")
_HTML_TAG = re.compile(r"<(?:/?[A-Za-z][\w-]*(?:\s[^<>]*)?/?|!--.*?--)>", re.DOTALL)


def coded(text: str) -> Coded:
    """The paragraph's text with its inline markup as codes."""
    parts: list[str | Code] = []
    ids: dict[int, str] = {}
    for item in _emphasis(_scan(text)):
        if isinstance(item, str):
            parts.append(item)
        elif isinstance(item, _Open):
            ids[id(item)] = str(len(ids) + 1)
            parts.append(Code(ids[id(item)], Kind.OPEN, item.data, item.display, item.whole))
        elif isinstance(item, _Close):
            o = item.opening
            parts.append(Code(ids[id(o)], Kind.CLOSE, item.data, o.display, o.whole))
        elif isinstance(item, _Ph):
            ids[id(item)] = str(len(ids) + 1)
            parts.append(Code(ids[id(item)], Kind.PLACEHOLDER, item.data, item.display))
    return Coded.from_parts(parts)


def _punct(ch: str) -> bool:
    return bool(ch) and unicodedata.category(ch).startswith(("P", "S"))


def _space(ch: str) -> bool:
    return not ch or ch.isspace()


def _scan(s: str) -> list[_Item]:
    items: list[_Item] = []
    text: list[str] = []

    def flush() -> None:
        if text:
            items.append("".join(text))
            text.clear()

    i = 0
    while i < len(s):
        ch = s[i]
        if ch == "\\" and i + 1 < len(s) and s[i + 1] in _ESCAPABLE:
            text.append(s[i + 1])
            i += 2
            continue
        if ch == "`":
            n = len(s[i:]) - len(s[i:].lstrip("`"))
            m = re.compile(rf"(?<!`)`{{{n}}}(?!`)").search(s, i + n)
            if m:
                flush()
                span = s[i : m.end()]
                items.append(_Ph(span, "code " + span.strip("`").strip()))
                i = m.end()
                continue
            text.append(s[i : i + n])
            i += n
            continue
        if ch == "<":
            m = _AUTOLINK.match(s, i) or _HTML_TAG.match(s, i)
            if m:
                flush()
                items.append(_Ph(m.group(), m.group()))
                i = m.end()
                continue
        if ch == "[" or (ch == "!" and s.startswith("[", i + 1)):
            link = _link(s, i)
            if link:
                end, label_start, label_end, closer = link
                flush()
                image = ch == "!"
                target = (closer[2:-1].split() or [""])[0] if closer.startswith("](") else closer
                opening = _Open(s[i:label_start], ("image " if image else "link ") + target, True)
                items.append(opening)
                items.extend(_emphasis(_scan(s[label_start:label_end])))
                items.append(_Close(opening, closer))
                i = end
                continue
        if is_marker(ch):  # a private-use character in the file: kept, never taken for a code
            flush()
            items.append(_Ph(ch, f"U+{ord(ch):04X}"))
            i += 1
            continue
        if ch in "*_":
            n = len(s[i:]) - len(s[i:].lstrip(ch))
            before = s[i - 1] if i else ""
            after = s[i + n] if i + n < len(s) else ""
            left = not _space(after) and (not _punct(after) or _space(before) or _punct(before))
            right = not _space(before) and (not _punct(before) or _space(after) or _punct(after))
            if ch == "_":
                can_open = left and (not right or _punct(before))
                can_close = right and (not left or _punct(after))
            else:
                can_open, can_close = left, right
            flush()
            items.append(_Delim(ch, n, can_open, can_close))
            i += n
            continue
        text.append(ch)
        i += 1
    flush()
    return items


def _link(s: str, i: int) -> tuple[int, int, int, str] | None:
    """(end, label start, label end, closing markup) of a link or image at i, or None."""
    start = i + (2 if s[i] == "!" else 1)
    depth, j = 1, start
    while j < len(s):
        if s[j] == "\\":
            j += 2
            continue
        if s[j] == "`":  # a code span inside the label may hold brackets
            n = len(s[j:]) - len(s[j:].lstrip("`"))
            m = re.compile(rf"(?<!`)`{{{n}}}(?!`)").search(s, j + n)
            j = m.end() if m else j + n
            continue
        if s[j] == "[":
            depth += 1
        elif s[j] == "]":
            depth -= 1
            if depth == 0:
                break
        j += 1
    if j >= len(s):
        return None
    label_end = j
    if s.startswith("(", j + 1):
        k, depth = j + 2, 1
        while k < len(s):
            if s[k] == "\\":
                k += 2
                continue
            if s[k] == "(":
                depth += 1
            elif s[k] == ")":
                depth -= 1
                if depth == 0:
                    return k + 1, start, label_end, s[j : k + 1]
            k += 1
        return None
    if s.startswith("[", j + 1):
        k = s.find("]", j + 2)
        if k != -1:
            return k + 1, start, label_end, s[j : k + 1]
    return None


def _emphasis(items: list[_Item]) -> list[_Item]:
    """Turn matched delimiter runs into pairs, the unmatched ones into text."""
    items = list(items)
    i = 0
    while i < len(items):
        closer = items[i]
        if not (isinstance(closer, _Delim) and closer.can_close and closer.count):
            i += 1
            continue
        k = i - 1
        while k >= 0:
            o = items[k]
            if isinstance(o, _Delim) and o.char == closer.char and o.can_open and o.count:
                break
            k -= 1
        if k < 0:
            i += 1
            continue
        opener = items[k]
        assert isinstance(opener, _Delim)
        n = 2 if opener.count >= 2 and closer.count >= 2 else 1
        mark = closer.char * n
        pair = _Open(mark, "strong" if n == 2 else "emphasis")
        opener.count -= n
        closer.count -= n
        # Delimiters between them can no longer match across this pair.
        for m in range(k + 1, i):
            inner = items[m]
            if isinstance(inner, _Delim):
                items[m] = inner.char * inner.count
        items[k + 1 : i] = [pair, *items[k + 1 : i], _Close(pair, mark)]
        i = k + 1 + (i - k - 1) + 2  # index of the closer after the insertions
        if opener.count == 0:
            items.pop(k)
            i -= 1
    return [
        (item.char * item.count if isinstance(item, _Delim) else item)
        for item in items
        if not (isinstance(item, _Delim) and item.count == 0)
    ]
