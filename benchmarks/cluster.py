"""Batch throughput on this machine: a local run against Ray runs with 1 and 2 workers.

    python -m benchmarks.cluster [--quick] [--sentences N] [--model DIR] [--rows local,1,2]

Every row runs the product's own batch path (run_batch, `workbench batch` with and
without --cluster auto) over the same folder of the benchmark's seeded workload
(benchmarks/workload.py) on the NLLB-600M-sized stand-in (benchmarks/standin.py),
each with an empty MT cache; the CTranslate2 conversion is shared (done once). It
prints, per row, the time until the first translation (Ray start and model loads
included), the translating rate, and the sentences-per-second ratio to the local
row: on one 2-core machine a cluster can only add overhead, which is what this
measures. It also pickles a sample batch as Ray sends it, for the bytes per
sentence that cross the network (benchmarks/RESULTS.md turns them into a plan).
"""

from __future__ import annotations

import argparse
import os
import pickle
import shutil
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.standin import bench_cache_dir, standin_model_dir
from benchmarks.workload import make_workload

TGT = "en"


def write_folder(src: Path, sentences: list[str], per_file: int = 20) -> None:
    """One sentence per paragraph (each is translated), `per_file` per document."""
    src.mkdir(parents=True)
    for start in range(0, len(sentences), per_file):
        text = "\n\n".join(sentences[start : start + per_file])
        (src / f"doc {start // per_file:03d}.txt").write_text(text, encoding="utf-8")


def run_row(src: Path, out: Path, cluster: int | None, model: Path) -> dict:
    from workbench.app.batch import BatchOptions, run_batch
    from workbench.app.cluster import ClusterOptions
    from workbench.mt.config import EngineConfig

    mt_cache = bench_cache_dir() / "cluster-cache" / "mt-cache.sqlite3"
    for path in mt_cache.parent.glob("mt-cache.sqlite3*"):
        path.unlink()  # every row translates everything
    options = BatchOptions(
        src,
        out,
        TGT,
        source="ky",
        mt=EngineConfig(model=str(model)),
        cluster=ClusterOptions("auto", cluster) if cluster else None,
    )
    started, cpu = time.monotonic(), time.process_time()
    first: list[float] = []
    last = []

    def progress(p) -> None:
        if p.stage == "translating" and not first:
            first.append(time.monotonic())
        last.append(p)

    report = run_batch(options, on_progress=progress)
    assert report.ok, report.summary()
    end, cpu = time.monotonic(), time.process_time() - cpu
    sentences = last[-1].sentences_done
    return {
        "row": "local" if cluster is None else f"ray-{cluster}",
        "sentences": sentences,
        "until_first_s": first[0] - started,
        "total_s": end - started,
        "rate": last[-1].sentences_per_second,
        # This process's CPU: for a cluster row, everything the driver does (reading,
        # splitting, tokens, dedupe, cache, writing, Ray calls) and no translation.
        "driver_ms": 1000 * cpu / max(1, sentences),
        "cluster": report.cluster,
        "load": os.getloadavg()[0],
    }


def bytes_per_sentence(sentences: list[str], model: Path) -> tuple[float, float]:
    """Pickled bytes per sentence of one batch's call (texts, languages, settings) and of
    its result (translations with scores and word alignments), as Ray ships them."""
    from workbench.mt.config import EngineConfig

    config = EngineConfig(model=str(model))
    engine = config.load(target=TGT)
    try:
        batch = sentences[:32]
        sent = len(pickle.dumps(("ky", batch, TGT, config.generation()), protocol=5))
        back = len(pickle.dumps(engine.translate(batch, "ky", TGT, config.generation()), 5))
    finally:
        engine.close()
    return sent / len(batch), back / len(batch)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="48 sentences instead of 160")
    parser.add_argument("--sentences", type=int)
    parser.add_argument(
        "--model",
        type=Path,
        help="another model folder (default: the 600M stand-in); the "
        "tiny test model measures the driver's own cost per sentence over a larger run",
    )
    parser.add_argument("--rows", default="local,1,2", help="local and/or worker counts")
    args = parser.parse_args(argv)
    model = args.model or standin_model_dir()
    wanted = [None if r == "local" else int(r) for r in args.rows.split(",")]
    n = args.sentences or (48 if args.quick else 160)

    os.environ["WORKBENCH_CACHE_DIR"] = str(bench_cache_dir() / "cluster-cache")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(standin_model_dir() / "tokenizer.json"))
    workload = make_workload(tokenizer, n)
    work = Path(tempfile.mkdtemp(prefix="bench-cluster-"))
    try:
        src = work / "src"
        write_folder(src, workload.sentences)
        # The conversion once, outside the rows (a fresh cache converts for a minute).
        from workbench.mt.config import EngineConfig

        EngineConfig(model=str(model)).load(target=TGT).close()
        print(f"{n} sentences, {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.2f} at start")
        up, down = bytes_per_sentence(workload.sentences, model)
        print(f"bytes per sentence over the network (pickled): {up:.0f} out, {down:.0f} back")
        rows = [run_row(src, work / f"out-{k}", k, model) for k in wanted]
        base = rows[0]["rate"]
        head = f"{'row':8} {'first(s)':>9} {'total(s)':>9} {'sent/s':>8} {'x first':>8}"
        print(f"{head} {'driver CPU ms/sent':>19} {'load':>5}")
        for row in rows:
            print(
                f"{row['row']:8} {row['until_first_s']:9.1f} {row['total_s']:9.1f} "
                f"{row['rate']:8.2f} {row['rate'] / base:8.2f} {row['driver_ms']:19.1f} "
                f"{row['load']:5.2f}"
            )
        for row in rows:
            if row["cluster"]:
                print(f"{row['row']}: {row['cluster']}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
