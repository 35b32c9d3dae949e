"""Cues after a name (``name_before``: "… called", "… said"), words that fill a name position without
being a name (``NOT_NAMES``), name particles (``PARTICLES``) and the booking verbs whose object is
a thing (`after_booking_verb`).
"""

from __future__ import annotations

import re

from anonymize.recognizers.name_cues.phrases import read_phrases

NAME_BEFORE = read_phrases(
    """
    family
    household
    gesproken
    gebeld
    niet bereikt
    niet bereikbaar
    nicht erreicht
    nicht erreichbar
    gesprochen
    genannt werden
    genoemd worden
    plays
    spielt
    joue
    juega
    gioca
    speelt
    gra
    joga
    no contesta
    non risponde
    nie odbiera
    ne répond pas
    não atende
    called
    rang
    phoned
    emailed
    e-mailed
    wrote
    here
    speaking
    said
    says
    asked
    asks
    confirmed
    complained
    mentioned
    will call
    will call back
    called back
    wants
    wanted
    will
    would like
    needs
    accepted
    agreed
    paid
    sent
    received
    requested
    reported
    prefers
    returned
    ordered
    bought
    refused
    cancelled
    canceled
    signed
    is not happy
    is unhappy
    is waiting
    has asked
    has paid
    möchte
    will
    hat bezahlt
    has booked
    has ordered
    buchte
    bestellte
    zahlte
    bezahlte
    kaufte
    reservierte
    hat gebucht
    hat reserviert
    hat gekauft
    a réservé
    a commandé
    a acheté
    a réglé
    reservó
    encargó
    compró
    pagó
    ha reservado
    ha encargado
    ha comprado
    ha prenotato
    ha ordinato
    ha comprato
    ha acquistato
    ha saldato
    boekte
    bestelde
    betaalde
    reserveerde
    heeft geboekt
    heeft besteld
    heeft gekocht
    zarezerwował
    zarezerwowała
    zamówił
    zamówiła
    kupił
    kupiła
    opłacił
    opłaciła
    reservou
    a retenu
    apartó
    ha apartado
    ha riservato
    encomendou
    comprou
    bestelt
    ordina
    commande
    encomenda
    zamawia
    abonó
    hat bestellt
    wartet
    akzeptiert
    veut
    souhaite
    attend
    a payé
    a accepté
    quiere
    espera
    ha pagado
    aceptó
    vuole
    aspetta
    ha pagato
    ha accettato
    wil
    wacht
    heeft betaald
    accepteert
    chce
    czeka
    zapłacił
    zapłaciła
    quer
    espera
    pagou
    aceitou
    hat angerufen
    rief an
    ruft an
    schrieb
    sagte
    am telefon
    a appelé
    a téléphoné
    a rappelé
    a écrit
    a dit
    a confirmé
    llamó
    ha llamado
    escribió
    dijo
    confirmó
    ha chiamato
    ha telefonato
    ha scritto
    ha detto
    ha confermato
    belde
    heeft gebeld
    schreef
    zei
    mailde
    dzwonił
    dzwoniła
    napisał
    napisała
    powiedział
    powiedziała
    ligou
    telefonou
    escreveu
    disse
    confirmou
    ringde
    ringede
    fragen
    zurückrufen
    anrufen
    kontaktieren
    terugbellen
    bellen
    morgen terugbellen
    attende
    attende una chiamata
    attend un rappel
    espera una llamada
    aguarda
    aguarda contacto
    czeka na telefon
    wacht op
    rappellera
    volverá a llamar
    richiamerà
    belt terug
    oddzwoni
    vai ligar
    is off
    is off today
    is out
    is away
    is sick
    is on holiday
    is on leave
    hat bis
    hat urlaub
    est en congé
    è in ferie
    is met verlof
    heeft verlof
    ma urlop
    says
    meinte
    sagt
    ist heute nicht da
    ist nicht da
    ist krank
    ist im urlaub
    dit
    dit que
    n'est pas là
    est absent
    est absente
    dice
    dijo que
    no está
    está de vacaciones
    dice che
    non c'è
    è assente
    zegt
    is er niet
    is ziek
    mówi
    powiedział że
    nie ma
    jest chory
    jest chora
    diz
    disse que
    não está
    está de férias
    confirms
    confirmed the address
    sends
    will send
    paid by card
    confirme
    envoie
    enverra
    accepte
    payé par carte
    bestätigt
    schickt
    nimmt
    per karte bezahlt
    confirma
    manda
    mandará
    envía
    acepta
    pagó con tarjeta
    conferma
    invia
    invierà
    accetta
    pagato con carta
    bevestigt
    stuurt
    accepteert
    betaald met kaart
    potwierdza
    wysyła
    wyśle
    akceptuje
    zapłacił kartą
    zapłaciła kartą
    confirmou
    envia
    enviará
    aceita
    pagou com cartão
    prosi o oddzwonienie
    prosi o kontakt
    prosi o telefon
    prosi
    morgen zurückrufen
    heute zurückrufen
    bitte zurückrufen
    bittet um rückruf
    demande un rappel
    pide que le llamen
    chiede di essere richiamato
    chiede di essere richiamata
    vraagt om terugbellen
    pede para ligar
    asks for a call back
    asked for a call back
    complains
    complained about
    unreachable
    not reachable
    is unhappy
    unhappy with
    is not answering
    nicht erreichbar
    beschwert sich
    unzufrieden
    ist unzufrieden
    unzufrieden mit
    injoignable
    se plaint
    mécontent
    mécontente
    est mécontent
    est mécontente
    reclama
    se queja
    no localizable
    está descontento
    está descontenta
    non raggiungibile
    si lamenta
    è scontento
    è scontenta
    scontento
    scontenta
    klaagt
    klaagt over
    ontevreden
    ontevreden over
    niet bereikbaar
    narzeka
    nieosiągalny
    nieosiągalna
    niezadowolony
    niezadowolona
    não atende
    insatisfeito
    insatisfeita
    queixa-se
    está insatisfeito
    está insatisfeita
    przyjmuje
    przyjmuje bon
    accepts
    accepts the voucher
    vuole
    vuole il rimborso
    manderà
    quer
    quer o reembolso
    vai enviar
    vai
    quiere el reembolso
    veut un remboursement
    möchte geld zurück
    wil zijn geld terug
    wil haar geld terug
    chce zwrot
    """
)

