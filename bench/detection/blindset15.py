"""Detection set "blind15" (held out until its breakdown was read; now guided): text in eight languages and five tables, written apart from the engine.

Data card
=========

Status
    Guided fixes since 2026-12-06 (the ninth session): held out until then and measured once as the
    headline, with its peers, after the last change to detection then (fc19b44: PERSON leak 6.24 %
    (text 5.19, tables 10.21), all personal 4.50 %, utility 97.20 %, 3 of 29 files refused, a canary in
    one table; see ``bench/README.md``); then its breakdown was read (``--blind-breakdown``) to fix what
    it showed, so every ``FileSet`` now has ``guided_fixes=True`` and `blindset16` is the held-out set.

Who wrote it and what they read
    A separate author session, from a brief (2026-12-06, about twenty-five minutes). It read:
    `bench.detection.format` (whole); in `bench.detection.sources` a ``grep`` of its ``def``/``class``/
    constant lines (names only) and the bodies of ``words_of``/``mimesis_person_words``/``usable``/
    ``fold_ascii`` (84-120), ``postcode`` (515-539) and ``phone``/``email``/``IBAN_LENGTH``/``iban``/
    ``national_id`` (630-764, which also showed ``MAIL_DOMAINS``; ``email`` and the domains are not
    used); the signatures of `anonymize.vocabulary.is_known_to_engine` and ``faker_person_words``
    (``grep -A12``, which shows the first lines of their bodies); the first 120 lines of
    `bench.bench_detection`, ``grep`` hits for "blind14" in it and its lines 590-605 (to register the
    set); the shared set checks (``tests/bench/setchecks.py``); blind14's test (whole, as this test's
    model); the data cards (module docstrings only) of blind3 to blind14: blind14's whole, for blind3 to
    blind13 their first lines and the paragraphs on styles, locales, shapes and genres, plus ``grep``
    hits in all twelve cards for this set's candidate genres, roots, keys, layouts and styles (which
    made it drop several first choices); the ``[tool.ruff]`` and ``[tool.mypy]`` sections of
    ``pyproject.toml``; the list of mimesis locales, the keys and first three given names of the ``fa``
    ``person.json`` and the first three surnames of ``ar-ae``, ``ar-qa``, ``ar-jo``, ``ar-kw`` and
    ``ar-sa`` (to see why the family prefix "آل"/"ال" had to be dropped). To debug its own filters it
    called ``is_known_to_engine`` and wordfreq on its own planted name words. It read no recognizer, cue
    list, pattern, profile or vocabulary list of the engine, no other benchmark set body and no engine or
    benchmark output, and it never ran the engine, ``bench.bench_detection`` or ``manage.py
    anonymize``. Every sentence template, product, company, status, syllable inventory, word list and
    romanisation table here was written fresh for this module.

Text files (24, 95 records each at scale 1.0)
    Per language three files in genres no earlier card lists, TXT and JSONL mixed. A TXT record is one
    line: a heading (``utility:date`` and ``utility:timestamp`` after a "§" mark), a business sentence
    (order number, product, amount, status, company, done by an agent), three sentences in the shapes
    below and one contact phrase. JSONL records nest: the sentences in ``<root>.diary[].entry``, the
    contact phrase three levels down (``<root>.payer.via.value``), a case number (``<root>.file``), a
    quantity (``<root>.units``) and a timestamp (``<root>.stamp``); the roots are ``shearing``,
    ``studiotermin``, ``costume``, ``estancia``, ``rimessaggio``, ``cursus``, ``jazda``, ``viveiro``.
    One file per language is a lower-case chat (IRC style "<nick> text" in TXT, or a
    ``line.nick`` field in JSONL with, now and then, a ``line.replies[]`` list of ``nick``/``body``
    objects; @mentions, nicknames, greetings, sign-offs).

    ===  ===============================  ===================================  ================================
    en   wool-press hire log (txt)        sheep-shearing bookings (jsonl)      model-rocketry club chat (txt)
    de   Glockengießerei (txt)            Tonstudio, Buchungen (jsonl)         Skatrunde chat (jsonl)
    fr   atelier de dorure (txt)          location de costumes (jsonl)         club de go chat (txt)
    es   herbolario, pedidos (txt)        guardería canina (jsonl)             peña de mus chat (jsonl)
    it   liuteria, riparazioni (txt)      rimessaggio camper (jsonl)           tifosi di pallavolo chat (txt)
    nl   stukadoorsbedrijf (txt)          zeilschool, cursussen (jsonl)        shantykoor chat (jsonl)
    pl   introligatornia (txt)            szkółka jeździecka (jsonl)           krótkofalowcy chat (txt)
    pt   tanoaria, encomendas (txt)       viveiro de fruteiras (jsonl)         tuna académica chat (jsonl)
    ===  ===============================  ===================================  ================================

    New sentence shapes (slot tags), each in every language: names inside HTML markup pasted into the
    text (``html_tag``: "<b>X</b>"), on a to-do checkbox (``checkbox``: "[x] X" / "[ ] X"), after an
    emoji (``emoji``: "📞 X"), in a pasted SQL tuple (``sql_tuple``: "('X', 3, 'ok')"), in an inline
    JSON fragment (``json_inline``: '{"who": "X"}') and as a plus-mention (``plus_mention``: "+X").
    Also names at sentence start, as agents, in pairs, after honorifics (not planted); in chats as
    speakers, senders, @mentions, nicknames, greetings and sign-offs. A lone given name in lower case
    (``given_only``), a lone surname in capitals (``surname_only``), "SURNAME, Given" (``reversed``) or
    "G. Surname" (``initial``) stands in for a full name now and then.

Tables (5, 120 rows each at scale 1.0)
    ``shearing_runs.csv`` (English: ``grower`` "Given Surname", ``shearer`` "Given S."; IDs
    ``run_no`` like "SR-25/0001" and repeating ``shed``), ``tonstudio_sessions.tsv`` (German:
    ``Bandkontakt`` "SURNAME/Given", ``Techniker`` "Hr. Surname" / "Fr. Surname"; IDs ``Session`` like
    "TS.0001" and repeating ``Raum``), ``cadres_dorure.parquet`` (French, typed: int64 ``bon`` and
    ``qty``, float64 ``amount``, date32 ``date``; ``client`` "Given (SURNAME)", ``doreuse`` "Given
    Surname"; IDs ``bon`` and repeating ``etabli_no``), ``guarderia_canina.csv`` (Spanish:
    ``propietario`` "Given Surname Surname" without a comma, ``cuidadora`` "Given S."; IDs ``ficha`` like
    "GC0001-25" and repeating ``box``), ``jazdy_konne.tsv`` (Polish: ``jezdziec`` "Given Surname",
    ``instruktor`` "Surname_Given" as a login-like cell; IDs ``jazda`` like "JK/0001" and repeating
    ``ujezdzalnia``).
    Every table also has the English-named columns ``product``, ``amount``, ``status``, ``date``,
    ``qty``, ``phone``, ``iban`` (every third row), ``id_doc``, ``born`` and ``town``. Each has two
    record-ID columns, products, amounts, dates, statuses, a quantity, contact columns and a
    notes column naming the row's main person by full name and one other person. About 25 % of rows are
    in another of the eight languages: their persons, notes and ``lang:`` tags follow the row.

Names
    The group is drawn first: about 40 % **invented** from syllable inventories in twelve styles no
    earlier card lists (``invented`` + ``style:<s>``): nuer, kongo, mossi, hiligaynon, bikol, yolngu,
    pitjantjatjara, abkhaz, lezgian, mari, nenets, ingush. About 40 % **mimesis** (``mimesis`` +
    ``locale:<l>``): ``ru``, ``uk``, ``kk`` and ``el`` romanised in Lithuanian usage (š, ž, č, šč, ch,
    c, j, ja/ju/jo, y for ы, h for Ukrainian г; Greek accents dropped, ou as u, ai as e, ei/oi as i, ch
    for χ, initial μπ/ντ as b/d) and ``fa``, ``ar-ae``, ``ar-qa``, ``ar-ye`` in Estonian usage (š, ž, dž,
    tš, h, j; long vowels doubled; the article dropped, short vowels supplied as a/e). Only names that
    romanise to one word are used. About 20 % **word-like** (``wordlike`` + ``wordsrc:<lang>``):
    surnames that are food and landscape words, given names colour words, of Maori (mi), Quechua (qu),
    Zulu (zu), Hawaiian (haw), Fijian (fj) and Cebuano (ceb).

    Filters. Name words and nicknames: three letters or more, unknown to the engine
    (``is_known_to_engine``, also in capitals and ASCII-folded), absent (also ASCII-folded) from Faker's
    person words and from the mimesis person lists of the covered locales (invented words: of every
    locale), not a word of any template, product, company, status or header here, no word of an
    invented place, and wordfreq zipf < 3 in all eight languages (word-like names: in the languages of
    the texts they appear in, which never include their own). E-mail local parts are two-letter runs of
    the person's names with digits, so they never hold a name word whole.

Places and contacts
    Streets and cities from invented roots with each language's street words, filtered like names.
    Phones, IBANs, national IDs and postcodes from the `sources` helpers (each called with a fresh
    ``random.Random``).

Canaries
    Three invented people: all three in every table (the main person of its first three rows), the first
    a speaker in every chat (lower case), and each the customer of about 1 % of the other text records.
    ``canaries`` lists those that appear in a file.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import random
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import mimesis

from anonymize.vocabulary import faker_person_words, is_known_to_engine
from bench.detection.format import FileSet, Planted
from bench.detection.sources import fold_ascii, iban, mimesis_person_words, national_id, phone, postcode

DEFAULT_SEED = 150_615
LANGS = ("en", "de", "fr", "es", "it", "nl", "pl", "pt")
COUNTRY = {"en": "GB", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pl": "PL", "pt": "PT"}
TEXT_RECORDS = 95
TABLE_ROWS = 120
NEW_SHAPES = ("html_tag", "checkbox", "emoji", "sql_tuple", "json_inline", "plus_mention")
ROOTS = {
    "en": "shearing",
    "de": "studiotermin",
    "fr": "costume",
    "es": "estancia",
    "it": "rimessaggio",
    "nl": "cursus",
    "pl": "jazda",
    "pt": "viveiro",
}
#: (first file txt, second file jsonl, chat fmt) per language.
GENRES = {
    "en": ("wool_press_hire", "shearing_bookings", "rocketry_club_chat", "txt"),
    "de": ("glockengiesserei_auftraege", "tonstudio_buchungen", "skatrunde_chat", "jsonl"),
    "fr": ("dorure_commandes", "location_costumes_suivi", "club_de_go_chat", "txt"),
    "es": ("herbolario_pedidos", "guarderia_canina_fichas", "pena_de_mus_chat", "jsonl"),
    "it": ("liuteria_riparazioni", "rimessaggio_camper", "tifosi_pallavolo_chat", "txt"),
    "nl": ("stukadoorsbedrijf", "zeilschool_cursussen", "shantykoor_chat", "jsonl"),
    "pl": ("introligatornia_zlecenia", "szkolka_jezdziecka", "krotkofalowcy_chat", "txt"),
    "pt": ("tanoaria_encomendas", "viveiro_fruteiras", "tuna_academica_chat", "jsonl"),
}

# --- invented names -----------------------------------------------------------------------------------

#: style: (onsets, vowels, codas)
STYLES: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "nuer": (("ny", "dh", "th", "g", "k", "r", "w", "l", "ŋ"), ("a", "ɛ", "uo", "ie", "o"), ("k", "r", "ŋ", "l", "")),
    "kongo": (("mb", "nk", "nz", "k", "l", "s", "v", "t"), ("a", "e", "i", "o", "u"), ("",)),
    "mossi": (("w", "r", "s", "k", "n", "z", "b", "y"), ("a", "ɛ", "o", "ũ", "i"), ("", "g", "m")),
    "hiligaynon": (("b", "d", "g", "h", "l", "m", "ng", "p", "t"), ("a", "i", "u", "o"), ("", "n", "g", "y")),
    "bikol": (("b", "k", "d", "g", "h", "l", "m", "r", "s"), ("a", "i", "o", "u"), ("", "n", "s", "t")),
    "yolngu": (("dh", "ŋ", "g", "m", "w", "y", "r", "dj"), ("a", "i", "u", "ä"), ("", "l", "ŋ", "rr")),
    "pitjantjatjara": (("tj", "ny", "p", "k", "w", "ly", "ng"), ("a", "i", "u"), ("", "ṯ", "ṉ", "l")),
    "abkhaz": (("ch", "dz", "zh", "kw", "sh", "b", "t", "g"), ("a", "ə", "e"), ("", "r", "s", "ba")),
    "lezgian": (("q", "kh", "gh", "x", "ts", "ch", "z", "m"), ("a", "e", "i", "u", "ü"), ("", "n", "r", "z")),
    "mari": (("ch", "y", "m", "s", "p", "k", "l", "n"), ("a", "ä", "ö", "ü", "y", "e"), ("", "ŋ", "t", "š")),
    "nenets": (("ŋ", "kh", "s", "v", "y", "p", "t", "l"), ("a", "e", "i", "o", "ʺa"), ("", "d", "ts", "ng")),
    "ingush": (("kh", "gh", "ts", "ch", "y", "d", "b", "m"), ("a", "ä", "ie", "uo", "o"), ("", "r", "z", "kh")),
}  # fmt: skip

# --- word-like names (colour words as given names, food and landscape words as surnames) ----------------

WORDLIKE: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "mi": (("whero", "kakariki", "pango", "kowhai", "kikorangi", "mawhero"), ("whenua", "maunga", "harakeke", "kumara", "pikopiko", "tuangi", "rengarenga")),
    "qu": (("puka", "yuraq", "yana", "qumir", "qillu", "anqas"), ("sara", "rumi", "mayu", "urqu", "chakra", "kiwicha", "chuqllu")),
    "zu": (("bomvu", "mhlophe", "mnyama", "luhlaza", "phuzi", "nsundu"), ("inkomo", "umbila", "isinkwa", "intaba", "umfula", "amasi", "ithanga")),
    "haw": (("ula", "keokeo", "eleele", "omaomao", "melemele", "uliuli"), ("kalo", "lehua", "mauna", "kukui", "pohaku", "limu", "uala")),
    "fj": (("damudamu", "vulavula", "loaloa", "karakarawa", "dromodromo", "drokadroka"), ("dalo", "vudi", "vanua", "waidranu", "tavioka", "kumala", "ivi")),
    "ceb": (("pula", "puti", "itom", "lunhaw", "dalag", "tabunon"), ("humay", "saging", "lungsod", "bukid", "kamote", "lubi", "sapa")),
}  # fmt: skip

MIMESIS_LOCALES = ("ru", "uk", "kk", "el", "fa", "ar-ae", "ar-qa", "ar-ye")
COVERED = ("en", "en-gb", "de", "fr", "es", "it", "nl", "pl", "pt")
_DATA = Path(mimesis.__file__).parent / "datasets"

_CYR = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "jo", "ж": "ž", "з": "z", "и": "i",
    "й": "j", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "ch", "ц": "c", "ч": "č", "ш": "š", "щ": "šč", "ъ": "", "ы": "y", "ь": "",
    "э": "e", "ю": "ju", "я": "ja", "є": "je", "і": "i", "ї": "ji", "ґ": "g", "ә": "ė", "ғ": "g",
    "қ": "k", "ң": "n", "ө": "io", "ұ": "u", "ү": "iu", "һ": "h",
}  # fmt: skip
_GREEK = {
    "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "t", "ι": "i", "κ": "k",
    "λ": "l", "μ": "m", "ν": "n", "ξ": "ks", "ο": "o", "π": "p", "ρ": "r", "σ": "s", "ς": "s", "τ": "t",
    "υ": "i", "φ": "f", "χ": "ch", "ψ": "ps", "ω": "o",
}  # fmt: skip
_GREEK_PAIRS = {"ου": "u", "αι": "e", "ει": "i", "οι": "i", "γκ": "g", "γγ": "ng"}
_ARABIC = {
    "ب": "b", "پ": "p", "ت": "t", "ث": "s", "ج": "dž", "چ": "tš", "ح": "h", "خ": "h", "د": "d", "ذ": "z",
    "ر": "r", "ز": "z", "ژ": "ž", "س": "s", "ش": "š", "ص": "s", "ض": "z", "ط": "t", "ظ": "z", "ع": "",
    "غ": "g", "ف": "f", "ق": "k", "ک": "k", "ك": "k", "گ": "g", "ل": "l", "م": "m", "ن": "n", "ء": "",
    "ة": "a", "ى": "a", "أ": "a", "إ": "i", "آ": "aa", "ئ": "j", "ؤ": "uu",
}  # fmt: skip
_VOWELS = set("aeiouyė")


def romanise(value: str, locale: str) -> str:
    """A mimesis name in this module's conventions (Lithuanian usage for Cyrillic and Greek, Estonian usage
    for Persian and Arabic)."""
    text = value.strip().lower()
    out = ""
    if locale in {"ru", "uk", "kk"}:
        table = dict(_CYR)
        if locale == "uk":
            table.update({"г": "h", "и": "y", "е": "e"})
        for i, ch in enumerate(text):
            if ch == "е" and locale != "uk" and (i == 0 or text[i - 1] in "аеёиоуыэюяь"):
                out += "je"
            else:
                out += table.get(ch, ch)
    elif locale == "el":
        text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
        if text.startswith("μπ"):
            text = "b" + text[2:]
        if text.startswith("ντ"):
            text = "d" + text[2:]
        i = 0
        while i < len(text):
            pair = text[i : i + 2]
            if pair in _GREEK_PAIRS:
                out += _GREEK_PAIRS[pair]
                i += 2
                continue
            out += _GREEK.get(text[i], text[i])
            i += 1
    else:
        text = text.replace("\u200c", "")
        for family in ("ال ", "آل "):
            text = text.removeprefix(family)
        if text.startswith("ال"):
            text = text[2:]
        letters: list[str] = []
        for i, ch in enumerate(text):
            if ch == "ا":
                letters.append("a" if i == 0 else "aa")
            elif ch in "وو":
                letters.append("v" if i == 0 else "uu")
            elif ch in "یي":
                letters.append("j" if i == 0 else "ii")
            elif ch == "ه":
                letters.append("e" if i == len(text) - 1 else "h")
            else:
                letters.append(_ARABIC.get(ch, ch))
        # supply short vowels: a after a first consonant followed by a consonant, e in later clusters
        for i, part in enumerate(letters):
            out += part
            nxt = letters[i + 1] if i + 1 < len(letters) else ""
            if part and nxt and part[-1] not in _VOWELS and nxt[0] not in _VOWELS:
                out += "a" if i == 0 else "e"
    return out[:1].upper() + out[1:]


# --- templates (per language) -------------------------------------------------------------------------


@dataclass(frozen=True)
class Lang:
    hon: tuple[str, str]
    start: str  # "{P} ..." sentence-start
    agent: str  # "... by {P}"
    pair: str  # "{P} ... {Q}"
    html: str
    checkbox: str
    emoji: str
    sql: str
    json: str
    plus: str
    business: str  # {order} {product} {amount} {status} {company} {P}
    phone_mail: str
    address: str
    birth: str
    bank: str
    greet: str
    bye: str
    note: str  # table notes: {P} {Q}
    chat: tuple[str, ...]


L: dict[str, Lang] = {
    "en": Lang(("Mrs", "Mr"), "{P} booked the shearing gang for Tuesday.", "Fleeces baled by {P}.",
               "{P} swapped the shed shift with {Q}.", "Pasted note: <b>{P}</b> brings the wool press back.",
               "To do: [x] {P} invoiced, [ ] ring back later.", "📞 {P} wants a call before noon.",
               "Import row: ('{P}', 3, 'ok')", 'Web form said {{"who": "{P}", "flocks": 2}}.',
               "+{P} please confirm the fleece count.",
               "Order {order}: {product}, {amount}, {status} via {company}, packed by {P}.",
               "Reach at {phone} or {mail}.", "Deliver to {street}, {postcode} {city}.",
               "Born {dob}, ref {nid}.", "Refund to {iban}.", "morning {P}", "cheers, {P}",
               "Spoke to {P}; {Q} signed the form.",
               ("motor order came in", "who brings the launch rail sunday?", "the nose cone cracked")),
    "de": Lang(("Frau", "Herr"), "{P} hat heute die Glocke abgeholt.", "Klöppel angepasst von {P}.",
               "{P} tauscht den Termin mit {Q}.", "Aus der Mail: <b>{P}</b> kommt mit Anhänger.",
               "Offen: [x] {P} bezahlt, [ ] Rückruf.", "📞 {P} bittet um Rückruf.",
               "Import: ('{P}', 3, 'ok')", 'Formular: {{"wer": "{P}", "glocken": 2}}.',
               "+{P} bitte Termin bestätigen.",
               "Auftrag {order}: {product}, {amount}, {status} über {company}, erledigt von {P}.",
               "Erreichbar unter {phone} oder {mail}.", "Adresse: {street}, {postcode} {city}.",
               "Geboren {dob}, Steuer-ID {nid}.", "Lastschrift von {iban}.", "moin {P}", "gruß {P}",
               "Mit {P} gesprochen, {Q} hat unterschrieben.",
               ("wer mischt heute", "ich bring die karten mit", "grand ohne vier, wieder verloren")),
    "fr": Lang(("Mme", "M."), "{P} a récupéré les cadres dorés ce matin.", "Baguettes dorées par {P}.",
               "{P} échange son créneau avec {Q}.", "Note collée : <b>{P}</b> rapporte les feuilles d'or.",
               "À faire : [x] {P} facturé, [ ] rappeler.", "📞 {P} veut être rappelé avant midi.",
               "Ligne importée : ('{P}', 3, 'ok')", 'Formulaire : {{"qui": "{P}", "cadres": 2}}.',
               "+{P} merci de valider la commande de feuilles.",
               "Commande {order} : {product}, {amount}, {status} chez {company}, préparée par {P}.",
               "Joignable au {phone} ou {mail}.", "Livrer au {street}, {postcode} {city}.",
               "Né le {dob}, NIR {nid}.", "Remboursement sur {iban}.", "salut {P}", "bonne soirée, {P}",
               "Vu avec {P} ; {Q} a signé la fiche.",
               ("partie lundi soir", "qui amène les pierres ?", "gagné de trois points et demi")),
    "es": Lang(("Sra.", "Sr."), "{P} recogió las infusiones esta mañana.", "Etiquetado por {P}.",
               "{P} cambia el turno con {Q}.", "Nota pegada: <b>{P}</b> trae las cajas.",
               "Pendiente: [x] {P} pagado, [ ] llamar.", "📞 {P} pide que le llamen.",
               "Fila importada: ('{P}', 3, 'ok')", 'Formulario: {{"quien": "{P}", "bolsas": 2}}.',
               "+{P} confirma el pedido de manzanilla.",
               "Pedido {order}: {product}, {amount}, {status} con {company}, embalado por {P}.",
               "Contacto {phone} o {mail}.", "Entregar en {street}, {postcode} {city}.",
               "Nacido el {dob}, DNI {nid}.", "Devolución a {iban}.", "hola {P}", "un abrazo, {P}",
               "Hablé con {P}; {Q} firmó la hoja.",
               ("partida el jueves a las ocho", "quién trae la baraja", "órdago a la grande, perdimos")),
    "it": Lang(("sig.ra", "sig."), "{P} ha ritirato il violino stamattina.", "Ponticello rifatto da {P}.",
               "{P} scambia il turno con {Q}.", "Nota incollata: <b>{P}</b> porta la custodia.",
               "Da fare: [x] {P} pagato, [ ] richiamare.", "📞 {P} chiede di essere richiamato.",
               "Riga importata: ('{P}', 3, 'ok')", 'Modulo: {{"chi": "{P}", "strumenti": 2}}.',
               "+{P} conferma l'ordine delle corde.",
               "Ordine {order}: {product}, {amount}, {status} tramite {company}, seguito da {P}.",
               "Recapito {phone} o {mail}.", "Consegna in {street}, {postcode} {city}.",
               "Nato il {dob}, CF {nid}.", "Rimborso su {iban}.", "ciao {P}", "a presto, {P}",
               "Sentito {P}; {Q} ha firmato il modulo.",
               ("trasferta domenica in pullman", "chi porta lo striscione?", "terzo set vinto ai vantaggi")),
    "nl": Lang(("mevrouw", "meneer"), "{P} heeft vanochtend het plafond gestuukt.", "Hoeken afgewerkt door {P}.",
               "{P} ruilt de afspraak met {Q}.", "Uit de mail: <b>{P}</b> komt met de trailer.",
               "Open: [x] {P} betaald, [ ] terugbellen.", "📞 {P} wil teruggebeld worden.",
               "Importregel: ('{P}', 3, 'ok')", 'Formulier: {{"wie": "{P}", "kamers": 2}}.',
               "+{P} graag de afspraak bevestigen.",
               "Opdracht {order}: {product}, {amount}, {status} via {company}, gedaan door {P}.",
               "Bereikbaar op {phone} of {mail}.", "Adres: {street}, {postcode} {city}.",
               "Geboren {dob}, BSN {nid}.", "Terugstorting op {iban}.", "hoi {P}", "groetjes, {P}",
               "Gesproken met {P}; {Q} heeft getekend.",
               ("repetitie donderdag in de loods", "wie neemt de accordeon mee", "nieuw lied over de haring")),
    "pl": Lang(("pani", "pan"), "{P} odebrał dziś oprawione księgi.", "Grzbiety klejone przez {P}.",
               "{P} zamienia dyżur z {Q}.", "Wklejona notatka: <b>{P}</b> oddaje prasę.",
               "Do zrobienia: [x] {P} opłacone, [ ] oddzwonić.", "📞 {P} prosi o telefon.",
               "Wiersz z importu: ('{P}', 3, 'ok')", 'Formularz: {{"kto": "{P}", "tomy": 2}}.',
               "+{P} proszę potwierdzić zamówienie skóry.",
               "Zamówienie {order}: {product}, {amount}, {status} przez {company}, pakował {P}.",
               "Kontakt {phone} lub {mail}.", "Dostawa: {street}, {postcode} {city}.",
               "Urodzony {dob}, PESEL {nid}.", "Zwrot na {iban}.", "cześć {P}", "pozdrawiam, {P}",
               "Rozmowa z {P}; {Q} podpisał kartę.",
               ("antena na dachu już stoi", "kto ma wolne pasmo wieczorem", "łączność z Islandią wczoraj")),
    "pt": Lang(("D.", "Sr."), "{P} levantou as aduelas esta manhã.", "Arqueado por {P}.",
               "{P} troca o turno com {Q}.", "Nota colada: <b>{P}</b> traz as caixas.",
               "Pendente: [x] {P} pago, [ ] ligar de volta.", "📞 {P} pede para ligar.",
               "Linha importada: ('{P}', 3, 'ok')", 'Formulário: {{"quem": "{P}", "pipas": 2}}.',
               "+{P} confirme a encomenda de madeira.",
               "Encomenda {order}: {product}, {amount}, {status} com {company}, embalada por {P}.",
               "Contacto {phone} ou {mail}.", "Entregar em {street}, {postcode} {city}.",
               "Nascido a {dob}, NIF {nid}.", "Reembolso para {iban}.", "olá {P}", "abraço, {P}",
               "Falei com {P}; {Q} assinou a ficha.",
               ("ensaio na sexta às nove", "quem leva as capas", "a guitarra está afinada")),
}  # fmt: skip

PRODUCTS = (
    "Wabenrahmen Kiefer 10er", "Smoker Inox 30", "Cire gaufrée 1kg", "Esmalte Azul Cobalto 500ml",
    "Corde Budello Sol", "Hoefijzer maat 2", "Miodarka 4-ramkowa", "Barro Vermelho 20kg",
    "Queen Cage Duo", "Kettle Drum Mic Stand", "Costume Pirate T52", "Kayak Tandem 480",
)  # fmt: skip
COMPANIES = ("Apiworks Ltd", "Hufwerk GmbH", "Ruchers Réunis SARL", "Arcillas Norte SL", "Archetti Srl",
             "Zeilwerf BV", "Pasieka Złota sp. z o.o.", "Barros do Vale Lda")  # fmt: skip
STATUSES = ("dispatched", "on hold", "paid", "awaiting stock", "collected", "cancelled")
STREET_WORDS = {
    "en": ("Lane", "Row"), "de": ("weg", "gasse"), "fr": ("rue", "allée"), "es": ("calle", "camino"),
    "it": ("via", "vicolo"), "nl": ("straat", "laan"), "pl": ("ul.", "al."), "pt": ("rua", "travessa"),
}  # fmt: skip
_PLACE_SYL = ("bru", "tal", "vess", "orn", "quil", "dam", "ferr", "lonc", "grav", "ump", "istr", "ozz")
_PLACE_END = ("by", "heim", "ac", "ejo", "ona", "dorp", "owo", "elo")
DOMAINS = ("mailbox.example", "post.example", "inbox.example")
TABLE_HEADERS = (
    "run_no shed grower shearer client doreuse etabli_no jazda ujezdzalnia jezdziec instruktor "
    "product amount status date qty phone id_doc born town "
    "Session Raum Bandkontakt Techniker Produkt Betrag Status Datum Stunden Telefon Geburtstag Notiz "
    "bon rayon loueur habilleuse pieces caution retrait statut costume iban remarque "
    "ficha box propietario cuidadora noches importe estado entrada dni calle cp ciudad comentario "
    "umowa przystan wypozyczajacy ratownik godziny kwota status data telefon pesel produkt uwagi"
)


def template_words() -> set[str]:
    """Every word of this module's templates, products, companies, statuses, headers and domains."""
    from bench.detection.sources import words_of

    words: set[str] = set()
    for lang in L.values():
        for value in vars(lang).values():
            for item in value if isinstance(value, tuple) else (value,):
                words.update(words_of(item))
    for group in (PRODUCTS, COMPANIES, STATUSES, DOMAINS, (TABLE_HEADERS,), tuple(ROOTS.values())):
        for item in group:
            words.update(words_of(item))
    for spec in TABLES:
        for item in (*spec.groups, *spec.ids, spec.main, spec.second, spec.notes):
            words.update(words_of(item.replace("_", " ")))
    for pair in STREET_WORDS.values():
        for item in pair:
            words.update(words_of(item))
    for genre in GENRES.values():
        for item in genre:
            words.update(words_of(item.replace("_", " ")))
    return words


