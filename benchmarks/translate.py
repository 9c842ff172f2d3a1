"""Translation speed and memory, engine by engine, on NLLB-600M's architecture.

    python -m benchmarks.translate [--quick] [--only NAME[,NAME...]]

Builds (once, cached in ~/.cache/kyrgyz-workbench-bench or $WORKBENCH_BENCH_CACHE)
a random-weight model of NLLB-200-distilled-600M's exact architecture and its
CTranslate2 int8 conversion, then runs each engine in its own subprocess, one
after another, on the same seeded workload (benchmarks.workload), so each row's
peak RSS is that engine's alone. Output lengths are forced (min = max new
tokens); a batch decodes as long as its longest row, as transformers'
generate() does. Rows:

  transformers-fp32-naive   one sentence at a time (a small stratified sample)
  transformers-fp32         batches of 16 in input order
  transformers-bf16         the same in bfloat16
  transformers-int8-dynamic torch dynamic int8 quantization of the Linear layers
  ct2-int8-plain            CTranslate2 int8 used directly at its defaults (one replica,
                            intra_threads = cores), batches of 16 in input order, no
                            shortlist (since 2026-11-30 15:00 not through the workbench's
                            engine, whose settings must not move the baseline)
  ct2-int8-sorted           the same with the workload sorted by length (the sorting's share)
  workbench                 exactly what the product runs, with its shipped defaults:
                            the engine loaded as `workbench translate` loads it
                            (cli.model_options.engine_config over default settings:
                            engine auto, device auto, threads, beam) and
                            mt.pipeline.translate_texts with the pipeline's
                            default batch sizes, as the GUI, the CLI and batch call it
  workbench-32x4096         the same engine, engine calls of at most 4096 padded
                            tokens / 32 rows (the pipeline's limits before the engine
                            stated its own, issue 20's third round: 8192 / 64), so
                            that change is judged in one run
  workbench-1-replica       the product's pipeline and engine with one CTranslate2
                            replica on every core (the engine's settings before
                            2026-11-30 15:00), so the two-replica default is judged
                            in one run

Both workbench rows run without the MT cache (it would make the repeated
latency probe free); everything else is the product's code.

Per row: sentences/s and output tokens/s over the workload, p50 latency of one
30-token sentence, load time (import + model load), peak RSS, and the share of
the machine other processes took while the row ran (benchmarks.noise); a row
where others took more than 10% marks the run noisy. The last line is
`ratios: best vs transformers-fp32-naive X, vs ct2-int8-plain Y`, where "best"
is the `workbench` row (the product at its shipped defaults). No assertion on
speed: this prints numbers, benchmarks/RESULTS.md keeps them (clean runs as
the headline).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.noise import NOISY_SHARE, Noise, between, sample
from benchmarks.standin import bench_cache_dir, standin_model_dir
from benchmarks.workload import Workload, make_workload, output_length

ROWS = (
    "transformers-fp32-naive",
    "transformers-fp32",
    "transformers-bf16",
    "transformers-int8-dynamic",
    "ct2-int8-plain",
    "ct2-int8-sorted",
    "workbench",
    "workbench-32x4096",
    "workbench-1-replica",
)
BASELINE_NAIVE, BASELINE_CT2, BEST = ROWS[0], "ct2-int8-plain", "workbench"
SRC, TGT = "ky", "ru"  # a Cyrillic target: the shortlist is the Cyrillic one
PLAIN_BATCH = 16
# workbench-32x4096: the pipeline options it overrides (padded tokens, rows per call).
TUNED_OPTIONS = {"workbench-32x4096": {"batch_tokens": 4096, "max_batch": 32}}
FULL_SENTENCES, QUICK_SENTENCES = 64, 48  # quick: same length mix, several batches


def ct2_model_dir() -> Path:
    from workbench.mt.convert import convert_model

    return convert_model(
        standin_model_dir(), "nllb-600m-standin", "v1", "int8", root=bench_cache_dir() / "ct2"
    )


def peak_rss_mb() -> float:
    """This process's peak resident memory since it started."""
    # VmHWM starts afresh at exec; ru_maxrss on Linux can carry the parent's peak
    # over fork+exec, which made every child look as big as the parent.
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux, bytes on macOS
    return peak / 1024 if sys.platform != "darwin" else peak / 2**20


