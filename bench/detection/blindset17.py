"""Detection set "blind17" (held out until read, now guided fixes): text in eight languages, five tables.

Data card
=========

Status
    Guided fixes since 2026-12-06 (the tenth session): held out until then and measured once as the
    headline, with its peers, after the last change to detection then (eb70b05: PERSON leak 15.33 %
    (text 17.97, tables 5.04), all personal 9.71 %, utility 98.44 %, 7 of 29 files refused, no canary;
    see ``bench/README.md``); then its breakdown was read (``--blind-breakdown``) to fix what it showed,
    so every ``FileSet`` now has ``guided_fixes=True`` and `blindset18` is the held-out set. Its writer
    reported only counts, so nothing of its shapes reached the engine's author before that measurement.

Who wrote it and what they read
    A helper engineer, ninth session, 2026-12-06 (second set of the session), from a brief. It read:
    `bench.detection.format` (whole); in `bench.detection.sources` a ``grep`` of its ``def`` lines, its
    first 140 lines (``_dataset``/``_by_gender``/``words_of``/``mimesis_person_words``/``usable``/
    ``fold_ascii``/``Deck``), ``postcode``/``phone``/``email``/``iban``/``national_id`` (a ``sed`` range
    that also showed the place pool and the business-value class, neither used); the first 120 lines of
    `bench.bench_detection` and its lines naming blind16 (to register the set); the shared set checks;
    blind16's test (as this test's model); the data cards of blind3 to blind16 (genre tables, styles,
    locales, romanisations, word sources and sentence shapes); the keys and sizes of ten mimesis
    ``person.json`` files; a ``git diff --stat`` (file names only, among them engine files another
    engineer was editing, none opened). It read no recognizer, cue list, pattern, profile or vocabulary list of the
    engine, no other benchmark set body and no engine or benchmark output, and it never ran the engine,
    ``bench.bench_detection`` or ``manage.py anonymize``. Every sentence template, product, company,
    status, header, syllable inventory, word list and romanisation table here was written fresh for
    this module. The engine's vocabulary is reached only through ``sources.usable`` and Faker's person
    words through the name ``sources`` imports.

Text files (24, 95 records each at scale 1.0)
    Per language three files in genres no earlier card lists, TXT and JSONL mixed. A TXT record is one
    line in an "answering-machine transcript" layout: ``VM-<n> <timestamp> (m:ss) | `` then a business
    sentence (order number, product, quantity, amount, status, company, a due ``utility:date``; now and
    then a SKU, a version or a tracking number), three sentences in the shapes below and one contact
    phrase. JSONL records nest: ``<root>.id`` (a case number), ``<root>.logged`` (a timestamp),
    ``<root>.items[]`` (``sku``/``qty``), the sentences in ``<root>.notes[].t`` and the contact phrase in
    ``<root>.who.reach.line``. One file per language is a lower-case chat: in TXT a phone-export line
    "speaker » text · hh:mm"; in JSONL ``msg.who.display``, ``msg.sent``, ``msg.content`` and a
    ``msg.reactions[]`` list of ``by``/``e`` objects (the people who reacted are planted); @mentions,
    greetings, thanks.

    ===  =====================================  ======================================  ==============================
    en   oyster-farm gate sales (txt)           drone survey jobs (jsonl)               parkrun volunteers chat (txt)
    de   Hofladen, Eierabo (txt)                Kletterwald, Gruppen (jsonl)            Eisstockschützen chat (jsonl)
    fr   poissonnerie ambulante (txt)           permis bateau, stages (jsonl)           cyclotourisme chat (txt)
    es   churrería, pedidos (txt)               taller de bordado (jsonl)               banda de cornetas chat (jsonl)
    it   forno a legna, pane (txt)              trasporto animali (jsonl)               lega fantacalcio chat (txt)
    nl   mosselkwekerij, verkoop (txt)          gastouderbureau (jsonl)                 sjoelclub chat (jsonl)
    pl   wędzarnia ryb (txt)                    dom weselny, rezerwacje (jsonl)         nordic walking chat (txt)
    pt   padaria, bolo-rei (txt)                lavandaria self-service (jsonl)         karaté, pais chat (jsonl)
    ===  =====================================  ======================================  ==============================

    New sentence shapes (slot tags), each in every language: names in a file path pasted into the note
    (``file_path``: "scans/2025/Given_Surname_before.jpg"), a phone number followed by its owner in
    parentheses (``phone_owner``: "+44 … (Given)"), names with a tick or a cross (``tick``: "X ✓ Y ✗"), a
    lower-case given name as a hashtag (``hashtag``: "#given"), a tilde signature at the end of a
    sentence (``tilde``: "~X") and a referral after "via" (``via``: "(via X)", "(über X)", "(par X)"…).
    Also names at sentence start, as agents, in pairs and after honorifics (only the surname planted);
    in chats as speakers, @mentions, greetings, thanks and reactions. A lone given name in lower case
    (``given_only``), a lone surname in capitals (``surname_only``), "Surname G." (``surname_initial``,
    new) or "Given S." (``given_initial``, new) stands in for a full name now and then.

Tables (5, 120 rows each at scale 1.0)
    ``horsebox_hire.csv`` (English: ``hirer`` "Surname G.", ``groom`` "Given S."; IDs ``hire_ref``
    like "HB25-001" and repeating ``yard``), ``wachsumarbeitung.tsv`` (German: ``Imker`` "Surname
    Given", ``Annahme`` "given surname" in lower case; IDs ``Beleg`` like "WU/0001" and repeating
    ``Charge``), ``ostreiculture_ventes.parquet`` (French, typed: int64 ``bon`` and ``qte``, float64
    ``montant``, date32 ``date``; ``client`` "SURNAME Given", ``ecailler`` "G.Surname" without a space;
    IDs ``bon`` and repeating ``parc``), ``mantenimiento_piscinas.csv`` (Spanish: ``titular`` "Given
    Surname Surname", ``tecnico`` a given name in capitals; IDs ``parte`` like "MP-0001" and repeating
    ``ruta``), ``wypozyczalnia_przyczep.tsv`` (Polish: ``najemca`` "surname given" in lower case,
    ``wydal`` "Given S."; IDs ``umowa`` like "PR/0001" and repeating ``plac``). Each has two record-ID
    columns, a product, quantity, amount, date, status, phone, e-mail, IBAN (every third row), ID
    document, birth date, town and a notes column naming the row's main person in full and the second.

Names
    The group is drawn first: about 40 % **invented** from syllable inventories in ten styles no earlier
    card lists (``invented`` + ``style:<s>``): batak, bugis, dayak, songhai, dogon, kpelle, haida,
    aleut, sherpa, chukchi. About 40 % **mimesis** (``mimesis`` + ``locale:<l>``): ``ru``, ``uk``,
    ``kk``, ``el``, ``fa``, ``ar-sa``, ``ar-ma``, ``ar-om``, ``ar-tn``, ``ar-ye``, romanised in
    Portuguese usage, which no earlier card names (x for ш/ش, j for ж, tch for ч, xtch for щ, kh, ts,
    ss between vowels, ia/iu for я/ю; Greek ou as u, ai as e, mp as b at the start; Arabic dj for ج,
    the article dropped, a supplied between the first two consonants and e later). Only names that
    romanise to one word are used. About 20 % **word-like** (``wordlike`` + ``wordsrc:<lang>``): given
    names and surnames that are nature, craft and food words of Azerbaijani (az), Yoruba (yo), Hausa
    (ha), Igbo (ig), Somali (so), Turkmen (tk), Kurmanji (ku) and Wolof (wo).

    Filters. Name words: three letters or more, unknown to the engine (``sources.usable``, also in
    capitals and ASCII-folded), absent from Faker's person words and every mimesis person list, not a
    word of any template, product, company, status or header here, no place word, and wordfreq zipf
    < 3 in all eight languages. E-mail local parts are two-letter runs of the person's names with
    digits, so they never hold a name word whole.

Places and contacts
    Streets and cities from invented roots with each language's street words, filtered like names.
    Phones, IBANs, national IDs and postcodes from the `sources` helpers (each called with a fresh
    ``random.Random``); a UK National Insurance number is built here.

Canaries
    Three invented people: all three in every table (the main person of its first three rows), the first
    a speaker in every chat (lower case), and each the customer of about 1 % of the other text records.
    ``canaries`` lists those that appear in a file.

Run: ``.venv/bin/python -m bench.detection.blindset17 --out var/blind17``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import string
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from bench.detection import sources
from bench.detection.format import FileSet, Planted, write_truth

LANGS: tuple[str, ...] = ("en", "de", "fr", "es", "it", "nl", "pl", "pt")
DEFAULT_SEED = 170_617
TEXT_RECORDS = 95
TABLE_ROWS = 120
NEW_SHAPES = ("file_path", "phone_owner", "tick", "hashtag", "tilde", "via")
COUNTRY = {"en": "GB", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pl": "PL", "pt": "PT"}
CHAT_TXT = frozenset({"en", "fr", "it", "pl"})

# --- names ----------------------------------------------------------------------------------------------

#: Syllable inventories (onsets+nuclei) and endings per invented style.
STYLES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "batak": (("si", "ho", "ra", "tu", "ping", "ga", "lu", "bo", "nai", "sim"), ("ngon", "bun", "ruk", "tar")),
    "bugis": (("we", "ta", "pa", "ri", "la", "mpe", "ru", "ba", "cen", "dau"), ("ng", "sse", "ppe", "lle")),
    "dayak": (("ka", "hing", "te", "ma", "lun", "jo", "bi", "u", "da", "yek"), ("ngai", "ut", "ong", "ieh")),
    "songhai": (("mo", "ha", "ssou", "ka", "di", "zo", "ga", "ya", "bou", "ta"), ("mey", "rey", "nda", "koy")),
    "dogon": (("a", "ma", "na", "ye", "go", "dye", "bu", "tem", "ogo", "ku"), ("nu", "lem", "gue", "ri")),
    "kpelle": (("ko", "lu", "pe", "ke", "wo", "ge", "zo", "fa", "bo", "ye"), ("kpa", "lee", "nah", "wei")),
    "haida": (("gaa", "sk", "ka", "ji", "da", "tl", "xa", "naa", "ki", "ga"), ("ngaay", "uu", "aas", "dlaa")),
    "aleut": (("u", "na", "ga", "chi", "la", "kux", "ta", "ma", "sa", "qi"), ("dax", "gan", "ix", "kuu")),
    "sherpa": (("pa", "ngi", "dor", "chhi", "mi", "lha", "pem", "da", "ka", "nor"), ("jee", "mu", "dik", "chhu")),
    "chukchi": (("ren", "ty", "ke", "tval", "ny", "qa", "ge", "em", "ra", "val"), ("kot", "ngyn", "ylyn", "eu")),
}  # fmt: skip

#: Word-like name material: nature, craft and food words of languages no earlier card used.
WORDLIKE: dict[str, tuple[str, ...]] = {
    "az": ("ulduz", "bulud", "yarpaq", "qaya", "narbala", "zoğal", "bağban", "dəmirçi", "çinar", "şəlalə", "qartal", "ləpə", "dovğa", "qovun", "heyva", "sünbül"),
    "yo": ("ojumo", "iyanrin", "igbodo", "osupa", "irawo", "agbado", "ewedu", "isu", "amala", "alagbede", "omiyale", "apata", "odan", "ireke", "akara", "gbegiri"),
    "ha": ("taurari", "gajimare", "kogunai", "dutse", "tukunya", "masaki", "kunu", "fura", "masara", "rafinsa", "makera", "damina", "rijiya", "tsamiya", "kuka", "dinya"),
    "ig": ("onwa", "kpakpando", "mmiri", "ugwu", "osisi", "ofeakwu", "ukwa", "ugba", "okpa", "nkume", "akwukwo", "uzu", "ikuku", "okwuru", "ụtara", "oroma"),
    "so": ("daruur", "xiddig", "buurta", "geedka", "canjeero", "muufo", "hilib", "baxar", "dhagax", "tumaal", "raxan", "qorrax", "hawo", "sabool", "xawaash", "bariis"),
    "tk": ("ýyldyz", "bulut", "gumly", "derýa", "çörek", "ussaçy", "demirçi", "gawun", "garpyz", "dag", "çeşme", "ýaprak", "ülke", "palaw", "gutap", "süzme"),
    "ku": ("stêrk", "berfîn", "çiya", "kanî", "dar", "hesinkar", "nanpêj", "sêv", "hinar", "tirî", "baran", "ewr", "zozan", "gulîstan", "şilêr", "dergûş"),
    "wo": ("biddiw", "asamaan", "géej", "dugub", "ceeb", "mburu", "tëgg", "ràbb", "garab", "xorom", "naaj", "ndox", "suuf", "laax", "thiakry", "niebe"),
}  # fmt: skip

MIMESIS_LOCALES: tuple[str, ...] = ("ru", "uk", "kk", "el", "fa", "ar-sa", "ar-ma", "ar-om", "ar-tn", "ar-ye")

_CYR = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "io", "ж": "j", "з": "z", "и": "i",
    "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "tch", "ш": "x", "щ": "xtch", "ъ": "", "ы": "y",
    "ь": "", "э": "e", "ю": "iu", "я": "ia", "і": "i", "ї": "ii", "є": "ie", "ґ": "g", "ә": "a",
    "ғ": "gh", "қ": "q", "ң": "ng", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "'": "", "’": "",
}  # fmt: skip
_GREEK_PAIRS = {"ου": "u", "αι": "e", "ει": "i", "οι": "i", "γγ": "ng", "γκ": "g", "αυ": "av", "ευ": "ev"}
_GREEK = {
    "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "t", "ι": "i", "κ": "k",
    "λ": "l", "μ": "m", "ν": "n", "ξ": "ks", "ο": "o", "π": "p", "ρ": "r", "σ": "s", "ς": "s", "τ": "t",
    "υ": "i", "φ": "f", "χ": "kh", "ψ": "ps", "ω": "o",
}  # fmt: skip
_ARABIC = {
    "ا": "a", "آ": "a", "أ": "a", "إ": "i", "ب": "b", "پ": "p", "ت": "t", "ث": "s", "ج": "dj", "چ": "tch",
    "ح": "h", "خ": "kh", "د": "d", "ذ": "z", "ر": "r", "ز": "z", "ژ": "j", "س": "s", "ش": "x", "ص": "s",
    "ض": "d", "ط": "t", "ظ": "z", "ع": "", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ک": "k", "گ": "g",
    "ل": "l", "م": "m", "ن": "n", "ه": "h", "و": "u", "ي": "i", "ی": "i", "ة": "a", "ى": "a", "ء": "",
    "ئ": "i", "ؤ": "u",
}  # fmt: skip
_VOWELS = set("aeiouy")


def _romanise_cyrillic(word: str, locale: str) -> str:
    out = []
    low = word.lower()
    for i, ch in enumerate(low):
        if locale == "uk" and ch == "г":
            out.append("h")
        elif locale == "uk" and ch == "и":
            out.append("y")
        elif (
            ch == "с" and 0 < i < len(low) - 1 and low[i - 1] in "аеиоуыэюяіє" and low[i + 1] in "аеиоуыэюяіє"
        ):
            out.append("ss")
        else:
            out.append(_CYR.get(ch, "?"))
    return "".join(out)


def _romanise_greek(word: str) -> str:
    low = "".join(c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(c))
    out, i = [], 0
    if low.startswith("μπ"):
        out.append("b")
        i = 2
    elif low.startswith("ντ"):
        out.append("d")
        i = 2
    while i < len(low):
        pair = low[i : i + 2]
        if pair in _GREEK_PAIRS:
            out.append(_GREEK_PAIRS[pair])
            i += 2
            continue
        out.append(_GREEK.get(low[i], "?"))
        i += 1
    return "".join(out)


def _romanise_arabic(word: str) -> str:
    word = word.replace("\u200c", "")
    if word.startswith("ال") and len(word) > 3:
        word = word[2:]
    parts: list[str] = []
    for i, ch in enumerate(word):
        if ch in "وي" and i == 0:
            parts.append("v" if ch == "و" else "y")
        elif ch in _ARABIC:
            parts.append(_ARABIC[ch])
        elif unicodedata.category(ch) == "Mn":
            continue
        else:
            parts.append("?")
    out = ""
    clusters = 0
    for part in (p for p in parts if p):
        if out and out[-1] not in _VOWELS and part[0] not in _VOWELS:
            out += "a" if clusters == 0 else "e"
            clusters += 1
        out += part
    return out


def romanise(word: str, locale: str) -> str:
    """One mimesis name in Portuguese usage (lower case; ``?`` marks a letter with no mapping)."""
    if locale in {"ru", "uk", "kk"}:
        return _romanise_cyrillic(word, locale)
    if locale == "el":
        return _romanise_greek(word)
    return _romanise_arabic(word)


# --- fixed vocabularies (templates, products, companies, statuses, headers) ---------------------------

GENRES: dict[str, tuple[str, str, str]] = {
    "en": ("oyster_gate_sales", "drone_survey_jobs", "parkrun_volunteers_chat"),
    "de": ("hofladen_eierabo", "kletterwald_gruppen", "eisstock_chat"),
    "fr": ("poissonnerie_ambulante", "permis_bateau_stages", "cyclotourisme_chat"),
    "es": ("churreria_pedidos", "taller_bordado", "banda_cornetas_chat"),
    "it": ("forno_legna_pane", "trasporto_animali", "fantacalcio_chat"),
    "nl": ("mosselkwekerij_verkoop", "gastouderbureau", "sjoelclub_chat"),
    "pl": ("wedzarnia_ryb", "dom_weselny_rezerwacje", "nordic_walking_chat"),
    "pt": ("padaria_bolo_rei", "lavandaria_self_service", "karate_pais_chat"),
}
ROOTS = {"en": "survey", "de": "gruppe", "fr": "stage", "es": "bordado", "it": "viaggio", "nl": "opvang", "pl": "przyjecie", "pt": "lavagem"}  # fmt: skip

PRODUCTS: dict[str, tuple[str, ...]] = {
    "en": ("Rock oysters dozen", "Pacific No.2 box", "Whitstable shucking knife", "Orthomosaic Basic", "Roof scan Plus", "Lidar pack Margaret", "Oyster tray Victoria", "Thermal flight Dover"),
    "de": ("Eierabo Klara 10er", "Freiland-Eier Größe L", "Nudeln Hofglück", "Parcours Sonne", "Gruppenticket Wald", "Klettergurt Greta", "Honig Bamberg 500 g", "Eierlikör Oma Hilde"),
    "fr": ("Plateau Marie-Galante", "Bar de ligne 1 kg", "Sardines de Douarnenez", "Stage côtier Option", "Permis hauturier", "Livret Étienne", "Moules de bouchot", "Soupe Bretonne 1 L"),
    "es": ("Churros Carmela docena", "Porras de Madrid", "Chocolate Valor taza", "Parche bordado Lucía", "Toalla bordada Sevilla", "Babero Rocío", "Kit bordado Toledo", "Chocolate espeso 1 L"),
    "it": ("Pagnotta Altamura 1 kg", "Filone Giulia", "Focaccia Recco", "Trasportino Bologna M", "Viaggio cane Rex", "Box gatto Matilde", "Ciabatta di Como", "Grissini Torino"),
    "nl": ("Zeeuwse mosselen 2 kg", "Oesters Yerseke", "Mosselpan Marieke", "Gastouder pakket Plus", "Opvanguren Flex", "Lunchbox Sanne", "Mosselsaus Gouda", "Kreeft Oosterschelde"),
    "pl": ("Pstrąg wędzony Zosia", "Makrela Hel", "Szprotki Gdańsk", "Pakiet Złoty Bankiet", "Tort Jadwiga", "Sala Kraków Duża", "Węgorz wędzony 1 kg", "Pakiet Wesele Basia"),
    "pt": ("Bolo-rei Beatriz", "Bolo-rainha Coimbra", "Pão de Mafra", "Lavagem Edredão XL", "Secagem Rápida 20 min", "Cesto Leonor", "Broa de Avintes", "Ficha Lavagem 8 kg"),
}  # fmt: skip
COMPANIES = {
    "en": ("Tidewater Shellfish Ltd", "Skyline Mapping Ltd"), "de": ("Hof Sonnleiten GbR", "Baumpfad GmbH"),
    "fr": ("Marée Vive SARL", "Cap Voile SAS"), "es": ("Churros La Esquina S.L.", "Hilo y Aguja S.L."),
    "it": ("Forno Antico s.n.c.", "PetVoyage S.r.l."), "nl": ("Mosselhandel Delta B.V.", "Kindhuis B.V."),
    "pl": ("Wędzarnia Pod Dębem sp. z o.o.", "Dwór Biesiada sp. j."), "pt": ("Padaria Central Lda.", "Lava Já Lda."),
}  # fmt: skip
STATUSES = {
    "en": ("paid", "on hold", "shipped"), "de": ("bezahlt", "offen", "abgeholt"), "fr": ("réglé", "en attente", "livré"),
    "es": ("pagado", "pendiente", "entregado"), "it": ("pagato", "in sospeso", "consegnato"),
    "nl": ("betaald", "open", "opgehaald"), "pl": ("opłacone", "w toku", "odebrane"), "pt": ("pago", "pendente", "entregue"),
}  # fmt: skip
CURRENCY = {"en": "£", "pl": "zł"}

#: Business sentence, shape templates, contact phrases per language ({a}/{b} people).
BIZ = {
    "en": "Order {ord}: {qty} x {prod}, {amt}, {st} ({co}), due {date}.",
    "de": "Auftrag {ord}: {qty} x {prod}, {amt}, {st} ({co}), fällig {date}.",
    "fr": "Commande {ord} : {qty} x {prod}, {amt}, {st} ({co}), pour le {date}.",
    "es": "Pedido {ord}: {qty} x {prod}, {amt}, {st} ({co}), para el {date}.",
    "it": "Ordine {ord}: {qty} x {prod}, {amt}, {st} ({co}), entro il {date}.",
    "nl": "Bestelling {ord}: {qty} x {prod}, {amt}, {st} ({co}), uiterlijk {date}.",
    "pl": "Zamówienie {ord}: {qty} x {prod}, {amt}, {st} ({co}), termin {date}.",
    "pt": "Encomenda {ord}: {qty} x {prod}, {amt}, {st} ({co}), até {date}.",
}
EXTRA = {
    "en": ("SKU {sku}.", "App {ver}.", "Tracking {trk}."), "de": ("Artikel {sku}.", "App {ver}.", "Sendung {trk}."),
    "fr": ("Réf. {sku}.", "Appli {ver}.", "Colis {trk}."), "es": ("Ref. {sku}.", "App {ver}.", "Envío {trk}."),
    "it": ("Cod. {sku}.", "App {ver}.", "Spedizione {trk}."), "nl": ("Art. {sku}.", "App {ver}.", "Zending {trk}."),
    "pl": ("Indeks {sku}.", "Aplikacja {ver}.", "Przesyłka {trk}."), "pt": ("Ref. {sku}.", "App {ver}.", "Envio {trk}."),
}  # fmt: skip
SHAPES: dict[str, dict[str, str]] = {
    "en": {
        "sentence_start": "{a} rang back about the crates.", "agent": "Picked up by {a} at the jetty.",
        "pair": "{a} and {b} split the load.", "honorific": "Mrs {a} wants it left by the shed.",
        "file_path": "Photo saved as scans/2025/{a}_before.jpg.", "phone_owner": "Second number {ph} ({a}).",
        "tick": "Deposit: {a} ✓ {b} ✗", "hashtag": "#{a} keeps asking for the early slot.",
        "tilde": "Left the receipt under the mat ~{a}", "via": "New customer (via {a}).",
    },
    "de": {
        "sentence_start": "{a} hat wegen der Kisten zurückgerufen.", "agent": "Abgeholt durch {a} am Tor.",
        "pair": "{a} und {b} teilen sich die Lieferung.", "honorific": "Frau {a} möchte es am Schuppen.",
        "file_path": "Foto unter belege/2025/{a}_vorher.jpg abgelegt.", "phone_owner": "Zweitnummer {ph} ({a}).",
        "tick": "Anzahlung: {a} ✓ {b} ✗", "hashtag": "#{a} will wieder den frühen Termin.",
        "tilde": "Quittung liegt unter der Matte ~{a}", "via": "Neukunde (über {a}).",
    },
    "fr": {
        "sentence_start": "{a} a rappelé pour les caisses.", "agent": "Récupéré par {a} au ponton.",
        "pair": "{a} et {b} se partagent le lot.", "honorific": "Mme {a} veut qu'on le laisse au cabanon.",
        "file_path": "Photo rangée dans scans/2025/{a}_avant.jpg.", "phone_owner": "Autre numéro {ph} ({a}).",
        "tick": "Acompte : {a} ✓ {b} ✗", "hashtag": "#{a} redemande le créneau du matin.",
        "tilde": "Reçu glissé sous le paillasson ~{a}", "via": "Nouveau client (par {a}).",
    },
    "es": {
        "sentence_start": "{a} volvió a llamar por las cajas.", "agent": "Recogido por {a} en la puerta.",
        "pair": "{a} y {b} se reparten el lote.", "honorific": "La Sra. {a} lo quiere junto al cobertizo.",
        "file_path": "Foto guardada en fotos/2025/{a}_antes.jpg.", "phone_owner": "Otro número {ph} ({a}).",
        "tick": "Señal: {a} ✓ {b} ✗", "hashtag": "#{a} sigue pidiendo el turno temprano.",
        "tilde": "Dejé el recibo bajo el felpudo ~{a}", "via": "Cliente nuevo (vía {a}).",
    },
    "it": {
        "sentence_start": "{a} ha richiamato per le cassette.", "agent": "Ritirato da {a} al cancello.",
        "pair": "{a} e {b} dividono il carico.", "honorific": "La sig.ra {a} lo vuole vicino al capanno.",
        "file_path": "Foto salvata in foto/2025/{a}_prima.jpg.", "phone_owner": "Altro numero {ph} ({a}).",
        "tick": "Caparra: {a} ✓ {b} ✗", "hashtag": "#{a} chiede ancora il primo turno.",
        "tilde": "Ricevuta sotto lo zerbino ~{a}", "via": "Cliente nuovo (tramite {a}).",
    },
    "nl": {
        "sentence_start": "{a} belde terug over de kratten.", "agent": "Opgehaald door {a} bij het hek.",
        "pair": "{a} en {b} delen de vracht.", "honorific": "Mevrouw {a} wil het bij de schuur.",
        "file_path": "Foto opgeslagen als scans/2025/{a}_voor.jpg.", "phone_owner": "Tweede nummer {ph} ({a}).",
        "tick": "Aanbetaling: {a} ✓ {b} ✗", "hashtag": "#{a} vraagt weer om het vroege blok.",
        "tilde": "Bonnetje ligt onder de mat ~{a}", "via": "Nieuwe klant (via {a}).",
    },
    "pl": {
        "sentence_start": "{a} oddzwonił w sprawie skrzynek.", "agent": "Odebrane przez {a} przy bramie.",
        "pair": "{a} i {b} dzielą się dostawą.", "honorific": "Pani {a} prosi zostawić przy szopie.",
        "file_path": "Zdjęcie w skany/2025/{a}_przed.jpg.", "phone_owner": "Drugi numer {ph} ({a}).",
        "tick": "Zaliczka: {a} ✓ {b} ✗", "hashtag": "#{a} znowu chce porannej godziny.",
        "tilde": "Paragon leży pod wycieraczką ~{a}", "via": "Nowy klient (przez {a}).",
    },
    "pt": {
        "sentence_start": "{a} voltou a ligar por causa das caixas.", "agent": "Levantado por {a} no portão.",
        "pair": "{a} e {b} dividem a carga.", "honorific": "A D. {a} quer junto ao barracão.",
        "file_path": "Foto guardada em fotos/2025/{a}_antes.jpg.", "phone_owner": "Outro número {ph} ({a}).",
        "tick": "Sinal: {a} ✓ {b} ✗", "hashtag": "#{a} continua a pedir o primeiro turno.",
        "tilde": "Deixei o talão debaixo do tapete ~{a}", "via": "Cliente novo (via {a}).",
    },
}  # fmt: skip
CONTACT: dict[str, tuple[str, str, str, str]] = {
    "en": ("Call {ph} or mail {em}.", "Deliver to {street}, {city} {pc}.", "DOB {dob}, NI {nid}.", "Refund to {iban}."),
    "de": ("Tel. {ph}, Mail {em}.", "Lieferung an {street}, {pc} {city}.", "Geb. {dob}, Ausweis {nid}.", "Erstattung auf {iban}."),
    "fr": ("Tél. {ph}, courriel {em}.", "Livrer au {street}, {pc} {city}.", "Né(e) le {dob}, n° {nid}.", "Remboursement sur {iban}."),
    "es": ("Tel. {ph}, correo {em}.", "Entregar en {street}, {pc} {city}.", "Nacido/a el {dob}, DNI {nid}.", "Devolución a {iban}."),
    "it": ("Tel. {ph}, mail {em}.", "Consegna in {street}, {pc} {city}.", "Nato/a il {dob}, CF {nid}.", "Rimborso su {iban}."),
    "nl": ("Tel. {ph}, mail {em}.", "Bezorgen op {street}, {pc} {city}.", "Geb. {dob}, BSN {nid}.", "Terugbetalen op {iban}."),
    "pl": ("Tel. {ph}, mail {em}.", "Dostawa: {street}, {pc} {city}.", "Ur. {dob}, PESEL {nid}.", "Zwrot na {iban}."),
    "pt": ("Tel. {ph}, email {em}.", "Entregar em {street}, {pc} {city}.", "Nasc. {dob}, NIF {nid}.", "Reembolso para {iban}."),
}  # fmt: skip
CHAT = {
    "en": ("hi {a}, can you bring the {prod} on saturday?", "@{a} marshal point 4 is yours", "thanks {a}!! order {ord} sorted"),
    "de": ("servus {a}, bringst du {prod} mit?", "@{a} du hast die bahn 2", "danke {a}! auftrag {ord} passt"),
    "fr": ("salut {a}, tu ramènes {prod} dimanche ?", "@{a} tu prends le ravito du km 40", "merci {a} ! commande {ord} ok"),
    "es": ("hola {a}, ¿traes {prod} el sábado?", "@{a} te toca la corneta segunda", "gracias {a}! pedido {ord} listo"),
    "it": ("ciao {a}, porti tu {prod} sabato?", "@{a} ti tocca l'asta del portiere", "grazie {a}! ordine {ord} fatto"),
    "nl": ("hoi {a}, neem jij {prod} mee?", "@{a} jij telt vanavond de schijven", "dank je {a}! bestelling {ord} klopt"),
    "pl": ("cześć {a}, weźmiesz {prod} w sobotę?", "@{a} prowadzisz rozgrzewkę", "dzięki {a}! zamówienie {ord} ok"),
    "pt": ("olá {a}, trazes {prod} no sábado?", "@{a} ficas com o grupo dos pequenos", "obrigado {a}! encomenda {ord} feita"),
}  # fmt: skip
CHAT_SLOTS = ("greeting", "mention", "thanks")
STREET = {"en": "{n} {r} Row", "de": "{r}weg {n}", "fr": "{n} rue {r}", "es": "Calle {r}, {n}", "it": "Via {r} {n}", "nl": "{r}laan {n}", "pl": "ul. {r} {n}", "pt": "Rua {r}, {n}"}  # fmt: skip
CITY_END = {"en": "ford", "de": "hausen", "fr": "ville", "es": "ejo", "it": "ano", "nl": "dorp", "pl": "owo", "pt": "elo"}  # fmt: skip
PLACE_SYLL = ("bra", "mol", "ten", "vis", "gar", "lon", "der", "sta", "fel", "rum", "kor", "pin")
MAIL = {"en": ("fastmail.co.uk",), "de": ("mailbox.org",), "fr": ("wanadoo.fr",), "es": ("ono.com",), "it": ("alice.it",), "nl": ("xs4all.nl",), "pl": ("poczta.fm",), "pt": ("clix.pt",)}  # fmt: skip
TABLE_HEADERS = (
    "hire_ref", "yard", "hirer", "groom", "horsebox", "days", "charge", "date", "status", "phone", "email", "iban",
    "id_document", "birth_date", "town", "notes", "Beleg", "Charge", "Imker", "Annahme", "Produkt", "Menge",
    "Betrag", "Datum", "Telefon", "Ausweis", "Geburtsdatum", "Ort", "Vermerk", "bon", "parc", "client",
    "ecailler", "produit", "qte", "montant", "statut", "telephone", "piece", "naissance", "ville", "remarque",
    "parte", "ruta", "titular", "tecnico", "producto", "cantidad", "importe", "fecha", "estado", "telefono",
    "correo", "documento", "nacimiento", "municipio", "observaciones", "umowa", "plac", "najemca", "wydal",
    "przyczepa", "ilosc", "kwota", "data", "telefon", "dowod", "urodzony", "miejscowosc", "uwagi",
    "Mail", "e-mail", "courriel", "IBAN",
)  # fmt: skip


def template_words() -> set[str]:
    """Every word of this module's fixed text (names drawn for people must avoid them)."""
    out: set[str] = set()
    groups: list[Iterable[str]] = [TABLE_HEADERS, PLACE_SYLL]
    for table in (PRODUCTS, COMPANIES, STATUSES, EXTRA, CONTACT, CHAT, GENRES):
        groups.extend(table.values())
    groups.extend(BIZ.values() for _ in [0])
    groups.extend(list(s.values()) for s in SHAPES.values())
    groups.append(list(ROOTS.values()) + list(STREET.values()) + list(CITY_END.values()))
    groups.append(
        ["ticket", "route", "notes", "scans", "fotos", "before", "Ms", "Mr", "Mrs", "Frau", "Mme", "Sra"]
    )
    for group in groups:
        for value in group:
            out.update(sources.words_of(value))
    return out


