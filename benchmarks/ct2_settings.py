"""CTranslate2 settings side by side, interleaved, on the 600M stand-in.

    python -m benchmarks.ct2_settings [--trials N] [--only NAME[,NAME...]]

Each setting (threads, GEMM backend) gets its own persistent child process
holding its own Translator (the GEMM backend is chosen once per process, by
CT2_USE_MKL). The parent then asks the children for one trial each in turn,
round after round, so other jobs on a shared machine fall on every setting
alike; the best (shortest) trial of each is the closest to a quiet machine, and
the median says how noisy it was. A trial is either

  batch    32 sentences x 30 pieces in, 30 out (forced), Cyrillic shortlist,
           handed over as the engine's batch path hands them (two batches of 16
           in one call: with inter_threads=2 the two run in parallel)
  single   one sentence of 30 pieces in, 30 out, alone (the segment the
           translator waits for)

and the child's peak RSS (VmHWM) is read at the end. Nothing is asserted;
benchmarks/RESULTS.md keeps the numbers. The Translator objects are made the
way workbench.mt.ct2_engine makes them, except for the settings compared.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.noise import ask_child, between, sample

# name -> (environment, inter_threads, intra_threads); intra 0 = physical cores.
SETTINGS: dict[str, tuple[dict[str, str], int, int]] = {
    "mkl inter1 intra2": ({}, 1, 0),
    "dnnl inter1 intra2": ({"CT2_USE_MKL": "0"}, 1, 0),
    "mkl inter2 intra1": ({}, 2, 1),
    "dnnl inter2 intra1": ({"CT2_USE_MKL": "0"}, 2, 1),
    "mkl inter2 intra2": ({}, 2, 0),
    "dnnl inter2 intra2": ({"CT2_USE_MKL": "0"}, 2, 0),
}
PIECES, ROWS, HALF = 30, 32, 16


def model_dir() -> Path:
    from benchmarks.translate import ct2_model_dir

    return ct2_model_dir()


def peak_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _own_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)  # every thread of this process
    return usage.ru_utime + usage.ru_stime


def child(name: str) -> int:
    """Serve trials on stdin ("batch" / "single" / "quit"), one JSON line each on stdout."""
    import ctranslate2

    from workbench.mt.convert import variant_dir
    from workbench.mt.hardware import physical_cores

    _, inter, intra = SETTINGS[name]
    path = variant_dir(model_dir(), "Cyrl")
    translator = ctranslate2.Translator(
        str(path),
        device="cpu",
        compute_type="int8",
        inter_threads=inter,
        intra_threads=intra or physical_cores(),
    )
    vmap = (path / "vmap.txt").read_text(encoding="utf-8").partition("\t")[2].split()
    words = [p for p in vmap if p.startswith("▁") and len(p) > 2]
    rng = random.Random(20)
    rows = [["kir_Cyrl", *rng.choices(words, k=PIECES), "</s>"] for _ in range(ROWS)]

    def run(sources: list[list[str]]) -> None:
        translator.translate_batch(
            sources,
            target_prefix=[["rus_Cyrl"]] * len(sources),
            max_batch_size=HALF,
            beam_size=1,
            max_decoding_length=PIECES + 1,
            min_decoding_length=PIECES + 1,
            use_vmap=True,
        )

    run(rows[:2])  # warm-up
    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        what = line.strip()
        if what == "quit":
            break
        cpu = _own_cpu()
        start = time.perf_counter()
        run(rows if what == "batch" else rows[:1])
        seconds = time.perf_counter() - start
        answer = {"seconds": seconds, "cpu": _own_cpu() - cpu, "rss": peak_rss_mb()}
        print(json.dumps(answer), flush=True)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.ct2_settings", description=__doc__)
    parser.add_argument("--trials", type=int, default=5, help="rounds of each trial kind")
    parser.add_argument("--only", help="comma-separated settings: " + ", ".join(SETTINGS))
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return child(args.child)
    names = [n.strip() for n in args.only.split(",")] if args.only else list(SETTINGS)
    unknown = set(names) - set(SETTINGS)
    if unknown:
        parser.error(f"unknown settings {sorted(unknown)}")
    model_dir()  # convert once, before any child starts
    before = sample()  # the children's CPU (loading included) counts as own once reaped
    children = {}
    for name in names:  # one at a time: loading is not what is measured
        env = {**os.environ, **SETTINGS[name][0]}
        proc = subprocess.Popen(
            [sys.executable, "-m", "benchmarks.ct2_settings", "--child", name],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert proc.stdout is not None
        json.loads(proc.stdout.readline())
        children[name] = proc
    times: dict[tuple[str, str], list[float]] = {}
    clean: dict[tuple[str, str], list[float]] = {}  # trials while others took <= 10%
    rss: dict[str, float] = {}
    for _ in range(args.trials):
        for kind in ("batch", "single", "single"):
            for name, proc in children.items():
                answer, is_clean = ask_child(proc, kind)
                times.setdefault((name, kind), []).append(answer["seconds"])
                if is_clean:
                    clean.setdefault((name, kind), []).append(answer["seconds"])
                rss[name] = answer["rss"]
    for proc in children.values():
        assert proc.stdin is not None
        proc.stdin.write("quit\n")
        proc.stdin.close()
        proc.wait()
    noise = between(before, sample())
    print(
        f"{'setting':<22}{'batch sent/s best':>19}{'median':>8}{'clean':>7}"
        f"{'single s best':>15}{'median':>8}{'clean':>7}{'peak RSS':>10}"
    )
    for name in names:
        batch, single = times[(name, "batch")], times[(name, "single")]
        clean_batch = clean.get((name, "batch"), [])
        clean_single = clean.get((name, "single"), [])
        print(
            f"{name:<22}{ROWS / min(batch):>19.2f}{ROWS / statistics.median(batch):>8.2f}"
            f"{len(clean_batch):>4}/{len(batch):<2}"
            f"{min(single):>15.2f}{statistics.median(single):>8.2f}"
            f"{len(clean_single):>4}/{len(single):<2}{rss[name]:>8.0f}MB"
        )
    print(
        "clean trials only (others took <= 10% while it ran): "
        + "; ".join(
            f"{name}: batch {ROWS / min(clean[(name, 'batch')]):.2f} sent/s"
            if (name, "batch") in clean
            else f"{name}: no clean batch"
            for name in names
        )
        + " | "
        + "; ".join(
            f"{name}: single {min(clean[(name, 'single')]):.2f} s"
            if (name, "single") in clean
            else f"{name}: no clean single"
            for name in names
        )
    )
    print(
        f"others took {noise.share:.0%} of the machine over the run "
        f"({'NOISY' if noise.noisy else 'clean'}); load average {os.getloadavg()[0]:.1f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
