"""Names found by their position (cue phrases, chat structure, sign-offs), in every language Shoal
reads. The names are invented or rare (no list holds them), in title, lower and upper case."""

from __future__ import annotations

import pytest

from anonymize.recognizers.name_context import find_name_positions

# (language, cue family, text, the name that must be found)
FOUND: list[tuple[str, str, str, str]] = [
    # intro
    ("en", "intro", "caller gave her name as marek wojtasz and asked about the refund", "marek wojtasz"),
    (
        "de",
        "intro",
        "Guten Tag, mein Name ist Tjarvi Olwensk, ich rufe wegen der Rechnung an.",
        "Tjarvi Olwensk",
    ),
    ("fr", "intro", "bonjour, je m'appelle oyelaran et j'attends mon colis", "oyelaran"),
    ("es", "intro", "Hola, me llamo Zuriñe Etxabe y llamo por el pedido.", "Zuriñe Etxabe"),
    ("it", "intro", "buongiorno, mi chiamo quennell brasko, ho un problema", "quennell brasko"),
    ("nl", "intro", "Goedemiddag, mijn naam is Wiebrand Okkerse.", "Wiebrand Okkerse"),
    (
        "pl",
        "intro",
        "dzień dobry, nazywam się bożydar kwietnik i dzwonię w sprawie zwrotu",
        "bożydar kwietnik",
    ),
    ("pt", "intro", "Olá, o meu nome é Ilídio Varzeano e queria saber da encomenda.", "Ilídio Varzeano"),
    # call-backs
    ("en", "callback", "Please call Zorwyn back after 5pm about the invoice.", "Zorwyn"),
    ("de", "callback", "Rückruf an Kaltebrek bis morgen, es geht um die Lieferung.", "Kaltebrek"),
    ("fr", "callback", "merci de rappeler oyelaran demain matin", "oyelaran"),
    ("es", "callback", "Hay que llamar a Xabiertxo mañana por la tarde.", "Xabiertxo"),
    ("it", "callback", "ricontattare tamsworth entro venerdì", "tamsworth"),
    ("nl", "callback", "graag terugbellen naar Okkerse over de factuur", "Okkerse"),
    ("pl", "callback", "proszę oddzwonić do zbyszko jutro rano", "zbyszko"),
    ("pt", "callback", "Ligar para Varzeano amanhã de manhã.", "Varzeano"),
    # hand-overs
    ("en", "handover", "escalated to kwabena ofori-atta, he will follow up", "kwabena ofori-atta"),
    (
        "de",
        "handover",
        "Der Fall wurde bearbeitet von Tjarvi Olwensk und dann geschlossen.",
        "Tjarvi Olwensk",
    ),
    ("fr", "handover", "dossier pris en charge par Ysolde Marchetaux hier", "Ysolde Marchetaux"),
    ("es", "handover", "incidencia atendida por iñaxio berrotaran en tienda", "iñaxio berrotaran"),
    ("it", "handover", "Pratica gestita da Quennell Brasko, in attesa del cliente.", "Quennell Brasko"),
    ("nl", "handover", "Ticket behandeld door Nur, de klant wil geld terug.", "Nur"),
    ("pl", "handover", "zgłoszenie obsłużone przez bożydar kwietnik, klient czeka", "bożydar kwietnik"),
    ("pt", "handover", "pedido encaminhado para Ilídio Varzeano na loja", "Ilídio Varzeano"),
    # greetings
    ("en", "greeting", "hi oyelaran, your parcel is on its way", "oyelaran"),
    ("de", "greeting", "Hallo Kaltebrek, vielen Dank für die Nachricht!", "Kaltebrek"),
    ("fr", "greeting", "Bonjour Ysolde, voici le suivi de votre commande.", "Ysolde"),
    ("es", "greeting", "hola zuriñe, ya hemos enviado el paquete", "zuriñe"),
    ("it", "greeting", "Ciao Tamsworth, ti scrivo per il reso.", "Tamsworth"),
    ("nl", "greeting", "Beste Wiebrand, bedankt voor je bericht.", "Wiebrand"),
    ("pl", "greeting", "cześć zbyszko, paczka już wyszła", "zbyszko"),
    ("pt", "greeting", "Bom dia Ilídio, a sua encomenda chegou.", "Ilídio"),
    # sign-offs
    ("en", "signoff", "Thanks for the quick help.\nCheers,\nOyelaran", "Oyelaran"),
    ("de", "signoff", "Bitte um Rückmeldung.\nViele Grüße\nTjarvi Olwensk", "Tjarvi Olwensk"),
    ("fr", "signoff", "Merci d'avance.\nCordialement,\nYsolde Marchetaux", "Ysolde Marchetaux"),
    ("es", "signoff", "Quedo a la espera.\nUn saludo,\nZuriñe", "Zuriñe"),
    ("it", "signoff", "resto in attesa\ngrazie\nquennell", "quennell"),
    ("nl", "signoff", "Alvast bedankt.\nGroetjes, Nur", "Nur"),
    ("pl", "signoff", "Proszę o szybką odpowiedź.\nPozdrawiam,\nBożydar Kwietnik", "Bożydar Kwietnik"),
    ("pt", "signoff", "Fico a aguardar.\nCumprimentos,\nIlídio Varzeano", "Ilídio Varzeano"),
    # titles
    ("en", "title", "Mrs Okonkwo-Baptiste called twice about the refund.", "Okonkwo-Baptiste"),
    ("de", "title", "bitte Frau Kowalczewska zurückrufen", "Kowalczewska"),
    ("fr", "title", "Madame Marchetaux souhaite changer l'adresse de livraison.", "Marchetaux"),
    ("es", "title", "La Sra. Etxabe recogió el pedido en tienda.", "Etxabe"),
    ("it", "title", "la sig.ra brasko ha chiesto un rimborso", "brasko"),
    ("nl", "title", "Mevr. Okkerse heeft de retour ontvangen.", "Okkerse"),
    ("pl", "title", "Pani Kwietnik prosi o fakturę.", "Kwietnik"),
    ("pt", "title", "O Sr. Varzeano pediu a devolução.", "Varzeano"),
    # relations (family and neighbours)
    ("en", "relation", "her husband Baltazzar picked up the parcel", "Baltazzar"),
    ("de", "relation", "Die Nachbarin Ulrikje hat das Paket angenommen.", "Ulrikje"),
    ("fr", "relation", "sa voisine ysolde a récupéré le colis", "ysolde"),
    ("es", "relation", "Mi vecino Xabiertxo recogió el paquete.", "Xabiertxo"),
    ("it", "relation", "il pacco è stato ritirato da mia moglie tamsworth", "tamsworth"),
    ("nl", "relation", "de buurman Wiebrand heeft het pakket", "Wiebrand"),
    ("pl", "relation", "paczkę odebrała moja sąsiadka jadwinia", "jadwinia"),
    ("pt", "relation", "O meu marido Ilídio vai buscar a encomenda.", "Ilídio"),
    # chat speakers
    ("en", "speaker", "oyelaran: is the order shipped yet?", "oyelaran"),
    ("de", "speaker", "[12:03] kaltebrek: paket ist da", "kaltebrek"),
    ("fr", "speaker", "ysolde: merci beaucoup !", "ysolde"),
    ("es", "speaker", "14:22 - zuriñe: vale, gracias", "zuriñe"),
    ("it", "speaker", "tamsworth: ok, aspetto la conferma", "tamsworth"),
    ("nl", "speaker", "wiebrand: top, dank je", "wiebrand"),
    ("pl", "speaker", "zbyszko: dzięki, czekam", "zbyszko"),
    ("pt", "speaker", "ilídio: obrigado pela ajuda", "ilídio"),
    # @mentions
    ("en", "mention", "can you check this @zorwyn.k before friday", "@zorwyn.k"),
    ("de", "mention", "@kaltebrek bitte prüfen", "@kaltebrek"),
    ("fr", "mention", "je laisse @ysolde répondre", "@ysolde"),
    ("es", "mention", "@zurine mira esto", "@zurine"),
    ("it", "mention", "chiedo a @tamsworth", "@tamsworth"),
    ("nl", "mention", "@wiebrand kun je dit oppakken?", "@wiebrand"),
    ("pl", "mention", "@zbyszko zerknij proszę", "@zbyszko"),
    ("pt", "mention", "@ilidio consegues ver isto?", "@ilidio"),
    ("en", "signature", "left voicemail, will try again after 10.15am. olumane", "olumane"),
    ("de", "signature", "2x angerufen, nicht erreicht; geht um RE-2025-7911 – Gunnild", "Gunnild"),
    ("fr", "signature", "client rappelé, colis reparti ce matin - Ysolde", "Ysolde"),
    ("es", "signature", "cliente llamado, paquete enviado hoy – xabiertxo", "xabiertxo"),
    ("it", "signature", "cliente richiamato, reso approvato oggi – Tamsworth", "Tamsworth"),
    ("nl", "signature", "klant teruggebeld, pakket vandaag verstuurd - wiebrand", "wiebrand"),
    ("pl", "signature", "klient oddzwonił, paczka wysłana dzisiaj – Zbyszko", "Zbyszko"),
    ("pt", "signature", "cliente contactado, encomenda enviada hoje – Ilídio", "Ilídio"),
    ("en", "signoff", "ribbon: 'Dad, love always, Achil & Thalthi'", "Achil & Thalthi"),
    ("en", "handover", "collect 02/08/2024. guththorm to finish, i'm off tmrw", "guththorm"),
    ("es", "handover", "cruje el buje trasero. se lo paso a takayeon, mañana no estoy", "takayeon"),
    ("es", "handover", "la reserva está confirmada. Benedella en recepción tendrá su llave.", "Benedella"),
    ("it", "handover", "Passo a Cedia, domani sono fuori", "Cedia"),
    ("nl", "handover", "even navragen bij harthard aan de balie", "harthard"),
    ("pl", "handover", "przejmuje: zdeslava, mnie jutro nie ma", "zdeslava"),
    ("en", "relation", "Funeral wreath from the Tessaro family, ribbon: 'Dad'", "Tessaro"),
    ("de", "title", "ruft für ihre Mutter Dr. med. dent. Qadjemaa an.", "Qadjemaa"),
    ("de", "relation", "sonst holt es mein Mann Tácio ab.", "Tácio"),
    ("en", "handle", "[15:09] hakcaneksgil70: hi there, let me check", "hakcaneksgil70"),
    ("en", "handle", "can't log in since the upgrade. Username ynggrimr51, reset link sent", "ynggrimr51"),
    ("de", "handle", "Benutzername: k.aydin91 ist gesperrt", "k.aydin91"),
    ("de", "alias", "Yawm (also Yawmane Ogunmensah) hat Kinderrad gebracht", "Yawmane Ogunmensah"),
    ("en", "alias", "ashie (= ashette tuffstead) dropped off the kid's bike", "ashie"),
    ("fr", "signoff", "ruban : « Avec tout notre amour, Amavella et Faidsia ».", "Amavella et Faidsia"),
    ("de", "handover", "Ablieferbeleg fehlt, unterschrieben von „VOGELGSANG“?? Kunde sagt", "VOGELGSANG"),
    ("de", "handover", "laut Jerardo ist die Lieferung am 14. März ok", "Jerardo"),
    ("de", "handover", "wer vertritt regin morgen?", "regin"),
    ("es", "alias", "termoito (o sea termondo ferragnoli) ha traído la bici", "termondo ferragnoli"),
    ("nl", "alias", "pepilje (dus pepillo kanea) heeft kinderfiets gebracht", "pepilje"),
    ("fr", "alias", "Ifeo (c'est Ifedike Tratoye) a déposé le vélo du petit", "Ifedike Tratoye"),
    ("pl", "alias", "seraek (czyli serabaldo torerón) przywiózł rower", "seraek"),
    ("it", "alias", "Gianlo (cioè Gianlorenzo Tarvisi) ha portato la bici", "Gianlorenzo Tarvisi"),
    ("pt", "alias", "Zezito (ou seja Zequinhas Marrondo) trouxe a bicicleta", "Zezito"),
    ("es", "speaker", "31/12/2024, 17:18 - szirito: genial, hasta el 04-06-24", "szirito"),
    ("de", "signoff", "Gruß\nAurick\nSpedition Weitblick e.K. – Immobilienberater", "Aurick"),
    ("pl", "signoff", "Miłego dnia,\nDanibor\nEnergia Dolina s.c. – Spedycja", "Danibor"),
    ("pt", "before", "ana dos santos ligou ontem", "ana dos santos"),
    ("it", "signoff", "nastro: «Con affetto, Baseen e Agnella». Consegnare a Fioreria", "Baseen e Agnella"),
    ("it", "role", "Riconsegna il 28.05 – dest. Bauason, cell. 06 8653 3041", "Bauason"),
    ("it", "role", "Walk-in Lothario Fulco, pagato 65,95 EUR in contanti", "Lothario Fulco"),
    (
        "it",
        "role",
        "software nuvola s.n.c. – referente gerasstis triantides (resp. it)",
        "gerasstis triantides",
    ),
    (
        "pl",
        "dashes",
        "zam. ul. belwederska 91, 97-816 kisielice – lícidas sgario – dokumenty pocztą",
        "lícidas sgario",
    ),
    ("pl", "relation", "sąsiad (wszebomir jastarz) odbierze psa po zabiegu", "wszebomir jastarz"),
    ("pl", "relation", "klient: Jürjo Mälk, z bratem (Zdeslav). Oferta ok.", "Zdeslav"),
    ("pl", "role", "kl. Głowewicz, Veseslava / 715 907 292 / chce sofę", "Głowewicz"),
    ("pl", "title", "p. hasezawa, wtorek nie może, przełożone na 21.09", "hasezawa"),
    ("nl", "before", "nogmaals Ececan gesproken over de incasso", "Ececan"),
    ("de", "before", "2x angerufen, nouala nicht erreicht; mail an x raus", "nouala"),
    ("es", "role", "clte. Carrouret, Dorizia / 912358085 / quiere el sillón", "Carrouret"),
    ("de", "role", "Kd. Kanea, Cuartio / +43 664 8627723 / möchte die Vase", "Kanea"),
    ("nl", "role", "Nieuwe bezorging 16-05-2024 – ontv. Mavrou, tel. +32 493", "Mavrou"),
    # a person before "from <company with its legal form>"
    ("en", "from_company", "call with ilkka from Nordlys Trading Ltd about the order", "ilkka"),
    ("de", "from_company", "Termin mit Quorvin von Holzbau Meier GmbH zur Rechnung", "Quorvin"),
    ("fr", "from_company", "échange avec Taoufa de Menuiserie Lavail SARL ce matin", "Taoufa"),
    ("es", "from_company", "llamada de Ixiar de Talleres Unzu S.L. sobre el pedido", "Ixiar"),
    ("it", "from_company", "parlato con Brunella di Corriere Lampo Srl per il ritiro", "Brunella"),
    ("nl", "from_company", "overleg met Wiebrand van Bouwbedrijf Tiemstra B.V. over de levering", "Wiebrand"),
    ("pl", "from_company", "Rozmowa: Vasiini z Drukarnia Atrament s.c. – nowa osoba kontaktowa", "Vasiini"),
    ("pl", "from_company", "rozmowa: dilbər z stolarnia wiór sp. z o.o. – nowa osoba", "dilbər"),
    ("pt", "from_company", "contacto da Zuleica da Transportes Vouga Lda. sobre a entrega", "Zuleica"),
]