#: Words that fill a name position without being a name (teams, roles, departments, pronouns of
#: address), checked lower case in every language whatever their frequency.
NOT_NAMES = frozenset(
    """
    vcard begin end
    team teams support helpdesk service services customer customers client clients everyone everybody
    all guys folks there people sir madam sirs colleague colleagues staff admin administrator agent
    agents operator operators manager management supervisor lead head office desk department dept
    billing accounts accounting finance sales marketing legal hr it ops operations logistics warehouse
    dispatch shipping delivery courier driver drivers reception frontdesk backoffice tier level
    engineering technician tech engineer developer developers dev devs qa security compliance
    system bot robot ai assistant automation noreply no-reply unknown anonymous nobody someone
    somebody anyone anybody user users member members owner customer-service care
    asap fyi pls plz thx tia ok okay tbd eta aka etc urgent today tomorrow tonight
    ltd llc llp plc inc corp gmbh ag kg ohg sa sas sarl srl spa bv nv vof lda oy ab sp zoo s.a s.l
    sku ean ref réf art nr no id tel fax iban bic vat po ean13 gtin upc imei
    fwd fw aw wg tr rv vs
    dob d.o.b nhs nino ssn acct re pt geb tmrw tmr tomo reg nac ur
    eur usd gbp chf pln sek dkk nok czk huf ron euro euros zł zl
    tlm tlf telf tél mob cel cell nif nie dni bsn pesel cpf nip regon krs siret siren kvk
    kunde kunden kundin kundendienst kundenservice kollege kollegen kollegin kolleginnen buchhaltung
    vertrieb lager versand abteilung leitung chef chefin technik technikerin techniker zentrale
    service-team fahrer fahrerin empfang alle zusammen
    client clients cliente clientes clienti collègue collègues équipe service comptabilité direction
    responsable commercial livreur accueil tous toutes
    equipo compañero compañeros compañera soporte atención contabilidad dirección responsable
    repartidor todos todas
    squadra collega colleghi assistenza amministrazione direzione responsabile corriere magazzino
    tutti tutte
    klant klanten collega collega's afdeling klantenservice boekhouding bezorger magazijn iedereen
    allemaal
    klient klienci klientka kolega koleżanka zespół dział obsługa księgowość kierownik kurier magazyn
    wszyscy państwo
    cliente clientes colega colegas equipa equipe suporte atendimento contabilidade direção estafeta
    armazém todos todas
    """.split()  # noqa: SIM905 - a word list reads best as words
)

#: Name particles that may sit inside a name ("Jan de Vries", "Ana dos Santos", "Ludwig van Beek").
PARTICLES = frozenset(
    """van von der den de del della dei degli di da dos das do du la le ter ten te af av zu mac mc bin ben
    al el y e""".split()  # noqa: SIM905 - a word list reads best as words
)

#: Verbs whose object is what was booked or bought, never a person, in the languages Shoal reads
#: ("<name> reservierte |Sonnenaufgangsfahrt| bei …", "apartó |Varillaje de peral| con …").
BOOKING_VERBS = frozenset(
    """reserved booked ordered bought purchased reservierte buchte bestellte kaufte gebucht reserviert
    bestellt gekauft réservé commandé acheté retenu reservó encargó compró apartó reservado encargado
    comprado apartado prenotato ordinato comprato acquistato riservato boekte bestelde kocht reserveerde
    geboekt besteld gekocht gereserveerd zarezerwował zarezerwowała zamówił zamówiła kupił kupiła
    zamawia reservou encomendou comprou encomendado buys reserves bucht kauft achète encarga prenota
    ordina acquista boekt koopt reserveert rezerwuje kupuje""".split()  # noqa: SIM905
)  # not the present forms that are also nouns before a customer ("Commande Dupont", "Reserva García")


def after_booking_verb(text: str, start: int, end: int | None = None) -> bool:
    """A booking or buying verb stands right before ``start`` (or, with ``end``, opens ``text[start:end]``:
    a model's "retenu Pierre"): what follows it is the thing booked."""
    before = _VERB_BEFORE.search(text, max(0, start - 30), start)
    if before is not None and before.group(1).casefold() in BOOKING_VERBS:
        return True
    head = text[start:end].split(" ", 1)[0] if end is not None else ""
    return " " in text[start:end] and head.casefold() in BOOKING_VERBS


#: A word before a name, with the feminine ending a form may add: "zarezerwował(a)", "reservado/a".
_VERB_BEFORE = re.compile(r"([^\W\d_]+)(?:\([^\W\d_]{1,3}\)|/[^\W\d_]{1,3})?[ \t]{1,2}$")