# --- name pools -------------------------------------------------------------------------------------------


def _common(word: str) -> bool:
    from wordfreq import zipf_frequency

    return max(zipf_frequency(word, lang) for lang in LANGS) >= 3


@lru_cache(maxsize=1)
def _banned() -> frozenset[str]:
    return frozenset(
        set(sources.faker_person_words()) | set(sources.mimesis_person_words()) | template_words()
    )


def _ok(word: str) -> bool:
    if not re.fullmatch(r"[^\W\d_]{3,}", word):
        return False
    folded = sources.fold_ascii(word)
    banned = _banned()
    if {word.casefold(), folded} & banned or len(folded) < 3:
        return False
    if not (sources.usable(word) and sources.usable(word.upper()) and sources.usable(folded)):
        return False
    return not _common(word) and not _common(folded)


def _invented_words(style: str, rng: random.Random, count: int) -> list[str]:
    syllables, endings = STYLES[style]
    found: list[str] = []
    seen: set[str] = set()
    for _ in range(count * 30):
        word = "".join(rng.choice(syllables) for _ in range(rng.randint(1, 2))) + rng.choice(endings)
        word = word.capitalize()
        if word in seen:
            continue
        seen.add(word)
        if _ok(word):
            found.append(word)
            if len(found) >= count:
                break
    return found


