"""Interactive MT on NLLB-600M's architecture: completion latency, its profile, look-ahead.

    python -m benchmarks.completion [--quick] [--only latency,profile,lookahead]

Runs the workbench's own path (workbench.mt.completion.complete_target over the
CTranslate2 int8 engine with the Cyrillic shortlist, ky->ru) on the random-weight
stand-in that benchmarks.translate builds and caches. Random weights would stop
anywhere, so every continuation is forced to its full token budget (the
engine's benchmark-only forced_output_length), and translations to the input's
length: the work per request is the real model's worst case.

latency    request -> Completion for typed prefixes of 0, 5, 10 and 20 tokens
           (whole words), up to 8 new tokens, one per workload sentence; p50/p95.
           Also 10 tokens ending in a half-typed word (two prefixes, 8 first tokens).
profile    the same calls taken apart on the CTranslate2 translator: encoder and
           one step, the forced prefix (token by token, and in one pass as
           return_alternatives does it), each new token, the alternatives' width.
lookahead  a translator who moves to the next segment every 5 s through 200
           segments and asks for a completion 1, 2, 3 and 4 s after arriving.
           One worker runs one job at a time, highest priority first
           (completion > the current segment > look-ahead of the next 3 without MT),
           a newer completion drops a queued older one, and look-ahead not yet
           started is dropped when the translator moves past it. Every job runs
           the engine for real and takes as long as it took; only the idle time
           between the translator's actions is skipped (a virtual clock), so the
           run takes the engine's busy time instead of 1,000 s.

Prints numbers only (no assertions); benchmarks/RESULTS.md keeps them.
"""

from __future__ import annotations

import argparse
import heapq
import itertools
import os
import random
import statistics
import time
from dataclasses import dataclass, field

from benchmarks.standin import bench_cache_dir, standin_model_dir
from benchmarks.workload import _sentence, _words, make_workload, output_length

SRC, TGT = "ky", "ru"
PREFIX_TOKENS = (0, 5, 10, 20)
NEW_TOKENS = 8
DWELL_S = 5.0
TYPING_AT_S = (1.0, 2.0, 3.0, 4.0)
LOOKAHEAD = 3


def load_engine(threads: int):
    from workbench.mt.ct2_engine import load_ct2_engine

    engine = load_ct2_engine(
        standin_model_dir(),
        "nllb-600m-standin",
        "v1",
        device="cpu",
        threads=threads,
        root=bench_cache_dir() / "ct2",
        target=TGT,
    )
    engine.forced_output_length = output_length
    return engine


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def typed_prefix(tokenizer, words, rng: random.Random, n: int) -> str:
    """Whole Cyrillic words of about n target pieces, ending in a space."""
    if n == 0:
        return ""
    text, _ = _sentence(tokenizer, words, rng, n)
    return text + " "


def count_pieces(tokenizer, text: str) -> int:
    return len(tokenizer.encode(text, add_special_tokens=False).tokens) if text.strip() else 0


# ------------------------------------------------------------------- latency
def bench_latency(engine, tokenizer, sentences: list[str], requests: int) -> None:
    """Rows are interleaved request by request, so the load of a shared machine
    falls on every row alike; the minimum is the closest to an idle machine."""
    from workbench.mt.completion import complete_target

    words = _words(tokenizer)
    rng = random.Random(16)
    for s in sentences[:3]:  # warm-up
        complete_target(engine, s, SRC, TGT, "", max_new_tokens=NEW_TOKENS)
    rows = [(f"{n} tokens", n, False) for n in PREFIX_TOKENS] + [("10 + half word", 10, True)]
    times: dict[str, list[float]] = {label: [] for label, _, _ in rows}
    pieces: dict[str, list[int]] = {label: [] for label, _, _ in rows}
    for i in range(requests):
        source = sentences[i % len(sentences)]
        for label, n, half in rows:
            typed = typed_prefix(tokenizer, words, rng, n)
            if half:
                typed += rng.choice(words)[:2]
            pieces[label].append(count_pieces(tokenizer, typed))
            start = time.perf_counter()
            complete_target(engine, source, SRC, TGT, typed, max_new_tokens=NEW_TOKENS)
            times[label].append(time.perf_counter() - start)
    print(f"\ncompletion latency, up to {NEW_TOKENS} new tokens, {requests} requests per row")
    print(f"{'prefix':<22}{'pieces':>7}{'p50 ms':>9}{'p95 ms':>9}{'min ms':>9}")
    for label, _, _ in rows:
        t = times[label]
        print(
            f"{label:<22}{statistics.mean(pieces[label]):>7.1f}{pct(t, 0.5) * 1000:>9.0f}"
            f"{pct(t, 0.95) * 1000:>9.0f}{min(t) * 1000:>9.0f}",
            flush=True,
        )


