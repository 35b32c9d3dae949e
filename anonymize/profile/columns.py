"""Profile a whole table: cheap validators first, Presidio on the few undecided columns, then rare
categories and value types.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from typing import Any

import pandas as pd

from anonymize.dtypes import infer_type
from anonymize.profile.by_values import _profile_by_values
from anonymize.profile.model import ColumnProfile, Profile, _decide
from anonymize.profile.patterns import DIRECT, NER_SAMPLE_SIZE, NOT_PERSONAL, QUASI, SAMPLE_SIZE
from anonymize.profile.values import (
    _first_name_column,
    _share,
    name_core,
    name_shape,
    place_shape,
    rare_name_shape,
    sample_values,
    strip_titles,
)
from anonymize.profile.vocabularies import city_vocabulary
from anonymize.vocabulary import LANGUAGES, is_common_word, is_stop_word


def _profile_with_ner(name: str, values: list[str], evidence: dict, ner: dict[str, float]) -> ColumnProfile:
    """Decide a column the validators left open, from the shares Presidio found (``ner``) and shapes."""
    hint = evidence.get("header_hint")
    matches = evidence["matches"]
    evidence["ner"] = ner
    shaped = _share(values, name_shape)
    if shaped:
        matches["NAME_SHAPE"] = round(shaped, 3)
    person = ner.get("PERSON", 0.0)
    location = ner.get("LOCATION", 0.0)
    unique_ratio = evidence.get("unique_ratio", 0.0)
    lowered = [v.casefold() for v in values]
    cities = city_vocabulary()
    city_share = _share(lowered, lambda v: v in cities)
    if city_share:
        matches["CITY"] = round(city_share, 3)

    if hint is None and _closed_catalogue(name, values):
        # "Escritura Carmen", "Cargo Lyon 2" in row after row under "tramite", "vélo": the items of a
        # catalogue, whatever names or places they are built from.
        evidence["closed_catalogue"] = True
        return _decide(name, NOT_PERSONAL, None, None, 1 - unique_ratio, evidence)
    rare = _share(values, rare_name_shape)
    if (
        person >= 0.3
        and person >= location
        and shaped >= 0.5
        and (person >= 0.6 or rare >= 0.3 or hint == "PERSON")
    ):
        return _decide(
            name, DIRECT, "PERSON", None, 0.5 + person / 2 + (0.1 if hint == "PERSON" else 0), evidence
        )
    if _share(values, lambda v: strip_titles(v) != v) >= 0.8 and shaped >= 0.8:
        # Nearly every cell opens with a title ("Mestre Għaxa", "Sig.ra Lunetti"): people, however
        # few of them and whatever the NER reads.
        matches["TITLED"] = 1.0
        return _decide(name, DIRECT, "PERSON", None, 0.8, evidence)
    if hint == "PERSON" and shaped >= 0.5:
        return _decide(name, DIRECT, "PERSON", None, 0.5 + shaped / 3, evidence)
    if rare:
        matches["RARE_NAME_SHAPE"] = round(rare, 3)
    if shaped >= 0.7 and rare >= 0.6 and city_share < 0.3:
        # Names no list or model knows: name-shaped cells whose words are not words of any language.
        return _decide(name, DIRECT, "PERSON", None, 0.4 + rare / 3, evidence)
    if _handle_column(values):
        # "mwepeek_kekahin", "lampros.gudis": staff logins built from their names, no word of a language.
        matches["NAME_HANDLE"] = 1.0
        return _decide(name, DIRECT, "PERSON", None, 0.6, evidence)
    if _first_name_column(name, values, city_share, lower_case=person >= 0.5):
        # A roster of first names no list holds ("Florinio", "Allaug" under ``mech``).
        matches["FIRST_NAME_SHAPE"] = 1.0
        return _decide(name, DIRECT, "PERSON", None, 0.6, evidence)
    places = _share(values, place_shape)
    if hint == "CITY" and places >= 0.7 and shaped < 0.5:
        # A town column of places no list holds ("Quiquiwick", "Leça da Palmeira").
        return _decide(name, QUASI, "CITY", "category", places, evidence)
    if city_share >= 0.3 or location >= 0.4 or (hint == "CITY" and (location + city_share) >= 0.1):
        return _decide(
            name, QUASI, "CITY", "category", max(city_share, location) + (0.2 if hint else 0), evidence
        )
    if shaped >= 0.7 and unique_ratio >= 0.6 and person >= 0.1:
        return _decide(name, DIRECT, "PERSON", None, 0.4 + person, evidence)
    if person >= 0.8 and location < 0.2 and _share(values, lambda v: len(v.split()) <= 6) >= 0.9:
        # Short cells the NER reads as a person nearly everywhere, whatever wraps the name ("Kwelto
        # Barunim – Leitung", "Gast: Ysmara Tolvenik"): people, though no shape rule knows the wrapping.
        matches["NER_PERSON"] = round(person, 3)
        return _decide(name, DIRECT, "PERSON", None, 0.4 + person / 2, evidence)
    return _by_other_entity(name, evidence, ner)


_HANDLE_RE = re.compile(r"[^\W\d_]{2,20}[._][^\W\d_]{2,24}")


def _handle_column(values: list[str]) -> bool:
    """Nearly every cell two words joined by "_" or "." (a login or handle), and most of them, read as
    words, a name no language holds ("oolong_dizi"), never statuses or codes ("part_paid")."""
    handles = [v.replace("_", " ").replace(".", " ") for v in values if _HANDLE_RE.fullmatch(v)]
    if len(values) < 4 or len(handles) < 0.9 * len(values) or len(set(handles)) < 3:
        return False
    return _share(handles, rare_name_shape) >= 0.6


#: Entities the NER reports that say nothing of a column on their own (names and places are weighed above).
_UNTELLING = frozenset(
    {
        "PERSON",
        "LOCATION",
        "DATE_TIME",
        "ORGANIZATION",
        "NRP",
        "US_DRIVER_LICENSE",
        "US_BANK_NUMBER",
        "US_PASSPORT",
    }
)


def _by_other_entity(name: str, evidence: dict, ner: dict[str, float]) -> ColumnProfile:
    """The column's most frequent telling entity in half its cells or more, else not personal."""
    from anonymize.entities import category_of

    for entity, share in sorted(ner.items(), key=lambda kv: -kv[1]):
        if entity in _UNTELLING or share < 0.5:
            continue
        category = category_of(entity).value
        qi_type = (
            "postcode"
            if entity == "POSTCODE"
            else "date"
            if entity == "DATE_OF_BIRTH"
            else "category"
            if category == QUASI
            else None
        )
        return _decide(name, category, entity, qi_type, share, evidence)
    return _decide(name, NOT_PERSONAL, None, None, 0.6, evidence)