def _mimesis_words(locale: str, key: str) -> list[str]:
    data = sources._dataset(locale, "person")
    raw = [*sources._by_gender(data.get(key), "female"), *sources._by_gender(data.get(key), "male")]
    out: set[str] = set()
    for value in raw:
        if " " in value.strip() or "-" in value:
            continue
        roman = romanise(value.strip(), locale)
        if re.fullmatch(r"[a-z]{3,12}", roman) and _ok(roman.capitalize()):
            out.add(roman.capitalize())
    return sorted(out)


@dataclass(frozen=True)
class Person:
    given: str
    surname: str
    tags: tuple[str, ...]


@lru_cache(maxsize=1)
def name_pools() -> dict[str, list[tuple[list[str], list[str], str]]]:
    """Per group: (given names, surnames, source tag) lists, built once with a fixed seed."""
    rng = random.Random(17_017)
    pools: dict[str, list[tuple[list[str], list[str], str]]] = {"invented": [], "mimesis": [], "wordlike": []}
    places = place_words()
    for style in STYLES:
        words = [w for w in _invented_words(style, rng, 80) if w.casefold() not in places]
        half = len(words) // 2
        if half >= 5:
            pools["invented"].append((words[:half], words[half:], f"style:{style}"))
    for locale in MIMESIS_LOCALES:
        given = [w for w in _mimesis_words(locale, "names") if w.casefold() not in places]
        family = [w for w in _mimesis_words(locale, "surnames") if w.casefold() not in places]
        if len(given) >= 5 and len(family) >= 5:
            pools["mimesis"].append((given, family, f"locale:{locale}"))
    for src, entries in WORDLIKE.items():
        ok = [w.capitalize() for w in entries if _ok(w.capitalize()) and w.casefold() not in places]
        if len(ok) >= 4:
            pools["wordlike"].append((ok, ok, f"wordsrc:{src}"))
    return pools


