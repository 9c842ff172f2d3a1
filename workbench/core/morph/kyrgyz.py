"""Kyrgyz noun inflection as a small rule set, for recognising terms in running text.

A text word matches a term word when it is the term word followed by a valid chain of
inflectional suffixes:

    stem [plural] [possessive] [case] [predicative]

Rules (each is a line or two below):

1. Vowel harmony, four ways, by the last vowel so far. A suffix's high vowel (I) and low
   vowel (A) are: after а ы я: ы/а; after е э и: и/е; after о ё: у/о; after у ю: у/а;
   after ө ү: ү/ө. (Low vowels round only after о, ө, ү: тоо-лор, үй-лөр, but суу-лар,
   уул-дар.) Harmony is recomputed after every suffix, so chains stay in harmony.
2. Assimilation of a suffix's first consonant to the sound before it:
   L (plural лар): л after a vowel, й or р; д after other voiced consonants; т after
   voiceless ones (тоо-лор, шаар-лар, кол-дор, китеп-тер).
   N (genitive нын, accusative ны): н after a vowel; д after voiced consonants (й, р
   included); т after voiceless ones (тоо-нун, шаар-дын, өкмөт-түн).
   G (dative га): г after vowels and voiced consonants, к after voiceless ones.
   D (locative да, ablative дан): д / т the same way. B (predicative быз): б / п.
3. Stem-final п, к and т may voice to б, г and д before a vowel-initial suffix
   (мектеп -> мектеби, министрлик -> министрлиги). Both spellings are accepted: the
   alternation is lexical (парк -> паркы) and the term list does not say which applies.
4. After a 3rd-person possessive (сы / ы), the case suffixes take a pronominal н:
   -нын, -н, -на, -нда, -нан, -ндагы (Республикасы -> Республикасына). A term word that
   itself ends in a possessive-looking high vowel (Кыргыз Республикасы, Жогорку Кеңеши)
   takes these too. After a 1st/2nd-person singular possessive the dative is bare -а
   (үйүмө).
5. Predicative (personal copula) endings after any of the above: -мын, -сың, -сыз, -быз,
   -сыңар, -сыздар; except -сыз and -сыздар right after the bare stem, where the same
   letters are far more often the derivational "without" (мыйзамсыз "lawless").

6. Izafet compounds (окуу залы "reading room", орто мектеби "secondary school"): the
   head of a term of two or more words that ends in a 3rd-person possessive (зал-ы,
   мектеб-и, китепкана-сы) also matches its stem followed by a chain with a possessive
   of any person after [plural]: окуу залдары, окуу залдарында, орто мектептеринде,
   окуу залыбыз "our reading room". The stem alone (окуу залда) is not the compound.
7. Lexical exceptions, few and listed (LEXICAL): stems whose last high vowel drops before
   a possessive (мурун -> мурду, орун -> ордуна, ийин -> ийни) and the plural балдар of
   бала. The text word is read as its regular spelling (мурун-у, балалар) and analysed by
   rules 1-5, keeping only the listed stem. Words that look the same but are other stems
   (ор "pit" + accusative ду = орду) cannot be told apart without context; кар-ын and
   эр-ин are left out of the list for that reason (карды "the snow", эрди "melted").

Not inflection, so never matched: derivation (китеп -> китепкана, тоо -> тоолуу, орун ->
орундук) and words that only share letters (тоо "mountain" / тоок "hen", суу "water" /
суук "cold"). Not handled: verbs. Text is normalised by the caller (lower case, ё -> е,
look-alike letters replaced, see core/kyrgyz.py).
"""

from __future__ import annotations

from collections.abc import Container, Iterable

VOWELS = frozenset("аеёиоөуүыэюя")
_HARMONY = {  # last vowel -> (high I, low A)
    "а": ("ы", "а"), "ы": ("ы", "а"), "я": ("ы", "а"),
    "е": ("и", "е"), "э": ("и", "е"), "и": ("и", "е"),
    "о": ("у", "о"), "ё": ("у", "о"),
    "у": ("у", "а"), "ю": ("у", "а"),
    "ө": ("ү", "ө"), "ү": ("ү", "ө"),
}  # fmt: skip
_VOICELESS = frozenset("кпстфхцчшщ")
_VOICING = {"б": "п", "г": "к", "д": "т"}  # voiced stem-final letter -> dictionary form

