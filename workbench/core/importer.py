"""Bringing documents into a project and writing translated copies out.

import: file -> reader -> paragraphs -> segmenter -> per segment: its own
language, look-alike normalisation for MT and matching, flags -> store.
export: store -> one translated text per paragraph -> the format's writer.
"""

from __future__ import annotations

import contextlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from workbench.core import flags as F
from workbench.core import tm
from workbench.core.document import Document, Paragraph
from workbench.core.errors import BadInput, ProjectError, WorkbenchError
from workbench.core.export_guard import RECORD, ExportGuard
from workbench.core.formats import FORMATS, Format, read_document, write_document
from workbench.core.i18n import msg, nmsg
from workbench.core.inline import Coded, complete, strip_markers
from workbench.core.inline_split import CodedPiece, join_segments, split_coded
from workbench.core.kyrgyz import normalise_lookalikes
from workbench.core.langid import detect_language
from workbench.core.safe_names import unique_file_names
from workbench.core.segment import Segment, Status
from workbench.core.segmenter import split_paragraph
from workbench.core.store import NewSegment, Project


@dataclass
class ImportReport:
    name: str
    document_id: int
    paragraphs: int
    segments: int
    encoding: str
    source_lang: str
    flag_counts: Counter[str] = field(default_factory=Counter)
    languages: Counter[str] = field(default_factory=Counter)

    def summary(self) -> str:
        parts = [f"{self.name}: {self.segments} segments in {self.paragraphs} paragraphs"]
        if self.encoding.lower().replace("-", "") not in ("utf8", "ascii"):
            parts.append(f"read as {self.encoding}")
        if len(self.languages) > 1 or self.source_lang not in self.languages:
            counts = self.languages.most_common()
            parts.append("languages " + ", ".join(f"{k} {v}" for k, v in counts))
        for flag, count in sorted(self.flag_counts.items()):
            parts.append(f"{count} {F.label(flag)}")
        return "; ".join(parts)


def document_language(doc: Document, default: str) -> str:
    """The language most of the document's paragraphs are written in (by length)."""
    weight: Counter[str] = Counter()
    for text in doc.texts[:500]:
        lang = detect_language(text[:2000])
        if lang is not None:
            weight[lang] += min(len(text), 2000)
    return weight.most_common(1)[0][0] if weight else default


def segment_language(text: str, doc_lang: str) -> str:
    """The segment's own language, leaning on the document's when the segment is
    too short for Kyrgyz and Russian to be told apart reliably (a heading, a
    table cell). A change of script (an English caption) always counts."""
    lang = detect_language(text, default=doc_lang) or doc_lang
    cyrillic_pair = {lang, doc_lang} == {"ky", "ru"}
    if cyrillic_pair and len(text.split()) < 3:
        return doc_lang
    return lang


def segment_document(
    doc: Document, source_lang: str, unit: str, *, doc_lang: str | None = None
) -> list[NewSegment]:
    """Split a document's paragraphs into segments ready for the store.

    Each segment gets its own language; where a segment is too short to tell
    (a number, a name), it takes the document's language, which may differ
    from the project's source language (a Russian file in a Kyrgyz project)."""
    doc_lang = doc_lang or document_language(doc, source_lang)
    segments: list[NewSegment] = []
    for p_index, paragraph in enumerate(doc.paragraphs):
        # Segmentation sees the plain text; the inline codes follow their words. A file
        # that brings its own segments (XLIFF) is never segmented again.
        if doc.segmented:
            pieces = [whole_piece(paragraph.coded)]
        else:
            pieces = split_coded(paragraph.coded, source_lang, unit)
        original_pieces = None
        if paragraph.original is not None:
            # Repaired text: keep what the file said, piece by piece where it lines up.
            original_pieces = split_paragraph(strip_markers(paragraph.original), source_lang, unit)
            if len(original_pieces) != len(pieces):
                original_pieces = None
        for position, piece in enumerate(pieces):
            seg_flags = list(paragraph.flags)
            plain = piece.text.plain
            lang = segment_language(plain, doc_lang)
            if lang != doc_lang:
                seg_flags.append(F.OTHER_LANGUAGE)
            mt_source, changes = normalise_lookalikes(plain, lang)
            if changes:
                seg_flags.append(F.LOOKALIKES_NORMALISED)
            source_original = None
            if paragraph.original is not None:
                source_original = (
                    original_pieces[position].text
                    if original_pieces
                    else strip_markers(paragraph.original)
                )
            segments.append(
                NewSegment(
                    paragraph=p_index,
                    position=position,
                    lead=piece.lead,
                    source=piece.text.text,
                    trail=piece.trail,
                    mt_source=mt_source,
                    lang=lang,
                    flags=tuple(dict.fromkeys(seg_flags)),
                    source_original=source_original,
                    source_codes=piece.text.codes,
                    **file_target(paragraph),
                )
            )
    return segments


