"""Turning file bytes into clean text: encodings, line endings, control characters, mojibake.

Readers of plain-text formats call decode_bytes(); every reader may call
clean_control_chars() and repair_mojibake() and flag the paragraphs they changed.
"""

from __future__ import annotations

import codecs
import functools
import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from workbench.core.errors import BadInput


@dataclass(frozen=True)
class Decoded:
    text: str  # line endings normalised to "\n", BOM removed
    encoding: str  # a Python codec name: utf-8, utf-16-le, utf-16-be, cp1251, koi8-r, cp1252...
    bom: bool  # the file started with a byte-order mark (write it back the same way)


# --------------------------------------------------------------------------- decoding

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF file"),
    (b"PK\x03\x04", "a ZIP archive (a .docx/.xlsx/.odt is one)"),
    (b"PK\x05\x06", "a ZIP archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office file (.doc/.xls)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "a program"),
    (b"SQLite format 3\x00", "an SQLite database"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_SAVE_AS_TEXT = "save it as plain text (UTF-8) and try again"


def decode_bytes(data: bytes, name: str) -> Decoded:
    """Decode a text file's bytes, guessing the encoding.

    Raises BadInput (naming `name`) for binary, damaged or empty files.
    """
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise BadInput(f"this is {what}, not a text file: {_SAVE_AS_TEXT}", path=name)

    encoding, bom = _detect_encoding(data, name)
    body = data[len(_bom_bytes(encoding)) :] if bom else data
    try:
        text = body.decode(encoding)
    except UnicodeDecodeError as exc:
        raise BadInput(
            f"the text is not valid {encoding} (byte {exc.start}): {_SAVE_AS_TEXT}", path=name
        ) from None
    text = normalise_newlines(text)
    if _looks_binary(text):
        raise BadInput(f"this looks like a binary file, not text: {_SAVE_AS_TEXT}", path=name)
    if not text.strip():
        raise BadInput("file is empty: there is no text to translate", path=name)
    return Decoded(text, encoding, bom)


def normalise_newlines(text: str) -> str:
    """\\r\\n and lone \\r become \\n."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _bom_bytes(encoding: str) -> bytes:
    return next(bom for bom, enc in _BOMS if enc == encoding)


def _detect_encoding(data: bytes, name: str) -> tuple[str, bool]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding, True
    utf16 = _bomless_utf16(data)
    if utf16:
        return utf16, False
    if b"\x00" in data:
        raise BadInput(
            f"this looks like a binary file (it has NUL bytes): {_SAVE_AS_TEXT}", path=name
        )
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        _reject_damaged_utf8(data, exc.start, name)
        return _guess_single_byte(data), False
    return "utf-8", False


def _reject_damaged_utf8(data: bytes, first_error: int, name: str) -> None:
    """UTF-8 with a few broken bytes (a cut-off or corrupted file) must not be read as cp1251."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if ch > "\x7f") - bad
    if good >= 3 * bad:
        raise BadInput(
            f"the file is UTF-8 but {bad} byte(s) are damaged, the first at byte {first_error}: "
            "re-save it as UTF-8 in the program that made it",
            path=name,
        )


def _bomless_utf16(data: bytes) -> str | None:
    """utf-16-le/-be if the bytes look like UTF-16 without a BOM (0x00/0x04 in every other byte)."""
    sample = data[:65536]
    if len(sample) < 4 or len(sample) % 2:
        return None
    for encoding, high, low in (
        ("utf-16-le", sample[1::2], sample[0::2]),
        ("utf-16-be", sample[0::2], sample[1::2]),
    ):
        # The high byte of Latin/ASCII is 0x00, of Cyrillic 0x04, of quotes and dashes 0x20.
        n = len(high)
        common = sum(high.count(b) for b in (0x00, 0x04, 0x20))
        basic = high.count(0) + high.count(4)
        if basic >= 0.5 * n and common >= 0.9 * n and low.count(0) <= 0.05 * n:
            try:
                data.decode(encoding)
            except UnicodeDecodeError:
                continue
            return encoding
    return None


def _looks_binary(text: str) -> bool:
    sample = text[:65536]
    controls = sum(1 for ch in sample if _is_bad_control(ch))
    return controls > max(2, 0.05 * len(sample))


def _is_bad_control(ch: str) -> bool:
    return unicodedata.category(ch) == "Cc" and ch not in "\t\n\f\v\x1a"


# Single-byte Cyrillic: cp1251 or koi8-r (or cp1252 for Western text). The three are told
# apart by how plausible the decoded letters are: letter frequencies of Russian and Kyrgyz,
# normal letter case inside words (koi8-r read as cp1251 swaps the case of every letter),
# and no words mixing Cyrillic with Latin letters.

_SINGLE_BYTE = ("cp1251", "koi8-r", "cp1252")
_PRIOR = {"cp1251": 1.0, "koi8-r": 0.0, "cp1252": 0.0}

# Letter frequencies in per cent, roughly the mean of Russian and Kyrgyz news text.
_CYR_FREQ = {
    "а": 10.0, "о": 7.5, "е": 7.8, "и": 5.2, "н": 6.8, "т": 5.6, "с": 4.2, "р": 5.3,
    "в": 2.6, "л": 4.7, "к": 4.2, "м": 3.1, "д": 3.4, "п": 1.7, "у": 3.3, "я": 1.1,
    "ы": 4.4, "ь": 0.9, "г": 1.6, "з": 1.8, "б": 2.3, "ч": 1.4, "й": 1.3, "х": 0.6,
    "ж": 1.4, "ш": 1.1, "ю": 0.4, "ц": 0.3, "щ": 0.2, "э": 0.3, "ф": 0.2, "ъ": 0.05,
    "ё": 0.2, "ү": 1.7, "ө": 1.2, "ң": 0.9,
}  # fmt: skip
_LOG_FREQ = {ch: math.log(f / 100) for ch, f in _CYR_FREQ.items()}
_LOG_RARE = math.log(0.0002)  # a Cyrillic letter of neither language (ђ, ѓ, ї...)
_LOG_LATIN = math.log(0.04)  # a Latin letter in an all-Latin word
_LOG_ODD_LATIN = math.log(0.0002)  # an accented Latin letter in a word without ASCII letters
_MIXED_PENALTY = 6.0  # per letter of a word that mixes Cyrillic and Latin
_CASE_PENALTY = 4.0  # per capital letter that follows a small one in a word
_CAPS_PENALTY = 1.0  # per capital letter inside a word: all-capital words are rare
_SYMBOL_PENALTY = 8.0  # per box-drawing or other graphic symbol: koi8-r read wrongly
_RARE_SYMBOL_PENALTY = 4.0
_RUN_PENALTY = 2.0  # per letter beyond 2 vowels or 3 consonants in a row
_CYR_VOWELS = frozenset("аеёиоуыэюяөү")
# Shapes real words do not have: ъ not before е ё ю я, ь or ъ starting a word.
_ODD_SHAPE = re.compile(r"ъ(?![еёюя])|^[ьъЬЪ]")
_ODD_SHAPE_PENALTY = 3.0
_CYR_CONSONANTS = frozenset("бвгджзйклмнпрстфхцчшщң")
_COMMON_SYMBOLS = frozenset("«»“”„‘’‚—–…№°•€©®™§±×")

_WORD = re.compile(r"[^\W\d_]+")
_LETTER = re.compile(r"[^\W\d_]")
_SYMBOL = re.compile(r"[^\w\s]|_")


def _guess_single_byte(data: bytes) -> str:
    sample = data[:200_000]
    best, best_score = "cp1251", -math.inf
    for encoding in _SINGLE_BYTE:
        try:
            text = sample.decode(encoding)
        except UnicodeDecodeError:
            continue
        score = _plausibility(text) + _PRIOR[encoding]
        if score > best_score:
            best, best_score = encoding, score
    return best


def _is_cyrillic(ch: str) -> bool:
    return "\u0400" <= ch <= "\u04ff"


def _is_latin(ch: str) -> bool:
    return ch.isascii() or ("\u00c0" <= ch <= "\u024f")


def _plausibility(text: str) -> float:
    """How much `text` looks like real ky/ru/en text: higher is better (a log-likelihood-like sum).

    Only differences between candidate decodings of the same bytes are meaningful.
    """
    score = 0.0
    for word, count in Counter(_WORD.findall(text)).items():
        score += count * _word_score(word)
    for ch, count in Counter(_SYMBOL.findall(text)).items():
        if ch in _COMMON_SYMBOLS:
            continue
        if unicodedata.category(ch) in ("So", "Co", "Cn", "Cc"):
            score -= count * _SYMBOL_PENALTY
        elif not ch.isascii():
            score -= count * _RARE_SYMBOL_PENALTY  # ÷ £ ¤ ¦: real, but rare in running text
    return score


@functools.lru_cache(maxsize=65536)  # words repeat: a document has far fewer distinct ones
def _word_score(word: str) -> float:
    cyr = sum(1 for ch in word if _is_cyrillic(ch))
    latin = sum(1 for ch in word if _is_latin(ch))
    score = 0.0
    if cyr and latin:
        score -= _MIXED_PENALTY * len(word)
    has_ascii = any(ch.isascii() for ch in word)
    prev_lower = False
    prev: str | None = None
    consonants = vowels = 0  # lengths of the current runs
    for ch in word:
        if _is_cyrillic(ch):
            score += _LOG_FREQ.get(ch.lower(), _LOG_RARE)
            # A wrong code page shuffles vowels and consonants: "Чкнчело", "оаие" (small
            # letters only: abbreviations such as РСФСР are all consonants).
            if ch in _CYR_VOWELS:
                vowels, consonants = vowels + 1, 0
                score -= _RUN_PENALTY if vowels >= 3 else 0.0
            elif ch in _CYR_CONSONANTS:
                vowels, consonants = 0, consonants + 1
                score -= _RUN_PENALTY if consonants >= 4 else 0.0
        elif ch.isascii() or has_ascii:
            score += _LOG_LATIN
        else:
            score += _LOG_ODD_LATIN
        if ch.isupper() and prev_lower:
            score -= _CASE_PENALTY
        elif ch.isupper() and prev is not None:
            score -= _CAPS_PENALTY
        prev_lower = ch.islower()
        prev = ch
    return score - _ODD_SHAPE_PENALTY * len(_ODD_SHAPE.findall(word))


# --------------------------------------------------------------------------- control characters

_NEWLINE_LIKE = re.compile(r"\r\n|[\r\f\v\x85\u2028\u2029]")
_REMOVABLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ufeff\ud800-\udfff]")


def clean_control_chars(text: str) -> tuple[str, bool]:
    """Remove C0/C1 control characters except tab and newline; True if anything changed.

    Carriage returns, form feeds (page breaks), vertical tabs, NEL and the Unicode line and
    paragraph separators become "\\n"; stray byte-order marks and lone surrogates are removed.
    """
    cleaned = _REMOVABLE.sub("", _NEWLINE_LIKE.sub("\n", text))
    return cleaned, cleaned != text


# --------------------------------------------------------------------------- mojibake

# Mojibake is text decoded with the wrong code page and saved again. Kinds found in Kyrgyz
# and Russian documents:
#   UTF-8 bytes read as cp1251 ("РљС‹СЂРіС‹Р·") or as cp1252/Latin-1 ("ÐšÑ‹Ñ€Ð³Ñ‹Ð·"),
#   cp1251 bytes read as cp1252/Latin-1 ("Ðîññèÿ"),
#   cp1251 and koi8-r read as each other ("бНОПНЯ", "чПРТПУ" for "Вопрос").
# Each is undone only where the evidence is strong: the repaired span must consist of
# letters of the three languages (and common punctuation), must be long enough not to be a
# coincidence, and the repaired line must score as clearly more plausible text (per letter)
# than the original. Work is per line and per run of suspicious words, so a line that mixes
# broken and correct text is repaired only where it is broken.


def _char_to_byte(encoding: str) -> dict[str, int]:
    """Each character `encoding` decodes from a byte 0x80-0xFF, mapped back to that byte."""
    table: dict[str, int] = {}
    for byte in range(0x80, 0x100):
        if byte < 0xA0:
            table[chr(byte)] = byte  # a C1 control: how Latin-1 (or Windows, if undefined) shows it
        try:
            table[bytes([byte]).decode(encoding)] = byte
        except UnicodeDecodeError:
            pass
    return table


_CP1251 = _char_to_byte("cp1251")
_CP1252 = _char_to_byte("cp1252")
# Letters of Kyrgyz and Russian.
_KY_RU = set("абвгдеёжзийклмнңоөпрстуүфхцчшщъыьэюя")
_KY_RU |= {ch.upper() for ch in _KY_RU}
_ALLOWED_REPAIRED = (
    _KY_RU
    | {chr(c) for c in range(0xC0, 0x100) if chr(c) not in "×÷"}  # Latin-1 letters
    | set("\u00a0«»“”„‘’‚—–…№°§©®•‹›€™")
)


def _class(table: dict[str, int], low: int, high: int) -> str:
    chars = sorted(ch for ch, b in table.items() if low <= b <= high)
    return "[" + "".join(re.escape(ch) for ch in chars) + "]"


@dataclass(frozen=True)
class _Misreading:
    """UTF-8 bytes shown through a single-byte code page."""

    to_bytes: dict[int, str]  # str.translate table: each character to the byte it came from
    sequence: re.Pattern[str]  # one UTF-8 sequence: "Рљ", "вЂ”"
    run: re.Pattern[str]  # several in a row
    # Byte prefixes that never begin a correct word in this code page, so that even one
    # sequence is evidence: "вЂ"/"â€" (E2 80, punctuation) and, in cp1252, "Ã" and "Â".
    telltales: tuple[bytes, ...]

    @classmethod
    def of(cls, table: dict[str, int], telltales: tuple[bytes, ...]) -> _Misreading:
        lead2, lead3 = _class(table, 0xC2, 0xDF), _class(table, 0xE0, 0xEF)
        cont = _class(table, 0x80, 0xBF)
        cont = cont[:-1] + "\ufffd]"  # a byte the wrong code page did not define, already lost
        sequence = f"(?:{lead2}{cont}|{lead3}{cont}{cont})"
        to_bytes = str.maketrans({ch: chr(byte) for ch, byte in table.items()})
        return cls(to_bytes, re.compile(sequence), re.compile(f"{sequence}+"), telltales)

    def raw(self, chars: str) -> bytes:
        return chars.translate(self.to_bytes).encode("latin-1")


# In cp1251, C2 and C3 are the letters В and Г: "В«" is only a missing space.
_UTF8_AS = (
    _Misreading.of(_CP1251, (b"\xe2\x80",)),
    _Misreading.of(_CP1252, (b"\xe2\x80", b"\xc2", b"\xc3")),
)


def repair_mojibake(text: str) -> tuple[str, bool]:
    """Undo wrong-code-page decoding line by line where confident; True if anything changed."""
    lines = text.split("\n")
    repaired, swaps = [], set()
    for line in lines:
        fixed, swap = _repair_line(line)
        repaired.append(fixed)
        swaps.add(swap)
    swaps.discard(None)
    if len(swaps) == 1:
        # A line of small letters only has no telltale once swapped ("ФЮПДЮЛ АЕПЕР."): it is
        # repaired when another line of the same text showed which swap happened.
        swap = swaps.pop()
        repaired = [
            _undo_swap_if_better(line, swap) if line == old and _all_capitals(line) else line
            for line, old in zip(repaired, lines, strict=True)
        ]
    return "\n".join(repaired), repaired != lines


def _repair_line(line: str) -> tuple[str, int | None]:
    """The line repaired, and which of _SWAPS repaired it, if one did."""
    if line.isascii():
        return line, None
    for misreading in _UTF8_AS:
        line = _repair_utf8(line, misreading)
    return _repair_swapped_cyrillic(_repair_cp1251_as_latin(line))


def _repair_utf8(line: str, misreading: _Misreading) -> str:
    """UTF-8 shown through a single-byte code page: every letter became a pair (or triple)."""
    spans: list[tuple[int, int, str]] = []
    strong = False
    for run in misreading.run.finditer(line):
        chunk = run.group()
        raw = b"" if "\ufffd" in chunk else misreading.raw(chunk)
        fixed = _utf8_or_none(raw) if raw else None
        if fixed is not None:
            if set(fixed) <= _ALLOWED_REPAIRED:
                spans.append((run.start(), run.end(), fixed))
                # One letter may be a coincidence ("Р»" is Р before a guillemet); two are not.
                strong = strong or len(fixed) >= 2 or raw.startswith(misreading.telltales)
            continue
        # A run with lost or invalid bytes: sequence by sequence.
        good = 0
        for match in misreading.sequence.finditer(chunk):
            seq = match.group()
            if "\ufffd" in seq:
                letter = "\ufffd"  # the letter is lost: one mark instead of two junk characters
            else:
                letter = _utf8_or_none(misreading.raw(seq)) or ""
                if letter not in _ALLOWED_REPAIRED:
                    continue
                good += 1
            spans.append((run.start() + match.start(), run.start() + match.end(), letter))
        strong = strong or good >= 2
    if not strong:
        return line
    return _apply_if_better(line, spans)


def _utf8_or_none(raw: bytes) -> str | None:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return None


_LATIN_WORD = re.compile(r"[\w\u00a8\u00b8\u00d7\u00f7]+")
_NUMBER_WORD = re.compile(r"\d+|[IVXLCM]+")  # 1991, XX (кылым)
_CP1251_AS_LATIN = re.compile(r"[\u00c0-\u00ff\u00a8\u00b8]+")
_CASE_BREAK = re.compile(r"[^\W\d_]*[a-zа-яёңөү][A-ZА-ЯЁҢӨҮ]")
_VOWELS = set("аеёиоөуүыэюяАЕЁИОӨУҮЫЭЮЯ")


def _repair_cp1251_as_latin(line: str) -> str:
    """cp1251 shown as cp1252: Cyrillic words became words of accented letters only ("Ðîññèÿ")."""
    if not _CP1251_AS_LATIN.search(line):
        return line
    runs: list[list[tuple[int, int, str]]] = [[]]
    for match in _LATIN_WORD.finditer(line):
        word = match.group()
        fixed = _cp1251_word(word) if _CP1251_AS_LATIN.fullmatch(word) else None
        if fixed is None:
            if not _NUMBER_WORD.fullmatch(word):
                runs.append([])  # an ordinary word ends a run of suspicious words; "1991" not
        else:
            runs[-1].append((match.start(), match.end(), fixed))
    spans: list[tuple[int, int, str]] = []
    for run in runs:
        # A run is repaired only when it holds one real-looking word of three letters or more:
        # a lone "à" or "Ð" is French or Icelandic, not damaged Russian.
        if any(_real_looking(fixed) for *_, fixed in run):
            spans.extend(run)
    return _apply_if_better(line, spans) if spans else line


def _real_looking(word: str) -> bool:
    if len(set(word.casefold())) < 2:
        return False  # "ÀÀà" would be "ААа": one letter repeated is no word
    if word.isupper():
        return len(word) >= 4  # an abbreviation: РСФСР, КМШнын is not all upper
    return len(word) >= 3 and bool(_VOWELS & set(word))


def _cp1251_word(word: str) -> str | None:
    fixed = bytes(_CP1252[ch] for ch in word).decode("cp1251", errors="replace")
    if not all(ch in _KY_RU for ch in fixed) or _CASE_BREAK.match(fixed):
        return None
    return fixed


# cp1251 read as koi8-r, or koi8-r read as cp1251: each swaps small and capital letters (and
# shuffles them), so "Вопрос" shows as "бНОПНЯ" or "чПРТПУ". A small letter followed by
# capitals to the end of the word is the telltale; "кВт" and "мРНК" are the real exceptions.
_CYRILLIC_WORD = re.compile(r"[а-яёА-ЯЁ]+")
# Units and terms that really are written with a small letter and then capitals.
_REAL_SMALL_CAPITALS = frozenset(
    "кВт мВт кВ мВ мкВ кА мА мкА дБ кДж мДж кПа мПа гПа кОм мОм мГн мкФ пФ кВА кВтч мЗв мкЗв "
    "мРНК тРНК рРНК иРНК мкРНК дНК кДНК".split()
)
_SWAPPED_WORD = re.compile(r"(?<![^\W\d_])[а-яё][А-ЯЁ]+(?![^\W\d_])")
_SWAPS = tuple(
    (
        wrong,
        right,
        re.compile("[" + re.escape(bytes(range(0x80, 0x100)).decode(wrong, "ignore")) + "]+"),
    )
    for wrong, right in (("koi8-r", "cp1251"), ("cp1251", "koi8-r"))
)


def _repair_swapped_cyrillic(line: str) -> tuple[str, int | None]:
    telltales = [w for w in _SWAPPED_WORD.findall(line) if w not in _REAL_SMALL_CAPITALS]
    if not telltales:
        return line, None
    # Swapped, capitalised words become telltales and small-letter words all capitals:
    # those must outnumber ordinary words ("вакцина", "Бишкек"), and a short telltale
    # ("юК" for "Ал") needs an all-capitals word beside it ("ЙЕРРХ" for "кетти").
    words = _cyrillic_words(line)
    ordinary = sum(1 for w in words if _is_ordinary(w))
    capitals = sum(1 for w in words if len(w) >= 3 and w.isupper())
    if ordinary >= len(words) - ordinary:
        return line, None
    if not capitals and not any(len(word) >= 5 for word in telltales):
        return line, None
    scored = []
    for swap in range(len(_SWAPS)):
        candidate = _undo_swap(line, swap)
        if not _SWAPPED_WORD.search(candidate):
            scored.append((_per_letter(candidate), swap, candidate))
    if not scored:
        return line, None
    scored.sort(reverse=True)
    best_score, swap, best = scored[0]
    # Undoing the wrong swap also gives normal-looking letters: on a short line the two
    # directions can score alike ("Билбейм" / "Чкнчело"), and then neither is trusted.
    if len(scored) > 1 and best_score - scored[1][0] < 0.3:
        return line, None
    if best_score > _per_letter(line) + 0.5:
        return best, swap
    return line, None


def _undo_swap(line: str, swap: int) -> str:
    wrong, right, run = _SWAPS[swap]

    def undo(match: re.Match[str]) -> str:
        try:
            return match.group().encode(wrong).decode(right)
        except UnicodeError:
            return match.group()

    return run.sub(undo, line)


def _undo_swap_if_better(line: str, swap: int) -> str:
    candidate = _undo_swap(line, swap)
    return candidate if _per_letter(candidate) > _per_letter(line) + 0.5 else line


def _cyrillic_words(line: str) -> list[str]:
    return [w for w in _CYRILLIC_WORD.findall(line) if len(w) >= 2]


def _is_ordinary(word: str) -> bool:
    return word.islower() or (word[0].isupper() and word[1:].islower())


def _all_capitals(line: str) -> bool:
    words = _cyrillic_words(line)
    return bool(words) and not any(_is_ordinary(w) for w in words)


def _per_letter(text: str) -> float:
    return _plausibility(text) / max(1, _letters(text))


def _apply_if_better(line: str, spans: list[tuple[int, int, str]]) -> str:
    parts, last = [], 0
    for start, end, fixed in spans:
        parts += [line[last:start], fixed]
        last = end
    parts.append(line[last:])
    candidate = "".join(parts)
    # Scores are sums over letters, so compare them per letter: the repair must be clearly better.
    return candidate if _per_letter(candidate) > _per_letter(line) + 0.5 else line


def _letters(text: str) -> int:
    return len(_LETTER.findall(text))
