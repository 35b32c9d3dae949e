"""Trimming PERSON findings to the name: greetings, labels, leading common words and line breaks are cut off."""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from anonymize.recognizers._base import recognizer_name, respan

GREETINGS: frozenset[str] = frozenset(
    [
        "hi",
        "hello",
        "hey",
        "dear",
        "hallo",
        "hola",
        "ciao",
        "salut",
        "bonjour",
        "bonsoir",
        "servus",
        "moin",
        "hej",
        "hei",
        "tag",
        "guten",
        "gutentag",
        "morning",
        "evening",
        "afternoon",
        "good",
        "there",
        "all",
        "everyone",
        "team",
        "sir",
        "madam",
        "sirs",
        "madams",
        "or",
        "and",
        "to",
        "whom",
        "it",
        "may",
        "concern",
        "mr",
        "mrs",
        "ms",
        "dr",
        "liebe",
        "lieber",
        "sehr",
        "geehrte",
        "geehrter",
        "damen",
        "herren",
        "mesdames",
        "messieurs",
        "monsieur",
        "madame",
        "estimado",
        "estimada",
        "estimados",
        "señor",
        "señora",
        "gentile",
        "egregio",
        "signore",
        "signora",
        "geachte",
        "heer",
        "mevrouw",
        "beste",
        "cher",
        "chère",
        "chers",
        "regards",
        "best",
        "kind",
        "thanks",
        "thank",
        "cheers",
        "yours",
        "sincerely",
        "greetings",
        "welcome",
        "goodbye",
        "bye",
        "witam",
        "szanowni",
        "państwo",
        "olá",
        "bom",
        "dia",
        "boa",
        "tarde",
        "god",
        "dag",
        "hyvää",
        "päivää",
    ]
)

_WORD = re.compile(r"[^\W\d_]+")


def _is_greeting(value: str) -> bool:
    words = [w.lower() for w in _WORD.findall(value)]
    return not words or all(w in GREETINGS for w in words)


_NAME_RUN = re.compile(
    r"[A-ZÀ-ÞĀ-Ž][^\W_]*(?:['’][^\W\d_]+)?(?:[ \t]+(?:(?:de|da|do|dos|das|del|della|di|van|von|der|den|le|la|du|ter|ten)"
    r"[ \t]+)*[A-ZÀ-ÞĀ-Ž][^\W_]*(?:['’][^\W\d_]+)?)*"
)


def _is_spacy(result: RecognizerResult) -> bool:
    return recognizer_name(result) == "SpacyRecognizer"


def _trimmed(text: str, result: RecognizerResult) -> RecognizerResult:
    """An NER name cut to its capitalised words when it runs into lower-case ones ("Proboek confirma
    la dirección" is "Proboek"): in a cased text a name does not go on in lower case."""
    value = text[result.start : result.end]
    if value.islower() or value.isupper() or not any(w[:1].islower() for w in value.split()):
        return result
    run = _NAME_RUN.search(value)
    if run is None:
        return result
    return respan(result, result.start + run.start(), result.start + run.end())


_EDGE_WORD = re.compile(r"[^\s]+")
#: Capitals without a vowel: an acronym or a code's letters, no name.
_VOWELLESS = re.compile(r"[B-DF-HJ-NP-TV-XZ]{2,}")


def vowelless_capitals(value: str) -> bool:
    """Every word capitals without a vowel ("ZCZC TLX"): a header's or a code's letters, no name."""
    words = [w.strip(".,:;()!/") for w in value.split()]
    return bool(words) and all(_VOWELLESS.fullmatch(w) for w in words)


#: A calendar key's parameters after it, one value in between at most: ";CN=", ";Xxxxx;ROLE=".
_PARAMETER = re.compile(r"(?:;[^\s;=]+)?;[A-Z-]+=")


