"""Every word list the engine consults, in one place, so benchmarks can prove they draw nothing from it.

`engine_vocabularies` returns the lower-case names, places and jobs the recognizers and the profiler
use (Faker's providers, read from the installed package). A benchmark that claims to measure
detection beyond list membership draws its names, streets and cities elsewhere and drops any value
found here (`is_known_to_engine`).
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from functools import cache, lru_cache


@lru_cache(maxsize=1)
def faker_person_words() -> frozenset[str]:
    """Every first and last name of every Faker locale (lower case), a superset of the engine's lists."""
    import faker.providers.person as person

    words: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        try:
            provider = importlib.import_module(f"faker.providers.person.{module.name}").Provider
        except (ImportError, AttributeError):  # pragma: no cover - a broken locale module
            continue
        for attr in (
            "first_names",
            "first_names_male",
            "first_names_female",
            "first_names_nonbinary",
            "last_names",
            "last_names_male",
            "last_names_female",
        ):
            values = getattr(provider, attr, ())
            if not isinstance(values, list | tuple | dict | set | frozenset):
                continue  # a property computed per instance (some locales)
            for value in values:
                words.update(part.casefold() for part in str(value).replace("-", " ").split())
    return frozenset(words)


@lru_cache(maxsize=1)
def engine_vocabularies() -> dict[str, frozenset[str]]:
    """The engine's own lists, lower case: names (every Faker locale), cities, countries, jobs."""
    from anonymize.profile import city_vocabulary, country_vocabulary, job_vocabulary
    from anonymize.recognizers.person_names import name_lists

    first, last = name_lists()
    return {
        "person_words": faker_person_words() | first | last,
        "cities": city_vocabulary(),
        "countries": country_vocabulary(),
        "jobs": job_vocabulary(),
    }


def is_known_to_engine(value: str) -> bool:
    """True when ``value`` is in one of the engine's lists, or one of its words (of 3+ letters) is a
    name or a city the engine knows."""
    vocab = engine_vocabularies()
    folded = value.casefold()
    if any(folded in words for words in vocab.values()):
        return True
    words = [w for w in folded.replace("-", " ").split() if len(w) >= 3]
    return any(w in vocab["person_words"] or w in vocab["cities"] for w in words)


# --- common words of the languages Shoal reads -------------------------------------------------------

#: Languages whose stop words and word frequencies the name finders consult.
LANGUAGES: tuple[str, ...] = ("en", "de", "fr", "es", "it", "nl", "pl", "pt", "sv", "da")
#: The eight languages contributors write their texts in (`LANGUAGES` without Swedish and Danish).
TEXT_LANGUAGES: tuple[str, ...] = LANGUAGES[:8]
#: A word at least this frequent (Zipf scale: 4 = once per 100,000 words) in the text's language or in
#: English is read as a common word, not a name, when nothing but its position says otherwise.
COMMON_ZIPF = 4.0


@cache
def stop_words(language: str) -> frozenset[str]:
    """spaCy's stop words of ``language`` (lower case), read from the file alone (fast)."""
    import importlib.util
    from pathlib import Path

    import spacy

    path = Path(spacy.__file__).parent / "lang" / language / "stop_words.py"
    spec = importlib.util.spec_from_file_location(f"_shoal_stop_words_{language}", path)
    if spec is None or spec.loader is None or not path.exists():  # pragma: no cover - layout changed
        return frozenset()
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return frozenset(w.lower() for w in module.STOP_WORDS)


@cache
def _all_stop_words() -> frozenset[str]:
    return frozenset().union(*(stop_words(language) for language in LANGUAGES))


def is_stop_word(word: str) -> bool:
    """A stop word of any language Shoal reads ("hat" is German's "has", "i" Polish "and")."""
    return word.casefold() in _all_stop_words()


