"""The development set: CRM notes, chat logs, support tickets and three tables in eight languages.

It guides engine fixes (every `FileSet` is marked ``guided_fixes=True``), so its figures are not a
blind measurement. Names come from mimesis (European and non-European Latin-script locales) and from
syllable inventories, streets and cities from mimesis or invented, all filtered against the engine's
vocabularies (`bench.detection.sources`). Each planted PERSON is tagged with its language
(``lang:xx``), its case (``title``/``lower``/``upper``), its source (``mimesis``/``invented``/
``non_european``) and its cue family (``intro``, ``callback``, ``handover``, ``greeting``,
``signoff``, ``honorific`` — Mr/Frau/Pani + surname, named apart from the ``title`` case —,
``relation``, ``after_product``, ``possessive``, ``plain``, ``repeat``; in chats ``chat_speaker``,
``mention``, ``nickname``, ``email_local``; in tickets ``header``; in tables ``structured`` and
``propagation``; ``json_field`` for a name in a JSON field of its own; ``canary``).

``python -m bench.detection.devset OUT_DIR [--seed 1] [--scale 1.0]`` writes the files and a
``truth.json``.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.detection.format import FileSet, Planted, write_truth
from bench.detection.sources import (
    COUNTRY,
    LANGS,
    Address,
    Business,
    Name,
    NamePool,
    PlacePool,
    business_words,
    email,
    fold_ascii,
    iban,
    national_id,
    phone,
    usable,
    words_of,
)

FAMILIES: tuple[str, ...] = (
    "intro",
    "callback",
    "handover",
    "greeting",
    "signoff",
    "honorific",
    "relation",
    "after_product",
    "possessive",
    "plain",
)
SOURCES: tuple[str, ...] = ("mimesis", "mimesis", "invented", "non_european")
CRM_FORMATS: dict[str, str] = {
    "en": "txt",
    "de": "jsonl",
    "fr": "txt",
    "es": "jsonl",
    "it": "txt",
    "nl": "jsonl",
    "pl": "txt",
    "pt": "jsonl",
}
NOTES_PER_LANG = 150
CHATS_PER_LANG = 70
TICKETS = 150
TABLE_ROWS = 600
SLOT = re.compile(r"\{(\w+)\}")
NICK = "§§§"


@dataclass
class Pack:
    """Sentence templates of one language. ``f:``/``m:`` prefixes fix the person's gender."""

    families: dict[str, list[str]]
    repeat: list[str]
    utility: list[str]
    personal: dict[str, str]
    titles: dict[str, list[str]]
    chat: dict[str, list[str]]
    ticket: dict[str, str]


