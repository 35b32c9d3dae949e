"""Booking and staff tables whose name cells carry decoration ("Kwelto Barunim +2", "Ysmara T., seit
2019", "Oqud Ferrantyn [vrijwilliger]", "K.B. (Kwelto Barunim)", "BARUNIM/Kwelto Mr", logins such as
"kwelto_barunim") are person columns, and a one-word occupational header ("thatcher") stays a
header; in text, a customer before a booking or payment verb in each language ("banchan zahlte …"), the
surname of a reversed name before a found given name ("Sarangi, Shayari reservou …"), the second of a
label's pair ("RSVP yes: <name>, hainuna.") and a partner after "as well as" are names, while an
item in an order line stays: after a count ("21 pz. di Cialde compostabili"), before one ("Kruirad, 34
stuks"), before a measure ("Autospurgo 8 m³"), a barcode or a stock code. Every person name here is
invented (no list holds it)."""

from __future__ import annotations

import random

import pandas as pd
import pytest

from anonymize.engine import get_analyzer
from anonymize.io.header import personal_header_cells
from anonymize.profile import DIRECT, NOT_PERSONAL, is_postal_address_shape, profile_frame
from anonymize.profile.values import is_prose, name_core, name_shape
from anonymize.selfcheck import self_check
from bench.bench_detection import with_input_header
from tests.anonymize.detection import detect

GIVEN = ["Kwelto", "Ysmara", "Oqud", "Tiravek", "Amunzel", "Bohrisa", "Qelvani", "Duromek"]
FAMILY = ["Barunim", "Tolvenik", "Ferrantyn", "Osquadel", "Vrimbotu", "Hastelmar", "Nuquerel", "Zabrovin"]


def _found(text: str, entity: str = "PERSON") -> set[str]:
    return {value for kind, value in detect(text) if kind == entity}


def _profile(name: str, values: list[str]) -> tuple[str, str | None]:
    column = profile_frame(pd.DataFrame({name: values}), analyzer=get_analyzer()).columns[0]
    return column.kind, column.entity


def _people(rng: random.Random, n: int = 120) -> list[tuple[str, str]]:
    return [(rng.choice(GIVEN), rng.choice(FAMILY)) for _ in range(n)]


# --- decorated name cells ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "core"),
    [
        ("Kwelto Barunim +2", "Kwelto Barunim"),
        ("Ysmara T., seit 2019", "Ysmara T."),
        ("Oqud Ferrantyn [vrijwilliger]", "Oqud Ferrantyn"),
        ("K.B. (Kwelto Barunim)", "Kwelto Barunim"),
        ("BARUNIM/Kwelto Mr", "BARUNIM Kwelto"),
        ("Amunzel Osquadel (41 ans)", "Amunzel Osquadel"),
        ("Yourte mongole (6 places)", "Yourte mongole (6 places)"),  # guard: sizes are no decoration
        ("2 + 2", "2 + 2"),  # guard: no name is left
    ],
)
def test_the_name_inside_a_decorated_cell(cell: str, core: str) -> None:
    assert name_core(cell) == core


def test_a_decorated_name_is_name_shaped_and_no_prose() -> None:
    assert name_shape("Ysmara T., seit 2019") and not is_prose("Ysmara T., seit 2019")
    assert is_prose("Paid in full, due on 2025-03-01")  # guard: a sentence stays one


def test_a_note_with_a_year_after_a_name_is_no_address() -> None:
    assert not is_postal_address_shape("Ysmara T., seit 2019")
    assert is_postal_address_shape("Hauptstraße 5, 10115 Berlin")  # guard


@pytest.mark.parametrize(
    ("header", "decorate"),
    [
        ("gast", lambda g, f, i: f"{g} {f} +{i % 6}"),
        ("flossfuehrer", lambda g, f, i: f"{g} {f[0]}., seit {2001 + i % 5}"),
        ("molenmaker", lambda g, f, i: f"{g} {f} [{'vrijwilliger' if i % 2 else 'vaste kracht'}]"),
        ("luthier", lambda g, f, i: f"{g[0]}.{f[0]}. ({g} {f})"),
        ("householder", lambda g, f, i: f"{f.upper()}/{g} {'Mrs' if i % 2 else 'Mr'}"),
    ],
)
def test_a_column_of_decorated_names_is_people(header: str, decorate) -> None:
    rng = random.Random(header)
    values = [decorate(g, f, i) for i, (g, f) in enumerate(_people(rng))]
    assert _profile(header, values) == (DIRECT, "PERSON")


