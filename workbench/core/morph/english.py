"""English inflections for term recognition: lemminflect's dictionary of word forms.

A term word is expanded to its inflected forms (law -> laws; run -> runs, ran, running;
child -> children), with lemminflect's rules for words its dictionary lacks, and a text
word matches when it is one of those forms. Generating forms from the term, instead of
stemming the text, keeps precision: "lawyer" is not a form of "law", and "universe" is not
one of "university" (a Porter stemmer gives both "univers").
"""

from __future__ import annotations

from functools import cache


@cache
def forms(word: str) -> frozenset[str]:
    """`word` (lower case) and its noun and verb inflections."""
    import lemminflect  # lazy: it loads numpy and its tables (about half a second)

    found = {word}
    if not word.isalpha():
        return frozenset(found)
    table = lemminflect.getAllInflections(word)
    lemmas = lemminflect.getAllLemmas(word)
    if not table and not lemmas:
        for upos in ("NOUN", "VERB"):
            table.update(lemminflect.getAllInflectionsOOV(word, upos))
    for values in table.values():
        found.update(v.lower() for v in values)
    # A term given as a plural or a verb form matches its lemma's other forms too.
    for lemma_list in lemmas.values():
        for lemma in lemma_list:
            if lemma.lower() != word:
                found.add(lemma.lower())
                for values in lemminflect.getAllInflections(lemma).values():
                    found.update(v.lower() for v in values)
    return frozenset(found)