# Sound classes of a word's last letter: vowel, й/р, other voiced consonant, voiceless.
_V, _R, _Z, _S = "V", "R", "Z", "S"
_CONSONANTS = {
    "L": {_V: "л", _R: "л", _Z: "д", _S: "т"},
    "N": {_V: "н", _R: "д", _Z: "д", _S: "т"},
    "G": {_V: "г", _R: "г", _Z: "г", _S: "к"},
    "D": {_V: "д", _R: "д", _Z: "д", _S: "т"},
    "B": {_V: "б", _R: "б", _Z: "б", _S: "п"},
}

PLURAL = "LAр"
# Possessives: (name, after a vowel, after a consonant).
POSSESSIVES = (
    ("1sg", "м", "Iм"),
    ("2sg", "ң", "Iң"),
    ("2sg.pol", "ңIз", "IңIз"),
    ("3", "сI", "I"),
    ("1pl", "бIз", "IбIз"),
    ("2pl", "ңAр", "IңAр"),
    ("2pl.pol", "ңIздAр", "IңIздAр"),
)
CASES = ("NIн", "NI", "GA", "DA", "DAн", "DAгI")  # gen, acc, dat, loc, abl, loc-attributive
CASES_AFTER_3RD = ("нIн", "н", "нA", "ндA", "нAн", "ндAгI")
PREDICATIVES = ("мIн", "сIң", "сIз", "BIз", "сIңAр", "сIздAр")


def _sound(ch: str) -> str:
    if ch in VOWELS:
        return _V
    if ch in "йр":
        return _R
    return _S if ch in _VOICELESS else _Z


def _last_vowel(text: str) -> str | None:
    for ch in reversed(text):
        if ch in _HARMONY:
            return ch
    return None


def realise(word: str, template: str) -> str:
    """`word` + the suffix `template` with its archiphonemes (A I L N G D B) resolved."""
    out = word
    for ch in template:
        if ch in "AI":
            vowel = _last_vowel(out)
            if vowel is None:
                return ""  # no vowel to harmonise with
            high, low = _HARMONY[vowel]
            out += high if ch == "I" else low
        elif ch in _CONSONANTS:
            last = out[-1] if out else "а"
            if last in "ьъ":
                last = out[-2] if len(out) > 1 else "а"
            out += _CONSONANTS[ch][_sound(last)]
        else:
            out += ch
    return out


def _possessive_looking(word: str) -> bool:
    """Ends like a 3rd-person possessive: consonant + high vowel (Республикасы, Кеңеши)."""
    return len(word) >= 4 and word[-1] in "ыиуү" and word[-2] not in VOWELS


def _chains_from(word: str, possessed_only: bool = False) -> set[str]:
    """Every suffix chain the rules allow after `word` (realised; "" included), or only
    those with a possessive (rule 6)."""
    chains: set[str] = set()

    def case_and_predicate(base: str, cases: tuple[str, ...]) -> None:
        for with_case in (base, *(realise(base, c) for c in cases)):
            if not with_case:
                continue
            chains.add(with_case[len(word) :])
            for pred in PREDICATIVES:
                if with_case == word and pred.startswith("сIз"):
                    continue  # the privative "without", not "you are" (rule 5)
                done = realise(with_case, pred)
                if done:
                    chains.add(done[len(word) :])

    for base in (word, realise(word, PLURAL)):
        if not base:
            continue
        if not possessed_only:
            case_and_predicate(base, CASES)
        vowel_final = base[-1] in VOWELS
        for name, after_vowel, after_consonant in POSSESSIVES:
            owned = realise(base, after_vowel if vowel_final else after_consonant)
            if not owned:
                continue
            if name == "3":
                case_and_predicate(owned, CASES_AFTER_3RD)
            elif name in ("1sg", "2sg"):
                case_and_predicate(owned, (*CASES, "A"))
            else:
                case_and_predicate(owned, CASES)
    if _possessive_looking(word) and not possessed_only:
        case_and_predicate(word, CASES_AFTER_3RD)
    return chains


