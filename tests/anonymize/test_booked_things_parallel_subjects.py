"""What a booking verb books is a thing ("<name> reservierte Sonnenaufgangsfahrt bei … AG"), an order
line's item keeps its barcode, part number or "x 18" count, a cued address stops at a colon and an ISO
timestamp's year is no postcode; while the subject of a clause after a person's clause ("<name> bitte
vorher anrufen; quvrel bringt die Leiter"), a lower-case partner after "and" or "as well as", a parcel's
recipient before "via <carrier>" and a person before "is on leave", "absent" or after "found by" are
names. Every person name here is invented (no list holds it)."""

from __future__ import annotations

import random

import pandas as pd
import pytest

from anonymize.engine import get_analyzer
from anonymize.profile import DIRECT, profile_frame
from anonymize.profile.values import name_core
from anonymize.selfcheck import self_check
from anonymize.text import TextAnonymizer
from tests.anonymize.detection import detect
from tests.anonymize.test_decorated_columns_counted_items_and_pairs import FAMILY, GIVEN


def _found(text: str, entity: str = "PERSON") -> set[str]:
    return {value for kind, value in detect(text) if kind == entity}


def _anonymized(text: str) -> str:
    out, _ = TextAnonymizer(get_analyzer()).anonymize([text])
    return out[0]


# --- tables --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "core"),
    [
        ("Kwelto B. (stan. 3)", "Kwelto B."),
        ("Ysmara Tolvenik (desk 12)", "Ysmara Tolvenik"),
        ("Oqud Ferrantyn (nr 298)", "Oqud Ferrantyn"),
        ("Yourte mongole (6 places)", "Yourte mongole (6 places)"),  # guard: a size is no station
    ],
)
def test_a_station_after_a_name_is_decoration(cell: str, core: str) -> None:
    assert name_core(cell) == core


def test_a_column_of_names_with_their_station_is_people() -> None:
    rng = random.Random(7)
    values = [f"{rng.choice(GIVEN)} {rng.choice(FAMILY)[0]}. (stan. {rng.randint(1, 6)})" for _ in range(120)]
    column = profile_frame(pd.DataFrame({"kowal": values}), analyzer=get_analyzer()).columns[0]
    assert (column.kind, column.entity) == (DIRECT, "PERSON")


def test_a_column_of_a_few_kinds_of_item_named_after_people_and_places_is_no_people() -> None:
    rng = random.Random(11)
    kinds = ["Kaminholz Kiste", "Chormappe", "Lernpaket", "Holzkorb"]
    tails = [*GIVEN, "Utrecht", "Braga", "Bristol", "Gdańsk"]
    values = [f"{rng.choice(kinds)} {rng.choice(tails)}" for _ in range(120)]
    column = profile_frame(pd.DataFrame({"Artikel": values}), analyzer=get_analyzer()).columns[0]
    assert column.kind != DIRECT


def test_a_column_of_people_on_a_few_duties_stays_people() -> None:
    rng = random.Random(12)
    duties = ["Küchendienst", "Fahrdienst", "Abholung"]
    values = [f"{rng.choice(duties)} {rng.choice(GIVEN)} {rng.choice(FAMILY)}" for _ in range(120)]
    column = profile_frame(pd.DataFrame({"Dienst": values}), analyzer=get_analyzer()).columns[0]
    assert (column.kind, column.entity) == (DIRECT, "PERSON")


@pytest.mark.parametrize("head", ["Familie", "Mevrouw"])
def test_a_column_of_people_under_one_kin_or_title_word_stays_people(head: str) -> None:
    values = [f"{head} {family}" for family in FAMILY] * 15
    column = profile_frame(pd.DataFrame({"gast": values}), analyzer=get_analyzer()).columns[0]
    assert (column.kind, column.entity) == (DIRECT, "PERSON")


# --- business values -----------------------------------------------------------------------------------


def test_a_cued_address_stops_at_a_colon_and_a_reference_is_no_house_number() -> None:
    text = "Invoice INV/2025/53523 sent to Qelvani Barunim (CSW-03175/24): 15 items of Bird Guard Cowl at £3,758.00."
    assert not _found(text, "STREET_ADDRESS")
    assert _found("Parcel sent to 12 Harrow Road, London W2 4AB today.", "STREET_ADDRESS")  # guard


