"""Seeded synthetic EU data with planted ground truth (Faker only; no real person is in it).

`make_customers` builds a multi-locale customer table with deliberately unhelpful headers (``col1``,
``ref``, ``contact``…) so profiling has to read values, and returns which columns hold which planted
personal values and which are not personal. `make_tickets` builds support tickets (free text) with the
planted identifiers of each ticket. Usage: ``python -m bench.datagen --rows 2000 --out var/bench``.
"""

from __future__ import annotations

import argparse
import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import pandas as pd
from faker import Faker
from stdnum import pt
from stdnum.de import idnr
from stdnum.iso7064 import mod_11_10

LOCALES = ("de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL", "en_GB", "pt_PT", "sv_SE")
COUNTRY = {
    "de_DE": ("Germany", "EUR"),
    "fr_FR": ("France", "EUR"),
    "es_ES": ("Spain", "EUR"),
    "it_IT": ("Italy", "EUR"),
    "nl_NL": ("Netherlands", "EUR"),
    "pl_PL": ("Poland", "PLN"),
    "en_GB": ("United Kingdom", "GBP"),
    "pt_PT": ("Portugal", "EUR"),
    "sv_SE": ("Sweden", "SEK"),
}
#: Column header → what it holds. Headers are unhelpful on purpose.
CUSTOMER_COLUMNS: dict[str, str] = {
    "col1": "PERSON",
    "ref": "EMAIL_ADDRESS",
    "contact": "PHONE_NUMBER",
    "col4": "IBAN_CODE",
    "col5": "NATIONAL_ID",
    "col6": "STREET_ADDRESS",
    "col7": "POSTCODE",
    "col8": "CITY",
    "col9": "country",
    "col10": "DATE_OF_BIRTH",
    "col11": "order_date",
    "col12": "currency",
    "col13": "order_number",
    "col14": "product_code",
    "col15": "amount",
    "notes": "free_text",
}
PERSONAL_COLUMNS = [c for c, kind in CUSTOMER_COLUMNS.items() if kind.isupper()]
UTILITY_COLUMNS = [c for c, kind in CUSTOMER_COLUMNS.items() if kind.islower() and kind != "free_text"]
REFERENCE_DAY = date(2026, 1, 1)


@dataclass
class TicketTruth:
    """Planted identifiers of one ticket: (entity type, value) pairs."""

    planted: list[tuple[str, str]] = field(default_factory=list)


def _national_id(fake: Faker, locale: str, rng: random.Random) -> str:
    if locale == "de_DE":
        while True:
            body = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(9))
            number = body + mod_11_10.calc_check_digit(body)
            if idnr.is_valid(number):
                return number
    if locale == "pt_PT":
        body = str(rng.choice((1, 2))) + "".join(str(rng.randint(0, 9)) for _ in range(7))
        return body + pt.nif.calc_check_digit(body)
    if locale == "es_ES":
        return fake.nif()
    if locale == "pl_PL":
        return fake.pesel()
    return str(fake.ssn())


def _name(fake: Faker, rng: random.Random) -> str:
    name = f"{fake.first_name()} {fake.last_name()}"
    roll = rng.random()
    if roll < 0.1:
        return name.upper()
    if roll < 0.15:
        return name.lower()
    return name


NOTE_TEMPLATES = (
    "Customer {first} called from {phone} about a late delivery.",
    "Please send the invoice to {name} before Friday.",
    "{name} asked to change the delivery address.",
    "Call back on {phone}, ask for {first}.",
    "No issues reported.",
    "Gift wrapping requested.",
    "Refund approved by support.",
    "",
)
TICKET_TEMPLATES = (
    "Hello, my name is {name} and my order {order} has not arrived. You can reach me at {phone} or {email}.",
    "Hi team, {name} here. Please refund the amount to my account {iban}. Thanks!",
    "I moved to {street}, {postcode} {city}. Could you update the address for order {order}? Regards, {name}",
    "Dear support, the parcel for {name} was damaged. My phone number is {phone}.",
    "Please cancel order {order}. Contact: {email}. Kind regards, {name}",
    "The delivery driver could not find {street}. Call {phone} next time. {name}",
)


