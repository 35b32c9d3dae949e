"""Cue phrases that put a person's name next to them, in the languages Shoal's contributors write.

Each family is a list of phrases, one per line, lower case, words separated by single spaces (a
phrase matches whatever the case and spacing of the text). ``NAME_AFTER`` cues announce a name that
follows them ("escalated to …"); ``NAME_BEFORE`` cues follow the name ("… called"). A cue only marks a
position: `anonymize.recognizers.name_context` still checks that the words there can be a name (not a
stop word, not a common word of the text's language, capitalised when the text is).

Families (the strength says how sure the position alone is):

- ``intro`` (strong): a person says or is given their name ("my name is", "je m'appelle",
  "caller gave her name as").
- ``self`` (weak): "I am", "je suis", "sono": a name or an adjective follows, so only rare words count.
- ``label`` (strong, only before a colon): a field whose value is a person ("Customer: …", "Kunde: …").
- ``title`` (strong): honorifics and academic titles ("Frau", "Madame", "dr.", "Sig.ra", "Pani").
- ``callback``, ``handover``, ``contact``, ``greeting``, ``relation`` (medium): call-backs ("call … back",
  "ask for …"), hand-overs ("handled by", "escalated to", "behandeld door", "atendido por"), contacts
  ("spoke with", "message from"), greetings ("hi", "hallo", "bonjour"), family and neighbours
  ("my wife", "sa voisine", "mój sąsiad").
"""

from __future__ import annotations


def _phrases(block: str) -> tuple[str, ...]:
    return tuple(" ".join(line.split()) for line in block.strip().splitlines() if line.strip())


INTRO = _phrases(
    """
    my name is
    name is
    my name's
    called
    named
    a lady called
    a man called
    someone called
    somebody called
    a lady named
    a man named
    someone named
    caller gave her name as
    caller gave his name as
    caller gave their name as
    gave her name as
    gave his name as
    gave their name as
    gave the name
    gave the name as
    name given as
    goes by
    known as
    called herself
    called himself
    introduced herself as
    introduced himself as
    mein name ist
    ich heiße
    ich heisse
    name des anrufers
    nannte sich
    stellte sich als
    je m'appelle
    mon nom est
    moi c'est
    s'est présenté comme
    s'est présentée comme
    au nom de
    me llamo
    mi nombre es
    se presentó como
    a nombre de
    mi chiamo
    il mio nome è
    mi presento
    si è presentato come
    si è presentata come
    a nome di
    mijn naam is
    ik heet
    spreekt u met
    u spreekt met
    stelde zich voor als
    op naam van
    nazywam się
    mam na imię
    przedstawił się jako
    przedstawiła się jako
    na nazwisko
    o meu nome é
    meu nome é
    chamo-me
    apresentou-se como
    em nome de
    jag heter
    mitt namn är
    jeg hedder
    mit navn er
    """
)

#: "I am …", "je suis …", "sono …": a name or any adjective follows, so only rare words count.
SELF = _phrases(
    """
    i am
    i'm
    im
    this is
    it's
    ich bin
    hier ist
    hier spricht
    am apparat
    je suis
    ici
    c'est
    soy
    le habla
    al habla
    habla
    sono
    qui è
    parla
    ik ben
    met
    hier is
    jestem
    tu
    eu sou
    sou
    aqui é
    fala
    det är
    """
)

LABEL = _phrases(
    """
    name
    full name
    first name
    last name
    surname
    customer
    customer name
    client
    client name
    contact
    contact person
    caller
    patient
    agent
    assignee
    owner
    author
    account holder
    cardholder
    escalation
    eskalation
    escalade
    escalado
    escalato
    escalatie
    eskalacja
    escalonamento
    owner
    attn
    attention
    cc
    from
    to
    kunde
    kundin
    ansprechpartner
    ansprechpartnerin
    anrufer
    anruferin
    sachbearbeiter
    sachbearbeiterin
    bearbeiter
    zuständig
    kontoinhaber
    von
    an
    nom
    prénom
    interlocuteur
    interlocutrice
    titulaire
    de
    à
    nombre
    apellido
    apellidos
    contacto
    titular
    para
    nome
    cognome
    contatto
    referente
    intestatario
    naam
    voornaam
    achternaam
    klant
    contactpersoon
    beller
    aan
    imię
    nazwisko
    imię i nazwisko
    klient
    klientka
    osoba kontaktowa
    od
    do
    apelido
    contato
    responsável
    namn
    kund
    kunde
    navn
    """
)

