"""Person names found by where they stand, not by whether a list holds them → ``PERSON``.

Name lists and spaCy's small English model miss most names they have not seen: lower-case names,
names from outside Europe, invented spellings. But notes, e-mails and chats put names in a few
positions: after a cue phrase ("escalated to …", "behandeld door …", "Madame …", "ma voisine …",
see `anonymize.recognizers.name_cues`), before a cue ("… called"), as the speaker before a chat
line's colon, after an ``@``, and under a sign-off ("Groetjes,\\nNur"). This recognizer finds those
positions and takes the words there that can be a name:

- not a stop word or a team/role word (`NOT_NAMES`) of the text's languages (`guess_languages`);
- in a cased text, capitalised (German capitalises nouns, so there the word must also be rare);
- in a lower-case or ALL-CAPS text, rare: below a Zipf frequency that depends on how sure the
  position is (strong positions such as "my name is" or a chat speaker accept more common words
  than "I am …", which is followed by adjectives as often as by names).

Up to three words are taken (with particles such as "de", "van", "dos" between them), so
"escalated to marek nowicki yesterday" gives "marek nowicki".
"""

from __future__ import annotations

import contextvars
import re
from dataclasses import dataclass
from functools import lru_cache

from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from anonymize.recognizers import name_cues
from anonymize.recognizers._base import make_result
from anonymize.recognizers.products import is_product_noun
from anonymize.vocabulary import LANGUAGES, guess_languages, stop_words, zipf

#: Words of a text: letters with inner apostrophes, hyphens or dots ("o'neill", "jean-luc",
#: "sig.ra"); an elided article or pronoun ("d'", "l'", "m'") is a word of its own.
WORD_RE = re.compile(
    r"(?<![^\W\d_])(?:[dlmnstcj]|qu|dell|all|dall|nell|sull)['’](?=[^\W\d_])"
    r"|[^\W\d_]+(?:['’\-.][^\W\d_]+)*",
    re.IGNORECASE,
)
_POSSESSIVE_RE = re.compile(r"['’]s$", re.IGNORECASE)


@dataclass(frozen=True)
class Cue:
    """How sure a position is: the Zipf frequency a lower-case candidate must stay below, whether a
    lower-case candidate counts inside a cased text, whether a colon must follow (labels)."""

    family: str
    max_zipf: float
    lower_in_cased: bool = False
    needs_colon: bool = False

    @property
    def score(self) -> float:
        return 0.85 if self.max_zipf >= 4.5 else 0.7 if self.max_zipf >= 4.0 else 0.6


STRONG = 4.5
MEDIUM = 4.0
WEAK = 3.0
#: Family -> (phrases, cue). Later families never replace an earlier one for the same phrase.
_FAMILIES: tuple[tuple[tuple[str, ...], Cue], ...] = (
    (name_cues.INTRO, Cue("intro", STRONG, lower_in_cased=True)),
    (name_cues.TITLE, Cue("title", STRONG)),
    (name_cues.LABEL, Cue("label", STRONG, lower_in_cased=True, needs_colon=True)),
    (name_cues.HANDOVER, Cue("handover", MEDIUM)),
    (name_cues.CALLBACK, Cue("callback", MEDIUM)),
    (name_cues.CONTACT, Cue("contact", MEDIUM)),
    (name_cues.GREETING, Cue("greeting", MEDIUM)),
    (name_cues.RELATION, Cue("relation", MEDIUM)),
    (name_cues.BELONGING, Cue("belonging", MEDIUM)),
    (name_cues.ROLE, Cue("role", MEDIUM)),
    (name_cues.SELF, Cue("self", WEAK)),
    (("bitte",), Cue("callback", WEAK)),
    # Longer phrases that start like a cue but lead to no name ("merci de rembourser", "thanks for the
    # update"): matched first, they accept nothing.
    (
        (
            "merci de",
            "merci d'",
            "merci pour",
            "merci beaucoup",
            "thanks for",
            "thank you for",
            "thanks to",
            "danke für",
            "danke schön",
            "vielen dank für",
            "gracias por",
            "muchas gracias por",
            "grazie per",
            "grazie di",
            "grazie mille",
            "bedankt voor",
            "dank voor",
            "dank je",
            "dank u",
            "dziękuję za",
            "dzięki za",
            "obrigado por",
            "obrigada por",
            "hi all",
            "hello all",
            "hallo zusammen",
            "hello everyone",
            "bonjour à tous",
            "hola a todos",
            "ciao a tutti",
            "hallo allemaal",
        ),
        Cue("none", 0.0),
    ),
)
BEFORE_CUE = Cue("before", MEDIUM)
#: "customer's", "today's", "driver's" are common words: a possessive names a person only when rare.
POSSESSIVE_CUE = Cue("possessive", 3.5)
SPEAKER_CUE = Cue("speaker", STRONG, lower_in_cased=True)
MENTION_CUE = Cue("mention", 9.0, lower_in_cased=True)
SIGNOFF_CUE = Cue("signoff", STRONG, lower_in_cased=True)
#: How much more common a word the self-check's loose reading accepts at a name position.
LOOSE_ZIPF = 0.3
MAX_CUE_WORDS = 5
MAX_NAME_WORDS = 3
#: Words that label a field before a colon ("Subject: …", "Betreff: …"): never a chat speaker.
FIELD_LABELS = frozenset(
    """
    subject betreff objet asunto oggetto onderwerp temat assunto ämne emne re fw fwd aw wg tr rv sv
    date datum fecha data date time zeit heure hora ora tijd czas tel tél telefon telefoon telefone
    telefono phone fax mobile mobil handy móvil cellulare gsm email e-mail mail web url link order
    bestellung commande pedido ordine bestelling zamówienie encomenda invoice rechnung facture factura
    fattura factuur faktura fatura summary zusammenfassung résumé resumen riepilogo samenvatting
    podsumowanie resumo note notes notiz notizen remarque nota notas opmerking uwagi comment comments
    kommentar commentaire comentario commento commentaar komentarz comentário status priority
    priorität priorité prioridad priorità prioriteit priorytet prioridade category kategorie issue
    problem problème problema probleem problem question frage answer antwort reply update action
    result ergebnis resolution outcome reason grund address adresse dirección indirizzo adres
    endereço total summe importe importo totaal suma ps nb info hinweis attention achtung warning
    error fehler erreur ticket case fall caso zaak sprawa processo ref reference referenz
    référence referencia riferimento referentie referencja referência
    from sent to cc bcc von gesendet an envoyé envoye à de enviado para inviato da verzonden aan van
    wysłano wysłane od do enviada enviado cco kopie copie copia kopia odp antw antwort pd enc res rif
    """.split()  # noqa: SIM905 - a word list reads best as words
)
#: A chat line: optional "[12:03]" / "12:03 -" / "<", the speaker (one or two words), a colon, text.
SPEAKER_RE = re.compile(
    r"(?m)^[ \t]*(?:\[[^\]\n]{1,30}\][ \t]*|"
    # WhatsApp's export: "31/12/2024, 17:18 - name: …"
    r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4},?[ \t]+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?[ \t]*(?:[ap]\.?m\.?)?[ \t]*[-–][ \t]*|"
    r"\(?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\)?[ \t]*(?:[ap]\.?m\.?)?"
    r"[ \t]*[-–|]?[ \t]*)?<?@?(?P<name>[^\W\d_][\w'’.\-]{0,30}(?:[ \t][^\W\d_][\w'’\-]{0,30})?)>?"
    r"[ \t]*:(?!//)[ \t]*(?=[^\n]*?[^\W\d_])"  # a message with words, not "Tel: 0612…"
)
MENTION_RE = re.compile(r"(?<![\w@.+\-])@(?P<name>[^\W\d_](?:[\w'’.\-]{0,30}[^\W_])?)")
MENTION_WORDS_RE = re.compile(r"[^\W\d_]+")
_NOT_MENTIONS = frozenset({"all", "here", "channel", "everyone", "team", "support", "admin", "everybody"})