@lru_cache(maxsize=1)
def place_words() -> frozenset[str]:
    """Invented place roots (fixed seed), kept apart from the name pools."""
    rng = random.Random(1_717)
    out: set[str] = set()
    for _ in range(400):
        word = "".join(rng.choice(PLACE_SYLL) for _ in range(2))
        if sources.usable(word) and not _common(word) and word not in template_words():
            out.add(word)
    return frozenset(sorted(out)[:120])


def draw_person(rng: random.Random) -> Person:
    roll = rng.random()
    group = "invented" if roll < 0.4 else "mimesis" if roll < 0.8 else "wordlike"
    given, family, source = rng.choice(name_pools()[group])
    first = rng.choice(given)
    last = rng.choice([w for w in family if w != first] or family)
    return Person(first, last, (group, source))


# --- values -----------------------------------------------------------------------------------------------


def case_tag(value: str) -> str:
    if value == value.lower():
        return "lower"
    if value == value.upper():
        return "upper"
    return "title"


class Maker:
    """Draws the values of one generation run from its seeded ``random.Random``."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.cities: dict[str, list[str]] = {}

    def digits(self, n: int) -> str:
        return str(self.rng.randint(1, 9)) + "".join(self.rng.choice(string.digits) for _ in range(n - 1))

    def order(self) -> str:
        r = self.rng
        return r.choice(
            [f"#{self.digits(5)}", f"OB{self.digits(6)}", f"{r.randint(2024, 2025)}/{self.digits(4)}"]
        )

    def sku(self) -> str:
        r = self.rng
        return f"{r.choice(string.ascii_uppercase)}{r.choice(string.ascii_uppercase)}-{r.randint(100, 999)}-{r.choice(['S', 'M', 'XL'])}"

    def version(self) -> str:
        return f"v{self.rng.randint(1, 9)}.{self.rng.randint(0, 19)}.{self.rng.randint(0, 9)}"

    def tracking(self) -> str:
        return f"JV{self.digits(9)}{self.rng.choice(['GB', 'DE', 'PL', 'PT'])}"

    def case(self) -> str:
        return f"CS-{self.digits(6)}"

    def amount(self, lang: str) -> str:
        whole, cents = self.rng.randint(4, 1800), self.rng.randrange(100)
        if lang == "en":
            return f"£{whole}.{cents:02d}"
        if lang == "pl":
            return f"{whole},{cents:02d} zł"
        if lang == "nl":
            return f"€ {whole},{cents:02d}"
        return f"{whole},{cents:02d} €"

    def moment(self) -> dt.datetime:
        return dt.datetime(2024, 3, 1, 6, 0, tzinfo=dt.UTC) + dt.timedelta(
            minutes=self.rng.randrange(60 * 24 * 600)
        )

    def timestamp(self) -> str:
        return f"{self.moment():%Y-%m-%d %H:%M}"

    def date(self, lang: str) -> str:
        d = self.moment().date()
        return {
            "de": f"{d:%d.%m.%Y}",
            "pl": f"{d:%d.%m.%Y}",
            "nl": f"{d:%d-%m-%Y}",
            "en": f"{d:%d/%m/%Y}",
        }.get(lang, f"{d:%d/%m/%Y}")

    def dob(self, lang: str) -> str:
        d = dt.date(1942, 1, 1) + dt.timedelta(days=self.rng.randrange(365 * 62))
        return f"{d:%d.%m.%Y}" if lang in {"de", "pl"} else f"{d:%d/%m/%Y}"

    def phone(self, lang: str) -> str:
        return sources.phone(random.Random(self.rng.random()), COUNTRY[lang])[0]

    def iban(self, lang: str) -> str:
        return sources.iban(random.Random(self.rng.random()), COUNTRY[lang])[0]

    def national_id(self, lang: str) -> str:
        found = sources.national_id(random.Random(self.rng.random()), COUNTRY[lang])
        if found is not None:
            return found[0]
        r = self.rng
        prefix = r.choice("ABCEHJKLMNPRSTWXYZ") + r.choice("ABCEHJKLMNPRSTWXYZ")
        return f"{prefix} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.choice('ABCD')}"

    def email(self, person: Person, lang: str) -> str:
        g, s = sources.fold_ascii(person.given)[:2], sources.fold_ascii(person.surname)[:2]
        local = self.rng.choice(
            [f"{g}.{s}{self.rng.randint(1, 99)}", f"{s}{g}{self.rng.randint(1950, 2006)}"]
        )
        return f"{local}@{MAIL[lang][0]}"

    def city(self, lang: str) -> str:
        if lang not in self.cities:
            roots = sorted(place_words())
            self.cities[lang] = [
                c for c in (r.capitalize() + CITY_END[lang] for r in roots) if sources.usable(c)
            ]
        return self.rng.choice(self.cities[lang])

    def street(self, lang: str) -> str:
        root = self.rng.choice(sorted(place_words())).capitalize()
        return STREET[lang].format(n=self.rng.randint(1, 180), r=root)


class Planter:
    """Collects the planted values of one record."""

    def __init__(self, lang: str, field: str = "text") -> None:
        self.lang = lang
        self.field = field
        self.items: list[Planted] = []

    def util(self, kind: str, value: str, field: str | None = None) -> str:
        self.items.append(Planted(f"utility:{kind}", value, field or self.field, [f"lang:{self.lang}"]))
        return value

    def pii(self, entity: str, value: str, field: str | None = None) -> str:
        self.items.append(Planted(entity, value, field or self.field, [f"lang:{self.lang}"]))
        return value

    def person(
        self, person: Person, value: str, *slots: str, field: str | None = None, canary: bool = False
    ) -> str:
        tags = [f"lang:{self.lang}", case_tag(value), *person.tags, *slots]
        if canary:
            tags.append("canary")
        self.items.append(Planted("PERSON", value, field or self.field, tags))
        return value


def mention(rng: random.Random, p: Person) -> tuple[str, str]:
    """A way of writing a person in running text: (value, form tag)."""
    roll = rng.random()
    if roll < 0.55:
        value = f"{p.given} {p.surname}"
        pick = rng.random()
        return (value.upper() if pick < 0.15 else value.lower() if pick < 0.3 else value), "full"
    if roll < 0.67:
        return p.given.lower(), "given_only"
    if roll < 0.79:
        return p.surname.upper(), "surname_only"
    if roll < 0.9:
        return f"{p.surname} {p.given[0]}.", "surname_initial"
    return f"{p.given} {p.surname[0]}.", "given_initial"


# --- text files -------------------------------------------------------------------------------------------

SHAPE_ORDER = (*NEW_SHAPES, "sentence_start", "agent", "pair", "honorific")


def _shape_sentence(
    lang: str, shape: str, plant: Planter, mk: Maker, people: Callable[[], Person], main: Person, canary: bool
) -> str:
    rng = mk.rng
    template = SHAPES[lang][shape]
    a, b = main, people()
    if shape == "file_path":
        va, form = f"{a.given}_{a.surname}", "full"
    elif shape == "hashtag":
        va, form = a.given.lower(), "given_only"
    elif shape == "honorific":
        va, form = a.surname, "surname_only"
    else:
        va, form = mention(rng, a)
    values: dict[str, str] = {}
    if shape == "phone_owner":
        values["ph"] = plant.pii("PHONE_NUMBER", mk.phone(lang))
    values["a"] = plant.person(a, va, shape, form, canary=canary)
    if "{b}" in template:
        vb, form_b = mention(rng, b)
        values["b"] = plant.person(b, vb, shape, form_b)
    return template.format(**values)


def _contact(lang: str, plant: Planter, mk: Maker, who: Person, index: int) -> str:
    template = CONTACT[lang][index % 4]
    if index % 4 == 0:
        return template.format(
            ph=plant.pii("PHONE_NUMBER", mk.phone(lang)), em=plant.pii("EMAIL_ADDRESS", mk.email(who, lang))
        )
    if index % 4 == 1:
        street = plant.pii("STREET_ADDRESS", mk.street(lang))
        city = plant.pii("CITY", mk.city(lang))
        pc = plant.pii("POSTCODE", sources.postcode(random.Random(mk.rng.random()), COUNTRY[lang]))
        return template.format(street=street, city=city, pc=pc)
    if index % 4 == 2:
        return template.format(
            dob=plant.pii("DATE_OF_BIRTH", mk.dob(lang)), nid=plant.pii("NATIONAL_ID", mk.national_id(lang))
        )
    return template.format(iban=plant.pii("IBAN_CODE", mk.iban(lang)))


def _business(lang: str, plant: Planter, mk: Maker, products: list[str], lower: bool = False) -> str:
    rng = mk.rng
    fix: Callable[[str], str] = str.lower if lower else str
    values = {
        "ord": plant.util("order_number", fix(mk.order())),
        "qty": plant.util("quantity", str(rng.randint(1, 24))),
        "prod": plant.util("product", fix(rng.choice(products))),
        "amt": plant.util("amount", mk.amount(lang)),
        "st": plant.util("status", rng.choice(STATUSES[lang])),
        "co": plant.util("company", fix(rng.choice(COMPANIES[lang]))),
        "date": plant.util("date", mk.date(lang)),
    }
    text = BIZ[lang].format(**values)
    roll = rng.random()
    extra = EXTRA[lang]
    if roll < 0.25:
        text += " " + extra[0].format(sku=plant.util("sku", mk.sku()))
    elif roll < 0.45:
        text += " " + extra[1].format(ver=plant.util("version", mk.version()))
    elif roll < 0.65:
        text += " " + extra[2].format(trk=plant.util("tracking_number", mk.tracking()))
    return text


def _sentences(
    lang: str, plant: Planter, mk: Maker, index: int, canaries: list[Person]
) -> tuple[list[str], bool]:
    main = draw_person(mk.rng)
    canary = mk.rng.random() < 0.012
    if canary:
        main = mk.rng.choice(canaries)
    out = []
    for k in range(4):
        shape = SHAPE_ORDER[(index * 4 + k) % len(SHAPE_ORDER)]
        who = main if k == 0 else draw_person(mk.rng)
        out.append(
            _shape_sentence(lang, shape, plant, mk, lambda: draw_person(mk.rng), who, canary and k == 0)
        )
    out.append(_contact(lang, plant, mk, main, index))
    return out, canary


def _voicemail_file(lang: str, out: Path, mk: Maker, n: int, canaries: list[Person]) -> FileSet:
    name = GENRES[lang][0]
    products = list(PRODUCTS[lang][: len(PRODUCTS[lang]) // 2 + 1])
    lines: list[str] = []
    records: list[list[Planted]] = []
    used: set[str] = set()
    for i in range(n):
        plant = Planter(lang)
        stamp = plant.util("timestamp", mk.timestamp())
        biz = _business(lang, plant, mk, products)
        sentences, canary = _sentences(lang, plant, mk, i, canaries)
        if canary:
            used.update(p.value for p in plant.items if "canary" in p.tags)
        secs = mk.rng.randint(8, 170)
        lines.append(f"VM-{i + 1:03d} {stamp} ({secs // 60}:{secs % 60:02d}) | {biz} {' '.join(sentences)}")
        records.append(plant.items)
    path = f"{name}.txt"
    (out / path).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return FileSet(name, path, "txt", "text", lang, records, canaries=_listed(canaries, used))


def _listed(canaries: list[Person], values: set[str]) -> list[str]:
    found = []
    for c in canaries:
        full = f"{c.given} {c.surname}"
        if any(c.given.casefold() in v.casefold() or c.surname.casefold() in v.casefold() for v in values):
            found.append(full)
    return found


def _jsonl_file(lang: str, out: Path, mk: Maker, n: int, canaries: list[Person]) -> FileSet:
    name, root = GENRES[lang][1], ROOTS[lang]
    products = list(PRODUCTS[lang][len(PRODUCTS[lang]) // 2 - 1 :])
    lines: list[str] = []
    records: list[list[Planted]] = []
    used: set[str] = set()
    for i in range(n):
        plant = Planter(lang, f"{root}.notes[].t")
        case = plant.util("case_number", mk.case(), f"{root}.id")
        stamp = plant.util("timestamp", mk.timestamp(), f"{root}.logged")
        sku = plant.util("sku", mk.sku(), f"{root}.items[].sku")
        biz = _business(lang, plant, mk, products)
        sentences, canary = _sentences(lang, plant, mk, i, canaries)
        contact = sentences.pop()
        reach = f"{root}.who.reach.line"
        _move_contact(plant, contact, reach)
        if canary:
            used.update(p.value for p in plant.items if "canary" in p.tags)
        body = {
            "id": case, "logged": stamp, "items": [{"sku": sku, "qty": mk.rng.randint(1, 9)}],
            "notes": [{"t": s} for s in [biz, *sentences]], "who": {"reach": {"line": contact}},
        }  # fmt: skip
        lines.append(json.dumps({root: body}, ensure_ascii=False))
        records.append(plant.items)
    path = f"{name}.jsonl"
    (out / path).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return FileSet(name, path, "jsonl", "text", lang, records, canaries=_listed(canaries, used))


def _move_contact(plant: Planter, contact: str, field: str) -> None:
    """Point the contact phrase's planted values (the last ones of the record) at its own field."""
    for p in reversed(plant.items):
        if p.entity == "PERSON" or p.is_utility:
            break
        if p.value in contact:
            p.field = field


