"""Street addresses in the main EU/EEA languages and English → ``STREET_ADDRESS``.

Shapes recognised (house number before or after, optional unit):
- English: ``12 Baker Street``, ``4021 Elm Rd., Apt. 5``
- type word first: ``rue de la Paix 5``, ``35, boulevard Haussmann``, ``Rambla de Catalunya 99``,
  ``via Roma 10``, ``ul. Długa 5/7``, ``Rua Augusta 27``
- compound street names: ``Hauptstraße 5``, ``Kalverstraat 12``, ``Drottninggatan 3``,
  ``Mannerheimintie 12``, ``Vesterbrogade 4``
- any street with its postcode and town after a comma: ``Contrada Neshal 56, 77885 Ilmdunino``
No checksum exists; the street word and a house number together are the evidence, so a bare
``Main Street`` without a number is not flagged.
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from anonymize.recognizers._base import ShoalPatternRecognizer, make_result

_UPPER = "A-ZÀ-ÖØ-ÞĀ-Ža-z"  # names after a street type may be lower case in running text
_NAME = rf"[{_UPPER}ÄÖÜ][\w'’.-]*"
#: A house number ("12", "7b", "12/3"), not "7 m." (a flat) nor the start of a date ("fino al 06/04/2026").
_NUMBER = r"\d{1,5}(?:\s?[a-zA-Z](?!\.))?(?:\s?[/-]\s?\d{1,4}[a-zA-Z]?)?\b(?![/.-]\d)"
_UNIT = r"(?:,?\s+(?:Apt\.?|Apartment|Suite|Ste\.?|Unit|Flat|Floor|Fl\.?|#)\s*\w{1,6})?"

EN_SUFFIXES = (
    r"Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Lane|Ln\.?|Drive|Dr\.?|Boulevard|Blvd\.?|Court|Ct\.?|"
    r"Place|Pl\.?|Way|Terrace|Close|Crescent|Square|Sq\.?|Parkway|Pkwy\.?|Highway|Hwy\.?|Circle|"
    r"Trail|Gardens|Grove|Row|Mews|Hill|Walk|Park|Wharf|Quay|Parade"
)
#: Street-type words that come before the name (Romance, Slavic, …).
PREFIX_TYPES = (
    r"rue|avenue|av\.|boulevard|bd\.?|chemin|place|allée|impasse|quai|cours|route|"
    r"calle|c/|avenida|avda\.?|paseo|plaza|pza\.?|rambla|camino|carrer|passeig|travesía|ronda|"
    r"via|viale|piazza|piazzale|corso|largo|vicolo|strada|"
    r"rua|travessa|largo|praça|estrada|"
    r"ulica|ul\.|aleja|al\.|plac|pl\.|os\.|osiedle|"
    r"strada|bulevardul|str\.|aleea|calea|șoseaua|soseaua|splaiul|intrarea|piața|piata|"
    r"odos|leoforos"
)
#: Street-type endings glued to the name (Germanic, Nordic, Finnish).
COMPOUND_SUFFIXES = (
    r"straße|strasse|str\.|weg|platz|allee|gasse|ring|damm|ufer|chaussee|steig|hof|"
    r"straat|laan|plein|gracht|kade|singel|dreef|"
    r"gatan|gata|vägen|väg|gränd|torget|stig|"
    r"gade|vej|torv|allé|"
    r"veien|vegen|gata|"
    r"katu|tie|kuja|polku|tori"
)
#: Street-type words written after the name as a separate word (Central/Eastern Europe, Baltics).
SUFFIX_WORDS = (
    r"u\.|utca|út|útja|tér|körút|krt\.|iela|g\.|gatvė|pr\.|prospektas|tänav|mnt\.?|maantee|pst\.?|puiestee|"
    r"cesta|trg|ulica|náměstí|nám\.|třída|tř\.|nábřeží|námestie|bulevard|sokak|caddesi|"
    r"Street|Avenue|Road|Lane|Boulevard"
)
_CONNECTORS = (
    r"(?:de|del|de la|de los|de las|des|du|della|delle|dei|di|da|do|dos|das|van|von|der|den|la|le|les|l'|d')"
)

#: A house number, the street's name (one word at least: "33 st." is a count of pieces), its type word.
_EN = rf"\b\d{{1,5}}[A-Za-z]?[ \t]+(?:[A-Z][\w'.-]*[ \t]+){{1,3}}(?i:{EN_SUFFIXES})(?=\W|$){_UNIT}"
#: The unit before a street without a house number: "Unit 7, Salbran Way".
_EN_UNIT_FIRST = (
    rf"\b(?:Unit|Flat|Apt\.?|Apartment|Suite)[ \t]+\w{{1,5}},[ \t]+(?:[A-Z][\w'.-]*[ \t]+){{1,3}}"
    rf"(?:{EN_SUFFIXES})(?=\W|$)"
)
_PREFIX_NAME = rf"(?:{_CONNECTORS}[ \t]+)*{_NAME}(?:[ \t]+(?:{_CONNECTORS}[ \t]+)*[A-ZÀ-Þ][\w'’.-]*){{0,3}}"
#: "Aleea Dumitrescu Nr. 888", "Calle Mayor nº 5"
_HOUSE_NO = r"(?:(?i:nr|no|n[º°o]|num|número|numero)\.?[ \t]*)?"
_PREFIX_FIRST = rf"(?i:\b(?:{PREFIX_TYPES}))[ \t]+{_PREFIX_NAME},?[ \t]+{_HOUSE_NO}{_NUMBER}"
#: Unambiguous type words whose street name may run on in lower case ("ul. bajana jerzego 115").
_LOWER_TYPES = (
    r"ul\.|ulica|al\.|aleja|os\.|osiedle|rua|travessa|praça|estrada|calle|avenida|avda\.|paseo|plaza|"
    r"rambla|carrer|passeig|rue|chemin|allée|impasse|quai|viale|piazza|corso|vicolo|strada"
)
_PREFIX_FIRST_LOWER = rf"(?i:\b(?:{_LOWER_TYPES}))[ \t]+[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){{1,3}},?[ \t]+{_HOUSE_NO}{_NUMBER}"
_NUMBER_FIRST = rf"(?<![\w-])\d{{1,5}}[a-zA-Z]?,?[ \t]+(?i:(?:{PREFIX_TYPES}))[ \t]+{_PREFIX_NAME}"
_COMPOUND = rf"\b[A-ZÀ-ÞÄÖÜ][\w’'-]*?(?i:{COMPOUND_SUFFIXES})[ \t]+{_NUMBER}"
_SUFFIX_WORD = (
    rf"\b[A-ZÀ-ÞĀ-Ž][\w’'-]+(?:[ \t][A-ZÀ-ÞĀ-Ž][\w’'-]+){{0,2}}[ \t](?:{SUFFIX_WORDS})[ \t]?{_NUMBER}\.?"
)
_LOWER_EN = (
    r"\b\d{1,5}[a-z]?[ \t]+(?:(?!(?:a|an|the|of|to|in|on|and|or|for|at|by|is|was|per|each|every)[ \t])[a-z]+[ \t]+){1,2}"
    r"(?:street|avenue|road|lane|boulevard|drive|way|close|gardens|grove|mews|crescent|terrace|court|"
    r"square|parade)\b"
)
#: Lower-case Germanic compounds with their house number ("wohnhaft müggelbergplatz 88").
_COMPOUND_LOWER = (
    r"\b[a-zà-öø-ÿ][\w’'-]{2,}?(?:straße|strasse|weg|platz|allee|gasse|damm|ufer|chaussee|steig|hof|straat|laan|"
    rf"plein|gracht|kade|singel|gatan|vägen|gade|vej)[ \t]+{_NUMBER}"
)
_COMPOUND_SPACED = rf"\b[A-ZÀ-ÞÄÖÜ][\w’'-]+[ \t]+(?:Straße|Strasse|Weg|Platz|Allee|Straat|Laan|Plein|Gade|Vej)[ \t]+{_NUMBER}"

#: A postcode and a capitalised town after a comma.
_POSTCODE_TOWN = (
    r",[ \t]+(?:(?:[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2}|\d{5}|\d{4}|\d{2}-\d{3}|\d{4}-\d{3})"
    r"[ \t]+[A-ZÀ-ÞĀ-Ž][^\W\d_]+"
    # the British order: the town, then its postcode ("Wenvel Parade 13, Gorkemwold ZT5 7JK")
    r"|[A-ZÀ-ÞĀ-Ž][^\W\d_]+[ \t]+[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2}\b)"
)
#: Any street whose postcode and town follow it, street word or not ("Contrada Neshal 56, 77885
#: Ilmdunino", "Polkemzeile 46, 78939 Neswenfeld", "39 sente Gourn, 61363 Chaumière").
_BEFORE_POSTCODE = (
    # "Pasaje Wenhal, 62, 51847 Neshalares": Spanish and Italian put a comma before the number
    rf"\b(?:[A-ZÀ-ÞĀ-Ž][\w'’.-]*[ \t]+){{0,2}}[A-ZÀ-ÞĀ-Ž][\w'’.-]*,?[ \t]+{_NUMBER}{_POSTCODE_TOWN}"
    rf"|(?<![\w-])\d{{1,4}}[a-zA-Z]?,?[ \t]+(?:{_NAME}[ \t]+){{0,2}}{_NAME}{_POSTCODE_TOWN}"
)

ADDRESS_RE = re.compile(
    "|".join(
        f"(?:{p})"
        for p in (
            _EN,
            _BEFORE_POSTCODE,
            _EN_UNIT_FIRST,
            _PREFIX_FIRST,
            _PREFIX_FIRST_LOWER,
            _NUMBER_FIRST,
            _COMPOUND,
            _COMPOUND_SPACED,
            _SUFFIX_WORD,
            _LOWER_EN,
            _COMPOUND_LOWER,
        )
    )
)


#: Address pieces that may follow a street line: unit, PO box, postcode, city/state/country lines.
_CONTINUATION = re.compile(
    r"^(?:[ \t]*,?[ \t]*(?:\n[ \t>]*){0,2}|[ \t]*,[ \t]*)"
    r"(?:(?:Apt\.?|Apartment|Suite|Ste\.?|Unit|Flat|Floor|Fl\.?|Box|P\.?O\.? Box|Postfach|BP|Apartado|"
    r"Etage|Étage|Piso|Piano|Stock|Bus|Boîte|[mM]\.)\s*[\w-]{1,6}\.?"
    # a Spanish or Portuguese floor and door ("6º D", "3.º esq.", "2ª")
    r"|\d{1,2}[ \t]?\.?[ \t]?[º°ª](?:[ \t]?[A-Za-z]{1,4}\.?)?"
    # a postcode: UK, IE Eircode, 4-6 digits (RO has six), PL 00-950, PT 1000-001, SE/CZ/SK/GR
    # 114 55, NL 1234 AB; then the city, capitalised or a lower-case place closing the clause
    # ("…, 52893 nîmes", "28-736 głuchołazy.")
    r"|(?:[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[AC-FHKNPRTV-Y]\d[\dW][ \t]?[AC-FHKNPRTV-Y\d]{4}"
    r"|(?:[A-Z]{1,2}-)?(?:\d{4,6}|\d{2}-\d{3}|\d{3}[ \t]\d{2}|\d{4}[ \t]?[A-Z]{2})(?:-\d{3,4})?)\b"
    r"(?:[ \t]+[A-ZÀ-ÞĀ-Ž][^\W\d_]+(?:-[^\W\d_]+)*(?!\w)(?:[ \t][A-ZÀ-ÞĀ-Ž][^\W\d_]+(?!\w)){0,2}"
    r"|[ \t]+[^\W\d_]+(?:['’-][^\W\d_]+)*(?:[ \t][^\W\d_]+(?:['’-][^\W\d_]+)*){0,2}"
    r"(?=[ \t]*(?:$|[\n,.;:!?)]|[ \t][-–|][ \t])))?"
    r"|[A-ZÀ-ÞĀ-Ž][^\W\d_]*(?!\w)(?:[ \t]+\(?[A-ZÀ-ÞĀ-Ž][^\W\d_]*\)?(?!\w)){0,3}(?:[ \t]+\d{4,5}\b)?"
    # a town in any case before a UK postcode ("…, broulham EH5 6LJ")
    r"|[^\W\d_]+(?:[ \t-][^\W\d_]+)?[ \t]+[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}\b)"
)
_LEADING_NUMBER = re.compile(r"(?:^|(?<=[\s>:,]))\d{1,6}[ \t]+$")
#: Phrases after which the rest of the line is an address when it holds a house number.
ADDRESS_CUES = re.compile(
    r"(?i)(?:\baddress(?:es)?\b[^\n:]{0,30}?(?:\bis\b|:|are)|\blives? (?:at|on|in)|\blocated at|\bsen[dt] (?:it )?to|"
    r"\bdeliver(?:ed)? to|\bmoved to|\boffice is at|\bdrops? you off at|\breturn to|\bmeet me at|"
    r"\badresse\s*:|\banschrift\s*:|\bwohnt (?:in|an|am)|\bdirecci[óo]n\s*:|\bdomicilio\s*:|\bindirizzo\s*:|"
    r"\bresidente in|\badres\s*:|\bwoont (?:aan|op|in)|\bmorada\s*:|\bmieszka (?:przy|na)|\bbor på|\basuu osoitteessa)"
    r"[ \t]*"
)
#: A cued address runs to the end of the sentence, or to a clause that carries on the sentence
#: ("… 176 76 Vizovice and wants the Galaxy S23 returned"), or to a colon and a space ("sent to
#: <name> (CSW-03175/24): 15 items of …": what follows is the order, not the address).
_CUED_ADDRESS = re.compile(
    r"(?:[^\n.;!?:]|:(?!\s)){3,80}?\d(?:[^\n;!?:]|:(?!\s)){0,60}?"
    r"(?=[.;!?]?\s*$|[.;!?]?[ \t]*\n|[.;!?]\s|[ \t]+(?:and|but|who|which|where|since|because|until|so)[ \t]+[a-z])",
    re.DOTALL,
)
_MAX_CONTINUATIONS = 5
#: What a cue sends to that is no street: an e-mail address or a web address ("sent to x@y.com for …").
_NOT_AN_ADDRESS = re.compile(r"[ \t]*(?:[\w.+-]+@[\w-]+\.|https?://|www\.)")
#: A cued "address" whose only digits are a date, a time or a reference code, or that names a company by its
#: legal form.
_DATES_AND_TIMES = re.compile(
    r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?"
    r"|\b[A-Z]{2,}[-/]\d[\d/-]*"  # a reference code's digits are no house number ("CSW-03175/24")
)
_NO_HOUSE_NUMBER = re.compile(
    r"(?i)(?<!\w)(?:ltd|limited|gmbh|sarl|s\.a\.?|s\.l\.?|srl|b\.?v\.?|plc|inc|e\.k\.?|llc)(?!\w)"
)


class EuStreetAddressRecognizer(ShoalPatternRecognizer):
    ENTITY = "STREET_ADDRESS"
    PATTERNS = [
        Pattern("Street (English)", _EN, 0.6),
        Pattern("Street (English, unit first)", _EN_UNIT_FIRST, 0.6),
        Pattern("Street (type first)", _PREFIX_FIRST, 0.6),
        Pattern("Street (type first, lower-case name)", _PREFIX_FIRST_LOWER, 0.6),
        Pattern("Street (number first)", _NUMBER_FIRST, 0.6),
        Pattern("Street (compound)", _COMPOUND, 0.6),
        Pattern("Street (compound, spaced)", _COMPOUND_SPACED, 0.6),
        Pattern("Street (type word after name)", _SUFFIX_WORD, 0.6),
        Pattern("Street (English, lower case)", _LOWER_EN, 0.5),
        Pattern("Street (compound, lower case)", _COMPOUND_LOWER, 0.5),
        Pattern("Street (before postcode and town)", _BEFORE_POSTCODE, 0.6),
    ]
    CONTEXT = [
        "address",
        "street",
        "live",
        "lives",
        "adresse",
        "anschrift",
        "dirección",
        "indirizzo",
        "adres",
        "morada",
    ]
    CUED_SCORE = 0.5

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """Street-line matches grown into the whole address block, plus cued addresses."""
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        # "09:45 Zlecenie PL-4411", "10:30 Hauptstraße 5": minutes of a time are no house number
        results = [r for r in results if not _after_hour(text, r.start)]
        for result in results:
            start, result.end = extend_address(text, result.start, result.end)
            result.start = result.start if _after_hour(text, start) else start
        for cue in ADDRESS_CUES.finditer(text):
            match = _CUED_ADDRESS.match(text, cue.end())
            if match and (
                _NO_HOUSE_NUMBER.search(match.group())
                or not re.search(r"\d", _DATES_AND_TIMES.sub("", match.group()))
                or _NOT_AN_ADDRESS.match(match.group())
            ):
                continue  # "deliver to Bloom Corner Limited 23/10/2024": a company and a date
            if match and not any(r.start <= match.start() < r.end for r in results):
                start, end = extend_address(text, match.start(), match.end())
                results.append(make_result(self, self.ENTITY, start, end, self.CUED_SCORE, "address cue"))
        return results


_AFTER_HOUR = re.compile(r"\d[:h]$")


def _after_hour(text: str, start: int) -> bool:
    return _AFTER_HOUR.search(text, max(0, start - 3), start) is not None


#: The rest of a line that goes on in words: a line with it is prose, not an address line.
_LINE_GOES_ON = re.compile(r"[ \t]*[^\W_]")


def extend_address(text: str, start: int, end: int) -> tuple[int, int]:
    """Grow ``[start, end)`` over a leading house number and following unit/postcode/city/country parts."""
    leading = _LEADING_NUMBER.search(text[max(0, start - 10) : start])
    if leading:
        start -= len(leading.group())
    for _ in range(_MAX_CONTINUATIONS):
        match = _CONTINUATION.match(text[end : end + 80])
        if not match or not match.group().strip(" \t,\n>"):
            break
        if "\n" in match.group().rstrip() and (
            _LINE_GOES_ON.match(text, end + len(match.group().rstrip()))
            or (text[:end] + match.group().split("\n", 1)[0]).rstrip().endswith(".")
        ):
            break  # a line after the address that goes on in prose ("OWNER ANNA X rang re …") or after
            # a finished sentence ("… ul. Lasna 74 m. 7." then "Faktura INV-…") is not its city
        end += len(match.group().rstrip())
    return start, end
