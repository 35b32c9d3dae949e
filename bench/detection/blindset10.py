"""Detection set "blind10" (held out until its breakdown was read; now guided): text in eight languages and five tables, written apart from the engine.

Data card
=========

Status
    Guided fixes since 2026-12-05 (seventh session of the day): held out until then and measured once as
    the headline, with its peers, after the last change to detection then (6b6f49a: PERSON leak 5.27 %
    (text 3.43, tables 11.00), all personal 6.43 %, utility 99.11 %, no refusal; see
    ``bench/README.md``); then its breakdown was read (``--blind-breakdown``) to fix what it showed, so
    every ``FileSet`` now has ``guided_fixes=True`` and `blindset11` is the held-out set.

Who wrote it and what they read
    A separate author session, from a brief (2026-12-05). It read: `bench.detection.format` (whole); in
    `bench.detection.sources` a ``grep`` of its ``def``/``class``/constant lines (names only) and the line
    ranges of ``phone``, ``iban``, ``national_id``, ``postcode``, ``fold_ascii``, ``mimesis_person_words``
    and ``usable`` (printing lines 55-120, 515-540, 630-666 and 683-765 also showed the tail of its
    language-to-country map, ``_dataset``/``_by_gender``/``words_of``, its ``MAIL_DOMAINS`` and
    ``IBAN_LENGTH`` tables and the first line of the product-name list; only the seven functions are used
    here, the mail domains here are this module's own list); the signatures and docstrings of
    `anonymize.vocabulary.is_known_to_engine` and ``faker_person_words`` (through the brief's ``grep -A12``,
    which also shows the first lines of their bodies); the first 120 lines of `bench.bench_detection`
    plus, to register the set, ``grep`` hits for "blind9", "HELD_OUT", '"all":' and
    "def withhold_blind_breakdown" in it and its lines 580-600; the shared set checks
    (``tests/bench/setchecks.py``); blind9's test (as it was then; a later ``grep`` showed another session
    had since relabelled blind9, and a ``grep`` for "HELD_OUT/SET_MODULES/\"all\"" over the tests of
    blind3 to blind9 showed only their registration asserts); the data cards (module docstrings) of
    blind3 to blind9, to pick different genres, headers, name styles, romanisations and sentence shapes;
    the ``[tool.ruff]`` and ``[tool.mypy]`` sections of ``pyproject.toml``; and the first entries and sizes
    of the mimesis ``person.json`` lists of ru, uk, kk, el, ko, fa and ar-qa. It timed the filters on
    made-up words and read this set's own generated files. It read no recognizer, cue list, pattern,
    profile or vocabulary list of the engine, no other benchmark set body and no engine or benchmark
    output, and it never ran the engine, ``bench.bench_detection`` or ``manage.py anonymize``. Every
    sentence template, product, company, status, header, word list, syllable inventory and romanisation
    table here was written fresh for this module.

Text files (24, 95 records each at scale 1.0)
    Per language three files in genres no earlier card lists, TXT and JSONL mixed; JSONL records nest
    (``passenger.contact.email``, ``kunde.anschrift.ort``, ``paziente.recapito.cap``, lists of objects
    such as ``history[].text``, ``vermerke[].text``, ``suivi[].texte``, ``historial[].nota``,
    ``accessi[].nota``, ``opmerkingen_log[].tekst``, ``przebieg[].opis``, ``registo[].texto``, and a
    ``reply_to`` object in JSONL chats). One file per language is a lower-case chat of a community no
    earlier card lists (speaker before a colon in TXT, half the lines with a "[hh:mm]" stamp, or a
    ``from`` field in JSONL; @mentions, nicknames, names in greetings, vocatives, sign-offs, quoted
    speech).

    ===  =======================================  ===========================================  ================================
    en   scaffolding hire yard log (txt)          ferry ticket desk (jsonl, history[])         amateur radio net chat (txt)
    de   Schulbus-Disposition (txt)               Tafel, Ausgabestelle (jsonl, vermerke[])     Segelflugverein chat (jsonl)
    fr   accordeur d'orgues, tournées (txt)       banque alimentaire (jsonl, suivi[])          club de tir à l'arc chat (txt)
    es   lavadero de coches (txt)                 gestoría, trámites (jsonl, historial[])      peña ciclista chat (jsonl)
    it   ludoteca, iscrizioni (txt)               guardia medica turistica (jsonl, accessi[])  gruppo speleologico chat (txt)
    nl   kringloopwinkel, ophaalritten (txt)      dierenambulance, meldingen (jsonl)           carnavalsvereniging chat (jsonl)
    pl   schronisko górskie, rezerwacje (txt)     pracownia tapicerska (jsonl, przebieg[])     drużyna siatkówki chat (txt)
    pt   quiosque de jornais, assinaturas (txt)   empresa de desinfestação (jsonl, registo[])  banda filarmónica chat (jsonl)
    ===  =======================================  ===========================================  ================================

    New sentence shapes (slot tags): names inside quoted speech (``quoted_speech``: 'rang: "Tell X the
    boards…"', '« … » d'après x'), in subject lines (``subject_line``: "Re: Hire contract … for X",
    "Betreff: …", "Objet : …", "Temat: …"), after "c/o"/"p/a"/"a/c" (``care_of``), after "attn:"/"z. Hd."/
    "À l'attention de"/"T.a.v."/"Do wiadomości" (``attn``), after "p.p."/"i. A."/"P.o."/"Namens"/"Z up."
    (``per_pro``), in CSV-like lines pasted into text ("Surname,Given,phone,amount,status"; ``csv_line``),
    in bullet lists ("- X - SURNAME, Given - K. Surname"; ``bullet``) and as the speaker of a timestamped
    log line ("[09:14] X: …"; ``timestamp_speaker``). Also: names at sentence start, after verbs of speech,
    in lists, pairs ("with X and Y"), as objects and agents, after honorifics (Mrs/Mr, Frau/Herr,
    Madame/Monsieur, Sra./Sr., sig.ra/sig., mevr./dhr., pani/pan, D./Sr.; the honorific is not planted),
    as initials ("K. Surname"), reversed ("SURNAME, Given"), possessives in each language's own form
    (English 's, German/Dutch -s or ', "de/di/do X" after the noun in Romance languages, the Polish
    genitive) and Polish genitive, dative and instrumental forms (foreign names in -i/-y with an
    apostrophe: "X'ego"); hyphenated given names (about 7 % of invented and mimesis people); whole
    records in capitals (about 4 % of non-chat records, tag ``shouted``); lone given names sometimes in
    lower case and lone surnames sometimes in capitals.

Tables (5, 120 rows each at scale 1.0)
    ``scaffold_hire_contracts.csv`` (English: ``hirer`` "Given Surname", ``site_contact`` "SURNAME,
    Given", the role header ``erector`` in "GIVEN SURNAME" capitals, ``mobile``, ``email``; IDs
    ``contract_no`` like "SH-25-0001" and repeating ``depot``), ``tafel_ausgabe.tsv`` (German: separate
    ``Rufname`` and ``Zuname``, the role header ``Ehrenamtliche``, ``Geburtsdatum``, ``Strasse``, ``PLZ``,
    ``Ort``, ``Telefon``; IDs ``Ausweisnummer`` like "TA004200" and repeating ``Ausgabetag``),
    ``tournees_orgues.parquet`` (French, typed: int64 ``num_intervention`` and ``nb_jeux``, float64
    ``montant_ht``, date32 ``date_passage``, string columns: ``organiste_titulaire`` in capitals, the
    role header ``accordeur``, ``telephone``, ``courriel``; IDs ``num_intervention`` and repeating
    ``secteur``), ``gestoria_tramites.csv`` (Spanish: ``titular``, the role header ``gestor`` in "SURNAME,
    Given", ``dni``, ``iban``, ``cp``, ``municipio``; IDs ``expediente`` like "EXP-25/0040" and repeating
    ``oficina``), ``schronisko_rezerwacje.tsv`` (Polish: separate ``imie_goscia`` and
    ``nazwisko_goscia``, the role header ``przewodnik``, ``pesel``, ``telefon``, ``ulica``,
    ``kod_pocztowy``, ``miejscowosc``; IDs ``nr_rezerwacji`` like "2025-R-00100" and repeating
    ``pokoj``). Each has two record-ID columns (``id_columns``: one unique, one repeating), products built
    partly from first names and place words ("Tower Elsie 6m", "Gutschein Lüneburg", "Bourdon Clément",
    "Trámite Exprés Cádiz", "Fotel Kraków"...), amounts, dates, statuses and a notes column (the last
    column) of short sentences mentioning the row's people and others (quoted speech, attn, pairs,
    Polish case forms). About 30 % of rows are in another of the eight languages: their persons, notes,
    phone and e-mail formats and ``lang:`` tags follow the row; IDs, products, amounts, dates, statuses,
    addresses and national IDs keep the table's language.

Names
    The group is drawn first, so the shares hold: about 40 % **invented** from syllable inventories in
    twelve styles no earlier card lists (tags ``invented`` + ``style:<s>``): kinyarwanda, sesotho,
    bambara, fulfulde (with ɓ), tongan (with macrons), marshallese (ļ, ņ, macrons), kiche (K'iche'-like,
    with glottal apostrophes), zapotec (with ë), turkmen (ä, ç, ö, ş, ü, ý), tatar (Zamanälif-like
    ä, ı, ğ, q, ñ), gujarati, ilocano. About 40 % **mimesis** first names and surnames (tags ``mimesis`` +
    ``locale:<l>``); mimesis has no unused locale that passes the filters, so nine non-Latin locales are
    reused and romanised here by conventions no earlier card names: ``ru`` in Czech usage (č, š, ž, šč,
    ch, c, j, je/ja/ju), ``uk`` in German usage (w, sch, tsch, schtsch, z, h for г, je/ji/ja/ju, ss
    between vowels), ``kk`` in Turkish usage (ç, ş, ğ, ı, ö, ü, y, j for ж), ``el`` in Italian usage (c/ch
    and g/gh by the next vowel, t for θ, ch for χ, v for β, i for η/υ/ει/οι, u for ου, b/d initially for
    μπ/ντ, ss between vowels), ``ko`` in French usage (ou, eu, ô, é, tch, ss between vowels; given names
    as one word), ``fa`` in Italian usage (c/ci, g/gi, sc/sci, ch/gh by the next vowel, kh, gh for غ/ق,
    unwritten short vowels supplied as a after the first consonant and inside three-consonant runs) and
    ``ar-qa``, ``ar-kw``, ``ar-om`` in Turkish usage (c, ş, ğ, short vowel e, final d/b as t/p, ta marbuta
    as e, "Âl"/article dropped, "Abdül" fused with the next name). Only names that romanise to one word
    (or a hyphenated pair) are used; surnames come from the person's gender list where mimesis has one.
    About 20 % **word-like** (``wordlike`` + ``wordsrc:<lang>``): surnames that are trade, landscape,
    animal and food words of Irish, Scottish Gaelic, Occitan, Romansh, Sardinian, Esperanto and Serbian
    (Latin script), given names that are short words of those languages for weather, light, dawn and
    stars.

    Filters. Invented and mimesis name words and every derived form (upper, lower, ASCII-folded,
    possessives, Polish case forms, nicknames, @handles): at least three letters, unknown to the engine
    (``usable`` / ``is_known_to_engine``), absent from Faker's person words and from the mimesis person
    lists of the covered locales (en, en-gb, de, fr, es, it, nl, pl, pt; invented words from every
    mimesis list), not a word of any template, JSON key, product, company, status, header, street form,
    honorific or mail domain here, no word of an invented place, and wordfreq zipf < 3 in all eight
    languages. Word-like names pass the same checks except that zipf < 3 is required only in the language
    of the text (or table row) they appear in. E-mail local parts are built from runs of at most two
    letters of the person's names (and checked against every name word of the record), so they never
    hold a name word whole.

Places and contacts
    Streets and cities are invented per language from syllables and endings no earlier card lists for
    that language (cities in "-thwaite/-stow/-leigh/-holme", "-büttel/-leben/-stedt/-wede",
    "-court/-ac/-ange/-erville", "-ona/-uelo/-arrete/-illo", "-ate/-asco/-one/-ezzo",
    "-wolde/-rade/-horst/-meer", "-ówka/-yce/-ino/-anka", "-ela/-inhos/-ede/-arém"), in street forms such
    as "12 X Row", "Flat 3, X Mews", "Xstieg 4", "An der Xmühle 3", "12 impasse X", "Travesía X, 5",
    "Vicolo X 8", "Xkade 14", "al. X 14", "zaułek X 3", "Travessa do X, 11", "Calçada do X, 9-2º"; their
    words are vetted like names (all eight languages) and kept apart from name words. Phones, IBANs,
    national IDs (DE IdNr, FR NIR, ES DNI, IT CF, NL BSN, PL PESEL, PT NIF; a UK National Insurance
    number built here) and postcodes come from the shared helpers. Dates of birth are ``DATE_OF_BIRTH``,
    other dates ``utility:date``.

Tags
    PERSON: ``lang:xx``; case ``title``/``lower``/``upper`` (from the planted form); group and origin
    (above); one slot tag (``quoted_speech``, ``subject_line``, ``care_of``, ``attn``, ``per_pro``,
    ``csv_line``, ``bullet``, ``timestamp_speaker``, ``sentence_start``, ``after_speech_verb``, ``list``,
    ``pair``, ``initial``, ``possessive``, ``inflected``, ``honorific``, ``object``, ``agent``,
    ``greeting``, ``vocative``, ``signoff``, ``line_end``, ``nickname``, ``mention``, ``reversed``,
    ``chat_speaker``, ``sender_field``, ``table_cell``, ``table_notes``, ``plain``; a nickname, @handle,
    initial, reversed, possessive or inflected form in another slot also gets that tag); ``split_name``
    on separate given/family cells; ``repeat`` on later mentions of a person in the same record;
    ``shouted`` on records in capitals; ``canary`` on canary people. Other personal values and every
    ``utility:<kind>`` value carry ``lang:xx``; phones their form (``national``/``intl``/``e164``/
    ``00``), IBANs theirs (``grouped``/``compact``), national IDs their kind.

Canaries
    Three invented people (tongan, turkmen and zapotec styles): all three in every table (whole, in a
    full-name person column), the first a member of every chat (lower case, full name as speaker), and
    each the customer of about 1 % of the other text records (whole name). ``canaries`` lists those that
    appear in a file.

Size (scale 1.0, seed 10110)
    24 text files x 95 records and 5 tables x 120 rows (2,880 records); 10,711 PERSON values (4,522
    invented = 42 %, 3,945 mimesis = 37 %, 2,244 word-like = 21 %), 7,313 other personal values (1,387
    phones, 1,039 e-mails, 189 IBANs, 671 national IDs, 1,089 streets, 1,184 postcodes, 1,191 cities, 563
    dates of birth) and 8,524 business values (1,200 of them record IDs). ``scale`` multiplies the record
    counts (at least 10 text records and 30 table rows per file). Generation takes about seven seconds;
    ``summary()`` and ``python -m bench.detection.blindset10 --out DIR`` give the counts of a run (never
    the values).
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

from bench.detection.format import FileSet, Planted, name_tokens, write_truth
from bench.detection.sources import (
    fold_ascii,
    iban,
    mimesis_person_words,
    national_id,
    phone,
    postcode,
    usable,
)

LANGS = ("en", "de", "fr", "es", "it", "nl", "pl", "pt")
COUNTRY = {"en": "GB", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pl": "PL", "pt": "PT"}
DEFAULT_SEED = 10_110
TEXT_RECORDS = 95
TABLE_ROWS = 120
COVERED_LOCALES = ("en", "en-gb", "de", "fr", "es", "it", "nl", "pl", "pt")
GROUP_WEIGHTS = (("invented", 0.4), ("mimesis", 0.4), ("wordlike", 0.2))

# --- this module's own vocabulary (kept apart from every name word) ------------------------------------

MAIL_DOMAINS = {
    "en": ("fastmail.com", "icloud.com", "ntlworld.com", "talktalk.net"),
    "de": ("mailbox.org", "freenet.de", "arcor.de", "vodafonemail.de"),
    "fr": ("wanadoo.fr", "neuf.fr", "bbox.fr", "numericable.fr"),
    "es": ("ono.com", "terra.es", "outlook.es", "movistar.es"),
    "it": ("alice.it", "fastwebnet.it", "email.it", "aruba.it"),
    "nl": ("xs4all.nl", "planet.nl", "home.nl", "casema.nl"),
    "pl": ("poczta.fm", "tlen.pl", "op.pl", "vp.pl"),
    "pt": ("clix.pt", "netcabo.pt", "outlook.pt", "mail.telepac.pt"),
}
HONORIFICS = {
    "en": ("Mrs", "Mr"),
    "de": ("Frau", "Herr"),
    "fr": ("Madame", "Monsieur"),
    "es": ("Sra.", "Sr."),
    "it": ("sig.ra", "sig."),
    "nl": ("mevr.", "dhr."),
    "pl": ("pani", "pan"),
    "pt": ("D.", "Sr."),
}
#: Well-known first names and place words inside product names (business values that must survive).
PRODUCT_WORDS = {
    "en": (
        "Tower Elsie 6m",
        "Ladder Beam Harold",
        "Board Kit Windsor",
        "Return Ticket Ryde",
        "Car Deck Fishguard",
    ),
    "de": ("Paket Helga", "Gutschein Lüneburg", "Anhänger Bruno 750", "Segler Rhön Ka8", "Winde Greta"),
    "fr": ("Jeu de fonds Chartres", "Bourdon Clément", "Arc Léonie 68", "Panier Rouen", "Carquois Mathis"),
    "es": (
        "Lavado Premium Carmen",
        "Pulido Toledo",
        "Maillot Begoña",
        "Trámite Exprés Cádiz",
        "Encerado Lucía",
    ),
    "it": ("Kit Lego Matilde", "Casco Carsico Asiago", "Tessera Sofia", "Corda Brenta 9mm", "Gioco Pietro"),
    "nl": ("Kast Anneke", "Pakket Zaandam", "Boom Fenna 2", "Mand Veluwe", "Zadel Joost"),
    "pl": ("Pokój Tatry 4", "Piłka Zosia", "Fotel Kraków", "Nocleg Bieszczady", "Kanapa Jadwiga"),
    "pt": ("Assinatura Óbidos", "Tratamento Rosa", "Clarinete Tomás", "Pacote Sintra", "Revista Beatriz"),
}
COMPANIES = {
    "en": ("Brackwater Access Ltd", "Solent Crossings plc", "Northmarsh Hire"),
    "de": ("Grünwerk Logistik GmbH", "Fahrdienst Ostkreis AG", "Segelwerk Hangar KG"),
    "fr": ("Orgues Vallet Frères", "Atelier Tuyaux SARL", "Flèche d'Or SAS"),
    "es": ("Brillauto S.L.", "Asesores Ribera S.A.", "Pedal Norte S.L."),
    "it": ("Ludocoop Srl", "Soccorso Riviera SpA", "Grotte Unite Srl"),
    "nl": ("Tweedekans BV", "Dierenhulp Regio NV", "Feestwerk VOF"),
    "pl": ("Schroniska PTTK Sp. z o.o.", "Tapicer-Lux s.c.", "Siatka Team S.A."),
    "pt": ("Quiosque Central Lda", "Pragas Zero Lda", "Filarmónica Norte SA"),
}
STATUSES = {
    "en": ("on hire", "returned", "overdue", "issued", "refunded", "pending"),
    "de": ("offen", "erledigt", "storniert", "in Prüfung", "ausgegeben"),
    "fr": ("planifiée", "terminée", "annulée", "en attente", "servie"),
    "es": ("pendiente", "tramitado", "cerrado", "en curso", "entregado"),
    "it": ("aperta", "chiusa", "sospesa", "in corso", "rinnovata"),
    "nl": ("gepland", "opgehaald", "vervallen", "afgerond", "in behandeling"),
    "pl": ("potwierdzona", "anulowana", "opłacona", "wstępna", "zakończona"),
    "pt": ("ativa", "suspensa", "paga", "em atraso", "concluída"),
}
CURRENCY = {"en": "£", "pl": "zł"}
STREET_FORMS = {
    "en": ("{n} {R} Row", "{n} {R} Crescent", "Flat {m}, {R} Mews"),
    "de": ("{R}stieg {n}", "An der {R}mühle {n}", "{R}damm {n}b"),
    "fr": ("{n} impasse {R}", "{n}, chemin de {R}", "{n} ter allée {R}"),
    "es": ("Travesía {R}, {n}", "Pasaje {R} {n}, {m}º", "Camino de {R}, {n}"),
    "it": ("Vicolo {R} {n}", "Strada {R} {n}/{m}", "Largo {R} {n}"),
    "nl": ("{R}kade {n}", "{R}dreef {n}-{m}", "{R}pad {n}"),
    "pl": ("al. {R} {n}", "pl. {R} {n}/{m}", "zaułek {R} {n}"),
    "pt": ("Travessa do {R}, {n}", "Largo {R} {n}", "Calçada do {R}, {n}-{m}º"),
}
CITY_ENDINGS = {
    "en": ("thwaite", "stow", "leigh", "holme"),
    "de": ("büttel", "leben", "stedt", "wede"),
    "fr": ("court", "ac", "ange", "erville"),
    "es": ("ona", "uelo", "arrete", "illo"),
    "it": ("ate", "asco", "one", "ezzo"),
    "nl": ("wolde", "rade", "horst", "meer"),
    "pl": ("ówka", "yce", "ino", "anka"),
    "pt": ("ela", "inhos", "ede", "arém"),
}
PLACE_SYLLABLES = (
    "bra",
    "cal",
    "dun",
    "fer",
    "gol",
    "hin",
    "kel",
    "lor",
    "mav",
    "nes",
    "ost",
    "pel",
    "quor",
    "ril",
    "sar",
    "tev",
    "ulm",
    "vor",
    "wes",
    "zan",
    "bel",
    "cor",
    "dra",
    "gam",
)


# --- name styles --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Style:
    """A syllable inventory for invented names."""

    onsets: tuple[str, ...]
    nuclei: tuple[str, ...]
    codas: tuple[str, ...]
    given_end: tuple[str, ...]
    family_start: tuple[str, ...]
    family_end: tuple[str, ...]

    def word(self, rng: random.Random, lo: int, hi: int, start: tuple[str, ...], end: tuple[str, ...]) -> str:
        parts = [rng.choice(start)] if start and rng.random() < 0.5 else []
        for _ in range(rng.randint(lo, hi)):
            part = rng.choice(self.onsets) + rng.choice(self.nuclei)
            if self.codas and rng.random() < 0.3:
                part += rng.choice(self.codas)
            parts.append(part)
        if end and rng.random() < 0.6:
            parts.append(rng.choice(end))
        word = "".join(parts)
        return word[:1].upper() + word[1:]


def _s(*items: str) -> tuple[str, ...]:
    return tuple(x for item in items for x in item.split())


STYLES: dict[str, Style] = {
    "kinyarwanda": Style(
        _s("rw ny cy shy b g k m n r t z j h by"),
        _s("a e i o u"),
        (),
        _s("ze ye na"),
        _s("Uwi Nsh Mu Hab Nk"),
        _s("imana agaba ngabo yezu"),
    ),
    "sesotho": Style(
        _s("tl hl ts th ph kh m l n s b d k p t"),
        _s("a e i o u"),
        (),
        _s("ng leng so"),
        _s("Mo Ma Ra Le Se"),
        _s("tsoane hlela ng foane"),
    ),
    "bambara": Style(
        _s("b d f k m n s t j ny c g dj"),
        _s("a e o u i è"),
        _s("n"),
        _s("ssa nè ba"),
        _s("Ku Dia Sa Tra"),
        _s("ko ra tè mba"),
    ),
    "fulfulde": Style(
        _s("mb nd ng nj b d h j k l m n s w y"),
        _s("a e i o u aa ii oo"),
        _s("l r"),
        _s("ndu aaji nde"),
        _s("Ba Dj Ham"),
        _s("ngo ndiyo ɓe"),
    ),
    "tongan": Style(
        _s("f h k l m n ng p s t v"),
        _s("a e i o u ā ō"),
        (),
        _s("sina lupe"),
        _s("Fa Tu Ha Ve"),
        _s("valu hakau fonua"),
    ),
    "marshallese": Style(
        _s("j k l ļ m n ņ p r t w b d"),
        _s("a e i o u ā ō ū"),
        _s("j k n l r t"),
        _s("ej ōn"),
        _s("Ļa Je Ka"),
        _s("lañ jeļ wōj"),
    ),
    "kiche": Style(
        _s("ch tz x q k b t j w y l m n r s k' q'"),
        _s("a e i o u"),
        _s("j l m n q x"),
        _s("al om ix"),
        _s("Tz' Xu Aj"),
        _s("kej tun ik'"),
    ),
    "zapotec": Style(
        _s("b d g l n r x z y dx zh ch gu nd"),
        _s("a e i o u ë"),
        _s("n b"),
        _s("ia ëë"),
        _s("Bi Xa Gu Zhi"),
        _s("guie ladi yuu"),
    ),
    "turkmen": Style(
        _s("b ç d g h j k l m n p r s ş t ý z"),
        _s("a e i o u ä ö ü y"),
        _s("r n l m t k ş z"),
        _s("gül jan myrat"),
        _s("Orä Baý Ýa"),
        _s("ow ýew gylyjow"),
    ),
    "tatar": Style(
        _s("b ç d g ğ k l m n q r s ş t w y z"),
        _s("a ä e i ı o ö u ü"),
        _s("r n l ñ"),
        _s("bikä ulla etdin"),
        _s("Ğa Xä Ti"),
        _s("ullin etdinov ğärin"),
    ),
    "gujarati": Style(
        _s("bh dh gh jh kh ch sh th v r n m p d h k"),
        _s("a aa i ee u o e ai"),
        _s("n r"),
        _s("ben bhaiya ika"),
        _s("Ja Pa Dhi Va"),
        _s("ani iya adiya ji"),
    ),
    "ilocano": Style(
        _s("b d g k l m n ng p r s t y w"),
        _s("a e i o u"),
        _s("g n s t"),
        _s("ing ita"),
        _s("Ba Ma Ag Pa"),
        _s("ag an ada ino"),
    ),
}
CANARY_STYLES = ("tongan", "turkmen", "zapotec")

WORDLIKE: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # source language: (surnames: trades, landscape, animals, food; given names: weather, light, dawn)
    "ga": (
        _s(
            "Gabha Siúinéir Tuathánach Iascaire Fíodóir Táilliúir Bádóir Cnocán Sléibhín Coillín "
            "Bradán Broc Bainneoir Portach Móinteán Cladach"
        ),
        _s("Báisteach Scamall Solas Réalta Sneachta Gaoth Breacadh Drúcht"),
    ),
    "gd": (
        _s(
            "Greusaiche Iasgair Breabadair Clachair Coilltear Monadh Lochan Bealach Fitheach Bradan "
            "Buachaille Ciobair Coirean Fraoch"
        ),
        _s("Grian Camhanach Reultag Uisge Sionnach Dealbh Gealach Madainn"),
    ),
    "oc": (
        _s(
            "Teissièr Pastre Molinièr Fustièr Ribièra Sèrra Comba Lausa Cabrièr Auriòl Agaça Pairòl "
            "Bosquet Fromatgièr Sabatièr"
        ),
        _s("Auba Nèbla Lutz Ploja Aurassa Calabrun Neu Ròsa"),
    ),
    "rm": (
        _s(
            "Chalger Muglinèr Chaschiel Uaul Muntogna Aual Crap Tschierv Uors Vadretg Plaun Pastgira "
            "Tessunzun Chamutsch"
        ),
        _s("Glisch Neiv Plievgia Stailas Sulegl Brentina Orizi Tschiel"),
    ),
    "sc": (
        _s(
            "Ferreri Pastori Piscadori Massaju Muntagna Pischina Ilighe Murvone Crabarju Casadori "
            "Matzone Sirboni Fenugu"
        ),
        _s("Luxi Bentu Nue Steddu Arbeschida Nie Soliana Lampu"),
    ),
    "eo": (
        _s(
            "Forĝisto Ĉarpentisto Fiŝkaptisto Teksisto Tajloro Ŝuisto Montaro Arbaro Rivereto Kampeto "
            "Vulpo Akcipitro Panisto Fromaĝisto"
        ),
        _s("Lumo Neĝo Pluvo Stelo Aŭroro Nebulo Venteto Tagiĝo"),
    ),
    "sr": (
        _s(
            "Ribar Tkalac Zidar Stolar Kolar Brdo Potok Jezero Šuma Lisica Vrabac Jastreb Grnčar Kačar "
            "Livada Medved"
        ),
        _s("Kiša Magla Sneg Munja Svetlost Zvezda Jutro Rosa"),
    ),
}

# --- romanisation (conventions no earlier card names) ---------------------------------------------------

RU_CZECH = dict(
    zip(
        "абвгдежзийклмнопрстуфхцчшщъыьэюяё",
        [
            "a",
            "b",
            "v",
            "g",
            "d",
            "e",
            "ž",
            "z",
            "i",
            "j",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "ch",
            "c",
            "č",
            "š",
            "šč",
            "_",
            "y",
            "_",
            "e",
            "ju",
            "ja",
            "jo",
        ],
        strict=True,
    )
)
UK_GERMAN = dict(
    zip(
        "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя'’",
        [
            "a",
            "b",
            "w",
            "h",
            "g",
            "d",
            "e",
            "je",
            "sch",
            "s",
            "y",
            "i",
            "ji",
            "j",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "ch",
            "z",
            "tsch",
            "sch",
            "schtsch",
            "_",
            "ju",
            "ja",
            "_",
            "_",
        ],
        strict=True,
    )
)
KK_TURKISH = dict(
    zip(
        "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя",
        [
            "a",
            "e",
            "b",
            "v",
            "g",
            "ğ",
            "d",
            "e",
            "yo",
            "j",
            "z",
            "i",
            "y",
            "k",
            "k",
            "l",
            "m",
            "n",
            "n",
            "o",
            "ö",
            "p",
            "r",
            "s",
            "t",
            "u",
            "u",
            "ü",
            "f",
            "h",
            "h",
            "ts",
            "ç",
            "ş",
            "şç",
            "_",
            "ı",
            "i",
            "_",
            "e",
            "yu",
            "ya",
        ],
        strict=True,
    )
)
_VOWELS = set("aeiouyäöüıéèôàâêîûë")


def _cyrillic(text: str, table: dict[str, str], locale: str) -> str:
    out: list[str] = []
    low = text.lower()
    for i, ch in enumerate(low):
        piece = table.get(ch, ch)
        if piece == "_":
            piece = ""
        prev = low[i - 1] if i else ""
        if locale == "ru" and ch == "е" and (not prev or prev in "аеёиоуыэюяъь"):
            piece = "je"
        if locale == "uk" and ch == "с" and prev and table.get(prev, "x")[-1:] in _VOWELS:
            nxt = low[i + 1] if i + 1 < len(low) else ""
            if nxt and table.get(nxt, "x")[:1] in _VOWELS:
                piece = "ss"
        out.append(piece)
    word = "".join(out)
    return word[:1].upper() + word[1:]


def _greek_italian(text: str) -> str:
    low = "".join(c for c in unicodedata.normalize("NFD", text.lower()) if not unicodedata.combining(c))
    low = low.replace("ς", "σ")
    pairs = [
        ("ου", "u"),
        ("αι", "e"),
        ("ει", "i"),
        ("οι", "i"),
        ("αυ", "av"),
        ("ευ", "ev"),
        ("γγ", "ng"),
        ("γκ", "gh"),
        ("τζ", "z"),
        ("τσ", "z"),
    ]
    single = dict(
        zip(
            "αβδεζηθικλμνξοπρστυφψω",
            [
                "a",
                "v",
                "d",
                "e",
                "z",
                "i",
                "t",
                "i",
                "c",
                "l",
                "m",
                "n",
                "x",
                "o",
                "p",
                "r",
                "s",
                "t",
                "i",
                "f",
                "ps",
                "o",
            ],
            strict=True,
        )
    )
    out: list[str] = []
    i = 0
    while i < len(low):
        two = low[i : i + 2]
        nxt = low[i + 1 : i + 2]
        if two == "μπ":
            out.append("b" if i == 0 else "mb")
            i += 2
            continue
        if two == "ντ":
            out.append("d" if i == 0 else "nd")
            i += 2
            continue
        hit = next((r for p, r in pairs if p == two), None)
        if hit is not None:
            out.append(hit)
            i += 2
            continue
        ch = low[i]
        front = nxt in {"ε", "ι", "η", "υ"} or low[i + 1 : i + 3] in {"αι", "ει", "οι"}
        if ch == "γ":
            out.append("gh" if front else "g")
        elif ch == "κ":
            out.append("ch" if front else "c")
        elif ch == "χ":
            out.append("ch")
        elif ch == "σ" and out and out[-1][-1:] in _VOWELS and nxt and nxt in "αεηιουω":
            out.append("ss")
        else:
            out.append(single.get(ch, ch))
        i += 1
    word = "".join(out)
    return word[:1].upper() + word[1:]


_KO_INITIAL = [
    "k",
    "kk",
    "n",
    "t",
    "tt",
    "r",
    "m",
    "p",
    "pp",
    "s",
    "ss",
    "_",
    "tch",
    "tj",
    "tch",
    "k",
    "t",
    "p",
    "h",
]
_KO_MEDIAL = [
    "a",
    "ae",
    "ya",
    "yae",
    "ô",
    "é",
    "yô",
    "yé",
    "o",
    "oa",
    "oae",
    "oe",
    "yo",
    "ou",
    "ouô",
    "oué",
    "oui",
    "you",
    "eu",
    "eui",
    "i",
]
_KO_FINAL = [
    "",
    *[
        "k",
        "k",
        "k",
        "n",
        "n",
        "n",
        "t",
        "l",
        "k",
        "m",
        "l",
        "l",
        "t",
        "p",
        "l",
        "m",
        "p",
        "p",
        "t",
        "t",
        "ng",
        "t",
        "t",
        "k",
        "t",
        "p",
        "t",
    ],
]


def _korean_french(text: str) -> str:
    out: list[str] = []
    for ch in text:
        code = ord(ch) - 0xAC00
        if not 0 <= code < 11172:
            return ""
        ini, med, fin = code // 588, (code % 588) // 28, code % 28
        onset = _KO_INITIAL[ini].replace("_", "")
        if onset == "s" and out and out[-1][-1:] in _VOWELS:
            onset = "ss"
        out.append(onset + _KO_MEDIAL[med] + _KO_FINAL[fin])
    word = "".join(out)
    return word[:1].upper() + word[1:]


# Persian in Italian usage and Arabic in Turkish usage: consonant phonemes, long vowels from the
# letters, unwritten short vowels supplied (after the first consonant and inside three-consonant runs).
_FA_CONS = {
    "ب": "b",
    "پ": "p",
    "ت": "t",
    "ث": "s",
    "ج": "G",
    "چ": "C",
    "ح": "h",
    "خ": "X",
    "د": "d",
    "ذ": "z",
    "ر": "r",
    "ز": "z",
    "ژ": "J",
    "س": "s",
    "ش": "S",
    "ص": "s",
    "ض": "z",
    "ط": "t",
    "ظ": "z",
    "غ": "Q",
    "ف": "f",
    "ق": "Q",
    "ک": "k",
    "ك": "k",
    "گ": "g",
    "ل": "l",
    "م": "m",
    "ن": "n",
    "ه": "h",
    "ع": "",
    "ء": "",
}
_AR_CONS = {
    **_FA_CONS,
    "ج": "c",
    "ح": "h",
    "خ": "h",
    "ذ": "z",
    "ض": "d",
    "غ": "ğ",
    "ق": "k",
    "ش": "ş",
    "ث": "s",
    "ظ": "z",
}


def _semitic_units(word: str, cons: dict[str, str], short: str) -> list[str]:
    raw: list[tuple[str, str]] = []  # (kind, sound): c consonant, v vowel, g glide (و ي ی)
    for ch in word:
        if ch in "اآأإى":
            raw.append(("v", "i" if ch == "إ" else "a"))
        elif ch in "ويی":
            raw.append(("g", "v" if ch == "و" else "y"))
        elif ch in "ةۀ":
            raw.append(("v", "e"))
        elif ch in cons:
            if cons[ch]:
                raw.append(("c", cons[ch]))
        elif ch != "\u200c":
            return []
    units: list[tuple[str, str]] = []
    for i, (kind, sound) in enumerate(raw):
        if kind == "g":
            prev = raw[i - 1][0] if i else ""
            nxt = raw[i + 1][0] if i + 1 < len(raw) else ""
            diphthong = i == 1 and prev == "c" and nxt == "c"
            if not i or prev == "v" or nxt == "v":
                kind = "c"
            elif diphthong:
                units.append(("v", short))
                kind = "c"
            else:
                kind, sound = "v", "u" if sound == "v" else "i"
        units.append((kind, sound))
    out: list[str] = []
    run = 0
    seen_consonant = False
    for i, (kind, sound) in enumerate(units):
        out.append(sound)
        if kind == "v":
            run = 0
            continue
        run += 1
        nxt_kind = units[i + 1][0] if i + 1 < len(units) else ""
        if nxt_kind == "c" and (not seen_consonant or run >= 2):
            out.append(short)
            run = 0
        seen_consonant = True
    if len(out) > 1 and units[-1] == ("c", "h"):
        out[-1] = "e"  # a final h (Persian ه) is written as a vowel
    return out


def _italian_spelling(units: list[str]) -> str:
    out: list[str] = []
    for i, u in enumerate(units):
        nxt = units[i + 1] if i + 1 < len(units) else ""
        front = nxt[:1] in {"e", "i"}
        vowel_next = nxt[:1] in {"a", "o", "u"}
        if u == "k":
            out.append("ch" if front else ("c" if vowel_next else "k"))
        elif u == "g":
            out.append("gh" if front else "g")
        elif u == "C":
            out.append("c" if front else "ci")
        elif u == "G":
            out.append("g" if front else "gi")
        elif u == "S":
            out.append("sc" if front or not vowel_next else "sci")
        elif u == "X":
            out.append("kh")
        elif u == "Q":
            out.append("gh")
        elif u == "J":
            out.append("j")
        elif u == "s" and out and out[-1][-1:] in _VOWELS and nxt[:1] in _VOWELS:
            out.append("ss")
        else:
            out.append(u)
    word = "".join(out).replace("ii", "i")
    return word[:1].upper() + word[1:]


def _persian_italian(text: str) -> str:
    return _italian_spelling(_semitic_units(text.replace(" ", ""), _FA_CONS, "a"))


def _arabic_turkish(text: str) -> str:
    words = text.split()
    if words and words[0] == "آل":
        words = words[1:]
    if len(words) == 2 and words[0] == "عبد":
        tail = words[1].removeprefix("ال")
        body = _semitic_units(tail, _AR_CONS, "e")
        return ("Abdül" + "".join(body)).capitalize() if body else ""
    if len(words) != 1:
        return ""
    word = words[0].removeprefix("ال")
    units = _semitic_units(word, _AR_CONS, "e")
    if not units:
        return ""
    if units[-1] in {"d", "b"}:
        units[-1] = {"d": "t", "b": "p"}[units[-1]]
    text_out = "".join(units)
    return text_out[:1].upper() + text_out[1:]


def romanise(text: str, locale: str) -> str:
    """A mimesis name of a non-Latin locale in this set's convention for it ("" when it does not fit)."""
    if locale == "ru":
        return _cyrillic(text, RU_CZECH, "ru")
    if locale == "uk":
        return _cyrillic(text, UK_GERMAN, "uk")
    if locale == "kk":
        return _cyrillic(text, KK_TURKISH, "kk")
    if locale == "el":
        return _greek_italian(text)
    if locale == "ko":
        return _korean_french(text)
    if locale == "fa":
        return _persian_italian(text)
    if locale.startswith("ar"):
        return _arabic_turkish(text)
    raise ValueError(locale)


