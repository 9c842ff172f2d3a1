"""Russian lemmas for term recognition: pymorphy3 with its OpenCorpora dictionary.

Russian inflects every noun, adjective and verb (закон, закона, законом, законах), and
stems cut by rule conflate words that are not the same lexeme (закон / законченный both
start "закон"). pymorphy3 looks each word up in a full dictionary and guesses unknown words
by analogy, so a word matches a term word when the two share a lemma. If pymorphy3 cannot
be imported, the Snowball stemmer is the fallback (less precise, still inflection-aware).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache


@cache
def _lemmatiser() -> Callable[[str], frozenset[str]]:
    try:
        import pymorphy3
    except ImportError:  # the fallback for installs without pymorphy3 (tested)
        import snowballstemmer

        stemmer = snowballstemmer.stemmer("russian")
        return lambda word: frozenset({stemmer.stemWord(word)})
    morph = pymorphy3.MorphAnalyzer()

    def lemmas(word: str) -> frozenset[str]:
        return frozenset(p.normal_form.replace("ё", "е") for p in morph.parse(word))

    return lemmas


def lemmas(word: str) -> frozenset[str]:
    """The lemmas `word` (lower case, ё written е) may be a form of."""
    if not any("\u0400" <= ch <= "\u04ff" for ch in word):
        return frozenset({word})  # Latin words and codes inside Russian text stay as they are
    return _lemmatiser()(word)
