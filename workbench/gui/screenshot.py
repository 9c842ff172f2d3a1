"""Open the real window on a sample project and save a PNG (for the README).

    python -m workbench.gui.screenshot OUT.png [--theme light|dark] [--size 1280x800]
        [--lang ky|ru|en] [--settings]

It creates a Kyrgyz -> English project in a temporary folder, imports
resources/samples/news_ky.txt, fills the first paragraphs with the English
sample (news_en.txt, the same article) as a translator would have, confirms
some, and grabs the window. Run it under a real X server (Xvfb) to see real
font rendering; it also works with QT_QPA_PLATFORM=offscreen.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from workbench.core.segment import Status

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"


def build_sample_project(folder: Path) -> Path:
    from workbench.core.importer import import_file
    from workbench.core.segmenter import split_paragraph
    from workbench.core.store import Project
    from workbench.core.store_terms import add_term_entries
    from workbench.core.termbase import Term, TermEntry
    from workbench.core.tm import store_unit

    path = folder / "news-ky-en.wbproj"
    english = [p for p in (SAMPLES / "news_en.txt").read_text("utf-8").split("\n\n") if p.strip()]
    with Project.create(path, "ky", "en") as project:
        report = import_file(project, SAMPLES / "news_ky.txt")
        segments = list(project.segments(document_id=report.document_id))
        for seg in segments:
            if seg.paragraph >= 3 or seg.paragraph >= len(english):
                continue
            pieces = split_paragraph(english[seg.paragraph].strip(), "en", project.unit)
            if seg.position < len(pieces):
                status = Status.CONFIRMED if seg.paragraph < 2 else Status.NEEDS_REVIEW
                project.set_target(seg.id, pieces[seg.position].text, status=status)
        # A memory unit from an earlier job, so the side panel shows a fuzzy match
        # (with the differing hours highlighted) for the last segment.
        with project.transaction():
            store_unit(
                project,
                "ky",
                "en",
                "Китепкана дүйшөмбүдөн жумага чейин саат 9:00дөн 18:00гө чейин иштейт.",
                "The library is open Monday to Friday from 9:00 to 18:00.",
                origin="tmx:earlier-job.tmx",
                creator="Sample Translator",
            )
        # A small termbase: its terms are underlined in the source, listed in the side
        # panel, and checked in the targets (an inflected "китепкананын" is still a term).
        terms = [
            ("китепкана", "library", ""),
            ("коомдук китепкана", "public library", ""),
            ("окурман", "reader", "not 'customer'"),
            ("директор", "director", ""),
            ("окуу залы", "reading room", "not 'study hall'"),
        ]
        add_term_entries(
            project,
            [TermEntry({"ky": (Term(k),), "en": (Term(e),)}, note) for k, e, note in terms],
        )
    return path


FORMATTED = (
    "# Бишкекте **жаңы** китепкана\n\n"
    "Китепкананын *окуу залы* [сайтта](https://kitep.kg) жазылгандай, "
    "дүйшөмбүдөн **жумага** чейин иштейт. `kitep --help` буйругу жардам берет.\n"
)


def build_formatted_project(folder: Path) -> Path:
    """A project of a Markdown page with formatting, links and code: the tags as chips."""
    from workbench.core.importer import import_file
    from workbench.core.inline import Coded
    from workbench.core.store import Project

    doc = folder / "kitepkana.md"
    doc.write_text(FORMATTED, encoding="utf-8")
    path = folder / "formatted.wbproj"
    with Project.create(path, "ky", "en") as project:
        import_file(project, doc)
        first, second = list(project.segments())[:2]
        b_open, b_close = first.source_codes
        project.set_target(
            first.id,
            Coded.from_parts(["A ", b_open, "new", b_close, " library in Bishkek"]),
            status=Status.CONFIRMED,
        )
        i_open, i_close, a_open, a_close, *_ = second.source_codes
        project.set_target(  # one pair left out: the grid warns
            second.id,
            Coded.from_parts(
                [
                    "As the ",
                    a_open,
                    "website",
                    a_close,
                    " says, the ",
                    i_open,
                    "reading room",
                    i_close,
                    " is open Monday to Friday.",
                ]
            ),  # fmt: skip
        )
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", help="the PNG file to write")
    parser.add_argument("--theme", choices=("light", "dark"), default="light")
    parser.add_argument("--size", default="1280x800", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--paragraphs", action="store_true", help="show the paragraph view")
    parser.add_argument("--row", type=int, default=5, help="the grid row to open (from 0)")
    parser.add_argument("--qa-report", action="store_true", help="open the QA report too")
    parser.add_argument(
        "--formatted", action="store_true", help="a formatted page: inline tags as chips"
    )
    parser.add_argument(
        "--document",
        help="open a project made of this file instead (e.g. an XLIFF job); --pair sets it",
    )
    parser.add_argument("--pair", default="en-ru", help="the project's pair for --document")
    parser.add_argument(
        "--locked",
        action="store_true",
        help="as a second window sees it: another editor holds the project (read-only banner)",
    )
    parser.add_argument(
        "--concordance", metavar="QUERY", help="open the concordance (Ctrl+K) searching QUERY"
    )
    parser.add_argument("--analysis", action="store_true", help="open Tools > Analysis… too")
    parser.add_argument(
        "--memories",
        metavar="TMX",
        help="attach TMX as a reference memory (penalty 5) and open Memory > Reference memories…",
    )
    parser.add_argument("--lang", choices=("ky", "ru", "en"), help="interface language")
    parser.add_argument("--settings", action="store_true", help="open the Settings dialog too")
    parser.add_argument(
        "--split", action="store_true", help="open Segment > Split segment… on the row too"
    )
    parser.add_argument("--find", metavar="TEXT", help="find TEXT in the targets (F3) too")
    parser.add_argument("--message", metavar="TEXT", help="show TEXT in the status bar")
    parser.add_argument(
        "--welcome",
        action="store_true",
        help="the welcome screen of a new user (no project open; the sample in the recent list)",
    )
    parser.add_argument(
        "--models", action="store_true", help="Tools > Models (with --model-folder: that model)"
    )
    parser.add_argument(
        "--model-folder",
        help="a model folder to use (converted to CTranslate2 for --models, into the temp cache)",
    )
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.lower().split("x"))

    from PySide6.QtCore import QEventLoop, QTimer

    from workbench.core.settings import Settings
    from workbench.gui.app import make_app, make_window

    app = make_app()
    with tempfile.TemporaryDirectory() as tmp:
        # Demo settings and recent-project entries stay in the temporary folder.
        os.environ["WORKBENCH_CONFIG_DIR"] = str(Path(tmp) / "config")
        if args.document:
            from workbench.core.importer import import_file
            from workbench.core.store import Project

            project = Path(tmp) / "document.wbproj"
            source, target = args.pair.split("-")
            with Project.create(project, source, target) as made:
                import_file(made, Path(args.document))
        elif args.formatted:
            project = build_formatted_project(Path(tmp))
        else:
            project = build_sample_project(Path(tmp))
        os.environ["WORKBENCH_CACHE_DIR"] = str(Path(tmp) / "cache")
        settings = Settings.load()
        settings.theme = args.theme
        if args.model_folder:
            settings.model = args.model_folder
            if args.models:
                _convert(Path(args.model_folder))
        if args.welcome or args.models:
            settings.add_recent(project)
            project = None  # the window opens on the welcome screen
        settings.translator_name = settings.translator_name or "Sample Translator"
        holder = None
        if args.locked:
            from workbench.core.project_lock import EDITOR, ProjectLock

            holder = ProjectLock(project)  # stands in for the first window's process
            holder.acquire(EDITOR)
        if args.memories:
            from workbench.app.tm_refs import attach
            from workbench.core.store import Project

            with Project.open(project) as made:
                attach(made, Path(args.memories), "Archive 2024", 5)
        window = make_window(project, settings, args.lang)
        window.resize(width, height)
        window.show()
        if project is None:
            pass
        elif args.paragraphs:
            window.toggle_view()
        else:
            window.grid.go_to_row(args.row)  # by default an untranslated segment's editor
        if args.qa_report:
            window.show_qa_report()
        shown = None
        if args.concordance:
            window.show_concordance()
            shown = window.concordance_dialog
            shown.start(args.concordance)  # a search of the word at the cursor gives way
            _wait(shown.searched)
        if args.memories:
            window.show_memories()
            _wait(window.memory_stats_runner.finished)
            shown = window.memory_dialog
        if args.settings:
            window.show_settings()
            shown = window.dialog
        if args.models:
            window.show_models_dialog()
            shown = window.dialog
            if shown.listing:
                _wait(shown.listed)
        if args.analysis:
            window.show_analysis()
            _wait(window.analysis_runner.finished)
            shown = window.dialog
        if args.find:
            window.show_replace()
            window.find_dialog.find.setText(args.find)
            window.find_next()
            window.update_match_count()
            shown = window.find_dialog
        if args.split:
            window.split_segment()
            shown = window.dialog
        loop = QEventLoop()
        QTimer.singleShot(600, loop.quit)  # let rows size themselves and paint
        loop.exec()
        if args.message:  # after the start-up's own messages ("Loading model…")
            window.statusBar().showMessage(args.message)
            loop = QEventLoop()
            QTimer.singleShot(300, loop.quit)
            loop.exec()
        if shown is not None:
            ok = shown.grab().save(args.out)
            # and the window behind the dialog, beside it
            out = Path(args.out)
            window.grab().save(str(out.with_name(out.stem + "-window" + out.suffix)))
        elif args.qa_report and window.dialog is not None:
            window.dialog.move(window.geometry().center() - window.dialog.rect().center())
            ok = window.dialog.grab().save(args.out)
        else:
            ok = window.grab().save(args.out)
        window.close()
        if holder is not None:
            holder.release()
    app.processEvents()
    if not ok:
        print(f"workbench: error: {args.out}: could not write the PNG", file=sys.stderr)
        return 1
    print(f"wrote {args.out} ({width}x{height}, {args.theme})")
    return 0


def _convert(folder: Path) -> None:
    """A real CTranslate2 copy of the model, for Tools > Models to list."""
    from workbench.mt.convert import convert_model
    from workbench.mt.models import resolve_model

    resolved = resolve_model(str(folder))
    convert_model(resolved.path, resolved.model_id, resolved.revision, "int8")


def _wait(signal, timeout_ms: int = 60000) -> None:
    """Spin the event loop until `signal` fires (a worker's result), at most timeout_ms."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    signal.disconnect(loop.quit)


if __name__ == "__main__":
    raise SystemExit(main())
