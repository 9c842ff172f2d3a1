"""Termbase entries: one concept with its terms in each language (the TBX model).

An entry holds, per language, one or more terms (the first is the preferred one); each
term can be forbidden (a deprecated term the translator must not use) and case
sensitive. The project store keeps entries; CSV/TSV and TBX files carry them in and out
(core/termbase_csv.py, core/tbx.py); core/termmatch.py finds them in text.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace


@dataclass(frozen=True)
class Term:
    text: str
    forbidden: bool = False
    case_sensitive: bool = False


@dataclass(frozen=True)
class TermEntry:
    terms: dict[str, tuple[Term, ...]]  # language code -> terms, the preferred one first
    note: str = ""
    domain: str = ""
    id: int | None = None
    extra: dict[str, str] = field(default_factory=dict, compare=False)

    def in_lang(self, lang: str) -> tuple[Term, ...]:
        return self.terms.get(lang, ())

    def allowed(self, lang: str) -> tuple[Term, ...]:
        """The terms in `lang` a translator may use."""
        return tuple(t for t in self.in_lang(lang) if not t.forbidden)

    def with_id(self, entry_id: int) -> TermEntry:
        return replace(self, id=entry_id)

    def label(self, lang: str) -> str:
        """The entry's preferred term in `lang`, or any term it has."""
        for terms in (self.allowed(lang), self.in_lang(lang)):
            if terms:
                return terms[0].text
        return next((ts[0].text for ts in self.terms.values() if ts), "")


def clean_term(text: str) -> str:
    """A term as stored: inner whitespace collapsed, ends stripped."""
    return " ".join(text.split())