# ------------------------------------------------------------------- profile
def bench_profile(engine, tokenizer, sentences: list[str], reps: int) -> None:
    """Differences of CTranslate2 calls on the same sources, variants interleaved
    call by call; the minimum over the reps is the estimate least hit by other load."""
    from workbench.core.languages import get_language

    words = _words(tokenizer)
    rng = random.Random(17)
    sources = [engine.source_tokens(s, SRC) for s in sentences[:reps]]
    prefixes = {
        n: [engine._target_pieces(typed_prefix(tokenizer, words, rng, n))[:n] for _ in sources]
        for n in PREFIX_TOKENS
    }
    src_len = statistics.mean(len(s) for s in sources)
    tgt = get_language(TGT).nllb
    engine._load(engine._script_for(TGT))
    translator = engine._translator

    def call(source, prefix, new: int, width: int = 1, vmap: bool = True, one=False) -> float:
        length = 1 + len(prefix) + new
        start = time.perf_counter()
        translator.translate_batch(
            [source],
            target_prefix=[[tgt, *prefix]],
            beam_size=1,
            num_hypotheses=width,
            return_alternatives=width > 1 or one,
            length_penalty=0,
            max_decoding_length=length,
            min_decoding_length=length,
            use_vmap=vmap,
            return_scores=True,
        )
        return (time.perf_counter() - start) * 1000

    variants = {f"{n}/1": (n, 1, 1, True) for n in PREFIX_TOKENS}
    variants |= {f"{n}/{NEW_TOKENS}": (n, NEW_TOKENS, 1, True) for n in PREFIX_TOKENS}
    variants |= {"10/4": (10, 4, 1, True), "10/8 wide": (10, NEW_TOKENS, 8, True)}
    variants |= {"10/8 full": (10, NEW_TOKENS, 1, False)}
    # return_alternatives (what the engine uses unless a sentence may end): the
    # forced prefix in one decoder pass instead of token by token.
    variants |= {f"{n}/{NEW_TOKENS} one pass": (n, NEW_TOKENS, 1, True) for n in PREFIX_TOKENS}
    times: dict[str, list[float]] = {key: [] for key in variants}
    for i, source in enumerate(sources):
        for key, (n, new, width, vmap) in variants.items():
            one = key.endswith("one pass")
            times[key].append(call(source, prefixes[n][i], new, width, vmap, one))
    best = {key: min(t) for key, t in times.items()}
    med = {key: statistics.median(t) for key, t in times.items()}
    one = {n: best[f"{n}/1"] for n in PREFIX_TOKENS}
    eight = {n: best[f"{n}/{NEW_TOKENS}"] for n in PREFIX_TOKENS}
    per_token = statistics.mean((eight[n] - one[n]) / (NEW_TOKENS - 1) for n in PREFIX_TOKENS)
    encoder = one[0] - per_token
    print(f"\nprofile (CTranslate2 int8, shortlist, source {src_len:.0f} pieces; min of {reps} ms)")
    print(f"  encoder + first step, no prefix: {one[0]:.0f}; one more new token: {per_token:.1f}")
    print(f"  so the encoder (and the call's overhead) is about {encoder:.0f}")
    for n in PREFIX_TOKENS[1:]:
        extra = one[n] - one[0]
        print(f"  forced prefix of {n:>2} tokens: +{extra:.0f} ({extra / n:.1f} per token)")
    for n in PREFIX_TOKENS:
        new = eight[n] - one[n] + per_token
        print(
            f"  prefix {n:>2} + {NEW_TOKENS} new = {eight[n]:.0f} (median {med[f'{n}/8']:.0f}): "
            f"encoder {encoder:.0f}, prefix {one[n] - one[0]:.0f}, new tokens {new:.0f}"
        )
    print("  the same with the prefix in one pass (return_alternatives, the engine's default):")
    for n in PREFIX_TOKENS:
        key = f"{n}/{NEW_TOKENS} one pass"
        print(
            f"  prefix {n:>2} + {NEW_TOKENS} new = {best[key]:.0f} (median {med[key]:.0f}): "
            f"prefix {best[key] - eight[0]:+.0f} over no prefix"
        )
    for key, text in (
        ("10/4", "prefix 10 + 4 new"),
        ("10/8 wide", "prefix 10 + 8 new, 8 alternatives (a half word)"),
        ("10/8 full", "prefix 10 + 8 new without the shortlist"),
    ):
        print(f"  {text}: {best[key]:.0f} (median {med[key]:.0f})")