#: A comma and lower-case words closing a cell: a person's role after their name ("…, meneur").
_ROLE_AFTER = re.compile(r",[ \t]*[a-zß-ÿ][^,\d]*$")


def _closed_catalogue(name: str, values: list[str]) -> bool:
    """A closed set of items of two words or more (each seen seven times on average) under a header
    that names no role, fewer than half opening with a given name, and one at least with a mark of an item: a
    digit, a lower-case word of a language, or a Title-case opening word of a language that is no
    name ("Testamento abierto", "Cargo Lyon 2"); or two with such a word further in ("Touriga
    Nacional Lote Amélia", "Encruzado Lote Beatriz"), or all open with one word ("Ruta Norte",
    "Ruta Sierra"). Staff under such a header ("Anna Berg") open with a
    given name; unlisted staff ("Zorbi Kwatu") have no item mark."""
    from anonymize.profile.patterns import names_a_role
    from anonymize.recognizers.name_context import title_words
    from anonymize.recognizers.person_names import is_listed_name, name_lists

    values = [name_core(v) for v in values]  # "Taraq Hajuri (nr 298)", "Yajusam K., seit 2023": staff
    roles = _share(values, lambda v: bool(_ROLE_AFTER.search(v))) >= 0.8
    if roles:
        values = [v.split(",", 1)[0] for v in values]  # "Menat Pylon, guide équestre": who, then their role
    distinct = {v.casefold(): v for v in values}.values()  # "REGENSCHIRM ANTON" is the same item
    if len(values) < 20 or names_a_role(name):
        return False
    if not roles and _few_kinds(list(distinct)):
        return True
    if len(distinct) > min(MAX_CATEGORIES, 0.15 * len(values)):
        return False
    items = [v.split() for v in distinct]
    if sum(len(words) >= 2 for words in items) < 0.5 * len(items):
        return False
    heads = {words[0].casefold().rstrip(".") for words in items if words}
    if len(heads) == 1:
        # "Ruta Norte", "Ruta Sierra": one head word over every item is a kind, no person, unless it
        # is a title ("Mestre Yaatl", "Mestre Starn": the master craftsmen of a workshop).
        return not heads <= title_words()
    first_names = name_lists()[0]
    if sum(words[0].casefold() in first_names for words in items if words) * 2 >= len(items):
        return False  # "hortensia Begoña" among plants is one item; staff open with given names

    def item_mark(words: list[str]) -> bool:
        if any(ch.isdigit() for w in words for ch in w):
            return True
        lower = [w for w in words if w.islower() and len(w) >= 3]
        if any(is_common_word(w, LANGUAGES, threshold=3.0) and not is_stop_word(w) for w in lower):
            return True
        head = words[0]
        return (
            not roles  # behind a role, a name that is a word ("Janker Fingerhakeln, meneur") marks no item
            and head.istitle()
            and is_common_word(head, LANGUAGES, threshold=3.5)
            and not is_listed_name(head)
        )

    def inner_mark(words: list[str]) -> bool:
        return any(is_common_word(w, LANGUAGES, threshold=3.5) and not is_listed_name(w) for w in words[1:])

    several = [words for words in items if len(words) >= 2]
    return any(item_mark(words) for words in several) or (
        not roles and sum(inner_mark(words) for words in several) >= 2
    )


