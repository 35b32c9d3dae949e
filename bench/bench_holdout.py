"""Held-out evaluation of the anonymisation engine on data its authors never tuned on.

Generates (Faker seed 20261129, locales the dev set favours less) three customer tables with
unhelpful or misleading headers (semicolon latin-1 CSV, UTF-8 TSV, Parquet), 300 multi-line English
support tickets (TXT) and the same tickets nested in JSONL; plants five canary values; runs the real
CLI (``manage.py anonymize``) on each file in a subprocess and measures, per entity type, the share of
planted personal values still present in the same row's output, and the share of non-personal values
kept unchanged. Leaks are printed by *shape* (digits as ``#``), never by value.

Run from the repo root: ``.venv/bin/python bench/bench_holdout.py [--rows 1000] [--tickets 300]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import phonenumbers
from faker import Faker
from phonenumbers import PhoneNumberFormat, PhoneNumberType

SEED = 20261129
REPO = Path(__file__).resolve().parent.parent

# locale -> ISO country (phones, IBAN, IDs)
LOCALES: dict[str, str] = {
    "cs_CZ": "CZ", "da_DK": "DK", "fi_FI": "FI", "hu_HU": "HU", "ro_RO": "RO", "el_GR": "GR",
    "sk_SK": "SK", "sl_SI": "SI", "lt_LT": "LT", "en_IE": "IE", "de_AT": "AT", "fr_BE": "BE",
    "nl_BE": "BE", "de_CH": "CH", "it_IT": "IT", "es_ES": "ES",
}  # fmt: skip
# locales whose names/addresses encode in latin-1 (the semicolon CSV variant)
LATIN1_LOCALES = ["da_DK", "fi_FI", "en_IE", "de_AT", "fr_BE", "nl_BE", "de_CH", "it_IT", "es_ES"]
IBAN_LENGTH = {"HU": 28, "LT": 20, "SI": 19, "BE": 16, "IE": 22, "SK": 24, "CZ": 24, "GR": 27}

PERSONAL = (
    "name",
    "email",
    "phone",
    "iban",
    "national_id",
    "street",
    "postcode",
    "city",
    "dob",
    "ip",
    "card",
)
PATTERN_TYPES = ("email", "phone", "iban", "card", "ip", "national_id")

CANARIES = {
    "name": "Quillon Vendramask",
    "email": "quillon.vendramask@ostrava-mail.cz",
    "phone": "+420 731 862 405",
    "iban": "",  # computed (valid check digits) in `canary_values`
    "national_id": "",  # computed (valid Swiss AHV) in `canary_values`
}

PRODUCT_MODELS = ["Galaxy S23", "iPhone 14 Pro", "Pixel 8a", "Xperia 10 V", "Moto G84", "Nokia G42",
                  "ThinkPad X1 Carbon", "Redmi Note 13", "OnePlus Nord 3", "Fairphone 5"]  # fmt: skip
STATUSES = ["shipped", "pending", "cancelled", "refunded", "delivered", "on hold", "processing"]
CURRENCIES = {"CZ": "CZK", "DK": "DKK", "HU": "HUF", "RO": "RON", "CH": "CHF", "IE": "EUR"}
CARD_TYPES = ["visa16", "mastercard", "amex", "discover", "jcb16", "diners", "maestro"]


# --- value generators ---------------------------------------------------------------------------


def make_phone(rng: random.Random, cc: str) -> tuple[str, str]:
    """A valid phone of country `cc` in national or international format; returns (text, format name)."""
    kind = rng.choice([PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE])
    example = phonenumbers.example_number_for_type(cc, kind) or phonenumbers.example_number(cc)
    nsn = str(example.national_number)
    for _ in range(200):
        body = nsn[: max(2, len(nsn) - 6)] + "".join(
            rng.choice("0123456789") for _ in range(len(nsn) - max(2, len(nsn) - 6))
        )
        number = phonenumbers.parse("+" + str(example.country_code) + body)
        if phonenumbers.is_valid_number(number):
            break
    fmt_name = rng.choice(["national", "international", "international", "e164"])
    fmt = {"national": PhoneNumberFormat.NATIONAL, "international": PhoneNumberFormat.INTERNATIONAL,
           "e164": PhoneNumberFormat.E164}[fmt_name]  # fmt: skip
    text = phonenumbers.format_number(number, fmt)
    if fmt_name == "international" and rng.random() < 0.25:
        text = "00" + text[1:]
        fmt_name = "intl-00"
    return text, fmt_name


def make_iban(fake: Faker, rng: random.Random, cc: str) -> tuple[str, bool]:
    """A valid IBAN of `cc` (Faker's per-locale `iban()` where native, else built); returns (iban, valid)."""
    from stdnum import iban as std_iban

    value = fake.iban()
    if value[:2] == cc and std_iban.is_valid(value):
        return value, True
    length = IBAN_LENGTH.get(cc, 22)
    for _ in range(500):
        bban = "".join(rng.choice("0123456789") for _ in range(length - 4))
        candidate = cc + std_iban.calc_check_digits(cc + "00" + bban) + bban
        if std_iban.is_valid(candidate):
            return candidate, True
    return value, std_iban.is_valid(value)


def _birth(rng: random.Random) -> dt.date:
    return dt.date(1940, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 64))


