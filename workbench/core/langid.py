"""Which of the workbench's languages a piece of text is in: "ky", "ru" or "en".

Script first: Latin text is English (the only Latin-script language here). Cyrillic text is
Kyrgyz or Russian, told apart by evidence that each adds up: the letters ң ө ү, double
vowels and frequent words and suffixes for Kyrgyz; щ ъ ё, function words (и, в, на, не,
что, это) and case endings for Russian. Short texts with no evidence either way (a name,
a number, "Президент") give the caller's default.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# Addresses say nothing about the language of the text around them.
_ADDRESS = re.compile(
    r"(?:https?://|www\.)\S+|\S+@\S+\.\w+|\b[\w-]+(?:\.[\w-]+)*\.(?:kg|ru|com|org|net)\b"
)

_KY_WORDS = frozenset(
    """жана менен үчүн деп бул ал алар биз силер сиз мен сен эмес болгон болот болуп болду
    керек жок бар дагы же ошол ушул анын анда андан ага аны кийин чейин боюнча тууралуу
    жөнүндө шаары шаарында өкмөт жылы деген айтты берди кылып тарабынан аркылуу бирок эле
    гана ар бир эки үч төрт беш көп жакшы жаңы эл элдин кайда эмне ким качан кантип ооба
    рахмат кандай мамлекеттик республикасы облусу облусунда району айылы жыл жылдын күнү
    алып келип берип турат жатат жатышат тиешелүү ылайык карата байланыштуу сыяктуу дейт
    деди эми эч ошондой ошондуктан азыр мурда учурда сүрөт сүрөттө окуу мектеп мектептин
    кыргыз кыргызча тили тилинде министрлиги жогорку кеңеш башкы иш чара баш барак жер суу
    тоо күн үй ата эне бала балдар кабар кабарлар жаңылыктар саясат коом бол кел кет тез""".split()
)

_RU_WORDS = frozenset(
    """и в во на не что это с со по для от из к о об у за как его ее её он она они мы вы я
    был была были было будет будут также который которая которое которые после года году
    при до но или уже только еще ещё так все всё если когда между через чтобы того этого этом
    этой этот эта эти их ним ней нет есть может более можно надо нужно сказал заявил сообщил
    россии президента правительства министерства республики области города фото глава
    а же бы ли спасибо здравствуйте сад января февраля марта апреля мая июня июля августа
    сентября октября ноября декабря затем потом неужели очень тоже""".split()
)

# Suffixes that (almost) only one of the two languages has at the end of a word.
_KY_ENDINGS = tuple(
    """лык лик лук лүк лыгы лиги лугу лүгү нын нин нун нүн дын дин дун дүн тын тин тун түн
    ларды лерди лорду лөрдү дарды дерди ларга лерге лары лери дары дери тары тери лору лөрү
    ынан инен унан үнөн ында инде унда үндө ышат ишет ушат үшөт ышты иште ушту үштү
    мын мин мун мүн сыз сиз суз сүз дагы деги тагы теги ган ген кан кен сы си су сү
    лар лер лор лөр дар дер дор дөр тар тер тор төр дум дүм тум түм йм быз биз буз бүз
    гөн көн тти ттү тту тты пти пты нчи нчы нчу нчү дан ден шты""".split()
)
_RU_ENDINGS = tuple(
    """ого его ому ему ыми ими ами ями ться тся ость ости ение ения ании ении ию ии ией иями
    ях ую юю ый ым ских ской ского ская ское ные ного ной ная ное ный ний ая яя ое ие ые
    ство ства вания стана стане станом ссы ском лся лась лось лись ется ются ится ятся ает
    ают яет яют ует уют ать ять ить еть вил вила вили вали ой""".split()
)
# ң ө ү and the stand-ins old fonts and keyboards put in their place (see kyrgyz.py).
_KY_LETTERS = "ңөүɵѳøöӊҥñӱÿ"
_KY_DOUBLE = ("аа", "ээ", "уу", "ыы", "үү", "өө")  # "оо" is Russian too: кооперация


def detect_language(text: str, default: str | None = None) -> str | None:
    """ "ky", "ru" or "en" for `text`; `default` when there is no clear evidence."""
    text = _ADDRESS.sub(" ", text)
    # A lone letter before "." or ")" is an initial or a list label, not the word и/в/с/а.
    words = [
        m.group()
        for m in _WORD.finditer(text)
        if len(m.group()) > 1 or text[m.end() : m.end() + 1] not in (".", ")")
    ]
    cyrillic = [w for w in words if _is_cyrillic_word(w)]
    latin = [w for w in words if w.isascii() or _is_latin_word(w)]
    # Capitalised Latin words in Cyrillic text are names and sources ("Сүрөт: Reuters").
    common_latin = [w for w in latin if not w[0].isupper()]
    if not cyrillic:
        return "en" if latin else default
    if len(common_latin) > len(cyrillic):
        return "en"
    ky, ru = _evidence(cyrillic)
    if ky - ru >= 1:
        return "ky"
    if ru - ky >= 1:
        return "ru"
    return default


def _is_cyrillic_word(word: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in word)


def _is_latin_word(word: str) -> bool:
    return all(ch.isascii() or "\u00c0" <= ch <= "\u024f" or ch == "-" for ch in word)


def _evidence(words: list[str]) -> tuple[float, float]:
    ky = ru = 0.0
    for word in words:
        w = word.lower()
        ky += 3 * sum(w.count(ch) for ch in _KY_LETTERS)
        ru += 2 * sum(w.count(ch) for ch in "щъ") + w.count("ё")
        if w in _KY_WORDS:
            ky += 2
        elif w in _RU_WORDS:
            ru += 2
        elif len(w) >= 4:
            # Endings only on words of four letters or more: in "ал", "сад" they mean nothing.
            ky += 1 if w.endswith(_KY_ENDINGS) else 0
            if w.endswith(_RU_ENDINGS):
                ru += 1
                continue  # "Координационный": a Russian ending outweighs a double vowel
        if w[-2:] in _KY_DOUBLE or w.endswith("оо"):
            ky += 1.5  # verbal nouns: шайлоо, окутуу, өнүгүү
        elif any(d in w for d in _KY_DOUBLE):
            ky += 1
        elif "оо" in w:
            ky += 0.5
    return ky, ru
