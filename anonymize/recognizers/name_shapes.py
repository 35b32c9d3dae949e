"""Words of no language in a name's shape → ``PERSON``: two capitalised ones side by side ("a me l'ha
risolto Yunting Zhuozhai dell'assistenza"), one addressed at a sentence's end ("Anything else,
Iboarortz?") or one with a kin word in brackets after it ("lid via gavriil (partner)").

A given name and a surname that no list holds and no model read still have a shape: two or three
adjacent capitalised words, each absent from every language's common words, stop words and the
product nouns. Products, firms and streets that look alike keep a word of the language ("Vectra
Router", "Skirek Road") or a legal form after them ("Ornenkwerk AG"), which this recognizer checks; a
code's letters ("KNF-OAK") share their token with digits or dashes and do not count.

The score is medium: the finding stays in its own text (`anonymize.propagation.is_sure` does not
carry it further) and the post-filter judges it like a model's.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from itertools import pairwise

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from anonymize.recognizers._base import NameSpanRecognizer, make_result
from anonymize.recognizers.clauses import compound_of, opens_clause
from anonymize.recognizers.name_cues import NOT_NAMES
from anonymize.recognizers.name_cues.contacts import KIN_WORDS
from anonymize.vocabulary import guess_languages, is_stop_word

#: A capitalised word (first letter upper, then 3+ lower-case letters), not glued to digits, dashes,
#: dots or @ on either side; words one space apart make a run.
_CAP_WORD = re.compile(r"(?<![\w@.#/-])[A-ZÀ-ÞĀ-Ž][a-zß-öø-ÿā-ž]{3,}(?![\w@/-]|\.\w)")


#: A surname in capitals beside a given name, either way round: "Check-in NXWANE Bufele", "Ana KOVRELI".
_MIXED_CASE_PAIR = re.compile(
    r"(?<![\w@.#/-])(?:[A-ZÀ-ÞĀ-Ž]{4,}[ ][A-ZÀ-ÞĀ-Ž][a-zß-öø-ÿā-ž]{3,}|[A-ZÀ-ÞĀ-Ž][a-zß-öø-ÿā-ž]{3,}[ ][A-ZÀ-ÞĀ-Ž]{4,})"
    r"(?![\w@/-]|\.\w)"
)


#: A lower-case word more frequent than this in one text (a block of up to 200 lines) is filler
#: ("lorem ipsum lorem ipsum …"), not a name.
MAX_REPEATS = 200

#: A lower-case word of 4+ letters on its own (chats write names so): two of no language side by side
#: are a name, as a slip of the keyboard is rarely two words long.
_LOWER_WORD = re.compile(r"(?<![\w@.#/-])[a-zß-öø-ÿā-ž]{4,}(?![\w@/-]|\.\w)")

#: A model code or a number right after the words: a product line ("Shimano Deore XT M8100").
_MODEL_AFTER = re.compile(r"[ \t]+(?:[A-Z]{1,4}\b|[\w.-]*\d)")

#: A number right after the words: a dose, a size or a model ("SPASFON LYOC 80 MG").
_NUMBER_AFTER = re.compile(r"[ \t]+[\w.-]*\d")

#: A quantity right before the words, not the end of a date: an order line ("2x Nordvik Oakhelm").
_QUANTITY_BEFORE = re.compile(r"(?<![\d./:-])\b\d+[ \t]?(?:x|×|pcs|stk|szt)?[ \t]+$", re.IGNORECASE)

#: One capitalised word addressed at a sentence's end: "Anything else, Iboarortz?", "Thanks, Nuria!".
_VOCATIVE = re.compile(r",[ \t]+(?P<name>[A-ZÀ-ÞĀ-Ž][a-zß-öø-ÿā-ž]{3,})[ \t]*(?:[?!.…]|$)", re.MULTILINE)

#: Kin words and the roles a meeting's minutes give in brackets ("Rasheeda (chair)").
_BRACKETED_ROLES = KIN_WORDS | frozenset(
    """
    chair chairperson chairwoman chairman secretary treasurer leitung vorsitz vorsitzende vorsitzender
    schriftführer schriftführerin kassier kassierin président présidente secrétaire trésorier trésorière
    presidente secretario secretaria tesorero tesorera segretario segretaria tesoriere voorzitter
    secretaris penningmeester przewodniczący przewodnicząca sekretarz skarbnik secretário secretária
    tesoureiro tesoureira
    """.split()  # noqa: SIM905 - a word list reads best as words
)

#: One capitalised or lower-case word with a kin word or a role in brackets after it: "Iboarortz (partner)".
_KIN_AFTER = re.compile(r"(?<![\w@.#/-])(?P<name>[^\W\d_]{4,})[ \t]+\((?P<kin>[^\W\d_-]+(?:-[^\W\d_]+)*)\)")


#: An initial and a surname: "K. Hawailoa", "S. ALNANZA" (the surname checked to be no word).
_INITIAL_SURNAME = re.compile(
    r"(?<![\w.'’-])[A-ZÀ-ÞĀ-Ž]\.[ \t]?(?P<name>[A-ZÀ-ÞĀ-Ž](?:[a-zß-öø-ÿā-ž]{2,}|[A-ZÀ-ÞĀ-Ž]{2,})"
    r"(?:-[A-ZÀ-ÞĀ-Ž][a-zß-öø-ÿā-žA-ZÀ-ÞĀ-Ž]+)?)(?![\w@/-])"
)

#: A register's "SURNAME, Given": a word in capitals, a comma, a Title-case word ("DOMERRAN, Jinroj").
_REVERSED = re.compile(
    r"(?<![\w@.#/-])(?P<surname>[A-ZÀ-ÞĀ-Ž][A-ZÀ-ÞĀ-Ž'’]{2,}),[ \t]+"
    r"(?P<given>[A-ZÀ-ÞĀ-Ž][a-zß-öø-ÿā-ž]+(?:-[A-ZÀ-ÞĀ-Ž][a-zß-öø-ÿā-ž]+)?)(?![\w@/-])"
)


#: Words in capitals one space apart, in a line written all in capitals ("FÜR TAMIT BHOUUD UND …").
_UPPER_WORD = re.compile(r"(?<![\w@.#/'’-])[A-ZÀ-ÞĀ-Ž][A-ZÀ-ÞĀ-Ž'’-]{2,}(?![\w@/])")


#: Family nouns a name's possessive stands before ("Ruskas Vater", "Ruska's father", "Ruskin zoon").
_FAMILY = frozenset(
    """
    vater mutter sohn tochter bruder schwester ehefrau ehemann father mother son daughter brother sister
    wife husband père mère fils fille frère sœur padre madre hijo hija hermano hermana figlio figlia
    fratello sorella vader moeder zoon dochter broer zus pai mãe filho filha irmão irmã
    """.split()  # noqa: SIM905 - a word list reads best as words
)
#: A capitalised word in a possessive form (German genitive "-s", English "'s") before a family noun.
_POSSESSIVE_KIN = re.compile(
    r"(?<![\w@.#/-])(?P<name>(?P<base>[A-ZÀ-ÞĀ-Ž][a-zß-öø-ÿā-ž]{2,}?)(?:['’]s|s['’]?))[ \t]+(?P<kin>[^\W\d_]+)"
)


class NameShapeRecognizer(NameSpanRecognizer):
    SCORE = 0.55

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if self.ENTITY not in entities:
            return []
        found = [
            make_result(self, self.ENTITY, start, end, self.SCORE, "capitalised words of no language")
            for start, end in _capitalised_no_words(text)
            if not _MODEL_AFTER.match(text, end)
            and not _QUANTITY_BEFORE.search(text, max(0, start - 12), start)
        ]
        found.extend(self._lower_case(text))
        found.extend(
            make_result(
                self, self.ENTITY, start, end, self.SCORE, "a sentence opened by a word of no language"
            )
            for start, end in _lower_openers(text)
        )
        found.extend(
            make_result(self, self.ENTITY, start, end, self.SCORE, "a word of no language in capitals")
            for start, end in _lone_capitals(text)
        )
        found.extend(
            make_result(self, self.ENTITY, start, end, self.SCORE, "capitalised words of no language")
            for start, end in _shouted_no_words(text)
            if not _NUMBER_AFTER.match(text, end)  # "SPASFON LYOC 80 MG": a product and its dose
        )
        found.extend(
            make_result(
                self, self.ENTITY, m.start(), m.end(), self.SCORE, "a surname in capitals beside a name"
            )
            for m in _MIXED_CASE_PAIR.finditer(text)
            if all(is_no_word(w) for w in m.group().split())
        )
        for m in _VOCATIVE.finditer(text):
            if is_no_word(m.group("name")):
                found.append(make_result(self, self.ENTITY, *m.span("name"), self.SCORE, "addressed by name"))
        found.extend(
            make_result(self, self.ENTITY, m.start(), m.end(), self.SCORE, "a surname after an initial")
            for m in _INITIAL_SURNAME.finditer(text)
            if all(is_no_word(part) for part in m.group("name").split("-"))
        )
        found.extend(
            make_result(
                self, self.ENTITY, m.start(), m.end(), self.SCORE, "a surname in capitals, a given name"
            )
            for m in _REVERSED.finditer(text)
            if _name_word(m.group("surname")) and all(_name_word(p) for p in m.group("given").split("-"))
        )
        found.extend(
            make_result(self, self.ENTITY, *m.span("name"), self.SCORE, "a possessive before a family noun")
            for m in _POSSESSIVE_KIN.finditer(text)
            if m.group("kin").casefold() in _FAMILY
            and (_name_word(m.group("base")) or foreign_in_line(m.group("base"), _line_at(text, m.start())))
        )
        for m in _KIN_AFTER.finditer(text):
            if m.group("kin").casefold() in _BRACKETED_ROLES and is_no_word(m.group("name")):
                found.append(
                    make_result(self, self.ENTITY, *m.span("name"), self.SCORE, "kin after the name")
                )
        return found

    def _lower_case(self, text: str) -> list[RecognizerResult]:
        """Two lower-case words of no language side by side, or one alone in a line written all in
        lower case (a chat's "spoko tochie", "laptop rijahasiny jest w serwisie")."""
        words = list(_LOWER_WORD.finditer(text))
        counts = Counter(w.group() for w in words)
        nameless = [
            counts[w.group()] <= MAX_REPEATS
            and (is_no_word(w.group()) or _rare_in_its_line(text, w))
            and not _compound_in_its_line(text, w)
            for w in words
        ]
        found: list[RecognizerResult] = []
        paired: set[int] = set()
        for i, (left, right) in enumerate(pairwise(words)):
            if (
                nameless[i]
                and nameless[i + 1]
                and text[left.end() : right.start()] == " "
                and left.group() != right.group()
                and not after_article(text, left.start())
            ):
                paired.update((i, i + 1))
                found.append(
                    make_result(
                        self,
                        self.ENTITY,
                        left.start(),
                        right.end(),
                        self.SCORE,
                        "lower-case words of no language",
                    )
                )
        for i, word in enumerate(words):
            if (
                nameless[i]
                and i not in paired
                and _in_lower_case_line(text, word.start())
                and not _business_beside(text, word.start(), word.end())
                and not after_article(text, word.start())
            ):
                found.append(
                    make_result(
                        self,
                        self.ENTITY,
                        *word.span(),
                        self.SCORE,
                        "a word of no language in a lower-case line",
                    )
                )
        return found


#: A lower-case word of letters (any script) opening a sentence, then a lower-case word: "… ce matin.
#: riekɛ a récupéré les cadres", "Rückruf. ŋadji booked the gang".
_LOWER_OPENER = re.compile(r"(?:^|(?<=[.!?)]\s)|(?<=\n))(?P<word>[^\W\d_]{3,})(?=[ \t]+[^\W\d_])", re.M)


def _lower_openers(text: str) -> list[tuple[int, int]]:
    """In a cased line, a sentence opened by a lower-case word of no language before another lower-case
    word: sentences open with a capital, so it is a name typed in a hurry (chats: `_lower_case`)."""
    found = []
    for match in _LOWER_OPENER.finditer(text):
        word = match.group("word")
        if not word.islower() or _in_lower_case_line(text, match.start()):
            continue
        opener = text[match.end() :].lstrip(" \t")[:1].islower() and is_no_word(word)
        if opener and not _business_beside(text, *match.span()):
            found.append(match.span())
    return found


def _name_word(word: str) -> bool:
    """A listed name or a word of no language."""
    from anonymize.recognizers.person_names import is_listed_name

    return is_listed_name(word) or is_no_word(word)


def _rare_in_its_line(text: str, word: re.Match[str]) -> bool:
    """A lower-case word, in a line written all in lower case, that is a word of another language
    only (`foreign_in_line`): "lluvia" in a German chat, "orvalho" in a Spanish one."""
    return _in_lower_case_line(text, word.start()) and foreign_in_line(
        word.group(), _line_at(text, word.start())
    )


def foreign_in_line(word: str, line: str) -> bool:
    """``word`` is no common word (Zipf 3, the floor of the word lists Shoal reads) of ``line``'s one
    guessed language nor of English, though it may be one of another language: a name word there.
    Loanwords and products of the line's language are common in it ("laptop" in Polish)."""
    languages = guess_languages(line)
    return len(languages) == 1 and _no_word_of(word.casefold(), (languages[0], "en"))


def _business_beside(text: str, start: int, end: int) -> bool:
    """A lone lower-case word among business words: a dose or a model after it ("bravecto 500 mg",
    "nobivac l4"), a legal form within three words ("energie südring kg"), or a product noun after it
    ("rosa bouquet"; before it the word is an owner: "laptop rijahasiny jest w serwisie")."""
    from anonymize.recognizers.products import is_product_noun

    line_end = text.find("\n", end)
    after = _TOKEN.findall(text, end, min(len(text) if line_end < 0 else line_end, end + 40))[:3]
    if after and (
        any(ch.isdigit() for ch in after[0]) or (len(after[0]) <= 2 and not is_stop_word(after[0]))
    ):
        return True
    if any(w.strip(".").casefold() in NOT_NAMES for w in after):
        return True
    return bool(after) and is_product_noun(after[0])


_TOKEN = re.compile(r"[^\s,;:!?()\[\]\"«»„“”]+")

#: Articles that stand before a thing and hardly ever before a given name ("the coxbox", "een
#: knipbeurt", "une tondeuse"). Left out: those that colloquial speech puts before names ("die Anna",
#: "la Giulia", "o João", "el Juan") and "a"/"de", which are prepositions too ("a Maria", "de Souza").
ARTICLES = frozenset(
    "the an het een le les un une des du ein eine einen einem einer eines uno una unos unas um uma".split()  # noqa: SIM905
)
_WORD_BEFORE = re.compile(r"(?<![\w'’-])([^\W\d_]+)[ \t]$")


#: Articles of one language that are a preposition in others: Dutch "de" ("de elstar") is read as an
#: article only in a line that reads as Dutch alone ("la taza de luar" is Spanish for "luar's cup").
_LANGUAGE_ARTICLES = {"de": "nl"}


#: Definite articles that never stand before a person's name (a family's plural aside: "the Smiths").
THING_ARTICLES = frozenset({"the", "het"})


def after_article(
    text: str, start: int, articles: frozenset[str] = ARTICLES, *, by_language: bool = True
) -> bool:
    """One of ``articles`` stands right before ``start``, a space apart: a noun follows, not a name.
    With ``by_language``, also an article of the line's one language that is a preposition elsewhere."""
    before = _WORD_BEFORE.search(text, max(0, start - 12), start)
    if before is None:
        return False
    word = before.group(1).casefold()
    if word in articles:
        return True
    language = _LANGUAGE_ARTICLES.get(word)
    return by_language and language is not None and guess_languages(_line_at(text, start)) == (language,)


def _line_at(text: str, position: int) -> str:
    """The line of ``text`` that holds ``position``."""
    end = text.find("\n", position)
    return text[text.rfind("\n", 0, position) + 1 : end if end >= 0 else len(text)]


def _in_lower_case_line(text: str, position: int) -> bool:
    """The line around ``position`` has no capital letter at all: a chat's lower-case message."""
    return not any(ch.isupper() for ch in _line_at(text, position))


def _capitalised_no_words(text: str) -> list[tuple[int, int]]:
    """Spans of capitalised words of no language: two or three side by side, cut out of a longer
    capitalised run at its words of a language ("Rodzic Ledvor Valebrokk pyta" → "Ledvor Valebrokk"),
    or one on its own inside a sentence ("ćwiczę z grupą Ikmaik"). A lone one beside a capitalised
    word ("Cortinados Sintra", "Hotel Miradouro") or opening a sentence ("Leasefiets Gazelle") is as
    often a compound or an inflected word that the word lists lack, and a repeated word is filler
    ("Lorem Lorem")."""
    spans: list[tuple[int, int]] = []
    run: list[re.Match[str]] = []  # adjacent capitalised words
    for match in _CAP_WORD.finditer(text):
        if run and text[run[-1].end() : match.start()] != " ":
            spans.extend(_no_word_spans(text, run))
            run = []
        run.append(match)
    spans.extend(_no_word_spans(text, run))
    return spans


def _shouted_no_words(text: str) -> list[tuple[int, int]]:
    """Two or three adjacent words in capitals, each of no language, in a line with no lower-case
    letter ("ZINAB ASHSHAHAB Y …"): a name shouted like the rest of its record. Acronyms stand alone."""

    def shouted(match: re.Match[str]) -> bool:
        return is_no_word(match.group()) and not any(ch.islower() for ch in _line_at(text, match.start()))

    spans: list[tuple[int, int]] = []
    part: list[re.Match[str]] = []
    for match in [*_UPPER_WORD.finditer(text), None]:
        if (
            match is not None
            and part
            and text[part[-1].end() : match.start()] == " "
            and not part[-1].group().endswith(("'S", "’S"))  # "UPEPO PWANI'S| FALMOUTH": the name ended
            and shouted(match)
        ):
            part.append(match)
            continue
        if 2 <= len(part) <= 3 and max(len(m.group()) for m in part) >= 5:
            spans.append((part[0].start(), part[-1].end()))
        part = [match] if match is not None and shouted(match) else []
    return spans


def _compound_in_its_line(text: str, match: re.Match[str]) -> bool:
    """A lower-case word that is a compound of its German or Dutch line ("constateerklok besteld")."""
    languages = guess_languages(_line_at(text, match.start()))
    return any(compound_of(match.group(), lang) for lang in languages if lang in ("de", "nl"))


def _lone_capitals(text: str) -> list[tuple[int, int]]:
    """One word in capitals of no language, four letters or more, alone inside a sentence of a line
    written in lower case too ("an der Kasse saß PUYASSERY", "LET OP: KARM mag niet"): a surname set
    apart the way forms set it. A code's letters touch its digits; acronyms are words or short."""
    spans = []
    for match in _UPPER_WORD.finditer(text):
        word, start, end = match.group(), match.start(), match.end()
        if (
            len(word) >= 4
            and word.isalpha()
            and not re.match(r"[-/.]?\d", text[end : end + 2])  # "ABCD-1234": a code
            and not _CAPITALS_BEFORE.search(text, max(0, start - 40), start)
            and not _CAPITALS_AFTER.match(text, end)
            and (
                _MID_SENTENCE.search(text, max(0, start - 40), start)
                or _AFTER_LABEL.search(text, 0, start)
                or opens_clause(text, start, end)
            )
            and any(ch.islower() for ch in _line_at(text, start))
            and is_no_word(word)
        ):
            spans.append((start, end))
    return spans


#: A capitalised word right before or after, one space apart: an acronym in a name or a shouted phrase.
_CAPITALS_BEFORE = re.compile(r"(?<![^\W\d_])[A-ZÀ-ÞĀ-Ž][^\W\d_]*[ \t]$")
_CAPITALS_AFTER = re.compile(r"[ \t][A-ZÀ-ÞĀ-Ž]")
#: A label and its colon right before: "LET OP: ".
_AFTER_LABEL = re.compile(r":[ \t]+$")


def _no_word_spans(text: str, run: list[re.Match[str]]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    part: list[re.Match[str]] = []
    for match in [*run, None]:
        if match is not None and is_no_word(match.group()):
            part.append(match)
            continue
        if 2 <= len(part) <= 3 and len({m.group() for m in part}) > 1:
            spans.append((part[0].start(), part[-1].end()))
        elif (
            len(part) == 1
            and len(run) == 1
            and _lone_name_place(text, *part[0].span())
            and not after_article(text, part[0].start())
        ):
            spans.append(part[0].span())
        part = []
    return spans


def _lone_name_place(text: str, start: int, end: int) -> bool:
    """A lone capitalised word at ``start`` stands inside a sentence (or opens a clause after a dash, a
    lower-case word after it: "… — Xitai ha il numero"); in German, which capitalises its nouns, only when it is no compound
    of a German word ("Reifenwechsel auf Sommerräder" are nouns, "Nachschulung bei Ssaito" a name)."""
    if not _MID_SENTENCE.search(text, max(0, start - 40), start) and not opens_clause(text, start, end):
        return False
    if "de" not in (guess_languages(_line_at(text, start)) or guess_languages(text)):
        return True
    return not compound_of(text[start:end], "de")


#: What stands before a word inside a sentence: a word, a number, a comma or "&", then spaces.
_MID_SENTENCE = re.compile(r"[\w,&][ \t]+$")


@lru_cache(maxsize=65536)
def is_no_word(word: str) -> bool:
    """A word of no language Shoal reads: no stop word, not in wordfreq's common words of any of them,
    no product noun, no legal form."""
    from anonymize.vocabulary import LANGUAGES

    return _no_word_of(word.casefold(), LANGUAGES)


def _no_word_of(lowered: str, languages: tuple[str, ...]) -> bool:
    """``lowered`` is no stop word of any language Shoal reads, no product noun, no legal form, and
    neither it nor a base form it may come from is a common word of ``languages``."""
    from anonymize.recognizers.products import is_product_noun
    from anonymize.vocabulary import zipf

    if is_product_noun(lowered) or lowered in _NOT_NAMES or is_stop_word(lowered):
        return False
    if any(zipf(lowered, lang) > 0 for lang in languages):
        return False
    return not any(
        max(zipf(form, lang) for lang in languages) >= floor for form, floor in _base_forms(lowered)
    )


#: Inflection endings swapped on a stem of five letters or more ("zlewie" → "zlew", "ładowarkę" →
#: "ładowarka", "naczyniach" → "naczynia"), and English affixes ("reassigned" → "assigned").
_ENDINGS = ("", "a", "e", "o", "y", "i", "ę", "ą", "en", "er", "s", "ie", "ia")
_SUFFIXES = ("ed", "ing", "s", "es", "ly", "er", "ers", "ment", "ness")
_PREFIXES = ("re", "un", "pre", "dis", "over")


def _base_forms(word: str) -> list[tuple[str, float]]:
    """Forms a word of a language may come from, each with the frequency its base must have: a
    common base (Zipf 3.5 for a swapped ending, 3 for an English affix) makes the word one of its
    language's, however rare the form itself; a name's stem is rarely that common a word."""
    forms: list[tuple[str, float]] = []
    for cut in (1, 2):
        stem = word[:-cut]
        if len(stem) >= 5:
            forms.extend((stem + ending, 3.5) for ending in _ENDINGS if stem + ending != word)
    forms.extend((word[: -len(s)], 3.0) for s in _SUFFIXES if word.endswith(s) and len(word) - len(s) >= 4)
    forms.extend((word[len(p) :], 3.0) for p in _PREFIXES if word.startswith(p) and len(word) - len(p) >= 4)
    return forms


#: Words that are business, not people, and may be missing from the common-word lists: the cue lists'
#: non-names (legal forms, roles, labels) and street and group words.
_NOT_NAMES = NOT_NAMES | frozenset(
    """
    avenue bvba calle group gruppe holding holdings laan lane ltda oyj platz road rua rue spzoo straat
    strasse straße street ulica via weg
    """.split()  # noqa: SIM905 - a word list reads best as words
)
