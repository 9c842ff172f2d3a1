"""`workbench batch SRC_DIR OUT_DIR --to en`: translate a whole folder."""

from __future__ import annotations

import argparse
import shlex
import signal
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from workbench.cli.model_options import add_model_options, engine_config
from workbench.cli.terminal import StatusLine
from workbench.core.errors import WorkbenchError
from workbench.core.languages import CODES
from workbench.core.task import TaskState

if TYPE_CHECKING:  # the runner pulls in every format's library: import it when running
    from workbench.app.batch import BatchProgress
    from workbench.app.batch_report import FileResult


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "batch",
        help="translate every document of a folder into another folder",
        description=(
            "Translate every supported document under SRC_DIR into OUT_DIR, keeping the folder "
            "tree, the names and the formats. Safe to stop (Ctrl+C) and to run again: files "
            "already translated from unchanged sources are kept. A report is written to "
            "OUT_DIR/.workbench/report.json."
        ),
    )
    p.add_argument("source_dir", metavar="SRC_DIR", type=Path)
    p.add_argument("out_dir", metavar="OUT_DIR", type=Path)
    p.add_argument("--to", dest="target", required=True, help="target language: ky, ru or en")
    p.add_argument(
        "--from",
        dest="source",
        default="auto",
        choices=("auto", *CODES),
        help="source language (default: detected per document)",
    )
    add_model_options(p)
    p.add_argument(
        "--tmx",
        type=Path,
        metavar="OUT.tmx",
        help="also write the run's segment pairs as TMX (marked machine translation)",
    )
    p.add_argument(
        "--project",
        type=Path,
        metavar="P",
        help="reuse 100%% matches from this project's translation memory",
    )
    p.add_argument(
        "--memory",
        type=Path,
        metavar="MEMORY.tmx",
        help="reuse 100%% matches from this TMX file",
    )
    p.add_argument(
        "--formats",
        default="",
        help="only these formats, comma-separated (e.g. txt,md,docx,html,srt)",
    )
    p.add_argument(
        "--cluster",
        metavar="ADDRESS",
        help=(
            "run the translation on a Ray cluster: auto (a Ray instance on this computer), "
            "ray://HOST:PORT or HOST:PORT; reading, writing and the report stay here "
            "(needs pip install -e '.[cluster]')"
        ),
    )
    p.add_argument(
        "--workers",
        type=int,
        default=0,
        metavar="N",
        help="with --cluster: N workers, each with one model (default: one per GPU, "
        "or one per 4 CPU cores)",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from workbench.app.batch import BatchOptions, run_batch
    from workbench.app.cluster import ClusterOptions

    if args.workers and not args.cluster:
        raise WorkbenchError("--workers goes with --cluster (a local run uses one engine)")
    formats = tuple(f.strip().lower() for f in args.formats.split(",") if f.strip())
    options = BatchOptions(
        source_dir=args.source_dir,
        out_dir=args.out_dir,
        target=args.target,
        source=args.source,
        mt=engine_config(args),
        formats=formats,
        tmx=args.tmx,
        project=args.project,
        memory=args.memory,
        cluster=ClusterOptions(args.cluster, args.workers) if args.cluster else None,
    )
    state = TaskState()
    view = ProgressView(sys.stderr)
    previous = signal.getsignal(signal.SIGINT)

    def on_interrupt(signum: int, frame: object) -> None:
        if state.is_cancelled:  # a second Ctrl+C: stop now
            signal.signal(signal.SIGINT, previous)
            raise KeyboardInterrupt
        state.cancel()
        view.note("stopping after the current batch (Ctrl+C again to stop at once)...")

    signal.signal(signal.SIGINT, on_interrupt)
    try:
        report = run_batch(options, state, view.progress, view.file_done)
    finally:
        signal.signal(signal.SIGINT, previous)
        view.close()
    print(report.summary(), file=sys.stderr)
    if report.interrupted:
        print(f"stopped; to finish, run again: {_same_command(args)}", file=sys.stderr)
        return 130
    if report.error:
        raise WorkbenchError(report.error)
    return 0 if report.ok else 1


def _same_command(args: argparse.Namespace) -> str:
    """The command line of this run, for the resume hint."""
    words = ["workbench", "batch", str(args.source_dir), str(args.out_dir), "--to", args.target]
    for option, value, default in (
        ("--from", args.source, "auto"),
        ("--model", args.model, None),
        ("--device", args.device, None),
        ("--engine", args.engine, None),
        ("--beam", args.beam, None),
        ("--tmx", args.tmx, None),
        ("--project", args.project, None),
        ("--memory", args.memory, None),
        ("--formats", args.formats, ""),
        ("--cluster", args.cluster, None),
        ("--workers", args.workers, 0),
    ):
        if value != default:
            words += [option, str(value)]
    return shlex.join(words)


class ProgressView:
    """A one-line progress bar on a terminal; plain lines (one per file) otherwise."""

    def __init__(self, stream: TextIO) -> None:
        self.out = StatusLine(stream)
        self.last_plain = 0.0

    def progress(self, p: BatchProgress) -> None:
        if not self.out.tty:
            now = time.monotonic()
            if p.stage in ("loading",):
                self.out.say("loading the model...")
            elif p.stage == "translating" and now - self.last_plain > 10:
                self.last_plain = now
                self.out.say(_counts(p))
            return
        self.out.draw(_bar(p))

    def file_done(self, result: FileResult) -> None:
        from workbench.app.batch_report import PENDING, TRANSLATED

        if result.status == PENDING:
            return
        text = f"{result.status}: {result.path}"
        if result.reason:
            text += f": {result.reason}"
        elif result.sentences:
            text += f" ({result.sentences} sentence{'s' if result.sentences != 1 else ''})"
        if result.reused:
            text += ", unchanged since an earlier run"
        if self.out.tty and result.status == TRANSLATED:
            return  # the bar counts them; only skipped and failed files stay on screen
        self.note(text)

    def note(self, text: str) -> None:
        self.out.say(text)

    def close(self) -> None:
        self.out.clear()


def _counts(p: BatchProgress) -> str:
    from workbench.app.batch_progress import progress_parts

    return ", ".join(progress_parts(p))


def _bar(p: BatchProgress, width: int = 24) -> str:
    if p.stage in ("scanning", "loading", "reading"):
        what = {
            "scanning": "scanning the folder",
            "loading": "loading the model",
            "reading": f"reading {p.file}",
        }[p.stage]
        return what[:100]
    filled = round(p.fraction * width)
    bar = "#" * filled + "-" * (width - filled)
    name = p.file if len(p.file) <= 30 else "..." + p.file[-27:]
    return f"[{bar}] {_counts(p)} {name}"
