"""TMX units as the workbench sees them, and the conventions shared by reader and writer.

Reading is in tmx_read (iter_tmx, import_tmx), writing in tmx_write (write_tmx,
export_project). Property names follow the tools translators use:

- x-Origin = MachineTranslation and creationid = "MT!" mark unedited machine
  translation. "MT!" is the long-standing marker of Okapi, GlobalSight and
  MyMemory; x-Origin / x-ConfirmationLevel are the fields Trados Studio writes
  and reads back. OmegaT and memoQ show both as plain properties and author.
- x-ConfirmationLevel carries the segment status in Trados Studio's words
  (Translated for confirmed, Draft otherwise); x-workbench-status keeps ours.
- x-document names the document a pair came from (OmegaT's "file" and memoQ's
  document properties are read as the same thing on import).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime

from workbench.core.inline import Coded
from workbench.core.languages import find_language

CREATION_TOOL = "KyrgyzWorkbench"
MT_CREATION_ID = "MT!"
PROP_ORIGIN = "x-Origin"
PROP_MT_MODEL = "x-mt-model"
PROP_DOCUMENT = "x-document"
PROP_CONFIRMATION = "x-ConfirmationLevel"
PROP_STATUS = "x-workbench-status"

# Properties other tools use for the document name.
DOCUMENT_PROPS = frozenset({"x-document", "file", "document", "x-filename", "x-file"})
_MT_ORIGINS = ("machinetranslation", "neuralmachinetranslation", "mt", "nmt")


@dataclass
class TmxUnit:
    """One <tu>: its language variants and metadata.

    `variants` holds (language code, text) in file order, text with its inline codes as
    a Coded where it has any; the writer turns
    any code find_language() knows into ky-KG / ru-RU / en-US. Dates are datetimes
    or ISO 8601 strings.
    """

    variants: list[tuple[str, str | Coded]]  # plain text, or Coded with inline codes
    tuid: str | None = None
    srclang: str | None = None
    created: datetime | str | None = None
    changed: datetime | str | None = None
    creator: str | None = None
    changer: str | None = None
    props: list[tuple[str, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    machine_translated: bool = False
    mt_model: str | None = None

    def prop(self, kind: str) -> str | None:
        """The first property of this type (case-insensitive), or None."""
        kind = kind.lower()
        return next((v for k, v in self.props if k.lower() == kind), None)

    @property
    def document(self) -> str | None:
        return next((v for k, v in self.props if k.lower() in DOCUMENT_PROPS), None)


def machine_translation_unit(
    source: str,
    target: str,
    source_lang: str,
    target_lang: str,
    model: str,
    *,
    document: str | None = None,
    when: datetime | None = None,
    translator: str | None = None,
) -> TmxUnit:
    """A unit for an unedited machine translation, marked the way CAT tools recognise."""
    when = when or datetime.now(UTC)
    props = [(PROP_DOCUMENT, document)] if document else []
    props.append((PROP_CONFIRMATION, "Draft"))
    return TmxUnit(
        variants=[(source_lang, source), (target_lang, target)],
        srclang=source_lang,
        created=when,
        changed=when,
        changer=translator,
        props=props,
        machine_translated=True,
        mt_model=model,
    )


def is_machine_translation(creation_id: str | None, props: list[tuple[str, str]]) -> bool:
    if (creation_id or "").strip().upper() == MT_CREATION_ID:
        return True
    return any(
        k.lower() == PROP_ORIGIN.lower() and v.strip().lower() in _MT_ORIGINS for k, v in props
    )


def tmx_lang(code: str) -> str:
    """ky / KY / kir_Cyrl / ky_KG -> ky-KG; a code the workbench does not know is kept as is."""
    lang = find_language(code)
    return lang.tmx if lang else code


def tmx_date(value: datetime | str) -> str:
    """A datetime or ISO 8601 string as TMX wants it: YYYYMMDDThhmmssZ (UTC)."""
    if isinstance(value, str):
        parsed = parse_date(value)
        if parsed is None:
            raise ValueError(f"not a date: {value!r}")
        value = parsed
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


_DATE = re.compile(r"(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{2}):?(\d{2}):?(\d{2})(?:\.\d+)?)?Z?$")


def parse_date(text: str | None) -> datetime | None:
    """TMX (20240104T103646Z) or ISO 8601 (2024-01-04T10:36:46Z) in UTC; None if unreadable."""
    if not text:
        return None
    match = _DATE.match(text.strip())
    if not match:
        return None
    parts = [int(p) if p else 0 for p in match.groups()]
    try:
        return datetime(*parts, tzinfo=UTC)
    except ValueError:
        return None


def iso_date(value: datetime) -> str:
    """The project store's date format."""
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