# Cue words followed by words that are not names: nothing may be found.
NOT_FOUND: list[tuple[str, str]] = [
    ("en", "escalated to billing, then handled by the warehouse team"),
    ("en", "Hi all, thanks for the update"),
    ("en", "I am sorry for the delay"),
    ("en", "Subject: refund for order 123"),
    ("en", "Unrelated: the parcel and the order were fine."),
    ("de", "Laut Vertrag ist die Lieferung fällig. Bearbeitet von Kollegen."),
    ("fr", "Transmis à la comptabilité, merci"),
    ("es", "Escalado a soporte técnico"),
    ("it", "sono preoccupato per il ritardo"),
    ("nl", "Doorgestuurd naar de klantenservice"),
    ("pl", "Przekazane do działu księgowości"),
    ("pt", "encaminhado para o armazém"),
    ("en", "Refund issued for order 5544. Closed."),
    ("en", "we need the parcel to finish the job"),
    ("en", "customer E951396 asked for a refund of the kettle"),
    ("en", "from the royal family"),
    ("en", "login failed again, username is wrong"),
    ("en", "the box (or the lid) is broken"),
    ("es", "Gracias y saludos"),
    ("de", "laut Vertrag ist die Lieferung fällig"),
    ("fr", "merci de rembourser sur le compte habituel"),
    ("en", "Job ORD9664341: rear hub grinding, collect on Friday"),
    ("pt", "deixou a bicicleta do filho, Órbita Boavista 28, pneus"),
    ("pl", "Odp: zamówienie 12345 wysłane"),
    ("en", "paid in full – thank you – see you soon"),
    ("en", "new tyres – Victoria Teapot – paid"),
    ("en", "see p. 5 of the manual"),
    ("de", "weil das Paket uns nicht erreicht hat"),
    ("en", "we spoke to the customer. Then we closed it"),
    ("pl", "drukarnia atrament s.a. – recepcja"),
    ("fr", "Bonjour,\n\nsalutations distinguées\n"),
    ("en", "called back, no answer - will retry tomorrow"),
    ("en", "Delivery from Nordlys Trading Ltd arrived at the dock"),
    ("pl", "rozmowa: kamil z sp. z o.o."),
    ("fr", "facture à Cycles du Canal EURL, bon de cde SO972349"),
    ("fr", "facture à Gaz et Lumière de Provence EURL, bon de cde 9401460120"),
    ("pl", "Odbiór z Hurtowni Strzała S.A. o 10.30"),
    ("it", "Consegnare a Fiori di Campo S.n.c. il 22.11"),
]


