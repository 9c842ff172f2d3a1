"""The product with two CTranslate2 replicas against one, interleaved in one process.

    python -m benchmarks.replicas_ab [--rounds N]

On a shared machine the rows of benchmarks.translate run minutes apart and can
meet very different loads. Here the shipped engine (`workbench` row: two
replicas) and the engine as it was before issue 20 (`workbench-1-replica`: one
replica on every core) are both loaded in this process, and each round runs the
seeded 48-sentence workload and the 30-piece latency probe (twice) on one, then
the other, through the product's pipeline (benchmarks.translate.WorkbenchRunner,
output length forced). Per trial, the share of the machine other processes took
is measured (benchmarks.noise); the best trial and the best clean one (others <=
10%) are printed. Nothing is asserted; RESULTS.md keeps the numbers.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time

from benchmarks.noise import NOISY_SHARE, between, sample


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.replicas_ab", description=__doc__)
    parser.add_argument("--rounds", type=int, default=4)
    args = parser.parse_args(argv)

    from tokenizers import Tokenizer

    from benchmarks.standin import standin_model_dir
    from benchmarks.translate import (
        QUICK_SENTENCES,
        WorkbenchRunner,
        ct2_model_dir,
        product_choice,
        product_environment,
    )
    from benchmarks.workload import make_workload

    product_environment()
    ct2_model_dir()
    product_choice(standin_model_dir()).load(target="ru").close()  # convert, untimed
    tokenizer = Tokenizer.from_file(str(standin_model_dir() / "tokenizer.json"))
    workload = make_workload(tokenizer, QUICK_SENTENCES)
    runners = {
        "workbench (shipped)": WorkbenchRunner(standin_model_dir()),
        "workbench-1-replica": WorkbenchRunner(standin_model_dir(), replicas=1),
    }
    for runner in runners.values():
        runner.translate(workload.sentences[:2])  # warm-up
    trials: dict[tuple[str, str], list[tuple[float, float]]] = {}
    kinds = (("batch", workload.sentences), ("single", [workload.latency_sentence]))
    for _ in range(args.rounds):
        for name, runner in runners.items():
            for kind, texts in (*kinds, kinds[1]):
                before = sample()
                start = time.perf_counter()
                runner.translate(texts)
                seconds = time.perf_counter() - start
                share = between(before, sample()).share  # this process's threads are own
                trials.setdefault((name, kind), []).append((seconds, share))
    n = len(workload.sentences)
    for (name, kind), got in trials.items():
        seconds = [s for s, _ in got]
        clean = [s for s, share in got if share <= NOISY_SHARE]

        def shown(s: float, kind: str = kind) -> str:
            return f"{n / s:.2f} sent/s" if kind == "batch" else f"{s:.2f} s"

        middle = statistics.median(seconds)
        print(
            f"{name:<21}{kind:<7} best {shown(min(seconds))}, median {shown(middle)}"
            f", clean {len(clean)}/{len(got)}"
            + (f", best clean {shown(min(clean))}" if clean else "")
        )
    for runner in runners.values():
        runner.engine.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
