"""The three languages of the workbench and their codes in NLLB and TMX."""

from __future__ import annotations

from dataclasses import dataclass

from workbench.core.errors import WorkbenchError
from workbench.core.i18n import msg


@dataclass(frozen=True)
class Language:
    code: str  # ISO 639-1, used everywhere inside the workbench
    name: str
    native_name: str
    nllb: str  # NLLB-200 / FLORES-200 code
    tmx: str  # language-REGION, read by OmegaT, memoQ and Trados
    script: str  # ISO 15924

    def __str__(self) -> str:
        return self.code


KY = Language("ky", "Kyrgyz", "Кыргызча", "kir_Cyrl", "ky-KG", "Cyrl")
RU = Language("ru", "Russian", "Русский", "rus_Cyrl", "ru-RU", "Cyrl")
EN = Language("en", "English", "English", "eng_Latn", "en-US", "Latn")

LANGUAGES: dict[str, Language] = {lang.code: lang for lang in (KY, RU, EN)}
CODES: tuple[str, ...] = tuple(LANGUAGES)

_ALIASES: dict[str, str] = {}
for _lang in LANGUAGES.values():
    for _alias in (_lang.code, _lang.nllb, _lang.tmx, _lang.name, _lang.native_name):
        _ALIASES[_alias.lower()] = _lang.code
_ALIASES.update({"kir": "ky", "kgz": "ky", "rus": "ru", "eng": "en"})


def find_language(text: str) -> Language | None:
    """The language a code names: ky, KY, ky-KG, ky_KG, kir_Cyrl, Kyrgyz... or None."""
    key = text.strip().lower()
    if key in _ALIASES:
        return LANGUAGES[_ALIASES[key]]
    # Regional variants: en-GB, ru_KG, KY-kg.
    primary = key.replace("_", "-").split("-", 1)[0]
    if primary in _ALIASES:
        return LANGUAGES[_ALIASES[primary]]
    return None


def get_language(text: str) -> Language:
    """Like find_language, but a code the workbench does not know is an error."""
    lang = find_language(text)
    if lang is None:
        known = ", ".join(CODES)
        raise WorkbenchError(
            msg("unknown language {text!r}: use one of {known}", text=text, known=known)
        )
    return lang