@lru_cache(maxsize=1)
def _covered_mimesis_words() -> frozenset[str]:
    from bench.detection.sources import words_of

    found: set[str] = set()
    for locale in COVERED:
        data = json.loads((_DATA / locale / "person.json").read_text(encoding="utf-8"))
        for key in ("names", "surnames"):
            value = data.get(key)
            items = [v for vs in value.values() for v in vs] if isinstance(value, dict) else value or []
            for item in items:
                found.update(words_of(str(item)))
                found.update(words_of(fold_ascii(str(item))))
    return frozenset(found)


@lru_cache(maxsize=1)
def _zipf() -> Callable[[str, str], float]:
    from wordfreq import zipf_frequency

    return zipf_frequency  # type: ignore[no-any-return]


def _word_ok(word: str, *, langs: tuple[str, ...], strict: bool, banned: set[str]) -> bool:
    folded = word.casefold()
    ascii_ = fold_ascii(word)
    if len(folded) < 3 or folded in banned or ascii_ in banned:
        return False
    if any(is_known_to_engine(v) for v in {word, folded, word.upper(), ascii_, ascii_.capitalize()}):
        return False
    if folded in faker_person_words() or ascii_ in faker_person_words():
        return False
    covered = mimesis_person_words() if strict else _covered_mimesis_words()
    if folded in covered or ascii_ in covered:
        return False
    zipf = _zipf()
    return all(zipf(folded, code) < 3 and zipf(ascii_, code) < 3 for code in langs)