def make_national_id(fake: Faker, rng: random.Random, locale: str) -> tuple[str, str, bool | None]:
    """A national ID for `locale`: (value, kind, valid per stdnum or None when stdnum has no check)."""
    import stdnum.at.vnr
    import stdnum.be.nn
    import stdnum.ch.ssn
    import stdnum.cz.rc
    import stdnum.dk.cpr
    import stdnum.es.dni
    import stdnum.fi.hetu
    import stdnum.gr.amka
    import stdnum.ie.pps
    import stdnum.it.codicefiscale
    import stdnum.lt.asmens
    import stdnum.ro.cnp
    import stdnum.si.emso

    at, be, ch, cz, dk, es, fi = stdnum.at, stdnum.be, stdnum.ch, stdnum.cz, stdnum.dk, stdnum.es, stdnum.fi
    gr, ie, it, lt, ro, si = stdnum.gr, stdnum.ie, stdnum.it, stdnum.lt, stdnum.ro, stdnum.si

    def check(mod: Any, value: str) -> bool:
        return bool(mod.is_valid(value))

    if locale == "fi_FI":
        v = fake.ssn()
        return v, "FI HETU", check(fi.hetu, v)
    if locale == "ro_RO":
        v = fake.ssn()
        return v, "RO CNP", check(ro.cnp, v)
    if locale == "el_GR":
        v = fake.ssn()
        return v, "GR AMKA", check(gr.amka, v)
    if locale == "de_AT":
        v = fake.ssn()
        return v, "AT VNR", check(at.vnr, v)
    if locale in ("nl_BE", "fr_BE"):
        v = Faker("nl_BE").ssn() if locale == "fr_BE" else fake.ssn()
        return v, "BE NN", check(be.nn, v)
    if locale == "de_CH":
        v = fake.ssn()
        return v, "CH AHV", check(ch.ssn, v)
    if locale == "it_IT":
        v = fake.ssn()
        return v, "IT CF", check(it.codicefiscale, v)
    if locale == "hu_HU":
        return fake.ssn(), "HU personal no.", None
    if locale in ("cs_CZ", "sk_SK"):
        for _ in range(100):
            b = _birth(rng)
            month = b.month + (50 if rng.random() < 0.5 else 0)
            head = f"{b.year % 100:02d}{month:02d}{b.day:02d}{rng.randrange(0, 1000):03d}"
            check_digit = int(head) % 11 % 10
            v = f"{head[:6]}/{head[6:]}{check_digit}"
            if check(cz.rc, v):
                return v, "CZ/SK RC", True
    if locale == "da_DK":
        b = _birth(rng)
        v = f"{b.day:02d}{b.month:02d}{b.year % 100:02d}-{rng.randrange(0, 10000):04d}"
        return v, "DK CPR", check(dk.cpr, v)
    if locale == "es_ES":
        body = f"{rng.randrange(0, 10**8):08d}"
        v = body + es.dni.calc_check_digit(body)
        return v, "ES DNI", check(es.dni, v)
    if locale == "en_IE":
        body = f"{rng.randrange(0, 10**7):07d}"
        total = sum(int(d) * w for d, w in zip(body, range(8, 1, -1), strict=True))
        v = body + "WABCDEFGHIJKLMNOPQRSTUV"[total % 23]
        return v, "IE PPSN", check(ie.pps, v)
    if locale == "lt_LT":
        b = _birth(rng)
        g = ("3" if rng.random() < 0.5 else "4") if b.year < 2000 else "5"
        head = f"{g}{b.year % 100:02d}{b.month:02d}{b.day:02d}{rng.randrange(0, 1000):03d}"
        v = head + lt.asmens.calc_check_digit(head + "0")  # it reads number[:-1]
        return v, "LT asmens kodas", check(lt.asmens, v)
    if locale == "sl_SI":
        b = _birth(rng)
        head = f"{b.day:02d}{b.month:02d}{b.year % 1000:03d}50{rng.randrange(0, 1000):03d}"
        v = head + si.emso.calc_check_digit(head)
        return v, "SI EMSO", check(si.emso, v)
    return fake.ssn(), "other", None


def canary_values() -> dict[str, str]:
    from stdnum import ean
    from stdnum import iban as std_iban
    from stdnum.ch import ssn

    values = dict(CANARIES)
    bban = "0800000192008164731"  # CZ-style BBAN shape, invented
    cz = "CZ" + std_iban.calc_check_digits("CZ00" + bban[:20].ljust(20, "0")) + bban[:20].ljust(20, "0")
    values["iban"] = " ".join(cz[i : i + 4] for i in range(0, len(cz), 4))
    head = "756" + "931746250"
    digits = head + ean.calc_check_digit(head)
    values["national_id"] = f"{digits[:3]}.{digits[3:7]}.{digits[7:11]}.{digits[11:]}"
    assert std_iban.is_valid(values["iban"]) and ssn.is_valid(values["national_id"])
    return values


@dataclass
class Person:
    locale: str
    cc: str
    name: str
    email: str
    phone: str
    phone_fmt: str
    iban: str
    national_id: str
    id_kind: str
    id_valid: bool | None
    street: str
    postcode: str
    city: str
    dob: dt.date
    ip: str
    card: str
    card_type: str


def make_person(fakers: dict[str, Faker], rng: random.Random, locale: str) -> Person:
    fake = fakers[locale]
    cc = LOCALES[locale]
    name = fake.name()
    local = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    local = re.sub(r"[^a-z ]", "", local).split()
    user = (
        rng.choice([".".join(local[-2:]), local[0][0] + local[-1], local[-1] + str(rng.randrange(10, 99))])
        if local
        else fake.user_name()
    )
    domain = rng.choice([fake.free_email_domain(), fake.domain_name()])
    phone, phone_fmt = make_phone(rng, cc)
    iban, _ = make_iban(fake, rng, cc)
    nid, kind, valid = make_national_id(fake, rng, locale)
    card_type = rng.choice(CARD_TYPES)
    return Person(
        locale=locale, cc=cc, name=name, email=f"{user}@{domain}", phone=phone, phone_fmt=phone_fmt,
        iban=iban, national_id=nid, id_kind=kind, id_valid=valid, street=fake.street_address(),
        postcode=fake.postcode(), city=fake.city(), dob=_birth(rng), ip=fake.ipv4_public(),
        card=fake.credit_card_number(card_type=card_type), card_type=card_type,
    )  # fmt: skip