_CHAIN_CACHE: dict[tuple[str, str, bool, bool], frozenset[str]] = {}


_STEM_CHAINS: dict[str, frozenset[str]] = {}


def suffix_chains(stem: str) -> frozenset[str]:
    """The realised suffix chains that may follow `stem` (lower case); just "" if no vowel."""
    chains = _STEM_CHAINS.get(stem)  # a term search asks again and again for its stems
    if chains is None:
        if len(_STEM_CHAINS) > 200_000:
            _STEM_CHAINS.clear()
        chains = _STEM_CHAINS[stem] = _chains_for(stem)
    return chains


def _chains_for(stem: str) -> frozenset[str]:
    vowel = _last_vowel(stem)
    if vowel is None:
        return frozenset({""})
    # Realisation depends only on the last vowel, the sound class of the last letter (the
    # one before a soft or hard sign) and whether the word ends like a possessive: one
    # entry per such context, computed on the first stem that has it.
    final = stem[-2] if stem[-1] in "ьъ" and len(stem) > 1 else stem[-1]
    key = (vowel, _sound(final), stem[-1] in "ьъ", _possessive_looking(stem))
    chains = _CHAIN_CACHE.get(key)
    if chains is None:
        chains = _CHAIN_CACHE[key] = frozenset(_chains_from(stem))
    return chains


# Rule 6: the index key of an izafet head's stem (a character no word has marks it).
POSSESSED = "\x00"


def izafet_keys(word: str) -> frozenset[str]:
    """Keys under which the head `word` of a compound term (окуу залы) is also indexed:
    its stem marked POSSESSED (зал + mark; a voiced stem's dictionary spelling too)."""
    if len(word) < 3 or word[-1] not in "ыиуү":
        return frozenset()
    if word[-2] == "с" and word[-3] in VOWELS:
        stem, suffix = word[:-2], "сI"  # китепкана-сы
    elif word[-2] not in VOWELS:
        stem, suffix = word[:-1], "I"  # зал-ы, мектеб-и
    else:
        return frozenset()
    stems = {stem}
    if stem[-1] in _VOICING:
        stems.add(stem[:-1] + _VOICING[stem[-1]])  # мектеб-и: мектеп
    return frozenset(
        s + POSSESSED
        for s in stems
        if _last_vowel(s) and realise(s, suffix)[-1:] == word[-1]  # harmony holds
    )


_POSSESSED_CHAINS: dict[str, frozenset[str]] = {}


def possessed_chains(stem: str) -> frozenset[str]:
    """The chains of suffix_chains(stem) with a possessive, after [plural] (rule 6): ы,
    дары, ынын, дарында, ыбыз (окуу залыбыз "our reading room")..."""
    chains = _POSSESSED_CHAINS.get(stem)
    if chains is None:
        if len(_POSSESSED_CHAINS) > 50_000:
            _POSSESSED_CHAINS.clear()
        chains = _POSSESSED_CHAINS[stem] = frozenset(_chains_from(stem, possessed_only=True))
    return chains


# Rule 7: a text word beginning with the key is read as the value + the rest; for the
# vowel-dropping stems only before a vowel (a possessive), the stem given third.
LEXICAL: dict[str, tuple[str, bool, str]] = {
    "мурд": ("мурун", True, "мурун"),  # nose: мурду, мурдуна
    "орд": ("орун", True, "орун"),  # place: ордуна, ордун
    "ийн": ("ийин", True, "ийин"),  # shoulder: ийни, ийнине
    "балдар": ("балалар", False, "бала"),  # children: балдардын, балдарыбыз
}


_LEXICAL_FIRST = frozenset(prefix[0] for prefix in LEXICAL)  # most words begin otherwise


def _lexical(word: str) -> tuple[str, str] | None:
    """(regular spelling, stem) of a listed exception (rule 7), else None."""
    if word[:1] not in _LEXICAL_FIRST:
        return None
    for prefix, (regular, before_vowel, stem) in LEXICAL.items():
        if word.startswith(prefix):
            rest = word[len(prefix) :]
            if before_vowel and rest[:1] not in VOWELS:
                return None
            return regular + rest, stem
    return None