@dataclass(frozen=True)
class Person:
    given: str
    surname: str
    group: str  # invented | mimesis | wordlike
    tag: str  # style:<s> | locale:<l> | wordsrc:<l>


@lru_cache(maxsize=4)
def _pools(seed: int) -> tuple[dict[str, list[Person]], list[str], list[str]]:
    """Name pools per group, and the invented street roots and cities."""
    rng = random.Random(seed)
    banned = template_words()
    places: list[str] = []
    seen: set[str] = set()
    for _ in range(400):
        city = (rng.choice(_PLACE_SYL) + rng.choice(_PLACE_SYL)[1:] + rng.choice(_PLACE_END)).capitalize()
        if city.casefold() not in seen and _word_ok(city, langs=LANGS, strict=True, banned=banned):
            seen.add(city.casefold())
            places.append(city)
        if len(places) >= 60:
            break
    cities, roots = places[:30], places[30:]
    banned |= {p.casefold() for p in places}
    used: set[str] = set()

    def take(word: str, langs: tuple[str, ...], strict: bool, reuse: bool = False) -> bool:
        if (word.casefold() in used and not reuse) or not _word_ok(
            word, langs=langs, strict=strict, banned=banned
        ):
            return False
        used.add(word.casefold())
        return True

    pools: dict[str, list[Person]] = {"invented": [], "mimesis": [], "wordlike": []}
    for style, (onsets, vowels, codas) in STYLES.items():
        made = 0
        for _ in range(300):
            words = []
            for _part in range(2):
                word = "".join(
                    rng.choice(onsets) + rng.choice(vowels) for _ in range(rng.choice((2, 2, 3)))
                ) + rng.choice(codas)
                words.append(word.capitalize())
            if all(take(w, LANGS, True) for w in words):
                pools["invented"].append(Person(words[0], words[1], "invented", f"style:{style}"))
                made += 1
            if made >= 14:
                break
    for locale in MIMESIS_LOCALES:
        data = json.loads((_DATA / locale / "person.json").read_text(encoding="utf-8"))
        names = data["names"]
        givens = [n for vs in names.values() for n in vs] if isinstance(names, dict) else list(names)
        sur = data["surnames"]
        surnames = [n for vs in sur.values() for n in vs] if isinstance(sur, dict) else list(sur)
        rng.shuffle(givens)
        rng.shuffle(surnames)

        def good(values: list[str], locale: str = locale, reuse: bool = False) -> list[str]:
            out = []
            for value in values:
                roman = romanise(value, locale)
                if (
                    " " not in roman
                    and roman.isalpha()
                    and all(unicodedata.name(c).startswith("LATIN") for c in roman)
                    and take(roman, LANGS, False, reuse)
                ):
                    out.append(roman)
                if len(out) >= 14:
                    break
            return out

        for given, surname in zip(good(givens, reuse=True), good(surnames), strict=False):
            pools["mimesis"].append(Person(given, surname, "mimesis", f"locale:{locale}"))
    for src, (colours, foods) in WORDLIKE.items():
        others = tuple(lang for lang in LANGS)
        givens_ok = [w.capitalize() for w in colours if take(w.capitalize(), others, False)]
        foods_ok = [w.capitalize() for w in foods if take(w.capitalize(), others, False)]
        for given, surname in zip(givens_ok, foods_ok, strict=False):
            pools["wordlike"].append(Person(given, surname, "wordlike", f"wordsrc:{src}"))
    return pools, cities, roots


