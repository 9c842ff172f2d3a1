"""The core's fixed English labels (statuses, origins, flags, QA checks, confidence bands,
the model catalogue's notes)
as the interface shows them: the core keeps one English text per value (the CLI prints
it) and the GUI translates that text. Each label is marked here with QT_TRANSLATE_NOOP so
lupdate files it; tests/test_i18n.py fails when the core gains a label not listed here."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from workbench.core import confidence
from workbench.core.segment import Origin, Status
from workbench.gui.i18n import translate

MARKED: tuple[str, ...] = (
    # core.segment statuses
    QT_TRANSLATE_NOOP("labels", "New"),
    QT_TRANSLATE_NOOP("labels", "MT draft"),
    QT_TRANSLATE_NOOP("labels", "Needs review"),
    QT_TRANSLATE_NOOP("labels", "Confirmed"),
    QT_TRANSLATE_NOOP("labels", "No translation needed"),
    # origins of a target
    QT_TRANSLATE_NOOP("labels", "MT"),
    QT_TRANSLATE_NOOP("labels", "TM"),
    QT_TRANSLATE_NOOP("labels", "Human"),
    # confidence bands
    QT_TRANSLATE_NOOP("labels", "low"),
    QT_TRANSLATE_NOOP("labels", "medium"),
    QT_TRANSLATE_NOOP("labels", "high"),
    # core.flags
    QT_TRANSLATE_NOOP("labels", "encoding repaired"),
    QT_TRANSLATE_NOOP("labels", "look-alike letters normalised"),
    QT_TRANSLATE_NOOP("labels", "control characters removed"),
    QT_TRANSLATE_NOOP("labels", "in another language than the rest of the document"),
    QT_TRANSLATE_NOOP("labels", "locked in the file: read-only, given back as it is"),
    QT_TRANSLATE_NOOP("labels", "possible repetition loop"),
    QT_TRANSLATE_NOOP("labels", "empty translation"),
    QT_TRANSLATE_NOOP("labels", "output in the wrong script"),
    QT_TRANSLATE_NOOP("labels", "output in the wrong language"),
    QT_TRANSLATE_NOOP("labels", "translation much shorter than the source"),
    QT_TRANSLATE_NOOP("labels", "translation much longer than the source"),
    QT_TRANSLATE_NOOP("labels", "numbers differ"),
    QT_TRANSLATE_NOOP("labels", "long sentence was split for MT"),
    QT_TRANSLATE_NOOP("labels", "formatting tags placed by guess: check them"),
    # core.qa checks
    QT_TRANSLATE_NOOP("labels", "Term not translated as in the termbase"),
    QT_TRANSLATE_NOOP("labels", "Forbidden term used"),
    QT_TRANSLATE_NOOP("labels", "Numbers differ"),
    QT_TRANSLATE_NOOP("labels", "Quotation marks"),
    QT_TRANSLATE_NOOP("labels", "Brackets"),
    QT_TRANSLATE_NOOP("labels", "Final punctuation"),
    QT_TRANSLATE_NOOP("labels", "Double spaces"),
    QT_TRANSLATE_NOOP("labels", "Leading or trailing spaces"),
    QT_TRANSLATE_NOOP("labels", "Not translated"),
    QT_TRANSLATE_NOOP("labels", "Confirmed but empty"),
    QT_TRANSLATE_NOOP("labels", "Inconsistent translations"),
    QT_TRANSLATE_NOOP("labels", "Latin and Cyrillic in one word"),
    QT_TRANSLATE_NOOP("labels", "Kazakh letters in Kyrgyz"),
    QT_TRANSLATE_NOOP("labels", "ө ү ң typed as о у н"),
    QT_TRANSLATE_NOOP("labels", "Length far from the source's"),
    QT_TRANSLATE_NOOP("labels", "Inline codes differ"),
    # mt.models catalogue notes
    QT_TRANSLATE_NOOP("labels", "default; runs on a laptop CPU"),
    QT_TRANSLATE_NOOP("labels", "better quality, about twice as slow"),
    QT_TRANSLATE_NOOP("labels", "the non-distilled 1.3B"),
    QT_TRANSLATE_NOOP("labels", "best quality; needs a GPU or much patience"),
    # settings values shown as they are chosen
    QT_TRANSLATE_NOOP("labels", "automatic"),
)
ORIGINS = {Origin.MT: "MT", Origin.TM: "TM", Origin.HUMAN: "Human"}


def label(text: str) -> str:
    """A core label in the interface language (unchanged when it has no translation)."""
    return translate("labels", text)


def status_label(status: Status) -> str:
    return label(status.label)


def origin_label(origin: Origin) -> str:
    return label(ORIGINS[origin]) if origin in ORIGINS else ""


def band_label(score: float) -> str:
    return label(str(confidence.band(score)))


def flag_label(flag: str) -> str:
    from workbench.core import flags

    if flag.startswith("qa-") and flag not in flags.LABELS:  # as core.flags.label
        check = qa_label(flag[3:])
        return translate("labels", "QA: {check}").format(check=check[:1].lower() + check[1:])
    return label(flags.LABELS.get(flag, flag))


def qa_label(check: str) -> str:
    from workbench.core import qa

    return label(qa.LABELS.get(check, check))


def mt_confidence(score: float) -> str:
    """The MT score as its band: "MT high"."""
    return translate("labels", "MT {band}").format(band=band_label(score))


def describe_confidence(score: float) -> str:
    """The tooltip: the band, and the numbers behind it (as core.confidence.describe)."""
    return translate(
        "labels",
        "model confidence {band}: mean token probability {probability}% "
        "(log-probability {score}); high from {high}%, medium from {medium}%",
    ).format(
        band=band_label(score),
        probability=f"{100 * confidence.token_probability(score):.0f}",
        score=f"{score:.2f}",
        high=f"{100 * confidence.HIGH_FROM:.0f}",
        medium=f"{100 * confidence.MEDIUM_FROM:.0f}",
    )
