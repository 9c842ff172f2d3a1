"""The MT pipeline on the tiny model: real loading, real generation, no engine fakes.

The tiny model was trained to copy its input, so each result must be the
segment's own text: a swapped, dropped or duplicated sentence shows.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from tests.fixtures.make_tiny_model import corpus
from workbench.core import flags
from workbench.core.errors import Cancelled
from workbench.core.task import TaskState
from workbench.mt.cache import MTCache
from workbench.mt.engine import GenerationSettings, Translation, Work
from workbench.mt.pipeline import (
    DEFAULT_BATCH_TOKENS,
    DEFAULT_MAX_BATCH,
    MTRequest,
    batch_limits,
    split_to_fit,
    translate_segments,
    translate_texts,
)

KY = [s for s in corpus() if any(ch in "өүң" for ch in s)]
RU = [s for s in corpus() if s.startswith("В ")]
EN = [s for s in corpus() if s.startswith("In ")]


class Spy:
    """Wraps the real engine and records what it was asked to translate."""

    def __init__(self, engine) -> None:
        self.engine = engine
        self.batches: list[list[str]] = []
        self.works: list[Work] = []

    def __getattr__(self, name):
        return getattr(self.engine, name)

    def translate(
        self,
        sentences: Sequence[str],
        src: str,
        tgt: str,
        settings: GenerationSettings,
        work: Work = Work.THROUGHPUT,
    ) -> list[Translation]:
        self.batches.append(list(sentences))
        self.works.append(work)
        return self.engine.translate(sentences, src, tgt, settings, work)

    @property
    def sentences(self) -> list[str]:
        return [s for batch in self.batches for s in batch]


@pytest.fixture(scope="module")
def engine(tiny_model_dir):
    from workbench.mt.loader import load_engine

    loaded = load_engine(str(tiny_model_dir), device="cpu", engine="transformers")
    yield loaded
    loaded.close()


@pytest.fixture
def spy(engine):
    return Spy(engine)


def test_load_engine_reads_the_model_folder(engine, tiny_model_dir):
    assert engine.name == "transformers"
    assert engine.device == "cpu"
    assert engine.model_id == str(tiny_model_dir)
    assert engine.revision.startswith("local-")
    assert engine.max_input_tokens == 512
    assert engine.count_tokens("Ош", "ky") >= 3  # language token, the word, </s>


def test_translate_keeps_each_sentence_in_its_place(spy):
    texts = KY[:20]
    results = translate_texts(texts, "ky", "ru", spy, max_batch=6)
    assert [r.text for r in results] == texts
    assert [r.id for r in results] == list(range(20))
    assert all(r.score is not None and r.score < 0 for r in results)
    # Several length-sorted batches: each batch's token counts never increase.
    assert len(spy.batches) == 4
    for batch in spy.batches:
        counts = [spy.count_tokens(s, "ky") for s in batch]
        assert counts == sorted(counts, reverse=True)


def test_paragraphs_are_translated_sentence_by_sentence(spy):
    paragraph = f"{KY[0]} {KY[1]}\n{KY[2]}"
    [result] = translate_texts([paragraph], "ky", "ru", spy)
    assert sorted(spy.sentences) == sorted(KY[:3])
    assert result.text == paragraph  # whitespace between sentences kept


def test_one_segment_is_latency_work_and_more_are_throughput(spy):
    """The segment a translator waits for goes to the engine as LATENCY work; batch,
    pre-translation and look-ahead (more than one segment) as THROUGHPUT."""
    translate_texts([KY[0] + " " + KY[1]], "ky", "ru", spy)  # one segment, two sentences
    assert spy.works == [Work.LATENCY]
    spy.works.clear()
    translate_texts(KY[:4], "ky", "ru", spy, max_batch=2)
    assert spy.works == [Work.THROUGHPUT] * 2
    spy.works.clear()
    translate_texts(KY[4:6], "ky", "ru", spy, work=Work.LATENCY)  # the caller's word wins
    assert spy.works == [Work.LATENCY]
    # Many segments stream through in windows; the last window of one segment is
    # still part of a batch run.
    spy.works.clear()
    translate_texts(KY[:5], "ky", "ru", spy, window=2, max_batch=8)
    assert set(spy.works) == {Work.THROUGHPUT}


def test_batch_limits_are_the_engine_s_unless_the_caller_gives_them(spy, ct2):
    """The CTranslate2 engine cuts each call into smaller batches for its replicas and
    asks for bigger calls; an engine that says nothing gets the pipeline's defaults."""
    from workbench.mt.ct2_engine import CALL_LIMITS

    assert batch_limits(spy) == (DEFAULT_BATCH_TOKENS, DEFAULT_MAX_BATCH)  # transformers
    assert batch_limits(ct2) == CALL_LIMITS
    assert CALL_LIMITS[1] > DEFAULT_MAX_BATCH
    spy.batch_limits = (4096, 3)
    translate_texts(KY[:7], "ky", "ru", spy)
    assert [len(b) for b in spy.batches] == [3, 3, 1]
    spy.batches.clear()
    translate_texts(KY[7:14], "ky", "ru", spy, max_batch=2)  # the caller's limits win
    assert [len(b) for b in spy.batches] == [2, 2, 2, 1]