def _index(families: tuple[tuple[tuple[str, ...], Cue], ...]) -> dict[tuple[str, ...], Cue]:
    index: dict[tuple[str, ...], Cue] = {}
    for phrases, cue in families:
        for phrase in phrases:
            # tokenised like text: a trailing elision ("commande d'") is a word only before a letter
            tail = "x" if phrase.endswith(("'", "’")) else " x"
            key = tuple(w.casefold() for w in WORD_RE.findall(phrase + tail))[:-1]
            if key:
                index.setdefault(key, cue)
    return index


@lru_cache(maxsize=1)
def cue_index() -> dict[tuple[str, ...], Cue]:
    """Every forward cue phrase (as a tuple of lower-case words) with its family and strength."""
    return _index(_FAMILIES)


@lru_cache(maxsize=1)
def role_index() -> dict[tuple[str, ...], Cue]:
    """Role nouns before a name without a colon ("driver Kwabena", "Patientin Oyelaran")."""
    return _index(((name_cues.ROLE, Cue("role", MEDIUM)),))


@lru_cache(maxsize=1)
def before_index() -> dict[tuple[str, ...], Cue]:
    """Every cue that follows a name ("called", "hat angerufen")."""
    return _index(((name_cues.NAME_BEFORE, BEFORE_CUE), (name_cues.NAME_BEFORE_WEAK, Cue("before", WEAK))))


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    return frozenset(w.casefold() for p in name_cues.TITLE for w in WORD_RE.findall(p))


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    """Honorifics and academic titles, lower case without their dot ("hr", "mme", "lek", "dent")."""
    academic = {
        "lek",
        "dent",
        "med",
        "mgr",
        "inż",
        "dipl",
        "ing",
        "dipl.-ing",
        "mag",
        "phd",
        "dr",
        "prof",
        "univ",
    }
    return _titles() | academic


@dataclass(frozen=True)
class LineContext:
    """How a line of text is written: its languages and whether it is cased (Title-case words
    inside sentences), lower-case or ALL CAPS; German capitalises nouns, so capitals say less."""

    languages: tuple[str, ...]
    cased: bool
    nouns_capitalised: bool


def line_context(
    line: str, words: list[re.Match[str]], fallback: tuple[str, ...], *, whole_text: bool = False
) -> LineContext:
    """Languages and casing of a line: cased when a sentence starts with a capital or a word inside
    a sentence is Title-case; lower-case chat ("anna: ok") and ALL-CAPS lines are not cased.
    ``whole_text``: the line is the whole text, whose languages ``fallback`` already holds."""
    languages = guess_languages(line) if len(words) >= 4 and not whole_text else ()
    languages = languages or fallback
    letters = [ch for ch in line if ch.isalpha()]
    shouted = len(letters) >= 8 and sum(ch.isupper() for ch in letters) > 0.7 * len(letters)
    cased = False
    for match in words:
        word = match.group()
        if shouted or len(word) < 2 or word == "I" or word.isupper():
            continue
        if word[0].isupper():
            cased = True
            break
    return LineContext(languages, cased, "de" in languages[:1])


class NameContextRecognizer(LocalRecognizer):
    """PERSON spans at name positions: cue phrases, chat speakers, @mentions, sign-offs."""

    ENTITY = "PERSON"
    #: Cue families whose finding is a user name (a handle with digits or dots), not a person's name.
    HANDLE_FAMILIES = frozenset({"handle"})

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entities=[self.ENTITY, "USERNAME"],
            supported_language=supported_language,
            name=type(self).__name__,
        )

    def load(self) -> None:
        cue_index()
        before_index()

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        return [
            make_result(
                self, "USERNAME" if why in self.HANDLE_FAMILIES else self.ENTITY, start, end, score, why
            )
            for start, end, score, why in find_name_positions(text)
        ]


