"""The editor's terminology and QA, offscreen: term hits (underlined, listed, inserted with
Ctrl+Alt+N), Add term, warnings with Ignore, the With-warnings filter and the QA report."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtWidgets import QDialog  # noqa: E402

from tests.conftest import shown_window  # noqa: E402
from tests.test_gui_editor import make_project  # noqa: E402
from workbench.core import qa  # noqa: E402
from workbench.core.store import Project  # noqa: E402
from workbench.core.store_terms import add_term_entries, ignored_warnings, term_entries  # noqa: E402
from workbench.core.termbase import Term, TermEntry  # noqa: E402
from workbench.gui.actions import shortcut_table  # noqa: E402
from workbench.gui.main_window import STATUS_FILTERS, MainWindow  # noqa: E402
from workbench.gui.segment_model import COL_SOURCE  # noqa: E402
from workbench.gui.term_dialogs import AddTermDialog, QaReportDialog  # noqa: E402


@pytest.fixture
def window(qtbot, tmp_path: Path):
    path = make_project(tmp_path)
    with Project.open(path) as project:
        add_term_entries(
            project,
            [
                TermEntry({"ky": (Term("мектеп"),), "en": (Term("school"),)}),
                TermEntry({"ky": (Term("облус"),), "en": (Term("region"), Term("oblast"))}),
            ],
        )
    yield from shown_window(qtbot, path)


def show_row(win: MainWindow, row: int) -> None:
    win.grid.go_to_row(row)
    win.update_side_panel()


def test_terms_listed_underlined_and_inserted(window, qtbot):
    show_row(window, 1)  # "Ош облусунда жолдор оңдолуп жатат."
    found = window.terms_panel.found
    assert [(f.hit.form, f.targets) for f in found] == [("облусунда", ("region", "oblast"))]
    source = window.model.data(window.model.index(1, COL_SOURCE))
    seg = window.model.segment_at(1)
    ((start, end),) = window.term_spans(seg, source)
    assert source[start:end] == "облусунда"
    window.acts["term_1"].trigger()  # Ctrl+Alt+1
    window.flush()
    assert window.project.segment(seg.id).target == "region"
    assert window.acts["term_1"].shortcut().toString() == "Ctrl+Alt+1"
    assert ("Insert target term N from the side panel", "Ctrl+Alt+1 … Ctrl+Alt+9") in (
        shortcut_table()
    )


def test_warning_shown_then_ignored_and_remembered(window, qtbot):
    seg = window.model.segment_at(0)  # "Бишкек шаарында жаңы мектеп ачылды."
    window.project.set_target(seg.id, "A new college opened in Bishkek.")
    show_row(window, 0)
    checks = [w.check for w in window.terms_panel.warnings]
    assert checks == [qa.TERM_MISSING]
    window.terms_panel.warnings_list.setCurrentRow(0)
    assert window.terms_panel.ignore.isEnabled()
    window.terms_panel.ignore.click()
    qtbot.waitUntil(lambda: window.terms_panel.warnings == [])
    assert ignored_warnings(window.project) == {(seg.id, qa.TERM_MISSING, "мектеп")}


def test_with_warnings_filter_and_report(window, qtbot):
    first, second = window.model.segment_at(0), window.model.segment_at(1)
    window.project.set_target(first.id, "A new school opened in Bishkek")  # no full stop
    window.project.set_target(second.id, "Roads are repaired in Osh region.")
    names = [name for name, _ in STATUS_FILTERS]
    window.status_box.setCurrentIndex(names.index("With warnings"))
    assert window.model.ids == [first.id]
    window.show_qa_report()
    dialog = window.dialog
    assert isinstance(dialog, QaReportDialog)
    group = dialog.tree.topLevelItem(0)
    assert group.text(0).startswith("Final punctuation")
    window.status_box.setCurrentIndex(0)
    window.grid.go_to_row(5)
    dialog.tree.itemActivated.emit(group.child(0), 0)
    assert window.current_segment().id == first.id
    dialog.close()


def test_add_term_prefilled_from_selection(window, qtbot, monkeypatch):
    show_row(window, 2)  # "Нарын районунда дыйкандар буудай орушту."
    window.side.source.setSelection(6, 9)  # "районунда"
    editor = window.grid.current_editor()
    editor.setPlainText("Farmers harvested wheat in Naryn district.")
    cursor = editor.textCursor()
    start = editor.toPlainText().index("district")
    cursor.setPosition(start)
    cursor.setPosition(start + len("district"), cursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    window.add_term()
    dialog = window.dialog
    assert isinstance(dialog, AddTermDialog)
    assert (dialog.source.text(), dialog.target.text()) == ("районунда", "district")
    dialog.source.setText("район")
    dialog.note.setText("administrative unit")
    dialog.done(QDialog.DialogCode.Accepted)
    entries = term_entries(window.project)
    assert entries[-1].label("ky") == "район" and entries[-1].label("en") == "district"
    qtbot.waitUntil(lambda: any(f.hit.term.text == "район" for f in window.terms_panel.found))


def test_export_with_warnings_says_so_and_writes(window, tmp_path):
    from workbench.core.segment import Status

    seg = window.model.segment_at(0)  # "Бишкек шаарында жаңы мектеп ачылды."
    window.project.set_target(seg.id, "A new college opened in Bishkek.", status=Status.CONFIRMED)
    summary = window.export_tmx(tmp_path / "out.tmx")
    assert "1 confirmed segment(s) have 1 QA warning(s); exported anyway" in summary
    assert (tmp_path / "out.tmx").exists()
    assert "QA warning" in window.statusBar().currentMessage()


def test_edit_and_delete_term_from_the_panel(window, qtbot):
    from PySide6.QtWidgets import QMessageBox

    seg = window.model.segment_at(1)  # "Ош облусунда жолдор оңдолуп жатат."
    window.project.set_target(seg.id, "Roads are being repaired in the Osh oblast.")
    show_row(window, 1)
    panel = window.terms_panel
    assert not panel.edit_term.isEnabled()  # nothing selected yet
    panel.terms.setCurrentRow(0)
    assert panel.edit_term.isEnabled() and panel.delete_term.isEnabled()
    panel.edit_term.click()
    dialog = window.dialog
    assert isinstance(dialog, AddTermDialog) and dialog.windowTitle() == "Edit term"
    assert (dialog.source.text(), dialog.target.text()) == ("облус", "region; oblast")
    dialog.target.setText("region; province")
    dialog.forbidden_terms.setText("oblast")
    dialog.note.setText("administrative unit")
    dialog.done(QDialog.DialogCode.Accepted)
    (entry,) = [e for e in term_entries(window.project) if e.label("ky") == "облус"]
    assert [(t.text, t.forbidden) for t in entry.in_lang("en")] == [
        ("region", False),
        ("province", False),
        ("oblast", True),
    ]
    assert entry.note == "administrative unit"
    # The panel and the segment's QA follow at once: "oblast" is now forbidden.
    qtbot.waitUntil(lambda: panel.found and panel.found[0].targets == ("region", "province"))
    assert "qa-forbidden-term" in window.project.segment(seg.id).flags
    qtbot.waitUntil(lambda: qa.FORBIDDEN_TERM in [w.check for w in panel.warnings])

    # Delete asks first; No keeps the entry, Yes deletes it.
    panel.terms.setCurrentRow(0)
    panel.delete_term.click()
    box = window.dialog
    assert isinstance(box, QMessageBox) and "облус" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    box.button(QMessageBox.StandardButton.No).click()
    assert any(e.label("ky") == "облус" for e in term_entries(window.project))
    panel.terms.setCurrentRow(0)
    panel.delete_term.click()
    window.dialog.button(QMessageBox.StandardButton.Yes).click()
    assert not any(e.label("ky") == "облус" for e in term_entries(window.project))
    qtbot.waitUntil(lambda: panel.found == [])
    assert "qa-forbidden-term" not in window.project.segment(seg.id).flags


def test_terms_of_a_shared_file_cannot_be_edited_here(window, qtbot, tmp_path):
    from workbench.app.terms import import_terms

    shared = tmp_path / "shared.csv"
    shared.write_text("ky,en\nжол,road\n", encoding="utf-8")
    import_terms(window.project, shared, shared=True)
    show_row(window, 1)  # "Ош облусунда жолдор оңдолуп жатат."
    panel = window.terms_panel
    forms = [f.hit.form for f in panel.found]
    assert forms == ["облусунда", "жолдор"]
    panel.terms.setCurrentRow(1)
    assert not panel.edit_term.isEnabled() and not panel.delete_term.isEnabled()
    assert "shared termbase" in panel.edit_term.toolTip()
    panel.terms.setCurrentRow(0)
    assert panel.edit_term.isEnabled()
