"""Vocabularies (countries, cities, regions, jobs read from the installed Faker, nothing downloaded), name keys and header hints."""

from __future__ import annotations

import importlib
from collections.abc import Collection
from functools import lru_cache

import phonenumbers

from anonymize.profile.patterns import HEADER_HINTS, HEADER_VETOES, names_a_role

_VOCAB_LOCALES = ("de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL", "en_GB", "pt_PT", "sv_SE", "en_US")

#: City names come from every European locale Faker ships: a city column mixes countries.
_CITY_LOCALES = (
    *_VOCAB_LOCALES,
    *("de_AT", "de_CH", "fr_CH", "it_CH", "fr_BE", "nl_BE", "en_IE", "cs_CZ", "sk_SK", "sl_SI", "hu_HU"),
    *("ro_RO", "el_GR", "lt_LT", "lv_LV", "et_EE", "fi_FI", "da_DK", "no_NO", "hr_HR", "bg_BG", "uk_UA"),
)


def _faker_attr(kind: str, attr: str, locales: tuple[str, ...] = _VOCAB_LOCALES) -> set[str]:
    values: set[str] = set()
    for locale in locales:
        try:
            provider = importlib.import_module(f"faker.providers.{kind}.{locale}").Provider
        except ImportError:
            continue
        values.update(str(v).casefold() for v in getattr(provider, attr, ()) or ())
    return values


@lru_cache(maxsize=1)
def country_vocabulary() -> frozenset[str]:
    """Country names (in the EU languages Faker ships) and ISO 3166 alpha-2 codes."""
    names = _faker_attr("address", "countries")
    codes = {r.casefold() for r in phonenumbers.SUPPORTED_REGIONS}
    return frozenset(names | codes)


@lru_cache(maxsize=1)
def city_vocabulary() -> frozenset[str]:
    cities = _faker_attr("address", "cities", _CITY_LOCALES) | _faker_attr(
        "address", "city_names", _CITY_LOCALES
    )
    return frozenset(c for c in cities if len(c) >= 3)


@lru_cache(maxsize=1)
def region_vocabulary() -> frozenset[str]:
    """Regions, states, provinces, departments and counties Faker ships for the EU locales."""
    names: set[str] = set()
    for locale in _CITY_LOCALES:
        try:
            provider = importlib.import_module(f"faker.providers.address.{locale}").Provider
        except ImportError:
            continue
        for attr in ("states", "regions", "departments", "provinces", "counties", "region_names"):
            for value in getattr(provider, attr, ()) or ():
                text = value[-1] if isinstance(value, tuple) else value
                if isinstance(text, str) and len(text) >= 3:
                    names.add(text.casefold())
    return frozenset(names - country_vocabulary())


@lru_cache(maxsize=1)
def job_vocabulary() -> frozenset[str]:
    return frozenset(_faker_attr("job", "jobs"))


#: JSON keys whose value is the name or handle of a person (chat and ticket exports).
NAME_KEYS = frozenset(
    [
        "user",
        "username",
        "user_name",
        "userid_name",
        "author",
        "sender",
        "speaker",
        "nick",
        "nickname",
        "handle",
        "screen_name",
        "display_name",
        "displayname",
        "agent",
        "agent_name",
        "assignee",
        "reporter",
        "recipient",
        "requester",
        "participant",
        "from_name",
        "to_name",
        "created_by",
        "updated_by",
        "owner_name",
        # the sender and author of a message in the other languages Shoal reads ("od", "mittente")
        *("from", "von", "absender", "verfasser", "autor", "expediteur", "expéditeur", "auteur"),
        # "by" in the languages of a log entry ({"door": …, "tekst": …})
        *("por", "door", "par", "przez"),
        *("remitente", "mittente", "autore", "afzender", "nadawca", "remetente", "od"),
        # who wrote an entry ("kto": "ANNA"), and a user in those languages
        *("who", "wer", "qui", "quien", "quién", "chi", "wie", "kto", "quem"),
        *("benutzer", "utilisateur", "usuario", "utente", "gebruiker", "użytkownik", "usuário"),
        # an alias or nickname, and a speaker, in those languages
        *("alias", "apodo", "pseudo", "pseudonyme", "spitzname", "soprannome", "bijnaam", "pseudonim"),
        *("apelido", "sprecher", "orateur", "hablante", "oratore", "spreker", "mówca", "orador"),
    ]
)

#: "from" keys that are also language codes: a sender only where no sibling key is a language code
#: (``{"de": "anna", "texte": …}``, not ``{"en": "Save", "de": "Speichern"}``).
LANGUAGE_CODE_SENDER_KEYS = frozenset({"de", "da", "van"})
_LANGUAGE_CODES = frozenset(
    "en de fr es it nl pl pt da sv no nb fi cs sk hu ro el bg hr sl et lv lt ru uk tr ar zh ja ko".split()  # noqa: SIM905
)


def is_name_key(path: str, siblings: Collection[str] = ()) -> bool:
    """Whether a JSON leaf at ``path`` ("messages[].user", "ticket.author.name") holds a person's
    name or handle by its key; ``siblings`` are the keys beside it (a "de" key is French "from"
    unless its siblings are language codes)."""
    parts = [p.removesuffix("[]") for p in path.split(".") if p]
    if not parts:
        return False
    last = parts[-1].casefold()
    if last in NAME_KEYS or last == "by" or last.endswith(("_by", "-by")):
        return True  # "by", "handled_by", "closed-by": who did it
    if names_a_role(last):
        return True  # "engineer", "rececao", "allievo": a person named by their role
    if last in LANGUAGE_CODE_SENDER_KEYS:
        return bool(siblings) and not any(
            k.casefold() in _LANGUAGE_CODES for k in siblings if k.casefold() != last
        )
    if header_hint(last) != "PERSON":
        return False
    if last not in _BARE_NAME_KEYS:
        return True  # "first_name", "customer", "patient"
    # a bare "name" is a person's only under a person's key ("author": {"name": …}), not "product.name"
    return len(parts) > 1 and (parts[-2].casefold() in NAME_KEYS or header_hint(parts[-2]) == "PERSON")


_BARE_NAME_KEYS = frozenset({"name", "nom", "nombre", "nome", "naam", "namn"})


def header_hint(name: str) -> str | None:
    """Return the entity or quasi-identifier a header suggests, or None."""
    for pattern, hint in HEADER_HINTS:
        if pattern.search(name):
            if HEADER_VETOES.search(name) and hint in {"PHONE_NUMBER", "PERSON", "JOB_TITLE", "CITY"}:
                return None
            return hint
    return None
