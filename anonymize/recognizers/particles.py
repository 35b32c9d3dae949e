"""Surnames with particles: "Ayçe dela Gökteyurtlu", "Cigdem von der Künzler", "marve de antson", "al-Tamanuku".

A detector that finds the given name often stops before the particle, and one that finds neither word
leaves both. Two rules, run on the filtered findings of a text:

- a PERSON finding grows over a particle and the name word after it (or before it: "Stavnthi Della
  <surname>"), when that word reads as a name: no ordinary word of any language Shoal reads, or a
  listed surname, in the finding's case;
- two such words joined by a particle ("Dimonikos del Mavrogidou", "DAMIL LO KOLARIĆ") are a name by
  themselves: a particle between two non-words is how surnames are written, not how prose is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from presidio_analyzer import RecognizerResult

from anonymize.recognizers._base import respan
from anonymize.recognizers.companies import legal_form_ahead

#: Name particles of the languages Shoal reads and of the names people in Europe carry.
PARTICLES: frozenset[str] = frozenset(
    [
        "van",
        "von",
        "vom",
        "zu",
        "zur",
        "der",
        "den",
        "dem",
        "de",
        "del",
        "della",
        "delle",
        "dei",
        "degli",
        "dela",
        "delos",
        "dellas",
        "di",
        "da",
        "das",
        "do",
        "dos",
        "du",
        "des",
        "le",
        "la",
        "lo",
        "ter",
        "ten",
        "te",
        "bin",
        "binti",
        "bint",
        "ibn",
        "ben",
        "bat",
        "ap",
        "af",
        "av",
    ]
)
#: Prefixes glued to a surname by a hyphen ("al-Tamanuku", "el-Amin", "ben-David").
_GLUED = r"(?i:al|el|ul|ben|bin|ibn|abu)-"
_WORD = r"[^\W\d_]+(?:[-'’][^\W\d_]+)*"
_PARTICLE = r"(?i:" + "|".join(sorted(PARTICLES, key=len, reverse=True)) + r")"
#: After a finding: particles (one or two), then the surname; or a glued prefix and the surname.
_AFTER = re.compile(rf"^(?: {_PARTICLE}(?: {_PARTICLE})? | ?{_GLUED})(?P<word>{_WORD})(?![\w@])")
#: Before a finding: the given name, then one or two particles.
_BEFORE = re.compile(rf"(?<![\w@.])(?P<word>{_WORD}) {_PARTICLE}(?: {_PARTICLE})? $")
#: Two name words joined by particles or a glued prefix.
_JOINED = re.compile(
    rf"(?<![\w@.\-])(?P<first>{_WORD}) (?:{_PARTICLE}(?: {_PARTICLE})? |{_GLUED})(?P<last>{_WORD})(?![\w@])"
)
#: An inner capital after lower-case letters, as product names have ("PixelFrame", "EcoPads"), but not
#: the Mc/Mac/De… of a surname ("McAllister", "DeVries").
_CAMEL = re.compile(
    r"(?<!^Mc)(?<!^Mac)(?<!^De)(?<!^Di)(?<!^Da)(?<!^Le)(?<!^La)(?<!^Van)(?<!^Von)(?<=[a-zß-ÿ])[A-ZÀ-Þ]"
)
#: Below this Zipf frequency in every language a word is no ordinary word (names, not prose).
RARE_ZIPF = 2.5
SCORE = 0.6
_NAME = "ParticleNameRule"


@lru_cache(maxsize=1 << 16)  # bounded: a large file brings many distinct words
def _reads_as_name(word: str) -> bool:
    """A word (or each part of a hyphenated one) that is no ordinary word, or a listed surname."""
    from anonymize.recognizers.person_names import name_lists
    from anonymize.vocabulary import LANGUAGES, zipf

    _, last = name_lists()
    parts = [p for p in re.split(r"[-'’]", word.casefold()) if p]
    if not parts or any(p in PARTICLES for p in parts) or len(word) < 3 or _CAMEL.search(word):
        return False
    return all(p in last or max(zipf(p, lang) for lang in LANGUAGES) < RARE_ZIPF for p in parts)


def _same_case(word: str, value: str) -> bool:
    """The word is written in the finding's case: capitalised after a capitalised name, lower after a
    lower-case one (a lower-case word after "Anna de" is prose)."""
    if any(ch.isupper() for ch in value):
        return word[:1].isupper()
    return word.islower()


def _grown(text: str, result: RecognizerResult, languages: dict[str, bool]) -> RecognizerResult:
    value = text[result.start : result.end]
    start, end = result.start, result.end
    after = _AFTER.match(text, end, min(len(text), end + 60))
    if (
        after
        and _reads_as_name(after.group("word"))
        and _same_case(after.group("word"), value)
        and not legal_form_ahead(text, after.start("word"), 4)  # "ronui de brightwell couriers ltd"
    ):
        end = after.end("word")
    before = _BEFORE.search(text, max(0, start - 60), start)
    if (
        before
        and _reads_as_name(before.group("word"))
        and _same_case(before.group("word"), value)
        and not _maybe_a_noun(text, before.group(0), languages)
    ):
        start = before.start("word")
    if (start, end) == (result.start, result.end):
        return result
    return respan(result, start, end)


_HYPHEN_AFTER = re.compile(r"-(?P<word>[^\W\d_]{2,})(?![\w@])")
_HYPHEN_BEFORE = re.compile(r"(?<![\w@.#/-])(?P<word>[^\W\d_]{2,})-$")


def _hyphen_joined(text: str, result: RecognizerResult) -> RecognizerResult:
    """A name grown over the other half of a hyphenated name ("hened|-riham", "Anna-|Lena"), when
    that half is no ordinary word ("Smith-based" stays apart)."""
    start, end = result.start, result.end
    value = text[start:end]
    after = _HYPHEN_AFTER.match(text, end)
    if after and _reads_as_name(after.group("word")) and _same_case(after.group("word"), value):
        end = after.end()
    before = _HYPHEN_BEFORE.search(text, max(0, start - 40), start)
    if before and _reads_as_name(before.group("word")) and _same_case(before.group("word"), value):
        start = before.start("word")
    return result if (start, end) == (result.start, result.end) else respan(result, start, end)


def _result(start: int, end: int, score: float, cue: str) -> RecognizerResult:
    return RecognizerResult(
        "PERSON",
        start,
        end,
        score,
        recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: _NAME, "cue": cue},
    )


def _maybe_a_noun(text: str, phrase: str, languages: dict[str, bool]) -> bool:
    """``phrase`` ("Brotdose von", "Brotdose von Nhơn") may start with a German noun: German capitalises
    its nouns and its compounds are rare words. Not when the word is a listed given name, in capitals,
    or followed by two particles ("von der"), which prose does not put between two rare words."""
    from anonymize.recognizers.person_names import name_lists

    words = phrase.split()
    first = words[0]
    if not first[:1].isupper() or first.isupper() or first.casefold() in name_lists()[0]:
        return False
    if sum(1 for w in words[1:] if w.casefold() in PARTICLES) >= 2:
        return False
    if "de" not in languages:
        from anonymize.vocabulary import guess_languages

        languages["de"] = "de" in guess_languages(text)
    return languages["de"]


def _joined_names(
    text: str, covered: Sequence[RecognizerResult], languages: dict[str, bool]
) -> list[RecognizerResult]:
    found = []
    for match in _JOINED.finditer(text):
        first, last = match.group("first"), match.group("last")
        cased = (first[:1].isupper() and last[:1].isupper()) or (first.islower() and last.islower())
        if not (cased and _reads_as_name(first) and _reads_as_name(last)):
            continue
        if any(r.start <= match.start() and match.end() <= r.end for r in covered):
            continue
        if legal_form_ahead(text, match.start("last"), 4) or _maybe_a_noun(text, match.group(0), languages):
            continue  # a German noun and whose it is: the owner alone is found below
        found.append(_result(match.start(), match.end(), SCORE, "particle"))
    return found


#: "of"/"from" before a name: "la merendiera di Quenvalisse", "de broodtrommel van Bahzad".
_OWNER = re.compile(
    r"(?<=\w )(?i:von|vom|van|de|di|da|do|du|des|del|della|dos|das)\s(?P<word>[^\W\d_][^\W\d_'’\-]+)(?![\w@.\-])"
)
_NEXT_CODE = re.compile(r"[ \t]*[-\w]*\d")  # "… 10", "… 30-pack": a model's number
_NEXT_CAPITALISED = re.compile(r"[ \t]+[^\W\d_a-zß-ÿ]")
#: A stricter bar for a word after "of" with no other cue: no word at all in any language Shoal reads.
OWNER_ZIPF = 1.5


def _owner_names(text: str, covered: Sequence[RecognizerResult]) -> list[RecognizerResult]:
    """A capitalised word that is no word of any language, after "of"/"from" inside a sentence in
    mixed-case text: whose it is ("Brotdose von Nhơn") or where from; places are words or listed."""
    from anonymize.profile.vocabularies import city_vocabulary
    from anonymize.vocabulary import LANGUAGES, zipf

    if text.islower() or text.isupper():
        return []
    found = []
    for match in _OWNER.finditer(text):
        word = match.group("word")
        start, end = match.start("word"), match.end("word")
        if not word[:1].isupper() or word.isupper() or len(word) < 3:
            continue
        if any(r.start <= start and end <= r.end for r in covered) or legal_form_ahead(text, start, 4):
            continue
        if _NEXT_CAPITALISED.match(text, end) or _NEXT_CODE.match(text, end):
            continue  # "de Tecnoluz Ibérica", "da Fjordline Travel": a firm's or a place's name goes on
        folded = word.casefold()
        if folded in city_vocabulary() or max(zipf(folded, lang) for lang in LANGUAGES) >= OWNER_ZIPF:
            continue
        found.append(_result(start, end, 0.5, "owner"))
    return found


def with_particles(text: str, results: Sequence[RecognizerResult]) -> list[RecognizerResult]:
    """``results`` with PERSON findings grown over particle surnames, plus particle-joined names."""
    if not any(ch.isspace() or ch == "-" for ch in text):
        return list(results)
    from anonymize.recognizers.products import counted_item, in_order_line

    languages: dict[str, bool] = {}
    grown = [
        _hyphen_joined(text, _grown(text, r, languages)) if r.entity_type == "PERSON" else r for r in results
    ]
    persons = [r for r in grown if r.entity_type == "PERSON"]
    # "Turrón de Jijona 300 g (13 uds.)": a product's name before its details, however it joins
    joined = [
        r
        for r in _joined_names(text, persons, languages)
        if not in_order_line(text, r.start, r.end, cued=False)
    ]
    owners = [
        r for r in _owner_names(text, persons + joined) if not counted_item(text, r.start, r.end, cued=False)
    ]  # "5 unités de Vélorail nocturne", "Merrain chêne de Tronçais, 34 unités": an order line's item
    return grown + joined + owners
