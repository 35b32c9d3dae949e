"""Layouts from pasted calendar entries, CRM links, match codes, timesheets and order lines: the names
in them are found ("ORGANIZER;CN=Ħakiem Sagħiedi:mailto:…", "[Ġuad Dahili](https://…)", "Kundenkürzel
JALAMA88", "Stunden: Abaa 6 h, Kariem 8 h"), and what is business stays: the keys ("DTSTART:",
"SUMMARY:", "ATTENDEE;"), a record number labelling a line ("BLN-63878: …"), a product a few words
before its article number or count ("Mantice nuovo Soprani (EAN …)", "Tor przeszkód 12 m (10 szt.)"),
a company with a comma before its legal form, an article number's last letter ("HF-476-M."), a
participle's gender ending ("né(e) le"). Tables: a column of titled craftsmen ("Mestre Yaatl"), of
couples ("Timoimee, Kaakenyi & Kajima") and of a small team's first names are people. Every person
name here is invented (no list holds it)."""

from __future__ import annotations

import random

import pandas as pd
import pytest

from anonymize.engine import get_analyzer
from anonymize.profile import DIRECT, NOT_PERSONAL, profile_frame
from anonymize.selfcheck import self_check
from tests.anonymize.detection import detect


def _found(text: str, entity: str = "PERSON") -> set[str]:
    return {value for kind, value in detect(text) if kind == entity}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Einladung eingefügt: ORGANIZER;CN=Ħakiem Sagħiedi:mailto:sa_ak34@webpost.example",
            "Ħakiem Sagħiedi",
        ),
        (
            'Agendaregel: ATTENDEE;CN="Ŏslămŏp Jawŏət";ROLE=REQ-PARTICIPANT:mailto:jo12@x.example',
            "Ŏslămŏp Jawŏət",
        ),
        ("Please call [Ġuad Dahili](https://crm.example/contacts/43934) for the deposit.", "Ġuad Dahili"),
        ("Ficha de cliente: [Taŏp Miăljăŋət](https://crm.example/contactos/83624).", "Taŏp Miăljăŋət"),
    ],
)
def test_names_in_calendar_lines_and_markdown_links(text: str, name: str) -> None:
    assert name in _found(text)


def test_calendar_keys_are_no_names() -> None:
    text = (
        "DTSTART:20250322T180000 | UID:C-TRF-40770 | SUMMARY:Tartufi del Colle prenota. "
        'ATTENDEE;CN="Ŏslămŏp Jawŏət";ROLE=REQ-PARTICIPANT:MAILTO:jo12@x.example'
    )
    found = _found(text)
    assert not found & {"DTSTART", "SUMMARY", "ATTENDEE", "REQ-PARTICIPANT", "MAILTO"}
    assert "Ŏslămŏp Jawŏət" in found


def test_a_surname_in_capitals_before_a_colon_stays_with_its_name() -> None:
    assert "ZORVAKI QWENDEL" in _found("Please call ZORVAKI QWENDEL: she waits for the parts.")


def test_a_row_of_fields_pasted_into_a_note_is_still_read() -> None:
    assert "ARBARO" in _found("Aus der Liste kopiert: ARBARO;Nebulo;01512 3921112;in Prüfung")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kundenkürzel JALAMA88 angelegt.", "JALAMA"),
        ("Ledger code TAMKELEMDAN51 reused for the refund.", "TAMKELEMDAN"),
        ("Codice cliente BOLEMUNDI57 aperto.", "BOLEMUNDI"),
        ("Account code ANDREADIS12 updated.", "ANDREADIS"),
    ],
)
def test_the_surname_of_a_match_code(text: str, name: str) -> None:
    assert name in _found(text)


@pytest.mark.parametrize(
    "code",
    ["SUMMER25", "WELCOME10", "ORD9664341", "TXKL12", "XMAS24", "BLACKFRIDAY24", "SOMMER10", "KERST20"],
)
def test_codes_built_from_words_or_letters_hold_no_name(code: str) -> None:
    assert not _found(f"Code {code} applied to the order.")