# --- ground truth -------------------------------------------------------------------------------


@dataclass
class Planted:
    entity: str  # personal entity or "utility:<kind>"
    value: str
    column: str  # column name (tables) or field (text)
    shape: str  # non-identifying description used in leak categories


@dataclass
class Unit:
    """One table row or one ticket: what was planted, keyed by unit index."""

    planted: list[Planted] = field(default_factory=list)


def shape_of(entity: str, value: str, extra: str = "") -> str:
    """A description of a value's format that does not reveal it (digits → #, letters → A/a)."""
    if entity in ("phone", "iban", "card", "national_id", "postcode", "dob", "ip"):
        masked = re.sub(r"\d", "#", value)
        if entity == "iban":
            masked = value[:2] + re.sub(r"[A-Za-z]", "A", masked[2:])
        elif entity in ("national_id", "postcode"):
            masked = re.sub(r"[A-Z]", "A", re.sub(r"[a-z]", "a", masked))
        if entity == "ip":
            masked = "IPv4"
        return f"{extra} '{masked}'".strip()
    if entity == "email":
        local, _, domain = value.partition("@")
        return f"{extra} local={re.sub(r'[a-z]+', 'a', re.sub(r'[0-9]+', '#', local))} tld=.{domain.rsplit('.', 1)[-1]}".strip()
    if entity == "name":
        tokens = value.split()
        case = "UPPER" if value.isupper() else "lower" if value.islower() else "Title"
        nonascii = "non-ASCII" if any(ord(c) > 127 for c in value) else "ASCII"
        return f"{extra} {len(tokens)} tokens, {case}, {nonascii}".strip()
    return extra


# --- table generation ---------------------------------------------------------------------------


def _notes(rng: random.Random, other: Person) -> tuple[str, list[tuple[str, str]]]:
    """Free text about a second person; returns (text, [(entity, value)] planted in it)."""
    templates = [
        ("Called {name} on {phone}, wants invoice resent to {email}.", ["name", "phone", "email"]),
        ("Refund to IBAN {iban} (account holder {name}).", ["iban", "name"]),
        (
            "New delivery address: {street}, {postcode} {city}. Contact {phone}",
            ["street", "postcode", "city", "phone"],
        ),
        ("cust. says partner {name} may pick up; mail {email}", ["name", "email"]),
        ("Paid by card {card}; cardholder {name}", ["card", "name"]),
        ("{name} - tel {phone} - iban {iban}", ["name", "phone", "iban"]),
        ("no answer. try {email} or {phone} after 5pm", ["email", "phone"]),
        ("ok", []),
        ("Customer prefers e-mail contact.", []),
        ("Login from {ip} flagged, owner {name} confirmed by phone", ["ip", "name"]),
    ]
    text, kinds = rng.choice(templates)
    values = {"name": other.name, "phone": other.phone, "email": other.email, "iban": other.iban,
              "street": other.street, "postcode": other.postcode, "city": other.city, "card": other.card,
              "ip": other.ip}  # fmt: skip
    return text.format(**values), [(k, values[k]) for k in kinds]


def _utility(rng: random.Random, cc: str, n: int) -> dict[str, str]:
    order_date = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(0, 600))
    return {
        "order_date": order_date.isoformat(),
        "country": cc,
        "currency": CURRENCIES.get(cc, "EUR"),
        "amount": f"{rng.randrange(100, 250000) / 100:.2f}",
        "sku": f"SKU-{rng.choice('ABCDEFGHJK')}{rng.randrange(1000, 9999)}-{rng.choice(['BLK', 'WHT', 'RED', 'XL', 'M'])}",
        "order_no": f"ORD-2025-{n:06d}",
        "model": rng.choice(PRODUCT_MODELS),
        "status": rng.choice(STATUSES),
    }


# layout: output column -> (source key, transform)
LAYOUTS: dict[str, list[tuple[str, str]]] = {
    # semicolon CSV, latin-1, German-ish and meaningless headers
    "v1": [("field_1", "order_no"), ("Name/Vorname", "name"), ("kontakt", "email"), ("info", "phone"),
           ("x", "iban"), ("field_3", "national_id"), ("Straße", "street"), ("plz", "postcode"),
           ("ort", "city"), ("geb", "dob"), ("phone_model", "model"), ("land", "country"),
           ("betrag", "amount"), ("waehrung", "currency"), ("status", "status"), ("datum", "order_date"),
           ("artikel", "sku"), ("notes", "notes"), ("ip", "ip"), ("zahlung", "card")],
    # TSV UTF-8, misleading headers (ref_no is a national ID, device is a product model, etc.)
    "v2": [("id", "order_no"), ("customer", "name_rev"), ("c1", "email"), ("c2", "phone"), ("acct", "iban"),
           ("ref_no", "national_id"), ("address", "address"), ("born", "dob"), ("client", "ip"),
           ("value_a", "card"), ("device", "model"), ("order_ref", "sku"), ("cc", "country"),
           ("ccy", "currency"), ("total", "amount"), ("state", "status"), ("created", "order_date"),
           ("comment", "notes")],
    # Parquet, terse headers
    "v3": [("a", "name"), ("data1", "email"), ("data2", "phone"), ("kto", "iban"), ("id2", "national_id"),
           ("loc", "street"), ("zip", "postcode"), ("town", "city"), ("d1", "dob"), ("host", "ip"),
           ("card", "card"), ("model", "model"), ("ordnr", "order_no"), ("sku", "sku"), ("land", "country"),
           ("cur", "currency"), ("amt", "amount"), ("st", "status"), ("d2", "order_date"), ("remarks", "notes")],
}  # fmt: skip
DOB_FORMAT = {"v1": "%d.%m.%Y", "v2": "%Y-%m-%d", "v3": "%d/%m/%Y"}
UTILITY_KEYS = {"order_date", "country", "currency", "amount", "sku", "order_no", "model", "status"}


