"""Second, blind held-out measurement of the anonymisation engine (new data, new layouts, new locales).

Generates (Faker seed 777001; pl_PL, pt_PT, sv_SE, no_NO, de_DE, fr_FR, en_GB, nl_NL, es_ES, it_IT,
hr_HR, et_EE) two 1,000-row tables with unhelpful headers (a ``,`` UTF-8 CSV with CRLF line endings,
headers ``c01..c14``/``misc``/``cur``; an XLSX with ``who``/``reach``/``where`` and Polish/Portuguese
header words) and 200 chat-style messages as JSONL; plants four canaries; runs the real CLI
(``manage.py anonymize``) on each file in a subprocess and measures per-entity leak rates and utility
retention with the scoring helpers of ``bench_holdout`` (same normalisation). Leaks are reported by
shape only, never by value.

Run from the repo root: ``.venv/bin/python bench/bench_holdout2.py [--rows 1000] [--messages 200]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
import tempfile
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openpyxl
import pandas as pd
import phonenumbers
from faker import Faker
from phonenumbers import PhoneNumberFormat, PhoneNumberType
from stdnum import iban as std_iban

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_holdout import (
    PATTERN_TYPES,
    Planted,
    Tally,
    Unit,
    _print_table,
    find_canaries,
    leaked,
    norm,
    run_cli,
    score_unit,
    shape_of,
)

SEED = 777001
# Faker has no nb_NO locale; no_NO is its Norwegian Bokmål locale.
LOCALES: dict[str, str] = {
    "pl_PL": "PL", "pt_PT": "PT", "sv_SE": "SE", "no_NO": "NO", "de_DE": "DE", "fr_FR": "FR",
    "en_GB": "GB", "nl_NL": "NL", "es_ES": "ES", "it_IT": "IT", "hr_HR": "HR", "et_EE": "EE",
}  # fmt: skip
# stdnum module validating Faker's ssn() for the locale; locales absent here get no national ID
ID_MODULES = {
    "pl_PL": "pl.pesel", "sv_SE": "se.personnummer", "no_NO": "no.fodselsnummer", "fr_FR": "fr.nir",
    "nl_NL": "nl.bsn", "it_IT": "it.codicefiscale", "hr_HR": "hr.oib", "et_EE": "ee.ik",
}  # fmt: skip
BBAN_DIGITS = {"SE": 20, "HR": 17, "EE": 16}  # Faker falls back to GB IBANs for these
CURRENCY = {"PL": "PLN", "SE": "SEK", "NO": "NOK", "GB": "GBP"}  # others EUR
TITLES = {"de_DE": ["Frau", "Herr", "Dr."], "fr_FR": ["Mme", "M."], "en_GB": ["Mrs", "Mr", "Dr"],
          "pl_PL": ["Pani", "Pan", "dr"], "pt_PT": ["Sra.", "Dr."], "es_ES": ["Sra.", "Dr."],
          "it_IT": ["Sig.ra", "Dott."], "nl_NL": ["Mevr.", "Dhr."]}  # fmt: skip
PRODUCTS = ["ThinkPad X1 Carbon", "MacBook Air M3", "Dell XPS 13", "Surface Laptop 6", "Kindle Paperwhite",
            "Sony WH-1000XM5", "Logitech MX Master 3S", "Bosch Serie 6", "Dyson V15 Detect", "Garmin Forerunner 265",
            "Philips Hue Go", "Nintendo Switch OLED"]  # fmt: skip
STATUS = ["open", "closed", "paid", "overdue", "draft", "void", "in transit", "returned"]
CARD_TYPES = ["visa16", "mastercard", "amex", "maestro", "jcb16"]

CANARIES = {
    "name": "Ysolde Brannoch",
    "email": "ysolde.brannoch@fjellpost.no",
    "phone": "+46 73 918 26 40",
    "iban": "",  # computed with valid check digits
}


def canary_values() -> dict[str, str]:
    out = dict(CANARIES)
    bban = "37040044053201300071"[:18]
    out["iban"] = std_iban.format("DE" + std_iban.calc_check_digits("DE00" + bban) + bban)
    assert std_iban.is_valid(out["iban"]) and phonenumbers.is_valid_number(phonenumbers.parse(out["phone"]))
    return out


# --- value generators ---------------------------------------------------------------------------


def make_phone(rng: random.Random, cc: str) -> str:
    """A valid number of the country, in national, international, E.164 or 00 form."""
    kind = rng.choice([PhoneNumberType.MOBILE, PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE])
    base = phonenumbers.example_number_for_type(cc, kind) or phonenumbers.example_number(cc)
    nsn = str(base.national_number)
    for _ in range(50):
        keep = max(2, len(nsn) - 5)
        cand = nsn[:keep] + "".join(str(rng.randrange(10)) for _ in range(len(nsn) - keep))
        num = phonenumbers.parse("+" + str(base.country_code) + cand)
        if phonenumbers.is_valid_number(num):
            break
    else:
        num = base
    form = rng.choice(["nat", "intl", "intl", "e164", "00"])
    if form == "nat":
        return phonenumbers.format_number(num, PhoneNumberFormat.NATIONAL)
    if form == "e164":
        return phonenumbers.format_number(num, PhoneNumberFormat.E164)
    intl = phonenumbers.format_number(num, PhoneNumberFormat.INTERNATIONAL)
    return "00" + intl[1:] if form == "00" else intl


def make_iban(fake: Faker, rng: random.Random, cc: str) -> str:
    value = fake.iban()
    if not value.startswith(cc):
        bban = "".join(str(rng.randrange(10)) for _ in range(BBAN_DIGITS.get(cc, 18)))
        value = cc + std_iban.calc_check_digits(cc + "00" + bban) + bban
    if rng.random() < 0.5:
        value = std_iban.format(value)
    return value if std_iban.is_valid(value) else ""


def make_national_id(fake: Faker, locale: str) -> str:
    mod_name = ID_MODULES.get(locale)
    if not mod_name:
        return ""
    mod = __import__(f"stdnum.{mod_name}", fromlist=["is_valid"])
    for _ in range(5):
        value = fake.ssn()
        if mod.is_valid(value):
            return value
    return ""


@dataclass
class Person:
    locale: str
    cc: str
    first: str
    last: str
    email: str
    phone: str
    iban: str
    national_id: str
    street: str
    postcode: str
    city: str
    dob: dt.date
    ip: str
    card: str


def _ascii(text: str) -> str:
    return re.sub(
        r"[^a-z]", "", unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    )


def make_person(fakers: dict[str, Faker], rng: random.Random, locale: str) -> Person:
    fake = fakers[locale]
    cc = LOCALES[locale]
    first, last = fake.first_name(), fake.last_name()
    f, la = _ascii(first) or "x", _ascii(last) or "y"
    user = rng.choice([f"{f}.{la}", f"{f[0]}{la}", f"{la}.{f[0]}", f"{f}{rng.randrange(1, 99)}", f"{f}_{la}"])
    domain = rng.choice([fake.free_email_domain(), fake.domain_name()])
    card_type = rng.choice(CARD_TYPES)
    try:
        card = fake.credit_card_number(card_type=card_type)
    except KeyError:  # some locales define other card types
        card = fake.credit_card_number()
    if rng.random() < 0.4 and len(card) == 16:
        card = " ".join(card[i : i + 4] for i in range(0, 16, 4))
    return Person(
        locale=locale, cc=cc, first=first, last=last, email=f"{user}@{domain}", phone=make_phone(rng, cc),
        iban=make_iban(fake, rng, cc), national_id=make_national_id(fake, locale),
        street=fake.street_address().replace("\n", ", "), postcode=fake.postcode(), city=fake.city(),
        dob=fake.date_of_birth(minimum_age=18, maximum_age=90), ip=fake.ipv4_public(), card=card,
    )  # fmt: skip


def display_name(p: Person, rng: random.Random) -> tuple[str, str]:
    """(cell text, planted value): plain, 'SURNAME, Firstname', 'Surname, Firstname' or titled."""
    r = rng.random()
    if r < 0.25:
        v = f"{p.last.upper()}, {p.first}"
        return v, v
    if r < 0.4:
        v = f"{p.last}, {p.first}"
        return v, v
    if r < 0.6 and p.locale in TITLES:
        return f"{rng.choice(TITLES[p.locale])} {p.first} {p.last}", f"{p.first} {p.last}"
    v = f"{p.first} {p.last}"
    return v, v


# --- free text (new templates) ------------------------------------------------------------------

NOTE_TEMPLATES = [
    "Courier left the parcel with {name} next door; she can be reached on {phone} or {email}.",
    "Escalated by {name} ({email}). Callback requested at {phone} after 4pm.",
    "Billing contact changed to {name}. New number {phone}, invoices go to {email}.",
    "{name} phoned from {phone} asking us to resend the receipt to {email}.",
    "Warranty claim filed on behalf of {name}; reach them at {email} / tel. {phone}.",
    "Do not call before 9. Alt contact: {name}, {phone}. Email: {email}",
    "Gift order - deliver to {name}, who confirmed by mail from {email} and gave {phone}.",
    "Account shared with {name} (mobile {phone}); statements cc {email}.",
]

MSG_SUBJECTS = ["re: {invoice}", "quick q about my {product}", "refund??", "wrong address on {invoice}",
                "fwd: delivery", "help pls", "{product} broken after 2 days", "change of bank details"]  # fmt: skip
MSG_BODIES = [
    "hey, the {product} i ordered still hasnt shown up. my partner {other} might pick it up, "
    "her number is {other_phone}. invoice {invoice}",
    "hi there!! can u send the invoice {invoice} to {email} instead? thx",
    "so i got charged twice for {invoice}. pls refund to {iban} asap",
    "hello, im writing for my dad {other_lower}, he doesnt use email. call him on {other_phone} "
    "about the {product}",
    "my new mail is {email} and phone {phone}, pls update the account. cheers",
    "ok so the {product} makes a weird noise. {other} from your store said to message here. "
    "{other} can be reached at {other_email}",
    "pls cancel {invoice}, i found it cheaper elsewhere lol",
    "can you ring me back? {phone}. its about {invoice} and the {product}",
]
SIGNATURES = [
    "\n-- \nBest, {name}\n{phone}",
    "\n--\n{name}\n{email}\n{phone}",
    "\n\ncheers\n{first}\nsent from my phone",
    "\n-- \nKind regards,\n{name} | {phone} | {email}",
    "\n\n/{first_lower}",
    "\n\nthanks, {name_lower}",
]


def _note(rng: random.Random, other: Person) -> tuple[str, list[tuple[str, str]]]:
    name = f"{other.first} {other.last}"
    text = rng.choice(NOTE_TEMPLATES).format(name=name, phone=other.phone, email=other.email)
    return text, [("name", name), ("phone", other.phone), ("email", other.email)]


# --- tables -------------------------------------------------------------------------------------

# Layout A (CSV): column -> what it holds (ground truth, reported next to the engine's classification)
LAYOUT_A = [("c01", "utility:order_date"), ("c02", "name"), ("c03", "email"), ("c04", "phone"),
            ("c05", "iban"), ("c06", "utility:country"), ("c07", "utility:amount"), ("c08", "street"),
            ("c09", "postcode"), ("c10", "city"), ("c11", "utility:invoice"), ("c12", "national_id"),
            ("c13", "utility:sku"), ("c14", "notes (other person)"), ("misc", "utility:status"),
            ("cur", "utility:currency")]  # fmt: skip
# Layout B (XLSX): unhelpful English words plus Polish / Portuguese header words
LAYOUT_B = [("data", "utility:order_date"), ("who", "name"), ("reach", "email"), ("telefone", "phone"),
            ("konto", "iban"), ("where", "street"), ("kod", "postcode"), ("miasto", "city"),
            ("urodzony", "dob"), ("ostatni", "ip"), ("karta", "card"), ("nr", "national_id"),
            ("produto", "utility:product"), ("fatura", "utility:invoice"), ("valor", "utility:amount"),
            ("moeda", "utility:currency"), ("país", "utility:country"), ("estado", "utility:status"),
            ("uwagi", "notes (other person)")]  # fmt: skip
LAYOUTS = {"a": LAYOUT_A, "b": LAYOUT_B}


def _utility(rng: random.Random, cc: str, variant: str) -> dict[str, str]:
    d = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(330))
    seq = rng.randrange(1, 9999)
    return {
        "order_date": d.isoformat() if variant == "a" else d.strftime("%d.%m.%Y"),
        "country": cc,
        "currency": CURRENCY.get(cc, "EUR"),
        "amount": f"{rng.randrange(100, 250000) / 100:.2f}",
        "sku": f"{rng.choice(['LPT', 'ACC', 'HOM', 'AUD'])}-{rng.randrange(1000, 9999)}-{rng.choice('ABCDEFGHJK')}{rng.randrange(10)}",
        "invoice": f"FV/2025/{d.month:02d}/{seq:04d}"
        if variant == "a"
        else f"NF-2025-{rng.randrange(1, 999999):06d}",
        "product": rng.choice(PRODUCTS),
        "status": rng.choice(STATUS),
    }


def make_table(variant: str, rows: int, fakers: dict[str, Faker], rng: random.Random,
               canaries: dict[str, str], canary_rows: dict[int, str]) -> tuple[list[dict[str, str]], list[Unit]]:  # fmt: skip
    data: list[dict[str, str]] = []
    units: list[Unit] = []
    locales = list(LOCALES)
    for i in range(rows):
        loc = rng.choice(locales)
        p = make_person(fakers, rng, loc)
        other = make_person(fakers, rng, rng.choice(locales))
        util = _utility(rng, p.cc, variant)
        cell_name, planted_name = display_name(p, rng)
        values = {"name": (cell_name, planted_name), "email": (p.email, p.email), "phone": (p.phone, p.phone),
                  "iban": (p.iban, p.iban), "street": (p.street, p.street), "postcode": (p.postcode, p.postcode),
                  "city": (p.city, p.city), "national_id": (p.national_id, p.national_id),
                  "dob": (p.dob.strftime("%Y-%m-%d" if rng.random() < 0.5 else "%d/%m/%Y"),) * 2,
                  "ip": (p.ip, p.ip), "card": (p.card, p.card)}  # fmt: skip
        if i in canary_rows:
            kind = canary_rows[i]
            values[kind] = (canaries[kind], canaries[kind])
        unit = Unit()
        row: dict[str, str] = {}
        for col, what in LAYOUTS[variant]:
            if what.startswith("utility:"):
                v = util[what.split(":", 1)[1]]
                row[col] = v
                unit.planted.append(Planted(what, v, col, ""))
            elif what.startswith("notes"):
                text, planted = _note(rng, other)
                row[col] = text
                for entity, v in planted:
                    unit.planted.append(
                        Planted(entity, v, col, shape_of(entity, v, f"{other.locale} in note"))
                    )
            else:
                cell, v = values[what]
                row[col] = cell
                if v:
                    shape = shape_of(what, v, p.locale)
                    if what == "name":
                        shape = shape_of("name", v, p.locale) + (
                            ", comma form" if "," in v else ", titled" if cell != v else ""
                        )
                    unit.planted.append(Planted(what, v, col, shape))
        data.append(row)
        units.append(unit)
    return data, units


def write_csv_crlf(path: Path, rows: list[dict[str, str]]) -> None:
    pd.DataFrame(rows).to_csv(path, sep=",", index=False, encoding="utf-8", lineterminator="\r\n")


def write_xlsx(path: Path, rows: list[dict[str, str]]) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "export"
    cols = list(rows[0])
    ws.append(cols)
    for r in rows:
        ws.append([r[c] for c in cols])
    wb.save(path)


# --- messages -----------------------------------------------------------------------------------


def make_messages(n: int, fakers: dict[str, Faker], rng: random.Random, canaries: dict[str, str],
                  canary_msgs: dict[int, str]) -> tuple[list[dict[str, Any]], list[Unit]]:  # fmt: skip
    msgs: list[dict[str, Any]] = []
    units: list[Unit] = []
    locales = list(LOCALES)
    for i in range(n):
        p = make_person(fakers, rng, rng.choice(locales))
        o = make_person(fakers, rng, rng.choice(locales))
        util = _utility(rng, p.cc, rng.choice("ab"))
        name, other = f"{p.first} {p.last}", f"{o.first} {o.last}"
        email, phone, iban = p.email, p.phone, p.iban or make_iban(fakers["de_DE"], rng, "DE")
        kind = canary_msgs.get(i)
        if kind == "name":
            name = canaries["name"]
        fields = {"invoice": util["invoice"], "product": util["product"], "email": email, "phone": phone, "iban": iban,
                      "other": other, "other_lower": other.lower(), "other_phone": o.phone, "other_email": o.email}  # fmt: skip
        body = rng.choice(MSG_BODIES).format(**fields)
        if kind in ("email", "phone", "iban"):
            body += {"email": f" (or try {canaries['email']})", "phone": f" my work line is {canaries['phone']}",
                     "iban": f" the right account is {canaries['iban']}"}[kind]  # fmt: skip
        sig = rng.choice(SIGNATURES)
        if kind == "name":  # the canary name must appear in full
            sig = SIGNATURES[0]
        body += sig.format(name=name, first=name.split()[0], first_lower=name.split()[0].lower(),
                           name_lower=name.lower(), phone=phone, email=email)  # fmt: skip
        subject = rng.choice(MSG_SUBJECTS).format(**fields)
        msg_id = f"m-{i + 1:05d}"
        msgs.append({"msg_id": msg_id, "subject": subject, "text": body})
        unit = Unit()
        whole = subject + "\n" + body
        unit.planted.append(Planted("utility:msg_id", msg_id, "msg_id", ""))
        for key in ("invoice", "product"):
            if util[key] in whole:
                unit.planted.append(Planted(f"utility:{key}", util[key], "text", ""))
        # personal values actually present in the message (case-insensitive match on the normalised text)
        candidates = [("name", name, p.locale), ("name", other, o.locale), ("email", email, p.locale),
                      ("phone", phone, p.cc), ("iban", iban, iban[:2]), ("phone", o.phone, o.cc),
                      ("email", o.email, o.locale)]  # fmt: skip
        seen: set[tuple[str, str]] = set()
        for entity, v, where in candidates:
            if (entity, v) in seen or not v:
                continue
            if leaked(entity, v, {entity: norm(entity, whole)}):
                seen.add((entity, v))
                unit.planted.append(Planted(entity, v, "text", shape_of(entity, v, where)))
        # a first name alone in a signature ("cheers\nAnna") is planted as a name too
        if "{first" in sig and ("name", name) not in seen:
            unit.planted.append(Planted("name", name.split()[0], "text", "first name only in signature"))
        msgs[-1]["_unit"] = unit
        units.append(unit)
    for m in msgs:
        m.pop("_unit")
    return msgs, units


def _json_cells(rec: dict[str, Any]) -> dict[str, str]:
    return {"msg_id": str(rec.get("msg_id", "")), "text": json.dumps(rec, ensure_ascii=False)}


# --- main ---------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=1000)
    parser.add_argument("--messages", type=int, default=200)
    parser.add_argument("--workdir", type=Path, default=None, help="keep inputs/outputs here")
    args = parser.parse_args(argv)

    rng = random.Random(SEED)
    Faker.seed(SEED)
    fakers = {loc: Faker(loc) for loc in LOCALES}
    for n, f in enumerate(fakers.values()):
        f.seed_instance(SEED + n)
    canaries = canary_values()
    tmp = tempfile.TemporaryDirectory(prefix="holdout2-") if args.workdir is None else None
    work = Path(tmp.name) if tmp else args.workdir
    (work / "in").mkdir(parents=True, exist_ok=True)
    t_start = time.monotonic()
    lines = [f"Held-out benchmark 2, seed {SEED}, {args.rows} rows per table, {args.messages} messages."]

    files: list[tuple[str, Path, str, list[Unit]]] = []
    rows_a, units_a = make_table("a", args.rows, fakers, rng, canaries, {17: "name", 600: "email"})
    write_csv_crlf(work / "in" / "export_a.csv", rows_a)
    files.append(("a", work / "in" / "export_a.csv", "csv", units_a))
    rows_b, units_b = make_table("b", args.rows, fakers, rng, canaries, {42: "phone", 803: "iban"})
    write_xlsx(work / "in" / "arkusz_b.xlsx", rows_b)
    files.append(("b", work / "in" / "arkusz_b.xlsx", "xlsx", units_b))
    msgs, units_m = make_messages(
        args.messages, fakers, rng, canaries, {50: "name", 120: "email", 160: "phone"}
    )
    (work / "in" / "messages.jsonl").write_text(
        "".join(json.dumps(m, ensure_ascii=False) + "\n" for m in msgs), encoding="utf-8"
    )
    files.append(("m", work / "in" / "messages.jsonl", "jsonl", units_m))
    lines.append(f"Generation: {time.monotonic() - t_start:.1f}s")

    overall = Tally()
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
                f"\n### {path.name}: CLI FAILED (exit {code}), no output; all planted values counted as leaked"
            )
            tally.all_leaked(units)
            overall.add(tally)
            continue
        if fmt == "xlsx":
            out = pd.read_excel(out_path, dtype=str, keep_default_na=False)
            blob_out = out.to_csv(index=False)
        elif fmt == "csv":
            out = pd.read_csv(out_path, sep=",", dtype=str, keep_default_na=False, encoding="utf-8")
            blob_out = out_path.read_bytes().decode("utf-8", "replace")
        else:
            blob_out = out_path.read_text(encoding="utf-8")
        report_path = out_dir / "report.json"
        blob_report = report_path.read_text(encoding="utf-8") if report_path.exists() else ""
        canary_hits.extend(find_canaries(canaries, path.name, code, blob_out, blob_report))
        if fmt in ("csv", "xlsx"):
            if len(out) != len(units):
                lines.append(f"WARNING {path.name}: {len(out)} output rows for {len(units)} input rows")
            for i, unit in enumerate(units[: len(out)]):
                row = out.iloc[i]
                score_unit(unit, {c: str(row[c]) for c in out.columns}, tally)
        else:
            recs = [json.loads(x) for x in blob_out.splitlines() if x.strip()]
            if len(recs) != len(units):
                lines.append(f"WARNING {path.name}: {len(recs)} output records for {len(units)} input")
            for unit, rec in zip(units, recs, strict=False):
                score_unit(unit, _json_cells(rec), tally)
        overall.add(tally)
        status = (
            "CLI exit 0"
            if code == 0
            else f"CLI exit {code} (self-check REFUSED; figures from selfcheck=False re-run)"
        )
        _print_table(f"{path.name} ({fmt}) — {status}", tally, lines)
        truth = dict(LAYOUTS.get(variant, []))
        column_lines += [f"\n#### {path.name}\n", "| column | planted | kind | entity | operator | conf | cells changed |",
                         "|---|---|---|---|---|---:|---:|"]  # fmt: skip
        for col in report.get("columns", []):
            column_lines.append(
                f"| {col.get('name')} | {truth.get(col.get('name'), '')} | {col.get('kind')} | {col.get('entity')} | "
                f"{col.get('operator')} | {col.get('confidence', 0) or 0:.2f} | {col.get('cells_changed')} |"
            )

    _print_table("OVERALL (all three files)", overall, lines)
    names_n, names_k = overall.planted["name"], overall.leaks["name"]
    total_n, total_k = sum(overall.planted.values()), sum(overall.leaks.values())
    pat_n = sum(overall.planted[e] for e in PATTERN_TYPES)
    pat_k = sum(overall.leaks[e] for e in PATTERN_TYPES)
    ut, uk = sum(overall.util_total.values()), sum(overall.util_kept.values())
    lines.append("\n## Headline vs targets\n")
    lines.append("| criterion | target | measured | |\n|---|---|---:|---|")
    for label, target, val, ok in (
        ("overall leak", "≤ 2 %", 100 * total_k / max(total_n, 1), total_k / max(total_n, 1) <= 0.02),
        ("names", "≤ 4 %", 100 * names_k / max(names_n, 1), names_k / max(names_n, 1) <= 0.04),
        ("pattern types", "≤ 0.5 %", 100 * pat_k / max(pat_n, 1), pat_k / max(pat_n, 1) <= 0.005),
        ("utility retention", "≥ 97 %", 100 * uk / max(ut, 1), uk / max(ut, 1) >= 0.97),
    ):
        lines.append(f"| {label} | {target} | {val:.2f} % | {'pass' if ok else 'FAIL'} |")
    lines.append(
        f"| canaries in any output/report | 0 | {len(canary_hits)} | {'pass' if not canary_hits else 'FAIL'} |"
    )
    lines.append("\n## Column classification (report JSON `columns`)")
    lines += column_lines
    lines.append("\n## Leak shapes (entity | where | shape), values never shown\n")
    lines.append("| count | entity | column/field | shape |\n|---:|---|---|---|")
    for (entity, column, shape), n in overall.shapes.most_common(40):
        lines.append(f"| {n} | {entity} | {column} | {shape} |")
    if overall.surname_only:
        lines.append(
            "\nSurname-only survivals: "
            + ", ".join(f"{c}: {n}" for c, n in overall.surname_only.most_common())
        )
    lines.append("\n## Utility losses (kind, column): count\n")
    lines += [f"- {k} in `{c}`: {n}" for (k, c), n in overall.util_lost.most_common(30)] or ["- none"]
    lines.append("\n## Canaries\n")
    lines.append(
        "- "
        + ("; ".join(canary_hits) if canary_hits else "none of the 4 canaries found in any output or report")
    )
    lines.append("\n## CLI runs\n")
    lines.append(f"Files refused by the self-check (exit 3): {', '.join(refused) or 'none'}\n")
    lines += [f"- {x}" for x in cli_log]
    lines.append(f"\nTotal runtime {time.monotonic() - t_start:.1f}s")
    print("\n".join(lines))
    if tmp:
        tmp.cleanup()
    return 1 if canary_hits or refused else 0


if __name__ == "__main__":
    sys.exit(main())
