"""Detection set "blind13" (held out until its breakdown was read; now guided): text in eight languages and five tables, written apart from the engine.

Data card
=========

Status
    Guided fixes since 2026-12-06 (the eighth session, begun on 2026-12-05): held out until then and
    measured once as the headline, with its peers, after the last change to detection then (64d385e:
    PERSON leak 13.28 % (text 14.93, tables 7.66), all personal 15.44 %, utility 98.34 %, 5 of 29
    files refused, no canary; see ``bench/README.md``); then its breakdown was read
    (``--blind-breakdown``) to fix what it showed, so every ``FileSet`` now has ``guided_fixes=True``
    and `blindset14` is the held-out set.

Who wrote it and what they read
    A separate author session, from a brief (2026-12-05, about forty-five minutes). It read:
    `bench.detection.format` (whole); in `bench.detection.sources` a ``grep`` of its ``def``/``class``/
    constant lines (names only) and the line ranges of ``words_of``/``mimesis_person_words``/``usable``/
    ``fold_ascii`` (59-121, which also showed ``_dataset``/``_by_gender``), ``postcode`` (515-539),
    ``phone`` (630-665, which also showed its ``MAIL_DOMAINS`` table, not used here) and
    ``IBAN_LENGTH``/``iban``/``national_id`` (683-764, which also showed a comment line of its
    product-name list, not used); the signatures of `anonymize.vocabulary.is_known_to_engine` and
    ``faker_person_words`` (through the brief's ``grep -A12``, which also shows the first lines of their
    bodies); the first 120 lines of `bench.bench_detection` and ``grep`` hits for "blind12" in it (to
    register the set); the shared set checks (``tests/bench/setchecks.py``); blind12's test (whole, as
    this test's model); the data cards (module docstrings only) of blind3 to blind12, to pick different
    genres, headers, name styles, romanisations, word sources and sentence shapes; the ``[tool.ruff]``
    and ``[tool.mypy]`` sections of ``pyproject.toml``; the list of mimesis locales, the keys and the first
    three given names and surnames of the ``person.json`` lists of ru, uk, kk, el, ko, fa, ar-sa, ar-jo
    and ar-kw (and, to see why the Arabic locales first gave no names, whether their given-name lists
    start alike and the romanised first eight surnames of ar-sa, ar-jo and ar-kw). It read
    no recognizer, cue list, pattern, profile or vocabulary list of the engine, no other benchmark set
    body and no engine or benchmark output, and it never ran the engine, ``bench.bench_detection`` or
    ``manage.py anonymize``. Besides the contact helpers it uses ``sources.words_of`` and
    ``sources._DATASETS`` (the mimesis data folder); ``sources.phone`` is cached on its arguments, so it is
    called with a fresh ``random.Random`` each time. It read the first lines of its own generated files
    to check them. Every sentence template, product, company, status, header, word list, syllable
    inventory and romanisation table here was written fresh for this module.

Text files (24, 95 records each at scale 1.0)
    Per language three files in genres no earlier card lists, TXT and JSONL mixed. A TXT record is one
    line: a heading with a ``utility:date`` and a ``utility:timestamp``, a business sentence (order
    number, product, amount, status, company), three sentences in the shapes below and one contact
    phrase (phone and e-mail, address, date of birth and national ID, or IBAN). JSONL records nest: the
    sentences in ``<root>.parts[].body``, the contact phrase three levels down
    (``<root>.client.card.line``), a case number (``<root>.ref``), a quantity (``<root>.qty``) and a
    timestamp (``<root>.at``); the roots are ``hire``, ``gruppe``, ``seance``, ``consulta``,
    ``percorso``, ``taxatie``, ``abonament``, ``assistencia``. One file per language is a lower-case
    chat of a community no earlier card lists (speaker before a colon in TXT, or a ``post.handle`` field
    in JSONL with, now and then, a ``replies[]`` list of ``handle``/``body`` objects; @mentions,
    nicknames, greetings, vocatives, sign-offs, hashtags).

    ===  ======================================  ============================================  ===============================
    en   community radio, playout log (txt)      village hall hire (jsonl)                     five-a-side league chat (txt)
    de   Kfz-Zulassungsdienst (txt)              Jugendherberge, Gruppenbuchungen (jsonl)      Tischtennisverein chat (jsonl)
    fr   brocante, dépôts-ventes (txt)           cabinet d'ostéopathie (jsonl)                 club de bridge chat (txt)
    es   almazara, entregas de aceituna (txt)    clínica de podología (jsonl)                  liga de dominó chat (jsonl)
    it   restauro mobili (txt)                   studio di logopedia (jsonl)                   comitato della sagra chat (txt)
    nl   bloemenveiling, aanvoer (txt)           taxatiebureau (jsonl)                         biljartclub chat (jsonl)
    pl   skup złomu (txt)                        catering dietetyczny (jsonl)                  klub gier planszowych chat (txt)
    pt   recolha de cortiça (txt)                reparação de eletrodomésticos (jsonl)         confraria gastronómica chat (jsonl)
    ===  ======================================  ============================================  ===============================

    New sentence shapes (slot tags), each in every language: names in attendance lines of minutes
    (``attendance``: "Present: X, Y and Z", "Anwesend: …", "Présents : …", "Obecni: …"), in rota lines
    (``rota``: "Mon X / Wed Y / Fri Z", "Mo X / Mi Y / Fr Z"…), on an envelope with its address
    (``envelope``: "Envelope reads: X · street, postcode city"), in hashtags (``hashtag``: "#Surname",
    "#given"), as two initials and a surname (``double_initial``: "K.M. Surname"), in file names
    (``filename``: "scan_Surname_Given_0412.pdf"), in URL slugs (``url_slug``:
    "https://…/team/given-surname") and in photo credits (``credit``: "Photo: X", "Foto: X",
    "Photo : X"). Also names at sentence start, after honorifics (not planted), as agents and in pairs;
    in chats as speakers, senders, @mentions, nicknames, greetings, vocatives, sign-offs and hashtags.
    A lone given name in lower case (``given_only``), a lone surname in capitals (``surname_only``) or
    "SURNAME, Given" (``reversed``) stands in for a full name in the person slots now and then.

Tables (5, 120 rows each at scale 1.0)
    ``radio_rota.csv`` (English: ``presenter`` "Given Surname", the unusual header ``cover`` in
    "Surname (Given)", ``mobile``, ``email``; IDs ``slot_id`` like "RV-0001" and repeating ``studio``),
    ``jugendherberge_gruppen.tsv`` (German: ``Gruppenleitung`` in "Surname, G.", ``Begleitung`` in
    "Given SURNAME", ``Geburtsdatum``, ``Strasse``, ``PLZ``, ``Ort``; IDs ``Buchungscode`` like
    "JH-25-A0001" and repeating ``Haus``), ``brocante_deposants.parquet`` (French, typed: int64 ``lot``
    and ``nb_objets``, float64 ``prix_depot``, date32 ``date_depot``, string columns: ``vendeur`` in
    lower-case "given surname", ``recu_par`` holding a lone surname; IDs ``lot`` (integers) and
    repeating ``stand``), ``almazara_entregas.csv`` (Spanish: ``socio`` in "SURNAME SURNAME, Given"
    with two surnames, ``tractorista`` holding a lone given name, ``dni``, ``iban``; IDs ``albaran``
    like "25-AL-0001" and repeating ``tolva``), ``skup_zlomu.tsv`` (Polish: ``dostawca`` "Given
    Surname", the two-person cell ``osoby_przy_wadze`` "Given Surname / Given Surname", ``pesel``,
    ``telefon``; IDs ``kwit`` like "KW 0001/2025" and repeating ``waga_nr``). Each has two record-ID
    columns (``id_columns``, one unique, one repeating), products (some built from first names and
    place words), amounts, dates, statuses and a notes column mentioning people (``notes``,
    ``Bemerkung``, ``remarques``, ``observaciones``, ``uwagi``: the row's main person by full name and
    one other person). About 30 % of rows are
    in another of the eight languages: their persons, notes, phones and ``lang:`` tags follow the row;
    IDs, products, amounts, dates and statuses keep the table's language.

Names
    The group is drawn first, so the shares hold: about 40 % **invented** from syllable inventories in
    twelve styles no earlier card lists (tags ``invented`` + ``style:<s>``): chewa, efik, kalenjin,
    yucatec, mohawk, evenki (ē, ū), udmurt (ö, š, ž, č), uyghur (ö, ü, é), balinese (ê), punjabi, odia,
    nivkh. About 40 % **mimesis** first names and surnames (tags ``mimesis`` + ``locale:<l>``); mimesis
    has no unused locale that passes the filters, so nine non-Latin locales are reused and romanised
    here by conventions no earlier card names for them: ``ru`` and ``kk`` in Dutch usage (oe, sj, zj,
    tsj, sjtsj, ch, j, ja/joe/je, -ij; Kazakh ә ғ қ ң ө ұ ү as ä gh k ng eu oe uu), ``uk`` in Swedish
    usage (sj, zj, tj, sjtj, ch, h for г, j, ja/ju/je/ji), ``el`` in Polish usage (w for β, ch for χ, j
    for γ before front vowels, i for η/υ/ει/οι, u for ου, e for αι, b/d initially for μπ/ντ), ``ko`` in
    Hungarian usage (sz, dzs, cs, ö for ㅓ, ü for ㅡ, j-glides, voicing inside a name, given names as
    one word) and ``fa``, ``ar-sa``, ``ar-jo``, ``ar-kw`` in Polish usage (sz, cz, dż, ż, ch, gh, k, w/u
    and j/i by position; the article dropped, ZWNJ compounds joined, ta marbuta as a, short vowels
    supplied as a at the start of a word, e in later clusters). Only names that romanise to one word are
    used. About 20 % **word-like** (``wordlike`` + ``wordsrc:<lang>``): surnames that are trade,
    landscape and food words of Lombard (lmo), Piedmontese (pms), Neapolitan (nap), Ligurian (lij),
    Lower Sorbian (dsb), Silesian (szl), Limburgish (li) and Mirandese (mwl), given names that are
    words of those languages for weather, light and stars.

    Filters. Invented and mimesis name words and nicknames: at least three letters, unknown to the
    engine (``is_known_to_engine``, also in capitals), absent (also ASCII-folded) from Faker's person
    words and from every mimesis person list, not a word of any template, key, product, company,
    status, header, street form or mail domain here, no word of an invented place, and wordfreq zipf < 3
    in all eight languages (word-like names too). E-mail local parts are two letters of the given name,
    a dot or underscore, two letters of the surname and digits (at fictitious ``.example`` domains), so
    they never hold a name word whole.

Places and contacts
    Streets and cities are invented per language from syllables and endings of this module ("-wold",
    "-hythe", "-brück", "-feld", "-ignac", "-oux", "-ares", "-ejo", "-ello", "-ino", "-woude", "-dam",
    "-owiec", "-ice", "-elas", "-ões"), in street forms "X Parade 5", "Xzeile 5", "5 ruelle X", "Pasaje X,
    5", "Contrada X 5", "Xhof 5", "ul. Xowa 5", "Rua do X, 5"; cities are vetted like names and kept
    apart from name words. Phones, IBANs, national IDs (DE IdNr, FR NIR, ES DNI, IT CF, NL BSN, PL PESEL,
    PT NIF; a UK National Insurance number built here) and postcodes come from the shared helpers.
    Dates of birth are ``DATE_OF_BIRTH``, other dates ``utility:date``.

Tags
    PERSON: ``lang:xx``; case ``title``/``lower``/``upper`` (from the planted form); group and origin
    (above); one slot tag (``attendance``, ``rota``, ``envelope``, ``hashtag``, ``double_initial``,
    ``filename``, ``url_slug``, ``credit``, ``sentence_start``, ``honorific``, ``agent``, ``pair``,
    ``greeting``, ``vocative``, ``signoff``, ``mention``, ``nickname``, ``chat_speaker``,
    ``sender_field``, ``table_cell``, ``table_notes``); ``given_only``, ``surname_only``, ``reversed``,
    ``initial`` and ``split_name`` on those forms; ``canary`` on canary people. Other personal values
    and every ``utility:<kind>`` value carry ``lang:xx``; phones their form, IBANs theirs, national IDs
    their kind.

Canaries
    Three invented people (chewa, evenki and nivkh styles): all three in every table (each the row's
    main person in two rows, in that table's form, and by full name in the notes), the first a member of
    every chat (lower case,
    full name as speaker), and each drawn for about 1 % of the person slots of the other text files
    (always by full name). ``canaries`` lists those that appear in a file.

Size (scale 1.0, seed 13713)
    24 text files x 95 records and 5 tables x 120 rows (2,880 records); 11,091 PERSON values (4,489
    invented = 40 %, 4,452 mimesis = 40 %, 2,150 word-like = 19 %), 5,487 other personal values (697
    phones, 480 e-mails, 509 IBANs, 618 national IDs, 895 streets, 895 postcodes, 895 cities, 498 dates
    of birth) and 16,000 business values (1,200 of them record IDs). ``scale`` multiplies the record
    counts (at least 10 text records and 30 table rows per file). Generation takes about two seconds
    once the engine's lists are loaded (about five from a cold start); ``summary()`` and
    ``python -m bench.detection.blindset13 --out DIR`` give the counts of a run (never the values).
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

from anonymize.vocabulary import faker_person_words, is_known_to_engine
from bench.detection import sources
from bench.detection.format import FileSet, Planted, name_tokens
from bench.detection.sources import fold_ascii, iban, mimesis_person_words, national_id, phone, postcode

DEFAULT_SEED = 13713
LANGS = ("en", "de", "fr", "es", "it", "nl", "pl", "pt")
TEXT_RECORDS = 95
TABLE_ROWS = 120
COUNTRY = {"en": "GB", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pl": "PL", "pt": "PT"}
COVERED_LOCALES = ("en", "en-gb", "de", "fr", "es", "it", "nl", "pl", "pt")
NEW_SHAPES = ("attendance", "rota", "envelope", "hashtag", "double_initial", "filename", "url_slug", "credit")
MAIL_DOMAINS = ("post.example", "inbox.example", "letters.example", "relay.example")
SITES = ("crew.example", "people.example", "staff.example")

# --- name sources ---------------------------------------------------------------------------------------

#: Syllable inventories: onsets, vowels, codas, syllables per given name, per surname, surname endings.
STYLES: dict[
    str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[int, int], tuple[str, ...]]
] = {
    "chewa": (
        ("ch", "mb", "nd", "ng", "kw", "ts", "ph", "th", "l", "m", "w", "z", "k", "t", "y"),
        ("a", "e", "i", "o", "u"),
        ("",),
        (3, 4),
        ("", "we", "ni"),
    ),
    "efik": (
        ("ek", "ed", "ok", "b", "d", "f", "k", "kp", "m", "n", "ny", "s", "t", "y"),
        ("a", "e", "i", "o", "u", "ọ"),
        ("", "", "n", "m"),
        (2, 3),
        ("", "ọn", "ette"),
    ),
    "kalenjin": (
        ("k", "ch", "r", "t", "s", "b", "l", "m", "ng", "y", "w", "j"),
        ("a", "e", "i", "o", "u"),
        ("", "", "p", "r", "t"),
        (2, 3),
        ("", "ei", "ut"),
    ),
    "yucatec": (
        ("ch", "tz", "x", "ts", "b", "p", "k", "m", "n", "l", "y", "w", "h"),
        ("a", "e", "i", "o", "u", "aa", "ii"),
        ("", "l", "n", "k", "b", "x"),
        (2, 3),
        ("", "ab", "um"),
    ),
    "mohawk": (
        ("k", "t", "r", "n", "s", "w", "h", "ts", "kar", "ien"),
        ("a", "e", "i", "o", "on", "en"),
        ("", "", "hs", "s", "k"),
        (3, 4),
        ("", "iio", "ake"),
    ),
    "evenki": (
        ("b", "d", "g", "h", "k", "m", "n", "s", "t", "ch", "dy", "ny", "ng"),
        ("a", "e", "i", "o", "u", "ē", "ū"),
        ("", "", "n", "r", "l", "k"),
        (2, 3),
        ("gir", "", "kan"),
    ),
    "udmurt": (
        ("b", "d", "dz", "ž", "č", "k", "l", "m", "n", "p", "š", "t", "v", "j"),
        ("a", "e", "i", "o", "u", "ö", "y"),
        ("", "", "n", "r", "l", "š"),
        (2, 3),
        ("", "ka", "yš"),
    ),
    "uyghur": (
        ("q", "gh", "x", "sh", "ch", "j", "z", "y", "t", "k", "m", "n", "r", "l", "b", "d"),
        ("a", "e", "i", "o", "u", "ö", "ü", "é"),
        ("", "", "n", "r", "l", "m", "t", "q"),
        (2, 3),
        ("", "jan", "güq"),
    ),
    "balinese": (
        ("b", "d", "g", "j", "k", "l", "m", "n", "ng", "ny", "p", "r", "s", "t", "w", "y"),
        ("a", "e", "i", "o", "u", "ê"),
        ("", "", "ng", "r", "h", "n", "k"),
        (2, 3),
        ("", "ra", "wati"),
    ),
    "punjabi": (
        ("bh", "dh", "gh", "jh", "kh", "ch", "j", "g", "h", "k", "m", "n", "p", "r", "s", "t", "v", "d"),
        ("a", "aa", "i", "ee", "u", "o", "ai"),
        ("", "", "n", "r", "p", "t", "l", "m"),
        (2, 3),
        ("", "preet", "vir"),
    ),
    "odia": (
        ("b", "bh", "ch", "d", "dh", "g", "j", "k", "kh", "l", "m", "n", "p", "r", "s", "t", "tr"),
        ("a", "i", "u", "e", "o", "aa"),
        ("", "", "n", "sh", "m", "t"),
        (2, 3),
        ("", "ya", "ini"),
    ),
    "nivkh": (
        ("ch", "k", "kh", "l", "m", "n", "ng", "p", "r", "t", "v", "y", "z"),
        ("a", "e", "i", "o", "u", "y"),
        ("", "", "f", "kh", "n", "r", "s"),
        (2, 3),
        ("", "zin", "ruk"),
    ),
}

#: Word-like names: surnames (trades, landscape, food) and given names (weather, light, stars).
WORDLIKE: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "lmo": (
        ("Mulinee", "Prestinee", "Cadrega", "Sciguetta", "Legnamee", "Ortolanatt", "Brugnoeu", "Tencinatt",
         "Risottee", "Magnan", "Strascee", "Ferrascia"),
        ("Scighera", "Sgiazz", "Lüsor", "Brinada", "Sereneta"),
    ),
    "pms": (
        ("Masoé", "Cusiné", "Bërgè", "Vachè", "Ciochè", "Fornè", "Pajassa", "Arbrëssa", "Bagnacaud",
         "Tomin", "Gianduja", "Ciuvetta"),
        ("Fioca", "Sèira", "Brinà", "Lusëtta", "Stèila"),
    ),
    "nap": (
        ("Scarparo", "Pescaiuolo", "Chianchiere", "Fravecatore", "Tammurro", "Munaciello", "Scugnizzo",
         "Purpetta", "Sfogliatella", "Pazziella", "Vrenzola", "Cuzzetiello"),
        ("Lampetiello", "Nuvulella", "Chiovere", "Stelluccia", "Sulillo"),
    ),
    "lij": (
        ("Bancâo", "Pescòu", "Camallo", "Fainâ", "Mugugno", "Scciumma", "Fugassa", "Cimma", "Prescinseua",
         "Bagnun", "Camalletto", "Rosumâ"),
        ("Maccaia", "Stissa", "Lûxe", "Seren", "Neive"),
    ),
    "dsb": (
        ("Kowaŕ", "Rybaŕ", "Młynaŕ", "Pjakaŕ", "Drjewjaŕ", "Kólaŕ", "Šlodaŕ", "Błoto", "Gólcaŕ", "Łuka",
         "Kóžaŕ", "Pólaŕ"),
        ("Słyńco", "Dešć", "Zorja", "Jasnosć", "Gwězdka"),
    ),
    "szl": (
        ("Hajer", "Klopsztanga", "Gryfny", "Kamrat", "Bana", "Sztrikerka", "Ajnfart", "Szolka", "Kołocz",
         "Hasiok", "Bifyj", "Szlajfer"),
        ("Lufcik", "Dyszcz", "Śniyg", "Gwiozda", "Modro"),
    ),
    "li": (
        ("Sjoonmaeker", "Sjmed", "Vlaaibekker", "Sjnieder", "Kwakkeleer", "Zjwaan", "Sjravel",
         "Mergelgraaver", "Vastelaovend", "Knienstal", "Sjtoel", "Kerkhaof"),
        ("Sjnei", "Daauw", "Laeve", "Sjtaer", "Roempel"),
    ),
    "mwl": (
        ("Xastre", "Gueiteiro", "Tenteiro", "Rubeiro", "Bielho", "Lhadron", "Lhobo", "Cabreiro", "Mielro",
         "Puolo", "Cunhal", "Fraguas"),
        ("Lhuna", "Niebe", "Lhuç", "Orbalho", "Strelhica"),
    ),
}  # fmt: skip

MIMESIS_LOCALES = ("ru", "uk", "kk", "el", "ko", "fa", "ar-sa", "ar-jo", "ar-kw")

_RU_NL = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "е": "e",
    "ё": "jo",
    "ж": "zj",
    "з": "z",
    "и": "i",
    "й": "j",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "oe",
    "ф": "f",
    "х": "ch",
    "ц": "ts",
    "ч": "tsj",
    "ш": "sj",
    "щ": "sjtsj",
    "ъ": "",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "joe",
    "я": "ja",
    "ә": "ä",
    "ғ": "gh",
    "қ": "k",
    "ң": "ng",
    "ө": "eu",
    "ұ": "oe",
    "ү": "uu",
    "һ": "h",
    "і": "i",
}
_UK_SV = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "h",
    "ґ": "g",
    "д": "d",
    "е": "e",
    "є": "je",
    "ж": "zj",
    "з": "z",
    "и": "y",
    "і": "i",
    "ї": "ji",
    "й": "j",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "ch",
    "ц": "ts",
    "ч": "tj",
    "ш": "sj",
    "щ": "sjtj",
    "ь": "",
    "ю": "ju",
    "я": "ja",
    "'": "",
    "’": "",
}
_EL_PL = {
    "α": "a",
    "β": "w",
    "γ": "g",
    "δ": "d",
    "ε": "e",
    "ζ": "z",
    "η": "i",
    "θ": "t",
    "ι": "i",
    "κ": "k",
    "λ": "l",
    "μ": "m",
    "ν": "n",
    "ξ": "ks",
    "ο": "o",
    "π": "p",
    "ρ": "r",
    "σ": "s",
    "ς": "s",
    "τ": "t",
    "υ": "i",
    "φ": "f",
    "χ": "ch",
    "ψ": "ps",
    "ω": "o",
}
_EL_DIGRAPHS = (("ου", "u"), ("αι", "e"), ("ει", "i"), ("οι", "i"), ("αυ", "aw"), ("ευ", "ew"), ("γκ", "g"),
                ("γγ", "ng"), ("τζ", "dz"), ("τσ", "c"))  # fmt: skip
_KO_L = ("k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "sz", "ssz", "", "dzs", "ccs", "cs", "kh", "th",
         "ph", "h")  # fmt: skip
_KO_V = ("a", "e", "ja", "je", "ö", "e", "jö", "je", "o", "va", "ve", "ve", "jo", "u", "vö", "ve", "vi", "ju",
         "ü", "üi", "i")  # fmt: skip
_KO_T = ("", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t",
         "t", "ng", "t", "t", "k", "t", "p", "t")  # fmt: skip
_KO_VOICED = {"k": "g", "t": "d", "p": "b", "dzs": "dzs"}
_AR_PL = {
    "ب": "b",
    "پ": "p",
    "ت": "t",
    "ث": "s",
    "ج": "dż",
    "چ": "cz",
    "ح": "ch",
    "خ": "ch",
    "د": "d",
    "ذ": "z",
    "ر": "r",
    "ز": "z",
    "ژ": "ż",
    "س": "s",
    "ش": "sz",
    "ص": "s",
    "ض": "d",
    "ط": "t",
    "ظ": "z",
    "غ": "gh",
    "ف": "f",
    "ق": "k",
    "ک": "k",
    "ك": "k",
    "گ": "g",
    "ل": "l",
    "م": "m",
    "ن": "n",
    "ه": "h",
}


def _cyrillic(value: str, table: dict[str, str], locale: str) -> str:
    low = value.lower()
    out = []
    for i, ch in enumerate(low):
        prev = low[i - 1] if i else ""
        nxt = low[i + 1] if i + 1 < len(low) else ""
        if ch == "е" and (not prev or prev in "аеёиоуыэюяієї"):
            out.append("je")
        elif ch == "и" and nxt == "й" and locale != "uk" and i + 2 == len(low):
            out.append("i")
        elif ch == "й" and prev in "иы" and locale != "uk" and i + 1 == len(low):
            out.append("j")
        elif ch in table:
            out.append(table[ch])
        else:
            return ""
    return "".join(out)


def _greek(value: str) -> str:
    low = "".join(c for c in unicodedata.normalize("NFD", value.lower()) if not unicodedata.combining(c))
    for start, latin in (("μπ", "b"), ("ντ", "d")):
        if low.startswith(start):
            low = latin + low[2:]
    for digraph, latin in _EL_DIGRAPHS:
        low = low.replace(digraph, latin)
    out = []
    for i, ch in enumerate(low):
        nxt = low[i + 1] if i + 1 < len(low) else ""
        if ch == "γ" and nxt in "εηιυ":
            out.append("j")
        elif ch in _EL_PL:
            out.append(_EL_PL[ch])
        elif ch.isascii() and ch.isalpha():
            out.append(ch)
        else:
            return ""
    return "".join(out)


def _korean(value: str) -> str:
    out = []
    prev_final = ""
    for i, ch in enumerate(value):
        code = ord(ch) - 0xAC00
        if not 0 <= code < 11172:
            return ""
        lead, vowel, tail = _KO_L[code // 588], _KO_V[(code % 588) // 28], _KO_T[code % 28]
        if i and not prev_final:
            lead = _KO_VOICED.get(lead, lead)
        out.append(lead + vowel + tail)
        prev_final = tail
    return "".join(out)


def _arabic(value: str) -> str:
    text = value.replace("\u200c", "").replace(" ", "")
    text = "".join(c for c in text if not unicodedata.combining(c) and c != "ـ")
    if text.startswith("ال") and len(text) > 4:
        text = text[2:]
    units: list[tuple[str, bool]] = []
    for i, ch in enumerate(text):
        prev_vowel = not units or units[-1][1]
        if ch in "اآأ":
            units.append(("a", True))
        elif ch == "إ":
            units.append(("i", True))
        elif ch == "ع":
            if not units:
                units.append(("a", True))
        elif ch in "ءؤئ":
            continue
        elif ch == "ة":
            units.append(("a", True))
        elif ch == "و":
            units.append(("w", False) if prev_vowel or i == 0 else ("u", True))
        elif ch in "يیى":
            units.append(("j", False) if prev_vowel or i == 0 else ("i", True))
        elif ch in _AR_PL:
            units.append((_AR_PL[ch], False))
        else:
            return ""
    # supply short vowels: a after an initial consonant cluster, e inside or at the end of clusters
    out: list[str] = []
    run = 0
    for j, (latin, vowel) in enumerate(units):
        if vowel:
            run = 0
        else:
            run += 1
            if run == 2 and j == 1:
                out.append("a")
                run = 1
            elif run == 3 or (run == 2 and j == len(units) - 1):
                out.append("e")
                run = 1
        out.append(latin)
    word = "".join(out)
    return word if any(c in "aeiou" for c in word) else ""


def romanise(value: str, locale: str) -> str:
    """A mimesis name of ``locale`` in this module's convention for it ('' when not one word)."""
    if locale in {"ru", "kk"}:
        word = _cyrillic(value, _RU_NL, locale)
    elif locale == "uk":
        word = _cyrillic(value, _UK_SV, locale)
    elif locale == "el":
        word = _greek(value)
    elif locale == "ko":
        word = _korean(value)
    else:
        word = _arabic(value)
    return word[:1].upper() + word[1:] if re.fullmatch(r"[^\W\d_]{3,}", word) else ""