def is_key(text: str, start: int, end: int) -> bool:
    """The word ``text[start:end]`` is a key, not a name: capitals with their value glued on after a
    colon or an equals sign ("SUMMARY:Tartufi…", "DTSTART:2025…", "MAILTO:…"; a chat's "GIG: hi" has
    its space), or before the parameters after a semicolon ("ATTENDEE;CN=…"); or a German or Dutch
    compound of common words before a colon ("Klantdossier: …")."""
    from anonymize.recognizers.no_words import is_label_compound

    word, after = text[start:end], text[end : end + 2]
    if len(word) < 3 or after[:1] not in {":", ";", "="}:
        return False
    if not word.isupper():
        return after[:1] == ":" and is_label_compound(word)
    if after[:1] == ";":  # "ATTENDEE;CN=…", "ATTENDEE;Xxxxx;ROLE=…"; not "ARBARO;Nebulo;0151…"
        return _PARAMETER.match(text, end) is not None
    return len(after) == 2 and not after[1].isspace()


def _without_labels(text: str, result: RecognizerResult) -> RecognizerResult:
    """A name without the field labels, greetings and sign-offs at its edges ("Hipolito Sikking
    DOB" is the name before "DOB"; "Moin Selemawit" the name after "Moin"); all labels: an empty
    span, dropped."""
    from anonymize.recognizers.name_cues import NOT_NAMES
    from anonymize.recognizers.name_cues.name_before import BOOKING_VERBS
    from anonymize.vocabulary import stop_words

    words = list(_EDGE_WORD.finditer(text, result.start, result.end))
    if not words:
        return result

    from anonymize.recognizers.person_names import SIGN_OFF_WORDS_RE

    def label(word: str) -> bool:
        folded = word.strip(".,:;()!").lower()  # not casefold: "grüße" must stay "grüße"
        parts = [p for p in re.split(r"[_.\-]", folded) if p]
        if len(parts) > 1 and all(p in NOT_NAMES for p in parts):
            return True  # "support_bot", "no-reply"
        if folded in GREETINGS or SIGN_OFF_WORDS_RE.fullmatch(folded):
            return True  # "Moin Selemawit", "Grüße\nSevda": the greeting or sign-off is no part of the name
        if folded in BOOKING_VERBS:
            return True  # "havoan zarezerwował(a) …": the verb after a lower-case name is no surname
        return folded in NOT_NAMES or (word.islower() and folded in stop_words("en"))

    if vowelless_capitals(text[result.start : result.end]):
        return respan(result, result.start, result.start)  # "ZCZC TLX": a telex header, no vowel in it
    first, last = 0, len(words) - 1
    single = len(words) == 1  # "ANNA BERG: …" keeps its surname
    while first <= last and (label(words[first].group()) or (single and is_key(text, *words[first].span()))):
        first += 1
    while last >= first and (label(words[last].group()) or (single and is_key(text, *words[last].span()))):
        last -= 1
    if (first, last) == (0, len(words) - 1):
        return result
    start, end = (words[first].start(), words[last].end()) if first <= last else (result.start, result.start)
    return RecognizerResult(
        result.entity_type, start, end, result.score, result.analysis_explanation, result.recognition_metadata
    )


#: How common (Zipf, English) a leading word must be to be no part of a model's name.
_COMMON_LEADING_ZIPF = 4.5


def _without_leading_word(text: str, result: RecognizerResult) -> RecognizerResult:
    """A model's name without a very common English word before it that opens a name cue ("Call
    Sylvie before delivery", "Email Kwabena the invoice": the imperative is not the name; "Nine
    Oosterhous" keeps its first name). Any name of any list stays, common
    word or not ("Mark Oyelaran", "Will Tannock")."""
    from anonymize.recognizers.name_context import cue_first_words
    from anonymize.vocabulary import faker_person_words, zipf

    words = list(_EDGE_WORD.finditer(text, result.start, result.end))
    if len(words) < 2:
        return result
    folded = words[0].group().lower()
    if (
        folded not in cue_first_words()
        or zipf(folded, "en") < _COMMON_LEADING_ZIPF
        or folded in faker_person_words()
    ):
        return result
    return respan(result, words[1].start(), result.end)


def _one_line(text: str, result: RecognizerResult) -> RecognizerResult:
    """A name ends at its line's end ("Frau Jastarz\nAblieferbeleg für …" is "Jastarz"): a line break
    inside a finding joins a name to whatever starts the next line."""
    cut = text.find("\n", result.start, result.end)
    if cut < 0:
        return result
    end = cut
    while end > result.start and text[end - 1] in " \t\r,;":
        end -= 1
    return respan(result, result.start, end)
