"""`workbench complete`: the model finishes a translation the translator has begun.

    workbench complete --from ky --to ru --prefix "Бишкек шаа" "Бишкек шаарында ..."

The first line of the output is the full suggested target (the prefix as typed
plus the model's continuation), then one alternative per line (other next
words at the cursor, each continued by the model). With --json:
{"target": "...", "alternatives": ["..."]}. The rules (half-typed words, cut
words, a finished sentence) are workbench.mt.completion's, shared with the
editor's ghost text.
"""

from __future__ import annotations

import argparse
import json
import sys

from workbench.cli.model_options import add_model_options, engine_config, say_model
from workbench.core.errors import WorkbenchError
from workbench.core.languages import CODES, get_language
from workbench.core.task import TaskState

MAX_ALTERNATIVES = 10


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "complete",
        help="complete a partly typed translation of one sentence with the local model",
        description=(
            "Print the model's completion of a translation begun with --prefix: the full "
            "suggested target on the first line, then one alternative per line. A half-typed "
            "last word is completed with its typed letters. Model weights are CC-BY-NC-4.0 "
            "(non-commercial)."
        ),
    )
    p.add_argument(
        "source", nargs="?", metavar="SOURCE", help="the source sentence (default: stdin)"
    )
    p.add_argument(
        "--from",
        dest="src",
        required=True,
        metavar="LANG",
        help="source language: " + ", ".join(CODES),
    )
    p.add_argument(
        "--to",
        dest="tgt",
        required=True,
        metavar="LANG",
        help="target language: " + ", ".join(CODES),
    )
    p.add_argument(
        "--prefix", default="", metavar="TYPED", help="the target typed so far (default: none)"
    )
    p.add_argument(
        "--alternatives",
        type=int,
        default=3,
        metavar="N",
        help=f"alternatives to print after the best completion (0-{MAX_ALTERNATIVES}; default 3)",
    )
    p.add_argument(
        "--max-new-tokens",
        type=int,
        metavar="N",
        help="stop each continuation after N model tokens, at a whole word "
        "(default: finish the sentence)",
    )
    p.add_argument(
        "--json", action="store_true", help='print {"target": ..., "alternatives": [...]}'
    )
    add_model_options(p, beam=False)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from workbench.cli.translate_cmd import ProgressPrinter
    from workbench.mt.completion import complete_target

    src = get_language(args.src).code
    tgt = get_language(args.tgt).code
    if src == tgt:
        raise WorkbenchError(f"--from and --to are both {src}: give two different languages")
    if not 0 <= args.alternatives <= MAX_ALTERNATIVES:
        raise WorkbenchError(f"--alternatives {args.alternatives}: give 0 to {MAX_ALTERNATIVES}")
    if args.max_new_tokens is not None and args.max_new_tokens < 1:
        raise WorkbenchError(f"--max-new-tokens {args.max_new_tokens}: give 1 or more")
    source = args.source if args.source is not None else sys.stdin.read()
    source = " ".join(source.split())  # one sentence: newlines and runs of spaces are one space
    if not source:
        raise WorkbenchError("nothing to complete: give the source sentence (or pipe it in)")
    prefix = args.prefix.replace("\n", " ")
    printer = ProgressPrinter()
    try:
        engine = engine_config(args).load(TaskState(on_progress=printer), target=tgt)
    finally:
        printer.finish()
    say_model(engine)
    try:
        done = complete_target(
            engine,
            source,
            src,
            tgt,
            prefix,
            alternatives=args.alternatives,
            max_new_tokens=args.max_new_tokens,
        )
    finally:
        engine.close()
    if args.json:
        data = {"target": done.target, "alternatives": done.alternatives}
        lines = [json.dumps(data, ensure_ascii=False)]
    else:
        lines = [done.target, *done.alternatives]
    # UTF-8 whatever the terminal's locale (like translate): ң ө ү fit no other.
    sys.stdout.buffer.write("".join(f"{line}\n" for line in lines).encode("utf-8"))
    sys.stdout.flush()
    if done.best is None:
        print("the model ends the sentence here: nothing to add", file=sys.stderr)
    return 0
