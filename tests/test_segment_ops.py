"""Merging and splitting segments (core/segment_ops.py, app/segments.py, `workbench segment`):
within one paragraph, kept by every export (docx formatting read back with python-docx,
XLIFF read back with translate-toolkit and validated) and by the memory, undone exactly."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import pytest
from lxml import etree

from tests.conftest import new_project, run_cli
from workbench.app import segments as ops
from workbench.core import store_terms, tm
from workbench.core.importer import export_documents, import_file
from workbench.core.inline import Coded, tagged
from workbench.core.segment import Status
from workbench.core.segment_ops import CannotRestructure
from workbench.core.store import Project

FIX = Path(__file__).parent / "fixtures" / "xliff"


def sources(project: Project) -> list[tuple[int, int, str]]:
    return [(s.paragraph, s.position, tagged(s.source_coded)) for s in project.segments()]


# -- plain text ----------------------------------------------------------------------


def test_merge_and_split_stay_in_the_paragraph_and_undo_exactly(tmp_path: Path) -> None:
    with new_project(
        tmp_path / "p.wbproj",
        [["Бишкекте мектеп ачылды.", "Анда 48 класс бар.", "Баары жаңы."], ["Ошто жол."]],
    ) as project:
        first, second = project.segment_ids()[:2]
        project.set_target(first, "A school opened in Bishkek.", status=Status.CONFIRMED)
        project.set_target(second, "It has 48 classes.", status=Status.CONFIRMED)
        store_terms.set_warning_ignored(project, second, "numbers", "48")
        before = project.segment_rows(project.segment_ids())
        edit = ops.merge_with_next(project, first)
        assert sources(project) == [
            (0, 0, "Бишкекте мектеп ачылды. Анда 48 класс бар."),
            (0, 1, "Баары жаңы."),
            (1, 0, "Ошто жол."),
        ]
        merged = project.segment(first)
        assert merged.target == "A school opened in Bishkek. It has 48 classes."
        assert merged.status == Status.CONFIRMED  # two confirmed halves make a confirmed whole
        assert merged.mt_source == merged.source
        # never across paragraphs (nor past a document's end)
        last_of_paragraph = project.segment_ids()[1]
        with pytest.raises(CannotRestructure, match="new paragraph"):
            ops.merge_with_next(project, last_of_paragraph)
        with pytest.raises(CannotRestructure, match="ends its document"):
            ops.merge_with_next(project, project.segment_ids()[-1])
        assert store_terms.ignored_warnings(project) == set()  # went with the segment
        ops.undo(project, edit)
        assert project.segment_rows(project.segment_ids()) == before  # every column, ids too
        assert store_terms.ignored_warnings(project) == {(second, "numbers", "48")}
        ops.redo(project, edit)
        assert project.segment(first).source == merged.source

        # split the merged segment where the second sentence starts, target at its full stop
        at = merged.source.index("Анда")
        split = ops.split(project, first, at, merged.target.index("It has"))
        left, right = project.segments_by_id(split.segment_ids)
        assert (left.source, left.trail, right.lead, right.source) == (
            "Бишкекте мектеп ачылды.",
            " ",
            "",
            "Анда 48 класс бар.",
        )
        assert (left.target, right.target) == ("A school opened in Bishkek.", "It has 48 classes.")
        # the pair changed: looked at again, not confirmed
        assert left.status == right.status == Status.NEEDS_REVIEW
        assert [s.position for s in project.segments() if s.paragraph == 0] == [0, 1, 2]
        with pytest.raises(CannotRestructure, match="between two words"):
            ops.split(project, right.id, 0)
        ops.undo(project, split)
        assert project.segment(first).source == merged.source
        assert len(project.segment_ids()) == 3


def test_locked_segments_are_neither_merged_nor_split(tmp_path: Path) -> None:
    project = Project.create(tmp_path / "p.wbproj", "en", "ru")
    shutil.copy(FIX / "trados.sdlxliff", tmp_path / "t.sdlxliff")
    import_file(project, tmp_path / "t.sdlxliff")
    with project:
        locked = next(s for s in project.segments() if s.locked)
        with pytest.raises(CannotRestructure, match="locked"):
            ops.split(project, locked.id, 3)


# -- the memory ----------------------------------------------------------------------


def units(project: Project) -> set[tuple[str, str]]:
    rows = project.connection.execute("SELECT source, target FROM tm_units").fetchall()
    return {(r[0], r[1]) for r in rows}


def test_the_merged_pair_enters_the_memory_as_one_unit(tmp_path: Path) -> None:
    with new_project(
        tmp_path / "p.wbproj",
        [["Мектеп ачылды.", "Класс бар."], ["Класс бар."]],
    ) as project:
        ids = project.segment_ids()
        for sid, text in zip(
            ids, ["School opened.", "There are classes.", "Classes."], strict=True
        ):
            seg = project.set_target(sid, text, status=Status.CONFIRMED)
            tm.add_confirmed(project, seg)
        old = units(project)
        assert old == {("Мектеп ачылды.", "School opened."), ("Класс бар.", "Classes.")}
        edit = ops.merge_with_next(project, ids[0])
        # the merged pair is one unit; "Мектеп ачылды." no longer exists as a segment, so its
        # unit goes; "Класс бар." is still a confirmed segment (paragraph 2): its unit stays
        assert units(project) == {
            ("Мектеп ачылды. Класс бар.", "School opened. There are classes."),
            ("Класс бар.", "Classes."),
        }
        match = tm.lookup(project, "Мектеп ачылды. Класс бар.", "ky", "en")[0]
        assert match.score == 100
        ops.undo(project, edit)
        assert units(project) == old
        ops.redo(project, edit)
        assert ("Мектеп ачылды.", "School opened.") not in units(project)


# -- docx with formatting ------------------------------------------------------------


def _bold_docx(path: Path) -> None:
    d = docx.Document()
    p = d.add_paragraph("Бишкекте ")
    p.add_run("жаңы мектеп ачылды. Анда 48").bold = True
    p.add_run(" класс бар. Мугалимдер да жаңы.")
    d.add_paragraph("Экинчи абзац.")
    d.save(str(path))


def _runs(path: Path) -> list[list[tuple[str, bool]]]:
    d = docx.Document(str(path))
    return [[(r.text, bool(r.bold)) for r in p.runs] for p in d.paragraphs]


def test_docx_export_after_merge_and_split_keeps_the_formatting(tmp_path: Path) -> None:
    _bold_docx(tmp_path / "news.docx")
    project = Project.create(tmp_path / "p.wbproj", "ky", "en")
    import_file(project, tmp_path / "news.docx")
    with project:
        # the bold run spans the sentence end: the segmenter cut it into two pairs
        assert sources(project)[:2] == [
            (0, 0, "Бишкекте ⟨1⟩жаңы мектеп ачылды.⟨/1⟩"),
            (0, 1, "⟨1⟩Анда 48⟨/1⟩ класс бар."),
        ]
        first = project.segment_ids()[0]
        ops.merge_with_next(project, first)
        merged = project.segment(first)
        assert (
            tagged(merged.source_coded) == "Бишкекте ⟨1⟩жаңы мектеп ачылды. Анда 48⟨/1⟩ класс бар."
        )
        text = (
            merged.source.replace("Бишкекте", "In Bishkek")
            .replace("жаңы мектеп ачылды. Анда 48", "a new school opened. It has 48")
            .replace("класс бар.", "classes.")
        )
        project.set_target(first, Coded(text, merged.source_codes), status=Status.CONFIRMED)
        export_documents(project, tmp_path / "out")
        assert _runs(tmp_path / "out" / "news.docx")[0] == [
            ("In Bishkek ", False),
            ("a new school opened. It has 48", True),
            (" classes. Мугалимдер да жаңы.", False),  # the third sentence: untranslated
        ]
        # split inside the bold pair, the translation at the same place
        merged = project.segment(first)
        edit = ops.split(project, first, merged.source.index("Анда"), merged.target.index("It has"))
        left, right = project.segments_by_id(edit.segment_ids)
        assert tagged(left.source_coded) == "Бишкекте ⟨1⟩жаңы мектеп ачылды.⟨/1⟩"
        assert tagged(right.source_coded) == "⟨1⟩Анда 48⟨/1⟩ класс бар."
        assert tagged(left.target_coded) == "In Bishkek ⟨1⟩a new school opened.⟨/1⟩"
        assert tagged(right.target_coded) == "⟨1⟩It has 48⟨/1⟩ classes."
        export_documents(project, tmp_path / "out2")
        assert _runs(tmp_path / "out2" / "news.docx") == _runs(tmp_path / "out" / "news.docx")


# -- XLIFF: a split unit is written back whole ---------------------------------------


def test_xliff_unit_split_in_two_is_exported_as_one_valid_target(tmp_path: Path) -> None:
    from translate.storage.xliff import xlifffile

    project = Project.create(tmp_path / "p.wbproj", "en", "ru")
    shutil.copy(FIX / "omegat.xlf", tmp_path / "omegat.xlf")
    import_file(project, tmp_path / "omegat.xlf")
    with project:
        seg = next(s for s in project.segments() if s.source.startswith("Thank you"))
        shutil.copy(FIX / "omegat.xlf", tmp_path / "x.xlf")
        edit = ops.split(project, seg.id, seg.source.index("you"))
        left, right = project.segments_by_id(edit.segment_ids)
        project.set_target(left.id, "Спасибо", status=Status.CONFIRMED)
        export_documents(project, tmp_path / "half")
        unit = next(
            u
            for u in xlifffile.parsefile(str(tmp_path / "half" / "omegat.xlf")).units
            if u.getid().endswith("\x043")
        )
        assert unit.target == "Спасибо."  # half done: the file keeps its own target
        project.set_target(right.id, "вам.", status=Status.NEEDS_REVIEW)
        export_documents(project, tmp_path / "out")
        data = (tmp_path / "out" / "omegat.xlf").read_bytes()
        schema = etree.XMLSchema(etree.parse(str(FIX / "xliff-core-1.2-transitional.xsd")))
        assert schema.validate(etree.fromstring(data))
        unit = next(u for u in xlifffile.parsestring(data).units if u.getid().endswith("\x043"))
        assert unit.target == "Спасибо вам."  # both parts, joined with the source's space
        state = etree.fromstring(data).xpath(
            "//x:trans-unit[@id='3']/x:target/@state", namespaces={"x": NS12}
        )
        # the least advanced part's state: needs review ("translated"), not confirmed ("final")
        assert state == ["translated"]


NS12 = "urn:oasis:names:tc:xliff:document:1.2"


# -- the CLI -------------------------------------------------------------------------


def test_cli_merge_and_split(tmp_path: Path) -> None:
    path = tmp_path / "p.wbproj"
    with new_project(path, [["Мектеп ачылды.", "Класс бар."], ["Жол."]]) as project:
        first, second, third = project.segment_ids()
    done = run_cli("segment", "merge", str(path), str(first), text=True)
    assert done.returncode == 0, done.stderr
    assert "merged into 1 segment" in done.stdout and "Мектеп ачылды. Класс бар." in done.stdout
    refused = run_cli("segment", "merge", str(path), str(first), text=True)
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert refused.stderr.count("\n") == 1 and "only within a paragraph" in refused.stderr
    done = run_cli("segment", "split", str(path), str(first), "--before", "Класс", text=True)
    assert done.returncode == 0, done.stderr
    missing = run_cli("segment", "split", str(path), str(first), "--before", "Жок", text=True)
    assert missing.returncode == 1 and "has no 'Жок'" in missing.stderr
    with Project.open(path, read_only=True) as project:
        assert [s.source for s in project.segments()] == ["Мектеп ачылды.", "Класс бар.", "Жол."]


def test_cli_waits_for_no_one_while_another_writer_holds_the_project(tmp_path: Path) -> None:
    """One writer at a time: a merge while an editor elsewhere holds the project is refused
    with one line naming the holder; nothing changes."""
    from tests.conftest import write_foreign_lock

    path = tmp_path / "p.wbproj"
    with new_project(path, [["Мектеп ачылды.", "Класс бар."]]) as project:
        first = project.segment_ids()[0]
    write_foreign_lock(path)
    refused = run_cli("segment", "merge", str(path), str(first), text=True)
    assert refused.returncode == 1 and refused.stderr.count("\n") == 1
    assert "laptop-of-aigul" in refused.stderr and "Traceback" not in refused.stderr
    with Project.open(path, read_only=True) as project:
        assert len(project.segment_ids()) == 2