def test_identical_sentences_are_translated_once(spy):
    texts = [KY[0], KY[1], KY[0], f"{KY[1]} {KY[0]}", KY[0]]
    results = translate_texts(texts, "ky", "ru", spy)
    assert sorted(spy.sentences) == sorted([KY[0], KY[1]])
    assert [r.text for r in results] == texts


def test_second_run_hits_the_persistent_cache(engine, tmp_path):
    texts = RU[:8]
    first = Spy(engine)
    with MTCache(tmp_path / "mt.sqlite3") as cache:
        results = translate_texts(texts, "ru", "ky", first, cache=cache)
    assert len(first.sentences) == 8
    # A new cache object on the same file: as after a restart.
    second = Spy(engine)
    with MTCache(tmp_path / "mt.sqlite3") as cache:
        again = translate_texts(texts, "ru", "ky", second, cache=cache)
        assert cache.hits == 8 and cache.misses == 0
    assert second.batches == []
    assert [r.text for r in again] == [r.text for r in results] == texts
    assert [r.score for r in again] == [r.score for r in results]


def test_cache_key_includes_settings_and_direction(engine, tmp_path):
    with MTCache(tmp_path / "mt.sqlite3") as cache:
        translate_texts(RU[:2], "ru", "ky", engine, cache=cache)
        spy = Spy(engine)
        translate_texts(RU[:2], "ru", "en", spy, cache=cache)
        translate_texts(RU[:2], "ru", "ky", spy, GenerationSettings(beam_size=2), cache=cache)
    assert len(spy.sentences) == 4


def test_target_language_segments_pass_through(spy):
    requests = [
        MTRequest("a", KY[0], "ky"),
        MTRequest("b", EN[0], "en"),  # an English caption in a Kyrgyz article
        MTRequest("c", "2024", "ky"),  # nothing to translate
        MTRequest("d", KY[1], "ky"),
    ]
    results = {r.id: r for r in translate_segments(requests, "en", spy)}
    assert results["b"].passed_through and results["b"].text == EN[0]
    assert results["b"].score is None and results["b"].flags == frozenset()
    assert results["c"].passed_through and results["c"].text == "2024"
    assert not results["a"].passed_through
    assert sorted(spy.sentences) == sorted([KY[0], KY[1]])
    # The copying model leaves Cyrillic for an English target: flagged, still returned.
    assert flags.MT_WRONG_SCRIPT in results["a"].flags
    assert results["a"].text == KY[0]


