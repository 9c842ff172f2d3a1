"""How the CTranslate2 engine runs each kind of work (workbench.mt.engine.Work), on the
tiny model: one Translator with two replicas sharing the weights; THROUGHPUT hands
one part of each batch to each replica at once, LATENCY one whole batch to one
replica; what comes out never depends on it. Speed is measured in benchmarks/
(ct2_settings.py, translate.py), never asserted here.
"""

from __future__ import annotations

import random

import pytest

from tests.fixtures.make_tiny_model import corpus
from workbench.mt.ct2_engine import CT2Engine, run_settings
from workbench.mt.engine import GenerationSettings, Work
from workbench.mt.pipeline import translate_texts

GREEDY = GenerationSettings()


@pytest.fixture(scope="module")
def two(ct2):
    """The engine as a two-core CPU runs it (whatever this machine has)."""
    engine = CT2Engine(ct2.ct2_dir, model_id="tiny-nllb", revision="rev-1", device="cpu", threads=2)
    yield engine
    engine.close()


@pytest.fixture(scope="module")
def one(ct2):
    """One replica on one core: the plainest way to run the model, the reference."""
    engine = CT2Engine(ct2.ct2_dir, model_id="tiny-nllb", revision="rev-1", device="cpu", threads=1)
    yield engine
    engine.close()


@pytest.fixture(scope="module")
def mixed() -> list[str]:
    """Sentences for ky->ru: most take the shortlist, those with Latin names the full
    vocabulary, so both kinds of call run side by side."""
    rng = random.Random(11)
    cyrillic = [s for s in corpus() if not any("a" <= ch.lower() <= "z" for ch in s)]
    latin = ["Бишкекте Apple дүкөнү ачылды.", "NATO жана Google.", "Toktogul шаары."]
    return rng.sample(cyrillic, 37) + latin


class Recorder:
    """The engine's real Translator, with a log of hand-overs and waits."""

    def __init__(self, translator) -> None:
        self.translator = translator
        self.log: list[tuple[str, int]] = []  # ("start", rows) / ("wait", call number)
        self.calls: list[tuple[list[list[str]], bool]] = []  # (sources, use_vmap) handed over

    def __getattr__(self, name: str):
        return getattr(self.translator, name)

    def translate_batch(self, sources, **options):
        call = sum(1 for what, _ in self.log if what == "start")
        self.log.append(("start", len(sources)))
        self.calls.append((sources, options.get("use_vmap")))
        results = self.translator.translate_batch(sources, **options)
        if not options.get("asynchronous"):
            return results
        return [Waited(r, self.log, call) for r in results]


class Waited:
    def __init__(self, pending, log, call) -> None:
        self.pending, self.log, self.call = pending, log, call

    def result(self):
        if ("wait", self.call) not in self.log:
            self.log.append(("wait", self.call))
        return self.pending.result()


def recorded(engine: CT2Engine) -> Recorder:
    recorder = Recorder(engine._translator)
    engine._translator = recorder
    return recorder


def test_a_two_core_cpu_gets_two_replicas_of_one_model(two, one):
    # With MKL one core per replica, with oneDNN every core (RESULTS.md, issue 20).
    assert run_settings("cpu", 2, mkl=True) == (2, 1)
    assert run_settings("cpu", 2, mkl=False) == (2, 2)
    assert run_settings("cpu", 8, mkl=True) == (2, 4)
    assert run_settings("cpu", 1, mkl=True) == run_settings("cpu", 1, mkl=False) == (1, 1)
    assert run_settings("cpu", 2, mkl=True, replicas=1) == (1, 2)  # one replica: every core
    assert run_settings("cuda", 2)[0] == 1
    assert (two.replicas, two._translator.num_translators) == (2, 2)
    assert two.threads == run_settings("cpu", 2)[1]
    assert (one.replicas, one._translator.num_translators) == (1, 1)


def test_the_gemm_library_is_detected_as_ctranslate2_chooses_it(monkeypatch):
    from workbench.mt import ct2_engine

    monkeypatch.delenv("CT2_USE_MKL", raising=False)
    monkeypatch.setattr(ct2_engine, "cpu_vendor", lambda: "GenuineIntel")
    assert ct2_engine.uses_mkl()
    monkeypatch.setattr(ct2_engine, "cpu_vendor", lambda: "AuthenticAMD")
    assert not ct2_engine.uses_mkl()
    monkeypatch.setenv("CT2_USE_MKL", "1")
    assert ct2_engine.uses_mkl()
    monkeypatch.setattr(ct2_engine, "cpu_vendor", lambda: "GenuineIntel")
    monkeypatch.setenv("CT2_USE_MKL", "0")
    assert not ct2_engine.uses_mkl()


