"""Roles before a name (``role``: "technician", "Sachbearbeiterin") and weak cues after one
(``name_before_weak``).
"""

from __future__ import annotations

from anonymize.recognizers.name_cues.phrases import read_phrases

#: Roles before a name ("driver Kwabena", "Patientin Oyelaran", "la cliente Zuriñe").
ROLE = read_phrases(
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
NAME_BEFORE_WEAK = read_phrases(
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
    absent
    absente
    nieobecny
    nieobecna
    """
)