def whole_piece(value: Coded) -> CodedPiece:
    """A paragraph as one segment: its surrounding whitespace as lead and trail."""
    text = value.text
    stripped = text.strip()
    if not stripped:
        return CodedPiece("", value, "")
    start = text.index(stripped)
    lead, trail = text[:start], text[start + len(stripped) :]
    return CodedPiece(lead, Coded(stripped, value.codes).normalised(), trail)


def file_target(paragraph: Paragraph) -> dict:
    """The translation a bilingual file already holds, with its status (XLIFF)."""
    if paragraph.status == Status.NOT_NEEDED:  # locked without a target: done as it is
        return {"status": Status.NOT_NEEDED}
    if paragraph.target is None or paragraph.status is None or not paragraph.target.plain.strip():
        return {}
    target = paragraph.target.strip()
    return {
        "target": target.text,
        "target_codes": target.codes,
        "status": Status(paragraph.status),
        "origin": paragraph.origin,
    }


def _base(tag: str | None) -> str | None:
    return tag.replace("_", "-").split("-")[0].strip().lower() if tag else None


def check_languages(doc: Document, source_lang: str | None, target_lang: str, path: Path) -> None:
    """A bilingual file names its languages: they must be the project's pair (any region
    or case: ky-KG, ru-RU, en-US, KY). source_lang None: any source."""
    src, tgt = (tag.strip() or None if tag else None for tag in doc.languages)
    wrong_source = src is not None and source_lang is not None and _base(src) != source_lang
    wrong_target = tgt is not None and _base(tgt) != target_lang
    if wrong_source or wrong_target:
        raise BadInput(
            msg(
                "is a job from {src} into {tgt}, not from {source_lang} into "
                "{target_lang} as asked; use it with a {pair} project",
                src=src or "?",
                tgt=tgt or "?",
                source_lang=source_lang or msg("any language"),
                target_lang=target_lang,
                pair=f"{_base(src)}-{_base(tgt)}",
            ),
            path=path,
        )


def check_can_add(project: Project, path: Path) -> None:
    """The checks that need no reading: a writable project, a new document name."""
    if project.read_only:
        raise ProjectError(
            msg("is read-only; make the file (and its folder) writable to add documents"),
            path=project.path,
        )
    if project.document_by_name(path.name) is not None:
        raise BadInput(
            msg(
                "a document with this name is already in the project; rename "
                "the file to add it again"
            ),
            path=path,
        )


def read_and_segment(path: Path, source_lang: str, unit: str) -> tuple[Document, list[NewSegment]]:
    """The slow part of an import, needing no project (the editor runs it on a worker)."""
    doc = read_document(path)
    segments = segment_document(doc, source_lang, unit)
    if not segments:
        raise BadInput(msg("has no text to translate"), path=path)
    return doc, segments


def store_document(
    project: Project, path: Path, doc: Document, segments: list[NewSegment]
) -> ImportReport:
    """Store a read document in one transaction and say what came in."""
    check_can_add(project, path)  # again: another file of the same name may have come first
    check_languages(doc, project.source_lang, project.target_lang, path)
    with project.transaction():  # the document and its memory units: all or nothing
        doc_id = project.add_document(
            doc.name, doc.format, doc.encoding, doc.data, segments, flags=doc.flags
        )
        # Targets the file brings confirmed enter the memory the way a confirmation in
        # the editor puts them there (tm.add_confirmed, as app.confirm does); their
        # creator is unknown (the file's translator, not this user).
        confirmed = project.segment_ids(document_id=doc_id, status=Status.CONFIRMED)
        for seg in project.segments_by_id(confirmed):
            tm.add_confirmed(project, seg)
    report = ImportReport(
        name=doc.name,
        document_id=doc_id,
        paragraphs=len({s.paragraph for s in segments}),
        segments=len(segments),
        encoding=doc.encoding,
        source_lang=project.source_lang,
    )
    for seg in segments:
        report.flag_counts.update(seg.flags)
        report.languages[seg.lang] += 1
    return report