def find_name_positions(text: str, *, loose: bool = False) -> list[tuple[int, int, float, str]]:
    """``(start, end, score, cue family)`` of every name found at a name position in ``text``.

    ``loose`` is the self-check's reading: every position accepts words `LOOSE_ZIPF` more common
    than the detectors do, so a name they let through at a name position is still seen there.
    """
    spans: list[tuple[int, int, float, str]] = []
    fallback = guess_languages(text)
    offset = 0
    token = _LOOSE.set(loose)
    lines = text.split("\n")
    speakers = _speakers_by_line(lines)
    try:
        for index, line in enumerate(lines):
            words = list(WORD_RE.finditer(line))
            if words:
                context = line_context(line, words, fallback, whole_text=len(lines) == 1)
                for start, end, score, why in _line_spans(line, words, context, speakers[index]):
                    spans.append((offset + start, offset + end, score, why))
            offset += len(line) + 1
        spans.extend(_signoff_spans(text, fallback))
        spans.extend(_whole_line_names(text))
        spans.extend(_labelled_handles(text))
        spans.extend(_alias_spans(text, fallback))
        spans.extend(_dash_enclosed(text, fallback))
    finally:
        _LOOSE.reset(token)
    return spans


#: Set while `find_name_positions` reads loosely (see there); `acceptable` widens every cue then.
_LOOSE: contextvars.ContextVar[bool] = contextvars.ContextVar("shoal_loose_names", default=False)


#: The line between two texts packed into one for the models (`anonymize.text.PACK_SEPARATOR`).
PACK_MARK = "\u00b6"


def _speakers_by_line(lines: list[str]) -> list[frozenset[str]]:
    """The recurring speakers for each line: within its own text any label used twice (a chat's
    participants), across texts packed together (separated by `PACK_MARK` lines: one message per
    record) only labels that are no common word — two notes opening with "Rozmowa: …" are no chat."""
    from anonymize.recognizers.person_names import name_lists

    marks = [i for i, line in enumerate(lines) if line == PACK_MARK]
    if not marks:
        return [_recurring_speakers(lines)] * len(lines)
    first, last = name_lists()
    across = frozenset(
        label
        for label in _recurring_speakers(lines)
        if all(
            word in first or word in last or max(zipf(word, lang) for lang in LANGUAGES) < WEAK
            for word in label.split()
        )
    )
    out: list[frozenset[str]] = []
    start = 0
    for end in [*marks, len(lines)]:
        out.extend([across | _recurring_speakers(lines[start:end])] * (end - start))
        if end < len(lines):
            out.append(frozenset())
        start = end + 1
    return out


def _recurring_speakers(lines: list[str]) -> frozenset[str]:
    """Speaker labels used on two chat lines or more: a chat's participants, whatever the words."""
    counts: dict[str, int] = {}
    for line in lines:
        match = SPEAKER_RE.match(line)
        if match is not None:
            label = match.group("name").casefold()
            counts[label] = counts.get(label, 0) + 1
    return frozenset(label for label, n in counts.items() if n >= 2)


def _line_spans(
    line: str, words: list[re.Match[str]], context: LineContext, speakers: frozenset[str] = frozenset()
) -> list[tuple[int, int, float, str]]:
    lowered = [w.group().casefold() for w in words]
    spans: list[tuple[int, int, float, str]] = []
    forward = cue_index()
    backward = before_index()
    firsts = cue_first_words()
    roles = role_index()
    for i in range(len(words)):
        if lowered[i] not in firsts:
            if "'" in lowered[i] or "’" in lowered[i]:
                _possessive(line, words, lowered, i, context, spans)
            continue
        for n in range(min(MAX_CUE_WORDS, len(words) - i), 0, -1):
            key = tuple(lowered[i : i + n])
            after, before = forward.get(key), backward.get(key)
            if (after is None and before is None) or not _joined(line, words, i, i + n):
                continue
            if after is not None:
                name = _name_after(line, words, i + n, after, context)
                if name is None and after.needs_colon and key in roles:
                    after = roles[key]  # "customer Anna" without the colon: a role, not a label
                    name = _name_after(line, words, i + n, after, context)
                if name is not None:
                    spans.append((*name, after.score, after.family))
            if before is not None and i > 0:
                name = _name_before(line, words, i, before, context)
                if name is not None:
                    spans.append((*name, before.score, before.family))
            break
    spans.extend(_speaker_spans(line, context, speakers))
    spans.extend(_mention_spans(line, context))
    spans.extend(_capitals_spans(line, words, context))
    spans.extend(_after_product_spans(line, words, context))
    spans.extend(_trailing_signature(line, words, context))
    spans.extend(_from_company_spans(line, words, context))
    return spans


#: Weak: a company's own name often has a word before "de"/"di" ("Cycles du Canal", "Fiori di Campo").
FROM_COMPANY_CUE = Cue("from_company", WEAK, lower_in_cased=True)
#: "from" between a person and the company they work for, in the languages Shoal reads (not the
#: contracted articles "du", "del", "della", which join the words of a company's own name).
_FROM_WORDS = frozenset("from of at von vom bei de di da van uit z ze od".split())  # noqa: SIM905
#: Words that join two words of one company name ("Gaz et Lumière du Sud").
_NAME_JOINERS = frozenset("et und and e y en & i".split())  # noqa: SIM905


def _from_company_spans(
    line: str, words: list[re.Match[str]], context: LineContext
) -> list[tuple[int, int, float, str]]:
    """The person before "from <company with its legal form>" ("Rozmowa: Vasiini z Drukarnia
    Atrament s.c.", "call with ilkka from Nordlys Trading Ltd"): one or two name-shaped words right
    before the preposition, when a legal form closes the company's name within five words."""
    from anonymize.recognizers import legal_form_ahead

    spans = []
    for i in range(1, len(words) - 1):
        if words[i].group().casefold() not in _FROM_WORDS or not legal_form_ahead(line, words[i].end()):
            continue
        name = _name_before(line, words, i, FROM_COMPANY_CUE, context)
        if (
            name is None
            or is_product_noun(line[name[0] : name[1]])
            or _runs_on_before(line, words, name, context)
        ):
            continue
        spans.append((*name, FROM_COMPANY_CUE.score, "from_company"))
    return spans