# ----------------------------------------------------------------- the engines


class HFRunner:
    """transformers generate() with the output length forced per batch."""

    def __init__(self, variant: str, threads: int) -> None:
        import torch
        from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

        torch.set_num_threads(threads)
        path = standin_model_dir()
        self.tokenizer = AutoTokenizer.from_pretrained(path, src_lang="kir_Cyrl")
        model = AutoModelForSeq2SeqLM.from_pretrained(path, dtype=torch.float32).eval()
        if variant == "bf16":
            model = model.to(torch.bfloat16)
        elif variant == "int8-dynamic":
            from torch.ao.quantization import quantize_dynamic

            model = quantize_dynamic(model, {torch.nn.Linear}, dtype=torch.qint8)
        model.generation_config.max_length = None
        self.model = model
        self.tgt_id = self.tokenizer.convert_tokens_to_ids("rus_Cyrl")

    def translate(self, sentences: list[str]) -> None:
        import torch

        enc = self.tokenizer(sentences, return_tensors="pt", padding=True)
        longest = int(enc["attention_mask"].sum(dim=1).max()) - 2
        new = output_length(longest) + 1  # + the forced language token
        with torch.inference_mode():
            self.model.generate(
                **enc,
                forced_bos_token_id=self.tgt_id,
                num_beams=1,
                do_sample=False,
                min_new_tokens=new,
                max_new_tokens=new,
            )


class CT2PlainRunner:
    """CTranslate2 int8 used directly, as its documentation shows it: the model's
    tokenizer, one Translator at CTranslate2's defaults (one replica on every core),
    batches of 16, no shortlist. Nothing of the workbench's engine, so that a change
    of the product's settings cannot move the baseline."""

    def __init__(self, threads: int) -> None:
        import ctranslate2
        from tokenizers import Tokenizer

        path = ct2_model_dir()
        self.translator = ctranslate2.Translator(
            str(path), device="cpu", compute_type="int8", intra_threads=threads
        )
        self.tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))

    def translate(self, sentences: list[str]) -> None:
        sources = [
            ["kir_Cyrl", *self.tokenizer.encode(s, add_special_tokens=False).tokens, "</s>"]
            for s in sentences
        ]
        new = output_length(max(len(s) for s in sources) - 2) + 1  # + the language token
        results = self.translator.translate_batch(
            sources,
            target_prefix=[["rus_Cyrl"]] * len(sources),
            beam_size=1,
            min_decoding_length=new,
            max_decoding_length=new,
        )
        for result in results:
            ids = [self.tokenizer.token_to_id(t) for t in result.hypotheses[0][1:]]
            self.tokenizer.decode([i for i in ids if i is not None])


def product_choice(model: Path):
    """The model choice `workbench translate --model MODEL` makes over the user's
    settings (the harness points the settings at an empty folder: the defaults)."""
    import argparse

    from workbench.cli.model_options import engine_config

    return engine_config(argparse.Namespace(model=str(model), device=None, engine=None, beam=None))


class WorkbenchRunner:
    """The product's path: its engine loading and its pipeline, at its defaults
    unless `options` overrides pipeline arguments (the tuned comparison row) or
    `replicas` the engine's CTranslate2 replicas (loaded from the product's own
    conversion, as its loader would)."""

    def __init__(self, model: Path, options: dict | None = None, replicas: int = 0) -> None:
        choice = product_choice(model)
        if replicas:
            from workbench.mt.convert import convert_model
            from workbench.mt.ct2_engine import CT2Engine
            from workbench.mt.models import resolve_model

            found = resolve_model(str(model))
            ct2_dir = convert_model(found.path, found.model_id, found.revision, "int8")
            self.engine = CT2Engine(
                ct2_dir,
                model_id=found.model_id,
                revision=found.revision,
                device="cpu",
                target=TGT,
                replicas=replicas,
            )
        else:
            self.engine = choice.load(target=TGT)
        self.generation = choice.generation()
        self.options = dict(options or {})
        # The stand-in has random weights: force the output length (see the docstring).
        self.engine.forced_output_length = output_length

    def translate(self, sentences: list[str]) -> None:
        from workbench.mt.pipeline import translate_texts

        results = translate_texts(
            sentences, SRC, TGT, self.engine, self.generation, cache=None, **self.options
        )
        assert len(results) == len(sentences)


