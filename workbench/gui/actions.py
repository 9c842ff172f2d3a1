"""The window's menus and actions, every shortcut visible in its menu.

Kept apart from main_window so the window module stays about behaviour.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

# (name, menu text, shortcut(s)) for the actions translators use most, CAT-tool style.
SHORTCUTS: dict[str, tuple[str, ...]] = {
    "new": ("Ctrl+N",),
    "open": ("Ctrl+O",),
    "add_documents": ("Ctrl+Shift+A",),
    "export_documents": ("Ctrl+E",),
    "export_tmx": ("Ctrl+Shift+E",),
    "settings": ("Ctrl+,",),
    "quit": ("Ctrl+Q",),
    "undo": ("Ctrl+Z",),
    "redo": ("Ctrl+Shift+Z", "Ctrl+Y"),
    "find": ("Ctrl+F",),
    "replace": ("Ctrl+H",),
    "confirm": ("Ctrl+Return", "Ctrl+Enter"),
    "previous": ("Ctrl+Up",),
    "next": ("Ctrl+Down",),
    "copy_mt": ("Ctrl+Shift+M",),
    "copy_source": ("Ctrl+Shift+S",),
    "clear_target": ("Ctrl+Shift+D",),
    "toggle_not_needed": ("Ctrl+Shift+N",),
    "translate_segment": ("Ctrl+T",),
    "pretranslate_document": ("Ctrl+Shift+T",),
    "pretranslate_project": (),
    "cancel_mt": ("Ctrl+Shift+X",),
    # Interactive MT: enabled only while a ghost is shown, so Tab and End keep
    # their usual meaning everywhere else.
    "accept_word": ("Tab",),
    "accept_all": ("End",),
    "alternatives": ("Ctrl+Space",),
    "toggle_view": ("F7",),
    "batch_translate": ("Ctrl+Shift+B",),
    "add_term": ("Ctrl+Alt+T",),
    "insert_next_tag": ("Ctrl+Alt+N",),
    "insert_all_tags": ("Ctrl+Alt+A",),
    "qa_report": ("F9",),
    "concordance": ("Ctrl+K",),
    "analysis": (),
    "shortcuts": ("F1",),
}


@dataclass
class Actions:
    by_name: dict[str, QAction] = field(default_factory=dict)
    recent_menu: QMenu | None = None
    suggestion_actions: list[QAction] = field(default_factory=list)

    def __getitem__(self, name: str) -> QAction:
        return self.by_name[name]


def make_action(
    window: QMainWindow, actions: Actions, name: str, text: str, slot: Callable[[], object]
) -> QAction:
    action = QAction(text, window)
    keys = [QKeySequence(k) for k in SHORTCUTS.get(name, ())]
    if keys:
        action.setShortcuts(keys)
    action.triggered.connect(lambda _checked=False: slot())
    window.addAction(action)  # shortcuts work even when the menu bar is hidden
    actions.by_name[name] = action
    return action


def shortcut_table() -> list[tuple[str, str]]:
    """(action, keys) rows for the Help > Keyboard shortcuts dialog."""
    names = {
        "confirm": "Confirm and go to the next unconfirmed segment",
        "previous": "Previous segment",
        "next": "Next segment",
        "copy_mt": "Copy the machine translation into the target",
        "copy_source": "Copy the source into the target",
        "clear_target": "Clear the target",
        "toggle_not_needed": "Mark / unmark: no translation needed",
        "translate_segment": "Translate this segment",
        "pretranslate_document": "Pre-translate the document",
        "cancel_mt": "Cancel machine translation",
        "accept_word": "Take the next word of the completion (grey text after the cursor)",
        "accept_all": "Take the rest of the completion",
        "alternatives": "Show alternative continuations at the cursor",
        "undo": "Undo",
        "redo": "Redo",
        "find": "Search source and target",
        "replace": "Find and replace in targets",
        "toggle_view": "Switch segment grid / paragraph view",
        "add_documents": "Add documents",
        "export_documents": "Export translated documents",
        "export_tmx": "Export TMX",
        "settings": "Settings",
        "batch_translate": "Batch translate a folder",
        "add_term": "Add the selected source/target text as a term",
        "insert_next_tag": "Insert the next formatting tag the target lacks",
        "insert_all_tags": "Insert all the formatting tags the target lacks, in order",
        "qa_report": "QA report: all warnings, grouped by check",
        "concordance": "Concordance: search the memory for the selection or the word",
    }
    rows = [(text, ", ".join(SHORTCUTS[name])) for name, text in names.items()]
    rows.append(("Insert suggestion N from the side panel", "Ctrl+1 … Ctrl+9"))
    rows.append(("Insert target term N from the side panel", "Ctrl+Alt+1 … Ctrl+Alt+9"))
    return rows


def build_menus(win) -> Actions:
    """Menus of the main window (`win`), every action with its shortcut shown."""
    acts = Actions()
    bar = win.menuBar()

    def add(menu, name: str, text: str, slot) -> None:
        menu.addAction(make_action(win, acts, name, text, slot))

    file = bar.addMenu("&File")
    add(file, "new", "&New project…", win.new_project)
    add(file, "open", "&Open project…", win.choose_project)
    acts.recent_menu = file.addMenu("Open &recent")
    acts.recent_menu.aboutToShow.connect(win._fill_recent)
    file.addSeparator()
    add(file, "add_documents", "&Add documents…", win.choose_documents)
    add(file, "export_documents", "&Export translated documents…", win.choose_export_folder)
    add(file, "export_tmx", "Export &TMX…", win.choose_tmx_file)
    file.addSeparator()
    add(file, "settings", "&Settings…", win.show_settings)
    file.addSeparator()
    add(file, "quit", "&Quit", win.close)

    edit = bar.addMenu("&Edit")
    undo = win.undo_stack.createUndoAction(win, "&Undo")
    redo = win.undo_stack.createRedoAction(win, "&Redo")
    for name, action in (("undo", undo), ("redo", redo)):
        action.setShortcuts([QKeySequence(k) for k in SHORTCUTS[name]])
        # Flush the open editor's pending keystrokes before the stack moves.
        action.triggered.disconnect()
        action.triggered.connect(win.undo if name == "undo" else win.redo)
        win.addAction(action)
        acts.by_name[name] = action
        edit.addAction(action)
    edit.addSeparator()
    add(edit, "find", "&Search…", win.focus_search)
    add(edit, "replace", "Find and &replace in targets…", win.show_replace)

    seg = bar.addMenu("&Segment")
    add(seg, "confirm", "&Confirm and go to next unconfirmed", win.confirm_and_next)
    add(seg, "previous", "&Previous segment", lambda: win.move(-1))
    add(seg, "next", "&Next segment", lambda: win.move(1))
    seg.addSeparator()
    add(seg, "copy_mt", "Copy &MT into target", win.copy_mt)
    add(seg, "copy_source", "Copy &source into target", win.copy_source)
    add(seg, "clear_target", "C&lear target", win.clear_target)
    add(seg, "insert_next_tag", "Insert next missing &tag", win.insert_next_tag)
    add(seg, "insert_all_tags", "Insert &all missing tags", win.insert_all_tags)
    add(seg, "toggle_not_needed", "No translation needed (mark / &unmark)", win.toggle_not_needed)
    insert = seg.addMenu("&Insert suggestion")
    for n in range(1, 10):
        action = make_action(
            win,
            acts,
            f"suggestion_{n}",
            f"Suggestion {n}",
            lambda n=n: win.insert_suggestion(n - 1),
        )
        action.setShortcut(QKeySequence(f"Ctrl+{n}"))
        insert.addAction(action)
        acts.suggestion_actions.append(action)

    terms = seg.addMenu("Insert &term")
    for n in range(1, 10):
        action = make_action(
            win, acts, f"term_{n}", f"Target term {n}", lambda n=n: win.insert_term(n - 1)
        )
        action.setShortcut(QKeySequence(f"Ctrl+Alt+{n}"))
        terms.addAction(action)

    mt = bar.addMenu("&Translate")
    add(mt, "translate_segment", "&Translate this segment", win.translate_current)
    add(mt, "pretranslate_document", "Pre-translate &document", win.pretranslate_document)
    add(mt, "pretranslate_project", "Pre-translate whole &project", win.pretranslate_project)
    add(mt, "cancel_mt", "&Cancel machine translation", win.cancel_mt)
    mt.addSeparator()
    add(mt, "accept_word", "Take next &word of the completion", win.accept_completion_word)
    add(mt, "accept_all", "Take the &rest of the completion", win.accept_completion)
    add(mt, "alternatives", "&Alternative continuations…", win.show_alternatives)

    view = bar.addMenu("&View")
    add(view, "toggle_view", "Switch &grid / paragraph view", win.toggle_view)
    view.addAction(win.side_dock.toggleViewAction())
    view.addAction(win.terms_dock.toggleViewAction())

    tools = bar.addMenu("T&ools")
    add(tools, "batch_translate", "&Batch translate folder…", win.show_batch_dialog)
    tools.addSeparator()
    add(tools, "add_term", "&Add term…", win.add_term)
    add(tools, "qa_report", "&QA report…", win.show_qa_report)
    tools.addSeparator()
    add(tools, "concordance", "&Concordance…", win.show_concordance)
    add(tools, "analysis", "A&nalysis…", win.show_analysis)

    help_menu = bar.addMenu("&Help")
    add(help_menu, "shortcuts", "&Keyboard shortcuts", win.show_shortcuts)
    help_menu.addAction("&About", win.show_about)
    return acts