def _runs_on_before(
    line: str, words: list[re.Match[str]], name: tuple[int, int], context: LineContext
) -> bool:
    """The word before ``name`` continues it (same case, no common word) or joins it to another
    ("Gaz et Lumière"): the run is a company's name, not a person from it."""
    before = [w for w in words if w.end() <= name[0]]
    if not before or not _GAP_IN_NAME.fullmatch(line[before[-1].end() : name[0]]):
        return False
    word = before[-1].group()
    folded = word.casefold()
    if folded in _NAME_JOINERS:
        return True
    languages = (*context.languages, "en") if context.languages else LANGUAGES
    common = any(folded in stop_words(lang) for lang in languages)
    return not common and _case(word) == _case(line[name[0] : name[1]])


#: The end of a note signed by its writer: "… (EUR 2.007,83) – Gunnild", "… after 10.15am. olumane".
_SIGNATURE_GAP = re.compile(r"(?:[.!?)][ \t]+|[ \t]+[-–—]{1,2}[ \t]*|[ \t]*/[ \t]*)$")
DASH_SIGNATURE_CUE = Cue("signature", MEDIUM, lower_in_cased=True)
STOP_SIGNATURE_CUE = Cue("signature", 2.5, lower_in_cased=True)


#: A line naming a company by its legal form (a signature block's company line).
_COMPANY_LINE = re.compile(
    r"(?i)(?<!\w)(?:ltd|llc|plc|inc|gmbh|ag|kg|ug|e\.k|e\.v|sarl|sas|s\.a|s\.l|s\.c|srl|s\.r\.l|spa|s\.p\.a|"
    r"bv|b\.v|nv|vof|lda|sp\. z o\.o|limited)\.?(?!\w)"
)


def _trailing_signature(
    line: str, words: list[re.Match[str]], context: LineContext
) -> list[tuple[int, int, float, str]]:
    """One or two name-shaped words closing a line after a dash (a writer's mark: a sign-off
    position) or after a full stop (weaker: only words rare in every language the line may be in)."""
    if len(words) < 4 or line[words[-1].end() :].strip(" \t.!"):
        return []
    if _COMPANY_LINE.search(line):
        return []  # "Energia Dolina s.c. – Spedycja": a company and its department, not a signature
    for size in (2, 1):
        run = words[-size:]
        gap = _SIGNATURE_GAP.search(line, 0, run[0].start())
        if gap is None or gap.end() != run[0].start():
            continue
        if size == 2 and not _GAP_IN_NAME.fullmatch(line[run[0].end() : run[1].start()]):
            continue
        cue = STOP_SIGNATURE_CUE if gap.group().strip()[:1] in ".!?)" else DASH_SIGNATURE_CUE
        if len({_case(w.group()) for w in run}) == 1 and all(
            not glued_to_digits(line, w)
            and not is_product_noun(w.group())
            and acceptable(w.group(), cue, context)
            for w in run
        ):
            return [(run[0].start(), run[-1].end(), cue.score, "signature")]
    return []


AFTER_PRODUCT_CUE = Cue("after_product", 3.0, lower_in_cased=True)


def _after_product_spans(
    line: str, words: list[re.Match[str]], context: LineContext
) -> list[tuple[int, int, float, str]]:
    """The person named right after a product ("Couette Amelie Brekraek Trzesłaenko - lid
    cracked", "Oscar Lampa Kostek Buczyński"): within six words after a product noun, the first
    run of two or more rare or known same-case words, less its first word when the run is longer
    (the product's own name: "Amelie"); colours and sizes between are skipped."""
    spans = []
    for p, noun in enumerate(words):
        if not is_product_noun(noun.group()):
            continue
        run: list[re.Match[str]] = []
        for match in words[p + 1 : p + 7]:
            joined = not run or _GAP_IN_NAME.fullmatch(line[run[-1].end() : match.start()])
            name_like = (
                not glued_to_digits(line, match)
                and not is_product_noun(match.group())
                and (not run or _case(match.group()) == _case(run[0].group()))
                and acceptable(match.group(), AFTER_PRODUCT_CUE, context)
            )
            if name_like and joined:
                run.append(match)
                continue
            if len(run) >= 2:
                break
            run = [match] if name_like else []
        if run and _case(run[0].group()) == "lower" and len(run) < 3:
            continue  # lower case: "theepot marco omgeruild" is a product and a verb, not a name
        if len(run) >= 3:
            run = run[1:]
        if run and re.match(r"[ \t]+\d", line[run[-1].end() :]):
            continue  # "bicicleta do filho, Órbita Boavista 28": a model and its number, not a person
        if len(run) >= 2:
            spans.append((run[0].start(), run[-1].end(), AFTER_PRODUCT_CUE.score, "after_product"))
    return spans


CAPITALS_CUE = Cue("capitals", 3.5)


def _whole_line_names(text: str) -> list[tuple[int, int, float, str]]:
    """A line (a field, a cell) that holds nothing but two or three name-shaped words, each rare in
    every language or a known name ("Saya Gillabert" under ``meta.agent``): a name position."""
    from anonymize.profile import rare_name_shape
    from anonymize.recognizers.person_names import SIGN_OFF_WORDS_RE

    spans = []
    offset = 0
    for line in text.split("\n"):
        value = line.strip()
        words = value.split()
        if (
            2 <= len(words) <= 3
            and not SIGN_OFF_WORDS_RE.fullmatch(value.rstrip(",.!"))
            and len(value) <= 60
            and len({_case(w) for w in words}) == 1
            and rare_name_shape(value)
            and not any(w.casefold() in name_cues.NOT_NAMES for w in words)
        ):
            start = offset + line.index(value)
            spans.append((start, start + len(value), 0.7, "whole line"))
        offset += len(line) + 1
    return spans


