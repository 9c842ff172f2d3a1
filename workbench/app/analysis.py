"""Analysis: what agencies quote from (Trados Studio's "Analyze Files", memoQ's Statistics).

Per document and in total: segments, source words and characters (core/wordcount.py holds
the counting rule), repetitions and match bands against the project's memory.

Each segment falls into exactly one category, so the categories add up to the totals:

- "locked": locked or translate="no" in a bilingual file (flags.LOCKED), as Trados's
  Locked row; "not needed": already in the target language or marked no translation
  needed. Both are counted in the totals but matched against nothing, and are no first
  occurrence for the repetitions;
- "context" (memoQ's 101%, Trados's Context Match): a 100% match stored from a document
  of the same name, where the segment before it in the document is a context or 100%
  match too (or there is none: the first segment). The memory keeps no neighbours, so
  the document name and the preceding segment stand for the context;
- "100": a 100% match (tm.similarity: same words, case and final punctuation);
- a repetition: a segment equal (tm.repetition_key) to an earlier one of the project, in
  document order, is counted as an internal repetition (earlier in the same document) or
  a cross-document one. As in Trados, a 100% or context match wins over a repetition
  (it is counted in its band), and a repetition wins over a fuzzy band: only the first
  occurrence of a text is counted in its fuzzy band;
- "95-99", "85-94", "75-84", "50-74": the best fuzzy score, rounded down to a whole point
  (94.5 is in 85-94);
- "no match": below 50.

Matches are human translations only (units imported as MT are left out, as both tools
analyse against translation memories, not MT).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from workbench.core import flags, tm
from workbench.core.errors import WorkbenchError
from workbench.core.fileio import atomic_write
from workbench.core.i18n import msg
from workbench.core.segment import Segment, Status
from workbench.core.store import Project
from workbench.core.task import TaskState
from workbench.core.tmx_write import write_error
from workbench.core.wordcount import count_text

CONTEXT, EXACT, NO_MATCH = "context", "100", "no match"
# Band name and its lowest score, best first (memoQ's and Trados's default bands).
FUZZY_BANDS = (("95-99", 95), ("85-94", 85), ("75-84", 75), ("50-74", 50))
BANDS = (CONTEXT, EXACT, *(name for name, _ in FUZZY_BANDS), NO_MATCH)
LOWEST_FUZZY = FUZZY_BANDS[-1][1]
REPEATED_HERE, REPEATED_ELSEWHERE = "internal repetitions", "cross-document repetitions"
NOT_NEEDED, LOCKED = "not needed", "locked"
CATEGORIES = (LOCKED, NOT_NEEDED, CONTEXT, EXACT, REPEATED_HERE, REPEATED_ELSEWHERE, *BANDS[2:])


@dataclass
class Counts:
    segments: int = 0
    words: int = 0
    characters: int = 0  # spaces included
    characters_no_spaces: int = 0

    def add(self, other: Counts) -> None:
        self.segments += other.segments
        self.words += other.words
        self.characters += other.characters
        self.characters_no_spaces += other.characters_no_spaces

    def to_json(self) -> dict[str, int]:
        return {
            "segments": self.segments,
            "words": self.words,
            "characters": self.characters,
            "characters_no_spaces": self.characters_no_spaces,
        }


@dataclass
class Analysis:
    """One document's figures (or the total's): the whole and each category."""

    name: str
    total: Counts = field(default_factory=Counts)
    categories: dict[str, Counts] = field(
        default_factory=lambda: {name: Counts() for name in CATEGORIES}
    )

    def count(self, category: str, text: str) -> None:
        c = count_text(text)
        one = Counts(1, c.words, c.characters, c.characters_no_spaces)
        self.total.add(one)
        self.categories[category].add(one)

    def merge(self, other: Analysis) -> None:
        self.total.add(other.total)
        for name, counts in other.categories.items():
            self.categories[name].add(counts)

    @property
    def repetitions(self) -> Counts:
        both = Counts()
        both.add(self.categories[REPEATED_HERE])
        both.add(self.categories[REPEATED_ELSEWHERE])
        return both

    def to_json(self) -> dict[str, object]:
        """Figures as `project stats --json` prints them: "repetitions" and "bands" are
        words (what a quote is made from); "detail" has every category in full."""
        return {
            "name": self.name,
            **self.total.to_json(),
            "repetitions": self.repetitions.words,
            "bands": {band: self.categories[band].words for band in BANDS},
            "detail": {name: counts.to_json() for name, counts in self.categories.items()},
        }


@dataclass
class ProjectAnalysis:
    documents: list[Analysis]
    total: Analysis

    def to_json(self) -> dict[str, object]:
        total = self.total.to_json()
        total.pop("name")
        return {"documents": [d.to_json() for d in self.documents], "total": total}

    def to_csv(self) -> str:
        """One row per document and one for the total: segments, words and characters of
        each category, as agencies paste them into a quote."""
        out = io.StringIO()
        writer = csv.writer(out)
        header = ["document", "segments", "words", "characters", "characters_no_spaces"]
        for name in CATEGORIES:
            header += [f"{name} segments", f"{name} words", f"{name} characters"]
        writer.writerow(header)
        for item in [*self.documents, self.total]:
            t = item.total
            row: list[object] = [
                item.name,
                t.segments,
                t.words,
                t.characters,
                t.characters_no_spaces,
            ]
            for name in CATEGORIES:
                c = item.categories[name]
                row += [c.segments, c.words, c.characters]
            writer.writerow(row)
        return out.getvalue()

    def write_csv(self, path: Path) -> None:
        """The CSV file `project stats --csv` and the editor's Export CSV write: UTF-8 with
        a BOM (Excel reads UTF-8 then), written atomically; a problem is one WorkbenchError."""
        if not path.parent.is_dir():
            raise WorkbenchError(msg("folder does not exist; create it first"), path=path.parent)
        try:
            atomic_write(path, self.to_csv().encode("utf-8-sig"))
        except OSError as exc:
            raise WorkbenchError(
                msg(
                    "cannot write the CSV file ({write_error}); it was not written",
                    write_error=write_error(exc),
                ),
                path=path,
            ) from exc


def band_of(score: float) -> str:
    """The band of a match score (fuzzy scores rounded down to a whole point)."""
    if score >= 100:
        return EXACT
    whole = int(score)
    return next((name for name, low in FUZZY_BANDS if whole >= low), NO_MATCH)


def analyse(project: Project, state: TaskState | None = None) -> ProjectAnalysis:
    """Analyse every document of the project against its memory (read-only)."""
    docs = project.documents()
    state = state or TaskState()
    state.set_total(sum(d.segments for d in docs))
    state.set_status("analysing")
    seen: dict[tuple[str, object], int] = {}  # repetition key -> first document id
    results = []
    total = Analysis("total")
    for doc in docs:
        result = Analysis(doc.name)
        _analyse_document(project, project.segments(document_id=doc.id), seen, result, state)
        results.append(result)
        total.merge(result)
    return ProjectAnalysis(results, total)


def _analyse_document(
    project: Project,
    segments: Iterable[Segment],
    seen: dict[tuple[str, object], int],
    result: Analysis,
    state: TaskState,
) -> None:
    previous_exact = True  # the first segment has no neighbour to differ
    for seg in segments:
        state.check_cancelled()
        state.advance()
        text = seg.source_plain
        if flags.LOCKED in seg.flags:
            result.count(LOCKED, text)
            previous_exact = False
            continue
        if seg.status == Status.NOT_NEEDED or seg.lang == project.target_lang:
            result.count(NOT_NEEDED, text)
            previous_exact = False
            continue
        matches = tm.lookup(
            project,
            text,
            seg.lang,
            project.target_lang,
            limit=10,
            threshold=LOWEST_FUZZY,
            include_mt=False,
        )
        best = matches[0].score if matches else 0.0
        exact_here = any(m.score >= 100 and m.document == seg.document for m in matches)
        key = (seg.lang, tm.repetition_key(text, seg.lang))
        first_in = seen.get(key)  # the document of the text's first occurrence
        if first_in is None:
            seen[key] = seg.document_id
        if best >= 100:
            category = CONTEXT if exact_here and previous_exact else EXACT
        elif first_in is not None:
            category = REPEATED_HERE if first_in == seg.document_id else REPEATED_ELSEWHERE
        else:
            category = band_of(best)
        previous_exact = best >= 100
        result.count(category, text)