def _few_kinds(distinct: list[str]) -> bool:
    """Items of a few kinds, each combined with several names or places: at most eight head words, each
    a common or a compound word and no name, title, role or relation, over two words or more in 80 %
    of the items (fewer than 30 % a full name after the head) and twice as many items as heads ("Kaminholz Kiste Clara", "Chormappe Bristol",
    "Lernpaket Braga"). A team's given names are no words ("Kwelto B.", "Ysmara T.")."""
    from anonymize.recognizers.name_context import title_words
    from anonymize.recognizers.name_cues import RELATION, ROLE
    from anonymize.recognizers.no_words import is_compound
    from anonymize.recognizers.person_names import is_listed_name

    several = [v.split() for v in distinct if len(v.split()) >= 2]
    heads = {words[0].casefold().rstrip(".") for words in several}
    person_words = title_words() | {p.casefold() for p in (*ROLE, *RELATION) if " " not in p}
    return (
        len(several) >= 0.8 * len(distinct)
        and 1 <= len(heads) <= 8
        and len(distinct) >= 2 * len(heads) + 4
        and not any(is_listed_name(h) or h in person_words or len(h) < 3 for h in heads)
        and all(is_compound(h) or is_common_word(h, LANGUAGES, threshold=3.0) for h in heads)
        and _share([" ".join(words[1:]) for words in several], lambda tail: _full_name(tail.split())) < 0.3
    )


def _full_name(words: list[str]) -> bool:
    """Two or three capitalised words, none a common word unless a listed name: "Anna Müller" after
    "Küchendienst" is a person on a duty, "Kiste Clara" after "Kaminholz" an item's name."""
    from anonymize.recognizers.person_names import is_listed_name

    return 2 <= len(words) <= 3 and all(
        w[:1].isupper() and (is_listed_name(w) or not is_common_word(w, LANGUAGES, threshold=3.0))
        for w in words
    )