def test_a_column_of_logins_built_from_names_is_people() -> None:
    rng = random.Random(3)
    values = [f"{g.casefold()}_{f.casefold()}" for g, f in _people(rng, 6)] * 20
    assert _profile("thatcher", values) == (DIRECT, "PERSON")


def test_snake_case_statuses_and_decorated_items_are_no_people() -> None:
    statuses = ["part_paid", "in_progress", "on_hold", "not_started"] * 30
    assert _profile("stage", statuses)[0] == NOT_PERSONAL
    wines = ["red_wine", "white_wine", "sparkling.rose", "dessert_wine"] * 30
    assert _profile("cellar", wines)[0] == NOT_PERSONAL
    items = ["Floßfahrt Isar, 4 h", "Brotzeitpaket, 2 kg", "Schwimmweste Kind, 1 x"] * 40
    assert _profile("paket", items)[0] == NOT_PERSONAL


def test_a_one_word_occupational_header_is_a_header() -> None:
    cells = ["thatcher", "baker", "Schmidt", "Kwelto Barunim"]
    assert personal_header_cells(cells, analyzer=get_analyzer()) == [2, 3]


def test_the_benchmark_scores_a_renamed_column_by_position() -> None:
    inputs = [{"quote_no": "TQ-1", "thatcher": "kwelto_barunim"}]
    outputs = [{"quote_no": "TQ-1", "column_2": "kwelto_barunim"}]
    assert with_input_header(outputs, inputs) == [{"quote_no": "TQ-1", "thatcher": "kwelto_barunim"}]
    assert with_input_header(inputs, inputs) == inputs
    dropped = [{"quote_no": "TQ-1"}]  # a column the engine dropped: keys as they are, nothing shifted
    assert with_input_header(dropped, inputs) == dropped


# --- customers before a booking or payment verb ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("banchan zahlte 3.433,95 € online für Floßfahrt Isar.", "banchan"),
        ("QELVANI pagó 202,50 € en línea por Casco y guantes.", "QELVANI"),
        ("tiravek boekte Steenkoppel via Wiekwerk B.V. voor 29 oktober.", "tiravek"),
        ("Amunzel Osquadel a réservé une barrique pour le 25/11/2025.", "Amunzel Osquadel"),
        ("duromek ha prenotato la tostatura per il 4 luglio.", "duromek"),
        ("Bohrisa zarezerwowała drezynę na 30.11.2025.", "Bohrisa"),
        ("hastelmar reservou a sela para 09-08-2025.", "hastelmar"),
        ("Vrimbotu has booked the open-top bus for Friday.", "Vrimbotu"),
        ("ZABROVIN bestellte Transport Bösendorfer (32 Stk.) unter KLV50-06197.", "ZABROVIN"),
        ("wiug bestelt Klokkentouw (19 st.) onder TOU92-80042.", "wiug"),
        ("gayane ordina la pasta all'uovo con l'ordine PAS76-98676.", "gayane"),
        ("NUQUEREL commande un porte-savon sous SAV38-84016.", "NUQUEREL"),
        ("nesgehi encomenda uma caixa com a referência CON66-63426.", "nesgehi"),
        ("Amunzel Osquadel zamawia przegląd pianina w zamówieniu PIA39-22179.", "Amunzel Osquadel"),
    ],
)
def test_a_customer_before_a_booking_or_payment_verb(text: str, name: str) -> None:
    assert name in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Re-delivery booked May 29, leave with neighbour.",
        "Room booked for Monday.",
        "Nouvelle commande reçue ce matin.",
        "Ersatzteil bestellt am Montag.",
    ],
)
def test_a_noun_before_a_participle_or_a_noun_form_is_no_name(text: str) -> None:
    assert not _found(text)


# --- reversed names, a label's pairs, "as well as" ---------------------------------------------------------