# --- generation ---------------------------------------------------------------------------------------


class Gen:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        pools, self.cities, self.roots = _pools(seed)
        self.pools = {k: list(v) for k, v in pools.items()}
        canary_pool = self.pools["invented"][-3:]
        self.pools["invented"] = self.pools["invented"][:-3]
        self.canaries = canary_pool
        self.counter = 0

    def person(self) -> Person:
        r = self.rng.random()
        group = "invented" if r < 0.4 else "mimesis" if r < 0.8 else "wordlike"
        return self.rng.choice(self.pools[group])

    @staticmethod
    def tags(p: Person, lang: str, case: str, *extra: str) -> list[str]:
        return [f"lang:{lang}", case, p.group, p.tag, *extra]

    def render(self, p: Person, lang: str, slot: str, *, lower: bool = False, full: bool = False) -> Planted:
        """A planted name in a form drawn at random (full, given only, surname only, reversed, initial)."""
        r = self.rng.random()
        variant = ""
        if full or r < 0.7:
            value = f"{p.given} {p.surname}"
        elif r < 0.78:
            value, variant = p.given.lower(), "given_only"
        elif r < 0.86:
            value, variant = p.surname.upper(), "surname_only"
        elif r < 0.93:
            value, variant = f"{p.surname.upper()}, {p.given}", "reversed"
        else:
            value, variant = f"{p.given[0]}. {p.surname}", "initial"
        if lower:
            value = value.lower()
        case = "lower" if value == value.lower() else "upper" if value == value.upper() else "title"
        extra = [slot] + ([variant] if variant else [])
        return Planted("PERSON", value, "text", self.tags(p, lang, case, *extra))

    def contact(self, p: Person, lang: str, kind: int, chat: bool = False) -> tuple[str, list[Planted]]:
        rng, c = self.rng, COUNTRY[lang]
        t = L[lang]
        planted: list[Planted] = []
        tag = [f"lang:{lang}"]
        if chat or kind == 0:
            tel = phone(random.Random(rng.getrandbits(32)), c)[0]
            local = f"{fold_ascii(p.given)[:2]}.{fold_ascii(p.surname)[:2]}{rng.randint(10, 99)}"
            mail = f"{local}@{rng.choice(DOMAINS)}"
            planted += [
                Planted("PHONE_NUMBER", tel, "text", tag),
                Planted("EMAIL_ADDRESS", mail, "text", tag),
            ]
            return t.phone_mail.format(phone=tel, mail=mail), planted
        if kind == 1:
            street = (
                f"{rng.choice(self.roots)}{STREET_WORDS[lang][0]}"
                if lang in {"de", "nl"}
                else (
                    f"{STREET_WORDS[lang][0]} {rng.choice(self.roots)}"
                    if lang != "en"
                    else f"{rng.choice(self.roots)} {STREET_WORDS[lang][0]}"
                )
            )
            street = f"{street} {rng.randint(1, 140)}" if lang != "fr" else f"{rng.randint(1, 140)} {street}"
            pc, city = postcode(rng, c), rng.choice(self.cities)
            planted += [
                Planted("STREET_ADDRESS", street, "text", tag),
                Planted("POSTCODE", pc, "text", tag),
                Planted("CITY", city, "text", tag),
            ]
            return t.address.format(street=street, postcode=pc, city=city), planted
        nid = national_id(random.Random(rng.getrandbits(32)), c)
        if kind == 2 and nid:
            dob = dt.date(1950, 1, 1) + dt.timedelta(days=rng.randrange(365 * 50))
            dob_text = dob.strftime("%d/%m/%Y" if lang not in {"de", "pl", "nl"} else "%d.%m.%Y")
            planted += [
                Planted("DATE_OF_BIRTH", dob_text, "text", tag),
                Planted("NATIONAL_ID", nid[0], "text", tag),
            ]
            return t.birth.format(dob=dob_text, nid=nid[0]), planted
        value = iban(random.Random(rng.getrandbits(32)), c if c != "GB" else "GB")[0]
        planted.append(Planted("IBAN_CODE", value, "text", tag))
        return t.bank.format(iban=value), planted

    def business(self, lang: str, lower: bool) -> tuple[dict[str, str], list[Planted]]:
        rng = self.rng
        self.counter += 1
        vals = {
            "order": f"ORD-{rng.randint(10000, 99999)}",
            "product": rng.choice(PRODUCTS),
            "amount": f"{rng.randint(5, 900)},{rng.randint(0, 99):02d} EUR",
            "status": rng.choice(STATUSES),
            "company": rng.choice(COMPANIES),
        }
        if lower:
            vals = {k: v.lower() for k, v in vals.items()}
        kinds = {"order": "order_number", "product": "product", "amount": "amount", "status": "status",
                 "company": "company"}  # fmt: skip
        tag = [f"lang:{lang}"]
        return vals, [Planted(f"utility:{kinds[k]}", v, "text", tag) for k, v in vals.items()]

    def sentences(self, lang: str, shape: str) -> tuple[str, list[Planted]]:
        t = L[lang]
        p, q = self.person(), self.person()
        a = self.render(p, lang, shape)
        template = getattr(t, {"sentence_start": "start", "agent": "agent", "pair": "pair",
                               "html_tag": "html", "checkbox": "checkbox", "emoji": "emoji",
                               "sql_tuple": "sql", "json_inline": "json", "plus_mention": "plus",
                               "honorific": "agent"}[shape])  # fmt: skip
        planted = [a]
        name = a.value
        if shape == "honorific":
            a = Planted("PERSON", p.surname, "text", self.tags(p, lang, "title", "honorific"))
            planted = [a]
            name = f"{self.rng.choice(t.hon)} {p.surname}"
        if shape == "pair":
            b = self.render(q, lang, "pair")
            planted.append(b)
            return template.format(P=name, Q=b.value), planted
        return template.format(P=name), planted

    def text_record(self, lang: str, i: int, canary: Person | None) -> tuple[list[str], list[Planted]]:
        """Sentences of one record (heading and business first) and its planted values (field text)."""
        rng = self.rng
        day = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(330))
        date_text = day.strftime("%d.%m.%Y")
        stamp = f"{rng.randint(7, 19):02d}:{rng.randint(0, 59):02d}"
        planted = [
            Planted("utility:date", date_text, "text", [f"lang:{lang}"]),
            Planted("utility:timestamp", stamp, "text", [f"lang:{lang}"]),
        ]
        parts = [f"§ {date_text} {stamp}"]
        vals, bplanted = self.business(lang, False)
        agent = canary or self.person()
        a = self.render(agent, lang, "agent", full=canary is not None)
        if canary is not None:
            a.tags.append("canary")
        parts.append(L[lang].business.format(P=a.value, **vals))
        planted += [*bplanted, a]
        shapes = [NEW_SHAPES[(i + k) % len(NEW_SHAPES)] for k in range(2)]
        shapes.append(rng.choice(("sentence_start", "pair", "honorific", "pair")))
        for shape in shapes:
            text, extra = self.sentences(lang, shape)
            parts.append(text)
            planted += extra
        contact, cplanted = self.contact(agent, lang, i % 4)
        parts.append(contact)
        planted += cplanted
        return parts, planted

    def nick(self, p: Person) -> str | None:
        base = fold_ascii(p.given)[:4]
        if base.casefold() in {w.casefold() for w in (p.given, p.surname)}:
            return None
        ok = _word_ok(base, langs=LANGS, strict=p.group == "invented", banned=template_words())
        return base if ok else None

    def chat_line(self, lang: str, i: int, speaker: Person) -> tuple[str, list[Planted], Planted]:
        """A lower-case chat message: text, planted values in it, and the planted speaker."""
        rng, t = self.rng, L[lang]
        spk = self.render(speaker, lang, "chat_speaker", lower=True, full=True)
        other = self.person()
        kind = i % 5
        planted: list[Planted] = []
        body = rng.choice(t.chat)
        if kind == 0:
            o = self.render(other, lang, "greeting", lower=True)
            body = f"{t.greet.format(P=o.value)} {body}"
            planted.append(o)
        elif kind == 1:
            o = Planted("PERSON", f"@{other.given.lower()}", "text",
                        self.tags(other, lang, "lower", "mention", "given_only"))  # fmt: skip
            body = f"{o.value} {body}"
            planted.append(o)
        elif kind == 2:
            nick = self.nick(other)
            if nick:
                o = Planted("PERSON", nick, "text", self.tags(other, lang, "lower", "nickname"))
            else:
                o = self.render(other, lang, "mention", lower=True)
            body = f"{body}, {o.value}?"
            planted.append(o)
        elif kind == 3:
            o = self.render(speaker, lang, "signoff", lower=True)
            body = f"{body} {t.bye.format(P=o.value)}"
            planted.append(o)
        else:
            text, extra = self.contact(speaker, lang, 0, chat=True)
            body = f"{body} {text.lower()}"
            planted += extra
        shape = NEW_SHAPES[i % len(NEW_SHAPES)]
        s_text, s_planted = self.sentences(lang, shape)
        for p in s_planted:
            p.value = p.value.lower()
            p.tags = [x if x not in {"title", "upper"} else "lower" for x in p.tags]
        # a chat mentions a new shape lower-cased; rebuild the text from lower-case names
        body = f"{body} {s_text.lower()}"
        planted += s_planted
        return body.lower(), planted, spk


