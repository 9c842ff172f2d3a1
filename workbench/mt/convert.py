"""Convert a transformers NLLB model to CTranslate2 once, and find it again.

The converted model lives in the workbench cache folder (the model's own folder
may be a read-only hub snapshot), under a name made of the model id, its source
revision and the quantization; a manifest in it records the same, so a new
revision of the model is converted again instead of silently reusing the old
one. The tokenizer files are copied in, so the engine needs only this folder,
and one shortlist map per target script is written (workbench.mt.shortlist).

Conversion takes the model's full fp32 weights in memory for a minute or so
(2.5 GB for NLLB-600M), so it runs in a child process: the editor's window
does not stall while torch is imported and the weights are read, and the
memory is given back when the child exits instead of staying in the process
that then runs the 0.6 GB int8 model. The child reports its stages as JSON
lines, relayed to a TaskState; cancelling ends the child. It writes to a
temporary folder renamed at the end, so an interrupted conversion never leaves
a half-written model behind.

    python -m workbench.mt.convert MODEL_DIR MODEL_ID REVISION QUANTIZATION ROOT
"""

from __future__ import annotations

import hashlib
import json
import os
import queue
import re
import shutil
import subprocess
import sys
import threading
from pathlib import Path

from workbench.core.errors import ModelError, WorkbenchError, first_line
from workbench.core.i18n import msg
from workbench.core.settings import cache_dir
from workbench.core.task import TaskState
from workbench.mt.shortlist import write_vmap

MANIFEST = "workbench-ct2.json"
FORMAT_VERSION = 3  # 3: one always-candidates line per vmap, target alphabets
SCRIPTS = ("Cyrl", "Latn")  # target scripts of ky/ru and en
TOKENIZER_FILES = (
    "tokenizer.json",
    "tokenizer_config.json",
    "special_tokens_map.json",
    "sentencepiece.bpe.model",
)


def variant_dir(ct2_dir: Path, script: str) -> Path:
    """The model folder variant whose vmap.txt is the shortlist for `script`."""
    return ct2_dir / f"shortlist-{script}"


def ct2_root() -> Path:
    return cache_dir() / "ctranslate2"


def converted_dir(
    model_id: str, revision: str, quantization: str, root: Path | None = None
) -> Path:
    """Where the converted model for this id, revision and quantization lives."""
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", model_id.strip("/")).strip("-")[-60:] or "model"
    digest = hashlib.sha256(f"{model_id}\n{revision}".encode()).hexdigest()[:10]
    return (root or ct2_root()) / f"{slug}-{digest}-{quantization}"