def run_child(name: str, workload: Workload, quick: bool, threads: int) -> dict:
    """Measure one engine in this (fresh) process."""
    start = time.perf_counter()
    if name.startswith("transformers"):
        variant = name.removeprefix("transformers-").removesuffix("-naive")
        runner = HFRunner(variant, threads)
    elif name.startswith(BEST):
        replicas = 1 if name == "workbench-1-replica" else 0
        runner = WorkbenchRunner(standin_model_dir(), TUNED_OPTIONS.get(name), replicas)
    else:
        runner = CT2PlainRunner(threads)
    load_s = time.perf_counter() - start
    runner.translate([workload.sentences[0]])  # warm-up

    sentences, pieces = workload.sentences, workload.pieces
    if name == BASELINE_NAIVE:
        # About 0.2 sentences/s: a sample spread evenly over the length-sorted
        # workload, so its length mix is the workload's.
        k = 2 if quick else 6
        order = sorted(range(len(sentences)), key=lambda i: pieces[i])
        picked = [order[round((j + 0.5) * len(order) / k)] for j in range(k)]
        sentences = [sentences[i] for i in picked]
        pieces = [pieces[i] for i in picked]
    elif name == "ct2-int8-sorted":
        order = sorted(range(len(sentences)), key=lambda i: pieces[i])
        sentences = [sentences[i] for i in order]
        pieces = [pieces[i] for i in order]

    start = time.perf_counter()
    if name == BASELINE_NAIVE:
        for sentence in sentences:
            runner.translate([sentence])
    elif name.startswith(BEST):
        runner.translate(sentences)
    else:
        for i in range(0, len(sentences), PLAIN_BATCH):
            runner.translate(sentences[i : i + PLAIN_BATCH])
    elapsed = time.perf_counter() - start

    latencies = []
    reps = (1 if quick else 3) if name == BASELINE_NAIVE else (3 if quick else 5)
    for _ in range(reps):
        t = time.perf_counter()
        runner.translate([workload.latency_sentence])
        latencies.append(time.perf_counter() - t)
    extra = {}
    if name.startswith(BEST):
        extra["shortlist"] = getattr(runner.engine, "shortlist_sizes", {}).get("Cyrl", 0)
        extra["engine"] = runner.engine.name
    return {
        "name": name,
        "sentences": len(sentences),
        "seconds": elapsed,
        "sent_per_s": len(sentences) / elapsed,
        "tok_per_s": sum(output_length(n) for n in pieces) / elapsed,
        "latency_p50": statistics.median(latencies),
        "load_s": load_s,
        "peak_rss_mb": peak_rss_mb(),
        **extra,
    }


# ------------------------------------------------------------------ the parent


def workload_size(quick: bool, sentences: int | None = None) -> int:
    """Sentences in the run: the first n of the one seeded sequence, so a quick run has
    the full run's length mix; 48 fill several pipeline batches, so sorting shows."""
    return sentences or (QUICK_SENTENCES if quick else FULL_SENTENCES)


def product_environment() -> None:
    """Settings at their defaults (an empty settings folder) and a persistent cache for
    the product's own conversion; the rows' subprocesses inherit both."""
    os.environ["WORKBENCH_CONFIG_DIR"] = tempfile.mkdtemp(prefix="bench-settings-")
    os.environ["WORKBENCH_CACHE_DIR"] = str(bench_cache_dir() / "workbench-cache")
    os.environ.pop("WORKBENCH_MODEL", None)


def noise_line(noise: dict[str, Noise]) -> str:
    """One line: whether other processes disturbed any row (the run is then noisy)."""
    if not noise:
        return "noise: no row ran"
    worst = max(noise, key=lambda name: noise[name].share)
    verdict = "NOISY" if any(n.noisy for n in noise.values()) else "clean"
    return (
        f"noise: {verdict} run; other processes took at most {noise[worst].share:.0%} of the "
        f"machine during a row ({worst}; limit {NOISY_SHARE:.0%})"
    )


