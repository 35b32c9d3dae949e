"""Person names in any letter case → ``PERSON`` (complements spaCy, which misses ``JOHN SMITH``,
``john smith`` and many non-English names).

Two signals, no model:
- gazetteer pairs: a first name followed by a last name (or a second first name, then a last name),
  in any case, where the lists are Faker's person providers for the EU/EEA, UK, CH and US locales
  (imported from the installed package, nothing downloaded). Words that are also common words
  (spaCy stop words of the EU languages plus `COMMON_WORDS`) never count, so "will park" or "may
  day" are not names.
- honorific/greeting cues: the one or two capitalised words after ``Mr``, ``Mrs``, ``Dr``, ``Herr``,
  ``Frau``, ``Mme``, ``Sr.``, ``Sig.ra``, ``Dear``, ``Hallo`` and the like.
"""

from __future__ import annotations

import importlib
import importlib.util
import re
from functools import lru_cache
from pathlib import Path

import spacy
from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from anonymize.recognizers._base import make_result
from anonymize.recognizers.name_words import COMMON_WORDS, NOT_SURNAMES

FAKER_LOCALES: tuple[str, ...] = (
    "en_US", "en_GB", "en_IE", "de_DE", "de_AT", "de_CH", "fr_FR", "fr_CH", "es_ES", "it_IT", "nl_NL",
    "nl_BE", "pl_PL", "pt_PT", "sv_SE", "fi_FI", "da_DK", "no_NO", "cs_CZ", "sk_SK", "hu_HU", "ro_RO",
    "el_GR", "hr_HR", "sl_SI", "lt_LT", "lv_LV", "et_EE", "bg_BG",
)  # fmt: skip

STOPWORD_LANGUAGES: tuple[str, ...] = ("en", "de", "fr", "es", "it", "nl", "pt", "pl", "sv", "da", "fi", "nb")

HONORIFICS = re.compile(
    r"(?:(?<![\w-])(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Herr|Frau|Mme|Mlle|Sra|Srta|Sig|Sig\.ra|Dott|Dhr|Mevr|"
    r"Pan|Pani|Dear|Hi|Hello|Hallo|Liebe|Lieber|Sehr geehrte|Sehr geehrter|Bonjour|Cher|Chère|Hola|"
    r"Estimado|Estimada|Ciao|Caro|Cara|Gentile|Beste|Geachte|Hej|Kære|Hei|Olá|Caro)\.?"
    # short abbreviations only with their dot: "M. Dupont", not the size "M" before "EAN 5408…"; no
    # title ends a code ("Artikel HF-476-M. Anzahlung")
    r"|(?:Hr|Fr|M|Sr)\.))\s+"
    r"(?P<name>[A-ZÀ-ÞĀ-Ž](?:[a-zß-öø-ÿā-ž'’-][\w'’-]*|[\w'’-]{3,})(?:\s+[A-ZÀ-ÞĀ-Ž][\w'’-]+)?)"
)

_WORD = re.compile(r"[^\W\d_][\w'’-]*")

_GAP = re.compile(r"^[ \t]{1,3}$")


@lru_cache(maxsize=1)
def name_lists() -> tuple[frozenset[str], frozenset[str]]:
    """Return (first names, last names), lower-case, without common words."""
    first: set[str] = set()
    last: set[str] = set()
    for locale in FAKER_LOCALES:
        try:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except ImportError:  # pragma: no cover - a locale dropped from a future Faker
            continue
        for attr, bucket in (
            ("first_names", first),
            ("first_names_male", first),
            ("first_names_female", first),
            ("last_names", last),
        ):
            values = getattr(provider, attr, ())
            bucket.update(str(v).lower() for v in values if len(str(v)) > 1)
    common = _common_words()
    return frozenset(first - common), frozenset(last - common)


def is_listed_name(word: str) -> bool:
    """A word the name lists hold, as a given name or a surname."""
    first, last = name_lists()
    return word.casefold() in first or word.casefold() in last