def make_table(variant: str, rows: int, fakers: dict[str, Faker], rng: random.Random,
               canaries: dict[str, str], canary_rows: dict[int, str]) -> tuple[pd.DataFrame, list[Unit]]:  # fmt: skip
    locales = LATIN1_LOCALES if variant == "v1" else list(LOCALES)
    records: list[dict[str, str]] = []
    units: list[Unit] = []
    for i in range(rows):
        locale = rng.choice(locales)
        p = make_person(fakers, rng, locale)
        other = make_person(fakers, rng, locale)
        util = _utility(rng, p.cc, i + 1 + {"v1": 0, "v2": 10000, "v3": 20000}[variant])
        notes, note_values = _notes(rng, other)
        source: dict[str, str] = {
            **util, "name": p.name, "email": p.email, "phone": p.phone, "iban": p.iban,
            "national_id": p.national_id, "street": p.street, "postcode": p.postcode, "city": p.city,
            "dob": p.dob.strftime(DOB_FORMAT[variant]), "ip": p.ip, "card": p.card, "notes": notes,
        }  # fmt: skip
        if variant == "v2":
            parts = p.name.split()
            source["name_rev"] = f"{parts[-1]}, {' '.join(parts[:-1])}" if len(parts) > 1 else p.name
            source["address"] = f"{p.street}, {p.postcode} {p.city}"
        unit = Unit()
        record: dict[str, str] = {}
        for column, key in LAYOUTS[variant]:
            record[column] = source[key]
            if key in UTILITY_KEYS:
                unit.planted.append(Planted(f"utility:{key}", source[key], column, key))
            elif key == "notes":
                for entity, value in note_values:
                    unit.planted.append(Planted(entity, value, column, _shape(entity, value, p, other)))
            elif key == "name_rev":
                unit.planted.append(
                    Planted("name", p.name, column, shape_of("name", p.name, p.locale + " 'Last, First'"))
                )
            elif key == "address":
                for entity in ("street", "postcode", "city"):
                    unit.planted.append(
                        Planted(entity, getattr(p, entity), column, _shape(entity, getattr(p, entity), p, p))
                    )
            else:
                unit.planted.append(Planted(key, source[key], column, _shape(key, source[key], p, p)))
        if i in canary_rows:  # replace one cell with a canary
            entity = canary_rows[i]
            column = next(c for c, k in LAYOUTS[variant] if k == entity)
            record[column] = canaries[entity]
            unit.planted = [pl for pl in unit.planted if pl.column != column]
        records.append(record)
        units.append(unit)
    return pd.DataFrame.from_records(records), units


def _shape(entity: str, value: str, p: Person, owner: Person) -> str:
    extra = {
        "phone": f"{owner.cc} {owner.phone_fmt}" if value == owner.phone else owner.cc,
        "iban": "",
        "national_id": owner.id_kind
        + ("" if owner.id_valid else " (no stdnum check)" if owner.id_valid is None else " (INVALID)"),
        "card": f"{owner.card_type} {value[:1]}-series",
        "name": owner.locale,
        "email": owner.locale,
        "street": owner.locale,
        "city": owner.locale,
        "postcode": owner.locale,
        "dob": "",
        "ip": "",
    }.get(entity, "")
    if entity in ("street", "city"):
        return extra
    return shape_of(entity, value, extra)


# --- ticket generation --------------------------------------------------------------------------

SUBJECTS = ["Order {order_no} not delivered", "Refund request", "Wrong item ({model})", "Invoice question",
            "Account locked", "Change of bank details", "Complaint about {sku}", "Re: your order {order_no}"]  # fmt: skip

BODIES = [
    "Hello,\nmy name is {name} and I ordered a {model} on {order_date} (order {order_no}). It is still {status}.\nPlease call me on {phone}.",
    "hi there, this is {name_lower}. pls refund {amount} {currency} to my account {iban}. thx",
    "DEAR SUPPORT, I AM {name_upper} AND MY CARD {card} WAS CHARGED TWICE FOR {sku}.",
    "Please update my address to {street_de}, {postcode_de} {city_de}. Order {order_no} should go there.\nRegards, {name}",
    "You can reach me at {email_obf} or by phone {phone}. My IBAN for the refund: {iban}",
    "I logged in from {ip} yesterday and the account was locked. My ID number is {national_id}.\n-- \n{name}",
    "Customer {name} (born {dob}) asked us to delete her data. Ticket status: {status}.",
    "Forwarding for {name_lower}: she lives at {street}, {postcode} {city} and wants the {model} returned.",
    "My colleague {name} ({email}) will pick up order {order_no}. Her mobile: {phone}.",
    "Bank: {iban}\nHolder: {name_upper}\nAmount: {amount} {currency}\nRef: {order_no}",
    "Thanks {first}, we have received your request about {sku} and will reply within 2 days.",
    "The payment with card ending {card} failed; please contact {email}.",
]