@cache
def _zipf_table(language: str) -> dict[str, float]:
    """wordfreq's small list for ``language``: word -> Zipf frequency (empty when it has none).

    Read straight from wordfreq's data file (gzipped msgpack "cBpack": a header, then one list of
    words per centibel of frequency, most frequent first) without importing the package, whose
    import pulls in ftfy, langcodes and regex (a third of a second of start-up). Bin ``i`` holds
    the words of frequency 10^(-i/100), so the Zipf value is 9 - i/100: no sorting, no logarithms.
    """
    import gzip
    import importlib.util
    from pathlib import Path

    import msgpack

    spec = importlib.util.find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:  # pragma: no cover - not installed
        return {}
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / f"small_{language}.msgpack.gz"
    if not path.exists():  # pragma: no cover - a language wordfreq does not ship
        return {}
    with gzip.open(path, "rb") as handle:
        data = msgpack.load(handle, raw=False)
    header, bins = data[0], data[1:]
    if not isinstance(header, dict) or header.get("format") != "cB":
        raise ValueError(f"unexpected wordfreq data in {path.name}")
    return {word: 9.0 - i / 100 for i, words in enumerate(bins) for word in words}


def zipf(word: str, language: str) -> float:
    """Zipf frequency of a lower-case ``word`` in ``language`` (0 when unseen)."""
    return _zipf_table(language).get(word, 0.0)


def is_common_word(word: str, languages: tuple[str, ...] = (), threshold: float = COMMON_ZIPF) -> bool:
    """True when ``word`` is a stop word or at least ``threshold`` frequent in one of ``languages``
    (English is always consulted: it is everywhere in business text)."""
    lowered = word.casefold()
    for language in dict.fromkeys((*languages, "en")):
        if lowered in stop_words(language) or zipf(lowered, language) >= threshold:
            return True
    return False


_LANGUAGE_WORD = re.compile(r"[^\W\d_]+")


def guess_languages(text: str, *, limit: int = 2) -> tuple[str, ...]:
    """The languages of ``text``, most likely first (empty when it has fewer than three words).

    Each of the first `ID_WORDS` words votes for every language by its frequency there (wordfreq's
    Zipf scale), so function words and common nouns decide; a second language is listed when it
    scores within 15 % of the first. About 20 µs per line, and good enough to choose which stop
    words and frequencies apply to a name candidate.
    """
    words = [w.casefold() for w in _LANGUAGE_WORD.findall(text[:400])[:ID_WORDS]]
    if len(words) < 3:
        return ()
    scores = [sum(map(_zipf_table(language).get, words, _ZEROS)) for language in LANGUAGES]
    best = max(scores)
    if best <= 0:
        return ()
    ranked = sorted(range(len(LANGUAGES)), key=lambda i: -scores[i])[:limit]
    return tuple(LANGUAGES[i] for i in ranked if scores[i] >= 0.85 * best)


#: Words of a line that vote in `guess_languages`.
ID_WORDS = 24
_ZEROS = [0.0] * ID_WORDS


@lru_cache(maxsize=1)
def prose_words() -> frozenset[str]:
    """Short function words (articles, prepositions, pronouns, auxiliaries) of every language in
    `LANGUAGES`: their presence marks a sentence rather than a name, a product or a title."""
    return frozenset(w for lang in LANGUAGES for w in stop_words(lang) if 2 <= len(w) <= 6)


#: Weekday abbreviations of the languages Shoal reads ("lun.", "Mi", "wt.", "qua"), as rotas write them.
WEEKDAY_ABBREVIATIONS = frozenset(
    """mon tue wed thu fri sat sun mo di mi do fr sa so lun mar mer jeu ven sam dim mié jue vie sáb dom gio
    sab ma wo vr za zo pon wt śr czw pt sob ndz seg ter qua qui sex""".split()  # noqa: SIM905 - words read best as words
)
_WEEKDAY_TOKEN = re.compile(r"(?<![\w.])([^\W\d_]{2,3})\.?(?=[\s:,/])")


def rota_days(text: str) -> frozenset[str]:
    """The weekday abbreviations of ``text`` when it holds two or more of them (a rota: "lun. Ana /
    mié. Luis"); none otherwise, so a lone "Sam" or "Dom" stays a possible name."""
    days = {m.group(1).casefold() for m in _WEEKDAY_TOKEN.finditer(text)} & WEEKDAY_ABBREVIATIONS
    return frozenset(days) if len(days) >= 2 else frozenset()
