"""Decide a column from its sampled values with cheap validators, most specific check first."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from anonymize.profile.codes import code_pattern_share, record_id_evidence
from anonymize.profile.dates import _looks_like_birth_dates, _parse_dates
from anonymize.profile.model import ColumnProfile, _decide
from anonymize.profile.patterns import (
    CURRENCY_CODES,
    DIRECT,
    FREE_TEXT,
    GENDER_VALUES,
    HEADER_VETOES,
    HOUSE_PART_RE,
    INT_RE,
    MARITAL_VALUES,
    NOT_PERSONAL,
    NUMBER_RE,
    QUASI,
    SPECIFIC_PERSON_HEADER_RE,
    names_a_role,
)
from anonymize.profile.values import (
    DIRECT_VALIDATORS,
    MIN_DIGITS,
    NATIONAL_IDS,
    _share,
    is_national_id,
    is_phone,
    is_postcode,
    is_product_name,
    is_prose,
    is_street_address,
    place_shape,
    street_only_share,
)
from anonymize.profile.vocabularies import country_vocabulary, header_hint, job_vocabulary, region_vocabulary
from anonymize.vocabulary import is_common_word


def _profile_by_values(name: str, values: list[str], today: date) -> tuple[ColumnProfile | None, dict]:
    """Decide with cheap validators; return (profile or None when undecided, evidence so far).

    The checks run from the most specific (checksummed identifiers) to the loosest (numbers); the
    first that decides wins, and each adds its shares to ``evidence`` in that order.
    """
    hint = header_hint(name)
    evidence: dict[str, Any] = {"sampled": len(values), "header_hint": hint, "matches": {}}
    if not values:
        return _decide(name, NOT_PERSONAL, None, None, 1.0, {**evidence, "empty": True}), evidence

    lengths = [len(v) for v in values]
    mean_tokens = sum(len(v.split()) for v in values) / len(values)
    mean_length = sum(lengths) / len(values)
    evidence["mean_length"] = round(mean_length, 1)
    unique_ratio = len(set(values)) / len(values)
    evidence["unique_ratio"] = round(unique_ratio, 3)

    decided = (
        _decide_direct_identifier(name, values, hint, evidence)
        or _decide_identifier_shapes(name, values, unique_ratio, mean_tokens, evidence)
        or _decide_by_name_header(name, values, hint, evidence)
        or _decide_free_text(name, values, mean_length, mean_tokens, evidence)
        or _decide_date(name, values, hint, today, evidence)
        or _decide_postcode_or_age(name, values, hint, evidence)
        or _decide_category(name, values, hint, evidence)
        or _decide_street_or_number(name, values, hint, evidence)
    )
    return decided, evidence


def _best_direct_match(matches: dict[str, float]) -> tuple[str, float] | None:
    """The most specific validator within 80 % of the best share (checksums before phones)."""
    if not matches:
        return None
    top = max(matches.values())
    for entity, _ in DIRECT_VALIDATORS:
        if matches.get(entity, 0) >= 0.8 * top:
            return (entity, matches[entity])
    return None


def _decide_direct_identifier(
    name: str, values: list[str], hint: str | None, evidence: dict[str, Any]
) -> ColumnProfile | None:
    """Direct identifiers with strict validators: checksum or syntax; national IDs of mixed countries."""
    matches: dict[str, float] = evidence["matches"]
    short_values = [v for v in values if len(v) <= 64]
    digits = [sum(ch.isdigit() for ch in v) for v in short_values]
    for entity, validator in DIRECT_VALIDATORS:
        # A validator only sees values with the digits its identifier needs: same shares, far fewer
        # checksum calls on columns of names, cities or words.
        least = MIN_DIGITS.get(entity, 0)
        hits = sum(1 for v, d in zip(short_values, digits, strict=True) if d >= least and validator(v))
        share = hits / len(values)
        if share > 0:
            matches[entity] = round(share, 3)
    id_candidates = [v for v, d in zip(short_values, digits, strict=True) if d >= 6]
    hinted_national_id = hint == "NATIONAL_ID"
    best = _best_direct_match(matches)
    national_total = min(1.0, sum(share for entity, share in matches.items() if entity in NATIONAL_IDS))
    phone_share = matches.get("PHONE_NUMBER", 0.0)
    if phone_share and (best is None or best[0] == "PHONE_NUMBER"):
        # Digits that pass a national-ID checksum are read as that ID, not as a phone number.
        national_total = max(
            national_total, _share(id_candidates, is_national_id) * len(id_candidates) / len(values)
        )
        phone_only = _share(id_candidates, lambda v: is_phone(v) and not is_national_id(v))
        evidence["phone_only_share"] = round(phone_only * len(id_candidates) / len(values), 3)
        phone_share = evidence["phone_only_share"]
    if (
        national_total >= 0.5
        and national_total > phone_share
        and (best is None or best[0] not in NATIONAL_IDS or best[1] < 0.5)
    ):
        # A column of national IDs from several countries: no single checksum dominates.
        evidence["national_id_share"] = round(min(national_total, 1.0), 3)
        return _decide(name, DIRECT, "NATIONAL_ID", None, min(national_total, 1.0), evidence)
    if best:
        entity, share = best
        hinted = hint == entity or (hinted_national_id and entity in NATIONAL_IDS)
        direct_total = min(1.0, sum(matches.values()))
        if share >= 0.5 or (hinted and share >= 0.2) or (direct_total >= 0.7 and share >= 0.3):
            confidence = share + (0.15 if hinted else 0.0)
            return _decide(name, DIRECT, entity, None, max(confidence, direct_total), evidence)
    return None


def _decide_identifier_shapes(
    name: str, values: list[str], unique_ratio: float, mean_tokens: float, evidence: dict[str, Any]
) -> ColumnProfile | None:
    """Record IDs (direct), product names and literal-prefixed codes (not personal)."""
    record_id = record_id_evidence(name, values, unique_ratio)
    if record_id is not None:
        evidence["record_id"] = record_id
        return _decide(name, DIRECT, "RECORD_ID", None, 0.9, evidence)

    product_share = _share(values, is_product_name)
    if product_share >= 0.5 and mean_tokens <= 6 and _share(values, is_prose) < 0.3:
        # "Victoria Teapot", "Zaino Avorio M": names and places inside product names are no people.
        evidence["product_share"] = round(product_share, 3)
        return _decide(name, NOT_PERSONAL, "PRODUCT", None, product_share, evidence)

    code_share = code_pattern_share(values)
    if code_share >= 0.8:
        # One literal prefix and shape in most cells (``ORD-2025-010001``): an identifier code.
        evidence["code_pattern_share"] = round(code_share, 3)
        return _decide(name, NOT_PERSONAL, None, None, code_share, evidence)
    return None


def _decide_free_text(
    name: str, values: list[str], mean_length: float, mean_tokens: float, evidence: dict[str, Any]
) -> ColumnProfile | None:
    """Long texts that are not addresses, and short notes made of prose, are free text."""
    if mean_length >= 30 and mean_tokens >= 5:
        evidence["street_address_share"] = round(_share(values, is_street_address), 3)
        if evidence["street_address_share"] < 0.5:
            return _decide(name, FREE_TEXT, None, None, min(1.0, mean_tokens / 8), evidence)
    elif mean_tokens >= 2.5:
        # Short notes ("call anna back", "quennell asked for a refund") are prose too: their words
        # include function words, which product names, job titles and addresses rarely have.
        prose = _share(values, is_prose)
        if prose >= 0.5:
            evidence["prose_share"] = round(prose, 3)
            if _repeated_phrases(values):
                # "Lettere a Clara", "Tarta de Santiago" in record after record: a catalogue's titles.
                evidence["repeated_phrases"] = True
                return _decide(name, NOT_PERSONAL, None, None, 1 - len(set(values)) / len(values), evidence)
            return _decide(name, FREE_TEXT, None, None, prose, evidence)
    return None


def _repeated_phrases(values: list[str]) -> bool:
    """Short phrases from a closed set (each value seen ten times on average, at most `MAX_CATEGORIES`
    of them) and none with a name in a name's position ("Handled by Anna" repeats too): titles,
    products or canned notes, which no person's name varies."""
    from anonymize.profile.columns import MAX_CATEGORIES
    from anonymize.recognizers.name_context import find_name_positions

    distinct = set(values)
    if len(values) < 20 or len(distinct) > min(MAX_CATEGORIES, 0.1 * len(values)):
        return False
    # A value that is a name as a whole ("Tarta Sacher" reads so) is a minority in a column of prose.
    return not any(family != "whole line" for value in distinct for *_, family in find_name_positions(value))