def _capitals_spans(
    line: str, words: list[re.Match[str]], context: LineContext
) -> list[tuple[int, int, float, str]]:
    """Two or three ALL-CAPS rare words in a cased line ("Duvet Amelie SHERIKA JØNSSON - lid
    cracked"): how forms and some writers set a name apart."""
    if not context.cased:
        return []
    spans = []
    run: list[re.Match[str]] = []
    for match in [*words, None]:
        word = match.group() if match is not None else ""
        joined = (
            bool(run) and match is not None and _GAP_IN_NAME.fullmatch(line[run[-1].end() : match.start()])
        )
        if match is not None and word.isupper() and len(word) >= 2 and (joined or not run):
            run.append(match)
            continue
        if (
            2 <= len(run) <= 3
            and any(len(m.group()) >= 4 for m in run)
            and all(acceptable(m.group(), CAPITALS_CUE, context) for m in run)
        ):
            spans.append((run[0].start(), run[-1].end(), 0.6, "capitals"))
        run = [match] if match is not None and word.isupper() and len(word) >= 2 else []
    return spans


#: Words that join two names ("Anna and Piet", "Marek und Ola", "Luísa e Rui").
CONJUNCTIONS = frozenset(
    {"and", "und", "et", "y", "e", "en", "i", "og", "och", "&", "or", "oder", "ou", "o", "of", "lub"}
)
_COORDINATED = re.compile(r"[ \t]*,?[ \t]+([^\W\d_]+|&)[ \t]+")


def coordinated_name(text: str, end: int) -> tuple[int, int] | None:
    """The name joined to the one ending at ``end`` by a conjunction ("escalated to Oyelaran and
    Tjarvi", "hi anna, piet e rui"): one to three rare same-case words after it."""
    joint = _COORDINATED.match(text, end)
    if joint is None or joint.group(1).casefold() not in CONJUNCTIONS:
        return None
    line_start = text.rfind("\n", 0, end) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    words = [m for m in WORD_RE.finditer(line) if m.start() >= joint.end() - line_start]
    if not words or words[0].start() != joint.end() - line_start:
        return None
    previous = WORD_RE.findall(text[line_start:end])
    if not previous:
        return None
    context = _cached_line_context(line)
    cue = Cue("coordination", 3.5, lower_in_cased=True)
    first = words[0]
    if (
        _case(first.group()) != _case(previous[-1])
        or glued_to_digits(line, first)
        or is_product_noun(first.group())
        or not acceptable(first.group(), cue, context)
    ):
        return None
    stop = line_start + complete_name(line, first.start(), first.end())
    return line_start + first.start(), stop


@lru_cache(maxsize=512)
def _cached_line_context(line: str) -> LineContext:
    """`line_context` of a line on its own (a text's names are completed one after another)."""
    return line_context(line, list(WORD_RE.finditer(line)), guess_languages(line))


def complete_name(text: str, start: int, end: int) -> int:
    """Where a name found at ``[start, end)`` really ends: the rare words of the same case that
    follow it ("Rasheeda" found by a cue elsewhere, "Rasheeda Stokholm wants a refund" here)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    words = list(WORD_RE.finditer(line))
    local_end = end - line_start
    following = [m for m in words if m.start() >= local_end]
    if not following:
        return end
    head = text[start:end].split()
    if not head:
        return end
    case = _case(head[0])
    context = _cached_line_context(line)
    # Verb forms after a name are often below Zipf 4; capitals say "surname", lower case does not.
    cue = Cue("completion", 3.5 if case != "lower" else 2.5, lower_in_cased=True)
    previous = local_end
    taken = 0
    for match in following:
        word = match.group()
        if taken >= 2 or not _GAP_IN_NAME.fullmatch(line[previous : match.start()]):
            break
        if (
            _case(word) != case
            or is_product_noun(word)
            or glued_to_digits(line, match)
            or not acceptable(word, cue, context)
            or (case == "lower" and inflected_word(word))
        ):
            break
        previous = match.end()
        taken += 1
    return line_start + previous if taken else end


def complete_name_start(text: str, start: int, end: int) -> int:
    """Where a name found at ``[start, end)`` really starts: one rare word of the same case right
    before it ("aslanlı" found after "mrs.", "bahar aslanlı" elsewhere: "bahar" is the first name)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    local_start = start - line_start
    before = [m for m in WORD_RE.finditer(line, 0, local_start) if m.end() <= local_start]
    head = text[start:end].split()
    if not before or not head:
        return start
    match = before[-1]
    word = match.group()
    if not _GAP_IN_NAME.fullmatch(line[match.end() : local_start]) or _case(word) != _case(head[0]):
        return start
    if _POSSESSIVE_RE.search(word) or is_product_noun(word) or glued_to_digits(line, match):
        return start
    cue = Cue("completion", 3.0 if _case(word) != "lower" else 2.5, lower_in_cased=True)
    if not acceptable(word, cue, _cached_line_context(line)):
        return start
    return line_start + match.start()


def _possessive(
    line: str,
    words: list[re.Match[str]],
    lowered: list[str],
    i: int,
    context: LineContext,
    spans: list[tuple[int, int, float, str]],
) -> None:
    """ "Ingrid's husband", "rasin akışık's parcel": a rare word with a possessive 's, before
    another word, names a person (with the rare same-case word before it: the first name)."""
    possessive = _POSSESSIVE_RE.search(words[i].group())
    if (
        possessive is None
        or i + 1 >= len(words)
        or not _GAP_IN_NAME.fullmatch(line[words[i].end() : words[i + 1].start()])
    ):
        return
    kin = lowered[i + 1] in name_cues.KIN_AFTER_POSSESSIVE
    if not acceptable(words[i].group(), BEFORE_CUE if kin else POSSESSIVE_CUE, context):
        return
    start = words[i].start()
    if (
        i > 0
        and _GAP_IN_NAME.fullmatch(line[words[i - 1].end() : words[i].start()])
        and _case(words[i - 1].group()) == _case(words[i].group())
        and acceptable(words[i - 1].group(), POSSESSIVE_CUE, context)
    ):
        start = words[i - 1].start()
    spans.append((start, words[i].start() + possessive.start(), 0.7, "possessive"))


