"""One file of a batch run: read and segment it, take what the memory and the
target language already give, take each MT result, and build its translated text."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from workbench.app.batch_check import reason
from workbench.app.batch_manifest import sha256_bytes
from workbench.app.batch_report import FAILED, MAX_FLAGGED, PENDING, SKIPPED, FileResult
from workbench.app.batch_scan import Entry
from workbench.core import flags as F
from workbench.core.document import Document
from workbench.core.errors import WorkbenchError
from workbench.core.formats import read_document
from workbench.core.i18n import msg
from workbench.core.importer import check_languages, segment_document
from workbench.core.inline import Coded
from workbench.core.inline_split import join_segments
from workbench.core.placement import place_codes
from workbench.core.segment import Status
from workbench.core.store import NewSegment, Project


@dataclass
class FileJob:
    entry: Entry
    result: FileResult
    doc: Document
    source_sha256: str
    segments: list[NewSegment]
    targets: list[str | Coded | None]  # Coded where the source has inline codes
    origins: list[str]  # per segment: mt | tm | same (passed through) | file (its own target)
    remaining: int


def is_blank(path: Path) -> bool:
    """Nothing but whitespace, in any encoding read (UTF-16 NULs, a byte-order mark)."""
    try:
        data = path.read_bytes()
    except OSError:
        return False
    for bom in (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"):
        if data.startswith(bom):
            data = data[len(bom) :]
            break
    return not data.translate(None, b" \t\r\n\x0b\x0c\x00")


def prepare_file(
    entry: Entry, source: str, target: str, project: Project | None
) -> FileJob | FileResult:
    """Read and segment one file; a FileResult instead when there is nothing to translate."""
    result = FileResult(entry.rel, PENDING, format=entry.format)
    try:
        doc = read_document(entry.path)
        # An explicit --from is the document's language; auto detects it (as `project add`).
        doc_lang = None if source == "auto" else source
        # A bilingual file names its pair: it must be this run's (--from auto: any source).
        check_languages(doc, doc_lang, target, entry.path)
        segments = segment_document(doc, "ky", "sentence", doc_lang=doc_lang)
    except Exception as exc:  # a reader's bug must cost one file, not the run
        result.status, result.reason = FAILED, reason(exc)
        if not isinstance(exc, WorkbenchError):
            result.reason = msg(
                "cannot read the file ({kind}: {reason})",
                kind=type(exc).__name__,
                reason=result.reason,
            )
        if is_blank(entry.path):
            result.status, result.reason = SKIPPED, msg("empty: there is no text to translate")
        return result
    result.encoding = doc.encoding
    if not segments:
        result.status, result.reason = SKIPPED, msg("no text to translate was found")
        return result
    result.paragraphs = len(doc.paragraphs)
    result.sentences = len(segments)
    targets: list[str | Coded | None] = [None] * len(segments)
    origins = ["mt"] * len(segments)
    for i, seg in enumerate(segments):
        result.languages[seg.lang] += 1
        result.flags.update(seg.flags)
        if seg.target:  # a bilingual file's own translation (XLIFF): kept, never redone
            targets[i], origins[i] = Coded(seg.target, seg.target_codes), "file"
        elif F.LOCKED in seg.flags:  # locked in the file: nothing to translate
            targets[i], origins[i] = coded_source(seg), "file"
        elif seg.lang == target:
            targets[i], origins[i] = coded_source(seg), "same"
            result.passed_through += 1
        elif project is not None:
            from workbench.core.tm import carry_codes, exact_match

            match = exact_match(project, seg.mt_source, seg.lang, target, seg.source_codes)
            if match is not None:
                own = carry_codes(match.source_coded, match.target_coded, coded_source(seg))
                targets[i], origins[i] = own if seg.source_codes else match.target, "tm"
                result.from_memory += 1
    remaining = sum(1 for t in targets if t is None)
    return FileJob(
        entry, result, doc, sha256_bytes(doc.data), segments, targets, origins, remaining
    )


def coded_source(seg: NewSegment) -> Coded:
    """The segment's source with its inline codes."""
    return Coded(seg.source, seg.source_codes)


def plain(value: str | Coded | None) -> str:
    """The plain text of a target (inline codes left out)."""
    return value.plain if isinstance(value, Coded) else (value or "")


def paragraph_texts_of(job: FileJob) -> list[Coded]:
    """One translated text per paragraph, with its inline codes. An empty translation
    keeps the source sentence (it is flagged, never dropped)."""
    by_paragraph: dict[int, list[tuple[str, Coded, str]]] = {}
    for seg, target in zip(job.segments, job.targets, strict=True):
        value = target if isinstance(target, Coded) else Coded(target or "")
        text = value if value.text.strip() else coded_source(seg)
        by_paragraph.setdefault(seg.paragraph, []).append((seg.lead, text, seg.trail))
    return [
        join_segments(by_paragraph[i]) if i in by_paragraph else source
        for i, source in enumerate(job.doc.coded)
    ]


_BATCH_STATES = {
    "mt": (int(Status.MT_DRAFT), "mt"),
    "tm": (int(Status.NEEDS_REVIEW), "tm"),
    "same": (int(Status.NOT_NEEDED), ""),
}


def segment_targets(job: FileJob) -> tuple[list[Coded | None], list[tuple[int, str] | None]]:
    """For a file with its own segments (XLIFF): each segment's translation and state
    (an MT draft, a memory match, no translation needed); the file's own targets and
    anything left untranslated stay as the file has them (None)."""
    texts: list[Coded | None] = [None] * len(job.doc.paragraphs)
    states: list[tuple[int, str] | None] = [None] * len(job.doc.paragraphs)
    for seg, target, origin in zip(job.segments, job.targets, job.origins, strict=True):
        value = target if isinstance(target, Coded) else Coded(target or "")
        if origin == "file" or not value.text.strip():
            continue
        texts[seg.paragraph] = join_segments([(seg.lead, value, seg.trail)])
        states[seg.paragraph] = _BATCH_STATES[origin]
    return texts, states


def take_result(job: FileJob, i: int, mt: Any) -> None:
    seg = job.segments[i]
    if mt.passed_through:  # no letters to translate: keep the text as it was in the file
        job.targets[i], job.origins[i] = coded_source(seg), "same"
        job.result.passed_through += 1
    else:
        job.targets[i] = mt.text
        if seg.source_codes:  # the formatting placed back by the MT alignment
            placed = place_codes(coded_source(seg), mt.text, mt.alignment)
            job.targets[i] = placed.coded
            if placed.uncertain:
                job.result.flags[F.MT_CODES_GUESSED] += 1
        job.result.machine_translated += 1
    job.result.flags.update(mt.flags)
    if mt.flags & F.MT_FLAGS and len(job.result.flagged) < MAX_FLAGGED:
        job.result.flagged.append(
            {
                "paragraph": seg.paragraph,
                "source": plain(coded_source(seg))[:500],
                "translation": mt.text[:500],
                "flags": sorted(mt.flags),
            }
        )
    job.remaining -= 1