def _customer_row(
    fake: Faker, locale: str, rng: random.Random, i: int
) -> tuple[dict[str, str], list[tuple[str, str]]]:
    first, last = fake.first_name(), fake.last_name()
    name = f"{first} {last}"
    roll = rng.random()
    if roll < 0.1:
        name = name.upper()
    elif roll < 0.15:
        name = name.lower()
    phone = fake.phone_number()
    country, currency = COUNTRY[locale]
    order_day = REFERENCE_DAY - timedelta(days=rng.randint(1, 700))
    note_template = NOTE_TEMPLATES[rng.randrange(len(NOTE_TEMPLATES))]
    note = note_template.format(first=first, phone=phone, name=name)
    planted_note: list[tuple[str, str]] = []
    if "{name}" in note_template:
        planted_note.append(("PERSON", name))
    if "{first}" in note_template:
        planted_note.append(("PERSON", first))
    if "{phone}" in note_template:
        planted_note.append(("PHONE_NUMBER", phone))
    row = {
        "col1": name,
        "ref": fake.email(),
        "contact": phone,
        "col4": fake.iban(),
        "col5": _national_id(fake, locale, rng),
        "col6": fake.street_address().replace("\n", ", "),
        "col7": fake.postcode(),
        "col8": fake.city(),
        "col9": country,
        "col10": fake.date_of_birth(minimum_age=18, maximum_age=90).isoformat(),
        "col11": order_day.isoformat(),
        "col12": currency,
        "col13": f"ORD-{order_day.year}-{i:07d}",
        "col14": f"SKU-{rng.choice('ABCDEFGHJK')}{rng.choice('LMNPQRSTUV')}-{rng.randint(100, 999)}",
        "col15": f"{rng.randint(5, 2000)}.{rng.randint(0, 99):02d}",
        "notes": note,
    }
    return row, planted_note


def make_customers(
    rows: int, *, seed: int = 7, unique_rows: int = 20_000, with_notes: bool = True
) -> tuple[pd.DataFrame, list[list[tuple[str, str]]]]:
    """A customer table of ``rows`` rows and, per row, the (entity, value) pairs planted in ``notes``.

    Beyond ``unique_rows`` the generated rows repeat with fresh order numbers (Faker costs ~1 ms per
    row; the scale runs measure memory, not variety).
    """
    rng = random.Random(seed)
    fakers = {loc: Faker(loc) for loc in LOCALES}
    for n, fake in enumerate(fakers.values()):
        fake.seed_instance(seed * 100 + n)
    records: list[dict[str, str]] = []
    notes: list[list[tuple[str, str]]] = []
    for i in range(min(rows, unique_rows)):
        locale = LOCALES[rng.randrange(len(LOCALES))]
        row, planted = _customer_row(fakers[locale], locale, rng, i)
        records.append(row)
        notes.append(planted)
    for i in range(len(records), rows):
        row = dict(records[i % unique_rows])
        row["col13"] = f"ORD-{row['col11'][:4]}-{i:07d}"
        records.append(row)
        notes.append(notes[i % unique_rows])
    frame = pd.DataFrame.from_records(records, columns=list(CUSTOMER_COLUMNS))
    if not with_notes:
        frame = frame.drop(columns=["notes"])
    return frame, notes


def make_tickets(count: int, *, seed: int = 11) -> tuple[list[str], list[TicketTruth]]:
    """Support tickets in English mentioning EU customers; returns texts and planted identifiers."""
    rng = random.Random(seed)
    fakers = {loc: Faker(loc) for loc in LOCALES}
    for n, fake in enumerate(fakers.values()):
        fake.seed_instance(seed * 100 + n)
    texts: list[str] = []
    truths: list[TicketTruth] = []
    for i in range(count):
        locale = LOCALES[rng.randrange(len(LOCALES))]
        fake = fakers[locale]
        values = {
            "name": f"{fake.first_name()} {fake.last_name()}",
            "phone": fake.phone_number(),
            "email": fake.email(),
            "iban": fake.iban(),
            "street": fake.street_address().replace("\n", ", "),
            "postcode": fake.postcode(),
            "city": fake.city(),
            "order": f"ORD-2025-{i:07d}",
        }
        template = TICKET_TEMPLATES[rng.randrange(len(TICKET_TEMPLATES))]
        texts.append(template.format(**values))
        entity_of = {
            "name": "PERSON",
            "phone": "PHONE_NUMBER",
            "email": "EMAIL_ADDRESS",
            "iban": "IBAN_CODE",
            "street": "STREET_ADDRESS",
            "postcode": "POSTCODE",
        }
        truths.append(
            TicketTruth([(entity_of[k], values[k]) for k in entity_of if "{" + k + "}" in template])
        )
    return texts, truths


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=2000)
    parser.add_argument("--tickets", type=int, default=500)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, default=Path("var/bench"))
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    frame, _ = make_customers(args.rows, seed=args.seed)
    frame.to_csv(args.out / "customers.csv", index=False)
    texts, _ = make_tickets(args.tickets, seed=args.seed + 4)
    (args.out / "tickets.txt").write_text(
        "\n".join(t.replace("\n", " ") for t in texts) + "\n", encoding="utf-8"
    )
    print(
        f"wrote {args.out / 'customers.csv'} ({len(frame)} rows) and {args.out / 'tickets.txt'} ({len(texts)} tickets)"
    )


if __name__ == "__main__":
    main()