MIMESIS_LOCALES = ("ru", "uk", "kk", "el", "ko", "fa", "ar-qa", "ar-kw", "ar-om")


# --- filters --------------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _covered_mimesis_words() -> frozenset[str]:
    """Every word of the mimesis person lists of the locales the engine's languages cover (case-folded)."""
    import mimesis

    root = Path(mimesis.__file__).parent / "datasets"
    found: set[str] = set()
    for locale in COVERED_LOCALES:
        path = root / locale / "person.json"
        if not path.exists():
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        for key in ("names", "surnames", "first_name", "last_name"):
            value = data.get(key)
            items = [v for vs in value.values() for v in vs] if isinstance(value, dict) else value or []
            found.update(w.casefold() for item in items for w in re.findall(r"[^\W\d_]+", str(item)))
    return frozenset(found)


@lru_cache(maxsize=1)
def _faker_words() -> frozenset[str]:
    from anonymize.vocabulary import faker_person_words

    return faker_person_words()


@lru_cache(maxsize=1)
def template_words() -> frozenset[str]:
    """Every word of this module's sentences, products, companies, statuses, headers and street forms."""
    texts: list[str] = []
    for genre in GENRES:
        texts.extend(genre.templates)
        texts.append(genre.title)
        texts.append(json.dumps(genre.layout or {}))
    for lines in NOTES.values():
        texts.extend(lines)
    for table in TABLES:
        texts.extend(table.headers)
    for source in (PRODUCT_WORDS, COMPANIES, STATUSES, STREET_FORMS, MAIL_DOMAINS, HONORIFICS, EXTRA_WORDS):
        for values in source.values():
            texts.extend(values)
    return frozenset(w.casefold() for text in texts for w in re.findall(r"[^\W\d_]+", text))


