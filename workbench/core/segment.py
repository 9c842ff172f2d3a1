"""A segment row as stored in a project, with its workflow status and origin."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum, StrEnum

from workbench.core.flags import LOCKED
from workbench.core.inline import Code, Coded, strip_markers


class Status(IntEnum):
    """Workflow states in their numeric order (translate-toolkit style)."""

    NEW = 0
    MT_DRAFT = 1
    NEEDS_REVIEW = 2  # edited by a person, not yet confirmed
    CONFIRMED = 3
    # Already in the target language (an English caption in a ky->en text): done as
    # it is, the source is exported unchanged. Set on import; the translator can undo
    # it (back to NEW) and typing a target makes it NEEDS_REVIEW like any other.
    NOT_NEEDED = 4

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]

    @property
    def is_done(self) -> bool:
        """Counts as finished work: confirmed, or needing no translation."""
        return self in DONE

    @classmethod
    def parse(cls, text: str) -> Status:
        key = text.strip().lower().replace("-", "_").replace(" ", "_")
        aliases = {
            "edited": cls.NEEDS_REVIEW,
            "mt": cls.MT_DRAFT,
            "draft": cls.MT_DRAFT,
            "no_translation_needed": cls.NOT_NEEDED,
        }
        if key in aliases:
            return aliases[key]
        try:
            return cls[key.upper()]
        except KeyError:
            names = ", ".join(s.name.lower() for s in cls)
            raise ValueError(f"unknown status {text!r}: use one of {names}") from None


_STATUS_LABELS = {
    Status.NEW: "New",
    Status.MT_DRAFT: "MT draft",
    Status.NEEDS_REVIEW: "Needs review",
    Status.CONFIRMED: "Confirmed",
    Status.NOT_NEEDED: "No translation needed",
}
DONE = frozenset({Status.CONFIRMED, Status.NOT_NEEDED})
# Work left: what "next unconfirmed" visits and the "Not done" filter shows.
NOT_DONE = (Status.NEW, Status.MT_DRAFT, Status.NEEDS_REVIEW)


class Origin(StrEnum):
    """Where the current target text came from."""

    NONE = ""
    MT = "mt"
    TM = "tm"
    HUMAN = "human"


@dataclass(frozen=True)
class Segment:
    id: int
    document_id: int
    document: str  # the document's file name
    paragraph: int  # index of the paragraph in the document
    position: int  # index of the segment in its paragraph
    lead: str  # whitespace before the source text in the paragraph
    source: str  # the source text (after repairs), one marker per inline code
    trail: str  # whitespace after the source text in the paragraph
    mt_source: str  # plain text for MT and memory matching (no codes, look-alikes normalised)
    lang: str  # the segment's own source language (ky/ru/en)
    target: str  # one marker per inline code, like source
    status: Status
    origin: Origin
    mt_text: str | None
    mt_model: str | None
    mt_score: float | None
    match_score: float | None  # TM match percentage when origin is TM
    flags: tuple[str, ...]
    revision: int  # bumped by every change of target or status
    created: str  # ISO 8601 UTC
    updated: str
    translator: str | None  # who last changed the target
    source_original: str | None  # the text as found in the file, when a repair changed it
    source_codes: tuple[Code, ...] = ()  # the inline codes of source (see core.inline)
    target_codes: tuple[Code, ...] = ()

    @property
    def is_translated(self) -> bool:
        return bool(self.target.strip())

    @property
    def locked(self) -> bool:
        """Locked (or translate="no") in its bilingual file: the store refuses to change it."""
        return LOCKED in self.flags

    @property
    def source_coded(self) -> Coded:
        return Coded(self.source, self.source_codes)

    @property
    def target_coded(self) -> Coded:
        return Coded(self.target, self.target_codes)

    @property
    def source_plain(self) -> str:
        """The source without its inline codes (what search and the memory see)."""
        return strip_markers(self.source) if self.source_codes else self.source

    @property
    def target_plain(self) -> str:
        return strip_markers(self.target) if self.target_codes else self.target