# --- templates --------------------------------------------------------------------------------------------

HON = {
    "en": ("Mrs", "Mr", "Ms"), "de": ("Frau", "Herr"), "fr": ("Mme", "M."), "es": ("Sra.", "Sr."),
    "it": ("sig.ra", "sig."), "nl": ("mevr.", "dhr."), "pl": ("pani", "pan"), "pt": ("D.", "Sr."),
}  # fmt: skip

#: Person sentences per language and slot. {A} {B} {C}: persons; {S} a surname after an honorific
#: ({HON}); {DI} two initials and a surname; {FN} a file-name form; {SLUG} a URL slug; {H1} {H2}
#: hashtags; {ADDR} an address; {SITE} a web site.
PERSON_TEMPLATES: dict[str, dict[str, str]] = {
    "en": {
        "attendance": "Present: {A}, {B} and {C}; minutes typed up afterwards.",
        "rota": "Rota this week: Mon {A} / Wed {B} / Fri {C}.",
        "envelope": "Envelope reads: {A} · {ADDR}.",
        "hashtag": "Shared on the noticeboard with #{H1} and #{H2}.",
        "double_initial": "Receipt countersigned by {DI}.",
        "filename": "Scan saved as scan_{FN}_0412.pdf on the shared drive.",
        "url_slug": "Profile link: https://{SITE}/team/{SLUG}",
        "credit": "Photo: {A}.",
        "sentence_start": "{A} phoned about the slot.",
        "honorific": "{HON} {S} asked for a copy.",
        "agent": "Checked and locked up by {A}.",
        "pair": "{A} and {B} will swap the late shift.",
    },
    "de": {
        "attendance": "Anwesend: {A}, {B} und {C}; Protokoll folgt.",
        "rota": "Dienstplan: Mo {A} / Mi {B} / Fr {C}.",
        "envelope": "Auf dem Umschlag: {A} · {ADDR}.",
        "hashtag": "Im Aushang mit #{H1} und #{H2} markiert.",
        "double_initial": "Quittung gegengezeichnet von {DI}.",
        "filename": "Scan abgelegt als scan_{FN}_0412.pdf im Teamordner.",
        "url_slug": "Profil: https://{SITE}/team/{SLUG}",
        "credit": "Foto: {A}.",
        "sentence_start": "{A} hat wegen des Termins angerufen.",
        "honorific": "{HON} {S} bittet um eine Kopie.",
        "agent": "Geprüft und abgeschlossen von {A}.",
        "pair": "{A} und {B} tauschen die Spätschicht.",
    },
    "fr": {
        "attendance": "Présents : {A}, {B} et {C} ; compte rendu à suivre.",
        "rota": "Planning : lun. {A} / mer. {B} / ven. {C}.",
        "envelope": "Sur l'enveloppe : {A} · {ADDR}.",
        "hashtag": "Affiché au tableau avec #{H1} et #{H2}.",
        "double_initial": "Reçu contresigné par {DI}.",
        "filename": "Scan enregistré sous scan_{FN}_0412.pdf dans le dossier commun.",
        "url_slug": "Fiche : https://{SITE}/equipe/{SLUG}",
        "credit": "Photo : {A}.",
        "sentence_start": "{A} a téléphoné pour le créneau.",
        "honorific": "{HON} {S} demande une copie.",
        "agent": "Vérifié et fermé par {A}.",
        "pair": "{A} et {B} échangent le service du soir.",
    },
    "es": {
        "attendance": "Asistentes: {A}, {B} y {C}; el acta se envía luego.",
        "rota": "Turnos: lun. {A} / mié. {B} / vie. {C}.",
        "envelope": "En el sobre: {A} · {ADDR}.",
        "hashtag": "Publicado en el tablón con #{H1} y #{H2}.",
        "double_initial": "Recibo firmado también por {DI}.",
        "filename": "Escaneo guardado como scan_{FN}_0412.pdf en la carpeta común.",
        "url_slug": "Ficha: https://{SITE}/equipo/{SLUG}",
        "credit": "Foto: {A}.",
        "sentence_start": "{A} llamó por el turno.",
        "honorific": "{HON} {S} pide una copia.",
        "agent": "Revisado y cerrado por {A}.",
        "pair": "{A} y {B} cambian el turno de tarde.",
    },
    "it": {
        "attendance": "Presenti: {A}, {B} e {C}; il verbale segue.",
        "rota": "Turni: lun {A} / mer {B} / ven {C}.",
        "envelope": "Sulla busta: {A} · {ADDR}.",
        "hashtag": "Pubblicato in bacheca con #{H1} e #{H2}.",
        "double_initial": "Ricevuta controfirmata da {DI}.",
        "filename": "Scansione salvata come scan_{FN}_0412.pdf nella cartella comune.",
        "url_slug": "Scheda: https://{SITE}/squadra/{SLUG}",
        "credit": "Foto: {A}.",
        "sentence_start": "{A} ha chiamato per l'orario.",
        "honorific": "{HON} {S} chiede una copia.",
        "agent": "Controllato e chiuso da {A}.",
        "pair": "{A} e {B} si scambiano il turno serale.",
    },
    "nl": {
        "attendance": "Aanwezig: {A}, {B} en {C}; notulen volgen.",
        "rota": "Rooster: ma {A} / wo {B} / vr {C}.",
        "envelope": "Op de envelop: {A} · {ADDR}.",
        "hashtag": "Op het prikbord gezet met #{H1} en #{H2}.",
        "double_initial": "Bon medeondertekend door {DI}.",
        "filename": "Scan opgeslagen als scan_{FN}_0412.pdf in de gedeelde map.",
        "url_slug": "Profiel: https://{SITE}/team/{SLUG}",
        "credit": "Foto: {A}.",
        "sentence_start": "{A} belde over het tijdslot.",
        "honorific": "{HON} {S} vraagt om een kopie.",
        "agent": "Gecontroleerd en afgesloten door {A}.",
        "pair": "{A} en {B} ruilen de avonddienst.",
    },
    "pl": {
        "attendance": "Obecni: {A}, {B} i {C}; protokół później.",
        "rota": "Grafik: pon. {A} / śr. {B} / pt. {C}.",
        "envelope": "Na kopercie: {A} · {ADDR}.",
        "hashtag": "Wrzucone na tablicę z #{H1} i #{H2}.",
        "double_initial": "Pokwitowanie kontrasygnował(a) {DI}.",
        "filename": "Skan zapisany jako scan_{FN}_0412.pdf we wspólnym folderze.",
        "url_slug": "Profil: https://{SITE}/zespol/{SLUG}",
        "credit": "Fot. {A}.",
        "sentence_start": "{A} dzwonił(a) w sprawie terminu.",
        "honorific": "Prosi o kopię {HON} {S}.",
        "agent": "Sprawdził(a) i zamknął(ęła): {A}.",
        "pair": "{A} oraz {B} zamieniają się zmianą.",
    },
    "pt": {
        "attendance": "Presentes: {A}, {B} e {C}; a ata segue depois.",
        "rota": "Escala: seg. {A} / qua. {B} / sex. {C}.",
        "envelope": "No envelope: {A} · {ADDR}.",
        "hashtag": "Afixado no quadro com #{H1} e #{H2}.",
        "double_initial": "Recibo assinado também por {DI}.",
        "filename": "Digitalização gravada como scan_{FN}_0412.pdf na pasta comum.",
        "url_slug": "Ficha: https://{SITE}/equipa/{SLUG}",
        "credit": "Foto: {A}.",
        "sentence_start": "{A} telefonou por causa do horário.",
        "honorific": "{HON} {S} pede uma cópia.",
        "agent": "Verificado e fechado por {A}.",
        "pair": "{A} e {B} trocam o turno da noite.",
    },
}

