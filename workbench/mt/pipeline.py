"""The MT pipeline around an engine.

For each segment: split it into sentences (NLLB drops sentences of
multi-sentence input), split sentences too long for the model at clause
punctuation or spaces, translate each distinct text once (an in-run table and
the persistent MTCache), in length-sorted batches under a token budget, then
put every piece back in its place with the original whitespace and run the
guard rails. Segments already in the target language, and pieces without
letters (NLLB invents text for number-only input), pass through unchanged.

Results come out one segment at a time as soon as all of a segment's pieces are
done, so callers can save as they go. Progress and cancellation go through a
TaskState; cancellation is checked between batches, and the cache keeps every
finished batch, so a rerun continues where the last one stopped.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from workbench.core import flags
from workbench.core.placement import WordAlignment, combine, identity, words
from workbench.core.segmenter import split_paragraph
from workbench.core.target_checks import Checked, CheckedText, check_ahead, run_checks
from workbench.core.task import TaskState
from workbench.mt.cache import CacheScope, MTCache
from workbench.mt.engine import Engine, GenerationSettings, Translation, Work

# Batch limits for an engine that states none (batch_limits below); an engine whose
# calls are cut up further inside says what suits it (ct2_engine.CALL_LIMITS).
DEFAULT_BATCH_TOKENS = 4096  # padded tokens per batch (rows x longest row)
DEFAULT_MAX_BATCH = 32  # sentences per batch
DEFAULT_WINDOW = 256  # sentences gathered before sorting and batching


# Runs a window's length-sorted (src, texts) batches and yields (src, texts, translations)
# for each, once, in any order; checks the state for cancellation between batches. The
# default runs them one after another on the engine; a cluster run spreads them over
# workers (workbench.app.cluster) while splitting, dedupe and the cache stay here.
BatchRunner = Callable[
    [list[tuple[str, list[str]]], str, GenerationSettings, TaskState | None],
    Iterator[tuple[str, list[str], list[Translation]]],
]


@dataclass(frozen=True)
class MTRequest:
    id: Hashable  # the caller's segment id, handed back in the result
    text: str
    src: str  # ky / ru / en


@dataclass(frozen=True)
class MTResult:
    id: Hashable
    source: str
    text: str  # the translation; the source itself when passed through
    src: str
    tgt: str
    score: float | None  # mean token log-probability; None when nothing was translated
    flags: frozenset[str] = frozenset()
    passed_through: bool = False  # already in the target language, or nothing to translate
    # Source word -> output word links (for placing inline codes): the engine's, and the
    # words of sentences copied unchanged as exact; None when nothing is known.
    alignment: WordAlignment | None = None
    # Every target check's findings on `text` (target_checks.check_ahead), when the
    # caller gave the project's check data: the store then need not run them again.
    checked: Checked | None = None


@dataclass
class _Unit:
    """One text the engine translates: a sentence, or part of a long one."""

    text: str
    sep: str = ""  # whitespace that followed it inside its sentence


@dataclass
class _Sentence:
    lead: str
    trail: str
    units: list[_Unit] = field(default_factory=list)  # empty: copy `lead + text + trail`
    text: str = ""

    @property
    def split(self) -> bool:
        return len(self.units) > 1


@dataclass
class _Job:
    request: MTRequest
    sentences: list[_Sentence]
    checks: Mapping[str, Any] | None = None  # target_checks.gather's data, for check_ahead


# ------------------------------------------------------------------- splitting

Splitter = Callable[[str, str], list]  # (text, lang) -> pieces with .lead .text .trail


@dataclass(frozen=True)
class _Piece:
    lead: str
    text: str
    trail: str


_BREAKS = (re.compile(r"[;:]\s+"), re.compile(r",\s+"), re.compile(r"\s+"))


def split_to_fit(text: str, fits: Callable[[str], bool]) -> list[tuple[str, str]]:
    """Split text into (part, whitespace after) pairs that each fit the model.

    Tries clause punctuation (; :), then commas, then spaces, each time at the
    candidate nearest the middle; a text without any is cut in the middle.
    """
    if fits(text) or len(text) < 2:
        return [(text, "")]
    middle = len(text) / 2
    for pattern in _BREAKS:
        spots = [m for m in pattern.finditer(text) if 0 < m.start() and m.end() < len(text)]
        if spots:
            best = min(spots, key=lambda m: abs((m.start() + m.end()) / 2 - middle))
            gap_start = best.start() + len(best.group().rstrip())  # punctuation stays left
            left, gap, right = text[:gap_start], text[gap_start : best.end()], text[best.end() :]
            break
    else:
        cut = len(text) // 2
        left, gap, right = text[:cut], "", text[cut:]
    head = split_to_fit(left, fits)
    head[-1] = (head[-1][0], gap)
    return head + split_to_fit(right, fits)


def _has_letters(text: str) -> bool:
    return any(ch.isalpha() for ch in text)


# --------------------------------------------------------------------- pipeline


def translate_segments(
    requests: Iterable[MTRequest],
    tgt: str,
    engine: Engine,
    settings: GenerationSettings | None = None,
    *,
    cache: MTCache | None = None,
    state: TaskState | None = None,
    split_sentences: bool = True,
    max_tokens: int | None = None,
    batch_tokens: int | None = None,
    max_batch: int | None = None,
    window: int = DEFAULT_WINDOW,
    splitter: Splitter | None = None,
    total: int | None = None,
    runner: BatchRunner | None = None,
    checks: Mapping[str, Any] | None = None,
    work: Work | None = None,
) -> Iterator[MTResult]:
    """Translate segments, yielding one MTResult per segment as soon as it is done.

    checks: the project's data for the target checks (target_checks.gather, read on
    the project's thread): every check then runs here on each result (its `checked`),
    so whoever stores it (the editor's GUI thread) does not run them again.

    Segments are taken a window at a time; inside a window results come as
    batches finish (input order among those finishing together). Raises
    Cancelled (from state.check_cancelled) between batches once the state is
    cancelled; what finished before is in the cache and was already yielded.

    batch_tokens / max_batch: the limits of one engine call (padded tokens, rows);
    None: the engine's own (batch_limits).

    `work` tells the engine what the run is for (workbench.mt.engine.Work); None:
    a run of one segment is LATENCY (somebody is waiting for that segment), a
    longer one THROUGHPUT (batch, pre-translation, look-ahead). A `runner` of
    its own decides for itself.
    """
    settings = settings or GenerationSettings()
    default_tokens, default_rows = batch_limits(engine)
    batch_tokens = batch_tokens or default_tokens
    max_batch = max_batch or default_rows
    budget = max_tokens or engine.max_input_tokens
    split = splitter or split_paragraph
    scope = CacheScope.of(engine, settings)
    done: dict[tuple[str, str], Translation] = {}  # (src, text) -> translation, this run
    if state is not None:
        if total is None and isinstance(requests, Sequence):
            total = len(requests)
        state.set_progress(0, total or 0)

    def prepare(request: MTRequest) -> _Job:
        if request.src == tgt or not _has_letters(request.text):
            return _Job(request, [], checks)
        pieces = split(request.text, request.src) if split_sentences else None
        if not pieces:
            stripped = request.text.strip()
            lead = request.text[: len(request.text) - len(request.text.lstrip())]
            pieces = [_Piece(lead, stripped, request.text[len(lead) + len(stripped) :])]
        sentences = []
        for piece in pieces:
            sentence = _Sentence(piece.lead, piece.trail, text=piece.text)
            if _has_letters(piece.text):
                parts = split_to_fit(
                    piece.text, lambda t: engine.count_tokens(t, request.src) <= budget
                )
                sentence.units = [_Unit(p, sep) for p, sep in parts]
            sentences.append(sentence)
        return _Job(request, sentences, checks)

    def flush(jobs: list[_Job], kind: Work) -> Iterator[MTResult]:
        run = runner or partial(run_in_order, engine, work=kind)
        return _run_window(
            jobs, tgt, engine, settings, cache, scope, state, done, batch_tokens, max_batch, run
        )

    pending: list[_Job] = []
    pending_units = 0
    windows = 0
    for request in requests:
        job = prepare(request)
        pending.append(job)
        pending_units += sum(len(s.units) for s in job.sentences) or 1
        if pending_units >= window:
            windows += 1
            yield from flush(pending, work or Work.THROUGHPUT)
            pending, pending_units = [], 0
    if pending:
        alone = windows == 0 and len(pending) == 1
        yield from flush(pending, work or (Work.LATENCY if alone else Work.THROUGHPUT))


def batch_limits(engine: object) -> tuple[int, int]:
    """(padded tokens, rows) per batch when the caller gives none: the engine's own
    `batch_limits` if it has them, else the defaults above."""
    limits = getattr(engine, "batch_limits", None)
    return tuple(limits) if limits else (DEFAULT_BATCH_TOKENS, DEFAULT_MAX_BATCH)  # type: ignore[return-value]


def _run_window(
    jobs: list[_Job],
    tgt: str,
    engine: Engine,
    settings: GenerationSettings,
    cache: MTCache | None,
    scope: CacheScope,
    state: TaskState | None,
    done: dict[tuple[str, str], Translation],
    batch_tokens: int,
    max_batch: int,
    run: BatchRunner,
) -> Iterator[MTResult]:
    # Distinct texts still to translate, by source language.
    wanted: dict[str, dict[str, None]] = {}  # an ordered set per language
    for job in jobs:
        for sentence in job.sentences:
            for unit in sentence.units:
                if (job.request.src, unit.text) not in done:
                    wanted.setdefault(job.request.src, {})[unit.text] = None
    batches: list[tuple[str, list[str]]] = []
    for src, distinct in wanted.items():
        texts = list(distinct)
        if cache is not None:
            for text, translation in cache.get_many(scope, src, tgt, texts).items():
                done[(src, text)] = translation
            texts = [t for t in texts if (src, t) not in done]
        batches += [(src, b) for b in _batches(texts, src, engine, batch_tokens, max_batch)]

    finished: set[int] = set()  # indexes into jobs already yielded
    yield from _emit_ready(jobs, tgt, done, finished, state)
    for src, batch, translations in run(batches, tgt, settings, state):
        pairs = list(zip(batch, translations, strict=True))
        for text, translation in pairs:
            done[(src, text)] = translation
        if cache is not None:
            cache.put_many(scope, src, tgt, pairs)
        yield from _emit_ready(jobs, tgt, done, finished, state)


def run_in_order(
    engine: Engine,
    batches: list[tuple[str, list[str]]],
    tgt: str,
    settings: GenerationSettings,
    state: TaskState | None,
    work: Work = Work.THROUGHPUT,
) -> Iterator[tuple[str, list[str], list[Translation]]]:
    """The default BatchRunner: each batch on `engine`, one after another (with
    THROUGHPUT work the engine may run the parts of one batch in parallel)."""
    for src, batch in batches:
        if state is not None:
            state.check_cancelled()
        yield src, batch, engine.translate(batch, src, tgt, settings, work)


def _batches(
    texts: list[str], src: str, engine: Engine, batch_tokens: int, max_batch: int
) -> list[list[str]]:
    """Longest first, so a batch pads little and memory peaks early."""
    counted = sorted(((engine.count_tokens(t, src), t) for t in texts), reverse=True)
    batches: list[list[str]] = []
    current: list[str] = []
    longest = 0
    for count, text in counted:
        if current and (
            len(current) >= max_batch or max(longest, count) * (len(current) + 1) > batch_tokens
        ):
            batches.append(current)
            current, longest = [], 0
        current.append(text)
        longest = max(longest, count)
    if current:
        batches.append(current)
    return batches


def _emit_ready(
    jobs: list[_Job],
    tgt: str,
    done: dict[tuple[str, str], Translation],
    finished: set[int],
    state: TaskState | None,
) -> Iterator[MTResult]:
    """Yield, in input order, the jobs whose every unit is translated."""
    for index, job in enumerate(jobs):
        if index in finished:
            continue
        src = job.request.src
        if all((src, u.text) in done for s in job.sentences for u in s.units):
            finished.add(index)
            result = _assemble(job, tgt, done)
            if state is not None:
                state.advance()
            yield result


def _assemble(job: _Job, tgt: str, done: dict[tuple[str, str], Translation]) -> MTResult:
    request = job.request
    if not job.sentences:
        return MTResult(
            request.id, request.text, request.text, request.src, tgt, None, passed_through=True
        )
    out: list[str] = []
    scores: list[float] = []
    split = False
    links: list[tuple[int, int, WordAlignment | None]] = []  # (source, target word offset)
    src_words = tgt_words = 0
    for sentence in job.sentences:
        if not sentence.units:
            out.append(sentence.lead + sentence.text + sentence.trail)
            links.append((src_words, tgt_words, identity(sentence.text)))
            src_words += len(words(sentence.text))
            tgt_words += len(words(sentence.text))
            continue
        parts = []
        for unit in sentence.units:
            translation = done[(request.src, unit.text)]
            parts.append(translation.text + unit.sep)
            scores.append(translation.score)
            same = translation.text == unit.text
            links.append(
                (src_words, tgt_words, identity(unit.text) if same else translation.alignment)
            )
            src_words += len(words(unit.text))
            tgt_words += len(words(translation.text))
        split = split or sentence.split
        out.append(sentence.lead + "".join(parts) + sentence.trail)
    text = "".join(out)
    checked_text = CheckedText(request.text, text, request.src, tgt)
    checked = None if job.checks is None else check_ahead(checked_text, job.checks)
    found = set(run_checks(checked_text, checked))  # those that need no project data
    if request.text.strip() and not text.strip():
        found.add(flags.MT_EMPTY)
    if split:
        found.add(flags.MT_SPLIT)
    score = sum(scores) / len(scores) if scores else None
    return MTResult(
        request.id,
        request.text,
        text,
        request.src,
        tgt,
        score,
        frozenset(found),
        False,
        combine(links),
        checked,
    )


def translate_texts(
    texts: Sequence[str],
    src: str,
    tgt: str,
    engine: Engine,
    settings: GenerationSettings | None = None,
    **options,
) -> list[MTResult]:
    """Convenience: translate plain texts of one language, results in input order."""
    requests = [MTRequest(i, text, src) for i, text in enumerate(texts)]
    results = {r.id: r for r in translate_segments(requests, tgt, engine, settings, **options)}
    return [results[i] for i in range(len(texts))]
