"""A segment row as stored in a project, with its workflow status and origin."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum, StrEnum


class Status(IntEnum):
    """Workflow states in their numeric order (translate-toolkit style)."""

    NEW = 0
    MT_DRAFT = 1
    NEEDS_REVIEW = 2  # edited by a person, not yet confirmed
    CONFIRMED = 3

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]

    @classmethod
    def parse(cls, text: str) -> Status:
        key = text.strip().lower().replace("-", "_").replace(" ", "_")
        aliases = {"edited": cls.NEEDS_REVIEW, "mt": cls.MT_DRAFT, "draft": cls.MT_DRAFT}
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
}


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
    source: str  # the source text as shown to the translator (after repairs)
    trail: str  # whitespace after the source text in the paragraph
    mt_source: str  # what goes to MT and to memory matching (look-alikes normalised)
    lang: str  # the segment's own source language (ky/ru/en)
    target: str
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

    @property
    def is_translated(self) -> bool:
        return bool(self.target.strip())