#: Lower-case chat lines: {G} a given name, {M} an @handle, {N} a nickname, {H} a hashtag, {MSG} news.
CHAT_TEMPLATES: dict[str, dict[str, str]] = {
    "en": {"greeting": "hiya {G}, {MSG}", "vocative": "{MSG}, cheers {G}", "mention": "@{M} {MSG}",
           "nickname": "{N} says {MSG}", "signoff": "{MSG} – {G}", "hashtag": "{MSG} #{H}"},
    "de": {"greeting": "moin {G}, {MSG}", "vocative": "{MSG}, danke {G}", "mention": "@{M} {MSG}",
           "nickname": "{N} meint: {MSG}", "signoff": "{MSG} – {G}", "hashtag": "{MSG} #{H}"},
    "fr": {"greeting": "coucou {G}, {MSG}", "vocative": "{MSG}, merci {G}", "mention": "@{M} {MSG}",
           "nickname": "{N} dit : {MSG}", "signoff": "{MSG} – {G}", "hashtag": "{MSG} #{H}"},
    "es": {"greeting": "buenas {G}, {MSG}", "vocative": "{MSG}, gracias {G}", "mention": "@{M} {MSG}",
           "nickname": "{N} dice: {MSG}", "signoff": "{MSG} – {G}", "hashtag": "{MSG} #{H}"},
    "it": {"greeting": "ciao {G}, {MSG}", "vocative": "{MSG}, grazie {G}", "mention": "@{M} {MSG}",
           "nickname": "{N} dice: {MSG}", "signoff": "{MSG} – {G}", "hashtag": "{MSG} #{H}"},
    "nl": {"greeting": "hoi {G}, {MSG}", "vocative": "{MSG}, top {G}", "mention": "@{M} {MSG}",
           "nickname": "{N} zegt: {MSG}", "signoff": "{MSG} – {G}", "hashtag": "{MSG} #{H}"},
    "pl": {"greeting": "hej {G}, {MSG}", "vocative": "{MSG}, dzięki {G}", "mention": "@{M} {MSG}",
           "nickname": "{N} pisze: {MSG}", "signoff": "{MSG} – {G}", "hashtag": "{MSG} #{H}"},
    "pt": {"greeting": "olá {G}, {MSG}", "vocative": "{MSG}, obrigado {G}", "mention": "@{M} {MSG}",
           "nickname": "{N} diz: {MSG}", "signoff": "{MSG} – {G}", "hashtag": "{MSG} #{H}"},
}  # fmt: skip