@lru_cache(maxsize=1)
def cue_first_words() -> frozenset[str]:
    """The first word of every cue phrase: the only words where a cue can start."""
    return frozenset(key[0] for index in (cue_index(), before_index(), role_index()) for key in index)


def _joined(line: str, words: list[re.Match[str]], start: int, stop: int) -> bool:
    """The words ``start..stop`` follow one another with only spaces between (a phrase)."""
    for k in range(start + 1, stop):
        gap = line[words[k - 1].end() : words[k].start()]
        if gap.strip() or len(gap) > 3 or (not gap and not words[k - 1].group().endswith(("'", "’"))):
            return False
    return True


#: "dest. Bauason" (an abbreviated cue), "mąż (jori)" (the name in brackets), "von „Kalt“" (quoted).
_GAP_AFTER_CUE = re.compile(r"\.?[ \t]*[,:\-–]?[ \t]*[„“\"'«‘(]?")
_GAP_AFTER_TITLE = re.compile(r"\.?[ \t]+|\.")
_GAP_AFTER_DOTTED_TITLE = re.compile(r"\.[ \t]*")
#: Abbreviated titles that are only titles with their dot ("M. Dupont", not the size "M EAN").
DOTTED_TITLES = frozenset({"m", "me", "hr", "fr", "sr", "sra", "srta", "mw", "avv", "ing", "dott", "p"})
_GAP_IN_NAME = re.compile(r"[ \t]{1,2}")


def _name_after(
    line: str, words: list[re.Match[str]], j: int, cue: Cue, context: LineContext
) -> tuple[int, int] | None:
    if j >= len(words):
        return None
    gap = line[words[j - 1].end() : words[j].start()]
    if cue.needs_colon:
        if ":" not in gap or not re.fullmatch(r"[ \t]*:[ \t]*", gap):
            return None
    elif cue.family == "title":
        dotted = words[j - 1].group().casefold() in DOTTED_TITLES
        if not (_GAP_AFTER_DOTTED_TITLE if dotted else _GAP_AFTER_TITLE).fullmatch(gap):
            return None
    elif not _GAP_AFTER_CUE.fullmatch(gap) or (not gap and not words[j - 1].group().endswith(("'", "’"))):
        return None
    titles = _titles()
    # "spoke with Mrs Kowalska", "escalated to dr. nowak": step over titles to the name.
    while j < len(words) - 1 and words[j].group().casefold() in titles:
        dotted = words[j].group().casefold() in DOTTED_TITLES
        gap = line[words[j].end() : words[j + 1].start()]
        if not (_GAP_AFTER_DOTTED_TITLE if dotted else _GAP_AFTER_TITLE).fullmatch(gap):
            return None
        j += 1
        cue = Cue("title", max(cue.max_zipf, STRONG), cue.lower_in_cased)
    return _take_name(line, words, j, cue, context)


def _take_name(
    line: str, words: list[re.Match[str]], j: int, cue: Cue, context: LineContext
) -> tuple[int, int] | None:
    if glued_to_digits(line, words[j]) or not acceptable(words[j].group(), cue, context):
        return None
    first_case = _case(words[j].group())
    end = words[j].end()
    taken = 1
    k = j + 1
    while taken < MAX_NAME_WORDS and k < len(words):
        if not _GAP_IN_NAME.fullmatch(line[words[k - 1].end() : words[k].start()]):
            break
        word = words[k].group()
        if is_product_noun(word):
            break  # "Frau Oyelaran Lampe": the name ends where a product begins
        if word.casefold() in name_cues.PARTICLES and k + 1 < len(words):
            nxt = words[k + 1].group()
            if (
                _GAP_IN_NAME.fullmatch(line[words[k].end() : words[k + 1].start()])
                and _case(nxt) == first_case
                and acceptable(
                    nxt,
                    Cue(cue.family, WEAK if first_case == "lower" else MEDIUM, cue.lower_in_cased),
                    context,
                )
            ):
                end = words[k + 1].end()
                taken += 1
                k += 2
                continue
            break
        # a lower-case word after a name is as often a verb ("zhuhara reclamou") as a surname
        follow = Cue(cue.family, WEAK if first_case == "lower" else MEDIUM, cue.lower_in_cased)
        if (
            _case(word) != first_case
            or not acceptable(word, follow, context)
            or (first_case == "lower" and (inflected_word(word) or _PARTICIPLE.search(word)))
        ):
            break
        end = words[k].end()
        taken += 1
        k += 1
    start = words[j].start()
    if taken >= 2 and _MODEL_NUMBER.match(line, end):
        return None  # "filho, Órbita Boavista 28": a model name and its number, not a person
    possessive = _POSSESSIVE_RE.search(line[start:end])
    if possessive:
        end = start + possessive.start()
    return start, end


#: Verb forms that follow a lower-case name as what the person did (Polish past participles and
#: past tenses: "papoila feitoza zameldowany", "nowak zadzwoniła"); no surname ends so.
_PARTICIPLE = re.compile(r"(?i)\w{3,}(?:owan[yaei]|ywan[yaei]|owała|ował|iła|ił)$")
#: A number right after a name-shaped run: a product model's ("Órbita Boavista 28"), unless it is a
#: date or a time ("pani papoila feitoza zameldowany 24.07.2023 07:18").
_MODEL_NUMBER = re.compile(r"[ \t]+\d+(?!\d|[.:/\-]\d)")


def _name_before(
    line: str, words: list[re.Match[str]], i: int, cue: Cue, context: LineContext
) -> tuple[int, int] | None:
    j = i - 1
    if not re.fullmatch(r"[ \t]{1,2}", line[words[j].end() : words[i].start()]) or glued_to_digits(
        line, words[j]
    ):
        return None
    if not acceptable(words[j].group(), cue, context):
        return None
    start = words[j].start()
    if j > 0 and re.fullmatch(r"[ \t]{1,2}", line[words[j - 1].end() : words[j].start()]):
        previous = words[j - 1].group()
        if _case(previous) == _case(words[j].group()) and acceptable(previous, cue, context):
            start = words[j - 1].start()
        elif (
            previous.casefold() in name_cues.PARTICLES
            and j > 1
            and re.fullmatch(r"[ \t]{1,2}", line[words[j - 2].end() : words[j - 1].start()])
            and _case(words[j - 2].group()) == _case(words[j].group())
            and acceptable(words[j - 2].group(), cue, context)
        ):
            start = words[j - 2].start()  # "ana dos santos ligou": the first name before the particle
    return start, words[j].end()


