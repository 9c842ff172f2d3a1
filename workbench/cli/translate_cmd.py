"""`workbench translate`: translate a plain-text file or stdin to stdout.

Paragraphs are blank-line separated; the output keeps the input's layout (one
output paragraph per input paragraph, same blank lines and indentation). Each
paragraph is translated sentence by sentence through the MT pipeline, with the
persistent MT cache. The output is UTF-8 whatever the input's encoding.
Progress and the flag summary go to stderr.
"""

from __future__ import annotations

import argparse
import codecs
import sys
import time
from collections import Counter
from pathlib import Path
from typing import TextIO

from workbench.cli.model_options import add_model_options, engine_config, say_model
from workbench.cli.terminal import StatusLine
from workbench.core.document import Document
from workbench.core.errors import WorkbenchError
from workbench.core.languages import CODES, get_language
from workbench.core.task import Progress, TaskState


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "translate",
        help="translate a text file (or stdin) with the local NLLB model",
        description=(
            "Translate a plain-text file, or standard input, to standard output. Paragraphs "
            "are separated by blank lines. Model weights are CC-BY-NC-4.0 (non-commercial)."
        ),
    )
    p.add_argument("file", nargs="?", metavar="FILE", help="text file (default: stdin)")
    p.add_argument("--to", required=True, metavar="LANG", help="target language: ky, ru or en")
    p.add_argument(
        "--from",
        dest="source",
        default="auto",
        metavar="LANG",
        help="source language: ky, ru, en or auto (detect per paragraph; default)",
    )
    add_model_options(p)
    p.add_argument("--no-cache", action="store_true", help="do not read or write the MT cache")
    p.set_defaults(func=run)


def _read_input(file: str | None) -> tuple[bytes, str]:
    if file is None or file == "-":
        return sys.stdin.buffer.read(), "<stdin>"
    path = Path(file)
    try:
        return path.read_bytes(), str(path)
    except FileNotFoundError:
        raise WorkbenchError("no such file", path=path) from None
    except IsADirectoryError:
        raise WorkbenchError("is a folder, not a text file", path=path) from None
    except OSError as exc:
        raise WorkbenchError(f"cannot read the file ({exc.strerror})", path=path) from None


class ProgressPrinter:
    """Progress on stderr: a bar redrawn in place on a terminal, else plain lines
    (on each new status, at the end, and at most every few seconds between)."""

    def __init__(self, stream: TextIO | None = None, every: float = 3.0) -> None:
        self.out = StatusLine(stream)
        self.every = every
        self._status: str | None = None
        self._last: tuple[int, int, str] | None = None
        self._last_time = 0.0

    def __call__(self, progress: Progress) -> None:
        changed = progress.status != self._status
        self._status = progress.status
        if self.out.tty:
            if changed and progress.status:
                self.out.say(progress.status)
            if progress.total:
                width = 30
                bar = "#" * int(width * progress.fraction)
                self.out.draw(f"[{bar:-<{width}}] {progress.done}/{progress.total}")
            return
        key = (progress.done, progress.total, progress.status)
        now = time.monotonic()
        due = changed or progress.done == progress.total or now - self._last_time >= self.every
        if due and key != self._last and progress.status:
            self._last, self._last_time = key, now
            count = f" ({progress.done}/{progress.total})" if progress.total else ""
            self.out.say(f"{progress.status}{count}")

    def finish(self) -> None:
        self.out.finish()


def run(args: argparse.Namespace) -> int:
    from workbench.core.formats.txt import TxtFormat
    from workbench.mt.cache import MTCache
    from workbench.mt.pipeline import MTRequest, translate_segments

    tgt = get_language(args.to).code
    src = None if args.source.lower() == "auto" else get_language(args.source).code
    data, name = _read_input(args.file)
    fmt = TxtFormat()
    doc = fmt.read(data, name)
    texts = doc.texts
    sources = _languages(doc, src, name)

    config = engine_config(args)
    printer = ProgressPrinter()
    engine = config.load(TaskState(on_progress=printer), target=tgt)
    state = TaskState(on_progress=printer)  # fresh counts for the translation itself
    say_model(engine)
    cache = None if args.no_cache else MTCache()
    translations = list(texts)
    counts: Counter[str] = Counter()
    try:
        requests = [MTRequest(i, t, s) for i, (t, s) in enumerate(zip(texts, sources, strict=True))]
        plural = "s" if len(texts) != 1 else ""
        state.set_status(f"translating {len(texts)} paragraph{plural} to {tgt}")
        for result in translate_segments(
            requests,
            tgt,
            engine,
            config.generation(),
            cache=cache,
            state=state,
            **config.pipeline_options(),
        ):
            translations[result.id] = result.text
            counts.update(result.flags)
    finally:
        printer.finish()
        if cache is not None:
            if cache.error:
                print(f"workbench: warning: {cache.error}", file=sys.stderr)
            cache.close()
        engine.close()
    # The txt writer keeps the input's layout and line endings and writes UTF-8
    # (CP1251 cannot hold ң ө ү); no BOM on stdout.
    out = fmt.write(data, translations).removeprefix(codecs.BOM_UTF8)
    sys.stdout.buffer.write(out)
    sys.stdout.flush()
    _print_flags(counts)
    return 0


def _languages(doc: Document, src: str | None, name: str) -> list[str]:
    """The source language of each paragraph. --from (or, with auto, the language
    of most of the text) is the default; a paragraph that is clearly in another
    language (an English caption in a Kyrgyz article) keeps its own, so text
    already in the target language passes through untranslated."""
    from workbench.core.importer import document_language, segment_language

    doc_lang = src or document_language(doc, default="")
    if not doc_lang:
        raise WorkbenchError(
            f"cannot tell the language of {name}: give it with --from " + "|".join(CODES)
        )
    return [segment_language(text, doc_lang) for text in doc.texts]


def _print_flags(counts: Counter[str]) -> None:
    from workbench.core.flags import label

    if not counts:
        return
    summary = ", ".join(f"{n} {label(flag)}" for flag, n in counts.most_common())
    print(f"flags: {summary}", file=sys.stderr)