PACKS: dict[str, Pack] = {
    "en": Pack(
        families={
            "intro": ["my name is {full}", "f:caller gave her name as {full}", "m:caller gave his name as {full}",
                      "m:customer introduced himself as {full}", "this is {first} {last} calling about {order}",
                      "f:spoke to a lady called {full}", "name on the account: {full}"],
            "callback": ["call {first} back tomorrow", "please call {full} back after 3pm", "ask for {first} when you ring",
                         "{full} wants a callback re {order}", "ring {first} back on monday"],
            "handover": ["handled by {full}", "escalated to {first} in billing", "passed to {full} (2nd line)",
                         "assigned to {first} {last}", "picked up by {first} from returns"],
            "greeting": ["hi {first},", "hello {full},", "dear {first},", "hey {first} -"],
            "signoff": ["cheers, {first}", "thanks, {full}", "kind regards, {full}", "best, {first}"],
            "honorific": ["{title} {last} called twice", "spoke with {title} {last} about the refund",
                      "{title} {last} is not happy", "letter sent to {title} {last}"],
            "relation": ["m:her husband {first} will pick it up", "f:his wife {first} called instead",
                         "partner {full} is authorised on the account", "neighbour {full} signed for the parcel",
                         "m:son {first} helps with the app", "f:daughter {first} rang on her behalf"],
            "after_product": ["1x {product} {full} paid by card", "returned {product} {first} {last} wants a refund",
                              "{product} {full} - lid cracked"],
            "possessive": ["{first}'s order {order} arrived damaged", "{full}'s parcel is stuck in customs",
                           "refund goes to {first}'s card"],
            "plain": ["{full} complained about the delivery time", "{full} unhappy with {product}",
                      "{first} {last} not reachable"],
        },
        repeat=["{first} confirmed the address", "{first} will send photos", "{last} accepted the voucher"],
        utility=["order {order} ({product}) {status} on {date}", "tracking {tracking}, invoice {invoice}",
                 "case {case} reopened {ts}", "swapped {product} SKU {sku} EAN {ean}",
                 "app {version} crashes at checkout", "refund of {amount} approved",
                 "{company} confirmed pickup for {date}"],
        personal={"email": "reach at {email}", "phone": "tel {phone}", "iban": "refund to IBAN {iban}",
                  "address": "new address {street}, {postcode} {city}", "natid": "ID checked: {natid}"},
        titles={"female": ["Mrs", "Ms", "Mrs.", "Dr"], "male": ["Mr", "Mr.", "Dr"]},
        chat={
            "greet": ["hi {n}", "hey {n}", "morning {n}", "hiya {n}"],
            "mention": ["@{n} can you check {order}?", "@{n} pls look at case {case}", "cc @{n}",
                        "@{n} did you ship {tracking}?"],
            "third": ["{n} is off today", "{n} said it's fine", "ask {n}, she knows", "{n} has the invoice {invoice}"],
            "thanks": ["thx {n}", "cheers {n}", "ty {n}!"],
            "mail": ["mail me at {email}", "pls send it to {email}"],
            "filler": ["did {tracking} arrive?", "refund {amount} done", "build {version} is live", "ok thx",
                       "order {order} still {status}", "on it", "invoice {invoice} sent",
                       "{product} out of stock again", "sku {sku} is wrong in the shop"],
        },
        ticket={"subject": "Subject", "from": "From", "closing": "Kind regards,", "team": "Support team"},
    ),
    "de": Pack(
        families={
            "intro": ["ich heiße {full}", "f:Anruferin nannte sich {full}", "m:Kunde stellte sich als {full} vor",
                      "mein Name ist {full}", "hier spricht {first} {last}"],
            "callback": ["{first} morgen zurückrufen", "bitte {full} nach 15 Uhr zurückrufen", "nach {first} fragen",
                         "Rückruf an {full} wegen {order}"],
            "handover": ["bearbeitet von {full}", "weitergeleitet an {first} in der Buchhaltung",
                         "übergeben an {full} (2nd Level)", "zuständig: {first} {last}"],
            "greeting": ["hallo {first},", "f:liebe {first},", "m:lieber {first},", "guten Tag {full},"],
            "signoff": ["Grüße, {first}", "viele Grüße {full}", "LG {first}", "mit freundlichen Grüßen, {full}"],
            "honorific": ["{title} {last} hat zweimal angerufen", "mit {title} {last} wegen Erstattung gesprochen",
                      "{title} {last} ist unzufrieden", "Brief an {title} {last} verschickt"],
            "relation": ["m:ihr Mann {first} holt es ab", "f:seine Frau {first} rief an",
                         "m:Partner {full} ist bevollmächtigt", "f:Partnerin {full} ist bevollmächtigt",
                         "m:Nachbar {full} hat das Paket angenommen", "f:Nachbarin {full} hat das Paket angenommen",
                         "m:Sohn {first} hilft mit der App", "f:Tochter {first} rief für sie an"],
            "after_product": ["1x {product} {full} per Karte bezahlt", "Retoure {product} {first} {last} möchte Geld zurück",
                              "{product} {full} – Deckel gesprungen"],
            "possessive": ["{first}'s Bestellung {order} kam beschädigt an", "das Paket von {full} hängt im Zoll",
                           "Erstattung auf {first}'s Karte"],
            "plain": ["{full} beschwert sich über die Lieferzeit", "{full} unzufrieden mit {product}",
                      "{first} {last} nicht erreichbar"],
        },
        repeat=["{first} bestätigt die Adresse", "{first} schickt Fotos", "{last} nimmt den Gutschein an"],
        utility=["Bestellung {order} ({product}) {status} am {date}", "Sendung {tracking}, Rechnung {invoice}",
                 "Fall {case} wieder geöffnet {ts}", "{product} getauscht, Art.-Nr. {sku}, EAN {ean}",
                 "App {version} stürzt beim Bezahlen ab", "Erstattung über {amount} freigegeben",
                 "{company} bestätigt Abholung am {date}"],
        personal={"email": "erreichbar unter {email}", "phone": "Tel. {phone}", "iban": "Erstattung auf IBAN {iban}",
                  "address": "neue Adresse: {street}, {postcode} {city}", "natid": "Ausweis geprüft: {natid}"},
        titles={"female": ["Frau", "Fr.", "Dr."], "male": ["Herr", "Hr.", "Dr."]},
        chat={
            "greet": ["hi {n}", "hallo {n}", "moin {n}", "servus {n}"],
            "mention": ["@{n} kannst du {order} prüfen?", "@{n} schau mal bitte fall {case} an", "cc @{n}",
                        "@{n} ist {tracking} raus?"],
            "third": ["{n} ist heute nicht da", "{n} meinte passt", "frag {n}, die weiß das", "{n} hat die rechnung {invoice}"],
            "thanks": ["danke {n}", "merci {n}", "thx {n}"],
            "mail": ["schick mir das an {email}", "mail an {email} bitte"],
            "filler": ["ist {tracking} angekommen?", "erstattung {amount} erledigt", "version {version} ist live",
                       "ok danke", "bestellung {order} noch {status}", "bin dran", "rechnung {invoice} raus",
                       "{product} wieder ausverkauft", "sku {sku} stimmt im shop nicht"],
        },
        ticket={"subject": "Betreff", "from": "Von", "closing": "Viele Grüße,", "team": "Kundenservice"},
    ),
    "fr": Pack(
        families={
            "intro": ["je m'appelle {full}", "f:l'appelante s'est présentée comme {full}",
                      "m:le client s'est présenté comme {full}", "mon nom est {full}", "ici {first} {last}"],
            "callback": ["rappeler {first} demain", "merci de rappeler {full} après 15h", "demander {first} au standard",
                         "{full} attend un rappel pour {order}"],
            "handover": ["traité par {full}", "transmis à {first} à la comptabilité", "escaladé à {full} (niveau 2)",
                         "pris en charge par {first} {last}"],
            "greeting": ["bonjour {first},", "salut {first},", "f:chère {first},", "m:cher {first},"],
            "signoff": ["cordialement, {full}", "bien à vous, {first}", "merci, {first}", "bonne journée, {full}"],
            "honorific": ["{title} {last} a appelé deux fois", "échange avec {title} {last} au sujet du remboursement",
                      "f:{title} {last} est mécontente", "m:{title} {last} est mécontent"],
            "relation": ["m:son mari {first} passera le chercher", "f:sa femme {first} a appelé",
                         "m:son compagnon {full} est autorisé sur le compte",
                         "f:sa compagne {full} est autorisée sur le compte",
                         "m:le voisin {full} a signé pour le colis", "f:la voisine {full} a signé pour le colis",
                         "m:son fils {first} l'aide avec l'appli", "f:sa fille {first} a appelé pour elle"],
            "after_product": ["1x {product} {full} payé par carte", "retour {product} {first} {last} veut un remboursement",
                              "{product} {full} - couvercle fêlé"],
            "possessive": ["la commande de {first} ({order}) est arrivée abîmée", "le colis de {full} est bloqué en douane",
                           "remboursement sur la carte de {first}"],
            "plain": ["{full} se plaint du délai de livraison", "{full} pas content du produit {product}",
                      "{first} {last} injoignable"],
        },
        repeat=["{first} confirme l'adresse", "{first} enverra des photos", "{last} accepte le bon d'achat"],
        utility=["commande {order} ({product}) {status} le {date}", "suivi {tracking}, facture {invoice}",
                 "dossier {case} rouvert {ts}", "échange {product} réf. {sku} EAN {ean}",
                 "l'appli {version} plante au paiement", "remboursement de {amount} validé",
                 "{company} confirme l'enlèvement le {date}"],
        personal={"email": "joignable à {email}", "phone": "tél. {phone}", "iban": "rembourser sur l'IBAN {iban}",
                  "address": "nouvelle adresse : {street}, {postcode} {city}", "natid": "pièce vérifiée : {natid}"},
        titles={"female": ["Madame", "Mme", "Mme.", "Dr"], "male": ["Monsieur", "M.", "Dr"]},
        chat={
            "greet": ["salut {n}", "coucou {n}", "bonjour {n}", "hello {n}"],
            "mention": ["@{n} tu peux vérifier {order} ?", "@{n} regarde le dossier {case} stp", "cc @{n}",
                        "@{n} le colis {tracking} est parti ?"],
            "third": ["{n} n'est pas là aujourd'hui", "{n} dit que c'est bon", "demande à {n}", "{n} a la facture {invoice}"],
            "thanks": ["merci {n}", "top merci {n}", "thx {n}"],
            "mail": ["envoie-moi ça à {email}", "mon mail : {email}"],
            "filler": ["le colis {tracking} est arrivé ?", "remboursement {amount} fait", "version {version} en prod",
                       "ok merci", "commande {order} toujours {status}", "je m'en occupe", "facture {invoice} envoyée",
                       "{product} encore en rupture", "le sku {sku} est faux sur le site"],
        },
        ticket={"subject": "Objet", "from": "De", "closing": "Cordialement,", "team": "Service client"},
    ),
    "es": Pack(
        families={
            "intro": ["me llamo {full}", "f:la clienta dijo llamarse {full}", "m:el cliente se presentó como {full}",
                      "mi nombre es {full}", "soy {first} {last}"],
            "callback": ["llamar a {first} mañana", "por favor devolver la llamada a {full} después de las 15h",
                         "preguntar por {first}", "{full} espera una llamada por el pedido {order}"],
            "handover": ["atendido por {full}", "escalado a {first} de facturación", "derivado a {full} (nivel 2)",
                         "gestionado por {first} {last}"],
            "greeting": ["hola {first},", "buenos días {full},", "f:estimada {first},", "m:estimado {first},"],
            "signoff": ["saludos, {first}", "un saludo, {full}", "gracias, {first}", "atentamente, {full}"],
            "honorific": ["{title} {last} llamó dos veces", "hablé con {title} {last} sobre el reembolso",
                      "f:{title} {last} está molesta", "m:{title} {last} está molesto"],
            "relation": ["m:su marido {first} lo recogerá", "f:su mujer {first} llamó",
                         "m:su pareja {full} está autorizado en la cuenta",
                         "f:su pareja {full} está autorizada en la cuenta",
                         "m:el vecino {full} firmó la entrega", "f:la vecina {full} firmó la entrega",
                         "m:su hijo {first} le ayuda con la app", "f:su hija {first} llamó por ella"],
            "after_product": ["1x {product} {full} pagado con tarjeta", "devolución {product} {first} {last} quiere el reembolso",
                              "{product} {full} - tapa rota"],
            "possessive": ["el pedido de {first} ({order}) llegó dañado", "el paquete de {full} está retenido en aduanas",
                           "reembolso a la tarjeta de {first}"],
            "plain": ["{full} se queja del plazo de entrega", "{full} reclama por {product}", "{first} {last} no contesta"],
        },
        repeat=["{first} confirma la dirección", "{first} mandará fotos", "{last} acepta el vale"],
        utility=["pedido {order} ({product}) {status} el {date}", "seguimiento {tracking}, factura {invoice}",
                 "caso {case} reabierto {ts}", "cambio de {product} ref. {sku} EAN {ean}",
                 "la app {version} se cierra al pagar", "reembolso de {amount} aprobado",
                 "{company} confirma la recogida el {date}"],
        personal={"email": "contacto: {email}", "phone": "tel. {phone}", "iban": "reembolsar al IBAN {iban}",
                  "address": "nueva dirección: {street}, {postcode} {city}", "natid": "DNI comprobado: {natid}"},
        titles={"female": ["Sra.", "Doña", "Dña."], "male": ["Sr.", "Don", "D."]},
        chat={
            "greet": ["hola {n}", "buenas {n}", "ey {n}", "buenos días {n}"],
            "mention": ["@{n} puedes revisar {order}?", "@{n} mira el caso {case} porfa", "cc @{n}",
                        "@{n} salió el envío {tracking}?"],
            "third": ["{n} no está hoy", "{n} dice que vale", "pregúntale a {n}", "{n} tiene la factura {invoice}"],
            "thanks": ["gracias {n}", "mil gracias {n}", "thx {n}"],
            "mail": ["mándamelo a {email}", "mi correo: {email}"],
            "filler": ["llegó el envío {tracking}?", "reembolso {amount} hecho", "versión {version} subida", "ok gracias",
                       "pedido {order} sigue {status}", "me encargo", "factura {invoice} enviada",
                       "{product} otra vez agotado", "el sku {sku} está mal en la web"],
        },
        ticket={"subject": "Asunto", "from": "De", "closing": "Saludos,", "team": "Atención al cliente"},
    ),
    "it": Pack(
        families={
            "intro": ["mi chiamo {full}", "f:la cliente si è presentata come {full}",
                      "m:il cliente si è presentato come {full}", "il mio nome è {full}", "sono {first} {last}"],
            "callback": ["richiamare {first} domani", "per favore richiamare {full} dopo le 15", "chiedere di {first}",
                         "{full} attende una chiamata per l'ordine {order}"],
            "handover": ["gestito da {full}", "inoltrato a {first} dell'amministrazione",
                         "passato a {full} (secondo livello)", "preso in carico da {first} {last}"],
            "greeting": ["ciao {first},", "buongiorno {full},", "f:gentile {first},", "m:caro {first},"],
            "signoff": ["saluti, {first}", "cordiali saluti, {full}", "grazie, {first}", "a presto, {full}"],
            "honorific": ["{title} {last} ha chiamato due volte", "parlato con {title} {last} del rimborso",
                      "f:{title} {last} è scontenta", "m:{title} {last} è scontento"],
            "relation": ["m:suo marito {first} passa a ritirarlo", "f:sua moglie {first} ha chiamato",
                         "m:il compagno {full} è delegato sul conto", "f:la compagna {full} è delegata sul conto",
                         "m:il vicino {full} ha firmato la consegna", "f:la vicina {full} ha firmato la consegna",
                         "m:il figlio {first} lo aiuta con l'app", "f:la figlia {first} ha chiamato per lei"],
            "after_product": ["1x {product} {full} pagato con carta", "reso {product} {first} {last} vuole il rimborso",
                              "{product} {full} - coperchio rotto"],
            "possessive": ["l'ordine di {first} ({order}) è arrivato danneggiato", "il pacco di {full} è fermo in dogana",
                           "rimborso sulla carta di {first}"],
            "plain": ["{full} si lamenta dei tempi di consegna", "{full} reclama per {product}",
                      "{first} {last} non raggiungibile"],
        },
        repeat=["{first} conferma l'indirizzo", "{first} manderà le foto", "{last} accetta il buono"],
        utility=["ordine {order} ({product}) {status} il {date}", "tracking {tracking}, fattura {invoice}",
                 "pratica {case} riaperta {ts}", "sostituito {product} cod. {sku} EAN {ean}",
                 "l'app {version} si blocca al pagamento", "rimborso di {amount} approvato",
                 "{company} conferma il ritiro il {date}"],
        personal={"email": "contatto: {email}", "phone": "tel. {phone}", "iban": "rimborso su IBAN {iban}",
                  "address": "nuovo indirizzo: {street}, {postcode} {city}", "natid": "CF verificato: {natid}"},
        titles={"female": ["Sig.ra", "Signora", "Dott.ssa"], "male": ["Sig.", "Signor", "Dott."]},
        chat={
            "greet": ["ciao {n}", "buongiorno {n}", "ehi {n}", "salve {n}"],
            "mention": ["@{n} puoi controllare {order}?", "@{n} guarda la pratica {case} per favore", "cc @{n}",
                        "@{n} è partito {tracking}?"],
            "third": ["{n} oggi non c'è", "{n} dice che va bene", "chiedi a {n}", "{n} ha la fattura {invoice}"],
            "thanks": ["grazie {n}", "grazie mille {n}", "thx {n}"],
            "mail": ["mandamelo a {email}", "la mia mail: {email}"],
            "filler": ["è arrivato {tracking}?", "rimborso {amount} fatto", "versione {version} online", "ok grazie",
                       "ordine {order} ancora {status}", "ci penso io", "fattura {invoice} inviata",
                       "{product} di nuovo esaurito", "lo sku {sku} è sbagliato sul sito"],
        },
        ticket={"subject": "Oggetto", "from": "Da", "closing": "Cordiali saluti,", "team": "Assistenza clienti"},
    ),
    "nl": Pack(
        families={
            "intro": ["mijn naam is {full}", "ik heet {full}", "f:beller gaf haar naam op als {full}",
                      "m:klant stelde zich voor als {full}", "u spreekt met {first} {last}"],
            "callback": ["{first} morgen terugbellen", "graag {full} na 15u terugbellen", "vragen naar {first}",
                         "{full} wacht op een terugbelverzoek over {order}"],
            "handover": ["behandeld door {full}", "doorgezet naar {first} van de boekhouding",
                         "geëscaleerd naar {full} (2e lijn)", "opgepakt door {first} {last}"],
            "greeting": ["hoi {first},", "hallo {full},", "beste {first},", "goedemiddag {first},"],
            "signoff": ["groetjes, {first}", "met vriendelijke groet, {full}", "groet, {first}", "bedankt, {full}"],
            "honorific": ["{title} {last} heeft twee keer gebeld", "gesproken met {title} {last} over de terugbetaling",
                      "{title} {last} is ontevreden", "brief gestuurd aan {title} {last}"],
            "relation": ["m:haar man {first} haalt het op", "f:zijn vrouw {first} belde",
                         "partner {full} is gemachtigd op het account", "m:de buurman {full} heeft getekend",
                         "f:de buurvrouw {full} heeft getekend", "m:zoon {first} helpt met de app",
                         "f:dochter {first} belde namens haar"],
            "after_product": ["1x {product} {full} betaald met pin", "retour {product} {first} {last} wil geld terug",
                              "{product} {full} - deksel gebarsten"],
            "possessive": ["{first}'s bestelling {order} kwam beschadigd aan", "het pakket van {full} zit vast bij de douane",
                           "terugbetaling op {first}'s rekening"],
            "plain": ["{full} klaagt over de levertijd", "{full} ontevreden over {product}", "{first} {last} niet bereikbaar"],
        },
        repeat=["{first} bevestigt het adres", "{first} stuurt foto's", "{last} accepteert de waardebon"],
        utility=["bestelling {order} ({product}) {status} op {date}", "track & trace {tracking}, factuur {invoice}",
                 "zaak {case} heropend {ts}", "{product} omgeruild, art.nr. {sku}, EAN {ean}",
                 "app {version} crasht bij afrekenen", "terugbetaling van {amount} goedgekeurd",
                 "{company} bevestigt ophalen op {date}"],
        personal={"email": "bereikbaar via {email}", "phone": "tel. {phone}", "iban": "terugbetalen op IBAN {iban}",
                  "address": "nieuw adres: {street}, {postcode} {city}", "natid": "BSN gecontroleerd: {natid}"},
        titles={"female": ["Mevr.", "mevrouw", "Mw."], "male": ["Dhr.", "meneer", "De heer"]},
        chat={
            "greet": ["hoi {n}", "hey {n}", "goeiemorgen {n}", "hallo {n}"],
            "mention": ["@{n} kun je {order} checken?", "@{n} kijk even naar zaak {case}", "cc @{n}",
                        "@{n} is {tracking} verstuurd?"],
            "third": ["{n} is vandaag vrij", "{n} zei dat het goed is", "vraag het {n}", "{n} heeft factuur {invoice}"],
            "thanks": ["dank je {n}", "thx {n}", "top {n}, bedankt"],
            "mail": ["stuur het naar {email}", "mijn mail: {email}"],
            "filler": ["is {tracking} binnen?", "terugbetaling {amount} gedaan", "versie {version} staat live", "ok dank",
                       "bestelling {order} nog {status}", "ik pak het op", "factuur {invoice} verstuurd",
                       "{product} weer uitverkocht", "sku {sku} klopt niet in de shop"],
        },
        ticket={"subject": "Onderwerp", "from": "Van", "closing": "Met vriendelijke groet,", "team": "Klantenservice"},
    ),
    "pl": Pack(
        families={
            "intro": ["nazywam się {full}", "f:klientka przedstawiła się jako {full}",
                      "m:klient przedstawił się jako {full}", "mam na imię {first}", "z tej strony {first} {last}"],
            "callback": ["{full} prosi o oddzwonienie", "oddzwonić jutro – {first}", "pytać o: {first}",
                         "{first} czeka na telefon w sprawie {order}"],
            "handover": ["obsłużone przez: {full}", "przekazano do: {first} (księgowość)", "eskalacja: {full} (2. linia)",
                         "sprawę prowadzi {first} {last}"],
            "greeting": ["cześć {first},", "dzień dobry {full},", "witam {first},", "hej {first},"],
            "signoff": ["pozdrawiam, {first}", "pozdrawiam serdecznie, {full}", "dzięki, {first}", "z poważaniem, {full}"],
            "honorific": ["f:{title} {last} dzwoniła dwa razy", "m:{title} {last} dzwonił dwa razy",
                      "f:{title} {last} jest niezadowolona", "m:{title} {last} jest niezadowolony",
                      "{title} {last} prosi o fakturę"],
            "relation": ["m:jej mąż {first} odbierze paczkę", "f:jego żona {first} dzwoniła",
                         "m:partner {full} ma upoważnienie", "f:partnerka {full} ma upoważnienie",
                         "m:sąsiad {full} odebrał paczkę", "f:sąsiadka {full} odebrała paczkę",
                         "m:syn {first} pomaga z aplikacją", "f:córka {first} dzwoniła w jej imieniu"],
            "after_product": ["1x {product} {full} zapłacono kartą", "zwrot {product} {first} {last} chce zwrot pieniędzy",
                              "{product} {full} - pęknięta pokrywka"],
            "possessive": ["zamówienie {full} ({order}) dotarło uszkodzone", "paczka dla: {full} utknęła w cle",
                           "zwrot na kartę {first} {last}"],
            "plain": ["{full} skarży się na czas dostawy", "{full} reklamuje {product}", "{first} {last} nie odbiera"],
        },
        repeat=["{first} potwierdza adres", "{first} wyśle zdjęcia", "{last} przyjmuje bon"],
        utility=["zamówienie {order} ({product}) {status} {date}", "przesyłka {tracking}, faktura {invoice}",
                 "zgłoszenie {case} ponownie otwarte {ts}", "wymiana {product} kod {sku} EAN {ean}",
                 "aplikacja {version} zawiesza się przy płatności", "zwrot {amount} zatwierdzony",
                 "{company} potwierdza odbiór {date}"],
        personal={"email": "kontakt: {email}", "phone": "tel. {phone}", "iban": "zwrot na konto {iban}",
                  "address": "nowy adres: {street}, {postcode} {city}", "natid": "PESEL sprawdzony: {natid}"},
        titles={"female": ["Pani", "pani", "dr"], "male": ["Pan", "pan", "dr"]},
        chat={
            "greet": ["cześć {n}", "hej {n}", "siema {n}", "dzień dobry {n}"],
            "mention": ["@{n} możesz sprawdzić {order}?", "@{n} zerknij na zgłoszenie {case}", "cc @{n}",
                        "@{n} czy {tracking} już wyszła?"],
            "third": ["{n} ma dziś wolne", "{n} mówi że ok", "zapytaj: {n}", "{n} ma fakturę {invoice}"],
            "thanks": ["dzięki {n}", "dziękuję {n}", "thx {n}"],
            "mail": ["wyślij na {email}", "mój mail: {email}"],
            "filler": ["doszła paczka {tracking}?", "zwrot {amount} zrobiony", "wersja {version} na produkcji",
                       "ok dzięki", "zamówienie {order} nadal {status}", "biorę to", "faktura {invoice} wysłana",
                       "{product} znowu niedostępny", "sku {sku} jest błędne w sklepie"],
        },
        ticket={"subject": "Temat", "from": "Od", "closing": "Pozdrawiam,", "team": "Obsługa klienta"},
    ),
    "pt": Pack(
        families={
            "intro": ["chamo-me {full}", "o meu nome é {full}", "f:a cliente apresentou-se como {full}",
                      "m:o cliente apresentou-se como {full}", "fala {first} {last}"],
            "callback": ["f:ligar de volta à {first} amanhã", "m:ligar de volta ao {first} amanhã",
                         "por favor ligar a {full} depois das 15h", "f:perguntar pela {first}", "m:perguntar pelo {first}",
                         "{full} aguarda chamada sobre a encomenda {order}"],
            "handover": ["atendido por {full}", "encaminhado para {first} da contabilidade",
                         "escalado para {full} (2.ª linha)", "tratado por {first} {last}"],
            "greeting": ["olá {first},", "bom dia {full},", "f:cara {first},", "m:caro {first},"],
            "signoff": ["cumprimentos, {first}", "com os melhores cumprimentos, {full}", "obrigado, {first}",
                        "abraço, {full}"],
            "honorific": ["{title} {last} ligou duas vezes", "falei com {title} {last} sobre o reembolso",
                      "f:{title} {last} está insatisfeita", "m:{title} {last} está insatisfeito"],
            "relation": ["m:o marido {first} vai levantar", "f:a mulher {first} ligou",
                         "m:o companheiro {full} está autorizado na conta",
                         "f:a companheira {full} está autorizada na conta",
                         "m:o vizinho {full} assinou a entrega", "f:a vizinha {full} assinou a entrega",
                         "m:o filho {first} ajuda com a app", "f:a filha {first} ligou por ela"],
            "after_product": ["1x {product} {full} pago com cartão", "devolução {product} {first} {last} quer o reembolso",
                              "{product} {full} - tampa partida"],
            "possessive": ["a encomenda de {first} ({order}) chegou danificada", "o pacote de {full} está retido na alfândega",
                           "reembolso no cartão de {first}"],
            "plain": ["{full} queixa-se do prazo de entrega", "{full} reclama de {product}", "{first} {last} não atende"],
        },
        repeat=["{first} confirma a morada", "{first} vai enviar fotos", "{last} aceita o vale"],
        utility=["encomenda {order} ({product}) {status} a {date}", "seguimento {tracking}, fatura {invoice}",
                 "processo {case} reaberto {ts}", "troca de {product} ref. {sku} EAN {ean}",
                 "a app {version} bloqueia no pagamento", "reembolso de {amount} aprovado",
                 "{company} confirma a recolha a {date}"],
        personal={"email": "contacto: {email}", "phone": "tlm. {phone}", "iban": "reembolso para o IBAN {iban}",
                  "address": "nova morada: {street}, {postcode} {city}", "natid": "NIF verificado: {natid}"},
        titles={"female": ["Sra.", "D.", "Dra."], "male": ["Sr.", "Dr."]},
        chat={
            "greet": ["olá {n}", "oi {n}", "bom dia {n}", "boas {n}"],
            "mention": ["@{n} podes ver a {order}?", "@{n} vê o processo {case} por favor", "cc @{n}",
                        "@{n} o envio {tracking} já saiu?"],
            "third": ["{n} está de folga hoje", "{n} diz que está ok", "pergunta a {n}", "{n} tem a fatura {invoice}"],
            "thanks": ["obrigado {n}", "valeu {n}", "thx {n}"],
            "mail": ["manda para {email}", "o meu mail: {email}"],
            "filler": ["chegou o {tracking}?", "reembolso {amount} feito", "versão {version} em produção", "ok obrigado",
                       "encomenda {order} ainda {status}", "eu trato disso", "fatura {invoice} enviada",
                       "{product} esgotado outra vez", "o sku {sku} está errado na loja"],
        },
        ticket={"subject": "Assunto", "from": "De", "closing": "Cumprimentos,", "team": "Apoio ao cliente"},
    ),
}  # fmt: skip