def _found(text: str) -> set[str]:
    return {text[start:end] for start, end, _, _ in find_name_positions(text)}


@pytest.mark.parametrize(("language", "family", "text", "name"), FOUND)
def test_it_finds_the_name_at_a_name_position(language: str, family: str, text: str, name: str) -> None:
    assert name in _found(text), (language, family)


@pytest.mark.parametrize(("language", "text"), NOT_FOUND)
def test_common_words_at_a_name_position_are_not_names(language: str, text: str) -> None:
    assert _found(text) == set(), language


def test_it_takes_a_possessive_without_its_ending() -> None:
    assert _found("Thanks Oyelaran's team for the help") >= {"Oyelaran"}
    assert _found("spoke with the customer, Ingvarsson's husband picked it up") == {"Ingvarsson"}


def test_it_stops_at_the_first_word_that_is_not_a_name() -> None:
    assert _found("escalated to marek wojtasz yesterday afternoon") == {"marek wojtasz"}
    assert _found("handled by Jan de Vriesenga, then closed") == {"Jan de Vriesenga"}


def test_all_caps_lines_are_read_like_lower_case_ones() -> None:
    assert _found("CALL BACK OYELARAN ASAP ABOUT THE REFUND") >= {"OYELARAN"}


def test_a_lower_case_word_in_a_cased_text_needs_to_be_rare() -> None:
    assert _found("Escalated to tier two support.") == set()
    assert _found("Escalated to kwabena, who will call back.") == {"kwabena"}