def test_throughput_hands_every_part_over_before_waiting(two, mixed):
    recorder = recorded(two)
    kept = two.batch_tokens
    two.batch_tokens = 100_000  # the whole call fits in one batch
    try:
        two.translate(mixed[:20], "ky", "ru", GREEDY, Work.THROUGHPUT)
    finally:
        two._translator = recorder.translator
        two.batch_tokens = kept
    starts = [rows for what, rows in recorder.log if what == "start"]
    assert starts == [10, 10]  # one batch cut in two equal parts, one per replica
    assert [what for what, _ in recorder.log] == ["start", "start", "wait", "wait"]


def test_throughput_queues_small_batches_longest_first(two, mixed):
    """Many batches of at most batch_tokens / 2 padded tokens, all handed over before any
    wait (CTranslate2's replicas take them from its queue as each gets free), the
    longest first so that short ones fill in at the end."""
    recorder = recorded(two)
    kept = two.batch_tokens
    two.batch_tokens = 160
    try:
        out = two.translate(mixed, "ky", "ru", GREEDY, Work.THROUGHPUT)
    finally:
        two._translator = recorder.translator
        two.batch_tokens = kept
    assert all(t.text for t in out)
    starts = [i for i, (what, _) in enumerate(recorder.log) if what == "start"]
    assert len(starts) > 2 * two.replicas
    assert max(starts) < min(i for i, (what, _) in enumerate(recorder.log) if what == "wait")
    calls = recorder.calls
    for use_vmap in (True, False):  # shortlisted and full-vocabulary calls, each in order
        longest = [max(map(len, sources)) for sources, vmap in calls if vmap is use_vmap]
        assert longest and longest == sorted(longest, reverse=True), use_vmap
    for sources, _ in calls:  # two at once hold no more padded tokens than batch_tokens
        assert len(sources) == 1 or max(map(len, sources)) * len(sources) <= 160 // 2
    assert sum(len(sources) for sources, _ in calls) == len(mixed)


def test_latency_runs_one_whole_batch(two, mixed):
    recorder = recorded(two)
    try:
        two.translate(mixed[:20], "ky", "ru", GREEDY, Work.LATENCY)
    finally:
        two._translator = recorder.translator
    assert recorder.log == [("start", 20), ("wait", 0)]


def test_outputs_are_the_same_whatever_the_work(two, one, mixed):
    reference = one.translate(mixed, "ky", "ru", GREEDY)
    before = dict(two.counts)
    for work in (Work.THROUGHPUT, Work.LATENCY):
        out = two.translate(mixed, "ky", "ru", GREEDY, work)
        assert [t.text for t in out] == [t.text for t in reference], work
        assert [t.alignment for t in out] == [t.alignment for t in reference], work
        assert [t.score for t in out] == pytest.approx([t.score for t in reference], abs=1e-4)
    # Both kinds of call ran: the shortlist and the full vocabulary, side by side.
    assert two.counts["shortlist"] > before["shortlist"]
    assert two.counts["full"] > before["full"]


def test_the_pipeline_tokenises_each_text_once(ct2):
    """It counts a text's tokens to split and batch it, then translates it."""
    engine = CT2Engine(ct2.ct2_dir, model_id="tiny-nllb", revision="rev-1", device="cpu", threads=1)
    encoded: list[str] = []
    real = engine.tokenizer

    class Counting:
        def __getattr__(self, name):
            return getattr(real, name)

        def encode(self, text, **options):
            encoded.append(text)
            return real.encode(text, **options)

    engine.tokenizer = Counting()
    first, second, third = [s for s in corpus() if "ң" in s and s.endswith(".")][:3]
    try:
        results = translate_texts([first, second + " " + third], "ky", "ru", engine)
    finally:
        engine.close()
    assert all(r.text and not r.passed_through for r in results)
    assert sorted(encoded) == sorted([first, second, third])  # each sentence once