#: Chat news with business values: {D} a date, {AM} an amount, {O} a lower-case order number.
CHAT_NEWS = {
    "en": ("pitch fee is {AM} this month", "kickoff moved to {D}", "bibs order {O} arrived"),
    "de": ("hallenmiete ist {AM}", "punktspiel am {D}", "bestellung {O} ist da"),
    "fr": ("la cotisation est de {AM}", "tournoi le {D}", "commande {O} reçue"),
    "es": ("la cuota es {AM}", "partida el {D}", "pedido {O} recibido"),
    "it": ("la quota è {AM}", "riunione il {D}", "ordine {O} arrivato"),
    "nl": ("de contributie is {AM}", "toernooi op {D}", "bestelling {O} is binnen"),
    "pl": ("składka to {AM}", "turniej {D}", "zamówienie {O} dotarło"),
    "pt": ("a quota é {AM}", "jantar a {D}", "encomenda {O} chegou"),
}

HEADINGS = {
    "en": "Entry {n} {D} {T}:", "de": "Vorgang {n} {D} {T}:", "fr": "Fiche {n} {D} {T} :",
    "es": "Parte {n} {D} {T}:", "it": "Scheda {n} {D} {T}:", "nl": "Regel {n} {D} {T}:",
    "pl": "Wpis {n} {D} {T}:", "pt": "Registo {n} {D} {T}:",
}  # fmt: skip

BUSINESS = {
    "en": "Order {O}: {P} at {AM}, {ST}, supplied by {CO}.",
    "de": "Auftrag {O}: {P} für {AM}, {ST}, Lieferant {CO}.",
    "fr": "Commande {O} : {P} à {AM}, {ST}, fournisseur {CO}.",
    "es": "Pedido {O}: {P} por {AM}, {ST}, proveedor {CO}.",
    "it": "Ordine {O}: {P} a {AM}, {ST}, fornitore {CO}.",
    "nl": "Order {O}: {P} voor {AM}, {ST}, leverancier {CO}.",
    "pl": "Zamówienie {O}: {P} za {AM}, {ST}, dostawca {CO}.",
    "pt": "Encomenda {O}: {P} por {AM}, {ST}, fornecedor {CO}.",
}

CONTACT = {
    "en": ("Call {PH} or write to {EM}.", "Lives at {ADDR}.", "Born {DOB}, NI number {NID}.", "Refund to {IBAN}."),
    "de": ("Tel. {PH}, Mail {EM}.", "Wohnt in {ADDR}.", "Geb. {DOB}, Steuer-ID {NID}.", "Erstattung auf {IBAN}."),
    "fr": ("Tél. {PH}, courriel {EM}.", "Domicile : {ADDR}.", "Né(e) le {DOB}, NIR {NID}.", "Virement sur {IBAN}."),
    "es": ("Tel. {PH}, correo {EM}.", "Domicilio: {ADDR}.", "Nacido/a el {DOB}, DNI {NID}.", "Abono en {IBAN}."),
    "it": ("Tel. {PH}, email {EM}.", "Residenza: {ADDR}.", "Nato/a il {DOB}, CF {NID}.", "Rimborso su {IBAN}."),
    "nl": ("Tel. {PH}, mail {EM}.", "Woont op {ADDR}.", "Geboren {DOB}, BSN {NID}.", "Terugbetaling op {IBAN}."),
    "pl": ("Tel. {PH}, e-mail {EM}.", "Adres: {ADDR}.", "Ur. {DOB}, PESEL {NID}.", "Zwrot na {IBAN}."),
    "pt": ("Tel. {PH}, email {EM}.", "Morada: {ADDR}.", "Nascido/a a {DOB}, NIF {NID}.", "Reembolso para {IBAN}."),
}  # fmt: skip

STATUSES = {
    "en": ("booked", "on hold", "settled", "queried"), "de": ("gebucht", "offen", "erledigt", "in Klärung"),
    "fr": ("réservé", "en attente", "réglé", "à vérifier"), "es": ("reservado", "pendiente", "cobrado", "en revisión"),
    "it": ("prenotato", "in sospeso", "saldato", "da verificare"), "nl": ("geboekt", "in afwachting", "betaald", "navragen"),
    "pl": ("zarezerwowane", "wstrzymane", "rozliczone", "do wyjaśnienia"), "pt": ("marcado", "pendente", "pago", "a confirmar"),
}  # fmt: skip


@dataclass(frozen=True)
class Genre:
    name: str
    lang: str
    fmt: str
    order: str  # order-number pattern: # a digit, @ an upper-case letter
    products: tuple[str, ...]
    companies: tuple[str, ...]
    root: str = ""