def test_a_handle_is_a_user_name_not_a_person() -> None:
    from anonymize.recognizers.name_context import NameContextRecognizer

    text = "[15:09] hakcaneksgil70: hi Oyelaran, let me check"
    found = {text[r.start : r.end]: r.entity_type for r in NameContextRecognizer().analyze(text, [])}
    assert found == {"hakcaneksgil70": "USERNAME", "Oyelaran": "PERSON"}


def test_a_name_before_a_date_is_no_model_number_and_ends_before_a_polish_verb() -> None:
    assert _found("gość pani papoila feitoza zameldowany 24.07.2023 07:18, pokój 191") == {"papoila feitoza"}
    assert _found("dzwoniła pani tomira zadzwoniła wczoraj") == {"tomira"}
    # a name-shaped run before a plain number is still a product model, not a person
    assert _found("filho, Órbita Boavista 28 chegou ontem") == set()


def test_the_self_check_reads_closing_words_as_strictly_as_the_detectors() -> None:
    from anonymize.recognizers.name_context import find_name_positions

    subject = "RE: Encomenda TX0045745 – flores erradas"
    assert find_name_positions(subject, loose=True) == []
    signed = "Pakket opgehaald bij de balie, alles in orde – Wiebrand"
    assert [signed[s:e] for s, e, _, _ in find_name_positions(signed, loose=True)] == ["Wiebrand"]