GERMAN_ADDRESSES = [("Hauptstraße", "10115", "Berlin"), ("Lindenweg", "80331", "München"),
                    ("Bahnhofstrasse", "8001", "Zürich"), ("Ringstraße", "1010", "Wien"),
                    ("Kirchgasse", "50667", "Köln"), ("Schillerstraße", "01067", "Dresden")]  # fmt: skip


def make_tickets(n: int, fakers: dict[str, Faker], rng: random.Random, canaries: dict[str, str]) -> tuple[list[dict[str, Any]], list[Unit]]:  # fmt: skip
    tickets: list[dict[str, Any]] = []
    units: list[Unit] = []
    for i in range(n):
        locale = rng.choice(list(LOCALES))
        p = make_person(fakers, rng, locale)
        util = _utility(rng, p.cc, 50000 + i)
        street_word, pc_de, city_de = rng.choice(GERMAN_ADDRESSES)
        street_de = f"{street_word} {rng.randrange(1, 120)}"
        user, _, host = p.email.partition("@")
        hbase, _, tld = host.rpartition(".")
        values = {
            **util, "name": p.name, "name_lower": p.name.lower(), "name_upper": p.name.upper(),
            "first": p.name.split()[0], "email": p.email, "email_obf": f"{user} [at] {hbase} [dot] {tld}",
            "phone": p.phone, "iban": p.iban, "card": p.card, "ip": p.ip, "national_id": p.national_id,
            "street": p.street, "postcode": p.postcode, "city": p.city, "dob": p.dob.strftime("%d %B %Y"),
            "street_de": street_de, "postcode_de": pc_de, "city_de": city_de,
        }  # fmt: skip
        body_template = rng.choice(BODIES)
        if i in (7, 151, 288):  # canaries planted in the body
            body_template += "\nAlso cc {c_name}, {c_email}, {c_phone}, IBAN {c_iban}, AHV {c_id}."
            values.update(
                {f"c_{k.split('_')[0] if k != 'national_id' else 'id'}": v for k, v in canaries.items()}
            )
        subject = rng.choice(SUBJECTS).format(**values)
        body = body_template.format(**values)
        header = f'"{p.name}" <{p.email}>' if rng.random() < 0.6 else p.email
        unit = Unit()
        used = set(re.findall(r"\{(\w+)\}", body_template + subject))
        for key in sorted(used):
            if key.startswith("c_"):
                continue
            if key in UTILITY_KEYS:
                unit.planted.append(Planted(f"utility:{key}", util[key], "text", key))
                continue
            entity = {"name_lower": "name", "name_upper": "name", "email_obf": "email", "street_de": "street",
                      "postcode_de": "postcode", "city_de": "city"}.get(key, key)  # fmt: skip
            if key == "first":
                continue  # a lone first name is weak evidence; not scored
            value = values[key] if key not in ("email_obf",) else p.email
            if key in ("name_lower", "name_upper"):
                value = p.name
            variant = {"name_lower": " lowercase", "name_upper": " ALL CAPS", "email_obf": " obfuscated [at]/[dot]",
                       "street_de": " German street", "dob": " 'DD Month YYYY'"}.get(key, "")  # fmt: skip
            shape = _shape(entity, value, p, p) + variant
            if key in ("name_lower", "name_upper"):
                shape = f"{p.locale} {key.split('_')[1]}case in body"
            unit.planted.append(Planted(entity, value, "body", shape))
        unit.planted.append(Planted("name", p.name, "from header", f"{p.locale} in From header"))
        unit.planted.append(Planted("email", p.email, "from header", f"{p.locale} in From header"))
        tickets.append({"id": f"T-{i + 1:05d}", "subject": subject, "from": header, "body": body,
                        "status": util["status"]})  # fmt: skip
        unit.planted.append(Planted("utility:ticket_id", f"T-{i + 1:05d}", "id", "ticket_id"))
        units.append(unit)
    return tickets, units


def tickets_txt(tickets: list[dict[str, Any]]) -> tuple[str, list[tuple[int, int]]]:
    """Render tickets as an e-mail dump; returns the text and each ticket's (first line, end line)."""
    lines: list[str] = []
    spans: list[tuple[int, int]] = []
    for t in tickets:
        start = len(lines)
        lines += [f"Ticket: {t['id']}", f"From: {t['from']}", f"Subject: {t['subject']}", ""]
        lines += t["body"].split("\n")
        lines += ["", "=" * 40]
        spans.append((start, len(lines)))
    return "\n".join(lines) + "\n", spans


def tickets_jsonl(tickets: list[dict[str, Any]]) -> str:
    out = []
    for t in tickets:
        record = {
            "id": t["id"],
            "subject": t["subject"],
            "status": t["status"],
            "thread": [
                {"from": t["from"], "body": t["body"]},
                {"from": "support@shoal-helpdesk.example", "body": f"Thanks, we are looking into {t['id']}."},
            ],
        }
        out.append(json.dumps(record, ensure_ascii=False))
    return "\n".join(out) + "\n"


# --- measurement --------------------------------------------------------------------------------

_OBF_AT = re.compile(r"\s*\[\s*at\s*\]\s*", re.I)
_OBF_DOT = re.compile(r"\s*\[\s*dot\s*\]\s*", re.I)