def _stop_words(lang: str) -> set[str]:
    """Read ``spacy/lang/<lang>/stop_words.py`` alone: importing the language package compiles its
    tokenizer exceptions, which takes seconds for French."""
    path = Path(spacy.__file__).parent / "lang" / lang / "stop_words.py"
    spec = importlib.util.spec_from_file_location(f"_shoal_stop_words_{lang}", path)
    if spec is None or spec.loader is None:  # pragma: no cover - spaCy layout changed
        return set()
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return {w.lower() for w in module.STOP_WORDS}


class PersonNameRecognizer(LocalRecognizer):
    ENTITY = "PERSON"
    CONTEXT = [
        "name",
        "named",
        "called",
        "contact",
        "customer",
        "patient",
        "signed",
        "nom",
        "nombre",
        "nome",
        "naam",
    ]
    GAZETTEER_SCORE = 0.6
    #: An NER span of another type that starts with a known first name: likely, not sure.
    RELABEL_SCORE = 0.58
    HONORIFIC_SCORE = 0.7
    UNLISTED_SURNAME_SCORE = 0.5

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entities=[self.ENTITY],
            supported_language=supported_language,
            name=type(self).__name__,
            context=self.CONTEXT,
        )

    def load(self) -> None:
        name_lists()

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        spans = (
            self._gazetteer_spans(text)
            + self._honorific_spans(text)
            + self._initial_spans(text)
            + self._cue_spans(text)
            + self._signature_spans(text)
            + self._relabelled_entity_spans(text, nlp_artifacts)
        )
        return [make_result(self, self.ENTITY, start, end, score, "name list") for start, end, score in spans]

    def _gazetteer_spans(self, text: str) -> list[tuple[int, int, float]]:
        first, last = name_lists()
        words = list(_WORD.finditer(text))
        spans: list[tuple[int, int, float]] = []
        i = 0
        while i < len(words) - 1:
            head = words[i]
            if head.group().lower() not in first or not _consistent_case(head.group()):
                i += 1
                continue
            j = i + 1
            # optional second given name: "Anna Maria Rossi"
            if (
                j + 1 < len(words)
                and words[j].group().lower() in first
                and words[j + 1].group().lower() in last
                and _adjacent(text, words[j], words[j + 1])
                and _adjacent(text, head, words[j])
            ):
                j += 1
            tail = words[j]
            if (
                tail.group().lower() in last
                and _adjacent(text, words[j - 1], tail)
                and _same_case(head, tail)
            ):
                spans.append((head.start(), tail.end(), self.GAZETTEER_SCORE))
                i = j + 1
            elif surname := _unlisted_surname(text, head):
                spans.append((head.start(), surname.end(), self.UNLISTED_SURNAME_SCORE))
                i += 1
            else:
                i += 1
        return spans

    def _honorific_spans(self, text: str) -> list[tuple[int, int, float]]:
        spans = []
        for match in HONORIFICS.finditer(text):
            name = match.group("name")
            tokens = name.split()
            # keep only tokens that are not common words ("Dear Customer Service" is no name)
            if any(tok.lower() in COMMON_WORDS for tok in tokens[:1]):
                continue
            if len(tokens) == 2 and tokens[1].lower() in COMMON_WORDS:
                end = match.start("name") + len(tokens[0])
            else:
                end = match.end("name")
            spans.append((match.start("name"), end, self.HONORIFIC_SCORE))
        return spans

    def _initial_spans(self, text: str) -> list[tuple[int, int, float]]:
        """``Faina D. Yefremova``, ``Ravil G Yefimov``: a known first name, an initial, a capitalised word."""
        first, _ = name_lists()
        return [
            (m.start(), m.end(), self.GAZETTEER_SCORE)
            for m in _WITH_INITIAL.finditer(text)
            if m.group("first").lower() in first
        ]

    def _cue_spans(self, text: str) -> list[tuple[int, int, float]]:
        """The capitalised words after "my name is", "je m'appelle", "ich heiße", …"""
        return [(m.start("name"), m.end("name"), self.HONORIFIC_SCORE) for m in NAME_CUES.finditer(text)]

    def _signature_spans(self, text: str) -> list[tuple[int, int, float]]:
        """The name that signs a message: after a sign-off ("cheers\nanna", "Best, Sven Olsen |"),
        or a line that is only a known first name, perhaps after a dash or slash ("/marta", "– Jonas").

        Every word must look like a name: not a common or stop word, and the first one capitalised or
        a known first name (so "Thanks for everything" and "Best price" are no signatures).
        """
        first, _ = name_lists()
        spans = []
        for match in sign_offs(text):
            name = match.group("name")
            words = name.split()
            if not words or any(w.lower() in _common_words() for w in words):
                continue
            if words[0][0].isupper() or words[0].lower() in first:
                spans.append((match.start("name"), match.end("name"), self.HONORIFIC_SCORE))
        for match in NAME_LINE.finditer(text):
            words = match.group("name").split()
            if words[0].lower() in first and not any(w.lower() in _common_words() for w in words):
                spans.append((match.start("name"), match.end("name"), self.HONORIFIC_SCORE))
        return spans

    def _relabelled_entity_spans(
        self, text: str, nlp_artifacts: NlpArtifacts | None
    ) -> list[tuple[int, int, float]]:
        """spaCy's small model often calls foreign names ORG or GPE; a span of one to three capitalised
        words starting with a known first name (``Tomomi Nishiyama``, ``Wisława Szczepańska's``) is a
        person. Leaks cost more than a mislabelled company, and ORGANIZATION is kept by default."""
        if nlp_artifacts is None or not nlp_artifacts.entities:
            return []
        first, last = name_lists()
        spans = []
        for ent in nlp_artifacts.entities:
            # Presidio hands over spaCy's spans relabelled with its own names (ORG -> ORGANIZATION).
            if ent.label_ not in _RELABELLED:
                continue
            words = _WORD.findall(ent.text.replace("'s", "").replace("’s", ""))
            if not 1 <= len(words) <= 3 or not all(w[0].isupper() for w in words):
                continue
            head = words[0].lower()
            if (head in first and (len(words) > 1 or ent.label_ in _ORGANIZATION)) or (
                len(words) > 1 and words[-1].lower() in last and head in last | first
            ):
                spans.append((ent.start_char, ent.start_char + len(ent.text.rstrip()), self.RELABEL_SCORE))
        return spans