class Vetter:
    """Decides whether a name or place word may be planted (cached)."""

    def __init__(self) -> None:
        from wordfreq import zipf_frequency

        self._zipf = zipf_frequency
        self.name_words: set[str] = set()
        self.place_words: set[str] = set()
        self._cache: dict[tuple[str, str], bool] = {}

    def _base(self, word: str, strict: bool) -> bool:
        if len(word) < 3 or not re.fullmatch(r"[^\W\d_]+(?:['’][^\W\d_]+)?", word):
            return False
        forms = {word, word.casefold(), word.upper(), word.lower(), fold_ascii(word)}
        forms.discard("")
        faker, covered, template = _faker_words(), _covered_mimesis_words(), template_words()
        for form in forms:
            folded = form.casefold()
            if folded in faker or folded in covered or folded in template:
                return False
            if strict and folded in mimesis_person_words():
                return False
            if not usable(form):
                return False
        return True

    def ok(self, word: str, langs: Iterable[str], strict: bool = False) -> bool:
        """``word`` passes every filter, with Zipf < 3 in ``langs``."""
        langs = tuple(langs)
        key = (word, ",".join(langs) + ("!" if strict else ""))
        if key not in self._cache:
            good = self._base(word, strict)
            if good:
                variants = {word.casefold(), fold_ascii(word)} - {""}
                good = all(self._zipf(v, lang) < 3 for v in variants for lang in langs)
            self._cache[key] = good
        return self._cache[key]

    def name(self, word: str, langs: Iterable[str], strict: bool = False) -> bool:
        if word.casefold() in self.place_words:
            return False
        return all(self.ok(part, langs, strict) for part in word.split("-"))

    def place(self, word: str) -> bool:
        if word.casefold() in self.name_words:
            return False
        return all(self.ok(w, LANGS, strict=True) for w in re.findall(r"[^\W\d_]+", word) if len(w) >= 3)


