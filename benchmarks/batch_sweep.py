"""Batch sizes for the product's pipeline and engine, interleaved, with peak RSS.

    python -m benchmarks.batch_sweep [--trials N] [--settings SPEC[,SPEC...]]
                                     [--root NAME=PATH]

A setting is `ROWSxTOKENS/ENGINE`: the rows and padded tokens per engine call
(mt.pipeline max_batch, batch_tokens) and the engine's padded tokens in
CTranslate2's hands at once (CT2Engine.batch_tokens: since issue 20's third round,
each of two replicas runs batches of half as many), e.g. `64x8192/1024`;
`shipped` is the defaults of the code imported. A `@NAME` suffix runs the setting
from another source tree given with `--root NAME=PATH` (e.g. `shipped@before` with
`--root before=/path/to/old/tree`), so a change of code is judged in the same run.

Each setting gets its own persistent child process (its peak RSS, VmHWM, is then
its own) holding the product's engine as benchmarks.translate's `workbench` row
loads it. The parent asks the children for one trial each in turn, round after
round, so load from other jobs falls on all alike. A trial is the full workload
(64 sentences, output lengths forced, benchmarks.workload) through
mt.pipeline.translate_texts, or the 30-piece latency probe. Per trial, the share of
the machine other processes took (the machine's busy time minus the child's own
CPU); "clean" trials are those where others took at most 10%. Nothing asserted;
benchmarks/RESULTS.md keeps the numbers.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

if __package__ in (None, ""):  # run by path in a child: the root comes from PYTHONPATH
    __package__ = "benchmarks"

from benchmarks.noise import ask_child, between, sample

DEFAULT_SETTINGS = ("shipped", "32x4096/1024", "64x8192/1024", "64x8192/1280")


def _own_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _thread_cpu() -> dict[str, float]:
    """CPU seconds each thread of this process has run (schedstat, nanoseconds)."""
    out = {}
    for task in Path("/proc/self/task").iterdir():
        try:
            out[task.name] = int((task / "schedstat").read_text().split()[0]) / 1e9
        except (OSError, ValueError, IndexError):
            continue
    return out


def parse(spec: str) -> tuple[dict, int | None]:
    """(pipeline options, engine batch tokens) of a setting, without its @root."""
    spec = spec.partition("@")[0]
    if spec == "shipped":
        return {}, None
    pipeline, _, engine = spec.partition("/")
    rows, _, tokens = pipeline.partition("x")
    return {"max_batch": int(rows), "batch_tokens": int(tokens)}, int(engine) if engine else None


def child(spec: str, sentences: int) -> int:
    """Serve trials on stdin ("batch" / "single" / "quit"), one JSON line each."""
    from tokenizers import Tokenizer

    from benchmarks.standin import standin_model_dir
    from benchmarks.translate import WorkbenchRunner, peak_rss_mb, product_environment
    from benchmarks.workload import make_workload

    product_environment()
    options, engine_tokens = parse(spec)
    tokenizer = Tokenizer.from_file(str(standin_model_dir() / "tokenizer.json"))
    workload = make_workload(tokenizer, sentences)
    del tokenizer
    runner = WorkbenchRunner(standin_model_dir(), options)
    if engine_tokens:
        runner.engine.batch_tokens = engine_tokens
    runner.translate(workload.sentences[:2])  # warm-up
    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        what = line.strip()
        if what == "quit":
            break
        cpu, threads = _own_cpu(), _thread_cpu()
        start = time.perf_counter()
        runner.translate(workload.sentences if what == "batch" else [workload.latency_sentence])
        seconds = time.perf_counter() - start
        after = _thread_cpu()
        used = sorted((after[t] - threads.get(t, 0.0) for t in after), reverse=True)
        answer = {"seconds": seconds, "cpu": _own_cpu() - cpu, "rss": peak_rss_mb()}
        answer["busiest"] = used[0] if used else 0.0  # the busiest thread's CPU seconds
        print(json.dumps(answer), flush=True)
    runner.engine.close()
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.batch_sweep", description=__doc__)
    parser.add_argument("--trials", type=int, default=4, help="rounds (each: 1 batch, 2 single)")
    parser.add_argument("--settings", help="comma-separated settings (see above)")
    parser.add_argument("--root", action="append", default=[], help="NAME=PATH of a source tree")
    parser.add_argument("--sentences", type=int, default=64)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return child(args.child, args.sentences)
    specs = [s.strip() for s in args.settings.split(",")] if args.settings else DEFAULT_SETTINGS
    roots = {"": str(Path(__file__).resolve().parent.parent)}
    for item in args.root:
        name, _, path = item.partition("=")
        roots[name] = str(Path(path).resolve())
    for spec in specs:
        if spec.partition("@")[2] not in roots:
            parser.error(f"{spec}: no --root {spec.partition('@')[2]}=PATH")
        try:
            parse(spec)
        except ValueError:
            parser.error(f"{spec}: not ROWSxTOKENS/ENGINE or 'shipped'")

    from benchmarks.standin import standin_model_dir
    from benchmarks.translate import ct2_model_dir, product_choice, product_environment

    product_environment()
    ct2_model_dir()
    product_choice(standin_model_dir()).load(target="ru").close()  # convert, untimed
    started = sample()  # the children's CPU counts as own once they are reaped
    children = {}
    for spec in specs:  # one at a time: loading is not what is measured
        root = roots[spec.partition("@")[2]]
        env = {**os.environ, "PYTHONPATH": root}
        proc = subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve()), "--child", spec,
             "--sentences", str(args.sentences)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env, cwd=root,
        )  # fmt: skip
        assert proc.stdout is not None
        json.loads(proc.stdout.readline())
        children[spec] = proc
    times: dict[tuple[str, str], list[tuple[float, bool]]] = {}
    rss: dict[str, float] = {}
    busiest: dict[tuple[str, str], list[float]] = {}  # the busiest thread's CPU s
    cpus: dict[tuple[str, str], list[float]] = {}  # the process's CPU s
    for _ in range(args.trials):
        for kind in ("batch", "single", "single"):
            for spec, proc in children.items():
                answer, clean = ask_child(proc, kind)
                times.setdefault((spec, kind), []).append((answer["seconds"], clean))
                busiest.setdefault((spec, kind), []).append(answer["busiest"])
                cpus.setdefault((spec, kind), []).append(answer["cpu"])
                rss[spec] = answer["rss"]
    for proc in children.values():
        assert proc.stdin is not None
        proc.stdin.write("quit\n")
        proc.stdin.close()
        proc.wait()
    noise = between(started, sample())
    n = args.sentences
    print(
        f"{'setting':<22}{'sent/s best':>12}{'median':>8}{'clean':>7}{'best clean':>11}"
        f"{'single s best':>14}{'median':>8}{'clean':>7}{'best clean':>11}{'peak RSS':>10}"
    )
    for spec in specs:
        batch, single = times[(spec, "batch")], times[(spec, "single")]
        cb = [s for s, ok in batch if ok]
        cs = [s for s, ok in single if ok]
        print(
            f"{spec:<22}{n / min(s for s, _ in batch):>12.2f}"
            f"{n / statistics.median(s for s, _ in batch):>8.2f}{len(cb):>4}/{len(batch):<2}"
            f"{(f'{n / min(cb):.2f}' if cb else '-'):>11}"
            f"{min(s for s, _ in single):>14.2f}{statistics.median(s for s, _ in single):>8.2f}"
            f"{len(cs):>4}/{len(single):<2}{(f'{min(cs):.2f}' if cs else '-'):>11}"
            f"{rss[spec]:>8.0f}MB"
        )
    print(
        "CPU (load-robust; min over trials): batch = process CPU s and the busiest thread's"
        " (a replica's: with one thread each, the quiet wall time is about the busiest"
        " replica's), single = process CPU s"
    )
    for spec in specs:
        print(
            f"{spec:<22}batch cpu {min(cpus[(spec, 'batch')]):.2f} s, busiest thread "
            f"{min(busiest[(spec, 'batch')]):.2f} s (~{n / min(busiest[(spec, 'batch')]):.1f}"
            f" sent/s); single cpu {min(cpus[(spec, 'single')]):.3f} s, median "
            f"{statistics.median(cpus[(spec, 'single')]):.3f} s"
        )
    print(
        f"workload {n} sentences; others took {noise.share:.0%} of the machine over the "
        f"trials ({'NOISY' if noise.noisy else 'clean'}); load average {os.getloadavg()[0]:.1f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
