"""How the translation memory scores a match, 0-100.

Each unit keeps a matching key, normalise_for_matching(source): look-alike letters,
case, quotes, dashes and whitespace folded, so "Кыргызстан" typed with a Latin "о"
still matches; inline codes are left out (matching ignores them).

- 100: the keys are equal and the letters have the same case pattern;
- 99: the keys are equal but the case differs ("Hello" / "hello");
- below: rapidfuzz's ratio over the keys (capped at 99), minus NUMBER_PENALTY for
  each number present on one side only, so "2021-жылы" never looks like "2022-жылы".
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter

from rapidfuzz import fuzz

from workbench.core.inline import strip_markers
from workbench.core.kyrgyz import normalise_for_matching

NUMBER_PENALTY = 8.0  # points per number found on one side only
NUMBER_PENALTY_CAP = 30.0
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def match_key(text: str, lang: str = "ky") -> str:
    """The text as the memory compares it (`lang` settles look-alike letters; inline codes
    are left out: matching ignores them)."""
    return normalise_for_matching(strip_markers(text), lang)


# Stored keys depend on normalise_for_matching: a memory records the version its keys
# were made with, and recomputes them (or, for a reference's index, is rebuilt) when it
# changes.
_KEY_PROBE = "«Ɵзгɵчɵ» ÿй — ӊ Hello,  “World” 2021-ж. ЁЛКА ёлка\u00a0x"


def key_version() -> str:
    """A short fingerprint of what match_key does today."""
    return hashlib.sha1(match_key(_KEY_PROBE).encode()).hexdigest()[:12]


_END_PUNCT = re.compile(r"[\s.!?;:,…]*$")


def surface(text: str) -> tuple[list[bool], str]:
    """What the key folds away but a 100% match must still share: case and final punctuation."""
    text = strip_markers(text)
    end = _END_PUNCT.search(text)
    return [ch.isupper() for ch in text if ch.isalpha()], "".join(
        (end.group() if end else "").split()
    )


def number_penalty(a: str, b: str) -> float:
    """Points off when the two texts do not carry the same numbers."""
    na, nb = Counter(_NUMBER.findall(a)), Counter(_NUMBER.findall(b))
    differing = sum(((na - nb) + (nb - na)).values())
    return min(NUMBER_PENALTY_CAP, NUMBER_PENALTY * differing)


def similarity(
    a: str, b: str, a_key: str | None = None, b_key: str | None = None, lang: str = "ky"
) -> float:
    """How well `b` (a memory source) matches `a` (the text to translate), 0-100."""
    a_key = match_key(a, lang) if a_key is None else a_key
    b_key = match_key(b, lang) if b_key is None else b_key
    if not a_key or not b_key:
        return 0.0
    if a_key == b_key:
        base = 100.0 if surface(a) == surface(b) else 99.0
    else:
        base = min(fuzz.ratio(a_key, b_key), 99.0)
    return round(max(0.0, base - number_penalty(a, b)), 1)


def repetition_key(text: str, lang: str) -> tuple[str, tuple[bool, ...], str]:
    """Two sources with equal keys are repetitions (a 100% match of each other): what
    propagation gives a target to and what the analysis counts as a repetition."""
    case, end = surface(text)
    return match_key(text, lang), tuple(case), end