# --- people -----------------------------------------------------------------------------------------


@dataclass
class Person:
    given: str
    family: str
    gender: int  # 0 female, 1 male
    group: str
    origin: str  # style:x | locale:x | wordsrc:x
    canary: bool = False

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"

    def tags(self) -> list[str]:
        return [self.group, self.origin, *(["canary"] if self.canary else [])]


class People:
    """Draws people: the group first (40 % invented, 40 % mimesis, 20 % word-like), then a name."""

    def __init__(self, rng: random.Random, vetter: Vetter) -> None:
        self.rng = rng
        self.vet = vetter
        self.mimesis = self._mimesis_pool()
        self.canaries = self._canaries()

    def _mimesis_pool(self) -> dict[str, tuple[list[list[str]], list[list[str]]]]:
        """Per locale, romanised given names and surnames (female, male) that pass the filters."""
        import mimesis

        root = Path(mimesis.__file__).parent / "datasets"
        pool: dict[str, tuple[list[list[str]], list[list[str]]]] = {}
        for locale in MIMESIS_LOCALES:
            data = json.loads((root / locale / "person.json").read_text(encoding="utf-8"))
            given: list[list[str]] = []
            family: list[list[str]] = []
            for gender in ("female", "male"):
                raw = data["surnames"]
                for source, target in (
                    (data["names"][gender], given),
                    (raw.get(gender, []) if isinstance(raw, dict) else raw, family),
                ):
                    names = {romanise(n, locale) for n in source}
                    target.append(sorted(n for n in names if n and self.vet.name(n, LANGS)))
            if all(given) and all(family):
                pool[locale] = (given, family)
        return pool

    def invented(self, style_name: str, gender: int) -> Person:
        style = STYLES[style_name]
        for _ in range(400):
            given = style.word(self.rng, 1, 2, (), style.given_end)
            family = style.word(self.rng, 1, 2, style.family_start, style.family_end)
            if self.rng.random() < 0.07:
                given += "-" + style.word(self.rng, 1, 2, (), ())
            if (
                given.casefold() != family.casefold()
                and self.vet.name(given, LANGS, strict=True)
                and self.vet.name(family, LANGS, strict=True)
            ):
                self.vet.name_words.update(w.casefold() for w in (*given.split("-"), family))
                return Person(given, family, gender, "invented", f"style:{style_name}")
        raise RuntimeError(f"style {style_name} yields no usable name")

    def _canaries(self) -> list[Person]:
        rng = random.Random(1010)
        saved, self.rng = self.rng, rng
        found = [self.invented(style, i % 2) for i, style in enumerate(CANARY_STYLES)]
        self.rng = saved
        for person in found:
            person.canary = True
            person.given = person.given.split("-")[0]
        return found

    def draw(self, lang: str) -> Person:
        rng = self.rng
        roll = rng.random()
        gender = rng.randrange(2)
        if roll < 0.4:
            return self.invented(rng.choice(sorted(STYLES)), gender)
        if roll < 0.8:
            locale = rng.choice(sorted(self.mimesis))
            given_lists, family_lists = self.mimesis[locale]
            given = rng.choice(given_lists[gender])
            if rng.random() < 0.07:
                other = rng.choice(given_lists[gender])
                if other != given:
                    given = f"{given}-{other}"
            return Person(given, rng.choice(family_lists[gender]), gender, "mimesis", f"locale:{locale}")
        for _ in range(200):
            source = rng.choice(sorted(WORDLIKE))
            surnames, givens = WORDLIKE[source]
            word_given, word_family = rng.choice(givens), rng.choice(surnames)
            if self.vet.name(word_given, (lang,)) and self.vet.name(word_family, (lang,)):
                return Person(word_given, word_family, gender, "wordlike", f"wordsrc:{source}")
        return self.invented(rng.choice(sorted(STYLES)), gender)


# --- places and contacts ----------------------------------------------------------------------------


class Places:
    def __init__(self, rng: random.Random, vetter: Vetter) -> None:
        self.rng = rng
        self.vet = vetter

    def _root(self) -> str:
        for _ in range(500):
            root = "".join(self.rng.choice(PLACE_SYLLABLES) for _ in range(self.rng.randint(2, 3)))
            root = root[:1].upper() + root[1:]
            if self.vet.place(root):
                self.vet.place_words.add(root.casefold())
                return root
        raise RuntimeError("no usable place root")

    def city(self, lang: str) -> str:
        for _ in range(200):
            city = self._root() + self.rng.choice(CITY_ENDINGS[lang])
            if self.vet.place(city):
                self.vet.place_words.add(city.casefold())
                return city
        raise RuntimeError("no usable city")

    def street(self, lang: str) -> str:
        form = self.rng.choice(STREET_FORMS[lang])
        return form.format(R=self._root(), n=self.rng.randint(1, 140), m=self.rng.randint(1, 9))


def ni_number(rng: random.Random) -> str:
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    digits = "".join(rng.choice(string.digits) for _ in range(6))
    return f"{rng.choice(first)}{rng.choice(second)} {digits[:2]} {digits[2:4]} {digits[4:]} {rng.choice('ABCD')}"


def person_email(rng: random.Random, person: Person, lang: str) -> str:
    """A mail address from runs of at most two letters of the person's names (never a whole name word)."""
    given, family = fold_ascii(person.given.replace("-", "")), fold_ascii(person.family)
    local = rng.choice(
        [
            f"{given[:2]}.{family[:2]}{rng.randint(10, 99)}",
            f"{family[:1]}{given[:2]}{rng.randint(100, 999)}",
            f"{given[:1]}_{family[:2]}.{rng.randint(1, 9)}{rng.randint(1, 9)}",
            f"{family[:2]}{given[-2:]}{rng.randint(1960, 2005)}",
        ]
    )
    return f"{local}@{rng.choice(MAIL_DOMAINS[lang])}"


# --- filling templates -----------------------------------------------------------------------------

_PLACEHOLDER = re.compile(r"\{(\d)?([a-z]+)(\d)?(?:\|([a-z_]+))?\}")
_FORM_TAG = {
    "init": "initial",
    "rev": "reversed",
    "poss": "possessive",
    "hon": "honorific",
    "nick": "nickname",
    "at": "mention",
    "gen": "inflected",
    "dat": "inflected",
    "ins": "inflected",
}
_NICK_END = {
    "en": "ie",
    "de": "i",
    "fr": "ou",
    "es": "ito",
    "it": "uccio",
    "nl": "tje",
    "pl": "ek",
    "pt": "inho",
}


def case_tag(value: str) -> str:
    letters = [c for c in value if c.isalpha()]
    if all(c.islower() for c in letters):
        return "lower"
    if all(c.isupper() for c in letters):
        return "upper"
    return "title"


def polish_form(word: str, gender: int, case: str) -> str | None:
    """A foreign name word in a Polish case (None when it stays undeclined)."""
    last = word[-1].lower()
    if last in "iy":
        return word + {"gen": "'ego", "dat": "'emu", "ins": "'m"}[case]
    if last == "a":
        if case == "dat":
            return None
        stem = word[:-1]
        if case == "gen":
            return stem + ("i" if stem[-1:] in "kgl" else "y")
        return stem + "ą"
    if last in "eouëāōūäöü" or gender == 0:
        return None
    return word + {"gen": "a", "dat": "owi", "ins": "em"}[case]


def fmt_amount(rng: random.Random, lang: str, lo: int = 5, hi: int = 900) -> str:
    value = rng.randint(lo * 100, hi * 100) / 100
    if lang == "en":
        return f"£{value:,.2f}"
    text = f"{value:,.2f}".replace(",", " ").replace(".", ",")
    if lang == "pl":
        return f"{text} zł"
    if lang in {"it", "nl"}:
        return f"€ {text}"
    return f"{text} €"