GENRES = (
    Genre("radio_playout", "en", "txt", "PL-####", ("Jingle Pack Harriet", "Studio Mic Arm", "Outside Broadcast Kit", "Carts Bundle Whitby"), ("Airwave Fittings Ltd", "Ferrule & Co")),
    Genre("hall_hire", "en", "jsonl", "VH/####", ("Trestle Table Set", "Urn 20L", "Stage Block Margot", "Bunting 30m"), ("Parish Lettings CIC", "Oakbeam Hire Ltd"), "hire"),
    Genre("zulassung", "de", "txt", "ZD-#####", ("Kennzeichen Euro", "Saisonkennzeichen Herta", "Feinstaubplakette", "Halterauskunft"), ("Schilderpresse Nord GmbH", "Zulassfix KG")),
    Genre("jugendherberge", "de", "jsonl", "JG####", ("Vierbettzimmer", "Lunchpaket Brocken", "Bettwäsche-Set", "Kletterkurs Leni"), ("Herbergswerk Süd e.V.", "Rucksackreisen GmbH"), "gruppe"),
    Genre("brocante", "fr", "txt", "BR-####", ("Commode Louis-Philippe", "Lampe Pigeon", "Lot de vinyles Dalida", "Buffet Saint-Malo"), ("Chineurs Réunis SARL", "Grenier d'Antan SAS")),
    Genre("osteopathie", "fr", "jsonl", "OS###@", ("Séance adulte", "Bilan nourrisson", "Forfait sportif Annecy", "Séance Valentine"), ("Cabinet Trois Rives SELARL", "Mutuelle Horizon")),
    Genre("almazara", "es", "txt", "AZ-#####", ("Picual de molturación", "Aceite Jaén Virgen Extra", "Garrafa 5 L Lucía", "Orujo granel"), ("Olivarera del Sur S.C.A.", "Envases Guadal S.L.")),
    Genre("podologia", "es", "jsonl", "PD/####", ("Quiropodia", "Plantillas Rocío", "Estudio de la pisada", "Ortesis Toledo"), ("Podoclínic Centro S.L.", "Ortopedia Alcor S.A.")),
    Genre("restauro", "it", "txt", "RM-####", ("Comò Impero", "Sedia Chiavari", "Lucidatura a tampone", "Credenza Ornella"), ("Falegnameria Borghi snc", "Vernici Lariane srl")),
    Genre("logopedia", "it", "jsonl", "LG####", ("Valutazione iniziale", "Ciclo dieci sedute", "Pacchetto Gemma", "Percorso Bergamo"), ("Centro Parola srl", "Fondo Salute Alpi"), "percorso"),
    Genre("bloemenveiling", "nl", "txt", "BV-######", ("Tulp Anouk 60cm", "Pioen Coral Charm", "Fust 566", "Chrysant Zembla"), ("Kwekerij De Drie Kassen BV", "Veilingvervoer Westland")),
    Genre("taxatie", "nl", "jsonl", "TX####", ("Taxatierapport woning", "Hertaxatie", "Bouwkundige keuring Femke", "Rapport Deventer"), ("Taxatiekantoor Lindeboom BV", "Hypotheekhuis Noord"), "taxatie"),
    Genre("skup_zlomu", "pl", "txt", "SZ/####", ("Złom stalowy", "Miedź kabel", "Aluminium puszka", "Akumulator Jelcz"), ("Metal-Hurt sp. z o.o.", "Przeładunki Odra s.c.")),
    Genre("catering_dieta", "pl", "jsonl", "CD-####", ("Dieta 1500 kcal", "Zestaw Wege", "Pakiet Zuzia", "Dieta Sport Kraków"), ("Pudełkowo sp. z o.o.", "Chłodnie Mazowsze"), "abonament"),
    Genre("cortica", "pt", "txt", "CR-####", ("Cortiça amadia", "Falca", "Rolha natural Évora", "Fardo Leonor"), ("Corticeira do Sado Lda.", "Transportes Alentejanos SA")),
    Genre("eletrodomesticos", "pt", "jsonl", "AS/####", ("Máquina de lavar", "Frigorífico combinado", "Forno Beatriz", "Esquentador Braga"), ("Assistência Fiel Lda.", "Peças Lusas SA"), "assistencia"),
)  # fmt: skip
JSON_ROOTS = {g.lang: g.root for g in GENRES if g.fmt == "jsonl"}
JSON_ROOTS.update({"fr": "seance", "es": "consulta"})

CHATS = {
    "en": "txt",
    "de": "jsonl",
    "fr": "txt",
    "es": "jsonl",
    "it": "txt",
    "nl": "jsonl",
    "pl": "txt",
    "pt": "jsonl",
}
CHAT_NAMES = {"en": "fiveaside", "de": "tischtennis", "fr": "bridge", "es": "domino", "it": "sagra",
              "nl": "biljart", "pl": "planszowki", "pt": "confraria"}  # fmt: skip

STREET_FORMS = {
    "en": "{R} Parade {n}", "de": "{R}zeile {n}", "fr": "{n} ruelle {R}", "es": "Pasaje {R}, {n}",
    "it": "Contrada {R} {n}", "nl": "{R}hof {n}", "pl": "ul. {R}owa {n}", "pt": "Rua do {R}, {n}",
}  # fmt: skip
CITY_ENDINGS = {
    "en": ("wold", "hythe"), "de": ("brück", "feld"), "fr": ("ignac", "oux"), "es": ("ares", "ejo"),
    "it": ("ello", "ino"), "nl": ("woude", "dam"), "pl": ("owiec", "ice"), "pt": ("elas", "ões"),
}  # fmt: skip
PLACE_SYLLABLES = ("bre", "cal", "dun", "fel", "gor", "hal", "kem", "lor", "mar", "nes", "pol", "rav", "sel", "tor",
                   "vel", "wen", "zan", "ost", "arn", "ilm")  # fmt: skip

TABLE_HEADERS = (
    "slot_id", "studio", "programme", "presenter", "cover", "mobile", "email", "fee", "air_date", "status", "notes",
    "Buchungscode", "Haus", "Paket", "Gruppenleitung", "Begleitung", "Geburtsdatum", "Strasse", "PLZ", "Ort",
    "Betrag", "Anreise", "Status", "Bemerkung", "lot", "stand", "article", "vendeur", "recu_par", "nb_objets",
    "prix_depot", "date_depot", "statut", "remarques", "albaran", "tolva", "variedad", "socio", "tractorista",
    "dni", "iban", "kilos", "importe", "fecha", "estado", "observaciones", "kwit", "waga_nr", "material",
    "dostawca", "osoby_przy_wadze", "pesel", "telefon", "kwota", "data", "uwagi", "notes", "parts", "body", "client",
    "card", "line", "ref", "qty", "at", "post", "handle", "replies", "scan", "pdf", "https", "team", "equipe",
    "equipo", "squadra", "zespol", "equipa",
)  # fmt: skip


def template_words() -> set[str]:
    """Every word of this module's templates, business values, headers, keys, forms and domains."""
    texts: list[str] = [*TABLE_HEADERS, *MAIL_DOMAINS, *SITES, *PLACE_SYLLABLES, *JSON_ROOTS.values()]
    for lang in LANGS:
        texts += list(PERSON_TEMPLATES[lang].values()) + list(CHAT_TEMPLATES[lang].values())
        texts += [*CHAT_NEWS[lang], HEADINGS[lang], BUSINESS[lang], *CONTACT[lang], *STATUSES[lang]]
        texts += [*HON[lang], STREET_FORMS[lang], *CITY_ENDINGS[lang], *TABLE_NOTES[lang], CHAT_NAMES[lang]]
    for genre in GENRES:
        texts += [genre.name, *genre.products, *genre.companies]
    texts += [*TABLE_PRODUCTS]
    return {w for text in texts for w in sources.words_of(text)}


TABLE_NOTES = {
    "en": ("{A} dropped the keys with {B}.", "Cover agreed between {A} and {B}."),
    "de": ("{A} gab die Schlüssel an {B}.", "Vertretung mit {A} und {B} abgesprochen."),
    "fr": ("{A} a laissé les clés à {B}.", "Relais convenu entre {A} et {B}."),
    "es": ("{A} dejó las llaves a {B}.", "Relevo acordado entre {A} y {B}."),
    "it": ("{A} ha lasciato le chiavi a {B}.", "Cambio concordato tra {A} e {B}."),
    "nl": ("{A} gaf de sleutels aan {B}.", "Vervanging geregeld tussen {A} en {B}."),
    "pl": ("{A} zostawił(a) klucze u {B}.", "Zastępstwo uzgodnione: {A} i {B}."),
    "pt": ("{A} deixou as chaves com {B}.", "Troca combinada entre {A} e {B}."),
}
TABLE_PRODUCTS = ("Breakfast Show", "Drivetime Rosie", "Sunday Folk Hour", "Klassenfahrt", "Vollpension Ilse",
                  "Halbpension", "Miroir doré", "Service Limoges", "Chaise Paillée", "Picual", "Hojiblanca",
                  "Arbequina", "Stal", "Miedź", "Mosiądz Halinka")  # fmt: skip


# --- vetting ---------------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _all_mimesis_words() -> frozenset[str]:
    return mimesis_person_words()


@lru_cache(maxsize=1)
def _covered_mimesis_words() -> frozenset[str]:
    """Every word of the first names and surnames of the covered mimesis locales."""
    found: set[str] = set()
    for locale in COVERED_LOCALES:
        path = sources._DATASETS / locale / "person.json"
        data = json.loads(path.read_text(encoding="utf-8"))
        for key in ("names", "surnames"):
            value = data.get(key)
            items = [v for vs in value.values() for v in vs] if isinstance(value, dict) else value or []
            for item in items:
                found.update(sources.words_of(str(item)))
    return frozenset(found)


@lru_cache(maxsize=1)
def _banned() -> frozenset[str]:
    return frozenset(template_words())


def vetted(word: str) -> bool:
    """A name word this set may plant (see the data card's filters)."""
    from wordfreq import zipf_frequency

    low = word.casefold()
    if not re.fullmatch(r"[^\W\d_]{3,}", word):
        return False
    folded = fold_ascii(low)
    faker = faker_person_words()
    mim = _all_mimesis_words()
    if (
        low in _banned()
        or folded in _banned()
        or low in faker
        or folded in faker
        or low in mim
        or folded in mim
    ):
        return False
    if is_known_to_engine(word) or is_known_to_engine(word.upper()) or is_known_to_engine(folded):
        return False
    return max(zipf_frequency(low, lang) for lang in LANGS) < 3


@dataclass(frozen=True)
class Person:
    given: str
    surname: str
    group: str
    origin: str  # style:…, locale:… or wordsrc:…
    nick: str = ""

    @property
    def full(self) -> str:
        return f"{self.given} {self.surname}"

    def tags(self) -> list[str]:
        return [self.group, self.origin]


def _first(count: int, words: Iterable[str], take: Callable[[str], bool]) -> list[str]:
    found: list[str] = []
    for word in words:
        if word and take(word):
            found.append(word)
            if len(found) == count:
                break
    return found


