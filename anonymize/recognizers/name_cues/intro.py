"""Strong and weak cues before a name: introductions (``intro``), ``self`` ("I am"), field labels
(``label``) and honorific titles (``title``).
"""

from __future__ import annotations

from anonymize.recognizers.name_cues.phrases import read_phrases

INTRO = read_phrases(
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
SELF = read_phrases(
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

LABEL = read_phrases(
    """
    fn
    n
    present
    attendees
    anwesend
    teilnehmer
    présents
    presents
    presentes
    presenti
    aanwezig
    obecni
    obecne
    abwesend
    afwezig
    nieobecni
    ausentes
    assenti
    envelope reads
    envelope
    auf dem umschlag
    umschlag
    sur l'enveloppe
    enveloppe
    en el sobre
    sobre
    sulla busta
    busta
    op de envelop
    envelop
    na kopercie
    koperta
    no envelope
    no envelope lê-se
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

TITLE = read_phrases(
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
    mestre
    mestra
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

#: Who a letter or parcel is addressed to or signed for, in the eight languages: care-of, attention
#: lines and per-procuration marks ("c/o Ariadni Antoniadi", "z. Hd. Frau Kiyeŋa", "p.o. voela",
#: "i. A. Lonu Tuklak"). The name follows whatever its case.
ADDRESSED = read_phrases(
    """
    c/o
    p/a
    a/c
    fao
    for the attention of
    attn.
    pp
    p.p.
    p.o.
    p/o
    p. o.
    i. a.
    i.a.
    i. v.
    i.v.
    z. hd.
    z.hd.
    zu händen
    zu händen von
    à l'attention de
    à l'att. de
    a la atención de
    a/a
    alla c.a. di
    alla c.a.
    alla cortese attenzione di
    c.a.
    t.a.v.
    t.a.v
    i.o.v.
    do rąk
    do rąk własnych
    z up.
    w zastępstwie
    ao cuidado de
    aos cuidados de
    """
)

#: Who took a picture, before a colon ("Photo: ndikwili", "Foto: Mawa Riwa"): only rare words, since a
#: caption names its subject as often ("Photo: sunset over the bay").
CREDIT = read_phrases(
    """
    photo
    photos
    photo credit
    foto
    fotos
    fotografia
    fotografía
    fot
    zdjęcie
    zdjęcia
    """
)

#: Days of a rota before who works them ("Mon DENISOVA / Wed Lapaamsa Transo", "lun Anna / mer Ugo").
ROTA = read_phrases(
    """
    mon
    tue
    tues
    wed
    thu
    thur
    thurs
    fri
    sat
    sun
    mo
    di
    mi
    do
    fr
    sa
    so
    lun
    mar
    mer
    jeu
    ven
    sam
    dim
    mié
    jue
    vie
    sáb
    dom
    gio
    ma
    wo
    vr
    za
    zo
    pon
    wt
    śr
    czw
    pt
    sob
    niedz
    seg
    ter
    qua
    qui
    sex
    """
)