_ORGANIZATION = frozenset({"ORG", "ORGANIZATION"})

_RELABELLED = _ORGANIZATION | {"GPE", "LOC", "LOCATION", "FAC", "NORP", "NRP", "PRODUCT", "WORK_OF_ART"}

_WITH_INITIAL = re.compile(
    r"\b(?P<first>[A-ZÀ-ÞĀ-Ž][^\W\d_]+)\s+[A-Z]\.?\s+[A-ZÀ-ÞĀ-Ž][^\W\d_]+(?:-[A-ZÀ-ÞĀ-Ž][^\W\d_]+)?\b"
)

NAME_CUES = re.compile(
    r"(?i:\bmy name is|\bname is|\bnamed|\bcalled|\bje m'appelle|\bich heiße|\bich heisse|\bmein name ist|"
    r"\bme llamo|\bmi nombre es|\bmi chiamo|\bmijn naam is|\bik heet|\bnazywam się|\bchamo-me|\bjag heter|"
    r"\bminun nimeni on|\bmit navn er|\bjeg hedder|\blast name\??|\bfirst name\??|\bsurname\??)\s*:?\s+"
    r"(?P<name>[A-ZÀ-ÞĀ-Ž][^\W\d_]+(?:[ -][A-ZÀ-ÞĀ-Ž][^\W\d_]+){0,2})"
)