def _chat_line(
    lang: str, plant: Planter, mk: Maker, index: int, speaker: Person, canary: bool
) -> tuple[str, str]:
    rng = mk.rng
    slot = CHAT_SLOTS[index % 3]
    other = draw_person(rng)
    value = other.given.lower() if rng.random() < 0.6 else f"{other.given} {other.surname}".lower()
    products = [p.lower() for p in PRODUCTS[lang]]
    values = {"a": plant.person(other, value, slot, "given_only" if " " not in value else "full")}
    if "{prod}" in CHAT[lang][index % 3]:
        values["prod"] = plant.util("product", rng.choice(products))
    elif "{ord}" in CHAT[lang][index % 3]:
        values["ord"] = plant.util("order_number", mk.order().lower())
    text = CHAT[lang][index % 3].format(**values)
    spoken = (
        f"{speaker.given} {speaker.surname}".lower()
        if rng.random() < 0.5 or canary
        else speaker.given.lower()
    )
    return spoken, text


def _chat_file(lang: str, out: Path, mk: Maker, n: int, canaries: list[Person]) -> FileSet:
    name = GENRES[lang][2]
    lines, records = [], []
    txt = lang in CHAT_TXT
    for i in range(n):
        canary = i == 0
        speaker = canaries[0] if canary else draw_person(mk.rng)
        plant = Planter(lang, "text" if txt else "msg.content")
        spoken, text = _chat_line(lang, plant, mk, i, speaker, canary)
        if txt:
            plant.person(speaker, spoken, "chat_speaker", canary=canary)
            lines.append(f"{spoken} » {text} · {mk.moment():%H:%M}")
        else:
            plant.person(speaker, spoken, "chat_speaker", field="msg.who.display", canary=canary)
            sent = plant.util("timestamp", mk.timestamp(), "msg.sent")
            reactors = [draw_person(mk.rng) for _ in range(mk.rng.randint(1, 2))]
            reactions = [
                {
                    "by": plant.person(
                        r, r.given.lower(), "reaction", "given_only", field="msg.reactions[].by"
                    ),
                    "e": "👍",
                }
                for r in reactors
            ]
            msg = {"who": {"display": spoken}, "sent": sent, "content": text, "reactions": reactions}
            lines.append(json.dumps({"msg": msg}, ensure_ascii=False))
        records.append(plant.items)
    path = f"{name}.{'txt' if txt else 'jsonl'}"
    (out / path).write_text("\n".join(lines) + "\n", encoding="utf-8")
    first = canaries[0]
    return FileSet(
        name,
        path,
        "txt" if txt else "jsonl",
        "text",
        lang,
        records,
        canaries=[f"{first.given} {first.surname}"],
    )