def norm(entity: str, text: str) -> str:
    text = unicodedata.normalize("NFC", str(text)).casefold()
    if entity in ("phone", "iban", "card", "national_id", "dob"):
        return re.sub(r"[\W_]", "", text)
    if entity == "email":
        return _OBF_DOT.sub(".", _OBF_AT.sub("@", text))
    return re.sub(r"\s+", " ", text).strip()


def leaked(entity: str, value: str, haystack_by_entity: dict[str, str]) -> bool:
    needle = norm(entity, value)
    if not needle:
        return False
    hay = haystack_by_entity[entity]
    if len(needle) <= 6 or entity in ("postcode", "city", "name", "street"):
        pattern = r"(?<![\w])" + re.escape(needle) + r"(?![\w])"
        return re.search(pattern, hay) is not None
    return needle in hay


def same(value: str, out: Any) -> bool:
    if out is None or (isinstance(out, float) and pd.isna(out)):
        return False
    s = str(out).strip()
    if s == value:
        return True
    try:
        return float(s) == float(value)
    except ValueError:
        return False


@dataclass
class Tally:
    planted: Counter[str] = field(default_factory=Counter)
    leaks: Counter[str] = field(default_factory=Counter)
    shapes: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    surname_only: Counter[str] = field(default_factory=Counter)
    util_total: Counter[str] = field(default_factory=Counter)
    util_kept: Counter[str] = field(default_factory=Counter)
    util_lost: Counter[tuple[str, str]] = field(default_factory=Counter)

    def add(self, other: Tally) -> None:
        for name in ("planted", "leaks", "shapes", "surname_only", "util_total", "util_kept", "util_lost"):
            getattr(self, name).update(getattr(other, name))

    def all_leaked(self, units: list[Unit]) -> None:
        """Count every planted personal value of ``units`` as leaked (the CLI shipped no output)."""
        for unit in units:
            for pl in unit.planted:
                if not pl.entity.startswith("utility:"):
                    self.planted[pl.entity] += 1
                    self.leaks[pl.entity] += 1
                    self.shapes[(pl.entity, pl.column, "CLI failed")] += 1


def score_unit(unit: Unit, out_cells: dict[str, str], tally: Tally) -> None:
    """out_cells: column/field -> output text of this row/ticket."""
    whole = "\n".join(out_cells.values())
    hay = {e: norm(e, whole) for e in PERSONAL}
    for pl in unit.planted:
        if pl.entity.startswith("utility:"):
            kind = pl.entity.split(":", 1)[1]
            tally.util_total[kind] += 1
            ok = pl.value in whole if pl.column == "text" else same(pl.value, out_cells.get(pl.column))
            if ok:
                tally.util_kept[kind] += 1
            else:
                tally.util_lost[(kind, pl.column)] += 1
            continue
        tally.planted[pl.entity] += 1
        if leaked(pl.entity, pl.value, hay):
            tally.leaks[pl.entity] += 1
            tally.shapes[(pl.entity, pl.column, pl.shape)] += 1
        elif pl.entity == "name":
            parts = [t for t in pl.value.split() if len(t) > 3 and not t.endswith(".")]
            if parts and leaked("name", parts[-1], hay):
                tally.surname_only[pl.column] += 1


def find_canaries(
    canaries: dict[str, str], name: str, code: int, blob_out: str, blob_report: str
) -> list[str]:
    """Where each planted canary survives, in the output file's text or in its report (never the value)."""
    hits = []
    for kind, value in canaries.items():
        for where, blob in (("output", blob_out), ("report", blob_report)):
            digits_hit = kind != "name" and norm("phone", value) in norm("phone", blob)
            if leaked(kind, value, {kind: norm(kind, blob)}) or digits_hit:
                rerun = " (selfcheck=False re-run)" if code == 3 and where == "output" else ""
                hits.append(f"{name} {where}{rerun}: canary {kind}")
    return hits


def run_cli(path: Path, out_dir: Path, log: list[str]) -> tuple[int, float, dict[str, Any]]:
    out_dir.mkdir(parents=True, exist_ok=True)
    report = out_dir / "report.json"
    env = {**os.environ, "DEBUG": "1"}
    cmd = [
        str(REPO / ".venv/bin/python"),
        "manage.py",
        "anonymize",
        str(path),
        "--out",
        str(out_dir),
        "--report",
        str(report),
    ]
    t0 = time.monotonic()
    proc = subprocess.run(cmd, cwd=REPO, env=env, capture_output=True, text=True, timeout=300, check=False)
    elapsed = time.monotonic() - t0
    log.append(f"{path.name}: exit {proc.returncode} in {elapsed:.1f}s")
    if proc.returncode != 0:
        errors = [
            x for x in proc.stderr.splitlines() if x.startswith("error:")
        ] or proc.stderr.strip().splitlines()[-1:]
        log.append("  " + (errors[0][:400] if errors else "(no stderr)"))
    data = json.loads(report.read_text(encoding="utf-8")) if report.exists() else {}
    if proc.returncode == 3:
        # the self-check refused the file and deleted the output; measure what it would have shipped
        # with the same pipeline minus the self-check, so engineers can see where the leaks are
        script = (
            "import sys; from anonymize.pipeline import run; "
            "run(sys.argv[1], sys.argv[2], selfcheck=False, report_path=sys.argv[3])"
        )
        fallback = [
            str(REPO / ".venv/bin/python"),
            "-c",
            script,
            str(path),
            str(out_dir),
            str(out_dir / "report-noselfcheck.json"),
        ]
        t1 = time.monotonic()
        again = subprocess.run(
            fallback, cwd=REPO, env=env, capture_output=True, text=True, timeout=300, check=False
        )
        log.append(
            f"  re-run via anonymize.pipeline.run(selfcheck=False): exit {again.returncode} in {time.monotonic() - t1:.1f}s"
        )
    return proc.returncode, elapsed, data