def _decide_date(
    name: str, values: list[str], hint: str | None, today: date, evidence: dict[str, Any]
) -> ColumnProfile | None:
    """Dates: a birth-date spread makes a quasi-identifier; order or event dates are kept."""
    matches: dict[str, float] = evidence["matches"]
    dates = _parse_dates(values)
    date_share = len(dates) / len(values)
    if date_share:
        matches["DATE"] = round(date_share, 3)
    if date_share >= 0.8:
        birthlike = _looks_like_birth_dates(dates, today)
        evidence["birth_date_spread"] = birthlike
        if hint == "DATE_OF_BIRTH" or birthlike:
            return _decide(
                name, QUASI, "DATE_OF_BIRTH", "date", date_share * (1.0 if hint else 0.75), evidence
            )
        return _decide(name, NOT_PERSONAL, "DATE_TIME", None, date_share * 0.9, evidence)
    if hint == "DATE_OF_BIRTH":
        # "birth_year": years of birth are the coarse end of the date hierarchy, not postcodes.
        year_share = _share(values, lambda v: len(v) == 4 and v.isdigit() and 1880 <= int(v) <= today.year)
        if year_share >= 0.9:
            matches["BIRTH_YEAR"] = round(year_share, 3)
            return _decide(name, QUASI, "DATE_OF_BIRTH", "date", year_share, evidence)
    return None