@lru_cache(maxsize=4)
def _pools(seed: int) -> dict[str, list[Person]]:
    rng = random.Random(seed)
    pools: dict[str, list[Person]] = {"invented": [], "mimesis": [], "wordlike": []}
    used: set[str] = set()

    def take(word: str) -> bool:
        if word.casefold() in used or not vetted(word):
            return False
        used.add(word.casefold())
        return True

    for style, (onsets, vowels, codas, (lo, hi), endings) in STYLES.items():
        givens: list[str] = []
        surnames: list[str] = []
        for _ in range(400):
            if len(givens) >= 14 and len(surnames) >= 14:
                break
            syll = rng.randint(lo, hi)
            word = "".join(rng.choice(onsets) + rng.choice(vowels) + rng.choice(codas) for _ in range(syll))
            target = givens if len(givens) <= len(surnames) else surnames
            if target is surnames:
                word += rng.choice(endings)
            word = word[:1].upper() + word[1:]
            if len(word) <= 12 and take(word):
                target.append(word)
        for given, surname in zip(givens, surnames, strict=False):
            nick = given[:3].lower() + rng.choice(("zi", "ko", "lu"))
            pools["invented"].append(Person(given, surname, "invented", f"style:{style}", nick))
    for locale in MIMESIS_LOCALES:
        data = json.loads((sources._DATASETS / locale / "person.json").read_text(encoding="utf-8"))
        count = 0
        for gender in ("female", "male"):
            names = data["names"][gender]
            raw = data["surnames"]
            surs = raw[gender] if isinstance(raw, dict) else raw
            names = list(names)
            surs = list(surs)
            rng.shuffle(names)
            rng.shuffle(surs)
            givens = _first(8, (romanise(n, locale) for n in names), take)
            surnames = _first(8, (romanise(s, locale) for s in surs), take)
            for given, surname in zip(givens, surnames, strict=False):
                nick = given[:3].lower() + rng.choice(("ek", "uś", "ito"))
                pools["mimesis"].append(Person(given, surname, "mimesis", f"locale:{locale}", nick))
                count += 1
    for src, (surs_w, givens_w) in WORDLIKE.items():
        surs_ok = [w for w in surs_w if take(w)]
        givens_ok = [w for w in givens_w if take(w)]
        for i, surname in enumerate(surs_ok):
            if givens_ok:
                given = givens_ok[i % len(givens_ok)]
                pools["wordlike"].append(Person(given, surname, "wordlike", f"wordsrc:{src}", ""))
    # nicknames must pass the filters too; a failing one is dropped (the slot uses the given name)
    for group, persons in pools.items():
        pools[group] = [
            p if not p.nick or take(p.nick) else Person(p.given, p.surname, p.group, p.origin)
            for p in persons
        ]
    return pools


CANARY_STYLES = ("chewa", "evenki", "nivkh")


@lru_cache(maxsize=4)
def _canaries(seed: int) -> tuple[Person, ...]:
    pools = _pools(seed)
    found = []
    for style in CANARY_STYLES:
        found.append(next(p for p in reversed(pools["invented"]) if p.origin == f"style:{style}"))
    return tuple(found)


@lru_cache(maxsize=4)
def _places(seed: int) -> dict[str, tuple[list[str], list[str]]]:
    rng = random.Random(seed + 1)
    pools = _pools(seed)
    names = {w.casefold() for ps in pools.values() for p in ps for w in name_tokens(p.full + " " + p.nick)}
    out: dict[str, tuple[list[str], list[str]]] = {}
    for lang in LANGS:
        roots: list[str] = []
        cities: list[str] = []
        for _ in range(300):
            if len(roots) >= 12 and len(cities) >= 12:
                break
            root = (rng.choice(PLACE_SYLLABLES) + rng.choice(PLACE_SYLLABLES)).capitalize()
            city = root + rng.choice(CITY_ENDINGS[lang])
            if root.casefold() in names or city.casefold() in names:
                continue
            if len(roots) < 12 and vetted(root) and root not in roots:
                roots.append(root)
            elif len(cities) < 12 and not is_known_to_engine(city) and vetted(city) and city not in cities:
                cities.append(city)
        out[lang] = (roots, cities)
    return out


# --- values ----------------------------------------------------------------------------------------------


class Maker:
    """Values for one file: persons, contacts, business values, each returned with its `Planted`."""

    def __init__(self, rng: random.Random, seed: int, lang: str, canary_rate: float = 0.01) -> None:
        self.rng = rng
        self.seed = seed
        self.lang = lang
        self.pools = _pools(seed)
        self.canaries = _canaries(seed)
        self.canary_rate = canary_rate
        self.used_canaries: set[str] = set()

    def person(self, allow_canary: bool = True) -> tuple[Person, bool]:
        if allow_canary and self.rng.random() < self.canary_rate:
            person = self.rng.choice(self.canaries)
            self.used_canaries.add(person.full)
            return person, True
        roll = self.rng.random()
        group = "invented" if roll < 0.41 else "mimesis" if roll < 0.81 else "wordlike"
        person = self.rng.choice(self.pools[group])
        while person in self.canaries:
            person = self.rng.choice(self.pools[group])
        return person, False

    def plant(self, person: Person, value: str, slot: str, canary: bool, extra: tuple[str, ...] = (),
              lang: str | None = None, field: str = "text") -> Planted:  # fmt: skip
        case = "lower" if value == value.lower() else "upper" if value == value.upper() else "title"
        tags = [f"lang:{lang or self.lang}", case, *person.tags(), slot, *extra]
        if canary:
            tags.append("canary")
        return Planted("PERSON", value, field, tags)

    def varied(self, person: Person, canary: bool) -> tuple[str, tuple[str, ...]]:
        """A full name, or now and then a lone given name, a lone surname or "SURNAME, Given"."""
        if canary:
            return person.full, ()
        roll = self.rng.random()
        if roll < 0.11:
            return person.given.lower(), ("given_only",)
        if roll < 0.19:
            return person.surname.upper(), ("surname_only",)
        if roll < 0.25:
            return f"{person.surname.upper()}, {person.given}", ("reversed",)
        if roll < 0.29:
            return person.full.lower(), ()
        return person.full, ()

    def util(self, kind: str, value: str, field: str = "text") -> Planted:
        return Planted(f"utility:{kind}", value, field, [f"lang:{self.lang}"])

    def personal(self, entity: str, value: str, field: str = "text", extra: tuple[str, ...] = ()) -> Planted:
        return Planted(entity, value, field, [f"lang:{self.lang}", *extra])

    def date(self, year_lo: int = 2024, year_hi: int = 2025) -> dt.date:
        start = dt.date(year_lo, 1, 1)
        return start + dt.timedelta(days=self.rng.randrange((dt.date(year_hi, 12, 28) - start).days))

    def fmt_date(self, day: dt.date, lang: str | None = None) -> str:
        lang = lang or self.lang
        if lang in {"de", "pl"}:
            return day.strftime("%d.%m.%Y")
        if lang == "nl":
            return day.strftime("%d-%m-%Y")
        return day.strftime("%d/%m/%Y")

    def amount(self, lang: str | None = None) -> str:
        lang = lang or self.lang
        value = f"{self.rng.randint(3, 900)},{self.rng.choice(('00', '50', '95', '20'))}"
        if lang == "en":
            return "£" + value.replace(",", ".")
        if lang in {"it", "nl"}:
            return f"€ {value}"
        if lang == "pl":
            return f"{value} zł"
        return f"{value} €"

    def order(self, pattern: str) -> str:
        return "".join(
            self.rng.choice(string.digits)
            if c == "#"
            else self.rng.choice("ABCDEFGHKMNPRT")
            if c == "@"
            else c
            for c in pattern
        )

    def phone(self, lang: str | None = None) -> Planted:
        lang = lang or self.lang
        text, style = phone(random.Random(self.rng.getrandbits(64)), COUNTRY[lang])
        return Planted("PHONE_NUMBER", text, "text", [f"lang:{lang}", style])

    def email(self, person: Person) -> str:
        given = fold_ascii(person.given)[:2] or "xx"
        surname = fold_ascii(person.surname)[:2] or "yy"
        sep = self.rng.choice("._")
        return f"{given}{sep}{surname}{self.rng.randint(10, 999)}@{self.rng.choice(MAIL_DOMAINS)}"

    def address(self, lang: str | None = None) -> tuple[str, list[Planted]]:
        lang = lang or self.lang
        roots, cities = _places(self.seed)[lang]
        street = STREET_FORMS[lang].format(R=self.rng.choice(roots), n=self.rng.randint(1, 140))
        code = postcode(self.rng, COUNTRY[lang])
        city = self.rng.choice(cities)
        tags = [f"lang:{lang}"]
        planted = [
            Planted("STREET_ADDRESS", street, "text", list(tags)),
            Planted("POSTCODE", code, "text", list(tags)),
            Planted("CITY", city, "text", list(tags)),
        ]
        text = f"{street}, {code} {city}" if lang != "en" else f"{street}, {city} {code}"
        return text, planted

    def nid(self, lang: str | None = None) -> tuple[str, str]:
        lang = lang or self.lang
        if lang == "en":
            letters = "ABCEGHJKLMNPRSTWXYZ"
            value = (
                self.rng.choice(letters)
                + self.rng.choice(letters)
                + "".join(self.rng.choice(string.digits) for _ in range(6))
                + self.rng.choice("ABCD")
            )
            return value, "GB NINO"
        found = national_id(self.rng, COUNTRY[lang])
        assert found is not None
        return found


# --- text files --------------------------------------------------------------------------------------------


def _person_sentence(mk: Maker, slot: str) -> tuple[str, list[Planted]]:
    lang = mk.lang
    template = PERSON_TEMPLATES[lang][slot]
    planted: list[Planted] = []
    values: dict[str, str] = {"SITE": mk.rng.choice(SITES)}
    for key in ("A", "B", "C"):
        if "{" + key + "}" in template:
            person, canary = mk.person()
            text, extra = mk.varied(person, canary)
            values[key] = text
            planted.append(mk.plant(person, text, slot, canary, extra))
    if "{S}" in template:
        person, canary = mk.person(allow_canary=False)
        values["HON"] = mk.rng.choice(HON[lang])
        values["S"] = person.surname
        planted.append(mk.plant(person, person.surname, slot, canary, ("surname_only",)))
    if "{DI}" in template:
        person, canary = mk.person(allow_canary=False)
        second = mk.rng.choice(string.ascii_uppercase)
        sep = mk.rng.choice(("", " "))
        values["DI"] = f"{person.given[0]}.{sep}{second}. {person.surname}"
        planted.append(mk.plant(person, values["DI"], slot, canary, ("initial",)))
    if "{FN}" in template:
        person, canary = mk.person(allow_canary=False)
        values["FN"] = f"{person.surname}_{person.given}"
        planted.append(mk.plant(person, values["FN"], slot, canary, ("reversed",)))
    if "{SLUG}" in template:
        person, canary = mk.person(allow_canary=False)
        values["SLUG"] = f"{person.given.lower()}-{person.surname.lower()}"
        planted.append(mk.plant(person, values["SLUG"], slot, canary))
    for key in ("H1", "H2"):
        if "{" + key + "}" in template:
            person, canary = mk.person(allow_canary=False)
            if mk.rng.random() < 0.5:
                values[key] = person.surname
                form = "surname_only"
            else:
                values[key] = person.given.lower()
                form = "given_only"
            planted.append(mk.plant(person, values[key], slot, canary, (form,)))
    if "{ADDR}" in template:
        addr, contact = mk.address()
        values["ADDR"] = addr
        planted += contact
    return template.format(**values), planted