def test_the_surname_before_a_found_given_name_and_a_comma() -> None:
    found = " ".join(_found("Sarangi, Shayari reservou a sela portuguesa."))
    assert "Sarangi" in found and "Shayari" in found


def test_a_closing_word_before_a_name_is_no_surname() -> None:
    found = _found("Atenciosamente, Shayari de cliente.")
    assert not any("Atenciosamente" in value for value in found)


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("RSVP yes: Kwelto Barunim, hainuna.", "hainuna"),
        ("Aanmeldingen: Ysmara Tolvenik, MALININ.", "MALININ"),
        ("Apuntados a la jornada: Oqud Ferrantyn y tzuvko.", "tzuvko"),
        ("Copied in Kwelto Barunim as well as hainuna.", "hainuna"),
        ("Com cópia para Ysmara Tolvenik e também oqzanu.", "oqzanu"),
        ("In copia Oqud Ferrantyn e anche raxa.", "raxa"),
    ],
)
def test_the_second_of_a_labels_pair_or_an_also_partner(text: str, second: str) -> None:
    assert second in _found(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Status: Kwelto Barunim, pending.", "pending"),
        ("Ysmara went with Oqud and others.", "others"),
        ("Approved by Kwelto Barunim and countersigned.", "countersigned"),
        ("Teilnehmer: Kwelto Barunim, glutenfrei.", "glutenfrei"),
        ("Teilnehmer: Kwelto Barunim, CFO.", "CFO"),
        ("Mensa kocht heute vegan, Kwelto Barunim kommt später.", "Mensa"),
    ],
)
def test_a_common_word_in_a_pair_is_no_name(text: str, word: str) -> None:
    assert not any(word in value for value in _found(text))


# --- items in order lines ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Fattura FT-2025-55583 per TOR-72207/25: 21 pz. di Cialde compostabili, 1.294,20 €.",
        "Offerte MOL-70810/25: Kruirad, 34 stuks, € 36,20 incl. btw; afgerond.",
        "Pagato 4.037,20 € online per Autospurgo 8 m³, codice a barre 6063884289071.",
        "Pagato online per Arabica Santos, codice a barre 7248975710446, app 7.1.4.",
        "Collo per il cliente partito: Decaffeinato Ofelia (magazzino QZ-TOR-6252), 2.554,00 €.",
        "Facture pour VEL-73398/24 : 5 unités de Vélorail nocturne, 2 123,50 €.",
        "Devis TON-96622/24 : Merrain chêne de Tronçais, 34 unités, 3 730,50 € TTC.",
        "36 UNITS OF BLOCK-CUT RIDGE, £677.95, PART-PAID.",
    ],
)
def test_an_item_counted_measured_or_coded_is_no_name(text: str) -> None:
    assert not _found(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ontvangen door Kwelto Barunim, 34 stuks.", "Kwelto Barunim"),
        ("Geliefert an Kwelto Barunim, 12 Stück.", "Kwelto Barunim"),
        ("Paid to Ysmara Tolvenik, 3 units.", "Ysmara Tolvenik"),
        ("Lieferung 5 Stück von Kwelto Barunim erhalten.", "Kwelto Barunim"),
        ("Consegnato a Oqud Ferrantyn 5 kg.", "Oqud Ferrantyn"),
        ("Passagier Kwelto Barunim 82 kg, Start 6:30.", "Kwelto Barunim"),
        ("Rafting-Gruppe: Oqud Ferrantyn 78 kg, Amunzel Osquadel 91 kg.", "Amunzel Osquadel"),
        ("Ich habe 15 Stück an Ysmara Tolvenik geliefert.", "Ysmara Tolvenik"),
        ("Stunden: Qelvani 6 h, Duromek 8 h.", "Qelvani"),
    ],
)
def test_a_person_beside_a_count_is_still_a_name(text: str, name: str) -> None:
    assert name in _found(text)


def _passes(cells: list[str]) -> bool:
    return self_check(get_analyzer(), [("text", c) for c in cells]).passed


def test_the_self_check_reads_no_name_in_a_label_before_a_list_or_a_counted_item() -> None:
    assert _passes(["Na dzień otwarty zapisani: <PERSON> i <PERSON>."] * 50)
    assert _passes(
        ["<PERSON> ha pagato 2.886,20 € online per Decaffeinato Ofelia, codice a barre 3899475499726."] * 50
    )