def _scaled(n: int, scale: float) -> int:
    return max(4, round(n * scale))


def _write_lines(path: Path, lines: list[str]) -> None:
    path.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8", newline="")


def _retag(planted: list[Planted], field: str) -> list[Planted]:
    for p in planted:
        p.field = field
    return planted


def _text_files(gen: Gen, out: Path, scale: float) -> list[FileSet]:
    sets: list[FileSet] = []
    n = _scaled(TEXT_RECORDS, scale)
    canary_names = [f"{c.given} {c.surname}" for c in gen.canaries]
    for lang in LANGS:
        txt_name, jsonl_name, chat_name, chat_fmt = GENRES[lang]
        # plain TXT notes
        lines, records, canaries = [], [], set()
        for i in range(n):
            canary = gen.canaries[i % 3] if i % 97 == 5 else None
            if canary:
                canaries.add(canary_names[gen.canaries.index(canary)])
            parts, planted = gen.text_record(lang, i, canary)
            lines.append(" ".join(parts))
            records.append(planted)
        _write_lines(out / f"{txt_name}.txt", lines)
        sets.append(FileSet(txt_name, f"{txt_name}.txt", "txt", "text", lang, records,
                            canaries=[c for c in canary_names if c in canaries]))  # fmt: skip
        # nested JSONL
        root = ROOTS[lang]
        lines, records, canaries = [], [], set()
        for i in range(n):
            canary = gen.canaries[i % 3] if i % 97 == 40 % max(n, 1) else None
            if canary:
                canaries.add(canary_names[gen.canaries.index(canary)])
            parts, planted = gen.text_record(lang, i, canary)
            contact = parts.pop()
            n_contact = sum(1 for p in planted if not p.is_utility and p.entity != "PERSON")
            body_planted, contact_planted = (
                planted[: len(planted) - n_contact],
                planted[len(planted) - n_contact :],
            )
            case = f"CF-{lang.upper()}-{gen.rng.randint(1000, 9999)}"
            qty = str(gen.rng.randint(1, 12))
            stamp = f"2025-{gen.rng.randint(1, 12):02d}-{gen.rng.randint(1, 28):02d}T{gen.rng.randint(7, 19):02d}:15"
            obj = {root: {"file": case, "units": qty, "stamp": stamp,
                          "diary": [{"entry": p} for p in parts],
                          "payer": {"via": {"value": contact}}}}  # fmt: skip
            lines.append(json.dumps(obj, ensure_ascii=False))
            tag = [f"lang:{lang}"]
            records.append(
                [
                    *_retag(body_planted, f"{root}.diary[].entry"),
                    *_retag(contact_planted, f"{root}.payer.via.value"),
                    Planted("utility:case_number", case, f"{root}.file", tag),
                    Planted("utility:quantity", qty, f"{root}.units", tag),
                    Planted("utility:timestamp", stamp, f"{root}.stamp", tag),
                ]
            )
        _write_lines(out / f"{jsonl_name}.jsonl", lines)
        sets.append(FileSet(jsonl_name, f"{jsonl_name}.jsonl", "jsonl", "text", lang, records,
                            canaries=[c for c in canary_names if c in canaries]))  # fmt: skip
        # lower-case chat
        members = [gen.canaries[0], *(gen.person() for _ in range(5))]
        lines, records = [], []
        for i in range(n):
            speaker = members[0] if i == 0 else gen.rng.choice(members)
            body, planted, spk = gen.chat_line(lang, i, speaker)
            if speaker is gen.canaries[0]:
                spk.tags.append("canary")
            if chat_fmt == "txt":
                lines.append(f"<{spk.value}> {body}")
                records.append([spk, *planted])
            else:
                spk.tags = [*spk.tags[:-1], "sender_field"] if "canary" not in spk.tags else spk.tags
                spk.field = "line.nick"
                line: dict[str, Any] = {"line": {"nick": spk.value, "body": body}}
                extra: list[Planted] = []
                if i % 4 == 3:
                    who = gen.render(gen.rng.choice(members), lang, "sender_field", lower=True, full=True)
                    who.field = "line.replies[].nick"
                    line["line"]["replies"] = [{"nick": who.value, "body": "ok"}]
                    extra.append(who)
                lines.append(json.dumps(line, ensure_ascii=False))
                records.append([spk, *extra, *_retag(planted, "line.body")])
        path = f"{chat_name}.{chat_fmt}"
        _write_lines(out / path, lines)
        sets.append(FileSet(chat_name, path, chat_fmt, "text", lang, records, canaries=[canary_names[0]]))
    return sets


