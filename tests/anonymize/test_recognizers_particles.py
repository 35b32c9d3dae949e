"""Surnames with particles, names after "of", kin words for parents and hand-over participles, in every
language Shoal reads. Names are invented (no list holds them); companies, places and nouns stay."""

from __future__ import annotations

import pytest

from tests.anonymize.detection import detect

# (language, text, the whole name that must come out as one finding)
PARTICLE_NAMES: list[tuple[str, str, str]] = [
    ("en", "Guest Ayçe dela Gökteyurtlu lost the key card for room 104.", "Ayçe dela Gökteyurtlu"),
    ("de", "Zimmer 126: Cigdem von der Künzler hat die Schlüsselkarte verloren.", "Cigdem von der Künzler"),
    (
        "fr",
        "Nouvelle salariée Raitis de Saarelainen-Järveläinen, arrivée lundi.",
        "Raitis de Saarelainen-Järveläinen",
    ),
    ("es", "Turno de noche: Dimonikos del Mavrogidou se queja del ruido.", "Dimonikos del Mavrogidou"),
    ("it", "Inserimento: DAMIL LO KOLARIĆ inizia in cucina lunedì.", "DAMIL LO KOLARIĆ"),
    ("nl", "Notulen – aanwezig: Loanh dela Quiêu en de voorzitter.", "Loanh dela Quiêu"),
    ("pl", "Spotkanie z Tamarzyn van Okkeliens w poniedziałek o 10:00.", "Tamarzyn van Okkeliens"),
    ("pt", "Obrigado a Ngaroa al-Tamanuku pelos seis anos de tesouraria.", "Ngaroa al-Tamanuku"),
    ("es", "asistentes: marve de antson y el presidente", "marve de antson"),
]


@pytest.mark.parametrize(("language", "text", "name"), PARTICLE_NAMES)
def test_a_surname_with_a_particle_is_part_of_the_name(language: str, text: str, name: str) -> None:
    assert ("PERSON", name) in detect(text), language


# (language, text, the owner's name found after "of")
OWNERS: list[tuple[str, str, str]] = [
    ("de", "Fundsache: die Brotdose von Nhơnwe lag in der Turnhalle.", "Nhơnwe"),
    ("nl", "Gevonden: de broodtrommel van Bahzad lag in de gymzaal.", "Bahzad"),
    ("it", "Oggetti smarriti: la merendiera di Quenvalisse era in palestra.", "Quenvalisse"),
    ("fr", "Objet trouvé : le cartable de Tsirenko était au gymnase.", "Tsirenko"),
    ("es", "Objetos perdidos: la fiambrera de Oyelaranke estaba en el gimnasio.", "Oyelaranke"),
    ("pt", "Perdidos: a lancheira da Zemuvaria estava no ginásio.", "Zemuvaria"),
]


@pytest.mark.parametrize(("language", "text", "name"), OWNERS)
def test_a_word_of_no_language_after_of_is_whose_it_is(language: str, text: str, name: str) -> None:
    assert ("PERSON", name) in detect(text), language


@pytest.mark.parametrize(
    "text",
    [
        "Hotel del Mar, Banco do Brasil, Universidad de Salamanca",
        "Lieferung von Bosch und Rechnung der Deutschen Bahn",
        "accusé de réception envoyé à Cycles du Canal EURL",
        "Via della Spiga e Rue de la Paix sono chiuse",
    ],
)
def test_places_companies_and_words_around_particles_are_no_names(text: str) -> None:
    found = {value for entity, value in detect(text) if entity == "PERSON"}
    assert not any(
        " " in value and value.split()[1].casefold() in {"del", "do", "de", "della", "du"} for value in found
    )
    assert "Salamanca" not in found and "Spiga" not in found and "Canal" not in found


# (language, text, the parent's or the hand-over's name)
PARENTS_AND_HANDOVERS: list[tuple[str, str, str]] = [
    ("en", "Her dad Orveltin picks her up at four; new badge issued by Quarnesk.", "Orveltin"),
    ("en", "Her dad Orveltin picks her up at four; new badge issued by Quarnesk.", "Quarnesk"),
    ("de", "Papa Daurutė holt sie ab, der Ausweis wurde ausgegeben von Klothilva.", "Daurutė"),
    ("fr", "son papa tarzad passera la chercher ; badge remis par Oyelaran.", "tarzad"),
    ("es", "su papá Xabiertxo pasa a recogerla; tarjeta entregada por Lilitzu.", "Lilitzu"),
    ("it", "il papà Csenrka passa a prenderla; chiave consegnata da dujamir.", "Csenrka"),
    ("it", "il papà Csenrka passa a prenderla; chiave consegnata da dujamir.", "dujamir"),
    ("nl", "haar papa Wiebrand haalt haar op; pas uitgereikt door Okkerse.", "Okkerse"),
    ("pl", "jej tata Bożydar odbierze ją o 15; karta wydana przez Kwietnika.", "Bożydar"),
    ("pt", "o papai Ilídio vem buscá-la; cartão entregue por Varzeano.", "Varzeano"),
]


@pytest.mark.parametrize(("language", "text", "name"), PARENTS_AND_HANDOVERS)
def test_parents_and_whoever_handed_something_over_are_names(language: str, text: str, name: str) -> None:
    found = {value for entity, value in detect(text) if entity == "PERSON"}
    assert any(name in value for value in found), (language, found)


def test_a_mention_with_digits_is_a_user_name() -> None:
    for text, handle in (
        ("@ketti_5 danke, das Update ist raus", "@ketti_5"),
        ("thanks @marek_77!", "@marek_77"),
    ):
        assert any(entity == "USERNAME" and handle in value for entity, value in detect(text)), text
    assert not any(entity == "PERSON" for entity, _ in detect("Retoure FN-2468-M eingegangen"))
