"""Kyrgyz letters and their look-alikes, and text normalised for translation-memory matching.

Kyrgyz ө ү ң are missing from many keyboards and old fonts, so documents carry stand-ins:
ɵ ѳ ø ö for ө, ÿ ӱ and Latin y for ү, ӊ ҥ ñ for ң. Texts typed on mixed layouts also hide
Latin letters inside Cyrillic words ("Pеспублика" with a Latin P) and the reverse. Both
break translation-memory matches and confuse the translation model. Only letters inside a
word of the other script are changed: a Latin word stays Latin, a Cyrillic word Cyrillic.
"""

from __future__ import annotations

import re
import unicodedata

# Stand-ins for the Kyrgyz letters, replaced inside Cyrillic words of Kyrgyz text.
_KY_STAND_INS = {
    "ɵ": "ө", "Ɵ": "Ө", "ѳ": "ө", "Ѳ": "Ө", "ø": "ө", "Ø": "Ө", "ö": "ө", "Ö": "Ө",
    "ÿ": "ү", "Ÿ": "Ү", "ӱ": "ү", "Ӱ": "Ү",
    "ӊ": "ң", "Ӊ": "Ң", "ҥ": "ң", "Ҥ": "Ң", "ñ": "ң", "Ñ": "Ң", "ӈ": "ң", "Ӈ": "Ң",
}  # fmt: skip

# Latin letters that look like Cyrillic ones, and the reverse.
_LATIN_TO_CYRILLIC = {
    "a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "ë": "ё",
    "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "K": "К", "M": "М", "O": "О",
    "P": "Р", "T": "Т", "X": "Х", "Y": "У", "Ë": "Ё",
}  # fmt: skip
_CYRILLIC_TO_LATIN = {
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x", "у": "y", "і": "i",
    "ј": "j", "ѕ": "s", "ԁ": "d", "һ": "h", "ү": "y",
    "А": "A", "В": "B", "С": "C", "Е": "E", "Н": "H", "К": "K", "М": "M", "О": "O",
    "Р": "P", "Т": "T", "Х": "X", "У": "Y", "І": "I", "Ј": "J", "Ѕ": "S", "Ү": "Y",
}  # fmt: skip

_FRONT_VOWELS = set("еэиөүЕЭИӨҮ")
_BACK_VOWELS = set("аоуыяюАОУЫЯЮ")

_WORD = re.compile(r"[^\W\d_]+")


def _is_cyrillic(ch: str) -> bool:
    return "\u0400" <= ch <= "\u052f"


def _is_latin(ch: str) -> bool:
    return ch.isascii() or "\u00c0" <= ch <= "\u02af"  # with IPA letters: ɵ


def normalise_lookalikes(text: str, lang: str | None) -> tuple[str, list[str]]:
    """Replace look-alike letters inside words of the other script.

    `lang` is the text's language ("ky", "ru", "en", or None if unknown). Latin stand-ins
    (ɵ ø ÿ ñ...) inside Cyrillic words become ө ү ң in any language; Cyrillic ones (ѳ ӱ ҥ)
    and Latin y for ү only in Kyrgyz text (or unknown text that has Kyrgyz letters).
    Returns the text and the distinct changes made, e.g. ["ɵ→ө", "Latin p→Cyrillic р"].
    """
    if not _MAY_CHANGE.search(text):
        return text, []  # most texts: Cyrillic only, nothing to look at word by word
    return _by_words(text, lang)


def _by_words(text: str, lang: str | None) -> tuple[str, list[str]]:
    words = list(_WORD.finditer(text))
    scripts = [_script(m.group()) for m in words]
    changes: dict[str, None] = {}  # an ordered set
    parts: list[str] = []
    last = 0
    for i, match in enumerate(words):
        word = match.group()
        target = scripts[i]
        if target is None and len(word) == 1:
            target = _neighbour_script(scripts, i)
        fixed = _fix_word(word, target, lang, changes)
        if fixed != word:
            parts += [text[last : match.start()], fixed]
            last = match.end()
    parts.append(text[last:])
    return "".join(parts), list(changes)


# What normalise_lookalikes can change needs a Latin letter (_is_latin: a Latin word, a
# Latin stand-in, a Latin look-alike in a Cyrillic word) or a Cyrillic stand-in (ѳ ӱ ҥ):
# without one every word is Cyrillic or undecided, and _fix_word keeps both as they are.
_MAY_CHANGE = re.compile(
    "[A-Za-z\u00c0-\u02af" + "".join(ch for ch in _KY_STAND_INS if _is_cyrillic(ch)) + "]"
)