def _business(mk: Maker, genre: Genre) -> tuple[str, list[Planted]]:
    order = mk.order(genre.order)
    product = mk.rng.choice(genre.products)
    amount = mk.amount()
    status = mk.rng.choice(STATUSES[mk.lang])
    company = mk.rng.choice(genre.companies)
    text = BUSINESS[mk.lang].format(O=order, P=product, AM=amount, ST=status, CO=company)
    planted = [
        mk.util("order_number", order),
        mk.util("product", product),
        mk.util("amount", amount),
        mk.util("status", status),
        mk.util("company", company),
    ]
    return text, planted


def _contact(mk: Maker, person: Person) -> tuple[str, list[Planted]]:
    lang = mk.lang
    kind = mk.rng.randrange(4)
    template = CONTACT[lang][kind]
    if kind == 0:
        ph = mk.phone()
        em = mk.email(person)
        return template.format(PH=ph.value, EM=em), [ph, mk.personal("EMAIL_ADDRESS", em)]
    if kind == 1:
        addr, planted = mk.address()
        return template.format(ADDR=addr), planted
    if kind == 2:
        dob = mk.fmt_date(mk.date(1941, 2006))
        nid, nid_kind = mk.nid()
        return template.format(DOB=dob, NID=nid), [
            mk.personal("DATE_OF_BIRTH", dob),
            mk.personal("NATIONAL_ID", nid, extra=(nid_kind,)),
        ]
    value, form = iban(mk.rng, COUNTRY[lang])
    return template.format(IBAN=value), [mk.personal("IBAN_CODE", value, extra=(form,))]


def _slot_deck(rng: random.Random, count: int) -> list[str]:
    slots = list(PERSON_TEMPLATES["en"])
    deck: list[str] = []
    while len(deck) < count:
        block = list(slots)
        rng.shuffle(block)
        deck += block
    return deck


def _text_file(out: Path, genre: Genre, records: int, seed: int) -> FileSet:
    rng = random.Random(f"{seed}:{genre.name}")
    mk = Maker(rng, seed, genre.lang)
    deck = _slot_deck(rng, records * 3)
    lines: list[str] = []
    truth: list[list[Planted]] = []
    for n in range(records):
        day = mk.date()
        time = f"{rng.randint(7, 21):02d}:{rng.choice(('00', '15', '30', '45', '05', '50'))}"
        date_text = mk.fmt_date(day)
        business, planted = _business(mk, genre)
        sentences = []
        for slot in deck[n * 3 : n * 3 + 3]:
            sentence, more = _person_sentence(mk, slot)
            sentences.append(sentence)
            planted += more
        contact, more = _contact(mk, mk.person(allow_canary=False)[0])
        planted += more
        if genre.fmt == "txt":
            heading = HEADINGS[genre.lang].format(n=n + 1, D=date_text, T=time)
            lines.append(" ".join([heading, business, *sentences, contact]))
            planted += [mk.util("date", date_text), mk.util("timestamp", time)]
            truth.append(planted)
        else:
            root = genre.root or JSON_ROOTS[genre.lang]
            stamp = f"{day.isoformat()}T{time}"
            ref = f"{root[:2].upper()}-{rng.randint(100000, 999999)}"
            qty = str(rng.randint(1, 24))
            parts = [{"body": business}] + [{"body": s} for s in sentences]
            record = {
                root: {
                    "ref": ref,
                    "at": stamp,
                    "qty": qty,
                    "parts": parts,
                    "client": {"card": {"line": contact}},
                }
            }
            lines.append(json.dumps(record, ensure_ascii=False))
            body = f"{root}.parts[].body"
            for p in planted:
                p.field = body
            for p in more:
                p.field = f"{root}.client.card.line"
            planted += [
                mk.util("case_number", ref, f"{root}.ref"),
                mk.util("timestamp", stamp, f"{root}.at"),
                mk.util("quantity", qty, f"{root}.qty"),
            ]
            truth.append(planted)
    path = f"{genre.lang}_{genre.name}.{genre.fmt}"
    (out / path).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return FileSet(
        name=f"{genre.lang}_{genre.name}",
        path=path,
        fmt=genre.fmt,
        kind="text",
        language=genre.lang,
        records=truth,
        canaries=sorted(mk.used_canaries),
        guided_fixes=True,
        notes=f"blind13 {genre.name}",
    )


def _chat_file(out: Path, lang: str, records: int, seed: int) -> FileSet:
    rng = random.Random(f"{seed}:chat:{lang}")
    mk = Maker(rng, seed, lang, canary_rate=0.0)
    first = mk.canaries[0]
    members = [mk.person(allow_canary=False)[0] for _ in range(7)] + [first]
    fmt = CHATS[lang]
    slots = list(CHAT_TEMPLATES[lang])
    lines: list[str] = []
    truth: list[list[Planted]] = []
    for n in range(records):
        speaker = first if n % 12 == 3 else rng.choice(members)
        canary = speaker is first
        slot = slots[n % len(slots)]
        other = rng.choice([m for m in members if m is not speaker and m is not first])
        news = rng.choice(CHAT_NEWS[lang])
        day = mk.fmt_date(mk.date())
        amount = mk.amount().lower()
        order = f"t{rng.randint(1000, 9999)}"
        msg = news.format(D=day, AM=amount, O=order)
        planted: list[Planted] = []
        if "{D}" in news:
            planted.append(mk.util("date", day))
        if "{AM}" in news:
            planted.append(mk.util("amount", amount))
        if "{O}" in news:
            planted.append(mk.util("order_number", order))
        values = {"MSG": msg}
        if slot == "mention":
            values["M"] = f"{other.given.lower()}.{other.surname.lower()}"
            planted.append(mk.plant(other, values["M"], "mention", False))
        elif slot == "nickname" and other.nick:
            values["N"] = other.nick
            planted.append(mk.plant(other, other.nick, "nickname", False))
        elif slot == "nickname":
            values["N"] = other.given.lower()
            planted.append(mk.plant(other, values["N"], "nickname", False, ("given_only",)))
        elif slot == "hashtag":
            values["H"] = other.surname.lower()
            planted.append(mk.plant(other, values["H"], "hashtag", False, ("surname_only",)))
        else:
            values["G"] = other.given.lower()
            planted.append(mk.plant(other, values["G"], slot, False, ("given_only",)))
        text = CHAT_TEMPLATES[lang][slot].format(**values)
        name = speaker.full.lower()
        if fmt == "txt":
            lines.append(f"{name}: {text}")
            planted.append(mk.plant(speaker, name, "chat_speaker", canary))
            if rng.random() < 0.25:
                ph = mk.phone()
                ph.value = ph.value.lower()
                lines[-1] += f" ({ph.value})"
                planted.append(ph)
        else:
            post: dict[str, Any] = {"post": {"handle": name, "body": text}}
            for p in planted:
                p.field = "post.body"
            planted.append(mk.plant(speaker, name, "sender_field", canary, field="post.handle"))
            if rng.random() < 0.3:
                replier = rng.choice([m for m in members if m is not speaker])
                reply = f"ok, {speaker.given.lower()}"
                post["replies"] = [{"handle": replier.full.lower(), "body": reply}]
                planted.append(mk.plant(replier, replier.full.lower(), "sender_field", replier is first,
                                        field="replies[].handle"))  # fmt: skip
                planted.append(mk.plant(speaker, speaker.given.lower(), "vocative", canary, ("given_only",),
                                        field="replies[].body"))  # fmt: skip
            lines.append(json.dumps(post, ensure_ascii=False))
        truth.append(planted)
    path = f"{lang}_{CHAT_NAMES[lang]}_chat.{fmt}"
    (out / path).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return FileSet(
        name=f"{lang}_{CHAT_NAMES[lang]}_chat",
        path=path,
        fmt=fmt,
        kind="text",
        language=lang,
        records=truth,
        canaries=[first.full],
        guided_fixes=True,
        notes="blind13 chat, lower case",
    )


# --- tables ---------------------------------------------------------------------------------------------


def _row_lang(rng: random.Random, lang: str) -> str:
    return lang if rng.random() < 0.7 else rng.choice([x for x in LANGS if x != lang])


def _notes(
    mk: Maker, lang: str, main: Person, main_canary: bool, row: int, column: str
) -> tuple[str, list[Planted]]:
    other, canary = mk.person(allow_canary=False)
    template = TABLE_NOTES[lang][row % 2]
    a_text = main.full
    b_text, extra = mk.varied(other, canary)
    planted = [
        mk.plant(main, a_text, "table_notes", main_canary, lang=lang, field=column),
        mk.plant(other, b_text, "table_notes", canary, extra, lang=lang, field=column),
    ]
    return template.format(A=a_text, B=b_text), planted


def _table(out: Path, spec: TableSpec, rows: int, seed: int) -> FileSet:
    rng = random.Random(f"{seed}:table:{spec.name}")
    mk = Maker(rng, seed, spec.lang, canary_rate=0.0)
    canary_rows = {3: 0, 11: 1, 19: 2, rows - 7: 0, rows - 5: 1, rows - 3: 2}
    data: dict[str, list[Any]] = {c: [] for c in spec.columns}
    truth: list[list[Planted]] = []
    for i in range(rows):
        row_lang = _row_lang(rng, spec.lang)
        if i in canary_rows:
            main, main_canary = mk.canaries[canary_rows[i]], True
        else:
            main, main_canary = mk.person(allow_canary=False)[0], False
        planted: list[Planted] = []
        cells = spec.fill(mk, i, row_lang, main, main_canary, planted)
        notes, more = _notes(mk, row_lang, main, main_canary, i, spec.notes)
        cells[spec.notes] = notes
        for p in more:
            p.field = spec.notes
        planted += more
        for column in spec.columns:
            data[column].append(cells[column])
        truth.append(planted)
    path = out / f"{spec.name}.{spec.fmt}"
    if spec.fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        types = {
            "lot": pa.int64(),
            "nb_objets": pa.int64(),
            "prix_depot": pa.float64(),
            "date_depot": pa.date32(),
        }
        schema = pa.schema([(c, types.get(c, pa.string())) for c in spec.columns])
        pq.write_table(pa.Table.from_pydict(data, schema=schema), path)
    else:
        import pandas as pd

        frame = pd.DataFrame(data, columns=list(spec.columns))
        frame.to_csv(
            path, index=False, sep="\t" if spec.fmt == "tsv" else ",", encoding="utf-8", lineterminator="\n"
        )
    return FileSet(
        name=spec.name,
        path=path.name,
        fmt=spec.fmt,
        kind="table",
        language=spec.lang,
        records=truth,
        id_columns=list(spec.ids),
        canaries=[c.full for c in mk.canaries],
        guided_fixes=True,
        notes=f"blind13 table {spec.name}",
    )


@dataclass(frozen=True)
class TableSpec:
    name: str
    lang: str
    fmt: str
    columns: tuple[str, ...]
    ids: tuple[str, str]
    notes: str
    fill: Callable[[Maker, int, str, Person, bool, list[Planted]], dict[str, Any]]


def _u(mk: Maker, planted: list[Planted], kind: str, column: str, value: Any) -> Any:
    planted.append(mk.util(kind, str(value), column))
    return value


def _p(mk: Maker, planted: list[Planted], person: Person, value: str, column: str, canary: bool, lang: str,
       extra: tuple[str, ...] = ()) -> str:  # fmt: skip
    planted.append(mk.plant(person, value, "table_cell", canary, extra, lang=lang, field=column))
    return value