def fmt_date(day: dt.date, lang: str) -> str:
    if lang in {"de", "pl"}:
        return day.strftime("%d.%m.%Y")
    if lang == "nl":
        return day.strftime("%d-%m-%Y")
    return day.strftime("%d/%m/%Y")


class Record:
    """One record being written: its people (by template index), language and planted values."""

    def __init__(self, gen: Generator, lang: str, persons: list[Person] | None = None) -> None:
        self.gen = gen
        self.lang = lang
        self.persons: dict[int, Person] = dict(enumerate(persons or [], start=1))
        self.used: set[int] = set()
        self.planted: list[Planted] = []

    def person(self, index: int) -> Person:
        if index not in self.persons:
            self.persons[index] = self.gen.new_person(self.lang)
        return self.persons[index]

    def _person_form(self, person: Person, form: str) -> str:
        rng, lang, vet = self.gen.rng, self.lang, self.gen.vet
        langs = (lang,) if person.group == "wordlike" else LANGS
        given, family = person.given, person.family
        if form == "full":
            return person.full
        if form == "given":
            return given.lower() if rng.random() < 0.25 and not person.canary else given
        if form == "sur":
            return family.upper() if rng.random() < 0.25 and not person.canary else family
        if form == "init":
            return f"{given[0]}. {family}"
        if form == "rev":
            return f"{family.upper()}, {given}"
        if form == "hon":
            return family

        def fits(candidate: str | None) -> bool:
            tokens = name_tokens(candidate or "")
            return bool(tokens) and all(vet.name(t, langs) for t in tokens)

        if form == "poss":
            if lang == "en":
                candidate: str | None = f"{family}'s"
            elif lang in {"de", "nl"}:
                candidate = f"{family}'s" if lang == "nl" and family[-1].lower() in "aeiouy" else f"{family}s"
                if family[-1] in "sxz":
                    candidate = f"{family}'"
            elif lang == "pl":
                candidate = polish_form(family, person.gender, "gen")
            else:
                candidate = family
            return candidate if candidate and fits(candidate) else family
        if form in {"gen", "dat", "ins"}:
            inflected = polish_form(family, person.gender, form)
            return inflected if inflected and fits(inflected) else family
        if form == "nick":
            base = given.split("-")[0]
            for candidate in (base[:4] + _NICK_END[lang], base[:3] + _NICK_END[lang], base[:5]):
                if len(candidate) >= 3 and fits(candidate):
                    return candidate
            return base
        if form == "at":
            return "@" + fold_ascii(given.split("-")[0]) + str(rng.randint(1, 99))
        raise ValueError(form)

    def plant_person(self, index: int, form: str, slot: str | None, field_name: str) -> str:
        person = self.person(index)
        value = self._person_form(person, form)
        form_tag = _FORM_TAG.get(form)
        if value == person.family and (
            form in {"gen", "dat", "ins"} or (form == "poss" and self.lang in {"en", "de", "nl", "pl"})
        ):
            form_tag = None  # the form could not be built (undeclined or filtered): the bare surname
        slot_tag = slot or form_tag or "plain"
        tags = [f"lang:{self.lang}", case_tag(value), *person.tags(), slot_tag]
        if form_tag and form_tag != slot_tag:
            tags.append(form_tag)
        if index in self.used:
            tags.append("repeat")
        self.used.add(index)
        self.planted.append(Planted("PERSON", value.lstrip("@"), field_name, tags))
        if form == "hon":
            return f"{HONORIFICS[self.lang][person.gender]} {value}"
        return value

    def plant(self, entity: str, value: str, field_name: str, *extra: str) -> str:
        self.planted.append(Planted(entity, value, field_name, [f"lang:{self.lang}", *extra]))
        return value

    def value(self, kind: str, index: int | None, field_name: str) -> str:
        rng, lang, gen = self.gen.rng, self.lang, self.gen
        country = COUNTRY[lang]
        if kind == "phone":
            text, style = phone(rng, country)
            return self.plant("PHONE_NUMBER", text, field_name, style)
        if kind == "email":
            person = self.person(index or 1)
            words = {w.casefold() for p in self.persons.values() for w in name_tokens(p.full)}
            for _ in range(20):
                address = person_email(rng, person, lang)
                if not words & {w.casefold() for w in re.findall(r"[^\W\d_]+", address)}:
                    break
            return self.plant("EMAIL_ADDRESS", address, field_name)
        if kind == "iban":
            text, style = iban(rng, country)
            return self.plant("IBAN_CODE", text, field_name, style)
        if kind == "nid":
            if lang == "en":
                return self.plant("NATIONAL_ID", ni_number(rng), field_name, "GB NINO")
            found = national_id(rng, country)
            assert found is not None
            return self.plant("NATIONAL_ID", found[0], field_name, found[1])
        if kind == "street":
            return self.plant("STREET_ADDRESS", gen.places.street(lang), field_name)
        if kind == "pc":
            return self.plant("POSTCODE", postcode(rng, country), field_name)
        if kind == "city":
            return self.plant("CITY", gen.places.city(lang), field_name)
        if kind == "dob":
            born = dt.date(1941, 1, 1) + dt.timedelta(days=rng.randrange(365 * 64))
            return self.plant("DATE_OF_BIRTH", fmt_date(born, lang), field_name)
        utility: dict[str, Callable[[], str]] = {
            "prod": lambda: rng.choice(PRODUCT_WORDS[lang]),
            "order": lambda: f"{rng.choice('BDKMRTW')}{rng.choice('AEHLNSX')}-{rng.randint(10000, 99999)}",
            "inv": lambda: f"F{rng.randint(2024, 2026)}/{rng.randint(1, 9999):04d}",
            "case": lambda: f"#{rng.randint(100000, 999999)}",
            "track": lambda: f"TR{rng.randint(10**9, 10**10 - 1)}{rng.choice('XYZ')}",
            "amt": lambda: fmt_amount(rng, lang),
            "date": lambda: fmt_date(dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(600)), lang),
            "ts": lambda: (
                f"{dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(600))} "
                f"{rng.randint(6, 21):02d}:{rng.choice([0, 5, 15, 20, 30, 40, 45, 55]):02d}"
            ),
            "status": lambda: rng.choice(STATUSES[lang]),
            "comp": lambda: rng.choice(COMPANIES[lang]),
            "sku": lambda: (
                f"SKU-{rng.randint(100, 999)}-{rng.choice(string.ascii_uppercase)}{rng.randint(1, 9)}"
            ),
            "ver": lambda: f"v{rng.randint(1, 5)}.{rng.randint(0, 12)}.{rng.randint(0, 30)}",
        }
        names = {
            "prod": "product",
            "order": "order_number",
            "inv": "invoice_number",
            "case": "case_number",
            "track": "tracking_number",
            "amt": "amount",
            "date": "date",
            "ts": "timestamp",
            "status": "status",
            "comp": "company",
            "sku": "sku",
            "ver": "version",
        }
        if kind in utility:
            return self.plant(f"utility:{names[kind]}", utility[kind](), field_name)
        if kind == "time":
            return f"{rng.randint(6, 21):02d}:{rng.randint(0, 59):02d}"
        if kind == "n":
            return str(rng.randint(2, 14))
        raise ValueError(kind)

    def fill(self, template: str, field_name: str = "text") -> str:
        def one(match: re.Match[str]) -> str:
            index, kind, index2, slot = match.groups()
            if index:
                return self.plant_person(int(index), kind, slot, field_name)
            return self.value(kind, int(index2) if index2 else None, field_name)

        return _PLACEHOLDER.sub(one, template)

    def shout(self) -> None:
        for planted in self.planted:
            planted.value = planted.value.upper()
            if planted.entity == "PERSON":
                planted.tags = [t for t in planted.tags if t not in {"title", "lower"}]
                planted.tags.insert(1, "upper")
                planted.tags.append("shouted")

    def lower(self) -> None:
        for planted in self.planted:
            planted.value = planted.value.lower()
            if planted.entity == "PERSON":
                planted.tags = ["lower" if t in {"title", "upper"} else t for t in planted.tags]


# --- genres -----------------------------------------------------------------------------------------

#: In JSONL layouts a string is a template, "@T" one of the genre's templates, a one-dict list a list of
#: one to three such objects.
Layout = dict[str, Any]


@dataclass(frozen=True)
class Genre:
    lang: str
    name: str
    fmt: str  # txt | jsonl
    title: str
    templates: tuple[str, ...]
    layout: Layout | None = None
    chat: bool = False


