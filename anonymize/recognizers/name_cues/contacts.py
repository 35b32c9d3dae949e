"""Medium cues before a name: contacts (``contact``), greetings (``greeting``), family and neighbours
(``relation``: "my wife", "sa voisine") and belongings (``belonging``).
"""

from __future__ import annotations

from anonymize.recognizers.name_cues.phrases import read_phrases

CONTACT = read_phrases(
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
    la petición de
    la solicitud de
    la reclamación de
    die anfrage von
    die reklamation von
    la demande de
    la réclamation de
    la richiesta di
    il reclamo di
    het verzoek van
    de klacht van
    prośba od
    reklamacja od
    o pedido de
    a reclamação de
    feedback from
    visit from
    according to
    left with
    per
    next to
    neben
    daneben
    naast
    ernaast
    à côté de
    al lado de
    accanto a
    obok
    ao lado de
    wants to be called
    prefers to be called
    goes by
    known as
    se fait appeler
    conocido como
    conhecido como
    detto
    zwany
    alle sagen
    dite
    dit
    genannt
    llamado
    llamada
    chamado
    chamada
    noemen hem
    noemen haar
    afgegeven bij
    abgegeben bei
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
    chez
    laissé chez
    déposé chez
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

GREETING = read_phrases(
    """
    congrats to
    congratulations to
    well done
    glückwunsch an
    herzlichen glückwunsch an
    félicitations à
    bravo à
    felicidades a
    enhorabuena a
    complimenti a
    auguri a
    gefeliciteerd
    proficiat
    gratulacje dla
    brawo dla
    parabéns à
    parabéns ao
    parabéns a
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
    "aunt uncle cousin nephew niece stepson stepdaughter papa mama daddy mummy mommy mother-in-law "
    "father-in-law sister-in-law brother-in-law son-in-law daughter-in-law ex-partner ex-wife ex-husband "
    "stepmother stepfather stepbrother stepsister godmother godfather housemate lodger"
)

_KIN = {
    "en": (("my", "his", "her", "their", "your", "our", "the", "customer's", "client's"), _KIN_EN),
    "de": (
        ("meine", "mein", "seine", "sein", "ihre", "ihr", "die", "der", "deren", "dessen"),
        "frau ehefrau mann ehemann partner partnerin lebensgefährte lebensgefährtin verlobte verlobter "
        "sohn tochter mutter vater bruder schwester nachbar nachbarin nachbarn freund freundin kollege "
        "kollegin enkel enkelin oma opa großmutter großvater tante onkel cousin cousine neffe nichte "
        "vermieter vermieterin mitbewohner mitbewohnerin betreuer betreuerin papa mama mutti vati "
        "schwiegermutter schwiegervater schwägerin schwager schwiegersohn schwiegertochter ex-frau ex-mann "
        "ex-partner ex-partnerin",
    ),
    "fr": (
        ("ma", "mon", "sa", "son", "leur", "la", "le", "notre", "votre"),
        "femme épouse mari époux conjoint conjointe compagnon compagne fiancé fiancée fils fille mère père "
        "frère sœur soeur voisin voisine ami amie collègue petit-fils petite-fille grand-mère grand-père "
        "tante oncle cousin cousine neveu nièce propriétaire colocataire papa maman belle-mère beau-père "
        "belle-sœur beau-frère gendre belle-fille ex-mari ex-femme ex-compagnon ex-compagne",
    ),
    "es": (
        ("mi", "su", "la", "el", "nuestra", "nuestro"),
        "esposa esposo mujer marido pareja novio novia hijo hija madre padre hermano hermana vecino vecina "
        "amigo amiga compañero compañera nieto nieta abuela abuelo tía tío primo prima sobrino sobrina "
        "casero casera papá mamá suegra suegro cuñada cuñado yerno nuera exmarido exmujer "
        "ex-marido ex-mujer ex-pareja expareja",
    ),
    "it": (
        ("mia", "mio", "sua", "suo", "la", "il", "nostra", "nostro"),
        "moglie marito compagno compagna fidanzato fidanzata figlio figlia madre padre fratello sorella "
        "vicino vicina amico amica collega nipote nonna nonno zia zio cugino cugina padrone coinquilino "
        "papà papa mamma babbo suocera suocero cognata cognato genero nuora ex-marito ex-moglie",
    ),
    "nl": (
        ("mijn", "zijn", "haar", "hun", "de", "het", "onze"),
        "vrouw echtgenote man echtgenoot partner vriend vriendin verloofde zoon dochter moeder vader broer "
        "zus buurman buurvrouw buren collega kleinzoon kleindochter oma opa tante oom neef nicht huisbaas "
        "huisgenoot papa mama schoonmoeder schoonvader schoonzus zwager schoonzoon schoondochter "
        "ex-partner ex-vrouw ex-man",
    ),
    "pl": (
        ("moja", "mój", "moje", "jego", "jej", "ich", "twoja", "twój"),
        "żona mąż partner partnerka narzeczony narzeczona syn córka matka mama ojciec tata brat siostra "
        "sąsiad sąsiadka przyjaciel przyjaciółka kolega koleżanka wnuk wnuczka babcia dziadek ciocia "
        "wujek kuzyn kuzynka bratanek siostrzeniec właściciel współlokator "
        # the cases a note uses after "z", "u", "dla": "z bratem", "u sąsiadki", "dla żony"
        "żoną żony żonie mężem męża mężowi synem syna synowi córką córki córce bratem brata bratu "
        "siostrą siostry siostrze matką matki ojcem ojca mamą mamy tatą taty sąsiadem sąsiada sąsiadki "
        "sąsiadką babcią babci dziadkiem dziadka partnerem partnerką partnera partnerki teściowa teść teściowej "
        "teściową szwagier szwagierka zięć synowa",
    ),
    "pt": (
        ("minha", "meu", "sua", "seu", "a minha", "o meu", "a sua", "o seu", "a", "o", "dela", "dele"),
        "esposa mulher marido companheiro companheira namorado namorada noivo noiva filho filha mãe pai "
        "irmão irmã vizinho vizinha amigo amiga colega neto neta avó avô tia tio primo prima sobrinho "
        "sobrinha senhorio papai mamãe papá mamã sogra sogro cunhada cunhado genro ex-marido "
        "ex-mulher",
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

#: Every kin word of every language ("partner", "schwager", "voisine"), lower case.
KIN_WORDS = frozenset(word for _, kin in _KIN.values() for word in kin.split())