def test_the_year_of_an_iso_timestamp_is_no_postcode() -> None:
    assert not _found("ts=2025-10-10T14:51:25Z level=info case=CSW108276", "POSTCODE")


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("Tiravek Zabrovin paid £2,883.50 by card for Hawk Walk Kielder (barcode 0815950126768).", "Kielder"),
        (
            "Kwelto Barunim ha pagato 151,95 € con carta per Sansa e noccioli (codice EAN 0953161234567).",
            "Sansa",
        ),
        ("Job FAL-08969/25 for Ysmara Tolvenik: Bird Guard Cowl x 18 items, £1,723.50 inc. VAT.", "Cowl"),
        (
            "Envoi RR826820830GB à Oqud Ferrantyn via Canaux et Écluses SAS : Ciseaux Lucienne, pièce IQ-AFF-9306.",
            "Lucienne",
        ),
        (
            "Dossier AFF-61436/25 pour Amunzel Osquadel : Ciseaux Lucienne x 29 pièces, 789,95 € TTC.",
            "Lucienne",
        ),
        (
            "Heruö Tolvenik reservierte Sonnenaufgangsfahrt bei Uhrenteile Nord AG am 27.08.2025.",
            "Sonnenaufgangsfahrt",
        ),
        ("Bohrisa Nuquerel apartó Varillaje de peral con Envíos Golondrina S.A. el 12/03/2025.", "Varillaje"),
        (
            "Duromek Vrimbotu zarezerwował(a) Lejce parciane przez Skórzana Pracownia s.c. na 06.12.2025.",
            "parciane",
        ),
    ],
)
def test_an_item_that_is_booked_coded_or_counted_stays(text: str, item: str) -> None:
    assert not any(item in value for value in _found(text))
    assert _found(text)  # the person in the same line is still found


def test_a_verb_after_a_lower_case_name_is_no_surname() -> None:
    text = "havoan zarezerwował(a) Napierśnik przez Hurtownia Bocian sp. z o.o. na 06.12.2025"
    assert _found(text) == {"havoan"}


def test_the_self_check_reads_a_booked_item_as_the_anonymizer_does() -> None:
    cells = [("text", "<PERSON> a retenu Pierre à aiguiser chez Transports Hirondelle SA le 12/03/2025.")]
    assert self_check(get_analyzer(), cells).cells_with_findings == 0