def _contact_cell(mk: Maker, planted: list[Planted], entity: str, value: str, column: str, lang: str) -> str:
    planted.append(Planted(entity, value, column, [f"lang:{lang}"]))
    return value


def _fill_radio(
    mk: Maker, i: int, lang: str, main: Person, canary: bool, planted: list[Planted]
) -> dict[str, Any]:
    cover, cover_canary = mk.person(allow_canary=False)
    ph = mk.phone(lang)
    return {
        "slot_id": _u(mk, planted, "record_id", "slot_id", f"RV-{i + 1:04d}"),
        "studio": _u(mk, planted, "record_id", "studio", mk.rng.choice(("A", "B", "OB van"))),
        "programme": _u(mk, planted, "product", "programme", mk.rng.choice(TABLE_PRODUCTS[:3])),
        "presenter": _p(mk, planted, main, main.full, "presenter", canary, lang),
        "cover": _p(mk, planted, cover, f"{cover.surname} ({cover.given})", "cover", cover_canary, lang),
        "mobile": _contact_cell(mk, planted, "PHONE_NUMBER", ph.value, "mobile", lang),
        "email": _contact_cell(mk, planted, "EMAIL_ADDRESS", mk.email(main), "email", lang),
        "fee": _u(mk, planted, "amount", "fee", f"{mk.rng.randint(0, 80)}.00"),
        "air_date": _u(mk, planted, "date", "air_date", mk.date().isoformat()),
        "status": _u(mk, planted, "status", "status", mk.rng.choice(STATUSES["en"])),
    }


def _fill_herberge(
    mk: Maker, i: int, lang: str, main: Person, canary: bool, planted: list[Planted]
) -> dict[str, Any]:
    escort, escort_canary = mk.person(allow_canary=False)
    _addr_text, addr = mk.address("de")
    street, code, city = (p.value for p in addr)
    return {
        "Buchungscode": _u(mk, planted, "record_id", "Buchungscode", f"JH-25-A{i + 1:04d}"),
        "Haus": _u(mk, planted, "record_id", "Haus", mk.rng.choice(("Burg", "Seeblick", "Waldhaus"))),
        "Paket": _u(mk, planted, "product", "Paket", mk.rng.choice(TABLE_PRODUCTS[3:6])),
        "Gruppenleitung": _p(mk, planted, main, f"{main.surname}, {main.given[0]}.", "Gruppenleitung", canary, lang,
                             ("reversed", "initial")),
        "Begleitung": _p(mk, planted, escort, f"{escort.given} {escort.surname.upper()}", "Begleitung",
                         escort_canary, lang),
        "Geburtsdatum": _contact_cell(mk, planted, "DATE_OF_BIRTH", mk.fmt_date(mk.date(1950, 2000), "de"),
                                      "Geburtsdatum", lang),
        "Strasse": _contact_cell(mk, planted, "STREET_ADDRESS", street, "Strasse", lang),
        "PLZ": _contact_cell(mk, planted, "POSTCODE", code, "PLZ", lang),
        "Ort": _contact_cell(mk, planted, "CITY", city, "Ort", lang),
        "Betrag": _u(mk, planted, "amount", "Betrag", mk.amount("de")),
        "Anreise": _u(mk, planted, "date", "Anreise", mk.fmt_date(mk.date(), "de")),
        "Status": _u(mk, planted, "status", "Status", mk.rng.choice(STATUSES["de"])),
    }  # fmt: skip


def _fill_brocante(
    mk: Maker, i: int, lang: str, main: Person, canary: bool, planted: list[Planted]
) -> dict[str, Any]:
    clerk, clerk_canary = mk.person(allow_canary=False)
    price = round(mk.rng.randint(200, 90000) / 100, 2)
    day = mk.date()
    return {
        "lot": _u(mk, planted, "record_id", "lot", 4000 + i * 3),
        "stand": _u(mk, planted, "record_id", "stand", mk.rng.choice(("S1", "S2", "S3", "S4"))),
        "article": _u(mk, planted, "product", "article", mk.rng.choice(TABLE_PRODUCTS[6:9])),
        "vendeur": _p(mk, planted, main, main.full.lower(), "vendeur", canary, lang),
        "recu_par": _p(mk, planted, clerk, clerk.surname, "recu_par", clerk_canary, lang, ("surname_only",)),
        "nb_objets": _u(mk, planted, "quantity", "nb_objets", mk.rng.randint(1, 30)),
        "prix_depot": _u(mk, planted, "amount", "prix_depot", price),
        "date_depot": _u(mk, planted, "date", "date_depot", day),
        "statut": _u(mk, planted, "status", "statut", mk.rng.choice(STATUSES["fr"])),
    }


def _fill_almazara(
    mk: Maker, i: int, lang: str, main: Person, canary: bool, planted: list[Planted]
) -> dict[str, Any]:
    second, _ = mk.person(allow_canary=False)
    driver, driver_canary = mk.person(allow_canary=False)
    nid, _kind = mk.nid("es")
    value, _form = iban(mk.rng, "ES")
    socio = f"{main.surname.upper()} {second.surname.upper()}, {main.given}"
    planted.append(
        mk.plant(main, socio, "table_cell", canary, ("reversed", "double_barrel"), lang=lang, field="socio")
    )
    return {
        "albaran": _u(mk, planted, "record_id", "albaran", f"25-AL-{i + 1:04d}"),
        "tolva": _u(mk, planted, "record_id", "tolva", mk.rng.choice(("T1", "T2", "T3"))),
        "variedad": _u(mk, planted, "product", "variedad", mk.rng.choice(TABLE_PRODUCTS[9:12])),
        "socio": socio,
        "tractorista": _p(
            mk, planted, driver, driver.given, "tractorista", driver_canary, lang, ("given_only",)
        ),
        "dni": _contact_cell(mk, planted, "NATIONAL_ID", nid, "dni", lang),
        "iban": _contact_cell(mk, planted, "IBAN_CODE", value, "iban", lang),
        "kilos": _u(mk, planted, "quantity", "kilos", str(mk.rng.randint(300, 9000))),
        "importe": _u(mk, planted, "amount", "importe", mk.amount("es")),
        "fecha": _u(mk, planted, "date", "fecha", mk.fmt_date(mk.date(), "es")),
        "estado": _u(mk, planted, "status", "estado", mk.rng.choice(STATUSES["es"])),
    }


def _fill_skup(
    mk: Maker, i: int, lang: str, main: Person, canary: bool, planted: list[Planted]
) -> dict[str, Any]:
    one, one_canary = mk.person(allow_canary=False)
    two, two_canary = mk.person(allow_canary=False)
    pesel, _ = mk.nid("pl")
    ph = mk.phone(lang)
    cell = f"{one.full} / {two.full}"
    planted.append(mk.plant(one, one.full, "table_cell", one_canary, lang=lang, field="osoby_przy_wadze"))
    planted.append(mk.plant(two, two.full, "table_cell", two_canary, lang=lang, field="osoby_przy_wadze"))
    return {
        "kwit": _u(mk, planted, "record_id", "kwit", f"KW {i + 1:04d}/2025"),
        "waga_nr": _u(mk, planted, "record_id", "waga_nr", mk.rng.choice(("W1", "W2"))),
        "material": _u(mk, planted, "product", "material", mk.rng.choice(TABLE_PRODUCTS[12:])),
        "dostawca": _p(mk, planted, main, main.full, "dostawca", canary, lang),
        "osoby_przy_wadze": cell,
        "pesel": _contact_cell(mk, planted, "NATIONAL_ID", pesel, "pesel", lang),
        "telefon": _contact_cell(mk, planted, "PHONE_NUMBER", ph.value, "telefon", lang),
        "kwota": _u(mk, planted, "amount", "kwota", mk.amount("pl")),
        "data": _u(mk, planted, "date", "data", mk.fmt_date(mk.date(), "pl")),
        "status": _u(mk, planted, "status", "status", mk.rng.choice(STATUSES["pl"])),
    }


TABLES = (
    TableSpec("radio_rota", "en", "csv", ("slot_id", "studio", "programme", "presenter", "cover", "mobile", "email",
              "fee", "air_date", "status", "notes"), ("slot_id", "studio"), "notes", _fill_radio),
    TableSpec("jugendherberge_gruppen", "de", "tsv", ("Buchungscode", "Haus", "Paket", "Gruppenleitung",
              "Begleitung", "Geburtsdatum", "Strasse", "PLZ", "Ort", "Betrag", "Anreise", "Status", "Bemerkung"),
              ("Buchungscode", "Haus"), "Bemerkung", _fill_herberge),
    TableSpec("brocante_deposants", "fr", "parquet", ("lot", "stand", "article", "vendeur", "recu_par", "nb_objets",
              "prix_depot", "date_depot", "statut", "remarques"), ("lot", "stand"), "remarques", _fill_brocante),
    TableSpec("almazara_entregas", "es", "csv", ("albaran", "tolva", "variedad", "socio", "tractorista", "dni",
              "iban", "kilos", "importe", "fecha", "estado", "observaciones"), ("albaran", "tolva"), "observaciones",
              _fill_almazara),
    TableSpec("skup_zlomu", "pl", "tsv", ("kwit", "waga_nr", "material", "dostawca", "osoby_przy_wadze", "pesel",
              "telefon", "kwota", "data", "status", "uwagi"), ("kwit", "waga_nr"), "uwagi", _fill_skup),
)  # fmt: skip


# --- the set ----------------------------------------------------------------------------------------------


def generate(out: Path, scale: float = 1.0, seed: int = DEFAULT_SEED) -> list[FileSet]:
    """Write the blind13 files into ``out`` and return their truth."""
    out.mkdir(parents=True, exist_ok=True)
    text_records = max(10, round(TEXT_RECORDS * scale))
    table_rows = max(30, round(TABLE_ROWS * scale))
    sets: list[FileSet] = []
    for lang in LANGS:
        for genre in (g for g in GENRES if g.lang == lang):
            sets.append(_text_file(out, genre, text_records, seed))
        sets.append(_chat_file(out, lang, text_records, seed))
    for spec in TABLES:
        sets.append(_table(out, spec, table_rows, seed))
    return sets


def summary(sets: list[FileSet]) -> dict[str, Any]:
    """Counts of a generated set (never its values)."""
    entities = Counter(p.entity for s in sets for r in s.records for p in r)
    groups = Counter(t for s in sets for r in s.records for p in r if p.entity == "PERSON" for t in p.tags
                     if t in {"invented", "mimesis", "wordlike"})  # fmt: skip
    return {
        "files": len(sets),
        "records": sum(len(s.records) for s in sets),
        "entities": dict(sorted(entities.items())),
        "groups": dict(sorted(groups.items())),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args(argv)
    from bench.detection.format import write_truth

    sets = generate(args.out, scale=args.scale, seed=args.seed)
    write_truth(sets, args.out / "truth.json")
    print(json.dumps(summary(sets), indent=2))


if __name__ == "__main__":
    main()