def test_long_sentences_are_split_and_joined(spy):
    sentence = "Баасы 1,5 пайызга көтөрүлүп, 1 250 сом болду."
    budget = 26
    assert spy.count_tokens(sentence, "ky") > budget
    [result] = translate_texts([sentence], "ky", "ru", spy, max_tokens=budget)
    assert flags.MT_SPLIT in result.flags
    parts = split_to_fit(sentence, lambda t: spy.count_tokens(t, "ky") <= budget)
    assert parts[0] == ("Баасы 1,5 пайызга көтөрүлүп,", " ")  # at the comma, not inside 1,5
    assert sorted(spy.sentences) == sorted(p for p, _ in parts)
    assert all(spy.count_tokens(part, "ky") <= budget for part in spy.sentences)
    assert result.text == sentence  # each part copied, joined with the original spaces


def test_results_come_incrementally_and_cancel_keeps_the_work_done(engine, tmp_path):
    texts = EN[:12]
    state = TaskState()
    spy = Spy(engine)
    seen = []
    with MTCache(tmp_path / "mt.sqlite3") as cache:
        stream = translate_segments(
            [MTRequest(i, t, "en") for i, t in enumerate(texts)],
            "ru",
            spy,
            cache=cache,
            state=state,
            max_batch=2,
        )
        with pytest.raises(Cancelled):
            for result in stream:
                seen.append(result)
                if len(seen) == 4:
                    state.cancel()
        assert len(seen) == 4 and state.done == 4 and state.total == 12
        assert len(cache) == 4
        assert len(spy.sentences) == 4
        # A rerun translates only what is left.
        rerun = Spy(engine)
        results = translate_texts(texts, "en", "ru", rerun, cache=cache)
    assert sorted(rerun.sentences) == sorted(set(texts) - {r.source for r in seen})
    assert [r.text for r in results] == texts


def test_progress_counts_segments(engine):
    events = []
    state = TaskState(on_progress=events.append)
    translate_texts(KY[:5], "ky", "ru", engine, state=state)
    assert events[-1].done == 5 and events[-1].total == 5


# ------------------------------------------------------------- split_to_fit


def _fits(limit: int):
    return lambda text: len(text) <= limit


def test_split_prefers_clause_punctuation_then_commas_then_spaces():
    text = "one two, three four; five six, seven eight"
    parts = split_to_fit(text, _fits(25))
    assert parts == [("one two, three four;", " "), ("five six, seven eight", "")]
    parts = split_to_fit("alpha beta gamma, delta epsilon", _fits(20))
    assert parts == [("alpha beta gamma,", " "), ("delta epsilon", "")]


def test_split_keeps_all_text_and_fits():
    text = "a" * 50 + " " + "b" * 10 + "c" * 40
    parts = split_to_fit(text, _fits(30))
    assert "".join(p + sep for p, sep in parts) == text
    assert all(len(p) <= 30 for p, _ in parts)


def test_beam_search_gives_the_same_copies_with_scores(engine):
    texts = KY[:3] + RU[:2]
    greedy = engine.translate(texts, "ky", "en", GenerationSettings())
    beam = engine.translate(texts, "ky", "en", GenerationSettings(beam_size=3))
    assert [t.text for t in beam] == [t.text for t in greedy] == texts
    for g, b in zip(greedy, beam, strict=True):
        assert b.score == pytest.approx(g.score, abs=1e-4)  # same output, same mean log-prob


def test_max_new_tokens_follows_the_settings(engine):
    [short] = engine.translate(
        [KY[0]], "ky", "ru", GenerationSettings(max_length_ratio=0.0, max_length_extra=3)
    )
    assert len(short.text) < len(KY[0]) / 2  # cut off after a few tokens


def test_cuda_request_without_a_gpu_is_a_clear_error(tiny_model_dir):
    import torch

    from workbench.core.errors import WorkbenchError
    from workbench.mt.loader import load_engine

    if torch.cuda.is_available():
        pytest.skip("this machine has a GPU")
    with pytest.raises(WorkbenchError, match="no CUDA GPU"):
        load_engine(str(tiny_model_dir), device="cuda", engine="transformers")