def test_the_self_check_still_refuses_a_speaker_left_in_a_chat() -> None:
    assert not _passes(["qelvani: see you at the jetty at five"] * 50)


# --- recipients of documents, names on engravings and plaques, telex headers, counts of pieces ----------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Quote THA-44523/25 for oleh: thatch survey, 5 units, £5,105.20 all in.", "oleh"),
        ("Sales invoice SI-2025-96506 to rigas for THA-52756/25: 12 units.", "rigas"),
        ("Colis 1Z3809760956921156 pour domra parti avec Rails Verts SAS.", "domra"),
        ("Factura FV-2025-31464 a mišel por GUI-24567/24: 6 uds.", "mišel"),
        ("Offerte MOL-62003/25 voor uafa: Molenroede staal, 24 stuks.", "uafa"),
        ("Incisione richiesta: «Qelvani Duromek 2022».", "Qelvani Duromek"),
        ("Texte de la plaque : « Pour Saon, avec nos remerciements, 2000 ».", "Saon"),
        ("Tekst op het plaatje: 'Voor Glafira, met dank, 2006'.", "Glafira"),
        ("Deposit from Kwelto Barunim, receipt by ushanka.", "ushanka"),
        ("Anzahlung von Ysmara Tolvenik, Quittung durch karki.", "karki"),
    ],
)
def test_the_recipient_of_a_document_and_the_name_on_a_plaque(text: str, name: str) -> None:
    assert name in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Invoice INV-2025-001 for delivery: 3 boxes.",
        "Order 12345 to the warehouse for checking.",
        "Edition «Reserva 2018» sold out.",
        "Sent by courier; paid by card.",
        "Vin: «Sauternes 2015», 6 bouteilles.",
        "Wysłano przez InPost.",
        "Le tarif est de 12 € par nuitée.",
        "Container MSKU1234567 to rotterdam for transshipment.",  # a port, lower case
        "KLP-88292 verzonden door Gebr. Klaver V.O.F., track & trace 1ZKLP269111271983.",
    ],
)
def test_common_words_after_a_reference_or_in_quotes_are_no_recipient(text: str) -> None:
    assert not _found(text)


def test_a_count_of_pieces_is_no_street() -> None:
    assert not _found("Uit het rekenblad: 33 st.\t€ 261,50\tafgerond.", "STREET_ADDRESS")
    assert "12 High St." in _found("He lives at 12 High St. in Leeds.", "STREET_ADDRESS")  # guard


def test_an_address_does_not_run_on_into_the_next_records_header() -> None:
    from anonymize.text import TextAnonymizer

    lines = ["Paket an 12 High Street", "ZCZC TLX/TOU/66662 291316Z MAY25 // Dossier TOU37-34306"]
    out, _ = TextAnonymizer(get_analyzer()).anonymize_blocks(lines)
    assert out[1] == lines[1] and "High Street" not in out[0]


def test_the_self_check_reads_no_name_in_a_telex_header() -> None:
    assert _passes(["ZCZC TLX/HUT/27111 030549Z AUG25 // Auftrag HUT96-43470 für <PERSON>."] * 50)


def test_short_cells_the_ner_reads_as_people_nearly_everywhere_are_people() -> None:
    rng = random.Random(11)
    desks = ["Leitung", "Kasse", "Lager"]
    values = [f"{g} {f} – {rng.choice(desks)}" for g, f in _people(rng)]  # no shape rule knows " – "
    assert _profile("zuständig", values) == (DIRECT, "PERSON")


def test_companies_and_items_named_after_people_stay_columns_of_things() -> None:
    rng = random.Random(12)
    firms = [f"{rng.choice(FAMILY)} & {rng.choice(FAMILY)} GmbH" for _ in range(120)]
    assert _profile("firma", firms)[0] == NOT_PERSONAL
    lamps = [f"{rng.choice(['Lampe', 'Sofa', 'Tisch'])} {rng.choice(GIVEN)} – rot" for _ in range(120)]
    assert _profile("produkt", lamps)[0] == NOT_PERSONAL