def _decide_postcode_or_age(
    name: str, values: list[str], hint: str | None, evidence: dict[str, Any]
) -> ColumnProfile | None:
    """Postcodes (by shape, supported by a header hint or a mix of shapes) and hinted ages."""
    matches: dict[str, float] = evidence["matches"]
    postcode_share = _share(values, is_postcode)
    if postcode_share:
        matches["POSTCODE"] = round(postcode_share, 3)
    if postcode_share >= 0.6:
        # 0.6, not higher: a small file from many countries has shapes no list covers (60 rows
        # leave little room); a header hint or a mix of shapes is the supporting evidence.
        pure_digits = [v for v in values if v.isdigit()]
        digit_lengths = {len(v) for v in pure_digits}
        mixed = len(pure_digits) < 0.9 * len(values)
        if (
            hint == "POSTCODE"
            or (mixed and postcode_share >= 0.7)
            or (len(digit_lengths) == 1 and postcode_share >= 0.8)
        ):
            confidence = postcode_share * (1.0 if hint == "POSTCODE" or mixed else 0.6)
            return _decide(name, QUASI, "POSTCODE", "postcode", confidence, evidence)

    int_share = _share(values, lambda v: bool(INT_RE.match(v)) and 0 <= int(v) <= 120)
    if hint == "AGE" and int_share >= 0.9:
        return _decide(name, QUASI, "AGE", "age", int_share, evidence)
    return None