_INFLECTIONS = (("ing", ("", "e")), ("ed", ("", "e")), ("es", ("",)), ("s", ("",)))


@lru_cache(maxsize=4096)
def inflected_word(word: str) -> bool:
    """An English verb or plural form of a common word ("complained", "prefers", "calling"): after
    a name in lower case it is what the person did, not their surname. Listed names never are."""
    from anonymize.recognizers.person_names import name_lists

    folded = word.casefold()
    first, last = name_lists()
    if folded in first or folded in last:
        return False
    for suffix, endings in _INFLECTIONS:
        if folded.endswith(suffix) and len(folded) - len(suffix) >= 4:
            stem = folded[: -len(suffix)]
            if any(zipf(stem + ending, "en") >= 4.0 for ending in endings):
                return True
    return False


def _case(word: str) -> str:
    return "upper" if word.isupper() and len(word) > 1 else "title" if word[:1].isupper() else "lower"


def glued_to_digits(line: str, match: re.Match[str]) -> bool:
    """The word is the letter prefix or suffix of a code ("JJD4201430…", "SKU-4421")."""
    after = line[match.end() : match.end() + 2]
    before = line[max(0, match.start() - 1) : match.start()]
    return after[:1].isdigit() or (after[:1] in "-/" and after[1:2].isdigit()) or before.isdigit()


def acceptable(word: str, cue: Cue, context: LineContext) -> bool:
    """Whether ``word`` can be (part of) a name in a position of ``cue``'s strength."""
    from anonymize.recognizers.person_names import name_lists

    if _LOOSE.get() and cue.family != "signature":
        # A line's closing words are its weakest name position: read loosely they are any words
        # ("Encomenda TX0045745 – flores erradas"), so the self-check reads them as the detectors do.
        cue = Cue(cue.family, cue.max_zipf + LOOSE_ZIPF, cue.lower_in_cased, cue.needs_colon)
    core = _POSSESSIVE_RE.sub("", word).strip(".-'’")
    folded = core.casefold()
    if len(core) < 2 or not core[0].isalpha() or "." in core:
        return False
    if folded in name_cues.NOT_NAMES or folded in name_cues.PARTICLES or folded in _titles():
        return False
    # A line too short to tell its language: a word common in any of them is common.
    languages = (*context.languages, "en") if context.languages else LANGUAGES
    if any(folded in stop_words(lang) for lang in languages):
        return False
    first, last = name_lists()
    if folded in first or folded in last:
        return core[:1].isupper() or not context.cased or cue.lower_in_cased
    frequency = max(zipf(folded, lang) for lang in languages)
    if context.cased:
        if core.isupper():  # a short ALL-CAPS word is an acronym unless it is no word at all ("XIU")
            return (len(core) > 3 and frequency < cue.max_zipf) or (len(core) == 3 and frequency < 2.0)
        if core[:1].isupper():
            # A capital says "name" in most languages, not in German; weak positions stay strict.
            loose = not context.nouns_capitalised and cue.max_zipf >= MEDIUM
            return frequency < (max(5.0, cue.max_zipf) if loose else cue.max_zipf)
        # a lower-case word in a cased text: a sloppy name ("Hi anna") or a word ("Escalated to tier")
        return frequency < (cue.max_zipf if cue.lower_in_cased else min(cue.max_zipf, WEAK))
    return frequency < cue.max_zipf


def _speaker_spans(
    line: str, context: LineContext, speakers: frozenset[str] = frozenset()
) -> list[tuple[int, int, float, str]]:
    match = SPEAKER_RE.match(line)
    if match is None:
        return []
    name = match.group("name")
    words = list(WORD_RE.finditer(name))
    if not words or any(w.group().casefold() in FIELD_LABELS for w in words):
        return []
    if tuple(w.group().casefold() for w in words) in cue_index():
        return []  # "przejmuje: zdeslava": a cue with its colon, the name comes after it
    if " " in name.strip() and any(ch.isdigit() for ch in name):
        return []  # "Job ORD9664341: …": a label and an identifier, not a speaker
    # In a cased line, "Unrelated: …" or "Reminder: …" stand where speakers do: only rare words count;
    # a label that speaks on several lines is a participant, however common the word ("hong").
    if name.casefold() in speakers:
        cue = Cue("speaker", 9.0, lower_in_cased=True)
    else:
        cue = Cue("speaker", WEAK, lower_in_cased=True) if context.cased else SPEAKER_CUE
    base = match.start("name")
    if HANDLE_RE.fullmatch(name) and not all(w.group().casefold() in name_cues.NOT_NAMES for w in words):
        return [(base, base + len(name), HANDLE_CUE.score, "handle")]  # "hakcaneksgil70: hi!"
    kept = [w for w in words if acceptable(w.group(), cue, context)]
    if not kept:
        return []
    return [(base + kept[0].start(), base + kept[-1].end(), cue.score, "speaker")]


#: A user name: one token of letters with digits, dots or underscores ("larktony28", "paasche.bjorger").
HANDLE_RE = re.compile(r"(?=[\w.\-]*[^\W\d_])(?=[\w.\-]*[\d._])[^\W\d_][\w.\-]{2,38}[^\W_]")
HANDLE_CUE = Cue("handle", STRONG)
_LABELLED_HANDLE_RE = re.compile(
    r"(?i)\b(?:username|user name|user id|userid|login|benutzername|benutzer|nom d'utilisateur|identifiant|"
    r"usuario|nombre de usuario|nome utente|utente|gebruikersnaam|gebruiker|nazwa użytkownika|"
    r"utilizador|nome de utilizador|usuário)\b[ \t]*[:=]?[ \t]*(?P<handle>[^\W_][\w.\-+]{2,40}[^\W_])"
)


