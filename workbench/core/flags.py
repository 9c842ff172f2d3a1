"""Flags a segment can carry, with the words a translator sees for them.

Flags never hide anything: they mark a segment for attention. Reading and
normalising add the text flags; the MT guard rails add the MT flags.
"""

from __future__ import annotations

# Text, set on import.
ENCODING_REPAIRED = "encoding-repaired"
LOOKALIKES_NORMALISED = "lookalikes-normalised"
CONTROL_CHARS_REMOVED = "control-chars-removed"
OTHER_LANGUAGE = "other-language"  # the segment's language differs from the document's
# Locked or translate="no" in a bilingual file (XLIFF): read-only, written back as it was.
LOCKED = "locked"

# Machine translation guard rails.
MT_REPETITION = "mt-repetition"
MT_EMPTY = "mt-empty"
MT_WRONG_SCRIPT = "mt-wrong-script"
MT_WRONG_LANGUAGE = "mt-wrong-language"
MT_TOO_SHORT = "mt-too-short"
MT_TOO_LONG = "mt-too-long"
MT_NUMBERS_DIFFER = "mt-numbers-differ"
MT_SPLIT = "mt-split"  # the sentence was too long for the model and was split
MT_CODES_GUESSED = "mt-codes-guessed"  # an inline code's place in the draft is a guess

LABELS: dict[str, str] = {
    ENCODING_REPAIRED: "encoding repaired",
    LOOKALIKES_NORMALISED: "look-alike letters normalised",
    CONTROL_CHARS_REMOVED: "control characters removed",
    OTHER_LANGUAGE: "in another language than the rest of the document",
    LOCKED: "locked in the file: read-only, given back as it is",
    MT_REPETITION: "possible repetition loop",
    MT_EMPTY: "empty translation",
    MT_WRONG_SCRIPT: "output in the wrong script",
    MT_WRONG_LANGUAGE: "output in the wrong language",
    MT_TOO_SHORT: "translation much shorter than the source",
    MT_TOO_LONG: "translation much longer than the source",
    MT_NUMBERS_DIFFER: "numbers differ",
    MT_SPLIT: "long sentence was split for MT",
    MT_CODES_GUESSED: "formatting tags placed by guess: check them",
}

MT_FLAGS = frozenset(f for f in LABELS if f.startswith("mt-"))


def label(flag: str) -> str:
    if flag.startswith("qa-") and flag not in LABELS:  # the QA checks' flags (core/qa_hook.py)
        from workbench.core.qa import LABELS as QA_LABELS

        return "QA: " + QA_LABELS.get(flag[3:], flag[3:]).lower()
    return LABELS.get(flag, flag)