def test_a_record_number_labelling_a_line_is_no_user_name() -> None:
    text = "BLN-63878: Kaakenyi Timoimee paid £1,205.25 for Gift Voucher Standard."
    assert not _found(text, "USERNAME")
    assert "Kaakenyi Timoimee" in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        # a product a few words before its article number or count
        "FIS-48282: Kaakenyi Timoimee ha pagato € 2.667,25 per Mantice nuovo Soprani (EAN 5041851157548).",
        "Zamówienie DMU-12638, klient: Kaakenyi Timoimee: Tor przeszkód 12 m (10 szt.) po 222,90 zł.",
        "Auftrag NMR-29487 für Kaakenyi Timoimee: Treibriemen Gritzner (7 Stück) zu 297,50 €.",
        "TUR-31769 para Kaakenyi Timoimee: Turrón Alicante duro (ref. TU-5807-A9), 549,25 €.",
        # a company before its legal form, a comma between or a particle inside
        "AZU-20446 para Kaakenyi Timoimee enviada pela Tasca do Castelo, Lda., seguimento 1ZAZU688249914374.",
        "HEL-82940 pour Kaakenyi Timoimee expédiée par Ateliers du Causse SARL, suivi JJD701053871869337.",
        "TUR-75548 para Kaakenyi Timoimee enviado por Dulces del Levante S.L., seguimiento 3STUR6224944.",
    ],
)
def test_products_and_companies_beside_a_name_stay(text: str) -> None:
    found = _found(text)
    assert "Kaakenyi Timoimee" in found
    assert all("Kaakenyi" in value or "Timoimee" in value for value in found), found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Please ask Ubrelki Tasmun (she/her) about the voucher.", "Ubrelki Tasmun"),
        ("Die Rechnung liegt bei Zorvaki Qwendel (Durchwahl 214).", "Zorvaki Qwendel"),
        ("Faktura jest u Okwarel Dobrin (wew. 484).", "Okwarel Dobrin"),
        ("Kecwaa Ngutii ordered Van Livery Kendal (36 pcs) under SGN45.", "Kecwaa Ngutii"),
        ("Feap Wemaweich zamawia Pierogi z jagodami (30 szt.).", "Feap Wemaweich"),
    ],
)
def test_a_persons_brackets_are_no_item_details(text: str, name: str) -> None:
    assert name in _found(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Stunden: Abaa 6 h, Kariem 8 h.", {"Abaa", "Kariem"}),
        ("Hours: Adim 5.5 h, Tamng Todio 4 h.", {"Adim", "Tamng Todio"}),
        ("Uren: Winti 7,5 uur, Kwaat 4 uur", {"Winti", "Kwaat"}),
        ("Godziny: marai 7,5 godz., Sipang 3 godz.", {"marai", "Sipang"}),
    ],
)
def test_names_in_a_timesheet_line(text: str, names: set[str]) -> None:
    assert names <= _found(text)


def test_durations_without_names_are_no_timesheet() -> None:
    assert not _found("The ride took 2 h and the flight 3 h.")


def test_an_abbreviation_with_dots_is_no_web_address() -> None:
    assert not _found("Boerenklomp maat 42 (art.nr. KL-6815-Q9), € 777,00.", "URL")


def _passes(cells: list[str]) -> bool:
    return self_check(get_analyzer(), [("text", c) for c in cells]).passed


@pytest.mark.parametrize(
    "cell",
    [
        "CONTACT:né(e) le <DATE_OF_BIRTH>, NIR <FR_NIR>",
        "CONTACT:NACIDO/A EL <DATE_OF_BIRTH>, DNI <ES_NIF>",
        "MENEER <PERSON> VRAAGT OM EEN BON. | CONTACT:ADRES: <STREET_ADDRESS>",
        "Kundenakte: [<PERSON>](https://crm.example/kontakte/25082).",
        'Kalenderzeile: ATTENDEE;CN="<PERSON>";ROLE=REQ-PARTICIPANT:mailto:<EMAIL_ADDRESS>',
        "Auftrag OB882137: 18 x Nudeln, bezahlt. Artikel HF-476-M. Anzahlung: <PERSON> ✓ <PERSON> ✗",
        "<PERSON> ha pagato € 89,90 per Cinghie cuoio Rosa (EAN 4218592257733) con l'app.",
    ],
)
def test_the_self_check_reads_no_name_in_labels_codes_and_items(cell: str) -> None:
    assert _passes([cell] * 50)


def test_the_self_check_still_refuses_a_name_after_a_label() -> None:
    assert not _passes(["Kundenakte: Zorvaki Qwendel hat angerufen."] * 50)


def _profile(name: str, values: list[str]) -> tuple[str, str | None]:
    column = profile_frame(pd.DataFrame({name: values}), analyzer=get_analyzer()).columns[0]
    return column.kind, column.entity


def test_a_column_of_titled_craftsmen_is_people() -> None:
    values = ["Mestre Għaxa", "Mestre Yaatl", "Mestre Starn", "Mestre Ngoxia", "Mestre Boleme"] * 24
    assert _profile("pintor", values) == (DIRECT, "PERSON")