# --- people --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Technician Jan Nowak, part AB-1234 replaced.", "Jan Nowak"),
        ("Returned by Maria Lopez, part XR-5521-B.", "Maria Lopez"),
        ("Guest list Anna Kowalski x 2 and Peter Braun x 3.", "Anna Kowalski"),
        ("Delivered: Jan Nowak, 3 pcs", "Jan Nowak"),
        ("Rückgabe durch Kwelto Barunim, 13 Teile.", "Kwelto Barunim"),
        ("Sprzęt wrócił do magazynu, oddał(a) Ysmara Tolvenik, 7 szt.", "Ysmara Tolvenik"),
        ("Parcel 1Z4553572783765082 to quvrel via Ashfold LLP: Owl Encounter 1 h.", "quvrel"),
        ("Sendung RR414486004GB an tamsio über Spedition Ammerwiese GmbH: Pendeluhr.", "tamsio"),
        ("TOLVENIK est en congé jusqu'à vendredi.", "TOLVENIK"),
        ("quvrel hat bis Freitag Urlaub.", "quvrel"),
        ("Appel de 09:12 : Ysmara présent(e), FERRANTYN absent(e).", "FERRANTYN"),
        ("Lista obecności 16:48: Ala Nowak obecny(a), tamsio nieobecny(a).", "tamsio"),
        ("Gefunden von Oqud Ferrantyn vor Ort: ein Schlüsselbund.", "Oqud Ferrantyn"),
        ("Equipo de vuelta en almacén, lo devolvió quvrel, 32 piezas.", "quvrel"),
    ],
)
def test_a_person_in_a_cued_slot(text: str, name: str) -> None:
    assert name in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Offerte MOL-70810/25: Kruirad, 34 stuks, € 36,20 incl. btw.",
        "Devis TON-96622/24 pour Amunzel : Merrain chêne de Tronçais, 34 unités, 3 730,50 € TTC.",
    ],
)
def test_an_item_counted_after_a_comma_stays(text: str) -> None:
    assert not {"Kruirad", "Tronçais"} & _found(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Kwelto Barunim und quvrel teilen sich die Rechnung.", "und <PERSON> teilen"),
        ("Houd Ysmara Tolvenik en ook tamsio op de hoogte.", "en ook <PERSON> op"),
        ("Mantened informados a Oqud Ferrantyn y a quvrel.", "y a <PERSON>."),
        ("Please keep Amunzel Osquadel as well as tamsio informed.", "as well as <PERSON> informed"),
        ("Kwelto Barunim bitte vorher anrufen; quvrel bringt die Leiter.", "; <PERSON> bringt"),
        ("Ysmara Tolvenik voyage souvent, tamsio ouvre la porte.", ", <PERSON> ouvre"),
        ("Oqud Ferrantyn : appeler avant ; Tiravek Zabrovin apporte l'échelle.", "; <PERSON> apporte"),
    ],
)
def test_a_partner_or_the_next_clause_s_subject_is_replaced(text: str, kept: str) -> None:
    assert kept in _anonymized(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Please keep quvrel as well as Amunzel Osquadel informed.", "keep <PERSON> as well as"),
        ("TOLVENIK e Kwelto Barunim pagano a metà.", "<PERSON> e <PERSON> pagano"),
        ("Proszę informować tamsio oraz Ysmara Tolvenik.", "informować <PERSON> oraz"),
        ("Encargo CET-56171/24 de quvrel: Catamarán Tarifa x 14 piezas.", "de <PERSON>: Catamarán Tarifa"),
        (
            "Factura FC/2025/92939 enviada a tamsio (ABA-31691/24): 1 piezas de Pericón.",
            "a <PERSON> (ABA-31691/24)",
        ),
        ("Envio SHPCES24256770576 para quvrel pela Vimes do Minho, Lda.: Alcofa.", "para <PERSON> pela"),
        ("Appel, aanwezig Ysmara Tolvenik; ontbreekt TAMSIO.", "ontbreekt <PERSON>"),
        (
            "Przesyłka RR750174279GB przez Kurier Jaskółka S.A.: Kafel narożny; nadał(a) quvrel.",
            "nadał(a) <PERSON>.",
        ),
        (
            "Plano de mesas: 20A Kwelto Barunim, al lado de Ysmara Tolvenik.",
            "20A <PERSON>, al lado de <PERSON>.",
        ),
        ("Posto 24B: Lika Tolvenik.", "24B: <PERSON>."),
    ],
)
def test_a_partner_before_and_or_a_recipient_after_a_reference_is_replaced(text: str, kept: str) -> None:
    assert kept in _anonymized(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("She and Kwelto Barunim will come.", "She"),
        ("Rechnung RE-2025-1 von Amazon: 3 Stück.", "Amazon"),
        ("Kwelto Barunim and staff will come.", "staff"),
        ("Platz 12A: Fenster.", "Fenster"),
        ("Seat plan: 3C Extra Legroom, 4D Aisle.", "Extra Legroom"),
        ("Missing: Bosch drill, Makita saw.", "Bosch"),
        ("Rechnung RE-2024-11 von Zalando: bezahlt.", "Zalando"),
        ("Seat 14B: Window side, next to Kwelto Barunim.", "Window side"),
        ("Room 12B: Standard Double for Ysmara Tolvenik.", "Standard Double"),
        ("Sprzęt oddał(a) w dobrym stanie.", "w dobrym stanie"),
        ("Ysmara Tolvenik und auch kollegen kommen.", "kollegen"),
        ("Oqud Ferrantyn rief an, kaminofen kommt morgen.", "kaminofen"),
        ("Werkbon Amunzel Osquadel: Cortina E-U4 voor onderhoud, achternaaf kraakt.", "achternaaf"),
        ("Fuga szamotowa za 1 358,50 zł, zaliczka do zapłaty; wystawił(a) Bohrisa Nuquerel.", "zaliczka"),
    ],
)
def test_a_noun_after_a_person_s_clause_stays(text: str, word: str) -> None:
    assert word in _anonymized(text)