TITLE = _phrases(
    """
    mr
    mrs
    ms
    miss
    mx
    dr
    prof
    sir
    madam
    herr
    herrn
    frau
    hr
    fr
    dr med
    m
    mme
    mlle
    monsieur
    madame
    mademoiselle
    docteur
    maître
    me
    sr
    sra
    srta
    señor
    señora
    señorita
    don
    doña
    dra
    sig
    sig.ra
    sig.na
    signor
    signore
    signora
    signorina
    dott
    dott.ssa
    dottor
    dottore
    dottoressa
    avv
    ing
    dhr
    mevr
    mw
    meneer
    mevrouw
    de heer
    pan
    pani
    pana
    panią
    panu
    panem
    państwo
    mgr
    inż
    srª
    senhor
    senhora
    dona
    p
    med
    dent
    vet
    phil
    rer
    nat
    jur
    dipl
    mag
    lek
    familie
    famille
    familia
    famiglia
    rodzina
    família
    """
)

CALLBACK = _phrases(
    """
    call
    ring
    phone
    text
    email
    e-mail
    contact
    call back
    called back
    ring back
    callback to
    call-back to
    please call
    please ring
    please contact
    please email
    please e-mail
    ask for
    asked for
    ask to speak to
    ask to speak with
    remind
    reminded
    inform
    informed
    notify
    notified
    follow up with
    followed up with
    told
    tell
    let
    send to
    sent to
    forward to
    forwarded to
    rückruf an
    rückruf bei
    rückruf für
    zurückrufen bei
    nachfragen bei
    melden bei
    anrufen bei
    informieren
    informiert
    schicken an
    senden an
    rappeler
    rappelez
    recontacter
    contacter
    joindre
    demander
    envoyer à
    prévenir
    informer
    llamar a
    devolver la llamada a
    contactar a
    contactar con
    preguntar por
    enviar a
    avisar a
    informar a
    richiamare
    ricontattare
    contattare
    chiedere di
    chiedere a
    inviare a
    avvisare
    informare
    graag
    terugbellen
    terugbellen naar
    bellen naar
    bel
    bellen
    vragen naar
    contact opnemen met
    sturen naar
    mailen naar
    laten weten aan
    informeren
    oddzwonić do
    zadzwonić do
    skontaktować się z
    zapytać o
    pytać o
    pytać o pana
    pytać o panią
    frag
    frag mal
    fragen sie
    perguntar pela
    perguntar pelo
    preguntar por
    chiedere di
    wysłać do
    poinformować
    ligar para
    ligar a
    retornar para
    contactar
    contatar
    perguntar por
    enviar para
    avisar
    informar
    ring tillbaka till
    ringe tilbage til
    """
)

HANDOVER = _phrases(
    """
    unterschrieben von
    unterzeichnet von
    signé par
    firmado por
    firmato da
    getekend door
    ondertekend door
    podpisane przez
    podpisał
    assinado por
    vertritt
    vertreten von
    covers for
    covering for
    remplace
    sustituye a
    sostituisce
    vervangt
    zastępuje
    substitui
    according to
    laut
    selon
    según
    secondo
    volgens
    według
    segundo
    se lo paso a
    lo paso a
    te paso a
    paso a
    lo passo a
    passo a
    passato a
    passata a
    przejmuje
    przekazuję do
    przekazane do
    navragen bij
    vragen bij
    nachfragen bei
    rückfrage bei
    demander à
    voir avec
    preguntar a
    chiedere a
    perguntar a
    handled by
    dealt with by
    taken by
    taken over by
    picked up by
    handed to
    handed over to
    handover to
    escalated to
    assigned to
    reassigned to
    transferred to
    passed to
    passed on to
    routed to
    owned by
    processed by
    approved by
    confirmed by
    checked by
    signed by
    signed off by
    reported by
    raised by
    opened by
    created by
    closed by
    logged by
    requested by
    submitted by
    updated by
    resolved by
    bearbeitet von
    bearbeitet durch
    übernommen von
    übergeben an
    weitergeleitet an
    weitergegeben an
    eskaliert an
    zugewiesen an
    erfasst von
    geprüft von
    freigegeben von
    erstellt von
    gemeldet von
    traité par
    traitée par
    pris en charge par
    prise en charge par
    géré par
    gérée par
    suivi par
    suivie par
    transmis à
    transmise à
    transféré à
    transférée à
    escaladé à
    escaladée à
    assigné à
    assignée à
    réaffecté à
    validé par
    créé par
    signalé par
    atendido por
    atendida por
    gestionado por
    gestionada por
    tramitado por
    tramitada por
    escalado a
    escalada a
    asignado a
    asignada a
    transferido a
    transferida a
    derivado a
    derivada a
    pasado a
    reasignado a
    revisado por
    creado por
    gestito da
    gestita da
    preso in carico da
    presa in carico da
    seguito da
    seguita da
    inoltrato a
    inoltrata a
    assegnato a
    assegnata a
    trasferito a
    trasferita a
    passato a
    passata a
    escalato a
    verificato da
    creato da
    behandeld door
    opgepakt door
    afgehandeld door
    overgenomen door
    doorgestuurd naar
    overgedragen aan
    geëscaleerd naar
    toegewezen aan
    doorverbonden met
    gecontroleerd door
    aangemaakt door
    obsłużone przez
    obsłużony przez
    obsłużona przez
    obsługiwane przez
    obsługuje
    przekazane do
    przekazano do
    przekazany do
    eskalowane do
    eskalowano do
    przypisane do
    przypisano do
    przejęte przez
    prowadzi
    sprawdzone przez
    utworzone przez
    tratado por
    tratada por
    encaminhado para
    encaminhada para
    escalado para
    escalada para
    atribuído a
    atribuída a
    transferido para
    transferida para
    passado para
    passada para
    verificado por
    criado por
    hanterad av
    behandlet af
    """
)