def test_a_column_of_couples_is_people() -> None:
    rng = random.Random(5)
    given = ["Kaakenyi", "Jawŏət", "Abantui", "Taŏp", "Lemo", "Naiyio", "Guing", "Samier"]
    family = ["Timoimee", "Ŏslămŏp", "Wakowati", "Miăljăŋət", "Ngosidan", "Ngontenyi", "Nikasao"]
    values = [f"{rng.choice(family)}, {rng.choice(given)} & {rng.choice(given)}" for _ in range(120)]
    assert _profile("Buchung_auf", values) == (DIRECT, "PERSON")


def test_a_small_teams_first_names_are_people() -> None:
    values = ["Tiemur", "Xahinaż", "Ngoxia", "Kwaatel", "Boleme"] * 24
    assert _profile("bediening", values) == (DIRECT, "PERSON")


def test_a_catalogue_sharing_a_head_word_is_still_no_people() -> None:
    assert _profile("ruta", ["Ruta Norte", "Ruta Sierra", "Ruta Costa"] * 20)[0] == NOT_PERSONAL


@pytest.mark.parametrize(
    ("text", "partner"),
    [
        ("Tausch zwischen bahidies und Tamng Todio vereinbart.", "bahidies"),
        ("Kaakenyi Timoimee y hutzimba vendrán juntos.", "hutzimba"),
        ("BAXIER en Jawŏət Ŏslămŏp komen samen.", "BAXIER"),
    ],
)
def test_the_partner_of_a_name_that_no_list_holds(text: str, partner: str) -> None:
    assert partner in _found(text)


def test_a_verb_after_a_name_and_and_is_no_partner() -> None:
    assert not {"racked", "unstepped"} & _found("Ondrej Kwatelu unstepped and racked the boxes.")


def test_a_date_after_a_no_word_is_no_price() -> None:
    text = "Sattelberg Logistik GmbH bucht Wartung Pfaff 130 für svjatohor am 26.10.2025 (NMR-34900)."
    assert "svjatohor" in _found(text)


def test_a_column_of_names_with_their_age_or_staff_number_is_people() -> None:
    given = ["Homa", "Detyny", "Feap", "Piap", "Taraq", "Safian", "Varlam", "Kwenu"]
    family = ["Tsasikwawma", "Ŋameŋiny", "Wemaweich", "Konchusaap", "Hajuri", "Shuashi", "Rybakov"]
    rng = random.Random(7)
    ages = [f"{rng.choice(given)} {rng.choice(family)} ({rng.randint(18, 90)} ans)" for _ in range(120)]
    assert _profile("locataire", ages) == (DIRECT, "PERSON")
    staff = [
        f"{g} {f} (nr {100 + 7 * i})" for i, (g, f) in enumerate(zip(given[:6], family[:6], strict=True))
    ]
    assert _profile("stroiciel", staff * 20) == (DIRECT, "PERSON")


def test_a_column_of_names_with_their_role_is_people() -> None:
    people = ["Menat Pylon", "Aqyn Abdulin", "Janker Fingerhakeln", "Saah Kalihaan", "Pribila Rasirni"]
    roles = ["accueil", "guide équestre", "meneur"]
    values = [f"{people[i % 5]}, {roles[i % 3]}" for i in range(120)]
    assert _profile("accompagnateur", values) == (DIRECT, "PERSON")


def test_a_catalogue_with_sizes_in_brackets_is_still_no_people() -> None:
    values = ["Yourte mongole (6 places)", "Tente safari (4 places)", "Cabane perchée (2 places)"] * 40
    assert _profile("formule", values)[0] == NOT_PERSONAL


def test_a_telex_header_in_capitals_is_no_name() -> None:
    assert not _found("ZCZC TLX/SGN/34303 210154Z MAR25 // Parcel CX316577271DE left at the depot.")


def test_titled_craftsmen_are_people_by_shape_alone() -> None:
    values = ["Mestre Għaxa", "Mestre Yaatl", "Mestre Starn", "Mestre Ngoxia", "Mestre Boleme"] * 24
    column = profile_frame(pd.DataFrame({"pintor": values})).columns[0]  # no analyzer: no NER shares
    assert (column.kind, column.entity) == (DIRECT, "PERSON")
    assert column.evidence["matches"].get("TITLED") == 1.0


def test_a_speaker_glued_to_a_timestamp_is_a_key() -> None:
    assert "DTSTART" not in _found("DTSTART:20250322T180000\nDTSTART:20250323T090000\nanna: ok")
