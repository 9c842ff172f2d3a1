"""The real editor window and its dialogs under the Russian and Kyrgyz translators: no
English may remain in what a person sees (menus, actions, labels, buttons, tooltips,
placeholders, headers, combo items, titles), apart from a short list of proper names; nor
in the messages the core builds (a QA warning in the side panel and the QA report, an error
on a file that cannot be imported: core/i18n.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QModelIndex, Qt  # noqa: E402
from PySide6.QtGui import QAction  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QWidget,
)

from workbench.core.settings import Settings  # noqa: E402
from workbench.core.store import (
    NewSegment,  # noqa: E402
    Project,  # noqa: E402
)
from workbench.gui import i18n  # noqa: E402
from workbench.gui.main_window import MainWindow  # noqa: E402

# Proper names, product and format names, key names and file suffixes stay as they are.
ALLOWED = {
    *"Translation Workbench NLLB Meta CC BY NC TMX CSV XLIFF GPU CPU CUDA CTranslate".split(),
    *"Transformers Ctrl Shift Alt Tab End Enter Return Space Del PgUp PgDown Esc".split(),
    *"txt docx wbproj tmx csv json config nllb distilled hub F Z".split(),
    *"g name".split(),  # \\g<name>: Python's own syntax for a named group
    *"md markdown html htm srt xlf xliff sdlxliff mqxliff OK".split(),
    "English",  # the interface language named in itself
}
LATIN_WORD = re.compile(r"[A-Za-z]{2,}(?:['’][A-Za-z]+)*")  # "TMX'ти": TMX
TAG = re.compile(r"<[^>]+>|&\w+;")
SEGMENTS = ["Бишкекте жаңы китепкана ачылды.", "Китепкана саат 9:00дөн иштейт."]
# Targets with a QA warning each (the final full stop; a number), shown in the side panel.
TARGETS = ["В Бишкеке открылась новая библиотека", "Библиотека работает с 10:00."]
WARNED = {
    "ru": [
        "Конец оригинала: точка",
        "Числа, которых нет в переводе: 9; которых нет в оригинале: 10",
    ],
    "ky": ["Түп нусканын аягы: чекит", "Котормодо жок сандар: 9; түп нускада жок сандар: 10"],
}
EMPTY_FILE = {"ru": "файл пуст", "ky": "файл бош"}
NOT_PROJECT = {"ru": "пустой файл, а не проект", "ky": "бош файл, долбоор эмес"}


def english_words(text: str) -> list[str]:
    text = TAG.sub(" ", text.replace("&&", "").replace("&", ""))
    text = re.sub(r"\S+\.(txt|wbproj|tmx|csv|json)\b|nllb-[\w.-]+|[\w.-]+/[\w./-]+", " ", text)
    return [w for w in LATIN_WORD.findall(text) if w not in ALLOWED]


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text the widget tree shows or shows on hover."""
    found: list[tuple[str, str]] = []

    def add(where: object, text: object) -> None:
        if isinstance(text, str) and text:
            found.append((f"{type(where).__name__} {getattr(where, 'objectName', str)()}", text))

    for widget in [root, *root.findChildren(QWidget)]:
        add(widget, widget.toolTip())
        if widget.isWindow() or isinstance(widget, QDockWidget):
            add(widget, widget.windowTitle())
        if isinstance(widget, QLabel):
            add(widget, widget.text())
        elif isinstance(widget, QAbstractButton):
            add(widget, widget.text())
        elif isinstance(widget, QLineEdit):
            add(widget, widget.placeholderText())
        elif isinstance(widget, QGroupBox):
            add(widget, widget.title())
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                add(widget, widget.itemText(i))
        elif isinstance(widget, QMenu):
            add(widget, widget.title())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a list model: one column
                columns = 1
            for column in range(columns):
                add(widget, model.headerData(column, Qt.Orientation.Horizontal))
            for row in range(min(model.rowCount(QModelIndex()), 50)):
                for column in range(columns):
                    index = model.index(row, column)
                    # project data (source and target texts) is not the interface
                    if column not in getattr(widget, "data_columns", ()):
                        add(widget, index.data(Qt.ItemDataRole.ToolTipRole))
    for action in root.findChildren(QAction):
        add(action, action.text())
        add(action, action.toolTip() if action.toolTip() != action.text().replace("&", "") else "")
    return found


@pytest.fixture(params=["ru", "ky"])
def translated(qapp, request):
    i18n.install_translators(request.param)
    yield request.param
    i18n.install_translators("en")


def make_project(tmp_path: Path) -> Path:
    path = tmp_path / "жаңылык.wbproj"
    with Project.create(path, "ky", "ru") as project:
        segments = [NewSegment(i, 0, "", t, "", t, "ky") for i, t in enumerate(SEGMENTS)]
        project.add_document("жаңылык.txt", "txt", "utf-8", b"x", segments)
        for sid, target in zip(project.segment_ids(), TARGETS, strict=True):
            project.set_target(sid, target)
    return path


