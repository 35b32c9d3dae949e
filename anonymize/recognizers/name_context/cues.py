"""Cues and their strengths, the indexes built from `anonymize.recognizers.name_cues`, and what a
line looks like (`LineContext`): the ground every name-position finder stands on.
"""

from __future__ import annotations

import contextvars
import re
from dataclasses import dataclass
from functools import lru_cache

from anonymize.recognizers import name_cues
from anonymize.vocabulary import guess_languages

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
    (name_cues.ADDRESSED, Cue("addressed", STRONG, lower_in_cased=True)),
    (name_cues.TITLE, Cue("title", STRONG)),
    (name_cues.LABEL, Cue("label", STRONG, lower_in_cased=True, needs_colon=True)),
    (name_cues.CREDIT, Cue("credit", WEAK, lower_in_cased=True, needs_colon=True)),
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
    urgent urgente dringend pilne uwaga atención attenzione atenção wichtig important belangrijk
    error fehler erreur ticket case fall caso zaak sprawa processo ref reference referenz
    référence referencia riferimento referentie referencja referência
    from sent to cc bcc von gesendet an envoyé envoye à de enviado para inviato da verzonden aan van
    wysłano wysłane od do enviada enviado cco kopie copie copia kopia odp antw antwort pd enc res rif
    """.split()  # noqa: SIM905 - a word list reads best as words
)


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


#: Set while `find_name_positions` reads loosely (see there); `acceptable` widens every cue then.
_LOOSE: contextvars.ContextVar[bool] = contextvars.ContextVar("shoal_loose_names", default=False)

#: The line between two texts packed into one for the models (`anonymize.text.PACK_SEPARATOR`).
PACK_MARK = "\u00b6"


@lru_cache(maxsize=512)
def _cached_line_context(line: str) -> LineContext:
    """`line_context` of a line on its own (a text's names are completed one after another)."""
    return line_context(line, list(WORD_RE.finditer(line)), guess_languages(line))


@lru_cache(maxsize=1)
def cue_first_words() -> frozenset[str]:
    """The first word of every cue phrase: the only words where a cue can start."""
    return frozenset(key[0] for index in (cue_index(), before_index(), role_index()) for key in index)


#: Words joining two signers ("Amavella et Faidsia", "Achil & Thalthi") or two words of one company
#: name ("Gaz et Lumière du Sud"). One set for both: the company one (which listed "&" too) was
#: shadowed by this one before the split, so results keep this set.
_NAME_JOINERS = frozenset({"and", "und", "et", "y", "e", "en", "i"})