CONTACT = _phrases(
    """
    spoke to
    spoke with
    spoken to
    spoken with
    speak to
    speak with
    talked to
    talked with
    talking to
    talking with
    chatted with
    on the phone with
    call from
    call with
    phone call from
    message from
    email from
    e-mail from
    mail from
    letter from
    note from
    request from
    complaint from
    feedback from
    visit from
    according to
    on behalf of
    met with
    meeting with
    gesprochen mit
    telefoniert mit
    telefonat mit
    gespräch mit
    anruf von
    nachricht von
    e-mail von
    mail von
    brief von
    beschwerde von
    laut
    im auftrag von
    parlé à
    parlé avec
    au téléphone avec
    appel de
    message de
    courriel de
    mail de
    lettre de
    réclamation de
    demande de
    selon
    de la part de
    hablé con
    hablado con
    llamada de
    mensaje de
    correo de
    reclamación de
    según
    de parte de
    por parte de
    parlato con
    sentito
    telefonata di
    chiamata di
    chiamata da
    messaggio di
    messaggio da
    mail di
    reclamo di
    secondo
    da parte di
    per conto di
    gesproken met
    gebeld door
    gebeld met
    telefoon van
    bericht van
    mail van
    klacht van
    volgens
    namens
    rozmawiałem z
    rozmawiałam z
    rozmowa z
    telefon od
    wiadomość od
    mail od
    skarga od
    według
    w imieniu
    falei com
    falámos com
    conversa com
    chamada de
    mensagem de
    email de
    reclamação de
    segundo
    da parte de
    por conta de
    talade med
    snakkede med
    """
)

GREETING = _phrases(
    """
    hi
    hello
    hey
    hiya
    dear
    good morning
    good afternoon
    good evening
    morning
    thanks
    thank you
    thx
    ty
    cheers
    welcome
    hallo
    liebe
    lieber
    sehr geehrte
    sehr geehrter
    guten tag
    guten morgen
    moin
    servus
    danke
    vielen dank
    bonjour
    bonsoir
    salut
    coucou
    cher
    chère
    merci
    hola
    buenos días
    buenas tardes
    buenas
    estimado
    estimada
    querido
    querida
    gracias
    ciao
    buongiorno
    buonasera
    salve
    gentile
    gentilissimo
    gentilissima
    caro
    cara
    grazie
    hoi
    beste
    geachte
    dag
    goedemorgen
    goedemiddag
    bedankt
    dank je
    dank u
    cześć
    hej
    witam
    witaj
    dzień dobry
    szanowny
    szanowna
    drogi
    droga
    dziękuję
    dzięki
    olá
    oi
    valeu
    bom dia
    boa tarde
    boa noite
    prezado
    prezada
    obrigado
    obrigada
    hej hej
    tack
    grazie mille
    merci beaucoup
    muchas gracias
    vielen dank
    danke schön
    thanks a lot
    thank you so much
    dziękuję bardzo
    muito obrigado
    muito obrigada
    hartelijk dank
    dank je wel
    top
    super
    perfect
    perfetto
    perfecto
    parfait
    prima
    oké
    okay
    ok
    cool
    great
    nice
    """
)