#: A name given again in brackets: "Yawm (also Yawmane Ogunmensah)", "ashie (= ashette tuffstead)".
_ALIAS_MARKERS = (
    "also", "aka", r"a\.k\.a\.", "alias", r"i\.e\.", "=", "or", "oder", "ou", "o", "of", "lub", "auch", "dit",
    "detto", "genannt", "that is", r"d\.h\.", r"bzw\.", "o sea", "es decir", "dus", "oftewel", "czyli",
    "c'est", "c’est", r"c\.-à-d\.", "cioè", "ossia", "ou seja", "isto é",
)  # fmt: skip
_ALIAS_RE = re.compile(
    r"\((?:" + "|".join(sorted(_ALIAS_MARKERS, key=len, reverse=True)) + r")[ \t]+"
    r"(?P<name>[^\W\d_][\w'’\-]*(?:[ \t]+[^\W\d_][\w'’\-]*){0,2})[ \t]*\)"
)
ALIAS_CUE = Cue("alias", MEDIUM, lower_in_cased=True)


def _alias_spans(text: str, fallback: tuple[str, ...]) -> list[tuple[int, int, float, str]]:
    """The names in an alias bracket, and the word before the bracket when it is rare (the nickname)."""
    spans = []
    context = LineContext(fallback, False, False)
    for match in _ALIAS_RE.finditer(text):
        words = list(WORD_RE.finditer(match.group("name")))
        if not words or not all(acceptable(w.group(), ALIAS_CUE, context) for w in words):
            continue
        base = match.start("name")
        spans.append((base + words[0].start(), base + words[-1].end(), ALIAS_CUE.score, "alias"))
        before = list(WORD_RE.finditer(text, max(0, match.start() - 40), match.start()))
        if (
            before
            and not text[before[-1].end() : match.start()].strip()
            and acceptable(before[-1].group(), ALIAS_CUE, context)
        ):
            spans.append((before[-1].start(), before[-1].end(), ALIAS_CUE.score, "alias"))
    return spans


#: One to three words standing alone between dashes: "… 97-816 kisielice – lícidas sgario – dokumenty".
_DASH_ENCLOSED_RE = re.compile(
    r"(?:^|[ \t])[–—][ \t]+(?P<name>[^\W\d_][\w'’\-]*(?:[ \t]+[^\W\d_][\w'’\-]*){0,2})[ \t]+[–—](?=[ \t]|$)",
    re.MULTILINE,
)
DASH_CUE = Cue("dashes", MEDIUM, lower_in_cased=True)


def _dash_enclosed(text: str, fallback: tuple[str, ...]) -> list[tuple[int, int, float, str]]:
    """Names set off by dashes in a note (a signature or a party named in passing): every word rare
    in every language the line may be in, none a product noun."""
    spans = []
    for match in _DASH_ENCLOSED_RE.finditer(text):
        words = list(WORD_RE.finditer(match.group("name")))
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        context = _cached_line_context(text[line_start : len(text) if line_end < 0 else line_end])
        if (
            not words
            or len({_case(w.group()) for w in words}) != 1
            or any(is_product_noun(w.group()) or not acceptable(w.group(), DASH_CUE, context) for w in words)
        ):
            continue
        base = match.start("name")
        spans.append((base + words[0].start(), base + words[-1].end(), DASH_CUE.score, "dashes"))
    return spans


def _labelled_handles(text: str) -> list[tuple[int, int, float, str]]:
    """The user name after its label ("Username ynggrimr51", "Benutzername: k.aydin")."""
    spans = []
    for match in _LABELLED_HANDLE_RE.finditer(text):
        handle = match.group("handle")
        if handle.casefold() in name_cues.NOT_NAMES or handle.isdigit():
            continue
        if not any(ch.isdigit() or ch in "._" for ch in handle) and zipf(handle.casefold(), "en") >= WEAK:
            continue  # "login failed", "username is wrong": words, not a handle
        spans.append((match.start("handle"), match.end("handle"), HANDLE_CUE.score, "handle"))
    return spans


def _mention_spans(line: str, context: LineContext) -> list[tuple[int, int, float, str]]:
    spans = []
    for match in MENTION_RE.finditer(line):
        handle = match.group("name")
        parts = MENTION_WORDS_RE.findall(handle)
        if not parts or handle.casefold() in _NOT_MENTIONS or parts[0].casefold() in _NOT_MENTIONS:
            continue
        if all(p.casefold() in name_cues.NOT_NAMES for p in parts):
            continue
        spans.append((match.start(), match.end(), MENTION_CUE.score, "mention"))
    return spans


#: Words joining two signers ("Amavella et Faidsia", "Achil & Thalthi").
_NAME_JOINERS = frozenset({"and", "und", "et", "y", "e", "en", "i"})


def _signoff_spans(text: str, fallback: tuple[str, ...]) -> list[tuple[int, int, float, str]]:
    """The words that sign a message after a sign-off ("Groetjes,\\nNur", "cheers anna")."""
    from anonymize.recognizers.person_names import SIGN_OFF_FIRST_WORDS, sign_offs

    spans = []
    for match in sign_offs(text):
        name = match.group("name")
        every = list(WORD_RE.finditer(name))
        if not every or every[0].group().casefold() in _NAME_JOINERS:
            continue  # "Gracias y saludos": a second sign-off, not a name
        words = [w for w in every if w.group().casefold() not in _NAME_JOINERS]
        if any(w.group().casefold() in SIGN_OFF_FIRST_WORDS for w in words):
            continue
        context = LineContext(fallback, False, False)
        if not all(acceptable(w.group(), SIGNOFF_CUE, context) for w in words):
            continue
        base = match.start("name")
        spans.append((base + words[0].start(), base + words[-1].end(), SIGNOFF_CUE.score, "signoff"))
    return spans
