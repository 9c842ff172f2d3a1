"""Word-level differences between a text and a memory match's source (the side
panel highlights them); look-alike letters and case count as equal."""

from __future__ import annotations

import difflib
import re

from workbench.core.tm_score import match_key

_TOKEN = re.compile(r"\w+|\s+|[^\w\s]", re.UNICODE)

EQUAL, ADDED, REMOVED = "equal", "added", "removed"


def diff_spans(current: str, match_source: str, lang: str = "ky") -> list[tuple[str, str]]:
    """Word-level differences for highlighting a match, as (text, kind) spans.

    kind is "equal", "removed" (in the match's source, not in the current text) or
    "added" (in the current text, not in the match's source). The equal and removed
    spans joined give `match_source`; the equal and added spans give `current` up to
    look-alike letters and case, which count as equal (they are not real differences).
    """
    a, b = _TOKEN.findall(current), _TOKEN.findall(match_source)
    a_keys = [_token_key(t, lang) for t in a]
    b_keys = [_token_key(t, lang) for t in b]
    spans: list[tuple[str, str]] = []

    def add(text: str, kind: str) -> None:
        if not text:
            return
        if spans and spans[-1][1] == kind:
            spans[-1] = (spans[-1][0] + text, kind)
        else:
            spans.append((text, kind))

    matcher = difflib.SequenceMatcher(None, a_keys, b_keys, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            add("".join(b[j1:j2]), EQUAL)
        else:
            add("".join(b[j1:j2]), REMOVED)
            add("".join(a[i1:i2]), ADDED)
    return spans


def _token_key(token: str, lang: str) -> str:
    return " " if token.isspace() else match_key(token, lang) or token