_KIN_EN = (
    "wife husband partner spouse fiancé fiancée fiance fiancee boyfriend girlfriend son daughter mother "
    "mum mom father dad brother sister neighbour neighbor friend colleague boss landlord landlady tenant "
    "flatmate roommate carer caregiver grandson granddaughter grandmother grandfather grandma grandpa "
    "aunt uncle cousin nephew niece stepson stepdaughter"
)
_KIN = {
    "en": (("my", "his", "her", "their", "your", "our", "the", "customer's", "client's"), _KIN_EN),
    "de": (
        ("meine", "mein", "seine", "sein", "ihre", "ihr", "die", "der", "deren", "dessen"),
        "frau ehefrau mann ehemann partner partnerin lebensgefährte lebensgefährtin verlobte verlobter "
        "sohn tochter mutter vater bruder schwester nachbar nachbarin nachbarn freund freundin kollege "
        "kollegin enkel enkelin oma opa großmutter großvater tante onkel cousin cousine neffe nichte "
        "vermieter vermieterin mitbewohner mitbewohnerin betreuer betreuerin",
    ),
    "fr": (
        ("ma", "mon", "sa", "son", "leur", "la", "le", "notre", "votre"),
        "femme épouse mari époux conjoint conjointe compagnon compagne fiancé fiancée fils fille mère père "
        "frère sœur soeur voisin voisine ami amie collègue petit-fils petite-fille grand-mère grand-père "
        "tante oncle cousin cousine neveu nièce propriétaire colocataire",
    ),
    "es": (
        ("mi", "su", "la", "el", "nuestra", "nuestro"),
        "esposa esposo mujer marido pareja novio novia hijo hija madre padre hermano hermana vecino vecina "
        "amigo amiga compañero compañera nieto nieta abuela abuelo tía tío primo prima sobrino sobrina "
        "casero casera",
    ),
    "it": (
        ("mia", "mio", "sua", "suo", "la", "il", "nostra", "nostro"),
        "moglie marito compagno compagna fidanzato fidanzata figlio figlia madre padre fratello sorella "
        "vicino vicina amico amica collega nipote nonna nonno zia zio cugino cugina padrone coinquilino",
    ),
    "nl": (
        ("mijn", "zijn", "haar", "hun", "de", "het", "onze"),
        "vrouw echtgenote man echtgenoot partner vriend vriendin verloofde zoon dochter moeder vader broer "
        "zus buurman buurvrouw buren collega kleinzoon kleindochter oma opa tante oom neef nicht huisbaas "
        "huisgenoot",
    ),
    "pl": (
        ("moja", "mój", "moje", "jego", "jej", "ich", "twoja", "twój"),
        "żona mąż partner partnerka narzeczony narzeczona syn córka matka mama ojciec tata brat siostra "
        "sąsiad sąsiadka przyjaciel przyjaciółka kolega koleżanka wnuk wnuczka babcia dziadek ciocia "
        "wujek kuzyn kuzynka bratanek siostrzeniec właściciel współlokator "
        # the cases a note uses after "z", "u", "dla": "z bratem", "u sąsiadki", "dla żony"
        "żoną żony żonie mężem męża mężowi synem syna synowi córką córki córce bratem brata bratu "
        "siostrą siostry siostrze matką matki ojcem ojca mamą mamy tatą taty sąsiadem sąsiada sąsiadki "
        "sąsiadką babcią babci dziadkiem dziadka partnerem partnerką partnera partnerki",
    ),
    "pt": (
        ("minha", "meu", "sua", "seu", "a minha", "o meu", "a sua", "o seu", "a", "o", "dela", "dele"),
        "esposa mulher marido companheiro companheira namorado namorada noivo noiva filho filha mãe pai "
        "irmão irmã vizinho vizinha amigo amiga colega neto neta avó avô tia tio primo prima sobrinho "
        "sobrinha senhorio",
    ),
}
_OF = {"en": ("of",), "de": ("von",), "fr": ("de", "d'"), "es": ("de",), "it": ("di",), "nl": ("van",),
       "pl": (), "pt": ("de", "do", "da")}  # fmt: skip