GENRES: tuple[Genre, ...] = (
    # ---------------------------------------------------------------- en
    Genre(
        "en",
        "scaffold_yard_log",
        "txt",
        "scaffolding hire yard log",
        (
            "[{time}] {1given|timestamp_speaker}: tower {prod} back from site, {2full|object} signed the return sheet, status {status}.",
            "Re: Hire contract {order} for {1full|subject_line} - deposit {amt} refunded to {iban}.",
            "Delivery to {street}, {city} {pc}, c/o {1full|care_of}; ring {phone} before {time}.",
            '{1full|sentence_start} rang: "Tell {2given|quoted_speech} the boards are still wet." Logged as case {case}.',
            "attn: {1init|attn} - invoice {inv} of {amt} went to {comp}, not to {2poss} office.",
            "Pasted from the depot sheet: {1sur|csv_line},{1given|csv_line},{phone},{amt},{status}",
            "Loaders today: - {1full|bullet} - {2rev|bullet} - {3full|bullet} (van {order}).",
            "Erected on {date} by {1full|agent} with {2full|pair} and {3full|pair}; NI {nid}, born {dob}.",
            "p.p. {1full|per_pro}: {2hon} wants the {prod} kept until {date}; mail {email2}.",
            "{1hon} ({email1}) complained that {2nick|nickname}'s lorry blocked {street} again.",
        ),
    ),
    Genre(
        "en",
        "ferry_ticket_desk",
        "jsonl",
        "ferry ticket desk",
        (
            "{2given} asked to move the car to the {time} sailing; {1full|agent} agreed, fee {amt}.",
            'Refund {inv} approved by {3full|agent} ("{2hon} keeps the return leg").',
            "Foot passengers added: {3full|list}, {4full|list} and {5given|list}.",
            "Left a wallet on deck - handed in by {3full|object}, collected by {2poss} brother.",
            "{2full|sentence_start} says {3given|after_speech_verb} will drive; plate noted, ticket {order}.",
        ),
        layout={
            "ticket": "{order}",
            "sailing": {"date": "{date}", "desk": "{1full|agent}"},
            "passenger": {
                "name": "{2full|sender_field}",
                "born": "{dob}",
                "contact": {"email": "{email2}", "phone": "{phone}"},
                "address": {"line": "{street}", "postcode": "{pc}", "town": "{city}"},
            },
            "history": [{"at": "{ts}", "text": "@T"}],
        },
    ),
    Genre(
        "en",
        "radio_net_chat",
        "txt",
        "amateur radio net chat",
        (
            "evening all, net opens at {time}, {1nick|greeting} is net control tonight",
            "copy that {1given|vocative}, signal fair here, {2full|object} relayed for {3given|object}",
            "who has the {prod} manual? {1at|mention} you borrowed it from {2poss} shack",
            '"check the antenna before you key up" - {1given|quoted_speech} said that twice',
            "logging off, 73 and thanks, {1given|signoff}",
            "{1full|sentence_start} and {2full|pair} are at the field day, {3given|line_end}",
            "net fund: {amt} from {1hon}, receipt {inv}, ta {2nick|nickname}",
        ),
        chat=True,
    ),
    # ---------------------------------------------------------------- de
    Genre(
        "de",
        "schulbus_disposition",
        "txt",
        "Schulbus-Disposition",
        (
            "[{time}] {1given|timestamp_speaker}: Linie 4 fährt heute ohne Halt an der {street}; {2full|object} ist informiert.",
            "Betreff: Fahrausweis {order} für {1full|subject_line} - Eltern zahlen {amt} per {iban}.",
            "Abholung c/o {1full|care_of}, {street}, {pc} {city}; Rückruf unter {phone}.",
            '{1hon} sagte: "{2given|quoted_speech} steigt ab Montag in {city} zu." Vorgang {case}.',
            "z. Hd. {1full|attn}: Rechnung {inv} über {amt} an {comp}.",
            "Aus der Liste kopiert: {1sur|csv_line};{1given|csv_line};{phone};{status}",
            "Begleitpersonen: - {1full|bullet} - {2rev|bullet} - {3init|bullet}",
            "Fahrt am {date} übernommen von {1full|agent}; {2poss} Sohn (geb. {dob}) fehlte.",
            "i. A. {1full|per_pro} - {2hon} bittet um Rückmeldung an {email2}.",
            "Laut {1full|after_speech_verb} war der Bus {order} um {time} voll, {2given} musste warten.",
        ),
    ),
    Genre(
        "de",
        "tafel_vermerke",
        "jsonl",
        "Tafel, Ausgabestelle",
        (
            "{2given} holt heute auch für {3full|object} ab; {1full|agent} hat es notiert.",
            "Ausweis verlängert bis {date}, geprüft von {3full|agent}.",
            'Hinweis von {3hon}: "{2given|quoted_speech} braucht glutenfreie Ware."',
            "Fahrdienst zu {2poss} Wohnung übernimmt {4full|object} am {date}.",
            "Spende {amt} von {comp} - Dank an {3full|list} und {4full|list}.",
        ),
        layout={
            "ausgabe": {"nr": "{order}", "tag": "{date}", "helfer": "{1full|agent}"},
            "kunde": {
                "name": "{2full|sender_field}",
                "geboren": "{dob}",
                "anschrift": {"strasse": "{street}", "plz": "{pc}", "ort": "{city}"},
                "kontakt": {"telefon": "{phone}", "mail": "{email2}"},
            },
            "vermerke": [{"zeit": "{ts}", "text": "@T"}],
        },
    ),
    Genre(
        "de",
        "segelflug_chat",
        "jsonl",
        "Segelflugverein chat",
        (
            "moin zusammen, wer schleppt morgen? {1nick|greeting} hat die winde",
            "{1given|sentence_start} fliegt die {prod}, {2full|object} macht den start",
            "danke {1given|vocative}",
            '"thermik ab mittag" meint {1given|quoted_speech}',
            "{1at|mention} kannst du {2poss} anhänger holen?",
            "flugbuch ist bei {1full|object} und {2full|pair}",
            "gruß, {1given|signoff}",
        ),
        chat=True,
    ),
    # ---------------------------------------------------------------- fr
    Genre(
        "fr",
        "orgues_carnet_tournees",
        "txt",
        "accordeur d'orgues, tournées",
        (
            "[{time}] {1given|timestamp_speaker} : relevage du positif terminé, {2full|object} a signé le bon {order}.",
            "Objet : devis {inv} pour {1full|subject_line} - acompte {amt} reçu sur {iban}.",
            "Clé de la tribune c/o {1full|care_of}, {street}, {pc} {city} ; tél. {phone}.",
            "{1hon} a dit : « {2given|quoted_speech} joue dimanche, il faut finir le récit. » Dossier {case}.",
            "À l'attention de {1full|attn} : facture {inv} de {amt} adressée à {comp}.",
            "Copie du tableau : {1sur|csv_line};{1given|csv_line};{phone};{status}",
            "Présents : - {1full|bullet} - {2rev|bullet} - {3init|bullet}",
            "Accord fait le {date} par {1full|agent} avec {2full|pair} et {3full|pair}.",
            "P.o. {1full|per_pro} - la soufflerie de l'église de {2poss} reste {status}.",
            "Selon {1full|after_speech_verb}, l'organiste (née le {dob}, NIR {nid}) signe le contrat.",
        ),
    ),
    Genre(
        "fr",
        "banque_alimentaire",
        "jsonl",
        "banque alimentaire, distributions",
        (
            "{2given} passe aussi pour {3full|object} ; noté par {1full|agent}.",
            "Colis remis le {date} par {3full|agent}.",
            "Message de {3hon} : « {2given|quoted_speech} ne mange pas de porc. »",
            "Livraison chez {4full|object}, dans l'immeuble de {2poss}.",
            "Don de {amt} par {comp}, merci à {3full|list} et {4full|list}.",
        ),
        layout={
            "distribution": {"num": "{order}", "jour": "{date}", "benevole": "{1full|agent}"},
            "beneficiaire": {
                "nom": "{2full|sender_field}",
                "naissance": "{dob}",
                "adresse": {"voie": "{street}", "cp": "{pc}", "commune": "{city}"},
                "contact": {"tel": "{phone}", "courriel": "{email2}"},
            },
            "suivi": [{"horodatage": "{ts}", "texte": "@T"}],
        },
    ),
    Genre(
        "fr",
        "club_tir_arc_chat",
        "txt",
        "club de tir à l'arc chat",
        (
            "salut la compagnie, {1nick|greeting} ouvre le pas de tir à {time}",
            "{1given|sentence_start} a cassé une flèche, {2full|object} lui prête son {prod}",
            "merci {1given|vocative}",
            "« on tire à 50 m samedi » d'après {1given|quoted_speech}",
            "{1at|mention} tu ramènes les blasons du garage de {2poss} ?",
            "licences à déposer chez {1full|object} ou {2full|pair}",
            "bises, {1given|signoff}",
        ),
        chat=True,
    ),
    # ---------------------------------------------------------------- es
    Genre(
        "es",
        "lavadero_coches",
        "txt",
        "lavadero de coches",
        (
            "[{time}] {1given|timestamp_speaker}: {prod} terminado, {2full|object} recoge el coche.",
            "Asunto: bono {order} de {1full|subject_line} - cargo {amt} en {iban}.",
            "Recogida a domicilio c/o {1full|care_of}, {street}, {pc} {city}; tel. {phone}.",
            '{1hon} dijo: "{2given|quoted_speech} viene a por la furgoneta a las {time}." Incidencia {case}.',
            "A la atención de {1full|attn}: factura {inv} por {amt} a {comp}.",
            "Copiado de la hoja: {1sur|csv_line};{1given|csv_line};{phone};{status}",
            "Turno de tarde: - {1full|bullet} - {2rev|bullet} - {3init|bullet}",
            "Lavado del {date} hecho por {1full|agent}; el coche de la hermana de {2poss} sigue {status}.",
            "P.p. {1full|per_pro} - reclamación de {2hon}, DNI {nid}, nacida el {dob}.",
            "Según {1full|after_speech_verb}, {2full|object} dejó las llaves en caja.",
        ),
    ),
    Genre(
        "es",
        "gestoria_expedientes",
        "jsonl",
        "gestoría, trámites",
        (
            "{2given} aporta el poder firmado; revisado por {1full|agent}.",
            "Cita en Tráfico el {date}, acompaña {3full|object}.",
            'Nota de {3hon}: "{2given|quoted_speech} necesita copia compulsada."',
            "Herencia del padre de {2poss}: firman {3full|list} y {4full|list}.",
            "Honorarios {amt}, factura {inv} a nombre de {4full|object}.",
        ),
        layout={
            "expediente": {"ref": "{case}", "alta": "{date}", "gestor": "{1full|agent}"},
            "cliente": {
                "nombre": "{2full|sender_field}",
                "dni": "{nid}",
                "domicilio": {"calle": "{street}", "cp": "{pc}", "municipio": "{city}"},
                "contacto": {"movil": "{phone}", "correo": "{email2}"},
            },
            "historial": [{"fecha": "{ts}", "nota": "@T"}],
        },
    ),
    Genre(
        "es",
        "pena_ciclista_chat",
        "jsonl",
        "peña ciclista chat",
        (
            "buenas, salida a las {time}, {1nick|greeting} lleva la ruta",
            "{1given|sentence_start} pinchó otra vez, {2full|object} le dejó la bomba",
            "gracias {1given|vocative}",
            '"el puerto está cortado" según {1given|quoted_speech}',
            "{1at|mention} trae el {prod} de la tienda de {2poss}",
            "cuotas a {1full|object} o a {2full|pair}",
            "un abrazo, {1given|signoff}",
        ),
        chat=True,
    ),
    # ---------------------------------------------------------------- it
    Genre(
        "it",
        "ludoteca_iscrizioni",
        "txt",
        "ludoteca, iscrizioni",
        (
            "[{time}] {1given|timestamp_speaker}: prestito del {prod} a {2full|object}, rientro il {date}.",
            "Oggetto: tessera {order} per {1full|subject_line} - quota {amt} su {iban}.",
            "Recapito c/o {1full|care_of}, {street}, {pc} {city}; tel. {phone}.",
            '{1hon} ha detto: "{2given|quoted_speech} porta il fratellino sabato." Pratica {case}.',
            "Alla c.a. di {1full|attn}: fattura {inv} di {amt} intestata a {comp}.",
            "Dal foglio soci: {1sur|csv_line};{1given|csv_line};{phone};{status}",
            "Volontari: - {1full|bullet} - {2rev|bullet} - {3init|bullet}",
            "Laboratorio del {date} tenuto da {1full|agent} con {2full|pair} e {3full|pair}.",
            "P.p. {1full|per_pro} - la madre della bambina di {2poss} (nata il {dob}, CF {nid}) firma la liberatoria.",
            "Secondo {1full|after_speech_verb}, il gioco {prod} manca di tre pezzi.",
        ),
    ),
    Genre(
        "it",
        "guardia_medica_turistica",
        "jsonl",
        "guardia medica turistica",
        (
            "{2given} accompagnato da {3full|object}; visita eseguita da {1full|agent}.",
            "Ricetta ritirata il {date} da {3full|agent}.",
            'Annotazione di {3hon}: "{2given|quoted_speech} è allergico alla penicillina."',
            "Richiamato l'albergo di {2poss}, parla con {4full|object}.",
            "Ticket {amt} pagato, ricevuta {inv}; presenti {3full|list} e {4full|list}.",
        ),
        layout={
            "accesso": {"numero": "{case}", "data": "{date}", "medico": "{1full|agent}"},
            "paziente": {
                "nominativo": "{2full|sender_field}",
                "nascita": "{dob}",
                "cf": "{nid}",
                "recapito": {"via": "{street}", "cap": "{pc}", "comune": "{city}"},
                "contatti": {"cellulare": "{phone}", "email": "{email2}"},
            },
            "accessi": [{"ora": "{ts}", "nota": "@T"}],
        },
    ),
    Genre(
        "it",
        "gruppo_speleo_chat",
        "txt",
        "gruppo speleologico chat",
        (
            "ciao a tutti, uscita alle {time}, {1nick|greeting} porta le corde",
            "{1given|sentence_start} è rimasto in strettoia, {2full|object} l'ha aiutato",
            "grazie {1given|vocative}",
            '"la grotta è allagata" dice {1given|quoted_speech}',
            "{1at|mention} recuperi il {prod} dalla macchina del cugino di {2poss}?",
            "quote da dare a {1full|object} o a {2full|pair}",
            "a presto, {1given|signoff}",
        ),
        chat=True,
    ),
    # ---------------------------------------------------------------- nl
    Genre(
        "nl",
        "kringloop_ophaalritten",
        "txt",
        "kringloopwinkel, ophaalritten",
        (
            "[{time}] {1given|timestamp_speaker}: {prod} opgehaald bij {2full|object}, status {status}.",
            "Onderwerp: ophaalbon {order} voor {1full|subject_line} - borg {amt} terug naar {iban}.",
            "Ophalen p/a {1full|care_of}, {street}, {pc} {city}; bellen {phone}.",
            '{1hon} zei: "{2given|quoted_speech} zet de kast vast buiten." Melding {case}.',
            "T.a.v. {1full|attn}: factuur {inv} van {amt} aan {comp}.",
            "Uit de lijst geplakt: {1sur|csv_line};{1given|csv_line};{phone};{status}",
            "Chauffeurs: - {1full|bullet} - {2rev|bullet} - {3init|bullet}",
            "Rit van {date} gereden door {1full|agent}; {2poss} bank paste niet in de bus.",
            "Namens {1full|per_pro} - {2hon} (geb. {dob}, BSN {nid}) krijgt een tegoedbon.",
            "Volgens {1full|after_speech_verb} staan er nog dozen bij {2full|object}.",
        ),
    ),
    Genre(
        "nl",
        "dierenambulance_meldingen",
        "jsonl",
        "dierenambulance, meldingen",
        (
            "{2given} vond de egel bij de schuur; opgehaald door {1full|agent}.",
            "Kat naar de opvang op {date}, gebracht door {3full|agent}.",
            'Notitie van {3hon}: "{2given|quoted_speech} wil op de hoogte blijven."',
            "Zwaan in de sloot achter {2poss} huis, {4full|object} heeft gebeld.",
            "Gift {amt} van {comp}, bedankt {3full|list} en {4full|list}.",
        ),
        layout={
            "melding": {"nummer": "{case}", "datum": "{date}", "ambulancier": "{1full|agent}"},
            "melder": {
                "naam": "{2full|sender_field}",
                "adres": {"straat": "{street}", "postcode": "{pc}", "plaats": "{city}"},
                "contact": {"telefoon": "{phone}", "email": "{email2}"},
            },
            "opmerkingen_log": [{"tijd": "{ts}", "tekst": "@T"}],
        },
    ),
    Genre(
        "nl",
        "carnavalsvereniging_chat",
        "jsonl",
        "carnavalsvereniging chat",
        (
            "hoi allemaal, bouwen om {time}, {1nick|greeting} heeft de sleutel",
            "{1given|sentence_start} schildert de wagen, {2full|object} doet de lampen",
            "dank je {1given|vocative}",
            '"de optocht start later" zegt {1given|quoted_speech}',
            "{1at|mention} kun je de {prod} uit {2poss} schuur halen?",
            "contributie naar {1full|object} of {2full|pair}",
            "alaaf, {1given|signoff}",
        ),
        chat=True,
    ),
    # ---------------------------------------------------------------- pl
    Genre(
        "pl",
        "schronisko_dziennik",
        "txt",
        "schronisko górskie, rezerwacje",
        (
            "[{time}] {1given|timestamp_speaker}: {prod} zarezerwowany dla {2gen|inflected}, status {status}.",
            "Temat: rezerwacja {order} dla {1full|subject_line} - zaliczka {amt} na {iban}.",
            "Korespondencja c/o {1full|care_of}, {street}, {pc} {city}; tel. {phone}.",
            '{1hon} powiedział: "{2given|quoted_speech} przyjedzie dopiero w sobotę." Sprawa {case}.',
            "Do wiadomości {1full|attn}: faktura {inv} na {amt} dla {comp}.",
            "Wklejone z arkusza: {1sur|csv_line};{1given|csv_line};{phone};{status}",
            "Grupa: - {1full|bullet} - {2rev|bullet} - {3init|bullet}",
            "Nocleg {date} potwierdzony przez {1full|agent}; dziękujemy {2dat|inflected}.",
            "Z up. {1full|per_pro} - gość {2full|object} (PESEL {nid}, ur. {dob}) płaci na miejscu.",
            "Według {1gen|after_speech_verb} klucz zostawiono razem z {2ins|inflected}.",
        ),
    ),
    Genre(
        "pl",
        "pracownia_tapicerska",
        "jsonl",
        "pracownia tapicerska",
        (
            "{2given} przywiózł fotel; przyjął {1full|agent}.",
            "Tkanina zamówiona {date}, odbierze {3full|object}.",
            'Notatka od {3hon}: "{2given|quoted_speech} chce ciemniejszy welur."',
            "Kanapa z mieszkania {2gen|possessive}, transport z {4ins|inflected}.",
            "Zaliczka {amt}, faktura {inv}; obecni {3full|list} i {4full|list}.",
        ),
        layout={
            "zlecenie": {"numer": "{order}", "przyjete": "{date}", "tapicer": "{1full|agent}"},
            "klient": {
                "nazwa": "{2full|sender_field}",
                "pesel": "{nid}",
                "adres": {"ulica": "{street}", "kod": "{pc}", "miasto": "{city}"},
                "kontakt": {"telefon": "{phone}", "email": "{email2}"},
            },
            "przebieg": [{"kiedy": "{ts}", "opis": "@T"}],
        },
    ),
    Genre(
        "pl",
        "druzyna_siatkowki_chat",
        "txt",
        "drużyna siatkówki chat",
        (
            "hej, trening o {time}, {1nick|greeting} ma klucze do hali",
            "{1given|sentence_start} skręcił kostkę, {2full|object} go zawiózł",
            "dzięki {1given|vocative}",
            '"mecz przełożony" pisze {1given|quoted_speech}',
            "{1at|mention} weźmiesz {prod} od {2gen|inflected}?",
            "składki do {1full|object} albo {2full|pair}",
            "pozdro, {1given|signoff}",
        ),
        chat=True,
    ),
    # ---------------------------------------------------------------- pt
    Genre(
        "pt",
        "quiosque_assinaturas",
        "txt",
        "quiosque de jornais, assinaturas",
        (
            "[{time}] {1given|timestamp_speaker}: {prod} entregue a {2full|object}, estado {status}.",
            "Assunto: assinatura {order} de {1full|subject_line} - débito {amt} em {iban}.",
            "Entregar a/c {1full|care_of}, {street}, {pc} {city}; tel. {phone}.",
            '{1hon} disse: "{2given|quoted_speech} levanta o jornal às {time}." Processo {case}.',
            "À atenção de {1full|attn}: fatura {inv} de {amt} para {comp}.",
            "Copiado da folha: {1sur|csv_line};{1given|csv_line};{phone};{status}",
            "Distribuidores: - {1full|bullet} - {2rev|bullet} - {3init|bullet}",
            "Reclamação de {date} tratada por {1full|agent}; a revista da mãe de {2poss} não chegou.",
            "P.p. {1full|per_pro} - {2hon} (NIF {nid}, nasc. {dob}) renova por um ano.",
            "Segundo {1full|after_speech_verb}, {2full|object} deixou o troco no balcão.",
        ),
    ),
    Genre(
        "pt",
        "desinfestacao_servicos",
        "jsonl",
        "empresa de desinfestação",
        (
            "{2given} abriu a cave; tratamento feito por {1full|agent}.",
            "Revisita marcada para {date}, acompanha {3full|object}.",
            'Nota de {3hon}: "{2given|quoted_speech} tem um gato, usar isco seguro."',
            "Ninho de vespas no telhado do vizinho de {2poss}, avisado {4full|object}.",
            "Pago {amt}, fatura {inv}; presentes {3full|list} e {4full|list}.",
        ),
        layout={
            "servico": {"ref": "{order}", "data": "{date}", "tecnico": "{1full|agent}"},
            "cliente": {
                "nome": "{2full|sender_field}",
                "nif": "{nid}",
                "morada": {"rua": "{street}", "codigo_postal": "{pc}", "localidade": "{city}"},
                "contacto": {"telemovel": "{phone}", "email": "{email2}"},
            },
            "registo": [{"quando": "{ts}", "texto": "@T"}],
        },
    ),
    Genre(
        "pt",
        "filarmonica_chat",
        "jsonl",
        "banda filarmónica chat",
        (
            "olá a todos, ensaio às {time}, {1nick|greeting} abre a sede",
            "{1given|sentence_start} esqueceu a estante, {2full|object} emprestou a dele",
            "obrigado {1given|vocative}",
            '"a procissão começa às seis" diz {1given|quoted_speech}',
            "{1at|mention} trazes o {prod} do irmão de {2poss}?",
            "quotas para {1full|object} ou {2full|pair}",
            "abraço, {1given|signoff}",
        ),
        chat=True,
    ),
)

