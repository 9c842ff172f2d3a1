"""How plausible a text is as Kyrgyz, Russian or English: letter frequencies, letter
case inside words, no words mixing scripts. The decoder picks a single-byte code page
by it (core/text.py) and the mojibake repair keeps a repair only if it scores clearly
better (core/mojibake.py)."""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from collections import Counter

# Single-byte Cyrillic: cp1251 or koi8-r (or cp1252 for Western text). The three are told
# apart by how plausible the decoded letters are: letter frequencies of Russian and Kyrgyz,
# normal letter case inside words (koi8-r read as cp1251 swaps the case of every letter),
# and no words mixing Cyrillic with Latin letters.

_SINGLE_BYTE = ("cp1251", "koi8-r", "cp1252")
_PRIOR = {"cp1251": 1.0, "koi8-r": 0.0, "cp1252": 0.0}

# Letter frequencies in per cent, roughly the mean of Russian and Kyrgyz news text.
_CYR_FREQ = {
    "а": 10.0, "о": 7.5, "е": 7.8, "и": 5.2, "н": 6.8, "т": 5.6, "с": 4.2, "р": 5.3,
    "в": 2.6, "л": 4.7, "к": 4.2, "м": 3.1, "д": 3.4, "п": 1.7, "у": 3.3, "я": 1.1,
    "ы": 4.4, "ь": 0.9, "г": 1.6, "з": 1.8, "б": 2.3, "ч": 1.4, "й": 1.3, "х": 0.6,
    "ж": 1.4, "ш": 1.1, "ю": 0.4, "ц": 0.3, "щ": 0.2, "э": 0.3, "ф": 0.2, "ъ": 0.05,
    "ё": 0.2, "ү": 1.7, "ө": 1.2, "ң": 0.9,
}  # fmt: skip
_LOG_FREQ = {ch: math.log(f / 100) for ch, f in _CYR_FREQ.items()}
_LOG_RARE = math.log(0.0002)  # a Cyrillic letter of neither language (ђ, ѓ, ї...)
_LOG_LATIN = math.log(0.04)  # a Latin letter in an all-Latin word
_LOG_ODD_LATIN = math.log(0.0002)  # an accented Latin letter in a word without ASCII letters
_MIXED_PENALTY = 6.0  # per letter of a word that mixes Cyrillic and Latin
_CASE_PENALTY = 4.0  # per capital letter that follows a small one in a word
_CAPS_PENALTY = 1.0  # per capital letter inside a word: all-capital words are rare
_SYMBOL_PENALTY = 8.0  # per box-drawing or other graphic symbol: koi8-r read wrongly
_RARE_SYMBOL_PENALTY = 4.0
_RUN_PENALTY = 2.0  # per letter beyond 2 vowels or 3 consonants in a row
_CYR_VOWELS = frozenset("аеёиоуыэюяөү")
# Shapes real words do not have: ъ not before е ё ю я, ь or ъ starting a word.
_ODD_SHAPE = re.compile(r"ъ(?![еёюя])|^[ьъЬЪ]")
_ODD_SHAPE_PENALTY = 3.0
_CYR_CONSONANTS = frozenset("бвгджзйклмнпрстфхцчшщң")
_COMMON_SYMBOLS = frozenset("«»“”„‘’‚—–…№°•€©®™§±×")

_WORD = re.compile(r"[^\W\d_]+")
_LETTER = re.compile(r"[^\W\d_]")
_SYMBOL = re.compile(r"[^\w\s]|_")


def guess_single_byte(data: bytes) -> str:
    sample = data[:200_000]
    best, best_score = "cp1251", -math.inf
    for encoding in _SINGLE_BYTE:
        try:
            text = sample.decode(encoding)
        except UnicodeDecodeError:
            continue
        score = plausibility(text) + _PRIOR[encoding]
        if score > best_score:
            best, best_score = encoding, score
    return best


def _is_cyrillic(ch: str) -> bool:
    return "\u0400" <= ch <= "\u04ff"


def _is_latin(ch: str) -> bool:
    return ch.isascii() or ("\u00c0" <= ch <= "\u024f")


def plausibility(text: str) -> float:
    """How much `text` looks like real ky/ru/en text: higher is better (a log-likelihood-like sum).

    Only differences between candidate decodings of the same bytes are meaningful.
    """
    score = 0.0
    for word, count in Counter(_WORD.findall(text)).items():
        score += count * _word_score(word)
    for ch, count in Counter(_SYMBOL.findall(text)).items():
        if ch in _COMMON_SYMBOLS:
            continue
        if unicodedata.category(ch) in ("So", "Co", "Cn", "Cc"):
            score -= count * _SYMBOL_PENALTY
        elif not ch.isascii():
            score -= count * _RARE_SYMBOL_PENALTY  # ÷ £ ¤ ¦: real, but rare in running text
    return score


@functools.lru_cache(maxsize=65536)  # words repeat: a document has far fewer distinct ones
def _word_score(word: str) -> float:
    cyr = sum(1 for ch in word if _is_cyrillic(ch))
    latin = sum(1 for ch in word if _is_latin(ch))
    score = 0.0
    if cyr and latin:
        score -= _MIXED_PENALTY * len(word)
    has_ascii = any(ch.isascii() for ch in word)
    prev_lower = False
    prev: str | None = None
    consonants = vowels = 0  # lengths of the current runs
    for ch in word:
        if _is_cyrillic(ch):
            score += _LOG_FREQ.get(ch.lower(), _LOG_RARE)
            # A wrong code page shuffles vowels and consonants: "Чкнчело", "оаие" (small
            # letters only: abbreviations such as РСФСР are all consonants).
            if ch in _CYR_VOWELS:
                vowels, consonants = vowels + 1, 0
                score -= _RUN_PENALTY if vowels >= 3 else 0.0
            elif ch in _CYR_CONSONANTS:
                vowels, consonants = 0, consonants + 1
                score -= _RUN_PENALTY if consonants >= 4 else 0.0
        elif ch.isascii() or has_ascii:
            score += _LOG_LATIN
        else:
            score += _LOG_ODD_LATIN
        if ch.isupper() and prev_lower:
            score -= _CASE_PENALTY
        elif ch.isupper() and prev is not None:
            score -= _CAPS_PENALTY
        prev_lower = ch.islower()
        prev = ch
    return score - _ODD_SHAPE_PENALTY * len(_ODD_SHAPE.findall(word))


def per_letter(text: str) -> float:
    """Plausibility per letter: scores are sums over letters, so compare these."""
    return plausibility(text) / max(1, letters(text))


def letters(text: str) -> int:
    return len(_LETTER.findall(text))
