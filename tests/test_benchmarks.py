"""The benchmark harness measures what it says: the product's own path at its shipped
defaults, a quick workload that batches like the full one, and the other processes'
share of the machine (benchmarks/noise.py). No speed is asserted here."""

from __future__ import annotations

import argparse
import subprocess
import sys
import textwrap

import pytest

from benchmarks import noise
from benchmarks.translate import TUNED_OPTIONS, WorkbenchRunner, workload_size
from benchmarks.workload import make_workload
from workbench.mt import ct2_engine, pipeline
from workbench.mt.hardware import physical_cores


@pytest.fixture(scope="module")
def tiny_tokenizer(tiny_model_dir):
    from tokenizers import Tokenizer

    return Tokenizer.from_file(str(tiny_model_dir / "tokenizer.json"))


def recorded_batches(runner: WorkbenchRunner) -> list[int]:
    sizes: list[int] = []
    translate = runner.engine.translate

    def spy(batch, *args, **kwargs):
        sizes.append(len(batch))
        return translate(batch, *args, **kwargs)

    runner.engine.translate = spy
    return sizes


def test_the_workbench_row_runs_the_product_at_its_shipped_defaults(tiny_model_dir):
    from workbench.cli.model_options import engine_config

    texts = [f"Бишкек шаарында жаңы мектеп ачылды {n}." for n in range(40)]
    runner = WorkbenchRunner(tiny_model_dir)
    try:
        args = argparse.Namespace(model=str(tiny_model_dir), device=None, engine=None, beam=None)
        product = engine_config(args)
        assert runner.generation == product.generation()
        assert runner.engine.name == "ctranslate2"  # the default engine "auto" picks it
        shipped_dir = runner.engine.ct2_dir
        sizes = recorded_batches(runner)
        runner.translate(texts)
        # The pipeline's own batching for this engine, as the GUI, the CLI and batch
        # call it (the engine's batch_limits: the caller gives none).
        assert max(sizes) == min(len(texts), pipeline.batch_limits(runner.engine)[1])
        assert sum(sizes) == len(texts)
    finally:
        runner.engine.close()

    tuned = WorkbenchRunner(tiny_model_dir, TUNED_OPTIONS["workbench-32x4096"])
    try:
        sizes = recorded_batches(tuned)
        tuned.translate(texts)
        assert sizes == [32, len(texts) - 32]  # 32 rows a call: the comparison row differs
    finally:
        tuned.engine.close()

    # The one-replica row: the product's conversion and pipeline, one CTranslate2 replica.
    single = WorkbenchRunner(tiny_model_dir, replicas=1)
    try:
        assert (single.engine.replicas, single.engine._translator.num_translators) == (1, 1)
        assert single.engine.threads == physical_cores()  # the one replica on every core
        assert single.engine.ct2_dir == shipped_dir
        single.translate(texts[:3])
    finally:
        single.engine.close()


def test_quick_run_has_the_full_runs_length_mix_and_several_batches(tiny_tokenizer):
    quick, full = workload_size(quick=True), workload_size(quick=False)
    assert quick >= 48
    short = make_workload(tiny_tokenizer, quick)
    long = make_workload(tiny_tokenizer, full)
    assert short.pieces == long.pieces[:quick]  # the same seeded sequence, cut shorter
    assert min(short.pieces) < 16 and max(short.pieces) > 30  # short and long sentences
    # Sorting and batching have something to do: one call of the product's engine
    # (its batch_limits) holds the quick workload, cut into several batches of at
    # most DEFAULT_BATCH_TOKENS / 2 padded tokens (two replicas).
    padded = sum(p + 2 for p in short.pieces)
    assert padded > ct2_engine.DEFAULT_BATCH_TOKENS


BUSY = "import time\nend = time.process_time() + {s}\nwhile time.process_time() < end: pass\n"


def busy_code(seconds: float, then: str = "") -> str:
    return BUSY.format(s=seconds) + then


@pytest.mark.skipif(not noise.available(), reason="needs /proc/stat")
def test_noise_counts_the_rows_process_tree_as_its_own():
    # The row: a child that burns CPU and waits for a grandchild that burns more.
    grandchild = busy_code(0.4)
    row = busy_code(
        0.4,
        textwrap.dedent(f"""
            import subprocess, sys
            subprocess.run([sys.executable, "-c", {grandchild!r}], check=True)
            print(time.process_time())
        """),
    )
    before = noise.sample()
    subprocess.run([sys.executable, "-c", row], check=True, capture_output=True)
    measured = noise.between(before, noise.sample())
    assert measured.own >= 0.75  # both processes' CPU counts as the row's own
    assert measured.others == pytest.approx(max(0.0, measured.busy - measured.own))


@pytest.mark.skipif(not noise.available(), reason="needs /proc/stat")
def test_noise_sees_a_process_outside_the_row():
    # Another process burns CPU while the row runs; it is not the row's child tree
    # until reaped, so it is read before it is waited for.
    before = noise.sample()
    other = subprocess.Popen(
        [sys.executable, "-c", busy_code(0.8, "print(time.process_time(), flush=True)")],
        stdout=subprocess.PIPE,
        text=True,
    )
    subprocess.run([sys.executable, "-c", busy_code(0.2)], check=True)
    other_cpu = float(other.stdout.readline())
    measured = noise.between(before, noise.sample())
    other.wait()
    other.stdout.close()
    assert other_cpu >= 0.8
    assert measured.others >= other_cpu - 0.1  # /proc/stat ticks are 10 ms
    assert measured.share > 0


def test_noisy_means_others_took_more_than_a_tenth_of_the_machine():
    quiet = noise.Noise(wall=10.0, busy=10.0 + 1.5, own=10.0, cpus=2)  # 7.5%
    busy = noise.Noise(wall=10.0, busy=10.0 + 2.5, own=10.0, cpus=2)  # 12.5%
    assert quiet.share == pytest.approx(0.075) and not quiet.noisy
    assert busy.share == pytest.approx(0.125) and busy.noisy
