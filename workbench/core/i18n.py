"""Messages built in the core (errors, QA warnings, reports) in the interface's language.

The core speaks English: the CLI prints it and scripts parse it, `workbench qa --json`
writes it, and anything remembered by a message (none should be) sees one text. A message
a person may read in the editor is written with msg()/nmsg() instead of an f-string:

    raise BadInput(msg("the file is empty; choose a file with text"), path=path)
    nmsg("{n} segment was skipped", "{n} segments were skipped", n)   # plural forms

Both return a Message: a str whose value is the English text (so every caller, log,
comparison and JSON writer sees exactly what it saw before) that also remembers its
message id (the English text with named {fields}) and its fields. The GUI shows a core
message through shown(), which translates the id with the stdlib's gettext in the language
set_language() chose (gui/i18n.install_translators calls it with Qt's) and fills the fields
in, each field that is itself a Message translated too. Nothing else ever calls
set_language, so the CLI stays English. Keys (ignored QA warnings, the QA report's groups,
exports) are never made from shown() text: they keep the language-independent check names
and details.

Rules for message ids: named fields only ({path}, never {} or f-strings: the extractor
reads literals), a field's value never a translated word built by hand (pass a Message),
and a number in the sentence goes through nmsg (Russian has three forms).

Catalogues: resources/i18n/core_{ru,ky}.po (Babel's extractor finds msg/nmsg calls in
workbench/), compiled to workbench/core/translations/core_<lang>.mo, shipped as package
data; `python -m workbench.core.i18n_build [--update|--check]` rebuilds them.
"""

from __future__ import annotations

import gettext
from pathlib import Path
from typing import Any

TRANSLATIONS_DIR = Path(__file__).parent / "translations"
LANGUAGES = ("ky", "ru")  # catalogues shipped; any other language shows the English text

_catalogue: list[gettext.NullTranslations] = [gettext.NullTranslations()]
_language = ["en"]


class Message(str):
    """English text that can be shown in another language (see the module's doc). Made
    by msg()/nmsg(); cheap to make (QA makes thousands): one attribute, `spec`."""

    spec: tuple[str, str | None, int | None, dict[str, Any]]  # msgid, plural, n, fields

    @property
    def msgid(self) -> str:
        return self.spec[0]

    @property
    def fields(self) -> dict[str, Any]:
        return self.spec[3]

    def __reduce__(self) -> tuple:  # pickled (a forked QA share, workers) with its id and
        # fields, and its English text as it is (not formatted again)
        return (_made, (str.__str__(self), self.spec))

    def shown(self) -> str:
        """This message in the language set_language chose."""
        msgid, plural, n, fields = self.spec
        cat = _catalogue[0]
        text = cat.gettext(msgid) if plural is None else cat.ngettext(msgid, plural, n or 0)
        # fields that are messages are translated; numbers stay numbers ({ratio:.1f})
        values = {k: v.shown() if isinstance(v, Message) else v for k, v in fields.items()}
        if n is not None:
            values["n"] = n
        try:
            return text.format(**values)
        except (KeyError, IndexError, ValueError):  # a broken translation: say it in English
            return str.__str__(self)


def _made(english: str, spec: tuple) -> Message:
    self = str.__new__(Message, english)
    self.spec = spec
    return self


def _texts_of_errors(fields: dict[str, Any]) -> dict[str, Any]:
    """An exception given as a field is kept as its text (what "{exc}" writes): a
    message can outlive the error by far (a batch report's reasons) and must not keep
    the exception's traceback, and every frame's locals with it, alive."""
    for key, value in fields.items():
        if isinstance(value, BaseException):
            fields[key] = str(value)
    return fields


def msg(msgid: str, **fields: Any) -> Message:
    """A message marked for translation: msgid is English with named {fields}."""
    fields = _texts_of_errors(fields)
    self = str.__new__(Message, msgid.format(**fields))
    self.spec = (msgid, None, None, fields)
    return self


def nmsg(singular: str, plural: str, n: int, **fields: Any) -> Message:
    """A message with a count: {n} in the text is the count, its form chosen by it."""
    fields = _texts_of_errors(fields)
    self = str.__new__(Message, (singular if n == 1 else plural).format(n=n, **fields))
    self.spec = (singular, plural, n, fields)
    return self


def shown(text: object) -> str:
    """What the interface shows for a core text: a Message (or an exception whose text is
    one) in the language set, anything else as it is."""
    if isinstance(text, BaseException):
        text = str(text)
    if isinstance(text, Message):
        return text.shown()
    return text if isinstance(text, str) else str(text)


def set_language(lang: str) -> str:
    """Show core messages in `lang` from now on (English when no catalogue has it)."""
    path = TRANSLATIONS_DIR / f"core_{lang}.mo"
    if lang in LANGUAGES and path.is_file():
        with path.open("rb") as fp:
            _catalogue[0] = gettext.GNUTranslations(fp)
        _language[0] = lang
    else:
        _catalogue[0] = gettext.NullTranslations()
        _language[0] = "en"
    return _language[0]


def language() -> str:
    return _language[0]
