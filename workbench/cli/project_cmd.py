"""`workbench project ...`: create projects, add documents, show and export them."""

from __future__ import annotations

import argparse
import json
import os
import sys

from workbench.cli.model_options import add_model_options, engine_config, say_model
from workbench.cli.project_access import open_for_writing
from workbench.cli.stats_cmd import add_stats
from workbench.cli.translate_cmd import ProgressPrinter
from workbench.core.errors import WorkbenchError
from workbench.core.flags import label
from workbench.core.inline import tagged
from workbench.core.languages import CODES, LANGUAGES
from workbench.core.segment import DONE, Status
from workbench.core.store import PROJECT_SUFFIX, UNITS, Project


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "project",
        help="create a project, add documents, show, pre-translate and export it",
        description="A project is one file (.wbproj) holding documents, their segments and "
        "translations, and a translation memory.",
    )
    cmds = parser.add_subparsers(dest="project_command", metavar="ACTION", required=True)

    new = cmds.add_parser("new", help="create a new project file")
    new.add_argument("project", help=f"the project file to create (e.g. news{PROJECT_SUFFIX})")
    new.add_argument("--from", dest="source", required=True, choices=CODES, help="source language")
    new.add_argument("--to", dest="target", required=True, choices=CODES, help="target language")
    new.add_argument(
        "--unit",
        choices=UNITS,
        default="sentence",
        help="segment by sentence (default) or paragraph",
    )
    new.set_defaults(func=_new)

    add = cmds.add_parser("add", help="import documents (txt, md, docx, html, srt, xliff)")
    add.add_argument("project")
    add.add_argument("files", nargs="+", metavar="FILE")
    add.set_defaults(func=_add)

    show = cmds.add_parser("show", help="show the project's documents and segments")
    show.add_argument("project")
    show.add_argument("--json", action="store_true", help="print every segment as JSON")
    show.add_argument("--segments", action="store_true", help="list every segment")
    show.set_defaults(func=_show)

    pre = cmds.add_parser(
        "pretranslate",
        help="fill untranslated segments with machine translation drafts",
        description="Fill new segments with MT drafts (100%% memory matches first). Safe to "
        "interrupt and to run again: every draft is saved as it arrives. Edited and confirmed "
        "segments are never changed. Model weights are CC-BY-NC-4.0 (non-commercial).",
    )
    pre.add_argument("project")
    pre.add_argument("--overwrite", action="store_true", help="also replace existing MT drafts")
    add_model_options(pre)
    pre.set_defaults(func=_pretranslate)

    mark = cmds.add_parser(
        "mark",
        help='mark segments "no translation needed" (kept as they are), or take the mark back',
        description="Segments already in the target language are marked on import; mark "
        "others (a name, a code) or take the mark back so they get translated. Segment ids "
        "are in `project show --segments`.",
    )
    mark.add_argument("project")
    mark.add_argument("ids", nargs="+", type=int, metavar="SEGMENT_ID")
    how = mark.add_mutually_exclusive_group(required=True)
    how.add_argument("--not-needed", action="store_true", help="no translation needed")
    how.add_argument("--needed", action="store_true", help="needs a translation again (new)")
    mark.set_defaults(func=_mark)

    check = cmds.add_parser(
        "check", help="check a project file for damage; say what still reads and exports"
    )
    check.add_argument("project")
    check.set_defaults(func=_check)

    export = cmds.add_parser("export", help="write translated documents in their original formats")
    export.add_argument("project")
    export.add_argument("out_dir", metavar="OUT_DIR")
    export.set_defaults(func=_export)

    add_stats(cmds)


def _new(args: argparse.Namespace) -> int:
    with Project.create(
        args.project, args.source, args.target, unit=args.unit, purpose="workbench project new"
    ) as project:
        src, tgt = LANGUAGES[project.source_lang], LANGUAGES[project.target_lang]
        print(f"created {project.path}: {src.name} -> {tgt.name}, one segment per {project.unit}")
    return 0


def _add(args: argparse.Namespace) -> int:
    from workbench.core.importer import import_file

    failures = 0
    with open_for_writing(args.project, "project add") as project:
        for name in args.files:
            try:
                report = import_file(project, name)
            except WorkbenchError as exc:
                # One bad file does not stop the others; the project keeps what it had.
                print(f"workbench: error: {exc}", file=sys.stderr)
                failures += 1
                continue
            print(f"added {report.summary()}")
    return 1 if failures else 0


