"""Term recognition and a full QA run over a 20,000-segment project (goal: under 2 s).

    python -m benchmarks.terms_qa [--segments N] [--entries N] [--keep DIR]

Builds a Kyrgyz -> Russian project once in a temporary folder (seeded): a termbase of
real government terms plus synthetic Kyrgyz-like stems (2,000 entries by default),
and segments of 12-20 words in which terms appear inflected by the workbench's own
suffix rules (plural, possessive, case chains), with Russian targets that carry the
target terms inflected by pymorphy3, some of them missing, with changed numbers or
punctuation. Then, in fresh processes (cold caches, as after opening the project):

  recognition  every source searched for terms (TermMatcher.find)
  qa           the whole project checked: read segments, termbase, memory,
               every check, consistency, ignored warnings (app.qa.qa_project), in one
               process from the imports on; then the same run again in that process
               (the editor's next QA report);
  first report the editor's first QA report: a fresh process that has imported and
               built the QA context as the editor does on opening (for the first
               segment's underlines), timed from the report's start;
  cli          `workbench qa`'s run in a fresh process, from the imports on: a forked
               child checks a share (core/qa_run.py); wall time and both processes' CPU

and in the building process, the cost of the QA check the store runs on each target
change (what one saved keystroke pays). Prints the figures; RESULTS.md has a run.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SEED = 15
REAL = [
    ("Жогорку Кеңеш", "Жогорку Кенеш"),
    ("министрлик", "министерство"),
    ("өкмөт", "правительство"),
    ("мыйзам", "закон"),
    ("аким", "аким"),
    ("мектеп", "школа"),
    ("шаар", "город"),
    ("өлкө", "страна"),
    ("бюджет", "бюджет"),
    ("салык", "налог"),
    ("Кыргыз Республикасы", "Кыргызская Республика"),
    ("депутат", "депутат"),
    ("президент", "президент"),
    ("облус", "область"),
    ("район", "район"),
    ("мугалим", "учитель"),
    ("китепкана", "библиотека"),
    ("жер", "земля"),
    ("суу", "вода"),
    ("тоо", "гора"),
]
RU_NOUNS = [
    "решение", "вопрос", "отчёт", "проект", "программа", "служба", "комиссия", "совет",
    "договор", "порядок", "сведение", "работа", "заседание", "предложение", "граница",
    "население", "дорога", "больница", "завод", "право", "фонд", "пенсия", "выбор", "суд",
]  # fmt: skip
KY_FILLER = (
    "жана менен үчүн боюнча дагы бул ал алар биз жыл күнү иш жаңы чоң жакында "
    "айтты билдирди кабыл алынды өттү болот керек эмес бар жок көп аз ар бир"
).split()
RU_FILLER = (
    "и в на по для это он они мы год день работа новый большой недавно сказал "
    "сообщил принят прошёл будет нужно нет есть много мало каждый"
).split()
SYLLABLES = ["ка", "ты", "ба", "сы", "ле", "ри", "то", "ру", "кө", "мү", "жа", "ды", "ни"]
FINALS = ["к", "п", "т", "р", "н", "л", "ш", "з", "м", ""]


def synthetic_stem(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))) + rng.choice(FINALS)


def build(path: Path, n: int, n_entries: int) -> dict[str, float]:
    import pymorphy3

    from workbench.core.morph.kyrgyz import suffix_chains
    from workbench.core.segment import Status
    from workbench.core.store import NewSegment, Project
    from workbench.core.store_terms import add_term_entries
    from workbench.core.termbase import Term, TermEntry

    rng = random.Random(SEED)
    morph = pymorphy3.MorphAnalyzer()
    pairs = list(REAL)
    seen = {k for k, _ in pairs}
    while len(pairs) < n_entries:
        stem = synthetic_stem(rng)
        if stem not in seen:
            seen.add(stem)
            pairs.append((stem, rng.choice(RU_NOUNS)))
    chains = {k: sorted(suffix_chains(k.split()[-1].lower())) for k, _ in pairs}

    def ru_form(word: str) -> str:
        parsed = morph.parse(word)[0]
        grams = {rng.choice(["nomn", "gent", "datv", "ablt", "loct"]), rng.choice(["sing", "plur"])}
        inflected = parsed.inflect(grams)
        return inflected.word if inflected else word

    sources, targets = [], []
    for _ in range(n):
        chosen = [rng.choice(REAL if rng.random() < 0.5 else pairs) for _ in range(2)]
        ky = rng.sample(KY_FILLER, rng.randint(10, 16))
        ru = rng.sample(RU_FILLER, rng.randint(10, 16))
        for ky_term, ru_term in chosen:
            head, _, last = ky_term.rpartition(" ")
            form = (head + " " if head else "") + last + rng.choice(chains[ky_term][:60])
            ky.insert(rng.randrange(len(ky)), form)
            if rng.random() < 0.85:  # some translations miss the term
                words = ru_term.split()
                words[-1] = ru_form(words[-1])
                ru.insert(rng.randrange(len(ru)), " ".join(words))
        number = rng.randint(2, 2000)
        ky.append(f"{number} сом")
        ru.append(f"{number if rng.random() < 0.95 else number + 1} сомов")
        sources.append(" ".join(ky).capitalize() + ".")
        targets.append(" ".join(ru).capitalize() + ("." if rng.random() < 0.9 else ""))

    timings: dict[str, float] = {}
    with Project.create(path, "ky", "ru") as project:
        entries = [TermEntry({"ky": (Term(k),), "ru": (Term(r),)}) for k, r in pairs]
        add_term_entries(project, entries)
        per_doc = n // 10
        for d in range(10):
            chunk = range(d * per_doc, (d + 1) * per_doc if d < 9 else n)
            segs = [
                NewSegment(i - chunk.start, 0, "", sources[i], "", sources[i], "ky") for i in chunk
            ]
            project.add_document(f"doc{d}.txt", "txt", "utf-8", b"-", segs)
        ids = project.segment_ids()
        start = time.perf_counter()
        with project.transaction():  # one commit: the timing is the checks, not fsync
            for sid, text in zip(ids, targets, strict=True):
                status = Status.CONFIRMED if rng.random() < 0.5 else Status.NEEDS_REVIEW
                project.set_target(sid, text, status=status)
        timings["set_target with checks, ms each"] = (time.perf_counter() - start) / n * 1000
    return timings


RECOGNITION = """
import sys, time
t0 = time.perf_counter()
c0 = time.process_time()
from workbench.core.store import Project
from workbench.core.termbase_files import termbase
from workbench.core.termmatch import TermMatcher
p = Project.open(sys.argv[1], read_only=True)
sources = [s.source for s in p.segments()]
matcher = TermMatcher(termbase(p), "ky")
t1, c1 = time.perf_counter(), time.process_time()
hits = sum(len(matcher.find(s)) for s in sources)
t2, c2 = time.perf_counter(), time.process_time()
print(t1 - t0, t2 - t1, c2 - c1, hits)
"""

QA = """
import sys, time
t0 = time.perf_counter()
c0 = time.process_time()
from workbench.app.qa import qa_project
from workbench.core.store import Project
p = Project.open(sys.argv[1], read_only=True)
warnings = qa_project(p)
t1, c1 = time.perf_counter(), time.process_time()
again = qa_project(p)  # the editor's QA report after the first: context and caches warm
t2, c2 = time.perf_counter(), time.process_time()
assert again == warnings
print(t1 - t0, c1 - c0, len(warnings), len({w.segment for w in warnings}), t2 - t1, c2 - c1)
"""


EDITOR_FIRST = """
import sys, time
from workbench.app.qa import qa_context, qa_project
from workbench.core.store import Project
p = Project.open(sys.argv[1], read_only=True)
ctx = qa_context(p)  # the editor builds it on opening, for the first segment's underlines
ctx.source_terms.find(next(iter(p.segments())).source_plain)
t0, c0 = time.perf_counter(), time.process_time()
warnings = qa_project(p, ctx=ctx)
t1, c1 = time.perf_counter(), time.process_time()
print(t1 - t0, c1 - c0, len(warnings))
"""

QA_CLI = """
import os, sys, time
t0 = time.perf_counter()
c0 = time.process_time()
from workbench.app.qa import qa_project
from workbench.core.store import Project
p = Project.open(sys.argv[1], read_only=True)
warnings = qa_project(p, fork=True)  # as `workbench qa` runs it: a forked child's share
t1, c1 = time.perf_counter(), time.process_time()
child = os.times().children_user + os.times().children_system
print(t1 - t0, c1 - c0, child, len(warnings))
"""


def run(script: str, path: Path) -> list[float]:
    out = subprocess.run(
        [sys.executable, "-c", script, str(path)], capture_output=True, text=True, check=True
    )
    return [float(v) for v in out.stdout.split()]


def main(argv: list[str] | None = None) -> int:
    from workbench.core.qa_run import CHILD_SHARE

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--segments", type=int, default=20_000)
    parser.add_argument("--entries", type=int, default=2_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="build the project in this folder and keep it")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "terms-qa.wbproj"
        path.unlink(missing_ok=True)
        t0 = time.perf_counter()
        extra = build(path, args.segments, args.entries)
        print(f"built {args.segments} segments, {args.entries} entries in "
              f"{time.perf_counter() - t0:.1f} s")  # fmt: skip
        for name, value in extra.items():
            print(f"  {name}: {value:.2f}")
        loads, finds, find_cpu, qas, qa_cpu, agains, again_cpu = [], [], [], [], [], [], []
        clis, cli_cpu, cli_child, firsts, first_cpu = [], [], [], [], []
        for _ in range(args.repeat):
            load, find, cpu, hits = run(RECOGNITION, path)
            loads.append(load)
            finds.append(find)
            find_cpu.append(cpu)
            total, cpu, warnings, segments, again, again_c = run(QA, path)
            qas.append(total)
            qa_cpu.append(cpu)
            agains.append(again)
            again_cpu.append(again_c)
            total, cpu, first_warnings = run(EDITOR_FIRST, path)
            assert first_warnings == warnings
            firsts.append(total)
            first_cpu.append(cpu)
            total, cpu, child, cli_warnings = run(QA_CLI, path)
            assert cli_warnings == warnings
            clis.append(total)
            cli_cpu.append(cpu)
            cli_child.append(child)
        print(f"recognition: {int(hits)} term hits in {args.segments} sources")
        print(f"  open + read + index termbase: median {statistics.median(loads):.2f} s")
        print(f"  find in every source (cold caches): median {statistics.median(finds):.2f} s "
              f"wall, {statistics.median(find_cpu):.2f} s CPU "
              f"(runs: {', '.join(f'{v:.2f}' for v in finds)})")  # fmt: skip
        print(f"full QA run, open to warnings: median {statistics.median(qas):.2f} s wall, "
              f"{statistics.median(qa_cpu):.2f} s CPU "
              f"(runs: {', '.join(f'{v:.2f}' for v in qas)}); "
              f"{int(warnings)} warnings in {int(segments)} segments")  # fmt: skip
        again_wall, again_c = statistics.median(agains), statistics.median(again_cpu)
        print(f"  the same run again in that process (the editor's next QA report): median "
              f"{again_wall:.2f} s wall, {again_c:.2f} s CPU")  # fmt: skip
        print(f"  the editor's first QA report (imports done and the QA context built on "
              f"opening): median {statistics.median(firsts):.2f} s wall, "
              f"{statistics.median(first_cpu):.2f} s CPU "
              f"(runs: {', '.join(f'{v:.2f}' for v in firsts)})")  # fmt: skip
        print(f"  the same run as `workbench qa` runs it (a forked child checks "
              f"{CHILD_SHARE:.0%} of the segments): median {statistics.median(clis):.2f} s "
              f"wall, {statistics.median(cli_cpu):.2f} s CPU + "
              f"{statistics.median(cli_child):.2f} s CPU in the child "
              f"(runs: {', '.join(f'{v:.2f}' for v in clis)})")  # fmt: skip
        print(f"load average at the end: {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