# ----------------------------------------------------------------- look-ahead
COMPLETE, CURRENT, AHEAD = 0, 1, 2


@dataclass(order=True)
class Job:
    priority: int
    seq: int
    kind: str = field(compare=False)
    segment: int = field(compare=False)
    asked: float = field(compare=False)
    typed: str = field(compare=False, default="")


def bench_lookahead(engine, sentences: list[str]) -> None:
    from workbench.mt.completion import complete_target
    from workbench.mt.engine import GenerationSettings

    n = len(sentences)
    events: list[tuple[float, str, int, str]] = []
    for i, sentence in enumerate(sentences):
        events.append((i * DWELL_S, "arrive", i, ""))
        words = sentence.split()
        for r, at in enumerate(TYPING_AT_S, start=1):
            typed = " ".join(words[: max(1, r * len(words) // (len(TYPING_AT_S) + 1))]) + " "
            events.append((i * DWELL_S + at, "type", i, typed))
    events.sort(key=lambda e: (e[0], e[1] != "arrive"))
    seq = itertools.count()
    queue: list[Job] = []
    ready_at: dict[int, float] = {}  # segment -> when its MT was stored
    pending: set[int] = set()  # segments queued or running
    current = -1
    hits = 0
    waits: list[float] = []  # arrival -> MT shown, when it was not ready
    completion_latency: list[float] = []
    completion_wait: list[float] = []
    dropped = {"completion": 0, "ahead": 0}
    busy = 0.0

    def enqueue(priority: int, kind: str, segment: int, t: float, typed: str = "") -> None:
        heapq.heappush(queue, Job(priority, next(seq), kind, segment, t, typed))

    def handle(t: float, kind: str, i: int, typed: str) -> None:
        nonlocal current, hits
        if kind == "arrive":
            current = i
            if i in ready_at and ready_at[i] <= t:
                hits += 1
            elif i not in pending:
                enqueue(CURRENT, "translate", i, t)
                pending.add(i)
            else:  # queued as look-ahead, or running: raise it to the current segment's
                for job in queue:
                    if job.kind == "translate" and job.segment == i:
                        job.priority = CURRENT
                heapq.heapify(queue)
            wanted = [j for j in range(i + 1, n) if j not in ready_at][:LOOKAHEAD]
            for job in list(queue):  # look-ahead the translator has moved past
                if job.priority == AHEAD and job.segment not in wanted:
                    queue.remove(job)
                    pending.discard(job.segment)
                    dropped["ahead"] += 1
            heapq.heapify(queue)
            for j in wanted:
                if j not in pending:
                    enqueue(AHEAD, "translate", j, t)
                    pending.add(j)
        else:
            for job in list(queue):  # superseded by this newer request
                if job.kind == "complete":
                    queue.remove(job)
                    dropped["completion"] += 1
            heapq.heapify(queue)
            enqueue(COMPLETE, "complete", i, t, typed)

    settings = GenerationSettings()
    now, k = 0.0, 0
    arrival_time = {i: i * DWELL_S for i in range(n)}
    while k < len(events) or queue:
        if not queue:
            t, kind, i, typed = events[k]
            k += 1
            now = max(now, t)
            handle(t, kind, i, typed)
            continue
        job = heapq.heappop(queue)
        start = time.perf_counter()
        if job.kind == "translate":
            engine.translate([sentences[job.segment]], SRC, TGT, settings)
        else:
            complete_target(
                engine, sentences[job.segment], SRC, TGT, job.typed, max_new_tokens=NEW_TOKENS
            )
        took = time.perf_counter() - start
        busy += took
        finish = now + took
        while k < len(events) and events[k][0] < finish:  # what happened meanwhile
            handle(*events[k])
            k += 1
        now = finish
        if job.kind == "translate":
            ready_at[job.segment] = finish
            pending.discard(job.segment)
            arrived = arrival_time[job.segment]
            if arrived < finish and current >= job.segment:
                waits.append(finish - arrived)
        else:
            completion_latency.append(finish - job.asked)
            completion_wait.append(finish - job.asked - took)
    arrivals = n
    print(
        f"\nlook-ahead: {n} segments of {min(len(s.split()) for s in sentences)}-"
        f"{max(len(s.split()) for s in sentences)} words, next every {DWELL_S:.0f} s, "
        f"look-ahead {LOOKAHEAD}, completions at {', '.join(f'{a:g}' for a in TYPING_AT_S)} s"
    )
    print(f"  arrivals with MT ready: {hits}/{arrivals} = {hits / arrivals:.1%}")
    if waits:
        print(
            f"  when not ready, MT shown after p50 {pct(waits, 0.5):.2f} s, max {max(waits):.2f} s"
        )
    print(
        f"  completions served: {len(completion_latency)} "
        f"(dropped as superseded before they ran: {dropped['completion']}); "
        f"latency p50 {pct(completion_latency, 0.5) * 1000:.0f} ms, "
        f"p95 {pct(completion_latency, 0.95) * 1000:.0f} ms, "
        f"of which waiting behind a running job p50 {pct(completion_wait, 0.5) * 1000:.0f} ms, "
        f"p95 {pct(completion_wait, 0.95) * 1000:.0f} ms"
    )
    print(
        f"  look-ahead dropped when passed: {dropped['ahead']}; engine busy {busy:.0f} s "
        f"of {n * DWELL_S:.0f} s simulated ({busy / (n * DWELL_S):.0%})"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.completion", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer requests and segments")
    parser.add_argument("--only", help="comma-separated: latency, profile, lookahead")
    parser.add_argument("--segments", type=int, help="look-ahead segments (default 200)")
    parser.add_argument("--threads", type=int, default=0, help="0 = physical cores")
    args = parser.parse_args(argv)

    from tokenizers import Tokenizer

    from benchmarks.translate import machine
    from workbench.mt.hardware import physical_cores

    parts = args.only.split(",") if args.only else ["latency", "profile", "lookahead"]
    threads = args.threads or physical_cores()
    tokenizer = Tokenizer.from_file(str(standin_model_dir() / "tokenizer.json"))
    segments = args.segments or (40 if args.quick else 200)
    workload = make_workload(tokenizer, max(segments, 40))
    engine = load_engine(threads)
    print(f"machine: {machine()}; threads {threads}; load average {os.getloadavg()[0]:.1f}")
    print(
        f"sources: {len(workload.sentences)} sentences of {min(workload.pieces)}-"
        f"{max(workload.pieces)} pieces (median {statistics.median(workload.pieces):.0f}); "
        f"shortlist {engine.shortlist_sizes.get('Cyrl', 0)} tokens"
    )
    if "latency" in parts:
        bench_latency(engine, tokenizer, workload.sentences, 10 if args.quick else 40)
    if "profile" in parts:
        bench_profile(engine, tokenizer, workload.sentences, 5 if args.quick else 15)
    if "lookahead" in parts:
        bench_lookahead(engine, workload.sentences[:segments])
    print(f"load average at the end {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
