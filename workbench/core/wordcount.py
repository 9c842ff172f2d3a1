"""Counting words and characters the way CAT tools quote from (Trados Studio, memoQ).

The rule, one place for the analysis, the CLI and the GUI:

- Inline codes (core.inline markers) are invisible: they are removed before counting
  and never count as words or characters; a word with markup inside ("bo<b>ld</b>")
  stays one word.
- A word is a run of letters, digits and combining marks. Hyphens and apostrophes
  between two such characters join them ("2021-жылы", "online-курс", "don't" are one
  word each), as do the point, comma, slash and colon between two digits ("1,000.50",
  "12:30", "3/4" are one word each). Numbers count as words, as in both tools.
- Everything else (spaces, punctuation, symbols such as "%" or "—") separates words and
  is not a word itself: "50 %" is one word, "1 000" (a thousands space) is two.
- Characters: every character of the text without its markers, spaces included
  ("characters"), and without any whitespace ("characters without spaces").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from workbench.core.inline import strip_markers

_JOINERS = "-\u2010\u2011'\u2019"  # hyphen, non-breaking hyphen, apostrophes
_W = r"(?:[^\W_]|[\u0300-\u036f])"  # a letter, digit or combining mark (stress marks)
_WORD = re.compile(rf"{_W}+(?:(?:[{_JOINERS}](?={_W})|(?<=\d)[.,/:](?=\d)){_W}+)*")


@dataclass(frozen=True)
class TextCount:
    words: int
    characters: int  # spaces included
    characters_no_spaces: int


def words(text: str) -> list[str]:
    """The words of `text` as counted (see the module's rule)."""
    return _WORD.findall(strip_markers(text))


def count_words(text: str) -> int:
    return len(words(text))


def count_text(text: str) -> TextCount:
    plain = strip_markers(text)
    return TextCount(
        len(_WORD.findall(plain)), len(plain), sum(1 for ch in plain if not ch.isspace())
    )