def profile_frame(
    df: pd.DataFrame,
    *,
    analyzer: Any | None = None,
    sample_size: int = SAMPLE_SIZE,
    ner_sample_size: int = NER_SAMPLE_SIZE,
    today: date | None = None,
) -> Profile:
    """Profile every column of ``df`` (a sample of the file) and return a `Profile` in column order.

    ``analyzer`` is the Presidio analyzer used on the few cells validators cannot decide; without one,
    undecided columns are judged by shape alone.
    """
    today = today or date.today()  # noqa: DTZ011 - a calendar date for age arithmetic
    decided: dict[str, ColumnProfile] = {}
    pending: dict[str, tuple[list[str], dict]] = {}
    samples: dict[str, list[str]] = {}
    for name in df.columns:
        values = sample_values(df[name], sample_size)
        samples[str(name)] = values
        profile, evidence = _profile_by_values(str(name), values, today)
        if profile is not None:
            decided[str(name)] = profile
        else:
            pending[str(name)] = (values, evidence)

    if pending:
        ner_by_column: dict[str, dict[str, float]] = {}
        if analyzer is not None:
            batch: list[str] = []
            slices: dict[str, tuple[int, int]] = {}
            for name, (values, _) in pending.items():
                few = values[:: max(1, len(values) // ner_sample_size)][:ner_sample_size]
                slices[name] = (len(batch), len(batch) + len(few))
                batch.extend(few)
            if batch:
                from anonymize.text import analyze_texts

                results = analyze_texts(analyzer, batch, score_threshold=0.4)
                for name, (lo, hi) in slices.items():
                    ner_by_column[name] = _shares_from_results(batch[lo:hi], results[lo:hi])
        for name, (values, evidence) in pending.items():
            decided[name] = _profile_with_ner(name, values, evidence, ner_by_column.get(name, {}))

    _propose_rare_categories(decided, samples)
    for name in df.columns:
        decided[str(name)].value_type = infer_type(df[name])
    return Profile(columns=[decided[str(name)] for name in df.columns], rows_sampled=len(df))


#: A category seen in less than this share of the sampled cells is rare: it singles its holders out.
RARE_CATEGORY_SHARE = 0.02

#: At most this many distinct values (and this share of the sample) make a column categorical.
MAX_CATEGORIES = 50


def rare_category_evidence(values: list[str]) -> float | None:
    """Share of sampled cells holding a rare category, for a categorical column with rare values.

    A short-valued column with few distinct values, each repeated on average, and some of them rare
    (under `RARE_CATEGORY_SHARE` of the cells: "enterprise" among "basic"/"plus", a rare diagnosis)
    is a candidate quasi-identifier: the few holders of a rare value are singled out by it together
    with any other attribute. None when the column is not categorical or has no rare value.
    """
    if len(values) < 50:
        return None
    counts: dict[str, int] = {}
    for value in values:
        counts[value.casefold()] = counts.get(value.casefold(), 0) + 1
    if not 2 <= len(counts) <= min(MAX_CATEGORIES, len(values) // 5):
        return None
    if sum(len(v) for v in values) / len(values) > 40 or any(ch.isdigit() for v in counts for ch in v[:1]):
        return None
    rare = sum(c for c in counts.values() if c < RARE_CATEGORY_SHARE * len(values))
    return round(rare / len(values), 3) if rare else None


def _propose_rare_categories(profiles: dict[str, ColumnProfile], samples: dict[str, list[str]]) -> None:
    """Mark plain categorical columns with rare values as candidate quasi-identifiers (``qi_type``
    ``category``, evidence ``rare_categories``); their kind stays, the plan asks to confirm them."""
    for name, profile in profiles.items():
        if profile.kind != NOT_PERSONAL or profile.entity is not None or profile.qi_type is not None:
            continue
        share = rare_category_evidence(samples.get(name, []))
        if share is not None:
            profile.qi_type = "category"
            profile.evidence["rare_categories"] = share


def _shares_from_results(values: list[str], results: Iterable[list[Any]]) -> dict[str, float]:
    counts: dict[str, int] = {}
    for value, found in zip(values, results, strict=True):
        letters = max(1, len(value.replace(" ", "")))
        covered: dict[str, int] = {}
        for r in found:
            covered[r.entity_type] = covered.get(r.entity_type, 0) + len(
                value[r.start : r.end].replace(" ", "")
            )
        for entity, chars in covered.items():
            if chars / letters >= 0.5:
                counts[entity] = counts.get(entity, 0) + 1
    if not values:
        return {}
    return {entity: round(n / len(values), 3) for entity, n in counts.items()}
