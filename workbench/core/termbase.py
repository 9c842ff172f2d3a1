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


def split_terms(text: str) -> list[str]:
    """Several terms typed in one field ("школа; училище"), cleaned, empty ones dropped."""
    return [t for t in (clean_term(part) for part in text.split(";")) if t]


def edited(
    entry: TermEntry,
    src: str,
    tgt: str,
    *,
    source: str | None = None,
    targets: str | None = None,
    forbidden: str | None = None,
    note: str | None = None,
    domain: str | None = None,
    case_sensitive: bool | None = None,
) -> TermEntry:
    """`entry` with the changes a translator asked for (None: leave as it is).

    `source`: the source-language terms ("a; b", the preferred first); `targets`: the
    target terms a translator may use; `forbidden`: the target terms that must not be
    used; `case_sensitive`: for every term of the entry. Other languages are kept.
    The one rule behind the editor's Edit term dialog and `workbench terms edit`."""

    def term(lang: str, text: str, banned: bool | None = None) -> Term:
        # A term kept from the entry keeps its flags; a new one takes its language's case.
        old = entry.in_lang(lang)
        same = next((t for t in old if t.text == text), None)
        case = same.case_sensitive if same else any(t.case_sensitive for t in old)
        if banned is None:
            banned = same.forbidden if same else False
        return Term(text, banned, case)

    terms = dict(entry.terms)
    if source is not None:
        terms[src] = tuple(term(src, t) for t in split_terms(source))
    if targets is not None or forbidden is not None:
        old = entry.in_lang(tgt)
        allowed = (
            [term(tgt, t, False) for t in split_terms(targets)]
            if targets is not None
            else [t for t in old if not t.forbidden]
        )
        banned = (
            [term(tgt, t, True) for t in split_terms(forbidden)]
            if forbidden is not None
            else [t for t in old if t.forbidden]
        )
        terms[tgt] = tuple(allowed + banned)
    if case_sensitive is not None:
        terms = {
            lang: tuple(replace(t, case_sensitive=case_sensitive) for t in ts)
            for lang, ts in terms.items()
        }
    terms = {lang: ts for lang, ts in terms.items() if ts}
    return replace(
        entry,
        terms=terms,
        note=entry.note if note is None else " ".join(note.split()),
        domain=entry.domain if domain is None else " ".join(domain.split()),
    )
