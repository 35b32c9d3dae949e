"""Medium cues before a name: call-backs (``callback``: "call … back", "ask for …") and hand-overs
(``handover``: "handled by", "escalated to", "behandeld door").
"""

from __future__ import annotations

from anonymize.recognizers.name_cues.phrases import read_phrases

CALLBACK = read_phrases(
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
    pregunte por
    preguntar por
    pregunta por
    preguntad por
    fragen sie nach
    nachfragen nach
    demandez
    demander
    chiedete di
    chieda di
    chiedere di
    vraag naar
    vragen naar
    zapytaj o
    pytać o
    proszę pytać o
    pergunte por
    perguntar por
    pergunta por
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

HANDOVER = read_phrases(
    """
    handover
    handover from
    hand-over
    shift change
    schichtwechsel
    übergabe
    overdracht
    cambio turno
    troca de turno
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
    pregúntale a
    pregúntele a
    pregunta a
    chiedere a
    chiedi a
    chiedete a
    perguntar a
    pergunta ao
    pergunta à
    pergunte ao
    pergunte à
    demande à
    demandez à
    vraag aan
    vraag het aan
    zapytaj
    ask
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
    found by
    returned by
    gefunden von
    rückgabe durch
    zurückgegeben von
    trouvé par
    trouvée par
    rendu par
    rendue par
    encontrado por
    encontrada por
    devuelto por
    devuelta por
    lo devolvió
    la devolvió
    trovato da
    trovata da
    restituito da
    restituita da
    gevonden door
    teruggebracht door
    ingeleverd door
    znalezione przez
    znaleziony przez
    zwrócone przez
    achado por
    achada por
    devolvido por
    devolvida por
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
    issued by
    delivered by
    handed over by
    given by
    collected by
    ausgegeben von
    ausgehändigt von
    übergeben von
    abgeholt von
    remis par
    remise par
    délivré par
    délivrée par
    récupéré par
    récupérée par
    entregado por
    entregada por
    emitido por
    emitida por
    recogido por
    recogida por
    consegnato da
    consegnata da
    rilasciato da
    rilasciata da
    ritirato da
    ritirata da
    uitgereikt door
    overhandigd door
    afgegeven door
    opgehaald door
    wydane przez
    wydana przez
    wydany przez
    przekazane przez
    przekazana przez
    odebrane przez
    odebrana przez
    odebrał
    wydał
    wydała
    odebrała
    odebrali
    referred by
    recommended by
    introduced by
    empfohlen von
    geworben von
    vermittelt von
    recommandé par
    recommandée par
    parrainé par
    parrainée par
    recomendado por
    recomendada por
    referido por
    referida por
    consigliato da
    consigliata da
    segnalato da
    segnalata da
    aangebracht door
    aanbevolen door
    polecony przez
    polecona przez
    indicado por
    indicada por
    entregue por
    recolhido por
    recolhida por
    """
)
