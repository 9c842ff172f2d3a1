"""Guard rails: flags for translations that look degenerate.

check_translation(source, output, src, tgt) returns flags from
workbench.core.flags. Flags never hide anything: the text is still stored
and shown, the flag only asks the translator to look. The MT pipeline runs
them on its output, and the project store on every target through
workbench.core.target_checks (a person's or a memory's text included), so a
flag always describes the text it is shown with.
"""

from __future__ import annotations

import operator
import re
import unicodedata
from collections import Counter

from workbench.core import flags
from workbench.core.langid import detect_language
from workbench.core.numbers import numbers_differ

# Characters of output per character of source, by language (rough, from parallel news text).
_LENGTH_FACTOR = {"ky": 1.05, "ru": 1.0, "en": 0.85}
_TOO_SHORT = 0.4  # below this share of the expected length
_TOO_LONG = 2.5  # above this multiple of the expected length
_MIN_CHARS_FOR_RATIO = 15

_WORD = re.compile(r"\w+", re.UNICODE)
# A run of one 1-10 character unit repeated 6+ times: "ааааааа", "ha-ha-ha-ha-ha-ha".
_CHAR_LOOP = re.compile(r"(.{1,10}?)\1{5,}", re.DOTALL)


def check_translation(source: str, output: str, src: str, tgt: str) -> frozenset[str]:
    """The MT flags this output deserves; src and tgt are ky/ru/en."""
    if not source.strip():
        return frozenset()
    if not output.strip():
        return frozenset({flags.MT_EMPTY})
    found: set[str] = set()
    if has_repetition(source, output):
        found.add(flags.MT_REPETITION)
    if wrong_script(output, tgt):
        found.add(flags.MT_WRONG_SCRIPT)
    elif wrong_language(output, tgt):
        found.add(flags.MT_WRONG_LANGUAGE)
    ratio_flag = length_flag(source, output, src, tgt)
    if ratio_flag:
        found.add(ratio_flag)
    if numbers_differ(source, src, output, tgt):
        found.add(flags.MT_NUMBERS_DIFFER)
    return frozenset(found)


# --------------------------------------------------------------------- repetition


def _max_ngram_run(words: list[str], n: int) -> int:
    """The most times one n-gram repeats back to back.

    k back-to-back copies of an n-gram starting at i are (k-1)*n consecutive places j
    where words[j] == words[j+n]; so a run of m such places holds m // n + 1 copies.
    Most texts have no such place at all, which map() finds at C speed."""
    same = list(map(operator.eq, words, words[n:]))
    if not any(same):
        return 1
    best = run = 0
    for equal in same:
        run = run + 1 if equal else 0
        best = max(best, run)
    return best // n + 1


def _repetition_level(text: str) -> tuple[int, int, bool]:
    words = [w.lower() for w in _WORD.findall(text)]
    single = _max_ngram_run(words, 1)
    multi = max((_max_ngram_run(words, n) for n in range(2, 6)), default=1)
    return single, multi, bool(_CHAR_LOOP.search(text))


def has_repetition(source: str, output: str) -> bool:
    """A word 4+ times in a row, a phrase 3+ times in a row, or a character loop,
    unless the source repeats the same way (a chant, a list of dots)."""
    out_single, out_multi, out_chars = _repetition_level(output)
    src_single, src_multi, src_chars = _repetition_level(source)
    words = _WORD.findall(output.lower())
    dominant = False
    if len(words) >= 8:
        top = max(Counter(words).values())
        src_top = max(Counter(_WORD.findall(source.lower())).values(), default=0)
        dominant = top >= 0.5 * len(words) and top > 2 * max(src_top, 1)
    return (
        (out_single >= 4 and out_single > src_single)
        or (out_multi >= 3 and out_multi > src_multi)
        or (out_chars and not src_chars)
        or dominant
    )


# --------------------------------------------------------------- script, language


def _script_counts(text: str) -> tuple[int, int]:
    cyrillic = latin = 0
    for ch in text:
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            if name.startswith("CYRILLIC"):
                cyrillic += 1
            elif name.startswith("LATIN"):
                latin += 1
    return cyrillic, latin


def wrong_script(output: str, tgt: str) -> bool:
    """Mostly Latin letters for a Kyrgyz/Russian target, or Cyrillic for English."""
    cyrillic, latin = _script_counts(output)
    if cyrillic + latin < 4:
        return False
    if tgt in ("ky", "ru"):
        return latin > cyrillic
    return cyrillic > latin


def wrong_language(output: str, tgt: str) -> bool:
    """Russian output for a Kyrgyz target or the other way round."""
    if tgt not in ("ky", "ru") or len(_WORD.findall(output)) < 4:
        return False
    detected = detect_language(output, default=None)
    return detected is not None and detected != tgt


# ------------------------------------------------------------------------ length


def length_flag(source: str, output: str, src: str, tgt: str) -> str | None:
    src_len, out_len = len(source.strip()), len(output.strip())
    expected = src_len * _LENGTH_FACTOR.get(tgt, 1.0) / _LENGTH_FACTOR.get(src, 1.0)
    if src_len >= _MIN_CHARS_FOR_RATIO and out_len < expected * _TOO_SHORT:
        return flags.MT_TOO_SHORT
    if out_len >= _MIN_CHARS_FOR_RATIO and out_len > expected * _TOO_LONG + 10:
        return flags.MT_TOO_LONG
    return None
