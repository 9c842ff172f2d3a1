"""Batch translation of folders, end to end on the tiny model (the real engine and pipeline)."""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path

import pytest

from tests.fixtures.make_tiny_model import corpus
from workbench.app.batch import BatchOptions, BatchProgress, run_batch
from workbench.app.batch_report import FAILED, PENDING, SKIPPED, TRANSLATED, FileResult
from workbench.cli import main
from workbench.cli.batch_cmd import ProgressView
from workbench.core import flags as F
from workbench.core.task import TaskState
from workbench.mt.config import EngineConfig
from workbench.mt.engine import Work

# --------------------------------------------------------------------------- helpers


def sentences(n: int, start: int = 0, only_kyrgyz: bool = False) -> list[str]:
    """n distinct sentences in the tiny model's languages (or only its Kyrgyz ones)."""
    base = [s for s in corpus() if not only_kyrgyz or set(s) & set("ңөүҢӨҮ")]
    return [f"{base[i % len(base)][:-1]} {i}." for i in range(start, start + n)]


def write_docs(src: Path, files: int, per_file: int) -> None:
    for f in range(files):
        folder = src / f"part {f % 3}"
        folder.mkdir(parents=True, exist_ok=True)
        text = "\n\n".join(sentences(per_file, f * per_file))
        (folder / f"doc {f}.txt").write_text(text, encoding="utf-8")


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under folder (the state folder .workbench left out), by relative path."""
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.is_symlink() and ".workbench" not in p.relative_to(folder).parts
    }


def digest_tree(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        if p.is_file()
        else "link"
        for p in sorted(folder.rglob("*"))
        if p.is_symlink() or p.is_file()
    }


def report_of(out: Path) -> dict:
    return json.loads((out / ".workbench" / "report.json").read_text(encoding="utf-8"))


def statuses(out: Path) -> dict[str, tuple[str, str]]:
    return {f["path"]: (f["status"], f["reason"]) for f in report_of(out)["files"]}


class SpyEngine:
    """The real engine, with a record of every batch it was asked to translate."""

    def __init__(self, engine) -> None:
        self._engine = engine
        self.batches: list[tuple[str, list[str]]] = []

    def __getattr__(self, name: str):
        return getattr(self._engine, name)

    def translate(self, batch, src, tgt, settings, work=Work.THROUGHPUT):
        self.batches.append((src, list(batch)))
        return self._engine.translate(batch, src, tgt, settings, work)

    def close(self) -> None:  # the fixture owns the engine
        pass


@pytest.fixture(scope="module")
def engine(tiny_model_dir, tmp_path_factory):
    """One loaded tiny engine for the in-process tests (its conversion cached in tmp)."""
    from workbench.mt.loader import load_engine

    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("WORKBENCH_CACHE_DIR", str(tmp_path_factory.mktemp("engine-cache")))
        loaded = load_engine(str(tiny_model_dir))
    yield loaded
    loaded.close()


def options(src: Path, out: Path, **kw) -> BatchOptions:
    return BatchOptions(src, out, kw.pop("target", "en"), **kw)


# --------------------------------------------------------------------------- the CLI


def test_every_awkward_input_gets_a_clear_status_and_sources_stay_untouched(
    tiny_model_dir, tmp_path, capsys
):
    src, out = tmp_path / "src", tmp_path / "out"
    (src / "папка с пробелами").mkdir(parents=True)
    ky = "Бишкек шаарында жаңы мектеп ачылды. Ош облусунда жолдор оңдолуп жатат."
    ru = "В Бишкеке открылась новая школа."
    (src / "utf8.txt").write_text(ky + "\n\nIn Bishkek a new school opened.\n", encoding="utf-8")
    (src / "cp1251.txt").write_bytes((ru + "\n").encode("cp1251"))
    (src / "koi8.txt").write_bytes("В Оше ремонтируют дороги.\n".encode("koi8-r"))
    (src / "utf16.txt").write_bytes(ky.encode("utf-16"))
    (src / "empty.txt").write_bytes(b"")
    (src / "blank.txt").write_bytes(b"  \n\t\n")
    (src / "blank16.txt").write_bytes(" \n ".encode("utf-16"))
    (src / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (src / "control.txt").write_text("Ош облусунда\x07 жолдор\x1b оңдолуп жатат.", "utf-8")
    (src / "папка с пробелами" / "жаңылык 1.md").write_text(f"# Жаңылык\n\n{ky}\n", "utf-8")
    (src / "scan.pdf").write_bytes(b"%PDF-1.4")
    (src / "папка с пробелами" / "loop").symlink_to("..")
    before = digest_tree(src)

    rc = main(["batch", str(src), str(out), "--to", "en", "--model", str(tiny_model_dir)])
    err = capsys.readouterr().err

    assert rc == 1  # binary.txt failed
    assert digest_tree(src) == before  # the source folder is never changed
    got = statuses(out)
    for name in ("utf8.txt", "cp1251.txt", "koi8.txt", "utf16.txt", "control.txt"):
        assert got[name][0] == TRANSLATED, name
    assert got["папка с пробелами/жаңылык 1.md"][0] == TRANSLATED
    assert got["binary.txt"][0] == FAILED and "binary" in got["binary.txt"][1]
    for name in ("empty.txt", "blank.txt", "blank16.txt"):
        assert got[name] == (SKIPPED, "empty: there is no text to translate"), name
    assert got["scan.pdf"][0] == SKIPPED and ".pdf" in got["scan.pdf"][1]
    assert "link loop" in got["папка с пробелами/loop/"][1]

    copies = tree(out)
    assert set(copies) == {
        "utf8.txt", "cp1251.txt", "koi8.txt", "utf16.txt", "control.txt",
        "папка с пробелами/жаңылык 1.md",
    }  # fmt: skip
    # Copies are UTF-8 text whatever the source's encoding, paragraph for paragraph.
    assert copies["cp1251.txt"].decode("utf-8").strip()
    assert copies["utf8.txt"].decode("utf-8").count("\n\n") == 1
    assert copies["папка с пробелами/жаңылык 1.md"].decode("utf-8").startswith("# ")
    # The English paragraph is already in the target language: copied unchanged.
    assert "In Bishkek a new school opened." in copies["utf8.txt"].decode("utf-8")

    files = {f["path"]: f for f in report_of(out)["files"]}
    assert files["cp1251.txt"]["encoding"] == "cp1251"
    assert files["koi8.txt"]["encoding"] == "koi8-r"
    assert files["utf16.txt"]["encoding"].startswith("utf-16")
    assert F.CONTROL_CHARS_REMOVED in files["control.txt"]["flags"]
    assert files["utf8.txt"]["passed_through"] == 1 and files["utf8.txt"]["sentences"] == 3
    assert files["utf8.txt"]["languages"] == {"en": 1, "ky": 2}
    # The summary names the failure; plain lines (no bar) when stderr is not a terminal.
    assert "6 translated" in err and "1 failed" in err and "binary.txt" in err
    assert "\x1b[K" not in err and "Traceback" not in err


def test_model_that_fails_to_load_writes_nothing(tmp_path, capsys):
    src, out = tmp_path / "src", tmp_path / "out"
    src.mkdir()
    (src / "a.txt").write_text("Бишкек шаарында жаңы мектеп ачылды.", encoding="utf-8")
    rc = main(["batch", str(src), str(out), "--to", "en", "--model", str(tmp_path / "no-model")])
    err = capsys.readouterr().err.strip()
    assert rc == 1 and len(err.splitlines()) == 1 and "no-model" in err
    assert not out.exists()

    broken = tmp_path / "broken-model"
    broken.mkdir()
    (broken / "config.json").write_text('{"model_type": "m2m_100"}', encoding="utf-8")
    (broken / "model.safetensors").write_bytes(b"not weights")
    rc = main(["batch", str(src), str(out), "--to", "en", "--model", str(broken)])
    lines = [x for x in capsys.readouterr().err.splitlines() if x.startswith("workbench:")]
    assert rc == 1 and len(lines) == 1 and "Traceback" not in lines[0]
    assert tree(out) == {} if out.exists() else True
    assert not (out / ".workbench" / "manifest.jsonl").exists()
    assert not (out / ".workbench" / "report.json").exists()


def test_bad_arguments_are_one_line_errors(tiny_model_dir, tmp_path, capsys):
    src = tmp_path / "src"
    src.mkdir()
    model = ["--model", str(tiny_model_dir)]
    assert main(["batch", str(src), str(src), "--to", "en", *model]) == 1
    assert "is the source folder" in capsys.readouterr().err
    assert main(["batch", str(src), str(tmp_path / "o"), "--to", "xx", *model]) == 1
    assert "unknown language" in capsys.readouterr().err
    assert main(["batch", str(src), str(tmp_path / "o"), "--to", "en", "--formats", "pdf"]) == 1
    assert "unknown format 'pdf'" in capsys.readouterr().err
    assert not (tmp_path / "o").exists()


def test_output_folder_that_cannot_be_written(tiny_model_dir, tmp_path, capsys):
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("Бишкек шаарында жаңы мектеп ачылды.", encoding="utf-8")
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    out = tmp_path / "a-file" / "out"  # its parent is a file: the folder cannot be made
    rc = main(["batch", str(src), str(out), "--to", "en", "--model", str(tiny_model_dir)])
    err = capsys.readouterr().err
    lines = [x for x in err.splitlines() if x.startswith("workbench:")]
    assert rc == 1 and len(lines) == 1 and "Traceback" not in err
    assert "cannot write in the output folder" in lines[0]
    assert "loading the model" not in err  # found out before the slow part


def test_output_folder_inside_the_source_is_not_read_back(tiny_model_dir, tmp_path):
    src = tmp_path / "src"
    write_docs(src, 2, 3)
    out = src / "translated"
    args = ["batch", str(src), str(out), "--to", "ru", "--model", str(tiny_model_dir)]
    assert main(args) == 0
    first = tree(out)
    assert main(args) == 0  # the copies in src/translated are not new inputs
    assert tree(out) == first
    got = statuses(out)
    assert got["translated/"][0] == SKIPPED
    assert sum(1 for s, _ in got.values() if s == TRANSLATED) == 2
    assert report_of(out)["totals"]["reused"] == 2


def test_progress_bar_on_a_terminal():
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    stream = Terminal()
    view = ProgressView(stream)
    view.progress(BatchProgress("translating", 1, 4, 30, 120, "a/b.txt", 3, 10, 12.5, 7.2))
    view.file_done(FileResult("bad.txt", FAILED, "this looks like a binary file"))
    view.close()
    text = stream.getvalue()
    assert "\r" in text and "files 1/4" in text and "sentences 30/120" in text
    assert "12.5 sentences/s" in text and "ETA 0:00:07" in text
    assert "failed: bad.txt: this looks like a binary file\n" in text


# --------------------------------------------------------------------------- in process


def test_each_distinct_sentence_once_batches_across_files_and_progress(engine, tmp_path):
    src, out = tmp_path / "src", tmp_path / "out"
    shared = sentences(5, 1000, only_kyrgyz=True)
    for f in range(4):
        own = sentences(6, f * 6, only_kyrgyz=True)
        text = "\n\n".join(own + shared + own[:2])  # repeats inside and across files
        (src / f"f{f}").mkdir(parents=True)
        (src / f"f{f}" / "doc.txt").write_text(text, encoding="utf-8")
    spy = SpyEngine(engine)
    events: list[BatchProgress] = []
    finished: list[FileResult] = []
    report = run_batch(options(src, out), TaskState(), events.append, finished.append, engine=spy)

    assert report.ok and report.count(TRANSLATED) == 4
    sent = [text for _, batch in spy.batches for text in batch]
    assert len(sent) == len(set(sent)) == 4 * 6 + 5  # each distinct sentence exactly once
    owner = {s: f for f in range(4) for s in sentences(6, f * 6, only_kyrgyz=True)}
    assert any(len({owner.get(t, "shared") for t in batch}) > 1 for _, batch in spy.batches)
    for _, batch in spy.batches:  # longest first inside each batch
        counts = [engine.count_tokens(t, "ky") for t in batch]
        assert counts == sorted(counts, reverse=True)

    # Progress: overall counts only grow and end complete; per-file counts reach the file's.
    done = [e.sentences_done for e in events if e.stage == "translating"]
    assert done == sorted(done) and done[-1] == events[-1].sentences_total == 4 * 13
    per_file = {e.file: e for e in events if e.stage == "translating" and e.file}
    assert all(e.file_sentences_done == e.file_sentences_total == 13 for e in per_file.values())
    assert events[-1].stage == "done" and events[-1].files_done == 4
    assert sorted(r.path for r in finished) == [f"f{f}/doc.txt" for f in range(4)]


def test_links_in_the_output_folder_are_never_written_through(engine, tmp_path):
    """A folder link inside OUT (made by someone else, or an earlier tool) must not
    carry the copies out of OUT; a file link there is replaced, its target untouched."""
    src, out, elsewhere = tmp_path / "src", tmp_path / "out", tmp_path / "elsewhere"
    (src / "news").mkdir(parents=True)
    (src / "news" / "a.txt").write_text("Бишкек шаарында жаңы мектеп ачылды.", "utf-8")
    (src / "b.txt").write_text("Ош облусунда жолдор оңдолуп жатат.", "utf-8")
    elsewhere.mkdir()
    (elsewhere / "b.txt").write_text("someone's own file", "utf-8")
    out.mkdir()
    (out / "news").symlink_to(elsewhere, target_is_directory=True)
    (out / "b.txt").symlink_to(elsewhere / "b.txt")
    before = digest_tree(elsewhere)

    report = run_batch(options(src, out), engine=engine)

    assert digest_tree(elsewhere) == before  # nothing written through either link
    got = statuses(out)
    assert (
        got["news/a.txt"][0] == FAILED and "is a link in the output folder" in got["news/a.txt"][1]
    )
    assert got["b.txt"][0] == TRANSLATED
    assert not (out / "b.txt").is_symlink()  # the link itself was replaced by the copy
    assert (out / "b.txt").read_text("utf-8").strip()
    assert report.count(FAILED) == 1


def test_rerun_keeps_finished_files_and_redoes_changed_ones(engine, tmp_path):
    src, out = tmp_path / "src", tmp_path / "out"
    write_docs(src, 3, 4)
    run_batch(options(src, out), engine=engine)
    first = tree(out)

    spy = SpyEngine(engine)
    again = run_batch(options(src, out), engine=spy)
    assert spy.batches == [] and tree(out) == first
    assert all(f.reused for f in again.files) and again.sentences == 12

    changed = src / "part 1" / "doc 1.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\n\nЖаңы сүйлөм 77.", "utf-8")
    third = run_batch(options(src, out), engine=SpyEngine(engine))
    redone = [f.path for f in third.files if not f.reused]
    assert redone == ["part 1/doc 1.txt"]
    assert "77" in (out / "part 1" / "doc 1.txt").read_text(encoding="utf-8")

    other_language = run_batch(options(src, out, target="ru"), engine=engine)
    assert not any(f.reused for f in other_language.files)  # other settings: all redone


def test_cancel_then_resume_gives_the_same_outputs(engine, tmp_path, monkeypatch):
    src = tmp_path / "src"
    write_docs(src, 12, 25)
    state = TaskState()

    def stop_after_first(result: FileResult) -> None:
        if result.status == TRANSLATED:
            state.cancel()

    out = tmp_path / "out"
    stopped = run_batch(options(src, out), state, on_file=stop_after_first, engine=engine)
    assert stopped.interrupted and not stopped.ok
    done_first = {f.path for f in stopped.files if f.status == TRANSLATED}
    assert 1 <= len(done_first) < 12
    assert all(f.status == PENDING for f in stopped.files if f.path not in done_first)
    assert report_of(out)["interrupted"] is True

    spy = SpyEngine(engine)
    resumed = run_batch(options(src, out), engine=spy)
    assert resumed.ok and {f.path for f in resumed.files if f.reused} == done_first

    monkeypatch.setenv("WORKBENCH_CACHE_DIR", str(tmp_path / "fresh-cache"))
    reference = tmp_path / "reference"
    assert run_batch(options(src, reference), engine=engine).ok
    assert tree(out) == tree(reference)


def test_full_disk_stops_cleanly_and_a_rerun_finishes(engine, tmp_path, monkeypatch):
    """The disk is simulated by an injected writer that fails with ENOSPC after 3 copies."""
    import errno

    from workbench.app.batch_manifest import atomic_write

    src, out = tmp_path / "src", tmp_path / "out"
    write_docs(src, 8, 5)
    written: list[Path] = []

    def filling_disk(path: Path, data: bytes) -> None:
        if path.suffix == ".txt" and len(written) >= 3:
            raise OSError(errno.ENOSPC, "No space left on device")
        atomic_write(path, data)
        if path.suffix == ".txt":
            written.append(path)

    report = run_batch(options(src, out), writer=filling_disk, engine=engine)
    assert "No space left on device" in report.error and not report.ok
    by_status = {s: [f.path for f in report.files if f.status == s] for s in (TRANSLATED, FAILED)}
    assert len(by_status[TRANSLATED]) == 3 and len(by_status[FAILED]) == 1
    assert set(tree(out)) == {str(p.relative_to(out)) for p in written}  # nothing half-written
    assert report_of(out)["error"] == report.error

    resumed = run_batch(options(src, out), engine=engine)
    assert resumed.ok and sum(f.reused for f in resumed.files) == 3
    monkeypatch.setenv("WORKBENCH_CACHE_DIR", str(tmp_path / "fresh-cache"))
    assert run_batch(options(src, tmp_path / "reference"), engine=engine).ok
    assert tree(out) == tree(tmp_path / "reference")


def test_tmx_of_the_run_marks_machine_translation(engine, tmp_path):
    from lxml import etree

    src, out = tmp_path / "src", tmp_path / "out"
    src.mkdir()
    ky = ["Бишкек шаарында жаңы мектеп ачылды.", "Ош облусунда жолдор оңдолуп жатат."]
    (src / "ky.txt").write_text("\n\n".join(ky), encoding="utf-8")
    (src / "ru.txt").write_text("В Бишкеке открылась новая школа.", encoding="utf-8")
    (src / "en.txt").write_text("In Bishkek a new school opened.", encoding="utf-8")
    tmx = tmp_path / "run.tmx"
    report = run_batch(options(src, out, target="ru", tmx=tmx), engine=engine)
    assert report.ok and str(tmx) in report.tmx
    units = etree.parse(str(tmx)).getroot().findall("body/tu")
    # Russian is the target: ru.txt is copied, not translated, so it has no pairs.
    assert sorted(tu.findtext("tuv[1]/seg") for tu in units) == sorted(
        [*ky, "In Bishkek a new school opened."]
    )
    assert all(tu.get("creationid") == "MT!" for tu in units)
    docs = {tu.findtext("prop[@type='x-document']") for tu in units}
    assert docs == {"ky.txt", "en.txt"}


def test_memory_matches_are_reused_before_mt(engine, tmp_path):
    from workbench.core.store import Project
    from workbench.core.tm import ORIGIN_TMX, store_unit
    from workbench.core.tmx import TmxUnit
    from workbench.core.tmx_write import write_tmx

    src = tmp_path / "src"
    src.mkdir()
    known = "Бишкек шаарында жаңы мектеп ачылды."
    human = "A new school has opened in Bishkek."
    other = "Ош облусунда жолдор оңдолуп жатат."
    (src / "a.txt").write_text(f"{known} {other}", encoding="utf-8")

    project = tmp_path / "memory.wbproj"
    with Project.create(project, "ky", "en") as p, p.transaction():
        store_unit(p, "ky", "en", known, human, origin=ORIGIN_TMX)
    tmx = tmp_path / "memory.tmx"
    write_tmx(tmx, [TmxUnit([("ky", known), ("en", human)])], "ky")

    spy = SpyEngine(engine)
    for memory in ({"project": project}, {"memory": tmx}):
        out = tmp_path / f"out-{next(iter(memory))}"
        report = run_batch(options(src, out, **memory), engine=spy)
        assert report.ok and report.files[0].from_memory == 1
        assert (out / "a.txt").read_text(encoding="utf-8").startswith(human + " ")
    # Only the new sentence went to MT, and only once (the second run found it in the cache).
    assert [t for _, batch in spy.batches for t in batch] == [other]


def test_formats_option_limits_what_is_translated(engine, tmp_path):
    src, out = tmp_path / "src", tmp_path / "out"
    src.mkdir()
    (src / "a.txt").write_text("Бишкек шаарында жаңы мектеп ачылды.", encoding="utf-8")
    (src / "b.markdown").write_text("# Ош облусунда жолдор оңдолуп жатат.", encoding="utf-8")
    report = run_batch(options(src, out, formats=(".markdown",)), engine=engine)
    assert report.ok
    got = {f.path: f for f in report.files}
    assert got["b.markdown"].status == TRANSLATED
    assert got["a.txt"].status == SKIPPED and "not among the formats" in got["a.txt"].reason
    assert set(tree(out)) == {"b.markdown"}


def test_cancel_while_the_model_loads_leaves_nothing_finished(tiny_model_dir, tmp_path):
    """Cancel during the (first) CTranslate2 conversion: the child process is stopped,
    the run reports itself interrupted, and the next run does everything."""
    src, out = tmp_path / "src", tmp_path / "out"
    write_docs(src, 3, 4)
    state = TaskState()

    def cancel_on_load(progress: BatchProgress) -> None:
        if progress.stage == "loading":
            state.cancel()

    opts = options(src, out, mt=EngineConfig(model=str(tiny_model_dir), engine="ctranslate2"))
    stopped = run_batch(opts, state, on_progress=cancel_on_load)
    assert stopped.interrupted and not stopped.ok
    assert all(f.status == PENDING for f in stopped.files)
    assert not [p for p in out.rglob("*.txt")]
    resumed = run_batch(opts)
    assert resumed.ok and len([f for f in resumed.files if f.status == TRANSLATED]) == 3