def _decide_category(
    name: str, values: list[str], hint: str | None, evidence: dict[str, Any]
) -> ColumnProfile | None:
    """Categorical quasi-identifiers found in vocabularies: gender, country, marital status,
    region, nationality, job title."""
    matches: dict[str, float] = evidence["matches"]
    lowered = [v.casefold() for v in values]
    gender_share = _share(lowered, lambda v: v in GENDER_VALUES)
    if gender_share >= 0.9 and len(set(lowered)) <= 6:
        matches["GENDER"] = round(gender_share, 3)
        return _decide(name, QUASI, "GENDER", "category", gender_share, evidence)

    countries = country_vocabulary()
    country_share = _share(lowered, lambda v: v in countries)
    if country_share:
        matches["COUNTRY"] = round(country_share, 3)
    if country_share >= 0.8 or (hint in {"COUNTRY", "NATIONALITY"} and country_share >= 0.5):
        # Where someone lives or comes from narrows them down with any other attribute (issue 13).
        if hint == "NATIONALITY":
            return _decide(name, QUASI, "NATIONALITY", "category", country_share, evidence)
        return _decide(name, QUASI, "COUNTRY", "category", country_share * 0.9, evidence)

    marital_share = _share(lowered, lambda v: v.replace(" ", "-") in MARITAL_VALUES)
    if marital_share:
        matches["MARITAL_STATUS"] = round(marital_share, 3)
    if (marital_share >= 0.8 and len(set(lowered)) <= 16) or (
        hint == "MARITAL_STATUS" and len(set(lowered)) <= 12
    ):
        return _decide(name, QUASI, "MARITAL_STATUS", "category", max(marital_share, 0.6), evidence)
    return _decide_place_or_job(name, values, lowered, hint, evidence)


def _decide_place_or_job(
    name: str, values: list[str], lowered: list[str], hint: str | None, evidence: dict[str, Any]
) -> ColumnProfile | None:
    """Regions, demonyms and country names in any language (by hint and shape), job titles."""
    matches: dict[str, float] = evidence["matches"]
    regions = region_vocabulary()
    region_share = _share(lowered, lambda v: v in regions)
    if region_share:
        matches["REGION"] = round(region_share, 3)
    distinct = len(set(lowered))
    if (region_share >= 0.7 and distinct <= 120) or (
        hint == "REGION" and distinct <= 150 and _share(values, place_shape) + region_share >= 0.7
    ):
        return _decide(name, QUASI, "REGION", "category", max(region_share, 0.6), evidence)

    if hint in {"NATIONALITY", "COUNTRY"} and distinct <= 250 and _share(values, place_shape) >= 0.7:
        # Demonyms and country names in any language ("Deutsch", "polonaise"): a category all the same.
        entity = "NATIONALITY" if hint == "NATIONALITY" else "COUNTRY"
        return _decide(name, QUASI, entity, "category", 0.6, evidence)

    jobs = job_vocabulary()
    job_share = _share(lowered, lambda v: v in jobs)
    if job_share:
        matches["JOB_TITLE"] = round(job_share, 3)
    if job_share >= 0.6 or (hint == "JOB_TITLE" and job_share >= 0.2):
        return _decide(name, QUASI, "JOB_TITLE", "category", job_share, evidence)
    return None


def _decide_street_or_number(
    name: str, values: list[str], hint: str | None, evidence: dict[str, Any]
) -> ColumnProfile | None:
    """Street addresses (direct), currency codes and plain numbers (not personal)."""
    matches: dict[str, float] = evidence["matches"]
    street_share = max(_share(values, is_street_address), street_only_share(values))
    if street_share:
        matches["STREET_ADDRESS"] = round(street_share, 3)
    if street_share >= 0.5 or (hint == "STREET_ADDRESS" and street_share >= 0.2):
        return _decide(name, DIRECT, "STREET_ADDRESS", None, street_share + (0.2 if hint else 0), evidence)
    if hint == "STREET_ADDRESS":
        # a street header over "words + house number" ("Am Korriedanger 5", "Murriedtrift 23"): streets
        # whose names no street word marks
        house_share = _share(values, lambda v: bool(HOUSE_PART_RE.match(v)))
        if house_share >= 0.7:
            matches["HOUSE_NUMBER_SHAPE"] = round(house_share, 3)
            return _decide(name, DIRECT, "STREET_ADDRESS", None, 0.5 + house_share / 3, evidence)

    currency_share = _share(values, lambda v: v.upper() in CURRENCY_CODES)
    number_share = _share(values, lambda v: bool(NUMBER_RE.match(v)))
    if currency_share >= 0.8:
        return _decide(name, NOT_PERSONAL, "CURRENCY", None, currency_share, evidence)
    if number_share >= 0.9:
        matches["NUMBER"] = round(number_share, 3)
        return _decide(name, NOT_PERSONAL, "NUMBER", None, number_share * 0.9, evidence)
    return None


