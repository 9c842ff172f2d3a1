"""Where one sentence's time goes, interleaved in one process, wall and CPU time.

    python -m benchmarks.latency_parts [--rounds N]

The 30-piece latency probe (benchmarks.workload) on the product's engine, loaded
as the `workbench` row loads it (two replicas, one thread each under MKL), each
round through:

  pipeline           mt.pipeline.translate_texts (LATENCY work), what the harness times
  engine             CT2Engine.translate(..., Work.LATENCY)
  direct             the engine's own Translator call (scores and attention asked)
  no-attention       the same without return_attention
  no-scores          without return_scores and return_attention
  russian-shortlist  a second Translator on the same weights whose vocabulary map
                     leaves out the pieces with Kyrgyz letters (ң ө ү): what a
                     per-language shortlist for a Russian target would save

Per case: best and median wall time, clean trials (others took at most 10% of the
machine), and the process's CPU time (one replica, one thread: on a quiet machine
about the wall time, and much less disturbed by other jobs). Nothing asserted.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.noise import NOISY_SHARE, between, sample

KYRGYZ = "ңөүҢӨҮ"


def russian_variant(cyrillic: Path) -> Path:
    """A model folder sharing `cyrillic`'s files, whose vmap has no Kyrgyz letters."""
    folder = Path(tempfile.mkdtemp(prefix="shortlist-ru-"))
    for item in cyrillic.iterdir():
        if item.name != "vmap.txt":
            (folder / item.name).symlink_to(item)
    tokens = (cyrillic / "vmap.txt").read_text(encoding="utf-8").partition("\t")[2].split()
    kept = [t for t in tokens if not any(ch in KYRGYZ for ch in t)]
    (folder / "vmap.txt").write_text("\t" + " ".join(kept) + "\n", encoding="utf-8")
    print(f"shortlist: {len(tokens)} tokens; without Kyrgyz letters {len(kept)}")
    return folder


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.latency_parts", description=__doc__)
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args(argv)

    import ctranslate2
    from tokenizers import Tokenizer

    from benchmarks.standin import standin_model_dir
    from benchmarks.translate import WorkbenchRunner, product_choice, product_environment
    from benchmarks.workload import make_workload
    from workbench.mt.convert import variant_dir
    from workbench.mt.engine import Work

    product_environment()
    product_choice(standin_model_dir()).load(target="ru").close()  # convert, untimed
    probe = make_workload(
        Tokenizer.from_file(str(standin_model_dir() / "tokenizer.json")), 1
    ).latency_sentence
    runner = WorkbenchRunner(standin_model_dir())
    engine = runner.engine
    source = engine.source_tokens(probe, "ky")
    steps = len(source) - 2 + 1  # output forced to the input's pieces + the language token
    russian = ctranslate2.Translator(
        str(russian_variant(variant_dir(engine.ct2_dir, "Cyrl"))),
        device="cpu",
        compute_type=engine.compute_type,
        inter_threads=engine.replicas,
        intra_threads=engine.threads,
    )

    def direct(translator, scores: bool = True, attention: bool = True):
        return translator.translate_batch(
            [source],
            target_prefix=[["rus_Cyrl"]],
            beam_size=1,
            max_decoding_length=steps,
            min_decoding_length=steps,
            use_vmap=True,
            return_scores=scores,
            return_end_token=True,
            return_attention=attention,
        )

    cases = {
        "pipeline": lambda: runner.translate([probe]),
        "engine": lambda: engine.translate([probe], "ky", "ru", runner.generation, Work.LATENCY),
        "direct": lambda: direct(engine._translator),
        "no-attention": lambda: direct(engine._translator, attention=False),
        "no-scores": lambda: direct(engine._translator, scores=False, attention=False),
        "russian-shortlist": lambda: direct(russian),
    }
    for case in cases.values():  # warm-up
        case()
    trials: dict[str, list[tuple[float, float, bool]]] = {name: [] for name in cases}
    for _ in range(args.rounds):
        for name, case in cases.items():
            before, cpu = sample(), time.process_time()
            start = time.perf_counter()
            case()
            wall = time.perf_counter() - start
            used = time.process_time() - cpu
            trials[name].append((wall, used, between(before, sample()).share <= NOISY_SHARE))
    print(f"{'case':<19}{'wall best':>10}{'median':>8}{'clean':>7}{'cpu best':>10}{'median':>8}")
    for name, got in trials.items():
        walls = [w for w, _, _ in got]
        cpus = [c for _, c, _ in got]
        clean = sum(ok for _, _, ok in got)
        print(
            f"{name:<19}{min(walls):>10.3f}{statistics.median(walls):>8.3f}"
            f"{clean:>4}/{len(got):<2}{min(cpus):>10.3f}{statistics.median(cpus):>8.3f}"
        )
    print(f"load average {os.getloadavg()[0]:.1f}")
    engine.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
