"""The paragraph view (workbench/gui/paragraph_view.py) on a real project: rows as
the document reads, what can be edited, and the signals the window acts on."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402

from workbench.core.segment import Status  # noqa: E402
from workbench.core.store import NewSegment, Project  # noqa: E402
from workbench.gui.paragraph_view import UNTRANSLATED, ParagraphView, paragraph_rows  # noqa: E402


@pytest.fixture
def project(tmp_path):
    project = Project.create(tmp_path / "p.wbproj", "ky", "en")
    first = [
        NewSegment(0, 0, "", "Бишкекте мектеп ачылды.", " ", "Бишкекте мектеп ачылды.", "ky"),
        NewSegment(0, 1, "", "Анда 500 окуучу окуйт.", "", "Анда 500 окуучу окуйт.", "ky"),
        NewSegment(1, 0, "  ", "Ошто жол оңдолду.", "", "Ошто жол оңдолду.", "ky"),
    ]
    second = [NewSegment(0, 0, "", "Нарында кар жаады.", "", "Нарында кар жаады.", "ky")]
    project.add_document("a.txt", "txt", "utf-8", b"-", first)
    project.add_document("b.txt", "txt", "utf-8", b"-", second)
    a0, _a1, _a2, b0 = project.segment_ids()
    project.set_target(a0, "A school opened in Bishkek.")
    project.set_target(b0, "Snow fell in Naryn.", status=Status.CONFIRMED)
    yield project
    project.close()


def test_rows_follow_the_documents_paragraphs(project):
    docs = [d.id for d in project.documents()]
    rows = paragraph_rows(list(project.segments()))
    assert rows == [
        (docs[0], 0, "Бишкекте мектеп ачылды. Анда 500 окуучу окуйт.",
         f"A school opened in Bishkek. {UNTRANSLATED}"),
        (docs[0], 1, "Ошто жол оңдолду.", UNTRANSLATED),
        # Paragraph 0 of another document is a row of its own.
        (docs[1], 0, "Нарында кар жаады.", "Snow fell in Naryn."),
    ]  # fmt: skip
    assert paragraph_rows([]) == []


@pytest.fixture
def view(qtbot, project):
    view = ParagraphView()
    qtbot.addWidget(view)
    view.resize(700, 400)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_load_shows_one_document_with_untranslated_parts_marked(view, project):
    edited: list[tuple] = []
    view.paragraphEdited.connect(lambda *args: edited.append(args))
    doc_a = project.documents()[0].id
    view.load(project, doc_a)
    assert view.rowCount() == 2 and view.keys == [(doc_a, 0), (doc_a, 1)]
    assert edited == []  # filling the table is not an edit
    source, partly = view.item(0, 0), view.item(0, 1)
    assert not source.flags() & Qt.ItemFlag.ItemIsEditable
    assert partly.flags() & Qt.ItemFlag.ItemIsEditable
    assert partly.toolTip() == "… marks segments not translated yet"
    untranslated = view.item(1, 1)
    assert untranslated.text() == UNTRANSLATED
    assert untranslated.foreground().color() == view.palette().placeholderText().color()
    view.load(project, None)  # all documents
    assert view.rowCount() == 3


def test_edit_and_double_click_name_their_paragraph(view, project, qtbot):
    doc_a, doc_b = (d.id for d in project.documents())
    view.load(project, None)
    with qtbot.waitSignal(view.paragraphEdited) as edited:
        view.item(2, 1).setText("It snowed in Naryn.")
    assert edited.args == [doc_b, 0, "It snowed in Naryn."]
    with qtbot.waitSignal(view.paragraphActivated) as activated:
        view.cellDoubleClicked.emit(1, 0)
    assert activated.args == [doc_a, 1]


def test_show_paragraph_selects_it_and_ignores_unknown_ones(view, project):
    doc_a, doc_b = (d.id for d in project.documents())
    view.load(project, None)
    view.show_paragraph(doc_b, 0)
    assert view.currentRow() == 2 and view.current_key() == (doc_b, 0)
    view.show_paragraph(doc_a, 99)  # not in the view: the selection stays
    assert view.current_key() == (doc_b, 0)
    view.load(project, doc_a)
    view.setCurrentCell(-1, -1)
    assert view.current_key() is None