def _show(args: argparse.Namespace) -> int:
    with Project.open(args.project, read_only=True) as project:
        if args.json:
            segments = [
                {
                    "id": s.id,
                    "document": s.document,
                    "paragraph": s.paragraph,
                    # inline codes as numbered tags (⟨1⟩ … ⟨/1⟩), never marker characters
                    "source": tagged(s.source_coded),
                    "lang": s.lang,
                    "target": tagged(s.target_coded),
                    "status": s.status.name.lower(),
                    "origin": str(s.origin),
                    "flags": list(s.flags),
                }
                for s in project.segments()
            ]
            documents = [
                {
                    "name": d.name,
                    "segments": d.segments,
                    "translated": d.translated,
                    "confirmed": d.confirmed,
                    "not_needed": d.not_needed,
                    "done": d.done,
                }
                for d in project.documents()
            ]
            progress = {
                "segments": project.count(),
                "done": project.count(status=DONE),
                "statuses": {st.name.lower(): project.count(status=st) for st in Status},
            }
            out = {"progress": progress, "documents": documents, "segments": segments}
            json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
            print()
            return 0
        src, tgt = LANGUAGES[project.source_lang], LANGUAGES[project.target_lang]
        print(f"{project.path}: {src.name} -> {tgt.name}, one segment per {project.unit}")
        if not _writable(project):
            print("  read-only: the file or its folder cannot be written here")
        total = project.count()
        for status in Status:
            n = project.count(status=status)
            if n:
                print(f"  {status.label}: {n}")
        done = project.count(status=DONE)
        share = f" ({100 * done // total}%)" if total else ""
        print(f"  done (confirmed or no translation needed): {done} of {total}{share}")
        docs = len(project.documents())
        print(f"  {docs} document{'s' if docs != 1 else ''}, {total} segments")
        for doc in project.documents():
            not_needed = f", {doc.not_needed} need no translation" if doc.not_needed else ""
            print(
                f"  {doc.name} ({doc.format}): {doc.segments} segments, "
                f"{doc.translated} translated, {doc.confirmed} confirmed{not_needed}"
            )
        if args.segments:
            width = max(len(st.label) for st in Status)
            for s in project.segments():
                flags = f"  [{', '.join(label(f) for f in s.flags)}]" if s.flags else ""
                source, target = tagged(s.source_coded), tagged(s.target_coded)
                print(f"{s.id:>6} {s.status.label:<{width}} {s.lang} {source}{flags}")
                if target:
                    print(f"{'':>6} {'':<{width}} -> {target}")
    return 0


def _writable(project: Project) -> bool:
    return os.access(project.path, os.W_OK) and os.access(project.path.parent, os.W_OK)


def _mark(args: argparse.Namespace) -> int:
    with open_for_writing(args.project, "project mark") as project:
        segments = [project.segment(i) for i in dict.fromkeys(args.ids)]  # unknown id: error
        if args.not_needed:
            translated = [str(s.id) for s in segments if s.target.strip()]
            if translated:
                raise WorkbenchError(
                    f"segment(s) {', '.join(translated)} have a translation; a segment marked "
                    "no translation needed is exported as its source, so clear it in the "
                    "editor first",
                    path=project.path,
                )
        changed = 0
        with project.transaction():
            for seg in segments:
                if args.not_needed and seg.status != Status.NOT_NEEDED:
                    project.set_target(seg.id, "", status=Status.NOT_NEEDED)
                    changed += 1
                elif args.needed and seg.status == Status.NOT_NEEDED:
                    project.set_status(seg.id, Status.NEW)
                    changed += 1
    what = "no translation needed" if args.not_needed else "needing a translation"
    print(f"{changed} segment{'s' if changed != 1 else ''} marked {what}")
    return 0


def _pretranslate(args: argparse.Namespace) -> int:
    from workbench.app.pretranslate import pending_requests, pretranslate
    from workbench.core.task import TaskState
    from workbench.mt.cache import MTCache

    config = engine_config(args)
    with open_for_writing(args.project, "project pretranslate") as project:
        if not pending_requests(project, overwrite=args.overwrite):
            print("nothing to translate: every segment has a translation or needs none")
            return 0
        printer = ProgressPrinter()
        state = TaskState(on_progress=printer)
        # The model loads before anything is written: a model that is missing or
        # damaged leaves the project exactly as it was (memory fills included).
        engine = config.load(state, target=project.target_lang)
        say_model(engine)

        def memory_done(filled_by_tm: int) -> None:
            if filled_by_tm:
                printer.finish()
                print(f"{filled_by_tm} segments filled from the translation memory")
            state.set_status("pre-translating")

        try:
            with MTCache() as cache:
                # The one sequence (app.pretranslate): the memory first, then MT.
                report = pretranslate(
                    project,
                    engine,
                    overwrite=args.overwrite,
                    settings=config.generation(),
                    cache=cache,
                    state=state,
                    on_memory=memory_done,
                    **config.pipeline_options(),
                )
                if cache.error:
                    print(f"workbench: warning: {cache.error}", file=sys.stderr)
        except KeyboardInterrupt:
            printer.finish()
            print(
                "interrupted: the drafts made so far are saved; run the same command to go on",
                file=sys.stderr,
            )
            return 130
        finally:
            printer.finish()
            engine.close()
    print(
        f"{report.filled} segments got an MT draft; "
        f"{report.passed_through} were already in {project.target_lang} or had nothing to translate"
    )
    for flag, count in sorted(report.flagged.items()):
        print(f"  {count} flagged: {label(flag)}")
    return 0


def _export(args: argparse.Namespace) -> int:
    from workbench.app.qa import export_warning
    from workbench.core.importer import export_documents

    with Project.open(args.project, read_only=True) as project:
        report = export_documents(project, args.out_dir)
        qa_line = export_warning(project)  # exports never wait for QA; they say so
    if qa_line:
        print(f"workbench: warning: {qa_line}", file=sys.stderr)
    for path in report.written:
        print(f"wrote {path}")
    print(report.summary())
    return 0


def _check(args: argparse.Namespace) -> int:
    from pathlib import Path

    from workbench.core.project_file import ProjectDamaged, check_project, schema_version_of
    from workbench.core.store import SCHEMA_VERSION

    path = Path(args.project)
    if not path.is_file():
        raise WorkbenchError("no such project file", path=path)
    try:
        schema_version_of(path, SCHEMA_VERSION)  # one line if it is no project at all
    except ProjectDamaged:
        pass  # that is what the check is for
    lines = check_project(path)
    print(f"{path}:")
    for line in lines:
        print(f"  {line}")
    return 0 if lines[0].endswith(": ok") else 1