@dataclass(frozen=True)
class TableSpec:
    name: str
    fmt: str
    lang: str
    ids: tuple[str, str]
    main: str
    second: str
    notes: str
    id_fmt: Callable[[int], str]
    groups: tuple[str, ...]
    main_form: Callable[[Person], str]
    second_form: Callable[[Person], str]


TABLES = (
    TableSpec("shearing_runs", "csv", "en", ("run_no", "shed"), "grower", "shearer",
              "notes", lambda i: f"SR-25/{i:04d}", ("east shed", "top shed", "river shed"),
              lambda p: f"{p.given} {p.surname}", lambda p: f"{p.given} {p.surname[0]}."),
    TableSpec("tonstudio_sessions", "tsv", "de", ("Session", "Raum"), "Bandkontakt", "Techniker", "Notiz",
              lambda i: f"TS.{i:04d}", ("A", "B", "Regie"),
              lambda p: f"{p.surname.upper()}/{p.given}", lambda p: f"{'Hr.' if len(p.surname) % 2 else 'Fr.'} {p.surname}"),
    TableSpec("cadres_dorure", "parquet", "fr", ("bon", "etabli_no"), "client", "doreuse", "remarque",
              lambda i: str(4100 + i), ("A1", "B2", "C3"),
              lambda p: f"{p.given} ({p.surname.upper()})", lambda p: f"{p.given} {p.surname}"),
    TableSpec("guarderia_canina", "csv", "es", ("ficha", "box"), "propietario", "cuidadora", "comentario",
              lambda i: f"GC{i:04d}-25", ("patio", "jardín", "norte"),
              lambda p: f"{p.given} {p.surname}", lambda p: f"{p.given} {p.surname[0]}."),
    TableSpec("jazdy_konne", "tsv", "pl", ("jazda", "ujezdzalnia"), "jezdziec", "instruktor", "uwagi",
              lambda i: f"JK/{i:04d}", ("kryta", "otwarta", "lonża"),
              lambda p: f"{p.given} {p.surname}", lambda p: f"{p.surname}_{p.given}"),
)  # fmt: skip