def _lexical_stem(word: str) -> str | None:
    """The listed stem `word` inflects (rule 7), checked by rules 1-5 on its regular form."""
    lexical = _lexical(word)
    if lexical is None:
        return None
    regular, stem = lexical
    rest = regular[len(stem) :]
    return stem if regular.startswith(stem) and rest in suffix_chains(stem) else None


# The longest chain the rules make (plural + 2pl polite possessive + case + predicative)
# is under 30 letters: a cut leaving more cannot be a stem.
_LONGEST_CHAIN = 30
_SUFFIX_START = VOWELS | frozenset("лдтнгкмсңбп")  # every chain begins with one of these


def stems_of(word: str, min_stem: int = 2) -> set[str]:
    """Dictionary forms `word` (lower case, normalised) can be an inflection of.

    The word itself is always one; every prefix followed by a valid suffix chain is
    another, in its dictionary spelling (final б/г/д of a voiced stem given back as п/к/т).
    """
    found = {word}
    for cut in range(max(min_stem, len(word) - _LONGEST_CHAIN), len(word)):
        rest = word[cut:]
        if rest[0] not in _SUFFIX_START:
            continue
        stem = word[:cut]
        if rest in suffix_chains(stem):
            found.add(stem)
            if rest in possessed_chains(stem):
                found.add(stem + POSSESSED)
        if rest[0] in VOWELS and stem[-1] in _VOICING:
            plain = stem[:-1] + _VOICING[stem[-1]]
            if rest in suffix_chains(plain):
                found.add(plain)
                if rest in possessed_chains(plain):
                    found.add(plain + POSSESSED)
    lexical = _lexical_stem(word)
    if lexical:
        found.add(lexical)
    return found


class StemPrefixes:
    """What stems_in needs to know of a set of keys (a term index's) to skip a cut at
    once: every spelling a known stem takes at the start of a text word (as written, and
    with a voiced final б/г/д before a vowel, rule 3), and their shortest and longest
    length. A cut whose beginning is not one of them cannot give a known key."""

    __slots__ = ("spellings", "shortest", "longest")

    def __init__(self, known: Iterable[str]) -> None:
        voiced: dict[str, list[str]] = {}
        for letter, plain in _VOICING.items():
            voiced.setdefault(plain, []).append(letter)
        spellings: set[str] = set()
        for key in known:
            stem = key[:-1] if key.endswith(POSSESSED) else key
            if not stem:
                continue
            spellings.add(stem)
            for letter in voiced.get(stem[-1], ()):
                spellings.add(stem[:-1] + letter)
        self.spellings = frozenset(spellings)
        self.shortest = min(map(len, spellings), default=0)
        self.longest = max(map(len, spellings), default=0)


def stems_in(
    word: str, known: Container[str], min_stem: int = 2, prefixes: StemPrefixes | None = None
) -> set[str]:
    """stems_of(word) & known, trying suffix chains only after the cuts that leave a known
    stem: a term search asks this of every text word, and most words have no known stem.
    `prefixes` (StemPrefixes(known), made once per set of keys) skips the other cuts with
    one set lookup each."""
    found = {word} if word in known else set()
    first, stop = max(min_stem, len(word) - _LONGEST_CHAIN), len(word)
    spellings = None
    if prefixes is not None:
        first, stop = max(first, prefixes.shortest), min(stop, prefixes.longest + 1)
        spellings = prefixes.spellings
    for cut in range(first, stop):
        if spellings is not None and word[:cut] not in spellings:
            continue
        rest = word[cut:]
        if rest[0] not in _SUFFIX_START:
            continue
        stem = word[:cut]
        for candidate in (stem, _devoiced(stem) if rest[0] in VOWELS else None):
            if candidate is None:
                continue
            if candidate in known and rest in suffix_chains(candidate):
                found.add(candidate)
            marked = candidate + POSSESSED
            if marked in known and rest in possessed_chains(candidate):
                found.add(marked)
    lexical = _lexical_stem(word)
    if lexical and lexical in known:
        found.add(lexical)
    return found


def _devoiced(stem: str) -> str | None:
    """The dictionary spelling of a stem ending in a voiced б/г/д (rule 3), else None."""
    return stem[:-1] + _VOICING[stem[-1]] if stem[-1] in _VOICING else None