_SIGN_OFF_LIST = (
    r"cheers|thanks|thank you|thanks again|many thanks|thx|ta|best|all the best|best wishes|regards|"
    r"best regards|kind regards|warm regards|warmest regards|sincerely|yours sincerely|yours truly|yours|"
    r"take care|love|xoxo|grüße|viele grüße|liebe grüße|beste grüße|mit freundlichen grüßen|"
    r"freundliche grüße|lg|mfg|vg|gruß|danke|cordialement|bien cordialement|bien à vous|amitiés|"
    r"merci|bises|saludos|un saludo|atentamente|gracias|cordiali saluti|saluti|un saluto|grazie|"
    r"groeten|met vriendelijke groet|vriendelijke groeten|groetjes|bedankt|pozdrawiam|z poważaniem|"
    r"dziękuję|atenciosamente|cumprimentos|abraços|obrigado|obrigada|med vänlig hälsning|hälsningar|"
    r"mvh|venlig hilsen|hilsen|med venlig hilsen|ystävällisin terveisin|terveisin|kiitos|"
    r"pozdrawiam serdecznie|serdecznie pozdrawiam|serdeczne pozdrowienia|z wyrazami szacunku|"
    r"cordiali saluti|distinti saluti|un cordiale saluto|saluti cordiali|saludos cordiales|muchas gracias|"
    r"sincères salutations|bonne journée|met vriendelijke groeten|hartelijke groeten|hartelijke groet|"
    r"mit besten grüßen|schöne grüße|herzliche grüße|com os melhores cumprimentos|melhores cumprimentos|"
    r"abraço|um abraço|kind regards|many thanks|best wishes|love always|love from|lots of love|much love|"
    r"with love|all my love|hugs|alles liebe|in liebe|bisous|gros bisous|con cariño|besos|un abrazo|"
    r"con affetto|un abbraccio|baci|liefs|veel liefs|całuję|ściskam|beijinhos|beijos|with all our love|"
    r"all our love|avec tout notre amour|avec amour|mit liebe|in liebe|con amore|con todo nuestro cariño|"
    r"met liefde|z miłością|com amor|com todo o nosso amor|salutations distinguées|meilleures salutations|"
    r"salutations|mes salutations|avec mes salutations|bien à toi|un cordial saludo|reciba un cordial saludo|"
    r"cordialmente|saluti cordiali|cordiali saluti|łączę pozdrowienia|pozdrowienia|cumprimentos cordiais|"
    r"melhores cumprimentos|groet|hartelijke groet|liebe grüsse|freundliche grüsse|beste grüsse|miłego dnia|"
    r"schönen tag|einen schönen tag|buen día|que tenga un buen día|buona giornata|fijne dag|bom dia|"
    r"tenha um bom dia|have a nice day|have a good day"
)

#: Longest first: an alternation takes the first alternative that fits, and "pozdrawiam" must not
#: leave "serdecznie" to be read as the name.
_SIGN_OFF_WORDS = "|".join(sorted(set(_SIGN_OFF_LIST.split("|")), key=lambda w: (-len(w), w)))

#: A line that is only a sign-off ("Salutations distinguées"): never a name on its own.
SIGN_OFF_WORDS_RE = re.compile(rf"(?i)(?:{_SIGN_OFF_WORDS})")

#: A sign-off (wherever a word starts: notes join clauses with " - " or "; "), its punctuation,
#: then one to three words closing the line (or followed by " | " or a comma).
SIGN_OFF = re.compile(
    rf"(?im)(?:^|(?<=[\s.!?;,(\-–—«„“\"'‘]))[ \t]*(?:{_SIGN_OFF_WORDS})[ \t]*[,.!:;-]*[ \t]*(?:\r?\n[ \t]*|[ \t]+)"
    rf"(?P<name>(?!(?:{_SIGN_OFF_WORDS})\b)[^\W\d_][\w'’-]*(?:[ \t]+(?:(?:&|and|und|et|y|e|en|i)[ \t]+)?[^\W\d_][\w'’-]*){{0,2}})[ \t\u00a0\u202f]*"
    r"(?=$|\||,|\r?\n|['\"’”»)]|[.!](?:\s|$))"
)

