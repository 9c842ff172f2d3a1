"""The window's menus and actions, every shortcut visible in its menu.

Kept apart from main_window so the window module stays about behaviour.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from workbench.gui.i18n import translate

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
    "find_next": ("F3",),
    "find_previous": ("Shift+F3",),
    # memoQ's Join (Ctrl+J) and Trados's Split (Alt+Shift+T): Ctrl+T is Translate here.
    "merge_next": ("Ctrl+J",),
    "split_segment": ("Alt+Shift+T",),
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
    "models": (),
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


def keys_text(keys: tuple[str, ...]) -> str:
    """Shortcuts as the menus show them (key names in the interface language)."""
    native = QKeySequence.SequenceFormat.NativeText
    return ", ".join(QKeySequence(k).toString(native) for k in keys)


def shortcut_table() -> list[tuple[str, str]]:
    """(action, keys) rows for the Help > Keyboard shortcuts dialog."""
    names = {
        "confirm": translate("actions", "Confirm and go to the next unconfirmed segment"),
        "previous": translate("actions", "Previous segment"),
        "next": translate("actions", "Next segment"),
        "copy_mt": translate("actions", "Copy the machine translation into the target"),
        "copy_source": translate("actions", "Copy the source into the target"),
        "clear_target": translate("actions", "Clear the target"),
        "toggle_not_needed": translate("actions", "Mark / unmark: no translation needed"),
        "translate_segment": translate("actions", "Translate this segment"),
        "pretranslate_document": translate("actions", "Pre-translate the document"),
        "cancel_mt": translate("actions", "Cancel machine translation"),
        "accept_word": translate(
            "actions", "Take the next word of the completion (grey text after the cursor)"
        ),
        "accept_all": translate("actions", "Take the rest of the completion"),
        "alternatives": translate("actions", "Show alternative continuations at the cursor"),
        "undo": translate("actions", "Undo"),
        "redo": translate("actions", "Redo"),
        "find": translate("actions", "Search source and target"),
        "replace": translate("actions", "Find and replace in targets"),
        "find_next": translate("actions", "Find the next match in the targets"),
        "find_previous": translate("actions", "Find the previous match in the targets"),
        "merge_next": translate("actions", "Merge the segment with the next one (same paragraph)"),
        "split_segment": translate("actions", "Split the segment at a cursor (same paragraph)"),
        "toggle_view": translate("actions", "Switch segment grid / paragraph view"),
        "add_documents": translate("actions", "Add documents"),
        "export_documents": translate("actions", "Export translated documents"),
        "export_tmx": translate("actions", "Export TMX"),
        "settings": translate("actions", "Settings"),
        "batch_translate": translate("actions", "Batch translate a folder"),
        "add_term": translate("actions", "Add the selected source/target text as a term"),
        "insert_next_tag": translate("actions", "Insert the next formatting tag the target lacks"),
        "insert_all_tags": translate(
            "actions", "Insert all the formatting tags the target lacks, in order"
        ),
        "qa_report": translate("actions", "QA report: all warnings, grouped by check"),
        "concordance": translate(
            "actions", "Concordance: search the memory for the selection or the word"
        ),
    }
    rows = [(text, keys_text(SHORTCUTS[name])) for name, text in names.items()]
    rows.append(
        (translate("actions", "Insert suggestion N from the side panel"), "Ctrl+1 … Ctrl+9")
    )
    rows.append(
        (
            translate("actions", "Insert target term N from the side panel"),
            "Ctrl+Alt+1 … Ctrl+Alt+9",
        )
    )
    return rows


def build_menus(win) -> Actions:
    """Menus of the main window (`win`), every action with its shortcut shown."""
    acts = Actions()
    bar = win.menuBar()

    def add(menu, name: str, text: str, slot) -> None:
        menu.addAction(make_action(win, acts, name, text, slot))

    file = bar.addMenu(translate("actions", "&File"))
    add(file, "new", translate("actions", "&New project…"), win.new_project)
    add(file, "open", translate("actions", "&Open project…"), win.choose_project)
    acts.recent_menu = file.addMenu(translate("actions", "Open &recent"))
    acts.recent_menu.aboutToShow.connect(win._fill_recent)
    file.addSeparator()
    add(file, "add_documents", translate("actions", "&Add documents…"), win.choose_documents)
    add(
        file,
        "export_documents",
        translate("actions", "&Export translated documents…"),
        win.choose_export_folder,
    )
    add(file, "export_tmx", translate("actions", "Export &TMX…"), win.choose_tmx_file)
    file.addSeparator()
    add(file, "settings", translate("actions", "&Settings…"), win.show_settings)
    file.addSeparator()
    add(file, "quit", translate("actions", "&Quit"), win.close)

    edit = bar.addMenu(translate("actions", "&Edit"))
    undo = win.undo_stack.createUndoAction(win, translate("actions", "&Undo"))
    redo = win.undo_stack.createRedoAction(win, translate("actions", "&Redo"))
    for name, action in (("undo", undo), ("redo", redo)):
        action.setShortcuts([QKeySequence(k) for k in SHORTCUTS[name]])
        # Flush the open editor's pending keystrokes before the stack moves.
        action.triggered.disconnect()
        action.triggered.connect(win.undo if name == "undo" else win.redo)
        win.addAction(action)
        acts.by_name[name] = action
        edit.addAction(action)
    edit.addSeparator()
    add(edit, "find", translate("actions", "&Search…"), win.focus_search)
    add(edit, "replace", translate("actions", "Find and &replace in targets…"), win.show_replace)
    add(edit, "find_next", translate("actions", "Find &next"), win.find_next)
    add(edit, "find_previous", translate("actions", "Find pre&vious"), win.find_previous)

    seg = bar.addMenu(translate("actions", "&Segment"))
    add(
        seg,
        "confirm",
        translate("actions", "&Confirm and go to next unconfirmed"),
        win.confirm_and_next,
    )
    add(seg, "previous", translate("actions", "&Previous segment"), lambda: win.move(-1))
    add(seg, "next", translate("actions", "&Next segment"), lambda: win.move(1))
    seg.addSeparator()
    add(seg, "copy_mt", translate("actions", "Copy &MT into target"), win.copy_mt)
    add(seg, "copy_source", translate("actions", "Copy &source into target"), win.copy_source)
    add(seg, "clear_target", translate("actions", "C&lear target"), win.clear_target)
    add(
        seg,
        "insert_next_tag",
        translate("actions", "Insert next missing &tag"),
        win.insert_next_tag,
    )
    add(
        seg,
        "insert_all_tags",
        translate("actions", "Insert &all missing tags"),
        win.insert_all_tags,
    )
    add(
        seg,
        "toggle_not_needed",
        translate("actions", "No translation needed (mark / &unmark)"),
        win.toggle_not_needed,
    )
    seg.addSeparator()
    add(seg, "merge_next", translate("actions", "Merge &with next segment"), win.merge_with_next)
    add(seg, "split_segment", translate("actions", "Split se&gment…"), win.split_segment)
    insert = seg.addMenu(translate("actions", "&Insert suggestion"))
    for n in range(1, 10):
        action = make_action(
            win,
            acts,
            f"suggestion_{n}",
            translate("actions", "Suggestion {n}").format(n=n),
            lambda n=n: win.insert_suggestion(n - 1),
        )
        action.setShortcut(QKeySequence(f"Ctrl+{n}"))
        insert.addAction(action)
        acts.suggestion_actions.append(action)

    terms = seg.addMenu(translate("actions", "Insert &term"))
    for n in range(1, 10):
        action = make_action(
            win,
            acts,
            f"term_{n}",
            translate("actions", "Target term {n}").format(n=n),
            lambda n=n: win.insert_term(n - 1),
        )
        action.setShortcut(QKeySequence(f"Ctrl+Alt+{n}"))
        terms.addAction(action)

    mt = bar.addMenu(translate("actions", "&Translate"))
    add(
        mt,
        "translate_segment",
        translate("actions", "&Translate this segment"),
        win.translate_current,
    )
    add(
        mt,
        "pretranslate_document",
        translate("actions", "Pre-translate &document"),
        win.pretranslate_document,
    )
    add(
        mt,
        "pretranslate_project",
        translate("actions", "Pre-translate whole &project"),
        win.pretranslate_project,
    )
    add(mt, "cancel_mt", translate("actions", "&Cancel machine translation"), win.cancel_mt)
    mt.addSeparator()
    add(
        mt,
        "accept_word",
        translate("actions", "Take next &word of the completion"),
        win.accept_completion_word,
    )
    add(
        mt,
        "accept_all",
        translate("actions", "Take the &rest of the completion"),
        win.accept_completion,
    )
    add(
        mt,
        "alternatives",
        translate("actions", "&Alternative continuations…"),
        win.show_alternatives,
    )

    view = bar.addMenu(translate("actions", "&View"))
    add(view, "toggle_view", translate("actions", "Switch &grid / paragraph view"), win.toggle_view)
    view.addAction(win.side_dock.toggleViewAction())
    view.addAction(win.terms_dock.toggleViewAction())

    memory = bar.addMenu(translate("actions", "&Memory"))
    add(memory, "import_tmx", translate("actions", "&Import TMX…"), win.choose_tmx_import)
    add(
        memory,
        "memories",
        translate("actions", "&Reference memories and statistics…"),
        win.show_memories,
    )

    tools = bar.addMenu(translate("actions", "T&ools"))
    add(
        tools,
        "batch_translate",
        translate("actions", "&Batch translate folder…"),
        win.show_batch_dialog,
    )
    tools.addSeparator()
    add(tools, "add_term", translate("actions", "&Add term…"), win.add_term)
    add(tools, "qa_report", translate("actions", "&QA report…"), win.show_qa_report)
    tools.addSeparator()
    add(tools, "concordance", translate("actions", "&Concordance…"), win.show_concordance)
    add(tools, "analysis", translate("actions", "A&nalysis…"), win.show_analysis)
    tools.addSeparator()
    add(tools, "models", translate("actions", "&Models…"), win.show_models_dialog)

    help_menu = bar.addMenu(translate("actions", "&Help"))
    add(help_menu, "shortcuts", translate("actions", "&Keyboard shortcuts"), win.show_shortcuts)
    help_menu.addAction(translate("actions", "&About"), win.show_about)
    return acts
