"""Closed sets of items are catalogues however many first names and places they hold, birth dates under
a person's JSON key are replaced, a topic with its state is no chat speaker, an article announces a
thing, and names written as initials, as "SURNAME, Given", joined by "&" or hyphens, or listed
together are names. Every name here is invented (no list holds it)."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from anonymize.engine import get_analyzer
from anonymize.pipeline import run
from anonymize.pipeline.catalogue import MIN_VALUES
from anonymize.profile import DIRECT, NOT_PERSONAL, profile_frame
from anonymize.recognizers.name_shapes import NameShapeRecognizer
from tests.anonymize.detection import detect


def _shapes(text: str) -> list[str]:
    return [text[r.start : r.end] for r in NameShapeRecognizer().analyze(text, ["PERSON"])]


def _persons(text: str) -> set[str]:
    return {value for entity, value in detect(text) if entity == "PERSON"}


@pytest.mark.parametrize(
    ("header", "items"),
    [
        ("tramite", ["Escritura Carmen", "Poder Toledo", "Testamento abierto", "Acta Valencia"]),
        ("vélo", ["Triporteur Nantes", "Longtail Camille", "Biporteur Amélie", "Cargo Lyon 2"]),
        ("behandeling", ["knipbeurt Bobbie", "wasbeurt groot", "nagels knippen"]),
        (
            "casta",
            ["Baga Bairrada", "Touriga Nacional Lote Amélia", "Encruzado Lote Beatriz", "Arinto Bucelas"],
        ),
    ],
)
def test_a_closed_set_of_items_is_a_catalogue_whatever_names_it_holds(header: str, items: list[str]) -> None:
    frame = pd.DataFrame({header: (items * 40)[:120]})
    (column,) = profile_frame(frame, analyzer=get_analyzer()).columns
    assert column.kind == NOT_PERSONAL
    assert column.entity != "PERSON"


def test_a_closed_set_of_staff_under_a_plain_header_stays_personal() -> None:
    """Staff open with a given name ("Anna Qelvorin"), or have no mark of an item at all."""
    staff = ["Anna Qelvorin", "Marco Tuzmekov", "Julia Wahrundel", "Pierre Ostravik"]
    unlisted = ["Zorbi Kwatumel", "Ilvash Quorrent", "Tevrani Oskubal"]
    frame = pd.DataFrame({"team": (staff * 30)[:120], "equipe": (unlisted * 40)[:120]})
    profile = {c.name: c for c in profile_frame(frame, analyzer=get_analyzer()).columns}
    assert (profile["team"].kind, profile["team"].entity) == (DIRECT, "PERSON")
    assert profile["equipe"].kind != NOT_PERSONAL


def test_birth_dates_under_a_persons_key_are_replaced_as_a_whole(tmp_path: Path) -> None:
    """``cliente.nascimento`` holds dates and nothing around them says "born": its key does."""
    births = ["1983-09-26", "09/12/1965", "1977-06-19", "30/06/1991", "1954-02-06"]
    source = tmp_path / "marcacoes.jsonl"
    lines = [
        {
            "marcacao": {"ref": f"2025/{1000 + i}", "sessao": f"2025-03-{1 + i % 28:02d} 10:00"},
            "cliente": {"nome": "Quelvina Osrambu", "nascimento": births[i % len(births)]},
        }
        for i in range(MIN_VALUES + 5)
    ]
    source.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    report = run(source, tmp_path / "out", analyzer=get_analyzer())
    text = (tmp_path / "out" / source.name).read_text(encoding="utf-8")
    assert not any(date in text for date in births)
    out = [json.loads(line) for line in text.splitlines()]
    assert {r["cliente"]["nascimento"] for r in out} == {"<DATE_OF_BIRTH>"}
    assert [r["marcacao"]["sessao"] for r in out] == [r["marcacao"]["sessao"] for r in lines]
    planned = {c["name"]: c for c in report.plan["columns"]}
    assert planned["cliente.nascimento"]["operator"]["name"] == "placeholder"
    # a reviewed plan replays it
    run(source, tmp_path / "again", analyzer=get_analyzer(), plan=report.plan)
    assert not any(date in (tmp_path / "again" / source.name).read_text(encoding="utf-8") for date in births)


@pytest.mark.parametrize(
    "text",
    [
        "Abgasmessung offen: Kaminofen geprüft, Protokoll BK-25084.",
        "Pedido enviado: caixa com 3 unidades, guia 44812.",
    ],
)
def test_a_topic_and_its_state_before_a_colon_is_no_speaker(text: str) -> None:
    label = text.split(":")[0]
    assert not any(label.split()[0] in value for value in _persons(text))


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Tovrenu asked to swap to the Verona Heist; paid £1,629.15 by card.", "Verona Heist"),
        ("Could you also look at the Harriet Upright?", "Harriet Upright"),
        ("zelmo: who has the coxbox? last seen near the shed", "coxbox"),
        ("ik heb een knipbeurt gepland voor morgen", "knipbeurt"),
    ],
)
def test_an_article_announces_a_thing_not_a_person(text: str, thing: str) -> None:
    assert not any(thing in value or value in thing for value in _persons(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("asked whether K. Hawuleno could also look at the felt kit", "K. Hawuleno"),
        ("Message de S. Albrendouthi : les pivoines sont prêtes.", "S. Albrendouthi"),
        ("Factura F-2025-33671 enviada (W. Razvelipa).", "W. Razvelipa"),
        ("Vertretung durch A. Hikorami; den Bezirk übernimmt Bergquell AG.", "A. Hikorami"),
    ],
)
def test_an_initial_and_a_surname_of_no_language_are_a_name(text: str, name: str) -> None:
    assert name in _shapes(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("DOMERVAN, Jinrovo — bono CS54816, saldo 1 155,28 €.", "DOMERVAN, Jinrovo"),
        ("THUKLAVING, Phyovra, acompte réglé par virement.", "THUKLAVING, Phyovra"),
        ("ANNEQUIV, Zizmaro: Ölbrenner abgenommen.", "ANNEQUIV, Zizmaro"),
    ],
)
def test_a_surname_in_capitals_a_comma_and_a_given_name_are_a_name(text: str, name: str) -> None:
    assert name in _shapes(text)


def test_words_of_a_language_in_capitals_before_a_comma_stay() -> None:
    assert _shapes("BONJOUR, Madame. USA, Canada and Mexico.") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Staff on shift: Phaivrong & Mivorra. Hints used: 2.", {"Phaivrong", "Mivorra"}),
        ("Servizio oggi: Talvuren & Oskemari, cassa 2.", {"Talvuren", "Oskemari"}),
    ],
)
def test_names_joined_by_an_ampersand_are_names(text: str, names: set[str]) -> None:
    assert names <= _persons(text)


def test_a_firm_joined_by_an_ampersand_stays() -> None:
    assert not _persons("Abwicklung über Eisenblatt & Söhne KG, in Arbeit.") & {"Söhne", "Eisenblatt & Söhne"}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("rasha, tarvag-fehodi y henvod-rilam el jueves", {"tarvag-fehodi", "henvod-rilam"}),
        ("manzo: congrats to hipvri-nubvo and shuobra-shunvi on the race!!", {"hipvri-nubvo"}),
        ("bravo à aamvu, sanouv et tunmiwva pour le sommet", {"aamvu", "sanouv", "tunmiwva"}),
        ("dzięki dla qelvarin, tozmeki i wahrundo za pomoc", {"qelvarin", "tozmeki", "wahrundo"}),
    ],
)
def test_every_item_of_a_list_of_names_is_a_name_hyphens_included(text: str, names: set[str]) -> None:
    found = _persons(text)
    assert all(any(name in value for value in found) for name in names)


def test_a_list_of_things_beside_a_name_stays() -> None:
    assert _persons("we sell apples, pears and plums to qorvandi") <= {"qorvandi"}


def test_dutch_de_announces_a_thing_only_in_a_dutch_line() -> None:
    assert not {"perenkist"} & _persons("hoi qelvo, de perenkist zijn rijp")
    assert _shapes("la taza de qorvelu se rompió ayer") == ["qorvelu"]  # Spanish "de": whose cup


def test_a_recurring_topic_and_state_label_is_no_speaker() -> None:
    lines = [
        "Abgasmessung offen: Kaminofen geprüft, Protokoll BK-25084.",
        "Abgasmessung bestätigt: Ölbrenner geprüft, Protokoll BK-31562.",
        "Abgasmessung bestätigt: Kaminofen geprüft, Protokoll BK-31563.",
    ]
    assert not any("Abgasmessung" in value for value in _persons("\n".join(lines)))


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Feuerstättenschau bei Herrn Qelmur (Am Norlimhof 149, 32938 Wenfeld) erledigt.", "Norlimhof 149"),
        ("treffpunkt am goltorhof 70, 43628 ostingen", "goltorhof 70"),
        ("Zlecenie 2024/4476: odbiór z pl. Brancor 179, 63-847 Rosowo, 2 430,81 zł.", "pl. Brancor 179"),
        ("Adres: os. Morver 7 m. 1, 09-786 Droówek.", "m. 1, 09-786"),
        ("Tuned the upright at Unit 7, Salbran Way, WS18 1CR Branford.", "Unit 7, Salbran Way"),
    ],
)
def test_hof_streets_polish_squares_flats_and_units_are_addresses(text: str, address: str) -> None:
    assert any(entity == "STREET_ADDRESS" and address in value for entity, value in detect(text))


def test_an_email_after_sent_to_is_no_street_and_the_next_record_is_no_city() -> None:
    found = detect(
        "Invoice F-2024-34224 sent to nebvo90@outlook.com for Nebvo Kubrilius, £670.46 incl. travel."
    )
    assert not any(entity == "STREET_ADDRESS" for entity, _ in found)
    lines = "Naprawa zamka, ul. Lasna 74 m. 7.\nFaktura INV-2025-16231 dla firmy Nova."
    assert not any("Faktura" in value for _, value in detect(lines))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "ÄNDERUNG FÜR TAMVIT BHOUVUD UND QELVIN VÖKRULL, TERMIN 17.02.2025.",
            ["TAMVIT BHOUVUD", "QELVIN VÖKRULL"],
        ),
        ("ZINVAB ASHRAHAB Y BALVAL AZRIANI GANARON EL TORNEO.", ["ZINVAB ASHRAHAB", "BALVAL AZRIANI"]),
    ],
)
def test_names_in_capitals_in_a_shouted_line_are_names(text: str, names: list[str]) -> None:
    assert _shapes(text) == names


def test_a_shouted_product_with_its_dose_and_acronyms_stay() -> None:
    assert _shapes("RÉCUPÉRER LA COMMANDE DEMAIN (SPASFON LYOC 80 MG).") == []
    assert _shapes("ORDER SKU ABX-221 SHIPPED VIA DHL EXPRESS TO IKEA GMBH") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("per qorvelee: the frame is fine w/ delivery 4 Aug 2023", "qorvelee"),
        ("wg Andervo: dostawa 22 maja ok, zamówienie W8593-942", "Andervo"),
    ],
)
def test_a_word_before_the_name_in_a_label_leaves_the_name_a_speaker(text: str, name: str) -> None:
    assert name in _persons(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Squadra: Pemvro, Lounvas, Brdavar; furgone di Officine Tramontana Srl.",
            {"Pemvro", "Lounvas", "Brdavar"},
        ),
        ("Equipo de liga: Hona Himvo, Ngouvche Nwanavi, Jandipvan-Anusvar.", {"Jandipvan-Anusvar"}),
    ],
)
def test_every_item_of_a_comma_list_that_fills_its_clause_is_a_name(text: str, names: set[str]) -> None:
    found = _persons(text)
    assert all(any(name in value for value in found) for name in names)


def test_a_comma_list_of_words_stays() -> None:
    assert not _persons("Zutaten: Mehl, Zucker, Butter.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("spielst du am freitag brett 2? sonst fragt lluvia", "lluvia"),  # Spanish "rain" in German
        ("chi porta il furgone domani? lo guida chuva", "chuva"),  # Portuguese "rain" in Italian
        ("wie brengt de kratten morgen? dat doet neblina", "neblina"),  # Spanish "fog" in Dutch
    ],
)
def test_a_word_of_another_language_alone_in_a_lower_case_line_is_a_name(text: str, name: str) -> None:
    assert name in _shapes(text)


def test_loanwords_common_in_the_lines_language_stay() -> None:
    assert _shapes("zostawiłem laptop w biurze, oddam jutro rano") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Herr Qorvin (Ruskavas Vater) hat angerufen, Status bestätigt.", "Ruskavas"),
        ("Picked up by Qorvela's mother at 4pm.", "Qorvela's"),
        ("Opgehaald door Tsembers moeder om vier uur.", "Tsembers"),
    ],
)
def test_a_possessive_before_a_family_noun_is_a_name(text: str, name: str) -> None:
    assert name in _shapes(text)


def test_a_nouns_genitive_before_a_family_noun_stays() -> None:
    assert _shapes("Das Haus des Vaters Mutter ist alt.") == []


def test_single_given_names_under_a_generic_name_header_are_a_person_column() -> None:
    names = ["Symbova", "Momyonay", "Yüvy", "Fisalija", "Qorvel", "Tsembu"]
    frame = pd.DataFrame({"viticultor_nome": (names * 20)[:120]})
    (column,) = profile_frame(frame, analyzer=get_analyzer()).columns
    assert (column.kind, column.entity) == (DIRECT, "PERSON")


def test_a_compound_label_header_is_no_personal_cell() -> None:
    from anonymize.io.header import personal_header_cells

    assert personal_header_cells(["Fundnummer", "Abholdatum", "Auftragsnummer"]) == []
    assert personal_header_cells(["Qorvel Tsembuvar"]) == [0]


def test_an_identifier_under_its_own_key_is_replaced_as_a_whole(tmp_path: Path) -> None:
    """``faturacao.nif`` holds bare numbers a detector reads no cue around: its key does."""
    nifs = ["265931606", "213625792", "378518755", "165235250", "501964843"]
    source = tmp_path / "faturas.jsonl"
    lines = [
        {"ref": f"FT-{7000 + i}", "faturacao": {"nif": nifs[i % len(nifs)], "total": f"{100 + i},50"}}
        for i in range(MIN_VALUES + 5)
    ]
    source.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    run(source, tmp_path / "out", analyzer=get_analyzer())
    text = (tmp_path / "out" / source.name).read_text(encoding="utf-8")
    assert not any(nif in text for nif in nifs)
    assert all(f"FT-{7000 + i}" in text for i in range(len(lines)))


def test_a_compound_label_header_stays_with_a_model_too() -> None:
    from anonymize.io.header import personal_header_cells

    assert personal_header_cells(["Fundnummer", "Gegenstand", "Anna Qorvel"], analyzer=get_analyzer()) == [2]


def test_a_closed_set_in_any_case_seen_seven_times_is_a_catalogue() -> None:
    items = ["Schlüsselbund Rhein", "Regenschirm Anton", "Geldbörse Bodensee", "Fahrradhelm Sophie"]
    values = [*(items * 12)[:46], "REGENSCHIRM ANTON"]
    (column,) = profile_frame(pd.DataFrame({"fund.gegenstand": values}), analyzer=get_analyzer()).columns
    assert column.kind == NOT_PERSONAL


def test_a_code_before_via_is_no_house_number() -> None:
    found = detect("Delivery for unit FX-4318 via Stowhaven Self Storage, tracking JV261055032GB.")
    assert not any(entity == "STREET_ADDRESS" for entity, _ in found)
    assert any(e == "STREET_ADDRESS" for e, _ in detect("Consegna in 12 via Garibaldi, 20121 Milano."))


def test_capitals_in_a_line_with_lower_case_are_not_read_as_shouted() -> None:
    assert _shapes("Call QORVAX TELMUV\nZORBIK, then the others.") == []