# --- tables -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TableSpec:
    name: str
    lang: str
    fmt: str
    columns: tuple[
        str, ...
    ]  # id, group, main, second, product, qty, amount, date, status, phone, email, iban, doc, dob, town, notes
    id_shape: Callable[[int], str]
    groups: tuple[str, ...]
    main: Callable[[Person], str]
    second: Callable[[Person], str]
    notes: str


TABLES: tuple[TableSpec, ...] = (
    TableSpec(
        "horsebox_hire", "en", "csv",
        ("hire_ref", "yard", "hirer", "groom", "horsebox", "days", "charge", "date", "status", "phone", "email", "iban", "id_document", "birth_date", "town", "notes"),
        lambda i: f"HB25-{i + 1:03d}", ("Top Yard", "Lower Yard", "Paddock 3"),
        lambda p: f"{p.surname} {p.given[0]}.", lambda p: f"{p.given} {p.surname[0]}.",
        "{a} took the 3.5t box, {b} checked the ramp.",
    ),
    TableSpec(
        "wachsumarbeitung", "de", "tsv",
        ("Beleg", "Charge", "Imker", "Annahme", "Produkt", "Menge", "Betrag", "Datum", "Status", "Telefon", "Mail", "IBAN", "Ausweis", "Geburtsdatum", "Ort", "Vermerk"),
        lambda i: f"WU/{i + 1:04d}", ("C-01", "C-02", "C-03", "C-04"),
        lambda p: f"{p.surname} {p.given}", lambda p: f"{p.given} {p.surname}".lower(),
        "{a} brachte Altwaben, angenommen von {b}.",
    ),
    TableSpec(
        "ostreiculture_ventes", "fr", "parquet",
        ("bon", "parc", "client", "ecailler", "produit", "qte", "montant", "date", "statut", "telephone", "courriel", "IBAN", "piece", "naissance", "ville", "remarque"),
        lambda i: str(i + 1), ("Parc Nord", "Parc Sud", "Claires"),
        lambda p: f"{p.surname.upper()} {p.given}", lambda p: f"{p.given[0]}.{p.surname}",
        "{a} a pris deux bourriches, ouvertes par {b}.",
    ),
    TableSpec(
        "mantenimiento_piscinas", "es", "csv",
        ("parte", "ruta", "titular", "tecnico", "producto", "cantidad", "importe", "fecha", "estado", "telefono", "correo", "IBAN", "documento", "nacimiento", "municipio", "observaciones"),
        lambda i: f"MP-{i + 1:04d}", ("Ruta Norte", "Ruta Costa", "Ruta Sierra"),
        lambda p: f"{p.given} {p.surname}", lambda p: p.given.upper(),
        "{a} pide revisar la bomba; visita de {b}.",
    ),
    TableSpec(
        "wypozyczalnia_przyczep", "pl", "tsv",
        ("umowa", "plac", "najemca", "wydal", "przyczepa", "ilosc", "kwota", "data", "status", "telefon", "email", "IBAN", "dowod", "urodzony", "miejscowosc", "uwagi"),
        lambda i: f"PR/{i + 1:04d}", ("Plac A", "Plac B"),
        lambda p: f"{p.surname} {p.given}".lower(), lambda p: f"{p.given} {p.surname[0]}.",
        "{a} oddał przyczepę, sprawdził {b}.",
    ),
)  # fmt: skip
TABLE_PRODUCTS = {
    "en": ("Ifor Williams 511", "Bateson Deauville", "Equi-Trek Sonic"), "de": ("Mittelwände DN", "Wachsblock 1 kg", "Kerzenwachs Rohling"),
    "fr": ("Fines de claire n°3", "Spéciales Gillardeau", "Huîtres plates n°2"), "es": ("Cloro lento 5 kg", "Robot Dolphin E20", "pH minus 8 kg"),
    "pl": ("Niewiadów B1300", "Brenderup 1205S", "Temared Boat 750"),
}  # fmt: skip