UTILITY_SLOTS: dict[str, str] = {
    "order": "order_number",
    "tracking": "tracking_number",
    "case": "case_number",
    "invoice": "invoice_number",
    "sku": "sku",
    "ean": "ean",
    "version": "version",
    "amount": "amount",
    "ts": "timestamp",
    "date": "date",
    "company": "company",
    "product": "product",
    "status": "status",
}
PERSON_SLOTS = frozenset({"first", "last", "full", "title", "n"})


def template_words() -> set[str]:
    """Every word of every template (names drawn for people must avoid them)."""
    out: set[str] = set()
    for pack in PACKS.values():
        texts: list[str] = [*pack.repeat, *pack.utility, *pack.personal.values(), *pack.ticket.values()]
        for group in (*pack.families.values(), *pack.chat.values(), *pack.titles.values()):
            texts.extend(group)
        for text in texts:
            out.update(words_of(SLOT.sub(" ", text)))
    return out


def _split_gender(template: str) -> tuple[str | None, str]:
    if template[:2] in {"f:", "m:"}:
        return ("female" if template[0] == "f" else "male"), template[2:]
    return None, template


def _cased_name(text: str, case: str) -> str:
    return text.lower() if case == "lower" else text.upper() if case == "upper" else text


@dataclass
class Rendered:
    """A rendered sentence: its text, the non-person values planted in it, the name parts used."""

    text: str
    planted: list[Planted] = field(default_factory=list)
    parts: set[str] = field(default_factory=set)