#: Short notes for the tables' notes columns ({1} is the row's main person, {2}/{3} others).
NOTES: dict[str, tuple[str, ...]] = {
    "en": (
        "{1given|table_notes} asked for a later collection; {2full|table_notes} will sign.",
        "Keys left with {2hon}, see {1poss} email.",
        '"No access before nine" - {2given|quoted_speech}.',
        "attn: {2full|attn}, {3full|pair} also on site.",
    ),
    "de": (
        "{1given|table_notes} kommt nur dienstags; {2full|table_notes} holt mit ab.",
        "Rücksprache mit {2hon}, siehe {1poss} Antrag.",
        '"Bitte kein Schweinefleisch" - {2given|quoted_speech}.',
        "z. Hd. {2full|attn}, Vertretung {3full|pair}.",
    ),
    "fr": (
        "{1given|table_notes} préfère le mardi ; {2full|table_notes} a la clé.",
        "Voir avec {2hon}, paroisse du quartier de {1poss}.",
        "« Le soufflet fuit » - {2given|quoted_speech}.",
        "À l'attention de {2full|attn}, copie à {3full|pair}.",
    ),
    "es": (
        "{1given|table_notes} vuelve el lunes; firma {2full|table_notes}.",
        "Pendiente de {2hon}, ver correo del asesor de {1poss}.",
        '"Falta el recibo" - {2given|quoted_speech}.',
        "A la atención de {2full|attn}, copia a {3full|pair}.",
    ),
    "it": (
        "{1given|table_notes} passa giovedì; firma {2full|table_notes}.",
        "Sentire {2hon} per la casa della nonna di {1poss}.",
        '"Serve il certificato" - {2given|quoted_speech}.',
        "Alla c.a. di {2full|attn}, in copia {3full|pair}.",
    ),
    "nl": (
        "{1given|table_notes} komt later; {2full|table_notes} tekent.",
        "Overleg met {2hon}, zie {1poss} mail.",
        '"Graag voor tienen" - {2given|quoted_speech}.',
        "T.a.v. {2full|attn}, cc {3full|pair}.",
    ),
    "pl": (
        "{1given|table_notes} dojedzie później; podpisze {2full|table_notes}.",
        "Ustalić z {2ins|inflected}, zob. mail {1gen|inflected}.",
        '"Proszę o pokój od strony lasu" - {2given|quoted_speech}.',
        "Do wiadomości {2full|attn}, kopia dla {3gen|inflected}.",
    ),
    "pt": (
        "{1given|table_notes} passa na sexta; assina {2full|table_notes}.",
        "Falar com {2hon}, ver email do filho de {1poss}.",
        '"Deixar no vizinho" - {2given|quoted_speech}.',
        "À atenção de {2full|attn}, cópia a {3full|pair}.",
    ),
}
#: Words of this module's file names, JSON keys and table values that no name word may be.
EXTRA_WORDS: dict[str, tuple[str, ...]] = {
    "misc": (
        "chat text from reply to at desk sailing passenger born contact address line postcode town "
        "ticket history",
        "tag",
    ),
}


@dataclass(frozen=True)
class Table:
    name: str
    lang: str
    fmt: str
    headers: tuple[str, ...]
    id_columns: tuple[str, str]
    person_columns: dict[str, str]  # column -> form template
    split: tuple[str, str] | None = None  # given, family columns
    canary_column: str = ""


TABLES: tuple[Table, ...] = (
    Table(
        "scaffold_hire_contracts",
        "en",
        "csv",
        (
            "contract_no",
            "depot",
            "hirer",
            "site_contact",
            "erector",
            "mobile",
            "email",
            "kit",
            "weekly_rate",
            "start_date",
            "status",
            "notes",
        ),
        ("contract_no", "depot"),
        {"hirer": "{1full|table_cell}", "site_contact": "{2rev|table_cell}", "erector": "{3full|table_cell}"},
        canary_column="hirer",
    ),
    Table(
        "tafel_ausgabe",
        "de",
        "tsv",
        (
            "Ausweisnummer",
            "Ausgabetag",
            "Rufname",
            "Zuname",
            "Ehrenamtliche",
            "Geburtsdatum",
            "Strasse",
            "PLZ",
            "Ort",
            "Telefon",
            "Bedarf",
            "Eigenanteil",
            "Stand",
            "Bemerkung",
        ),
        ("Ausweisnummer", "Ausgabetag"),
        {"Ehrenamtliche": "{2full|table_cell}"},
        split=("Rufname", "Zuname"),
        canary_column="Ehrenamtliche",
    ),
    Table(
        "tournees_orgues",
        "fr",
        "parquet",
        (
            "num_intervention",
            "secteur",
            "organiste_titulaire",
            "accordeur",
            "telephone",
            "courriel",
            "nb_jeux",
            "montant_ht",
            "date_passage",
            "prestation",
            "etat",
            "remarques",
        ),
        ("num_intervention", "secteur"),
        {"organiste_titulaire": "{1full|table_cell}", "accordeur": "{2full|table_cell}"},
        canary_column="accordeur",
    ),
    Table(
        "gestoria_tramites",
        "es",
        "csv",
        (
            "expediente",
            "oficina",
            "titular",
            "gestor",
            "dni",
            "iban",
            "cp",
            "municipio",
            "tramite",
            "honorarios",
            "fecha_alta",
            "estado",
            "observaciones",
        ),
        ("expediente", "oficina"),
        {"titular": "{1full|table_cell}", "gestor": "{2rev|table_cell}"},
        canary_column="titular",
    ),
    Table(
        "schronisko_rezerwacje",
        "pl",
        "tsv",
        (
            "nr_rezerwacji",
            "pokoj",
            "imie_goscia",
            "nazwisko_goscia",
            "przewodnik",
            "pesel",
            "telefon",
            "ulica",
            "kod_pocztowy",
            "miejscowosc",
            "pakiet",
            "kwota",
            "przyjazd",
            "status",
            "uwagi",
        ),
        ("nr_rezerwacji", "pokoj"),
        {"przewodnik": "{2full|table_cell}"},
        split=("imie_goscia", "nazwisko_goscia"),
        canary_column="przewodnik",
    ),
)
UPPER_COLUMNS = frozenset({"erector", "organiste_titulaire"})


# --- generation -------------------------------------------------------------------------------------