def _script(word: str) -> str | None:
    """ "cyr" or "lat" for a word whose letters are (nearly) all of one script; None if unsure."""
    cyr = [ch for ch in word if _is_cyrillic(ch)]
    lat = [ch for ch in word if _is_latin(ch)]
    if len(word) == 1 and (word in _LATIN_TO_CYRILLIC or word in _CYRILLIC_TO_LATIN):
        return None  # "c", "а", "y": the words around it decide
    if cyr and not lat:
        return "cyr"
    if lat and not cyr:
        return "lat"
    if not cyr and not lat:
        return None
    # Mixed: the script whose stray letters can all be explained as look-alikes loses.
    lat_ok = all(ch in _LATIN_TO_CYRILLIC or ch in _KY_STAND_INS for ch in lat)
    cyr_ok = all(ch in _CYRILLIC_TO_LATIN for ch in cyr)
    if lat_ok and (not cyr_ok or len(cyr) >= len(lat)):
        return "cyr"
    if cyr_ok:
        return "lat"
    return None


def _neighbour_script(scripts: list[str | None], i: int) -> str | None:
    """A one-letter word ("c", "a", "y") takes the script of the words around it."""
    around = {s for s in (scripts[i - 1] if i else None, _at(scripts, i + 1)) if s}
    return around.pop() if len(around) == 1 else None


def _at(items: list[str | None], i: int) -> str | None:
    return items[i] if i < len(items) else None


def _fix_word(word: str, target: str | None, lang: str | None, changes: dict[str, None]) -> str:
    if target == "cyr":
        out = []
        for ch in word:
            new = _cyrillic_for(ch, word, lang)
            if new != ch:
                changes[_label(ch, new)] = None
            out.append(new)
        return "".join(out)
    if target == "lat":
        out = []
        for ch in word:
            new = _CYRILLIC_TO_LATIN.get(ch, ch) if _is_cyrillic(ch) else ch
            if new != ch:
                changes[f"Cyrillic {ch}→Latin {new}"] = None
            out.append(new)
        return "".join(out)
    if lang in ("ky", None) and any(_is_cyrillic(ch) for ch in word):
        # Undecided but Cyrillic-only stand-ins (ѳ ӱ ҥ) are safe to replace in Kyrgyz text.
        fixed = "".join(
            _KY_STAND_INS[ch] if ch in _KY_STAND_INS and _is_cyrillic(ch) else ch for ch in word
        )
        for old, new in zip(word, fixed, strict=True):
            if old != new:
                changes[f"{old}→{new}"] = None
        return fixed
    return word


def _cyrillic_for(ch: str, word: str, lang: str | None) -> str:
    """The Cyrillic letter `ch` stands for in the Cyrillic `word`."""
    if ch in _KY_STAND_INS:
        # Latin stand-ins (ɵ ø ö ÿ ñ) never belong in a Cyrillic word; Cyrillic ones (ѳ ӱ ҥ)
        # are letters of other alphabets (ѳ is the old Russian fita) unless the text is Kyrgyz.
        if lang in ("ky", None) or not _is_cyrillic(ch):
            return _KY_STAND_INS[ch]
        return ch
    if ch in "yY":
        # Kyrgyz typed on a Russian layout has у but lacks ү, so a Latin y stands for ү,
        # unless vowel harmony says у: "кyлпyнай" has back vowels, "кyн" and "мектептерy" not.
        # Text of unknown language needs a Kyrgyz letter as well: "рyсский" is русский.
        letters = set(word)
        back = bool(_BACK_VOWELS & letters) and not (_FRONT_VOWELS & letters)
        kyrgyz = lang == "ky" or (lang is None and bool(set("өүңӨҮҢ") & letters))
        if kyrgyz and not back:
            return "ү" if ch == "y" else "Ү"
    return _LATIN_TO_CYRILLIC.get(ch, ch)


def _label(old: str, new: str) -> str:
    if _LATIN_TO_CYRILLIC.get(old) == new:
        return f"Latin {old}→Cyrillic {new}"  # they look the same: say which is which
    if old.isascii():
        return f"Latin {old}→{new}"
    return f"{old}→{new}"


# --------------------------------------------------------------------------- matching

_QUOTES = str.maketrans(
    {
        **{ch: '"' for ch in "«»“”„‟‹›〝〞＂"},
        **{ch: "'" for ch in "‘’‚‛`´ʼʹ′"},
        **{ch: "-" for ch in "‐‑‒–—―−⁃"},
        "…": "...",
        "ё": "е",
        "Ё": "Е",
    }
)
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200f\u2060\ufeff]")
_SPACES = re.compile(r"\s+")
_TRAILING_PUNCT = re.compile(r"[\s.!?;:,]+$")


def normalise_for_matching(text: str, lang: str | None = None) -> str:
    """A key under which two segments that differ only in typing match each other.

    Look-alike letters, case, quote and dash styles, ё/е, invisible characters, runs of
    whitespace and trailing punctuation are all made uniform. Never shown to users.
    `lang` as for normalise_lookalikes; None (the default) suits any of the languages.
    """
    text = unicodedata.normalize("NFKC", _INVISIBLE.sub("", text))
    text, _ = normalise_lookalikes(text, lang)
    text = text.translate(_QUOTES).casefold()
    text = _SPACES.sub(" ", text).strip()
    return _TRAILING_PUNCT.sub("", text)