def read_output(path: Path, fmt: str) -> pd.DataFrame:
    if fmt == "parquet":
        return pd.read_parquet(path).astype(object)
    sep = "\t" if fmt == "tsv" else ";"
    return pd.read_csv(path, sep=sep, dtype=str, keep_default_na=False, encoding="utf-8")


def _print_table(title: str, tally: Tally, lines: list[str]) -> None:
    lines.append(f"\n### {title}\n")
    lines.append("| entity | planted | leaked | leak rate |")
    lines.append("|---|---:|---:|---:|")
    for entity in PERSONAL:
        n = tally.planted[entity]
        if n:
            k = tally.leaks[entity]
            lines.append(f"| {entity} | {n} | {k} | {100 * k / n:.2f} % |")
    total = sum(tally.planted.values())
    leaks = sum(tally.leaks.values())
    pat_n = sum(tally.planted[e] for e in PATTERN_TYPES)
    pat_k = sum(tally.leaks[e] for e in PATTERN_TYPES)
    lines.append(f"| **all personal** | {total} | {leaks} | **{100 * leaks / max(total, 1):.2f} %** |")
    lines.append(
        f"| pattern types ({', '.join(PATTERN_TYPES)}) | {pat_n} | {pat_k} | {100 * pat_k / max(pat_n, 1):.2f} % |"
    )
    ut = sum(tally.util_total.values())
    uk = sum(tally.util_kept.values())
    lines.append(f"\nUtility retention: {uk}/{ut} = **{100 * uk / max(ut, 1):.2f} %**"
                 + "".join(f"; {k} {tally.util_kept[k]}/{tally.util_total[k]}" for k in sorted(tally.util_total)))  # fmt: skip
    if tally.surname_only:
        lines.append("Names not leaked in full but surname still present: "
                     + ", ".join(f"{c}: {n}" for c, n in tally.surname_only.most_common()))  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=1000)
    parser.add_argument("--tickets", type=int, default=300)
    parser.add_argument(
        "--workdir", type=Path, default=None, help="keep inputs/outputs here (default: temp dir)"
    )
    args = parser.parse_args(argv)

    rng = random.Random(SEED)
    Faker.seed(SEED)
    fakers = {loc: Faker(loc) for loc in LOCALES}
    for n, f in enumerate(fakers.values()):
        f.seed_instance(SEED + n)
    canaries = canary_values()
    tmp = tempfile.TemporaryDirectory(prefix="holdout-") if args.workdir is None else None
    work = Path(tmp.name) if tmp else args.workdir
    work.mkdir(parents=True, exist_ok=True)
    t_start = time.monotonic()
    lines: list[str] = [
        f"Held-out benchmark, seed {SEED}, {args.rows} rows per table, {args.tickets} tickets."
    ]

    # ---- generate
    files: list[tuple[str, Path, str, list[Unit]]] = []
    canary_plan = {
        "v1": {3: "name", 401: "email"},
        "v2": {5: "phone", 777: "iban"},
        "v3": {9: "national_id", 500: "name"},
    }
    id_valid = Counter()
    for variant, fmt, fname in (
        ("v1", "csv", "customers_v1.csv"),
        ("v2", "tsv", "patients_v2.tsv"),
        ("v3", "parquet", "staff_v3.parquet"),
    ):
        frame, units = make_table(variant, args.rows, fakers, rng, canaries, canary_plan[variant])
        path = work / "in" / fname
        path.parent.mkdir(parents=True, exist_ok=True)
        if fmt == "csv":
            frame.to_csv(path, sep=";", index=False, encoding="latin-1")
        elif fmt == "tsv":
            frame.to_csv(path, sep="\t", index=False, encoding="utf-8")
        else:
            frame.to_parquet(path, index=False)
        files.append((variant, path, fmt, units))
    tickets, t_units = make_tickets(args.tickets, fakers, rng, canaries)
    txt, spans = tickets_txt(tickets)
    (work / "in" / "tickets.txt").write_text(txt, encoding="utf-8")
    (work / "in" / "tickets.jsonl").write_text(tickets_jsonl(tickets), encoding="utf-8")
    files.append(("txt", work / "in" / "tickets.txt", "txt", t_units))
    files.append(("jsonl", work / "in" / "tickets.jsonl", "jsonl", t_units))
    for loc in LOCALES:  # national-ID validity of the generator itself
        p = make_person(fakers, random.Random(SEED + 7), loc)
        id_valid[(p.id_kind, p.id_valid)] += 1
    lines.append("National-ID kinds generated (stdnum-valid?): "
                 + ", ".join(f"{k} {'valid' if v else 'unchecked' if v is None else 'INVALID'}" for (k, v) in sorted(id_valid, key=str)))  # fmt: skip
    lines.append(f"Generation: {time.monotonic() - t_start:.1f}s")

    overall = Tally()
    pattern_leaks = Counter()
    canary_hits: list[str] = []
    column_lines: list[str] = []
    cli_log: list[str] = []
    refused: list[str] = []
    for variant, path, fmt, units in files:
        out_dir = work / f"out-{variant}"
        code, _elapsed, report = run_cli(path, out_dir, cli_log)
        out_path = out_dir / path.name
        tally = Tally()
        if code == 3:
            refused.append(path.name)
        if not out_path.exists():
            lines.append(
                f"\n### {path.name}: CLI FAILED (exit {code}) and no output; every planted value counted as leaked"
            )
            tally.all_leaked(units)
            overall.add(tally)
            continue
        # canaries: anywhere in the output file or the report
        blob_out = (
            out_path.read_bytes().decode("utf-8", "replace")
            if fmt != "parquet"
            else pd.read_parquet(out_path).astype(str).to_csv()
        )
        blob_report = (
            (out_dir / "report.json").read_text(encoding="utf-8")
            if (out_dir / "report.json").exists()
            else ""
        )
        canary_hits.extend(find_canaries(canaries, path.name, code, blob_out, blob_report))
        # per-unit scoring
        if fmt in ("csv", "tsv", "parquet"):
            out = read_output(out_path, fmt)
            if len(out) != len(units):
                lines.append(f"WARNING {path.name}: {len(out)} output rows for {len(units)} input rows")
            for i, unit in enumerate(units[: len(out)]):
                row = out.iloc[i]
                score_unit(unit, {c: "" if row[c] is None else str(row[c]) for c in out.columns}, tally)
        elif fmt == "txt":
            out_lines = out_path.read_text(encoding="utf-8").split("\n")
            for unit, (a, b) in zip(units, spans, strict=True):
                text = "\n".join(out_lines[a:b])
                score_unit(_retarget(unit, "text"), {"text": text}, tally)
        else:
            out_records = [
                json.loads(x) for x in out_path.read_text(encoding="utf-8").splitlines() if x.strip()
            ]
            for unit, rec in zip(units, out_records, strict=False):
                score_unit(_retarget(unit, "json", rec), _json_cells(rec), tally)
        overall.add(tally)
        for e in PATTERN_TYPES:
            pattern_leaks[e] += tally.leaks[e]
        status = (
            "CLI exit 0"
            if code == 0
            else f"CLI exit {code} (self-check REFUSED the file; figures below are from the same pipeline with selfcheck=False)"
        )
        _print_table(f"{path.name} ({fmt}) — {status}", tally, lines)
        column_lines.append(f"\n#### {path.name}\n")
        column_lines.append(
            "| column | planted | kind | entity | qi_type | operator | conf | cells changed |"
        )
        column_lines.append("|---|---|---|---|---|---|---:|---:|")
        truth = dict(LAYOUTS.get(variant, []))
        for col in report.get("columns", []):
            column_lines.append(
                f"| {col.get('name')} | {truth.get(col.get('name'), '')} | {col.get('kind')} | {col.get('entity')} | "
                f"{col.get('qi_type')} | {col.get('operator')} | {col.get('confidence', 0):.2f} | {col.get('cells_changed')} |"
            )
        if report.get("risk"):
            r = report["risk"]
            column_lines.append(f"\nrisk: { {k: r[k] for k in list(r)[:6]} }")

    _print_table("OVERALL (all five files)", overall, lines)
    lines.append("\n## Column classification (report JSON `columns`)")
    lines += column_lines
    lines.append("\n## Leak shapes (entity | where | shape) — most frequent first, values never shown\n")
    lines.append("| count | entity | column/field | shape |")
    lines.append("|---:|---|---|---|")
    for (entity, column, shape), n in overall.shapes.most_common(60):
        lines.append(f"| {n} | {entity} | {column} | {shape} |")
    lines.append("\n### Leaks by entity and column/field\n")
    by_column: Counter[tuple[str, str]] = Counter()
    for (entity, column, _shape_text), n in overall.shapes.items():
        by_column[(entity, column)] += n
    lines += [f"- {entity} in `{column}`: {n}" for (entity, column), n in by_column.most_common()]
    lines.append("\n### Every pattern-type and name leak shape (entity | where | shape)\n")
    rest = [(k, n) for k, n in overall.shapes.most_common()[60:] if k[0] in (*PATTERN_TYPES, "name")]
    lines += [f"- {n} × {entity} | {column} | {shape}" for (entity, column, shape), n in rest]
    lines.append("\n## Utility losses (kind, column): count\n")
    for (kind, column), n in overall.util_lost.most_common(30):
        lines.append(f"- {kind} in `{column}`: {n}")
    lines.append("\n## Canaries\n")
    lines.append(
        "- "
        + ("; ".join(canary_hits) if canary_hits else "none of the 5 canaries found in any output or report")
    )
    lines.append("\n## CLI runs\n")
    lines.append(
        f"Files refused by the self-check (exit 3, no output shipped): {', '.join(refused) or 'none'}\n"
    )
    lines += [f"- {x}" for x in cli_log]
    lines.append(f"\nTotal runtime {time.monotonic() - t_start:.1f}s")
    print("\n".join(lines))
    if tmp:
        tmp.cleanup()
    return 1 if canary_hits or refused else 0


def _retarget(unit: Unit, mode: str, rec: dict[str, Any] | None = None) -> Unit:
    """Ticket ground truth scored on the whole ticket (TXT) or nested fields (JSONL)."""
    out = Unit()
    for pl in unit.planted:
        column = pl.column
        if mode == "text":
            column = "text"
        elif pl.entity == "utility:ticket_id":
            column = "id"
        elif pl.entity.startswith("utility:"):
            column = "text"
        out.planted.append(Planted(pl.entity, pl.value, column, pl.shape))
    return out


def _json_cells(rec: dict[str, Any]) -> dict[str, str]:
    cells = {"id": str(rec.get("id", ""))}
    cells["text"] = json.dumps(rec, ensure_ascii=False)
    return cells


if __name__ == "__main__":
    sys.exit(main())