class Generator:
    """Shared state of one run: the random stream, the filters, people and places."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.vet = Vetter()
        self.people = People(self.rng, self.vet)
        self.places = Places(self.rng, self.vet)
        self._pending: list[str] = []

    def new_person(self, lang: str) -> Person:
        return self.people.draw(lang)

    # -- text files --

    def _layout(self, rec: Record, genre: Genre, layout: Any, path: str) -> Any:
        if isinstance(layout, str):
            template = self._pending.pop() if layout == "@T" else layout
            return rec.fill(template, path)
        if isinstance(layout, list):
            count = self.rng.randint(1, 3)
            items = []
            for template in self.rng.sample(genre.templates, count):  # distinct entries in one list
                self._pending = [template]
                items.append(self._layout(rec, genre, layout[0], f"{path}[]"))
            return items
        return {k: self._layout(rec, genre, v, f"{path}.{k}" if path else k) for k, v in layout.items()}

    def _record(self, genre: Genre, canary: Person | None) -> tuple[Record, str]:
        rng = self.rng
        rec = Record(self, genre.lang)
        if canary is not None:
            rec.persons[2 if genre.fmt == "jsonl" else rng.choice([1, 2])] = canary
        shouted = rng.random() < 0.04
        if genre.fmt == "txt":
            line = rec.fill(rng.choice(genre.templates))
            if shouted:
                line = line.upper()
                rec.shout()
            return rec, line
        assert genre.layout is not None
        data = self._layout(rec, genre, genre.layout, "")
        if shouted:
            data = _upper(data)
            rec.shout()
        return rec, json.dumps(data, ensure_ascii=False)

    def text_file(self, out: Path, genre: Genre, count: int) -> FileSet:
        """A TXT or JSONL file; about 1 % of its records have a canary as the customer (whole name)."""
        rng = self.rng
        canaries: set[str] = set()
        records: list[list[Planted]] = []
        lines: list[str] = []
        for _ in range(count):
            canary = rng.choice(self.people.canaries) if rng.random() < 0.012 else None
            for _attempt in range(50):
                rec, line = self._record(genre, canary)
                if canary is None or canary.full.casefold() in line.casefold():
                    break
            if canary is not None and canary.full.casefold() in line.casefold():
                canaries.add(canary.full)
            lines.append(line)
            records.append(rec.planted)
        path = f"{genre.name}.{genre.fmt}"
        (out / path).write_text("".join(line + "\n" for line in lines), encoding="utf-8")
        return FileSet(
            name=genre.name,
            path=path,
            fmt=genre.fmt,
            kind="text",
            language=genre.lang,
            records=records,
            canaries=sorted(canaries),
            notes=genre.title,
            guided_fixes=True,
        )

    def chat_file(self, out: Path, genre: Genre, count: int) -> FileSet:
        rng = self.rng
        canary = self.people.canaries[0]
        members = [canary] + [self.new_person(genre.lang) for _ in range(7)]
        records: list[list[Planted]] = []
        lines: list[str] = []
        for i in range(count):
            speaker = canary if i == 1 else rng.choice(members)
            others = [m for m in members if m is not speaker]
            rec = Record(self, genre.lang, [rng.choice(others), rng.choice(others)])
            if rng.random() < 0.4:
                rec.persons[2] = self.new_person(genre.lang)
            rec.persons[9] = speaker
            slot = "chat_speaker" if genre.fmt == "txt" else "sender_field"
            form = "full" if speaker.canary or rng.random() < 0.2 else rng.choice(["given", "given", "nick"])
            body = rec.fill(rng.choice(genre.templates))
            if genre.fmt == "txt":
                who = rec.fill(f"{{9{form}|{slot}}}")
                stamp = f"[{rng.randint(6, 23):02d}:{rng.randint(0, 59):02d}] " if rng.random() < 0.5 else ""
                line = f"{stamp}{who}: {body}"
            else:
                who = rec.fill(f"{{9{form}|{slot}}}", "from")
                message: dict[str, Any] = {"from": who, "text": body}
                if rng.random() < 0.3:
                    quoted = rng.choice(others)
                    rec.persons[8] = quoted
                    message["reply_to"] = {
                        "from": rec.fill(
                            f"{{8{rng.choice(['given', 'full'])}|sender_field}}", "reply_to.from"
                        ),
                        "text": rec.fill(rng.choice(genre.templates), "reply_to.text"),
                    }
                line = json.dumps(message, ensure_ascii=False)
            rec.lower()
            lines.append(line.lower())
            records.append(rec.planted)
        path = f"{genre.name}.{genre.fmt}"
        (out / path).write_text("".join(line + "\n" for line in lines), encoding="utf-8")
        return FileSet(
            name=genre.name,
            path=path,
            fmt=genre.fmt,
            kind="text",
            language=genre.lang,
            records=records,
            canaries=[canary.full],
            notes=genre.title,
            guided_fixes=True,
        )

    # -- tables --

    def table_file(self, out: Path, table: Table, count: int) -> FileSet:
        rng, lang = self.rng, table.lang
        other_langs = [x for x in LANGS if x != lang]
        canary_rows = {2: 0, 5: 1, 8: 2}
        rows: list[dict[str, Any]] = []
        records: list[list[Planted]] = []
        groups = _repeating_ids(table, rng)
        for i in range(count):
            row_lang = rng.choice(other_langs) if rng.random() < 0.3 and i not in canary_rows else lang
            rec = Record(self, row_lang)
            if i in canary_rows:
                rec.persons[1 if table.canary_column in {"hirer", "titular"} else 2] = self.people.canaries[
                    canary_rows[i]
                ]
            row: dict[str, Any] = {}

            def cell(column: str, template: str, cell_lang: str | None = None, rec: Record = rec) -> str:
                saved = rec.lang
                rec.lang = cell_lang or saved
                value = rec.fill(template, column)
                rec.lang = saved
                return value

            row[table.id_columns[0]] = _unique_id(table, i)
            row[table.id_columns[1]] = rng.choice(groups)
            for column in table.id_columns:
                rec.plant("utility:record_id", str(row[column]), column)
                rec.planted[-1].tags = [f"lang:{lang}"]
            if table.split:
                given_col, family_col = table.split
                row[given_col] = cell(given_col, "{1given|table_cell}")
                row[family_col] = cell(family_col, "{1sur|table_cell}")
                for planted in rec.planted[-2:]:
                    planted.tags.append("split_name")
            for column, template in table.person_columns.items():
                row[column] = cell(column, template)
                if column in UPPER_COLUMNS:
                    row[column] = row[column].upper()
                    planted = rec.planted[-1]
                    planted.value = planted.value.upper()
                    planted.tags[1] = "upper"
            self._table_values(table, rec, row, cell)
            note = cell(table.headers[-1], rng.choice(NOTES[row_lang]))
            row[table.headers[-1]] = note
            rows.append({h: row[h] for h in table.headers})
            records.append(rec.planted)
        path = f"{table.name}.{table.fmt}"
        _write_table(out / path, table, rows)
        return FileSet(
            name=table.name,
            path=path,
            fmt=table.fmt,
            kind="table",
            language=lang,
            records=records,
            id_columns=list(table.id_columns),
            canaries=[c.full for c in self.people.canaries],
            notes=f"{len(table.headers)} columns",
            guided_fixes=True,
        )

    def _table_values(self, table: Table, rec: Record, row: dict[str, Any], cell: Callable[..., str]) -> None:
        rng, lang = self.rng, table.lang
        if table.name == "scaffold_hire_contracts":
            row["mobile"] = cell("mobile", "{phone}")
            row["email"] = cell("email", "{email1}")
            row["kit"] = cell("kit", "{prod}", lang)
            row["weekly_rate"] = cell("weekly_rate", "{amt}", lang)
            row["start_date"] = cell("start_date", "{date}", lang)
            row["status"] = cell("status", "{status}", lang)
        elif table.name == "tafel_ausgabe":
            row["Geburtsdatum"] = cell("Geburtsdatum", "{dob}", lang)
            row["Strasse"] = cell("Strasse", "{street}", lang)
            row["PLZ"] = cell("PLZ", "{pc}", lang)
            row["Ort"] = cell("Ort", "{city}", lang)
            row["Telefon"] = cell("Telefon", "{phone}")
            row["Bedarf"] = cell("Bedarf", "{prod}", lang)
            row["Eigenanteil"] = cell("Eigenanteil", "{amt}", lang)
            row["Stand"] = cell("Stand", "{status}", lang)
        elif table.name == "tournees_orgues":
            row["telephone"] = cell("telephone", "{phone}")
            row["courriel"] = cell("courriel", "{email1}")
            jeux = rng.randint(4, 48)
            row["nb_jeux"] = jeux
            rec.plant("utility:quantity", str(jeux), "nb_jeux")
            rec.planted[-1].tags = [f"lang:{lang}"]
            amount = rng.randint(9000, 480000) / 100
            row["montant_ht"] = amount
            rec.plant("utility:amount", str(amount), "montant_ht")
            rec.planted[-1].tags = [f"lang:{lang}"]
            day = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(600))
            row["date_passage"] = day
            rec.plant("utility:date", day.isoformat(), "date_passage")
            rec.planted[-1].tags = [f"lang:{lang}"]
            row["prestation"] = cell("prestation", "{prod}", lang)
            row["etat"] = cell("etat", "{status}", lang)
        elif table.name == "gestoria_tramites":
            row["dni"] = cell("dni", "{nid}", lang)
            row["iban"] = cell("iban", "{iban}")
            row["cp"] = cell("cp", "{pc}", lang)
            row["municipio"] = cell("municipio", "{city}", lang)
            row["tramite"] = cell("tramite", "{prod}", lang)
            row["honorarios"] = cell("honorarios", "{amt}", lang)
            row["fecha_alta"] = cell("fecha_alta", "{date}", lang)
            row["estado"] = cell("estado", "{status}", lang)
        elif table.name == "schronisko_rezerwacje":
            row["pesel"] = cell("pesel", "{nid}", lang)
            row["telefon"] = cell("telefon", "{phone}")
            row["ulica"] = cell("ulica", "{street}", lang)
            row["kod_pocztowy"] = cell("kod_pocztowy", "{pc}", lang)
            row["miejscowosc"] = cell("miejscowosc", "{city}", lang)
            row["pakiet"] = cell("pakiet", "{prod}", lang)
            row["kwota"] = cell("kwota", "{amt}", lang)
            row["przyjazd"] = cell("przyjazd", "{date}", lang)
            row["status"] = cell("status", "{status}", lang)


def _upper(value: Any) -> Any:
    if isinstance(value, str):
        return value.upper()
    if isinstance(value, list):
        return [_upper(v) for v in value]
    return {k: _upper(v) for k, v in value.items()}


def _unique_id(table: Table, i: int) -> Any:
    if table.name == "scaffold_hire_contracts":
        return f"SH-25-{i + 1:04d}"
    if table.name == "tafel_ausgabe":
        return f"TA{4200 + i * 7:06d}"
    if table.name == "tournees_orgues":
        return 30001 + i * 3
    if table.name == "gestoria_tramites":
        return f"EXP-25/{i + 40:04d}"
    return f"2025-R-{i + 100:05d}"


def _repeating_ids(table: Table, rng: random.Random) -> list[str]:
    return {
        "scaffold_hire_contracts": ["Y-NORTH", "Y-QUAY", "Y-RING"],
        "tafel_ausgabe": ["AG-Di", "AG-Do", "AG-Sa"],
        "tournees_orgues": ["S-NORD", "S-LITTORAL", "S-PLATEAU", "S-VALLEE"],
        "gestoria_tramites": ["OF-CENTRO", "OF-PUERTO", "OF-ENSANCHE"],
        "schronisko_rezerwacje": ["P-11", "P-12", "P-21", "P-22", "P-31"],
    }[table.name]


def _write_table(path: Path, table: Table, rows: list[dict[str, Any]]) -> None:
    import pandas as pd

    frame = pd.DataFrame(rows, columns=list(table.headers))
    if table.fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        types = {
            "num_intervention": pa.int64(),
            "nb_jeux": pa.int64(),
            "montant_ht": pa.float64(),
            "date_passage": pa.date32(),
        }
        schema = pa.schema([(h, types.get(h, pa.string())) for h in table.headers])
        pq.write_table(pa.Table.from_pandas(frame, schema=schema, preserve_index=False), path)
    else:
        frame.to_csv(path, index=False, sep="\t" if table.fmt == "tsv" else ",", encoding="utf-8")


def generate(out_dir: Path, scale: float = 1.0, seed: int = DEFAULT_SEED) -> list[FileSet]:
    """Write the set's files into ``out_dir`` and return their truth (one `FileSet` per file)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    gen = Generator(seed)
    text_count = max(10, round(TEXT_RECORDS * scale))
    table_count = max(30, round(TABLE_ROWS * scale))
    sets: list[FileSet] = []
    for genre in GENRES:
        if genre.chat:
            sets.append(gen.chat_file(out_dir, genre, text_count))
        else:
            sets.append(gen.text_file(out_dir, genre, text_count))
    for table in TABLES:
        sets.append(gen.table_file(out_dir, table, table_count))
    return sets


def summary(sets: list[FileSet]) -> dict[str, Any]:
    """Counts of a run (files, records, planted values by entity and PERSON by group), never a value."""
    entities: Counter[str] = Counter()
    groups: Counter[str] = Counter()
    for file_set in sets:
        for record in file_set.records:
            for planted in record:
                entities[planted.entity] += 1
                if planted.entity == "PERSON":
                    groups.update(t for t in planted.tags if t in {"invented", "mimesis", "wordlike"})
    return {
        "files": len(sets),
        "records": sum(len(s.records) for s in sets),
        "entities": dict(sorted(entities.items())),
        "person_groups": dict(groups),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description="Write the blind10 detection set and its truth.json.")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args()
    sets = generate(args.out, scale=args.scale, seed=args.seed)
    write_truth(sets, args.out / "truth.json")
    print(json.dumps(summary(sets), indent=2))


if __name__ == "__main__":
    main()