def import_file(project: Project, path: str | Path) -> ImportReport:
    """Read, segment and store one file. Nothing is stored if anything fails."""
    path = Path(path)
    check_can_add(project, path)
    doc, segments = read_and_segment(path, project.source_lang, project.unit)
    return store_document(project, path, doc, segments)


def paragraph_texts(pieces: Iterable[tuple[int, str, str, str]], sources: list[str]) -> list[str]:
    """One text per paragraph from (paragraph, lead, text, trail) pieces, so the
    paragraph reads as it did with each sentence's translation in place. A
    paragraph without pieces keeps its source text."""
    by_paragraph: dict[int, list[str]] = {}
    for paragraph, lead, text, trail in pieces:
        by_paragraph.setdefault(paragraph, []).append(lead + text + trail)
    return ["".join(by_paragraph[i]) if i in by_paragraph else src for i, src in enumerate(sources)]


def translated_or_source(source: str, target: str | None) -> str:
    """What an exported sentence says: its translation, or the source while it has none."""
    return target if target and target.strip() else source


def exported_text(segment: Segment) -> tuple[Coded, int]:
    """A segment's text for export, with codes: its translation (the source codes it lacks
    added at its end, so formatting is never dropped) or its source while untranslated.
    Also returns how many codes had to be added."""
    if not segment.target.strip():
        return segment.source_coded, 0
    return complete(segment.source_coded, segment.target_coded)


def paragraph_coded(segments: Iterable[Segment], sources: list[Coded]) -> tuple[list[Coded], int]:
    """One coded text per paragraph, each sentence's translation in place (a paragraph
    without segments keeps its source), and the number of segments whose missing codes
    were added at their end."""
    by_paragraph: dict[int, list[tuple[str, Coded, str]]] = {}
    repaired = 0
    for seg in segments:
        text, added = exported_text(seg)
        repaired += bool(added)
        by_paragraph.setdefault(seg.paragraph, []).append((seg.lead, text, seg.trail))
    out = [
        join_segments(by_paragraph[i]) if i in by_paragraph else src
        for i, src in enumerate(sources)
    ]
    return out, repaired


def segment_targets(
    segments: Iterable[Segment], count: int
) -> tuple[list[Coded | None], list[tuple[int, str] | None], int]:
    """For a file with its own segments (XLIFF): per paragraph the translation to write
    (None: untranslated, the file keeps what it has) with its status and origin, and the
    number of segments whose missing codes were added at their end."""
    texts: list[Coded | None] = [None] * count
    states: list[tuple[int, str] | None] = [None] * count
    repaired = 0
    by_paragraph: dict[int, list[Segment]] = {}
    for seg in segments:
        by_paragraph.setdefault(seg.paragraph, []).append(seg)
    # A unit the translator split into segments (app/segments.py) is written whole, once
    # every part has its text, with the least advanced part's state.
    for paragraph, parts in by_paragraph.items():
        pieces: list[tuple[str, Coded, str]] = []
        added_here = 0
        for seg in parts:
            if seg.status == Status.NOT_NEEDED:
                text: Coded = seg.source_coded
            elif seg.is_translated and seg.status != Status.NEW:
                text, added = exported_text(seg)
                added_here += bool(added)
            else:
                break
            pieces.append((seg.lead, text, seg.trail))
        else:
            least = min(parts, key=lambda s: s.status)
            texts[paragraph] = join_segments(pieces)
            states[paragraph] = (int(least.status), str(least.origin))
            repaired += added_here
    return texts, states, repaired


def file_notes(project: Project, document_id: int) -> list[str]:
    """What a bilingual file says about each of its segments (unit and segment ids, notes,
    context), by paragraph; empty for other formats. Read again from the stored file, so
    the store needs no column for it."""
    info = next((d for d in project.documents() if d.id == document_id), None)
    fmt = FORMATS.get(info.format) if info is not None else None
    if fmt is None or info is None or fmt.name != "xliff":
        return []
    try:
        doc = fmt.read(project.document_data(document_id), info.name)
    except WorkbenchError:
        return []
    return [p.note for p in doc.paragraphs]