def test_the_window_and_its_dialogs_show_no_english_in_russian_and_kyrgyz(
    qtbot, tmp_path, translated
):
    window = MainWindow(Settings.load())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    # the welcome screen first (no project open), then the editor on a project
    leftovers = [(w, t, english_words(t)) for w, t in visible_texts(window) if english_words(t)]
    assert window.open_project(make_project(tmp_path))
    seen = visible_texts(window)
    leftovers += [(w, t, english_words(t)) for w, t in seen if english_words(t)]
    # the first segment's QA warning, built in the core, in the side panel
    assert any(WARNED[translated][0] in t for _w, t in seen), "no translated QA warning"
    # an error built in the core (a file with no text), in the window's error dialog
    empty = tmp_path / "бош.txt"
    empty.write_bytes(b"")
    (error,) = window.add_documents([empty])
    assert error.endswith("file is empty: there is no text to translate")  # str(): English
    said = window.dialog.text()
    assert EMPTY_FILE[translated] in said and not english_words(said), said
    window.dialog.close()
    # and one on opening a file that is not a project
    not_project = tmp_path / "бош.wbproj"
    not_project.write_bytes(b"")
    assert not window.open_project(not_project)
    said = window.dialog.text()
    assert NOT_PROJECT[translated] in said and not english_words(said), said
    window.dialog.close()
    window.dialog = None
    opened = []
    for command in (
        "show_settings",
        "new_project",
        "show_shortcuts",
        "show_about",
        "show_qa_report",
        "show_replace",
        "add_term",
        "show_batch_dialog",
        "show_concordance",
        "show_memories",
        "show_models_dialog",
        "split_segment",
    ):
        getattr(window, command)()
        shown = {
            "show_batch_dialog": window.batch_dialog,
            "show_concordance": window.concordance_dialog,
            "show_memories": window.memory_dialog,
        }.get(command, window.dialog)
        assert shown is not None, command
        opened.append(shown)
        texts = visible_texts(shown)
        leftovers += [
            (f"{command}: {w}", t, english_words(t)) for w, t in texts if english_words(t)
        ]
        if command == "show_qa_report":  # both segments' warnings, translated
            tree = shown.tree
            groups = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
            said = [g.child(i).text(1) for g in groups for i in range(g.childCount())]
            for warned in WARNED[translated]:
                assert any(warned in t for t in said), (warned, said)
            leftovers += [("QA report", t, english_words(t)) for t in said if english_words(t)]
        shown.close()
        window.dialog = None
    window.show_missing_model("details")
    leftovers += [
        (f"missing model: {w}", t, e)
        for w, t in visible_texts(window.dialog)
        if (e := english_words(t)) and "details" not in e
    ]
    window.dialog.close()
    window.close()
    assert leftovers == [], "\n".join(map(repr, leftovers))


def test_no_header_or_status_word_is_cut_in_the_grid(qtbot, tmp_path, translated):
    """Russian and Kyrgyz words are longer ("Подтверждён", "Дал келүү"): the narrow
    columns grow to hold their header and every status word."""
    from workbench.core.segment import Status
    from workbench.gui.labels import status_label
    from workbench.gui.segment_model import COL_MATCH, COL_ORIGIN, COL_STATUS

    window = MainWindow(Settings.load())
    qtbot.addWidget(window)
    assert window.open_project(make_project(tmp_path))
    grid = window.grid
    header = grid.horizontalHeader()
    for col in (COL_STATUS, COL_ORIGIN, COL_MATCH):
        title = window.model.headerData(col, Qt.Orientation.Horizontal)
        assert header.sectionSize(col) >= header.fontMetrics().horizontalAdvance(title) + 8, title
    words = [w for s in Status for w in status_label(s).split()]
    widest = max(grid.fontMetrics().horizontalAdvance(w) for w in words)
    assert header.sectionSize(COL_STATUS) >= widest + 8
    window.close()


READ_ONLY = {"ru": "доступен только для чтения", "ky": "окуу үчүн гана"}


def test_a_refused_save_is_said_in_the_interface_language(qtbot, tmp_path, translated):
    """The store's refusal (a core message) reaches the status bar through the undo
    command's report and a Qt signal: translated before it leaves Python."""
    window = MainWindow(Settings.load())
    qtbot.addWidget(window)
    assert window.open_project(make_project(tmp_path))
    window.project.read_only = True  # every write now fails, as on a full disk
    window.model.edit_target(window.model.ids[0], "Жаңы котормо")
    said = window.statusBar().currentMessage()
    assert READ_ONLY[translated] in said and not english_words(said), said
    window.project.read_only = False
    window.close()