#: One to four words of letters (hyphens, apostrophes inside), in any case: "AMEZEL", "de la Cruz".
_NAME_WORDS_RE = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*(?: [^\W\d_]+(?:[-'’][^\W\d_]+)*){0,3}")
#: How a name's parts are joined in a cell besides spaces: "SURNAME/Given", "Surname_Given",
#: "Surname, Given", "Given (SURNAME)", "given.surname".
_NAME_JOINS_RE = re.compile(r"\s*[/_,()]\s*|\s+|(?<=[^\W\d_])\.(?=[^\W\d_])")


def _name_words(value: str) -> bool:
    """One to four name-shaped words, however joined, within 40 characters."""
    return len(value) <= 40 and bool(_NAME_WORDS_RE.fullmatch(_NAME_JOINS_RE.sub(" ", value).strip()))


#: A login made of an initial and a surname ("n.kāŋa", "g.surname"): a person's under a role header.
_LOGIN_RE = re.compile(r"[^\W\d_]{1,3}\.[^\W\d_]{2,}(?:-[^\W\d_]+)?")
#: A handle: no spaces, a letter somewhere, the characters user names are made of.
_HANDLE_RE = re.compile(r"@?(?=[\w.\-]*[^\W\d_])[\w.\-]{2,40}")


def _decide_by_name_header(
    name: str, values: list[str], hint: str | None, evidence: dict[str, Any]
) -> ColumnProfile | None:
    """A header that names a given name or surname ("first_name", "Nachname", "apellido") over single
    name-shaped words, in any case, a person or role header ("viticultor_nome", "motorista") over
    name-shaped words that are no common words, or a user-name header over handles: a person column
    by its place, whatever the words (names no list holds, ALL CAPS). Decided before NER, which
    rarely knows them."""
    matches: dict[str, float] = evidence["matches"]
    if hint == "PERSON" and SPECIFIC_PERSON_HEADER_RE.search(name):
        share = _share(values, _name_words)
        if share >= 0.8:
            matches["NAME_WORDS"] = round(share, 3)
            return _decide(name, DIRECT, "PERSON", None, 0.6 + share / 3, evidence)
    if (hint == "PERSON" or names_a_role(name)) and not HEADER_VETOES.search(name):
        from anonymize.recognizers.person_names import is_listed_name  # the name lists load on first use

        shaped = _share(values, lambda v: _name_words(v) or bool(_LOGIN_RE.fullmatch(v)))
        plain = _share(
            values,
            lambda v: all(
                is_common_word(w, threshold=3.0) and not is_listed_name(w)
                for w in _NAME_JOINS_RE.split(v)
                if w
            ),
        )
        if shaped >= 0.8 and plain < 0.3 and len(set(values)) >= 3:
            matches["ROLE_NAME_WORDS"] = round(shaped, 3)
            return _decide(name, DIRECT, "PERSON", None, 0.55 + shaped / 3, evidence)
    if hint == "USERNAME":
        share = _share(values, lambda v: bool(_HANDLE_RE.fullmatch(v)))
        if share >= 0.8:
            matches["HANDLE"] = round(share, 3)
            return _decide(name, DIRECT, "USERNAME", None, 0.5 + share / 3, evidence)
    return None