def _case(value: str) -> str:
    return "lower" if value == value.lower() else "upper" if value == value.upper() else "title"


def _tables(gen: Gen, out: Path, scale: float) -> list[FileSet]:
    import pandas as pd

    sets = []
    n = max(6, round(TABLE_ROWS * scale))
    canary_names = [f"{c.given} {c.surname}" for c in gen.canaries]
    for spec in TABLES:
        rng = gen.rng
        rows: list[dict[str, Any]] = []
        records: list[list[Planted]] = []
        for i in range(n):
            lang = spec.lang if rng.random() < 0.75 else rng.choice([x for x in LANGS if x != spec.lang])
            tag = [f"lang:{lang}"]
            main = gen.canaries[i] if i < 3 else gen.person()
            second, third = gen.person(), gen.person()
            if spec.name == "guarderia_canina" and main not in gen.canaries:
                extra_sur = gen.person().surname
                main_value = f"{main.given} {main.surname} {extra_sur}"
            else:
                main_value = spec.main_form(main)
            second_value = spec.second_form(second)
            if i < 3:
                main_value = canary_names[i]
            rid, grp = spec.id_fmt(i + 1), rng.choice(spec.groups)
            product, status = rng.choice(PRODUCTS), rng.choice(STATUSES)
            amount = round(rng.uniform(10, 900), 2)
            qty = rng.randint(1, 9)
            day = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(330))
            tel = phone(random.Random(rng.getrandbits(32)), COUNTRY[spec.lang])[0]
            note_full = f"{main.given} {main.surname}"
            note_other = f"{third.given} {third.surname}"
            note = L[lang].note.format(P=note_full, Q=note_other)
            row: dict[str, Any] = {
                spec.ids[0]: rid, spec.ids[1]: grp, spec.main: main_value, spec.second: second_value,
                "product": product, "amount": f"{amount:.2f}", "status": status, "date": day.isoformat(),
                "qty": str(qty), "phone": tel, spec.notes: note,
            }  # fmt: skip
            planted = [
                Planted("utility:record_id", rid, spec.ids[0], tag),
                Planted("utility:record_id", grp, spec.ids[1], tag),
                Planted("utility:product", product, "product", tag),
                Planted("utility:amount", f"{amount:.2f}", "amount", tag),
                Planted("utility:status", status, "status", tag),
                Planted("utility:date", day.isoformat(), "date", tag),
                Planted("utility:quantity", str(qty), "qty", tag),
                Planted("PHONE_NUMBER", tel, "phone", tag),
            ]
            extra = ["canary"] if i < 3 else []
            for person, value, col in (
                (main, main_value, spec.main),
                (second, second_value.removeprefix("Hr. ").removeprefix("Fr. "), spec.second),
            ):
                planted.append(Planted("PERSON", value, col, [*gen.tags(person, lang, _case(value), "table_cell"),
                                                               *(extra if col == spec.main else [])]))  # fmt: skip
            for person, value in ((main, note_full), (third, note_other)):
                planted.append(
                    Planted("PERSON", value, spec.notes, gen.tags(person, lang, "title", "table_notes"))
                )
            kind = i % 3
            if kind == 0:
                value = iban(random.Random(rng.getrandbits(32)), COUNTRY[spec.lang])[0]
                row["iban"] = value
                planted.append(Planted("IBAN_CODE", value, "iban", tag))
            else:
                row["iban"] = ""
            nid = national_id(random.Random(rng.getrandbits(32)), COUNTRY[spec.lang])
            row["id_doc"] = nid[0] if nid else ""
            if nid:
                planted.append(Planted("NATIONAL_ID", nid[0], "id_doc", tag))
            dob = dt.date(1950, 1, 1) + dt.timedelta(days=rng.randrange(365 * 50))
            row["born"] = dob.strftime("%d.%m.%Y")
            planted.append(Planted("DATE_OF_BIRTH", row["born"], "born", tag))
            city = rng.choice(gen.cities)
            row["town"] = city
            planted.append(Planted("CITY", city, "town", tag))
            rows.append(row)
            records.append(planted)
        frame = pd.DataFrame(rows)
        path = f"{spec.name}.{spec.fmt}"
        if spec.fmt == "parquet":
            frame[spec.ids[0]] = frame[spec.ids[0]].astype("int64")
            frame["qty"] = frame["qty"].astype("int64")
            frame["amount"] = frame["amount"].astype("float64")
            frame["date"] = pd.to_datetime(frame["date"]).dt.date
            import pyarrow as pa
            import pyarrow.parquet as pq

            table = pa.Table.from_pandas(frame, preserve_index=False)
            schema = pa.schema(
                [
                    pa.field(f.name, pa.date32() if f.name == "date" else pa.string())
                    if f.name == "date" or pa.types.is_large_string(f.type) or f.type == pa.string()
                    else f
                    for f in table.schema
                ]
            )
            table = table.cast(schema)
            pq.write_table(table, out / path)
            for record in records:
                for p in record:
                    if p.field == "amount":
                        p.value = str(float(p.value))
        else:
            frame.to_csv(out / path, index=False, sep="\t" if spec.fmt == "tsv" else ",")
        sets.append(FileSet(spec.name, path, spec.fmt, "table", spec.lang, records,
                            id_columns=list(spec.ids), canaries=list(canary_names)))  # fmt: skip
    return sets


def generate(out: Path, scale: float = 1.0, seed: int = DEFAULT_SEED) -> list[FileSet]:
    """Write the set's files into ``out`` and return their truth."""
    out.mkdir(parents=True, exist_ok=True)
    gen = Gen(seed)
    # guided since its breakdown was read (see the card's Status)
    return [
        dataclasses.replace(s, guided_fixes=True)
        for s in _text_files(gen, out, scale) + _tables(gen, out, scale)
    ]


def summary(sets: list[FileSet]) -> dict[str, int]:
    return {"files": len(sets), "records": sum(len(s.records) for s in sets)}