#: The first word of every sign-off: `SIGN_OFF` runs only on texts holding one (its many
#: alternatives are tried at every position otherwise, which cost a fifth of the analysis time).
SIGN_OFF_FIRST_WORDS = frozenset(w.split()[0] for w in _SIGN_OFF_WORDS.split("|"))

_FIRST_WORD_RE = re.compile(r"[^\W\d_]+")


def sign_offs(text: str) -> list[re.Match[str]]:
    """`SIGN_OFF` matches in ``text``, tried only where a sign-off's first word starts."""
    matches: list[re.Match[str]] = []
    if SIGN_OFF_FIRST_WORDS.isdisjoint(_FIRST_WORD_RE.findall(text.lower())):  # lower: "Gruß" is "gruß"
        return matches
    end = 0
    for word in _FIRST_WORD_RE.finditer(text):
        if word.start() < end or word.group().lower() not in SIGN_OFF_FIRST_WORDS:
            continue
        match = SIGN_OFF.match(text, word.start())
        if match is not None and SIGN_OFF_WORDS_RE.fullmatch(
            re.sub(r"[\s,.!:;]+", " ", match.group().lower()).strip()
        ):
            match = None  # "salutations distinguées": the regex fell back to "salutations" + a "name"
        if match is not None:
            matches.append(match)
            end = match.end()
    return matches


#: A line holding only one or two words, perhaps after a dash or slash: checked against first names.
NAME_LINE = re.compile(
    r"(?m)^[ \t]*(?:[-/~–—]+[ \t]*)?(?P<name>[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*)?)[ \t]*\r?$"
)


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """Words that never count as a name on their own: `COMMON_WORDS` plus the stop words."""
    return COMMON_WORDS | _stop_words_all()


#: After a known first name: name particles, then a capitalised word ("Artur Żółtek", "Fabian van
#: der Velde", "Megan Young"): Faker's surname lists are short, real surnames are endless.
_SURNAME_AFTER = re.compile(
    r"(?:[ \t]+(?:van|von|der|den|de|del|della|di|da|dos|du|la|le|ter|ten|af|zu|mac|mc|o'))"
    r"{0,3}[ \t]+(?P<surname>[A-ZÀ-ÞĀ-Ž][^\W\d_]+(?:[-'’][A-ZÀ-ÞĀ-Ž][^\W\d_]+)?)(?![\w@.]*\w@)"
)


def _unlisted_surname(text: str, head: re.Match[str]) -> re.Match[str] | None:
    """The capitalised word that follows a Title-case known first name, when it can be its surname."""
    if not head.group().istitle():
        return None
    match = _SURNAME_AFTER.match(text, head.end())
    if match is None:
        return None
    word = match.group("surname").lower()
    if word in NOT_SURNAMES or word in _stop_words_all() or len(word) < 2:
        return None
    return match


@lru_cache(maxsize=1)
def _stop_words_all() -> frozenset[str]:
    """The stop words of every language in `STOPWORD_LANGUAGES`, lower case."""
    words: set[str] = set()
    for lang in STOPWORD_LANGUAGES:
        words |= _stop_words(lang)
    return frozenset(words)


def _adjacent(text: str, left: re.Match[str], right: re.Match[str]) -> bool:
    return bool(_GAP.match(text[left.end() : right.start()]))


def _consistent_case(word: str) -> bool:
    return word.islower() or word.isupper() or word.istitle()


def _same_case(left: re.Match[str], right: re.Match[str]) -> bool:
    a, b = left.group(), right.group()
    return (a.islower() and b.islower()) or (a.isupper() and b.isupper()) or (a.istitle() and b.istitle())
