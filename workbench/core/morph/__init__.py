"""Morphology for term recognition: which dictionary forms a word of running text can be.

One analyser per language turns a term's words and a text's words into keys; a text word
matches a term word when their keys meet. Kyrgyz: a documented suffix rule set
(morph/kyrgyz.py). Russian: lemmas from pymorphy3's dictionary (morph/russian.py).
English: the term word's inflections from lemminflect (morph/english.py).
Only the last word of a Kyrgyz or English multi-word term inflects (Жогорку Кеңештин,
member states); every word of a Russian one does (Верховного суда).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Container, Iterable
from functools import cache

from workbench.core.kyrgyz import normalise_lookalikes

WORD = re.compile(r"[^\W\d_]+")
_find_words = WORD.findall


def text_words(text: str) -> list[str]:
    """WORD.findall(text) in about 60 % of its time on running text: a whitespace-separated
    token of letters only (str.isalpha, most tokens) is one word as it is, and only the
    others are searched. Exact: no match spans white space, and an isalpha character is
    always a WORD character (a letter: \\w, never a decimal digit or "_")."""
    out: list[str] = []
    for token in text.split():
        if token.isalpha():
            out.append(token)
        else:
            out += _find_words(token)
    return out


def fold(word: str) -> str:
    """A word in the form the analysers take: lower case, ё written е."""
    return word.lower().replace("ё", "е")


# Letters that can make normalise_lookalikes change a text: Kyrgyz stand-ins, and for
# Cyrillic languages any Latin letter (one may hide in a Cyrillic word), for English any
# Cyrillic one. Most texts have none, and skipping them is the bulk of a QA run's saving.
_SUSPECT = {
    "cyr": re.compile("[A-Za-zɵƟøØöÖÿŸñÑѳѲӱӰӊӉҥҤӈӇë]"),
    "lat": re.compile("[\u0400-\u052fɵƟøØöÖÿŸñÑ]"),
}


def normalise_text(text: str, lang: str) -> str:
    """`text` with look-alike letters replaced, same length (so offsets hold)."""
    if not _SUSPECT["lat" if lang == "en" else "cyr"].search(text):
        return text
    fixed, _ = normalise_lookalikes(text, lang)
    return fixed if len(fixed) == len(text) else text


class Analyser:
    """Keys for term words and text words in one language (results cached per word)."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        # Keys per text word, one cache for last-word positions and one for the others.
        self._cache: tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]] = ({}, {})

    def term_keys(self, word: str, last: bool, compound: bool = False) -> frozenset[str]:
        """Keys of a term's word (folded), the last one or an earlier one; `compound`: the
        term has more than one word (a Kyrgyz head may be an izafet, morph.kyrgyz rule 6)."""
        if self.lang == "en":
            from workbench.core.morph.english import forms

            return forms(word)
        if self.lang == "ru":
            from workbench.core.morph.russian import lemmas

            return lemmas(word)
        if self.lang == "ky" and last and compound:
            from workbench.core.morph.kyrgyz import izafet_keys

            return frozenset({word}) | izafet_keys(word)
        return frozenset({word})

    def text_keys(self, word: str, last: bool) -> frozenset[str]:
        """Keys of a text's word (folded) standing where a term's last or earlier word would."""
        cache = self._cache[last]
        cached = cache.get(word)
        if cached is not None:
            return cached
        if self.lang == "ru":
            from workbench.core.morph.russian import lemmas

            keys = lemmas(word)
        elif self.lang == "ky" and last:
            from workbench.core.morph.kyrgyz import stems_of

            keys = frozenset(stems_of(word))
        else:
            keys = frozenset({word})
        if len(cache) > 500_000:  # a bound for very long sessions; the words come back fast
            cache.clear()
        cache[word] = keys
        return keys

    def prepare(self, known: Collection[str]) -> object | None:
        """What text_keys_in may be given with `known` to be faster (made once per set of
        keys, made again when they change); None where there is nothing to prepare."""
        if self.lang == "ky":
            from workbench.core.morph.kyrgyz import StemPrefixes

            return StemPrefixes(known)
        return None

    def text_keys_in(
        self, word: str, last: bool, known: Container[str], prepared: object | None = None
    ) -> Iterable[str]:
        """Those of text_keys(word, last) that are in `known` (a term index's keys);
        `prepared`: prepare(known), or None.

        A Kyrgyz last word is cut only where the stem is known (morph.kyrgyz.stems_in),
        which spares working out every stem of every word of a text."""
        if self.lang == "ky" and last:
            from workbench.core.morph.kyrgyz import StemPrefixes, stems_in

            return stems_in(
                word, known, prefixes=prepared if isinstance(prepared, StemPrefixes) else None
            )
        return [key for key in self.text_keys(word, last) if key in known]


@cache
def analyser(lang: str) -> Analyser:
    """The shared analyser for `lang` ("ky", "ru", "en"; others match exact words)."""
    return Analyser(lang)