#: "my wife", "sa voisine", "mój sąsiad", "the wife of" …: every possessive with every kin word of its
#: language, the kin words alone ("neighbour Anna", "buurman Piet") and with "of" ("la femme de").
RELATION: tuple[str, ...] = tuple(
    dict.fromkeys(
        phrase
        for lang, (possessives, kin) in _KIN.items()
        for word in kin.split()
        for phrase in (word, *(f"{p} {word}" for p in possessives), *(f"{word} {o}" for o in _OF[lang]))
    )
)
_BELONGINGS = {
    "de": ("paket bestellung karte konto rechnung adresse lieferung sendung rücksendung erstattung "
           "anruf nummer auftrag vertrag nachricht", ("von",)),
    "fr": ("commande colis carte compte facture adresse livraison remboursement numéro contrat "
           "dossier retour message appel", ("de", "d'")),
    "es": ("pedido paquete tarjeta cuenta factura dirección entrega reembolso número contrato "
           "devolución mensaje llamada", ("de", "del")),
    "it": ("pacco ordine carta conto fattura indirizzo consegna rimborso numero contratto reso "
           "messaggio chiamata", ("di", "d'")),
    "nl": ("pakket bestelling kaart rekening factuur adres levering terugbetaling nummer contract "
           "bericht retour", ("van",)),
    "pt": ("encomenda pacote cartão conta fatura morada entrega reembolso número contrato "
           "devolução mensagem chamada", ("de", "do", "da")),
    "pl": ("paczka zamówienie karta konto faktura adres zwrot numer przesyłka wiadomość", ("",)),
    "en": ("order parcel package card account refund invoice delivery return", ("for", "of")),
}  # fmt: skip
#: "la commande de …", "das Paket von …", "paczka …": a belonging, then whose it is.
BELONGING: tuple[str, ...] = tuple(
    dict.fromkeys(
        f"{noun} {prep}".strip()
        for nouns, preps in _BELONGINGS.values()
        for noun in nouns.split()
        for prep in preps
    )
)

#: English kin words that follow a possessive name ("Ingrid's husband").
KIN_AFTER_POSSESSIVE = frozenset(_KIN_EN.split())

#: Roles before a name ("driver Kwabena", "Patientin Oyelaran", "la cliente Zuriñe").
ROLE = _phrases(
    """
    customer
    client
    patient
    caller
    driver
    courier
    technician
    engineer
    agent
    advisor
    adviser
    consultant
    manager
    supervisor
    nurse
    dentist
    vet
    receptionist
    assistant
    tenant
    guest
    member
    employee
    student
    contact
    kunde
    kundin
    patient
    patientin
    anrufer
    anruferin
    fahrer
    fahrerin
    kurier
    techniker
    technikerin
    monteur
    berater
    beraterin
    mitarbeiter
    mitarbeiterin
    mieter
    mieterin
    gast
    mitglied
    ansprechpartner
    ansprechpartnerin
    cliente
    patiente
    chauffeur
    livreur
    livreuse
    technicien
    technicienne
    conseiller
    conseillère
    gérant
    gérante
    infirmier
    infirmière
    locataire
    invité
    invitée
    membre
    interlocuteur
    interlocutrice
    paciente
    conductor
    conductora
    repartidor
    repartidora
    técnico
    técnica
    asesor
    asesora
    gerente
    enfermero
    enfermera
    inquilino
    inquilina
    huésped
    socio
    socia
    paziente
    autista
    corriere
    tecnico
    tecnica
    consulente
    responsabile
    infermiere
    infermiera
    ospite
    klant
    patiënt
    bezorger
    technicus
    adviseur
    medewerker
    medewerkster
    verpleegkundige
    huurder
    lid
    klient
    klientka
    pacjent
    pacjentka
    kierowca
    kurier
    technik
    doradca
    doradczyni
    pracownik
    pracownica
    najemca
    gość
    motorista
    estafeta
    consultor
    consultora
    enfermeiro
    enfermeira
    hóspede
    sócio
    sócia
    account holder
    acct holder
    card holder
    policyholder
    pt
    bride
    groom
    recipient
    addressee
    kontoinhaber
    kontoinhaberin
    inhaber
    inhaberin
    empfänger
    empfängerin
    braut
    bräutigam
    titulaire
    destinataire
    mariée
    marié
    titular
    destinatario
    destinataria
    novia
    novio
    titolare
    sposa
    sposo
    rekeninghouder
    ontvanger
    bruid
    bruidegom
    posiadacz
    posiadaczka
    odbiorca
    odbiorczyni
    panna młoda
    pan młody
    destinatário
    destinatária
    noiva
    noivo
    walk-in
    dest
    kl
    wg
    clte
    cte
    kd
    ontv
    pac
    pte
    pz
    referente
    referent
    contactpersoon
    osoba kontaktowa
    personne de contact
    persona de contacto
    pessoa de contacto
    """
)

#: Cues that follow the name ("Anna called", "Piet belde", "Marek dzwonił").
#: Weaker cues after a name: the word before them is often a noun ("the parcel to finish"), so
#: only words rare in every language count.
NAME_BEFORE_WEAK = _phrases(
    """
    to finish
    to follow up
    to take over
    to handle
    at reception
    at the front desk
    an der rezeption
    am empfang
    à la réception
    à l'accueil
    en recepción
    alla reception
    in reception
    aan de balie
    bij de receptie
    na recepcji
    na receção
    na recepção
    """
)

NAME_BEFORE = _phrases(
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