def _table_row(
    spec: TableSpec, mk: Maker, i: int, main: Person, canary: bool
) -> tuple[dict[str, Any], list[Planted]]:
    c = spec.columns
    lang = spec.lang
    plant = Planter(lang)
    second = draw_person(mk.rng)
    typed = spec.fmt == "parquet"
    row: dict[str, Any] = {}
    rid = plant.util("record_id", spec.id_shape(i), c[0])
    row[c[0]] = int(rid) if typed else rid
    row[c[1]] = plant.util("record_id", mk.rng.choice(spec.groups), c[1])
    row[c[2]] = plant.person(main, spec.main(main), "table_cell", field=c[2], canary=canary)
    row[c[3]] = plant.person(second, spec.second(second), "table_cell", field=c[3])
    row[c[4]] = plant.util("product", mk.rng.choice(TABLE_PRODUCTS[lang]), c[4])
    qty = mk.rng.randint(1, 40)
    row[c[5]] = qty if typed else plant.util("quantity", str(qty), c[5])
    if typed:
        plant.util("quantity", str(qty), c[5])
        amount = round(mk.rng.uniform(8, 900), 2)
        row[c[6]] = amount
        plant.util("amount", str(amount), c[6])
        day = mk.moment().date()
        row[c[7]] = day
        plant.util("date", day.isoformat(), c[7])
    else:
        row[c[6]] = plant.util("amount", mk.amount(lang), c[6])
        row[c[7]] = plant.util("date", mk.date(lang), c[7])
    row[c[8]] = plant.util("status", mk.rng.choice(STATUSES[lang]), c[8])
    row[c[9]] = plant.pii("PHONE_NUMBER", mk.phone(lang), c[9])
    row[c[10]] = plant.pii("EMAIL_ADDRESS", mk.email(main, lang), c[10])
    row[c[11]] = plant.pii("IBAN_CODE", mk.iban(lang), c[11]) if i % 3 == 0 else ""
    row[c[12]] = plant.pii("NATIONAL_ID", mk.national_id(lang), c[12])
    row[c[13]] = plant.pii("DATE_OF_BIRTH", mk.dob(lang), c[13])
    row[c[14]] = plant.pii("CITY", mk.city(lang), c[14])
    a = plant.person(main, f"{main.given} {main.surname}", "table_notes", "full", field=c[15], canary=canary)
    b = plant.person(second, f"{second.given} {second.surname}", "table_notes", "full", field=c[15])
    row[c[15]] = spec.notes.format(a=a, b=b)
    return row, plant.items


