"""Interface language: how visible strings are marked, and which translators are installed.

THE RULE for every string a person sees (menus, actions, buttons, labels, tooltips, status
bar, table headers, dialog titles and messages, placeholder texts):

1. Inside a class (a QObject/QWidget subclass, or a mixin of the main window):
       self.tr("&Open project…")
   lupdate files it under the class's own name as the context; at run time PySide6's tr()
   tries each class of the object's MRO in turn, so a string written in a base class or a
   mixin (FilesMixin, EditingMixin…) is still found for MainWindow.
2. Plural forms (any text that shows a count), in a class:
       self.tr("%n segment(s) imported", "", count)
   Russian has three forms (1, 2-4, 5+: "%n сегмент/сегмента/сегментов"), Kyrgyz one;
   English gets its singular from workbench_en.qm (numerus forms only), so always write
   "%n thing(s)" with %n, never a number formatted in by hand. Two PySide6 6.11 traps,
   both checked: (a) its tr() stops at the first class of the MRO for a %n string, so a
   plural written in a base class or mixin is never translated in the subclass - a class
   whose subclasses or mixins use plurals inherits MroTr (below; MainWindow does);
   (b) pyside6-lupdate marks a plural only for self.tr(text, "", n): translate(ctx, text,
   None, n) with a variable n is filed as a plain string, and a nested call as the count
   (len(x)) drops the string altogether - compute the count into a name first.
3. Outside a class (module functions):  translate("module_name", "Text") (no plurals there:
   move the text into a class, see 2b).
   Module-level constants (column titles, filter names) are marked where they are defined
   with QT_TRANSLATE_NOOP("Context", "Text") (it returns the text unchanged) and translated
   where they are shown: translate("Context", TEXT).
4. Values go in after translation, with placeholders the translator can move:
       self.tr("Opened {name}").format(name=path.name)        # not f-strings: lupdate
       self.tr("%n file(s) in {folder}", "", n).format(folder=...)   # skips them
   Never build a sentence from translated pieces; never translate file names, language
   codes, model ids or text that comes from the project.
5. Ambiguous short words get a disambiguation: self.tr("Open", "verb, menu item").

`translate` below is QCoreApplication.translate under the name pyside6-lupdate recognises
(`from workbench.gui.i18n import translate`); QT_TRANSLATE_NOOP comes from PySide6.QtCore.

Translators (install_translators, called once by gui.app before the main window is built):
- workbench_<lang>.qm from workbench/gui/translations/ (this package) for our strings;
- qtbase_<lang>.qm for Qt's own texts (dialog buttons OK/Cancel/Yes/No, file dialogs, the
  line-edit context menu): Russian from PySide6's translations folder
  (QLibraryInfo.TranslationsPath); Qt ships no Kyrgyz catalogue, so a small qtbase_ky.qm
  of our own (button and edit-menu texts) is shipped next to ours.
English installs only workbench_en.qm (plural forms).

Messages built in the core (errors, QA warnings, report lines) are not Qt strings: the core
marks them (core/i18n.py: msg/nmsg) and install_translators sets the core's language with
Qt's; the GUI shows such a text through core.i18n.shown() (an exception or a warning's
message), never str.format-ing it into a tr() string first (that would make it English).

Catalogues: sources in resources/i18n/workbench_{ru,ky,en}.ts (+ qtbase_ky.ts). After adding
or changing strings:
    python -m workbench.gui.i18n_build --update   # pyside6-lupdate: new strings into the .ts
    (translate the new entries in the .ts: Qt Linguist, or edit the XML)
    python -m workbench.gui.i18n_build            # pyside6-lrelease: .ts -> .qm (committed)
tests/test_i18n.py fails when a .qm is out of date with its .ts, or when a visible string of
the editor is not translated.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

from workbench.core import i18n as core_i18n

translate = QCoreApplication.translate

# Languages of the interface, each named in itself (never translated).
UI_LANGUAGES: dict[str, str] = {"ky": "Кыргызча", "ru": "Русский", "en": "English"}
TRANSLATIONS_DIR = Path(__file__).parent / "translations"
# Names of the project languages as the interface shows them (core.languages has English).
LANGUAGE_NAMES: dict[str, str] = {
    "ky": QT_TRANSLATE_NOOP("languages", "Kyrgyz"),
    "ru": QT_TRANSLATE_NOOP("languages", "Russian"),
    "en": QT_TRANSLATE_NOOP("languages", "English"),
}

_installed: list[QTranslator] = []  # kept alive: Qt holds only a pointer
_current = ["en"]  # the language installed last
_done = [False]  # install_translators ran in this process


def current_language() -> str:
    """The interface language the translators installed speak (en before any)."""
    return _current[0]


def language_name(code: str) -> str:
    """A project language's name in the interface language (the code when unknown)."""
    return translate("languages", LANGUAGE_NAMES[code]) if code in LANGUAGE_NAMES else code


def system_language() -> str:
    """The interface language the system locale asks for: ky, ru, or en for any other."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in UI_LANGUAGES:
            return code
    return "en"


def resolve_language(choice: str | None) -> str:
    """A setting or --lang value ('' = follow the system) as one of UI_LANGUAGES."""
    choice = (choice or "").strip().lower()
    return choice if choice in UI_LANGUAGES else system_language()


def qt_catalogue(lang: str) -> Path | None:
    """Qt's own translations (qtbase) for `lang`: PySide6's file, or ours for Kyrgyz."""
    ours = TRANSLATIONS_DIR / f"qtbase_{lang}.qm"
    if ours.is_file():
        return ours
    theirs = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    theirs = theirs / f"qtbase_{lang}.qm"
    return theirs if theirs.is_file() else None


def install_translators(lang: str) -> str:
    """Install the translators for `lang` on the running application (replacing any earlier
    ones); returns the language installed. Widgets built afterwards speak it."""
    app = QCoreApplication.instance()
    assert app is not None, "install_translators needs the QApplication"
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    lang = resolve_language(lang)
    files = [TRANSLATIONS_DIR / f"workbench_{lang}.qm", qt_catalogue(lang)]
    for path in files:
        if path is None or not path.is_file():
            continue
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(QLocale(lang))  # numbers and Qt's own formats follow the interface
    core_i18n.set_language(lang)  # messages built in the core (errors, QA warnings) too
    _current[0] = lang
    _done[0] = True
    return lang


def ensure_translators(choice: str | None) -> str:
    """Install the translators for `choice` unless some were installed already: a window
    or dialog built without gui.app (tests, tools) still speaks a language, and English
    still gets its plural forms."""
    return _current[0] if _done[0] else install_translators(choice or "")


class MroTr:
    """Mixin (before the Qt base) whose tr() finds plural strings of base classes and mixins
    too: each class of the MRO is tried as the context until one has a translation."""

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        untranslated = translate("\x01", text, disambiguation, n)
        for cls in type(self).__mro__:
            found = translate(cls.__name__, text, disambiguation, n)
            if found != untranslated:
                return found
        return untranslated
