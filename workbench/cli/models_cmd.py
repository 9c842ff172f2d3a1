"""`workbench models list`, `workbench models download ID`, `workbench models delete ID`.

The same core as the editor's Tools > Models: mt.download and mt.installed."""

from __future__ import annotations

import argparse
import sys

from workbench.core.commands import command


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("models", help="list and download NLLB translation models")
    models_sub = p.add_subparsers(dest="models_command", metavar="ACTION")
    lst = models_sub.add_parser("list", help="the model catalogue and what is on this computer")
    lst.set_defaults(func=run_list)
    dl = models_sub.add_parser(
        "download",
        help="download a model into the Hugging Face cache (several GB)",
        description="Download a model (catalogue id or hub id) with a progress bar.",
    )
    dl.add_argument("id", metavar="ID", help="catalogue id (see `workbench models list`) or hub id")
    dl.set_defaults(func=run_download)
    rm = models_sub.add_parser(
        "delete",
        help="delete a downloaded model and its converted CTranslate2 copies",
        description="Delete a model the workbench downloaded (or one in the Hugging Face "
        "cache) with its converted copies; --converted-only keeps the model.",
    )
    rm.add_argument("id", metavar="ID", help="catalogue id, hub id or folder (see models list)")
    rm.add_argument(
        "--converted-only", action="store_true", help="delete only the CTranslate2 copies"
    )
    rm.set_defaults(func=run_delete)
    p.set_defaults(func=lambda args: (p.print_help(), 2)[1])


def run_list(args: argparse.Namespace) -> int:
    from workbench.core.settings import Settings
    from workbench.mt.models import CATALOGUE, LICENCE_NOTE, find_in_catalogue, is_downloaded

    current = Settings.load().model
    chosen = find_in_catalogue(current)
    rows = [("ID", "PARAMS", "DOWNLOAD", "MEMORY", "HERE", "LICENCE", "NOTE")]
    for info in CATALOGUE:
        mark = "*" if chosen is info else " "
        rows.append(
            (
                f"{mark}{info.id}",
                info.parameters,
                f"{info.download_gb:g} GB",
                f"{info.memory_gb:g} GB",
                "yes" if is_downloaded(info) else "no",
                info.licence,
                info.note,
            )
        )
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]) - 1)]
    for row in rows:
        cells = [c.ljust(w) for c, w in zip(row, widths, strict=False)] + [row[-1]]
        print("  ".join(cells).rstrip())
    _print_installed(current)
    print(f"\n* the model in use: {current}")
    if chosen is None:
        print("  (not a catalogue model: a hub id or a local folder)")
    print(f"Licence of the NLLB-200 weights: {LICENCE_NOTE}.")
    print(f"Get one with: {command('models', 'download', 'ID')}")
    return 0


def _print_installed(current: str) -> None:
    from workbench.mt.download import gb
    from workbench.mt.installed import installed_models

    models = installed_models(current)
    print("\nOn this computer:" if models else "\nNo model on this computer yet.")
    for model in models:
        licence = model.licence if model.licence_declared else f"{model.licence} (as NLLB-200?)"
        print(f"  {model.name}  {gb(model.size)}  {licence}  ({model.where}: {model.path})")
        for copy in model.copies:
            print(f"    CTranslate2 {copy.quantization} copy  {gb(copy.size)}  ({copy.path})")


def run_download(args: argparse.Namespace) -> int:
    from workbench.cli.terminal import StatusLine
    from workbench.core.task import TaskState
    from workbench.mt.download import gb
    from workbench.mt.models import LICENCE_NOTE, find_in_catalogue, resolve_model

    info = find_in_catalogue(args.id)
    if info is not None:
        print(
            f"{info.hub_id}: about {info.download_gb:g} GB; licence {LICENCE_NOTE}",
            file=sys.stderr,
        )
    line = StatusLine()

    def show(progress) -> None:
        if line.tty and progress.total:
            share = 100 * progress.done // progress.total
            line.draw(f"{share:3d}%  {gb(progress.done)} of {gb(progress.total)}")

    state = TaskState(show)
    resolved = resolve_model(args.id, allow_download=True, state=state)
    line.finish()
    print(f"{resolved.model_id} downloaded: ready in {resolved.path}", file=sys.stderr)
    print(resolved.path)
    return 0


def run_delete(args: argparse.Namespace) -> int:
    from workbench.core.settings import Settings
    from workbench.mt.download import gb
    from workbench.mt.installed import delete_copy, delete_model, find_installed, installed_models

    model = find_installed(args.id, installed_models(Settings.load().model))
    if args.converted_only:
        freed = sum(delete_copy(c) for c in model.copies)
        print(f"{len(model.copies)} converted copies of {model.name} deleted ({gb(freed)} freed)")
    else:
        freed = delete_model(model)
        print(f"{model.name} deleted ({gb(freed)} freed)")
    return 0