def read_manifest(path: Path) -> dict | None:
    try:
        data = json.loads((path / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def find_converted(
    model_id: str, revision: str, quantization: str, root: Path | None = None
) -> Path | None:
    """The converted model folder if it exists, is complete and matches the revision."""
    path = converted_dir(model_id, revision, quantization, root)
    manifest = read_manifest(path)
    if (
        manifest
        and manifest.get("format") == FORMAT_VERSION
        and manifest.get("source_model_id") == model_id
        and manifest.get("source_revision") == revision
        and manifest.get("quantization") == quantization
        and (path / "model.bin").is_file()
    ):
        return path
    return None


def convert_model(
    model_dir: Path,
    model_id: str,
    revision: str,
    quantization: str = "int8",
    state: TaskState | None = None,
    root: Path | None = None,
) -> Path:
    """Convert `model_dir` (a transformers NLLB folder) unless already done; return the folder.

    The conversion itself runs in a child process (see the module's docstring)."""
    found = find_converted(model_id, revision, quantization, root)
    if found is not None:
        return found
    state = state or TaskState()
    args = [str(model_dir), model_id, revision, quantization, str(root or ct2_root())]
    proc = subprocess.Popen(
        [sys.executable, "-m", "workbench.mt.convert", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        encoding="utf-8",
    )
    lines: queue.Queue[str | None] = queue.Queue()

    def read() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.put(line)
        lines.put(None)

    threading.Thread(target=read, daemon=True, name="convert-output").start()
    result: dict = {}
    try:
        while True:
            try:
                line = lines.get(timeout=0.2)
            except queue.Empty:
                state.check_cancelled()
                continue
            if line is None:
                break
            message = json.loads(line)
            if "status" in message:
                state.set_progress(message["done"], message["total"])
                state.set_status(message["status"])
            else:
                result = message
    except BaseException:  # cancelled (or interrupted): stop the child, leave nothing
        proc.kill()
        proc.wait()
        raise
    proc.wait()
    if "path" in result:
        return Path(result["path"])
    raise ModelError(
        result.get("error") or f"the conversion to CTranslate2 stopped (exit {proc.returncode})",
        path=None if "error" in result else model_dir,
    )


def _convert_here(
    model_dir: Path,
    model_id: str,
    revision: str,
    quantization: str,
    state: TaskState,
    root: Path | None,
) -> Path:
    """The conversion proper, run in the child process."""
    model_dir = Path(model_dir)
    if not (model_dir / "config.json").is_file():
        raise ModelError(msg("not a transformers model folder (no config.json)"), path=model_dir)
    final = converted_dir(model_id, revision, quantization, root)
    final.parent.mkdir(parents=True, exist_ok=True)
    work = final.with_name(f"{final.name}.partial-{os.getpid()}")
    shutil.rmtree(work, ignore_errors=True)
    steps = ("Loading the model for conversion", "Quantizing", "Writing", "Building shortlists")
    try:
        import ctranslate2
        from ctranslate2.converters import TransformersConverter

        state.set_progress(0, len(steps))
        state.set_status(f"{steps[0]} ({model_id})...")
        converter = TransformersConverter(str(model_dir), low_cpu_mem_usage=True)
        try:
            spec = converter._load()  # the stages of Converter.convert, for progress
        except Exception as exc:  # noqa: BLE001 - any loader failure is the model's problem
            first = first_line(exc)
            raise ModelError(
                msg(
                    "cannot convert to CTranslate2 ({first}); use the transformers engine",
                    first=first,
                ),
                path=model_dir,
            ) from exc
        state.check_cancelled()
        state.set_progress(1)
        state.set_status(f"{steps[1]} to {quantization}...")
        spec.validate()
        spec.optimize(quantization=quantization)
        state.check_cancelled()
        state.set_progress(2)
        state.set_status(f"{steps[2]} {final.name}...")
        work.mkdir(parents=True)
        spec.save(str(work))
        del spec, converter
        state.check_cancelled()
        state.set_progress(3)
        state.set_status(f"{steps[3]}...")
        for name in TOKENIZER_FILES:
            if (model_dir / name).is_file():
                shutil.copy2(model_dir / name, work / name)
        if not (work / "tokenizer.json").is_file():
            raise ModelError(
                msg("the model has no tokenizer.json; use the transformers engine"), path=model_dir
            )
        vocabulary = load_ct2_vocabulary(work)
        shortlists = {script: _write_variant(work, vocabulary, script) for script in SCRIPTS}
        manifest = {
            "format": FORMAT_VERSION,
            "source_model_id": model_id,
            "source_revision": revision,
            "source_dir": str(model_dir),
            "quantization": quantization,
            "ctranslate2_version": ctranslate2.__version__,
            "vocabulary_size": len(vocabulary),
            "shortlist_sizes": shortlists,
        }
        (work / MANIFEST).write_text(json.dumps(manifest, indent=2), encoding="utf-8")
        shutil.rmtree(final, ignore_errors=True)
        try:
            os.replace(work, final)
        except OSError:
            # Another process finished the same conversion first: use theirs.
            if find_converted(model_id, revision, quantization, root) is None:
                raise
        state.set_progress(len(steps))
        state.set_status("Converted")
        return final
    except OSError as exc:
        reason = exc.strerror or exc
        raise ModelError(
            msg(
                "cannot write the converted model ({reason}); free disk "
                "space or set WORKBENCH_CACHE_DIR to a writable folder",
                reason=reason,
            ),
            path=final,
        ) from exc
    except (RuntimeError, ValueError, NotImplementedError) as exc:
        first = first_line(exc)
        raise ModelError(
            msg(
                "cannot convert to CTranslate2 ({first}); use the transformers engine", first=first
            ),
            path=model_dir,
        ) from exc
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _write_variant(ct2_dir: Path, vocabulary: list[str], script: str) -> int:
    """A sibling model folder with the shortlist as its vmap.txt, sharing the weights.

    CTranslate2 reads vmap.txt from the model folder, one per load. The weights
    are hard-linked (no extra disk; works on NTFS too), else symlinked, else
    copied. Loading from memory (`files=`) was tried: it holds a second copy of
    the weights in RAM.
    """
    variant = variant_dir(ct2_dir, script)
    variant.mkdir()
    for file in ct2_dir.iterdir():
        wanted = file.name in ("model.bin", "config.json") or "vocabulary" in file.name
        if file.is_file() and wanted:
            _link(file, variant / file.name)
    return write_vmap(vocabulary, script, variant / "vmap.txt")


def _link(src: Path, dst: Path) -> None:
    try:
        os.link(src, dst)
    except OSError:
        try:
            dst.symlink_to(os.path.relpath(src, dst.parent))
        except OSError:
            shutil.copy2(src, dst)


def load_ct2_vocabulary(ct2_dir: Path) -> list[str]:
    """The target vocabulary of a converted model, in id order."""
    for name in ("shared_vocabulary.json", "target_vocabulary.json"):
        path = ct2_dir / name
        if path.is_file():
            return json.loads(path.read_text(encoding="utf-8"))
    for name in ("shared_vocabulary.txt", "target_vocabulary.txt"):
        path = ct2_dir / name
        if path.is_file():
            return path.read_text(encoding="utf-8").split("\n")[:-1]
    raise ModelError(
        msg("no vocabulary file in the converted model; delete the folder to convert again"),
        path=ct2_dir,
    )


def main(argv: list[str]) -> int:
    """The child process: convert, reporting progress and the outcome as JSON lines."""
    model_dir, model_id, revision, quantization, root = argv

    def report(progress) -> None:
        line = {"done": progress.done, "total": progress.total, "status": progress.status}
        print(json.dumps(line), flush=True)

    try:
        path = _convert_here(
            Path(model_dir), model_id, revision, quantization, TaskState(report), Path(root)
        )
    except WorkbenchError as exc:
        print(json.dumps({"error": str(exc)}), flush=True)
        return 1
    print(json.dumps({"path": str(path)}), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