@dataclass
class ExportReport:
    written: list[Path]
    segments: int
    untranslated: int  # need a translation and have none: their source is written
    codes_added: int = 0  # segments whose missing inline codes were put at their end
    # (stored name, file name written) where the stored name was not a plain, unique one
    renamed: list[tuple[str, str]] = field(default_factory=list)
    not_needed: int = 0  # already in the target language: their source is written, as meant

    def summary(self) -> str:
        files = len(self.written)
        text = f"wrote {files} document{'s' if files != 1 else ''}"
        if self.untranslated:
            text += (
                f"; {self.untranslated} of {self.segments} segments are untranslated "
                "and keep their source text"
            )
        else:
            text += f"; all {self.segments} segments translated"
        if self.not_needed:
            text += f" ({self.not_needed} already in the target language, kept as they are)"
        if self.codes_added:
            text += (
                f"; {self.codes_added} segment{'s' if self.codes_added != 1 else ''} lacked "
                "formatting tags: they were put at the end of the segment, check them"
            )
        for stored, written in self.renamed:
            text += f"; the project names a document {stored!r}, written as {written}"
        return text


def _stored_format(name: str, document: str, project: Project) -> Format:
    try:
        return FORMATS[name]
    except KeyError:
        raise ProjectError(
            msg(
                "document {document!r} has the unknown format {name!r}; the "
                "project may have been changed by another program",
                document=document,
                name=name,
            ),
            path=project.path,
        ) from None


def export_documents(project: Project, out_dir: str | Path) -> ExportReport:
    """Write every document of the project, translated, into out_dir."""
    out_dir = Path(out_dir)
    if out_dir.exists() and not out_dir.is_dir():
        raise BadInput(msg("is a file; give a folder to export into"), path=out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BadInput(
            msg("cannot create the folder ({strerror})", strerror=exc.strerror), path=out_dir
        ) from exc
    documents = project.documents()
    # Stored names are untrusted (a shared project may be tampered with): plain file names
    # only, unique, so every document lands in out_dir and none overwrites another.
    formats = {d.id: _stored_format(d.format, d.name, project) for d in documents}
    safe = unique_file_names(
        ((d.name, formats[d.id].extensions[0]) for d in documents), reserved=[RECORD]
    )
    names = {d.id: name for d, name in zip(documents, safe, strict=True)}
    guard = ExportGuard(out_dir)
    for info in documents:
        # Before writing anything: never replace a source document or an edited file.
        guard.check(out_dir / names[info.id])
    report = ExportReport(written=[], segments=0, untranslated=0)
    for info in documents:
        segments = list(project.segments(document_id=info.id))
        # Re-read the stored original: the writer needs its paragraphs in reading order.
        doc = formats[info.id].read(project.document_data(info.id), names[info.id])
        out = out_dir / names[info.id]
        if names[info.id] != info.name:
            report.renamed.append((info.name, names[info.id]))
        states = None
        if doc.segmented:
            texts, states, repaired = segment_targets(segments, len(doc.paragraphs))
        else:
            texts, repaired = paragraph_coded(segments, doc.coded)
        try:
            write_document(doc, texts, out, states=states)
        except WorkbenchError as exc:
            if not report.written:
                raise
            with contextlib.suppress(OSError):  # keep the record of what was written
                guard.save()
            done = ", ".join(p.name for p in report.written)
            raise WorkbenchError(
                nmsg(
                    "{error}; {written} of {n} document was written before it: {done}",
                    "{error}; {written} of {n} documents were written before it: {done}",
                    len(documents),
                    error=str(exc),
                    written=len(report.written),
                    done=done,
                )
            ) from None
        guard.wrote(out)
        report.codes_added += repaired
        report.written.append(out)
        report.segments += len(segments)
        report.not_needed += sum(1 for s in segments if s.status == Status.NOT_NEEDED)
        report.untranslated += sum(
            1 for s in segments if not s.is_translated and s.status != Status.NOT_NEEDED
        )
    if report.written:
        try:
            guard.save()
        except OSError as exc:
            raise BadInput(
                msg(
                    "wrote the documents but not its record of them "
                    "({strerror}); a later export into this folder will not "
                    "replace them",
                    strerror=exc.strerror,
                ),
                path=guard.record_path,
            ) from exc
    return report