def _table_file(spec: TableSpec, out: Path, mk: Maker, n: int, canaries: list[Person]) -> FileSet:
    import pandas as pd

    rows, records = [], []
    for i in range(n):
        canary = i < 3
        main = canaries[i] if canary else draw_person(mk.rng)
        row, planted = _table_row(spec, mk, i, main, canary)
        rows.append(row)
        records.append(planted)
    frame = pd.DataFrame(rows, columns=list(spec.columns))
    path = f"{spec.name}.{spec.fmt}"
    if spec.fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        types = {
            spec.columns[0]: pa.int64(),
            spec.columns[5]: pa.int64(),
            spec.columns[6]: pa.float64(),
            spec.columns[7]: pa.date32(),
        }
        schema = pa.schema([(col, types.get(col, pa.string())) for col in spec.columns])
        pq.write_table(pa.Table.from_pandas(frame, schema=schema, preserve_index=False), out / path)
    else:
        frame.to_csv(
            out / path,
            index=False,
            sep="\t" if spec.fmt == "tsv" else ",",
            encoding="utf-8",
            lineterminator="\n",
        )
    return FileSet(
        spec.name, path, spec.fmt, "table", spec.lang, records,
        id_columns=list(spec.columns[:2]), canaries=[f"{c.given} {c.surname}" for c in canaries],
    )  # fmt: skip


# --- the set ----------------------------------------------------------------------------------------------


def _canaries(rng: random.Random) -> list[Person]:
    pools = name_pools()["invented"]
    found: list[Person] = []
    while len(found) < 3:
        given, family, source = pools[len(found) % len(pools)]
        person = Person(rng.choice(given), rng.choice(family), ("invented", source))
        if person.given != person.surname and person not in found:
            found.append(person)
    return found


def generate(out_dir: Path | str, scale: float = 1.0, seed: int = DEFAULT_SEED) -> list[FileSet]:
    """Write the set's files into ``out_dir`` and return their truth (text files first, then tables)."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    mk = Maker(rng)
    canaries = _canaries(random.Random(seed * 7 + 1))
    n_text = max(4, round(TEXT_RECORDS * scale))
    n_rows = max(6, round(TABLE_ROWS * scale))
    sets: list[FileSet] = []
    for lang in LANGS:
        sets.append(_voicemail_file(lang, out, mk, n_text, canaries))
        sets.append(_jsonl_file(lang, out, mk, n_text, canaries))
        sets.append(_chat_file(lang, out, mk, n_text, canaries))
    for spec in TABLES:
        sets.append(_table_file(spec, out, mk, n_rows, canaries))
    for file_set in sets:
        file_set.guided_fixes = True  # guided since its breakdown was read (see the card's Status)
    return sets


def summary(sets: list[FileSet]) -> dict[str, Any]:
    """Counts only (files, records, planted values by entity): never a value."""
    counts: Counter[str] = Counter(p.entity for s in sets for r in s.records for p in r)
    return {
        "files": len(sets),
        "records": sum(len(s.records) for s in sets),
        "planted": dict(sorted(counts.items())),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args()
    sets = generate(args.out, scale=args.scale, seed=args.seed)
    write_truth(sets, args.out / "truth.json")
    print(json.dumps(summary(sets), indent=2))


if __name__ == "__main__":
    main()