class DevSetBuilder:
    """Draws every value of the dev set from one seeded random generator."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        banned = business_words() | template_words()
        self.names = NamePool(self.rng, banned)
        self.places = PlacePool(self.rng, self.names.inventor, banned)
        self.names.banned = frozenset(self.names.banned | self.places.words())
        self.names.inventor.banned |= self.names.banned
        self.biz = Business(self.rng)
        self.source_cycle = 0

    # --- values ------------------------------------------------------------------------------------

    def next_source(self) -> str:
        self.source_cycle += 1
        return SOURCES[self.source_cycle % len(SOURCES)]

    def utility(self, slot: str, lang: str, case: str) -> tuple[str, Planted]:
        kind = UTILITY_SLOTS[slot]
        b = self.biz
        value = {
            "order": b.order_number,
            "tracking": b.tracking_number,
            "case": b.case_number,
            "invoice": b.invoice_number,
            "sku": b.sku,
            "ean": b.ean,
            "version": b.version,
            "ts": b.timestamp,
        }.get(slot)
        if value is not None:
            text = value()
        elif slot == "amount":
            text = b.amount(lang)
        elif slot == "date":
            text = b.date(lang)
        elif slot == "company":
            text = b.company(lang)
        elif slot == "status":
            text = b.status(lang)
        else:
            text = b.product(lang)
            if case == "lower":
                text = text.lower()
        return text, Planted(f"utility:{kind}", text, tags=[f"lang:{lang}"])

    def personal(
        self, slot: str, lang: str, case: str, person: Name, address: Address | None
    ) -> tuple[str, Planted]:
        country = COUNTRY[lang]
        tags = [f"lang:{lang}"]
        if slot == "email":
            text = email(self.rng, person, lang)
            return text, Planted("EMAIL_ADDRESS", text, tags=tags)
        if slot == "phone":
            text, style = phone(self.rng, country)
            return text, Planted("PHONE_NUMBER", text, tags=[*tags, style])
        if slot == "iban":
            text, style = iban(self.rng, country)
            return text, Planted("IBAN_CODE", text, tags=[*tags, style])
        if slot == "natid":
            found = national_id(self.rng, country) or national_id(self.rng, "ES")
            assert found is not None
            return found[0], Planted("NATIONAL_ID", found[0], tags=[*tags, found[1]])
        assert address is not None
        raw = {"street": address.street, "postcode": address.postcode, "city": address.city}[slot]
        text = raw.lower() if case == "lower" and slot != "postcode" else raw
        entity = {"street": "STREET_ADDRESS", "postcode": "POSTCODE", "city": "CITY"}[slot]
        return text, Planted(entity, text, tags=[*tags, address.source])

    def render(
        self,
        template: str,
        lang: str,
        case: str,
        *,
        person: Name | None = None,
        contact: Name | None = None,
        title: str | None = None,
        nick: str | None = None,
    ) -> Rendered:
        """Fill a template: person slots from ``person``, contact values built for ``contact``."""
        out = Rendered("")
        text_case = case if case == "lower" else "title"
        address: Address | None = None
        pieces: list[str] = []
        pos = 0
        for match in SLOT.finditer(template):
            literal = template[pos : match.start()]
            pieces.append(literal.lower() if text_case == "lower" else literal)
            slot = match.group(1)
            pos = match.end()
            if slot in PERSON_SLOTS:
                assert person is not None or slot == "n"
                if slot == "title":
                    value = title or ""
                    pieces.append(value.lower() if text_case == "lower" else value)
                    continue
                if slot == "n":
                    pieces.append(_cased_name(nick or "", case))
                    out.parts.add("n")
                    continue
                assert person is not None
                raw = {"first": person.first, "last": person.last, "full": person.full}[slot]
                pieces.append(_cased_name(raw, case))
                out.parts.add(slot)
                continue
            if slot in UTILITY_SLOTS:
                text, planted = self.utility(slot, lang, case)
            else:
                if slot in {"street", "postcode", "city"} and address is None:
                    address = self.places.address(lang)
                text, planted = self.personal(
                    slot, lang, case, contact or person or self.names.invented(), address
                )
            pieces.append(text)
            out.planted.append(planted)
        tail = template[pos:]
        pieces.append(tail.lower() if text_case == "lower" else tail)
        out.text = "".join(pieces)
        return out

    def pick(self, lang: str, family: str, gender: str | None = None) -> tuple[str | None, str]:
        """A template of ``family`` (its gender and text), matching ``gender`` when given."""
        options = [_split_gender(t) for t in PACKS[lang].families[family]]
        if gender is not None:
            options = [o for o in options if o[0] in {None, gender}]
        return self.rng.choice(options)

    def person_value(self, person: Name, parts: set[str], case: str) -> str:
        if "full" in parts or {"first", "last"} <= parts:
            return _cased_name(person.full, case)
        return _cased_name(person.first if "first" in parts else person.last, case)

    # --- CRM notes ---------------------------------------------------------------------------------

    def person_sentence(
        self,
        lang: str,
        family: str,
        case: str,
        source: str,
        *,
        repeat: bool = False,
        person: Name | None = None,
    ) -> tuple[list[str], list[Planted], Name]:
        """One or two sentences naming one person with the cue ``family``; its PERSON planted last."""
        pack = PACKS[lang]
        gender, template = self.pick(lang, family, person.gender if person else None)
        if person is None:
            person = self.names.draw(lang, source, gender)
        title = self.rng.choice(pack.titles[person.gender]) if "{title}" in template else None
        first = self.render(template, lang, case, person=person, title=title)
        sentences = [first.text]
        parts = set(first.parts)
        planted = list(first.planted)
        tags = [f"lang:{lang}", case, person.source, family]
        if repeat:
            again = self.render(self.rng.choice(pack.repeat), lang, case, person=person)
            sentences.append(again.text)
            parts |= again.parts
            tags.append("repeat")
        planted.append(Planted("PERSON", self.person_value(person, parts, case), tags=tags))
        return sentences, planted, person

    def note(
        self,
        lang: str,
        index: int,
        *,
        case: str | None = None,
        people: int | None = None,
        row_person: Name | None = None,
        personal_rate: float = 0.35,
    ) -> tuple[str, list[Planted], Name | None]:
        """A CRM note: person sentences (cue family cycling with ``index``), utility, maybe contacts."""
        rng = self.rng
        if case is None:
            roll = rng.random()
            case = "lower" if roll < 0.35 else "upper" if roll < 0.45 else "title"
        if people is None:
            people = 0 if index % 10 == 9 else (2 if rng.random() < 0.35 else 1)
        body: list[str] = []
        planted: list[Planted] = []
        opening: list[str] = []
        closing: list[str] = []
        main: Name | None = None
        if row_person is not None:
            family = rng.choice(["plain", "callback", "intro", "possessive", "honorific"])
            sentences, found, _ = self.person_sentence(
                lang, family, case, row_person.source, person=row_person
            )
            found[-1].tags.append("propagation")
            body.extend(sentences)
            planted.extend(found)
            main = row_person
        for k in range(people):
            family = FAMILIES[(index + 3 * k) % len(FAMILIES)]
            repeat = k == 0 and index % 5 == 2
            sentences, found, person = self.person_sentence(
                lang, family, case, self.next_source(), repeat=repeat
            )
            main = main or person
            planted.extend(found)
            if family == "greeting":
                opening.extend(sentences)
            elif family == "signoff":
                closing.extend(sentences)
            else:
                body.extend(sentences)
        pack = PACKS[lang]
        for template in rng.sample(pack.utility, rng.choice([1, 1, 2])):
            done = self.render(template, lang, case)
            body.insert(rng.randrange(len(body) + 1), done.text)
            planted.extend(done.planted)
        if rng.random() < personal_rate:
            key = rng.choice(["email", "phone", "phone", "iban", "address", "address", "natid"])
            contact = main or self.names.draw(lang, self.next_source())
            done = self.render(pack.personal[key], lang, case, contact=contact)
            shown = email_person(done.planted[0].value, contact) if key == "email" and main is None else None
            if shown:  # the e-mail carries a name nobody else mentions: plant it too
                planted.append(
                    Planted("PERSON", shown, tags=[f"lang:{lang}", "lower", contact.source, "email_local"])
                )
            body.append(done.text)
            planted.extend(done.planted)
        sep = rng.choice([". ", "; ", " - ", ". "])
        text = sep.join(body)
        if opening:
            text = f"{opening[0]} {text}"
        if closing:
            text = f"{text}{rng.choice([' ', '. ', ' -- '])}{closing[0]}"
        return text, planted, main

    def crm(self, out_dir: Path, lang: str, count: int, canaries: Sequence[Name]) -> FileSet:
        fmt = CRM_FORMATS[lang]
        path = out_dir / f"crm_{lang}.{fmt}"
        records: list[list[Planted]] = []
        lines: list[str] = []
        canary_at = {count // 3: 0, (2 * count) // 3: 1, count - 2: 2}
        for i in range(count):
            text, planted, _ = self.note(lang, i)
            if i in canary_at:
                canary = canaries[canary_at[i]]
                pack = PACKS[lang]
                if canary_at[i] < 2:
                    sentence = self.render(pack.families["handover"][0], lang, "title", person=canary)
                    text = f"{text}. {sentence.text}"
                    planted.append(
                        Planted("PERSON", canary.full, tags=[f"lang:{lang}", "title", "canary", "handover"])
                    )
                else:
                    mail = canary_email(canary)
                    text = f"{text}. {pack.personal['email'].format(email=mail)}"
                    planted.append(Planted("EMAIL_ADDRESS", mail, tags=[f"lang:{lang}", "canary"]))
            if fmt == "txt":
                lines.append(text)
                records.append(planted)
                continue
            record_id = f"crm-{lang}-{i + 1:05d}"
            obj: dict[str, Any] = {"id": record_id, "text": text}
            truth = [Planted(p.entity, p.value, "text", p.tags) for p in planted]
            truth.append(Planted("utility:record_id", record_id, "id", [f"lang:{lang}"]))
            if i % 5 == 1:
                agent = self.names.draw(lang, self.next_source())
                obj["meta"] = {"agent": agent.full, "channel": self.rng.choice(["phone", "email", "chat"])}
                truth.append(
                    Planted(
                        "PERSON",
                        agent.full,
                        "meta.agent",
                        [f"lang:{lang}", "title", agent.source, "json_field"],
                    )
                )
            lines.append(json.dumps(obj, ensure_ascii=False))
            records.append(truth)
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return FileSet(
            name=f"crm_{lang}",
            path=str(path),
            fmt=fmt,
            kind="text",
            language=lang,
            records=records,
            canaries=[canaries[0].full, canaries[1].full, canary_email(canaries[2])],
            guided_fixes=True,
            notes="CRM notes, one per record; title-, lower- and upper-case names; every cue family",
        )

    # --- chats -------------------------------------------------------------------------------------

    def chat(self, out_dir: Path, lang: str, count: int, canaries: Sequence[Name]) -> FileSet:
        pack = PACKS[lang].chat
        path = out_dir / f"chat_{lang}.jsonl"
        lines: list[str] = []
        records: list[list[Planted]] = []
        for i in range(count):
            people = [self.names.draw(lang, self.next_source()) for _ in range(self.rng.choice([2, 2, 3]))]
            nicks = {p: self.names.nickname(p) if self.rng.random() < 0.3 else p.first for p in people}
            truth: dict[tuple[str, str], Planted] = {}

            def plant(
                person: Name,
                surface: str,
                tag: str,
                upper: bool,
                truth: dict[tuple[str, str], Planted] = truth,
            ) -> str:
                shown = surface.upper() if upper else surface.lower()
                key = (shown.casefold(), person.full)
                if key not in truth:
                    tags = [f"lang:{lang}", "upper" if upper else "lower", person.source]
                    truth[key] = Planted("PERSON", shown, "text", tags)
                planted = truth[key]
                for t in (tag, "nickname" if surface != person.first else ""):
                    if t and t not in planted.tags:
                        planted.tags.append(t)
                return shown

            messages: list[str] = []
            extra: list[Planted] = []
            minute = self.rng.randrange(8 * 60, 18 * 60)
            for m in range(1 if i % 3 == 0 else self.rng.randint(2, 5)):
                speaker = people[m % len(people)]
                other = people[(m + 1) % len(people)]
                kind = self.rng.choice(["greet", "mention", "third", "thanks", "filler", "filler", "mail"])
                template = self.rng.choice(pack[kind])
                upper = self.rng.random() < 0.1
                target = other
                nick = nicks[target] if kind in {"greet", "mention", "thanks", "third"} else None
                if kind == "mail":
                    mail = email(self.rng, speaker, lang)
                    template = template.replace("{email}", mail)
                    extra.append(Planted("EMAIL_ADDRESS", mail, "text", [f"lang:{lang}", "chat"]))
                    shown_local = email_person(mail, speaker)
                    if shown_local:
                        tags = [f"lang:{lang}", "lower", speaker.source, "email_local"]
                        extra.append(Planted("PERSON", shown_local, "text", tags))
                done = self.render(template, lang, "lower", nick=NICK if nick else None)
                text = done.text
                if nick:
                    family = {
                        "greet": "greeting",
                        "mention": "mention",
                        "thanks": "signoff",
                        "third": "plain",
                    }[kind]
                    text = text.replace(NICK, plant(target, nick, family, upper))
                extra.extend(done.planted)
                speaker_name = nicks[speaker] if self.rng.random() < 0.5 else speaker.first
                shown_speaker = plant(speaker, speaker_name, "chat_speaker", self.rng.random() < 0.08)
                stamp = f"{minute // 60:02d}:{minute % 60:02d}"
                minute += self.rng.randint(0, 4)
                prefix = f"[{stamp}] " if self.rng.random() < 0.6 else ""
                if prefix:
                    extra.append(Planted("utility:timestamp", stamp, "text", [f"lang:{lang}"]))
                messages.append(f"{prefix}{shown_speaker}: {text}")
            if i == count // 4:
                mail = canary_email(canaries[2])
                who = plant(people[0], people[0].first, "chat_speaker", False)
                messages.append(f"{who}: {pack['mail'][0].format(email=mail)}")
                extra.append(Planted("EMAIL_ADDRESS", mail, "text", [f"lang:{lang}", "canary"]))
            for at, canary, template in (
                (count // 2, canaries[0], pack["third"][0]),
                ((3 * count) // 4, canaries[1], pack["third"][1]),
            ):
                if i == at:
                    who = plant(people[0], people[0].first, "chat_speaker", False)
                    shown = canary.full.lower()
                    messages.append(f"{who}: {template.format(n=shown)}")
                    extra.append(
                        Planted("PERSON", shown, "text", [f"lang:{lang}", "lower", "canary", "plain"])
                    )
            planted = [*truth.values(), *extra]
            record_id = f"chat-{lang}-{i + 1:05d}"
            if len(messages) == 1:
                ts = self.biz.timestamp()
                obj: dict[str, Any] = {"id": record_id, "ts": ts, "text": messages[0]}
                planted.append(Planted("utility:timestamp", ts, "ts", [f"lang:{lang}"]))
            else:
                obj = {"id": record_id, "messages": messages}
                planted = [Planted(p.entity, p.value, "messages[]", p.tags) for p in planted]
            planted.append(Planted("utility:record_id", record_id, "id", [f"lang:{lang}"]))
            lines.append(json.dumps(obj, ensure_ascii=False))
            records.append(planted)
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return FileSet(
            name=f"chat_{lang}",
            path=str(path),
            fmt="jsonl",
            kind="text",
            language=lang,
            records=records,
            canaries=[canaries[0].full, canaries[1].full, canary_email(canaries[2])],
            guided_fixes=True,
            notes="lower-case chat logs: speakers, @mentions, nicknames, e-mail local parts, some ALL-CAPS names",
        )

    # --- tickets -----------------------------------------------------------------------------------

    def tickets(self, out_dir: Path, count: int, canaries: Sequence[Name]) -> FileSet:
        path = out_dir / "tickets.txt"
        lines: list[str] = []
        records: list[list[Planted]] = []

        def add(text: str, planted: list[Planted]) -> None:
            lines.append(text)
            records.append(planted)

        for i in range(count):
            lang = LANGS[i % len(LANGS)]
            pack = PACKS[lang]
            customer = self.names.draw(lang, self.next_source())
            staff = self.names.draw(lang, self.next_source())
            if i in {count // 3, (2 * count) // 3}:
                customer = canaries[0 if i == count // 3 else 1]
            tag = [f"lang:{lang}", "title"]
            product, p_product = self.utility("product", lang, "title")
            case_no, p_case = self.utility("case", lang, "title")
            add(f"{pack.ticket['subject']}: #{case_no} – {product}", [p_case, p_product])
            has_from = self.rng.random() < 0.7
            if has_from:
                mail = canary_email(customer) if customer is canaries[1] else email(self.rng, customer, lang)
                add(
                    f"{pack.ticket['from']}: {customer.full} <{mail}>",
                    [
                        Planted("PERSON", customer.full, tags=[*tag, customer.source, "header"]),
                        Planted("EMAIL_ADDRESS", mail, tags=[f"lang:{lang}"]),
                    ],
                )
            greet = self.render(self.pick(lang, "greeting", staff.gender)[1], lang, "title", person=staff)
            add(
                greet.text,
                [
                    Planted(
                        "PERSON",
                        self.person_value(staff, greet.parts, "title"),
                        tags=[*tag, staff.source, "greeting"],
                    )
                ],
            )
            body = self.render(self.rng.choice(pack.utility), lang, "title")
            add(body.text + ".", body.planted)
            if self.rng.random() < 0.5:
                key = self.rng.choice(["phone", "iban", "address", "email"])
                done = self.render(pack.personal[key], lang, "title", contact=customer)
                add(done.text + ".", done.planted)
            if self.rng.random() < 0.5:
                family = self.rng.choice(["relation", "honorific", "callback", "plain"])
                sentences, planted, _ = self.person_sentence(lang, family, "title", self.next_source())
                add(". ".join(sentences) + ".", planted)
            add(pack.ticket["closing"], [])
            signature = customer.first if self.rng.random() < 0.6 else customer.full
            tags = [*tag, customer.source, "signoff"] + (["repeat"] if has_from else [])
            if customer in canaries:
                tags.append("canary")
            add(signature, [Planted("PERSON", signature, tags=tags)])
            if self.rng.random() < 0.6:
                handler = self.names.draw(lang, self.next_source())
                done = self.render(
                    self.pick(lang, "handover", handler.gender)[1], lang, "title", person=handler
                )
                value = self.person_value(handler, done.parts, "title")
                add(
                    f"[{done.text}]",
                    [*done.planted, Planted("PERSON", value, tags=[*tag, handler.source, "handover"])],
                )
            add("", [])
        mail = canary_email(canaries[2])
        add(f"From: {mail}", [Planted("EMAIL_ADDRESS", mail, tags=["lang:en", "canary"])])
        add("", [])
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return FileSet(
            name="tickets",
            path=str(path),
            fmt="txt",
            kind="text",
            language="mixed",
            records=records,
            canaries=[
                canaries[0].full,
                canaries[1].full,
                canary_email(canaries[1]),
                canary_email(canaries[2]),
            ],
            guided_fixes=True,
            notes="support e-mails in eight languages, blocks separated by blank lines, one record per line",
        )

    # --- tables ------------------------------------------------------------------------------------

    def table(
        self,
        out_dir: Path,
        name: str,
        fmt: str,
        langs: Sequence[str],
        rows: int,
        headers: dict[str, str],
        id_styles: dict[str, str],
        canaries: Sequence[Name],
        ts_style: int,
    ) -> FileSet:
        """A customer/order table; ``headers`` maps a role to its column header."""
        import pandas as pd

        data: dict[str, list[Any]] = {h: [] for h in [*id_styles, *headers.values()]}
        records: list[list[Planted]] = []
        seen_ids: dict[str, set[str]] = {c: set() for c in id_styles}
        canary_rows = {rows // 4: 0, rows // 2: 1, (3 * rows) // 4: 2}
        for i in range(rows):
            lang = langs[i % len(langs)]
            person = self.names.draw(lang, self.next_source())
            is_canary = canary_rows.get(i)
            if is_canary is not None and is_canary < 2:
                person = canaries[is_canary]
            roll = self.rng.random()
            case = "upper" if roll < 0.1 else "lower" if roll < 0.15 else "title"
            planted: list[Planted] = []
            for column, style in id_styles.items():
                value = self.biz.record_id(style, i)
                while value in seen_ids[column]:
                    value = self.biz.record_id(style, i)
                seen_ids[column].add(value)
                data[column].append(int(value) if style == "numeric" and fmt == "parquet" else value)
                planted.append(Planted("utility:record_id", value, column, [f"lang:{lang}"]))
            shape = self.rng.random()
            if shape < 0.2:
                shown = f"{person.last.upper()}, {person.first}"
            elif shape < 0.3:
                shown = f"{person.last} {person.first}"
            else:
                shown = _cased_name(person.full, case)
            tags = [f"lang:{lang}", case, person.source, "structured"] + (
                ["canary"] if is_canary is not None and is_canary < 2 else []
            )
            cells: dict[str, tuple[str, Planted | None]] = {
                "name": (shown, Planted("PERSON", shown, headers["name"], tags)),
            }
            mail = canary_email(canaries[2]) if is_canary == 2 else email(self.rng, person, lang)
            cells["email"] = (mail, Planted("EMAIL_ADDRESS", mail, headers["email"], [f"lang:{lang}"]))
            tel, style = phone(self.rng, COUNTRY[lang])
            cells["phone"] = (tel, Planted("PHONE_NUMBER", tel, headers["phone"], [f"lang:{lang}", style]))
            address = self.places.address(lang)
            for role, entity, value in (
                ("street", "STREET_ADDRESS", address.street),
                ("postcode", "POSTCODE", address.postcode),
                ("city", "CITY", address.city),
            ):
                cells[role] = (value, Planted(entity, value, headers[role], [f"lang:{lang}", address.source]))
            for role, slot in (
                ("product", "product"),
                ("order", "order"),
                ("amount", "amount"),
                ("status", "status"),
            ):
                value, p = self.utility(slot, lang, "title")
                cells[role] = (value, Planted(p.entity, value, headers[role], p.tags))
            stamp = self.biz.timestamp(ts_style)  # one shape per column, as an export has
            cells["ts"] = (stamp, Planted("utility:timestamp", stamp, headers["ts"], [f"lang:{lang}"]))
            note, note_planted, _ = self.note(
                lang,
                i,
                case="lower" if case == "lower" else "title",
                people=1 if self.rng.random() < 0.5 else 0,
                row_person=person if self.rng.random() < 0.6 and is_canary is None else None,
                personal_rate=0.15,
            )
            cells["notes"] = (note, None)
            for role, (value, cell_truth) in cells.items():
                data[headers[role]].append(value)
                if cell_truth is not None:
                    planted.append(cell_truth)
            planted.extend(Planted(p.entity, p.value, headers["notes"], p.tags) for p in note_planted)
            records.append(planted)
        frame = pd.DataFrame(data)
        path = out_dir / f"{name}.{fmt}"
        if fmt == "parquet":
            frame.to_parquet(path, index=False)
        else:
            frame.to_csv(path, index=False, sep="\t" if fmt == "tsv" else ",", encoding="utf-8")
        return FileSet(
            name=name,
            path=str(path),
            fmt=fmt,
            kind="table",
            language="mixed",
            records=records,
            id_columns=list(id_styles),
            canaries=[canaries[0].full, canaries[1].full, canary_email(canaries[2])],
            guided_fixes=True,
            notes=f"{rows} rows; languages {', '.join(langs)}; unhelpful headers for some columns",
        )


def email_person(mail: str, name: Name) -> str | None:
    """The words of ``name`` that stand as whole words in the local part of ``mail`` (or None)."""
    local = re.split(r"[^a-z]+", mail.split("@")[0])
    found = [w for w in (fold_ascii(name.first), fold_ascii(name.last)) if w in local and usable(w)]
    return " ".join(found) or None


def canary_email(name: Name) -> str:
    """The canary e-mail address of an invented canary person."""
    return f"{fold_ascii(name.first)}.{fold_ascii(name.last)}@kestrel-post.eu"


def generate(out_dir: Path, *, seed: int = 1, scale: float = 1.0) -> list[FileSet]:
    """Write the dev set into ``out_dir`` (deterministic for a seed) and return its file sets."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    builder = DevSetBuilder(seed)

    def n(base: int, floor: int = 12) -> int:
        return max(floor, round(base * scale))

    def canaries() -> list[Name]:
        return [
            builder.names.invented(style="germanic"),
            builder.names.invented(style="slavic"),
            builder.names.invented(),
        ]

    sets: list[FileSet] = []
    crm_canaries = canaries()
    for lang in LANGS:
        sets.append(builder.crm(out_dir, lang, n(NOTES_PER_LANG, 20), crm_canaries))
    chat_canaries = canaries()
    for lang in LANGS:
        sets.append(builder.chat(out_dir, lang, n(CHATS_PER_LANG), chat_canaries))
    sets.append(builder.tickets(out_dir, n(TICKETS), canaries()))
    table_canaries = canaries()
    rows = n(TABLE_ROWS, 40)
    sets.append(
        builder.table(
            out_dir, "customers", "csv", ["en", "de", "fr", "nl"], rows,
            {"name": "name", "email": "e-mail", "phone": "col3", "street": "addr", "postcode": "zip",
             "city": "town", "product": "item", "order": "ref", "amount": "total", "ts": "ts",
             "status": "status", "notes": "notes"},
            {"customer_id": "C"},
            table_canaries,
            1,
        )
    )  # fmt: skip
    sets.append(
        builder.table(
            out_dir, "members", "tsv", ["es", "it", "pt", "pl"], rows,
            {"name": "contact", "email": "mail", "phone": "c4", "street": "via", "postcode": "cp",
             "city": "loc", "product": "articolo", "order": "pedido", "amount": "importe", "ts": "fecha",
             "status": "estado", "notes": "obs"},
            {"member_no": "MBR"},
            table_canaries,
            2,
        )
    )  # fmt: skip
    sets.append(
        builder.table(
            out_dir, "orders", "parquet", list(LANGS), rows,
            {"name": "full name", "email": "email", "phone": "phone", "street": "street",
             "postcode": "postcode", "city": "city", "product": "product", "order": "order_no",
             "amount": "amount", "ts": "ordered_at", "status": "status", "notes": "comment"},
            {"employee_id": "E", "account": "numeric"},
            table_canaries,
            3,
        )
    )  # fmt: skip
    return sets


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--scale", type=float, default=1.0)
    args = parser.parse_args()
    sets = generate(args.out_dir, seed=args.seed, scale=args.scale)
    write_truth(sets, args.out_dir / "truth.json")
    planted = sum(len(r) for s in sets for r in s.records)
    print(f"{len(sets)} files, {sum(len(s.records) for s in sets)} records, {planted} planted values")


if __name__ == "__main__":
    main()