def machine() -> str:
    flags: set[str] = set()
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("flags"):
                flags.update(line.split(":", 1)[1].split())
            elif line.startswith("model name") and not model:
                model = line.split(":", 1)[1].strip()
    except OSError:
        pass
    wanted = ("avx2", "avx512f", "avx512_vnni", "avx512_bf16", "amx_bf16", "amx_int8")
    from workbench.mt.hardware import physical_cores

    return (
        f"{model or 'unknown CPU'}, {physical_cores()} physical cores "
        f"({os.cpu_count()} logical), flags: {' '.join(f for f in wanted if f in flags) or '-'}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.translate", description=__doc__)
    parser.add_argument(
        "--quick", action="store_true", help=f"a shorter run ({QUICK_SENTENCES} sentences)"
    )
    parser.add_argument("--only", help="comma-separated rows to run")
    parser.add_argument(
        "--sentences",
        type=int,
        help=f"workload size (default {FULL_SENTENCES}, quick {QUICK_SENTENCES})",
    )
    parser.add_argument("--threads", type=int, default=0, help="0 = physical cores")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    from tokenizers import Tokenizer

    from workbench.mt.hardware import physical_cores

    threads = args.threads or physical_cores()
    n = workload_size(args.quick, args.sentences)
    tokenizer = Tokenizer.from_file(str(standin_model_dir() / "tokenizer.json"))
    workload = make_workload(tokenizer, n)
    del tokenizer
    if args.child:
        result = run_child(args.child, workload, args.quick, threads)
        Path(args.out).write_text(json.dumps(result), encoding="utf-8")
        return 0

    rows = [r.strip() for r in args.only.split(",")] if args.only else list(ROWS)
    unknown = set(rows) - set(ROWS)
    if unknown:
        parser.error(f"unknown rows {sorted(unknown)}; known: {', '.join(ROWS)}")
    product_environment()
    ct2_model_dir()  # convert once, before any timing
    if any(r.startswith(BEST) for r in rows):
        # The product converts on first use into its own cache: do that now, untimed.
        product_choice(standin_model_dir()).load(target=TGT).close()
    print(f"machine: {machine()}; threads {threads}")
    print(
        f"workload: {n} sentences {SRC}->{TGT}, {min(workload.pieces)}-{max(workload.pieces)} "
        f"pieces (mean {sum(workload.pieces) / n:.1f}), output forced to the input length"
    )
    header = (
        f"{'engine':<27}{'sent/s':>8}{'out tok/s':>11}{'p50 30-tok':>12}"
        f"{'load s':>8}{'peak RSS':>10}{'n':>5}{'others':>8}"
    )
    print(header)
    results: dict[str, dict] = {}
    noise: dict[str, Noise] = {}
    for name in rows:
        with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as tmp:
            out = Path(tmp.name)
        cmd = [sys.executable, "-m", "benchmarks.translate", "--child", name, "--out", str(out)]
        cmd += ["--sentences", str(n), "--threads", str(threads)] + (
            ["--quick"] if args.quick else []
        )
        before = sample()
        proc = subprocess.run(cmd, capture_output=True, text=True)
        noise[name] = between(before, sample())  # the child is reaped: its CPU is own
        if proc.returncode != 0:
            last = (proc.stderr.strip().splitlines() or ["no output"])[-1]
            print(f"{name:<27}failed: {last}")
            continue
        r = results[name] = json.loads(out.read_text(encoding="utf-8"))
        out.unlink()
        note = f"  {r['engine']}, shortlist {r['shortlist']} tokens" if "engine" in r else ""
        print(
            f"{name:<27}{r['sent_per_s']:>8.2f}{r['tok_per_s']:>11.1f}{r['latency_p50']:>11.2f}s"
            f"{r['load_s']:>8.1f}{r['peak_rss_mb']:>8.0f}MB{r['sentences']:>5}"
            f"{noise[name].share:>7.0%}{note}",
            flush=True,
        )
    print(noise_line(noise))
    best = results.get(BEST, {}).get("sent_per_s")
    naive = results.get(BASELINE_NAIVE, {}).get("sent_per_s")
    plain = results.get(BASELINE_CT2, {}).get("sent_per_s")
    x = f"{best / naive:.2f}" if best and naive else "n/a"
    y = f"{best / plain:.2f}" if best and plain else "n/a"
    print(f"ratios: best vs transformers-fp32-naive {x}, vs ct2-int8-plain {y}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
