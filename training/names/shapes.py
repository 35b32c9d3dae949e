"""Sentence shapes and business lines added in ``shoal_names`` 0.2.0 (written for this generator).

0.1.0 learned names in clauses with a cue. Held-out sets showed the shapes it had never seen: names in
quoted speech, subject lines, "c/o" and attention lines, per-procuration marks, CSV-like and pasted
rows, bullets, timestamped lines and slashed pairs, and one-line records where an order sentence
("Order EN-30875: Kit Bergen, £51.31, booked, via Ditta Sbrolli.") sits beside them. The order
sentence is also the hard negative: a product made of a variant word and a name or place, and a
company made of a trade word and a surname, are not persons.

Templates use the placeholders of `templates.py`; `SHAPES` are appended to each language's templates,
so 10 % of them are held out for the dev split like the others.
"""

from __future__ import annotations

from training.names.templates import _lines

SHAPES: dict[str, list[str]] = {
    "en": _lines("""
"All set," said {P}.
"We'll be there at {TIME}," {P:f} said.
"Thanks, that works," wrote {P:f}.
'No rush' - {P:fl}
Re: Ticket for {P:fl}
Fwd: invoice {ORDER} for {P}
RE: {P:fl} - order {ORDER}
post c/o {P:fl}, {STREET}
c/o {P}
attn: {P:fl}
FAO {P:fl}, {DEPT}
pp {P:fl}
p.p. {P:staff}
{P:fl};{P2:fl};{STATUS}
{P:lf};{PHONE};{STATUS}
{ORDER};{P:fl};{AMT}
• {P:fl} – fitting
- {P:f}: {W}
* {P:staff} – on call
[{TIME}] {P:f}: on site
{TIME} {P:fl}: done
{P:f}/{P2:f} on shift
{P:fl} / {P2:fl} will collect
{P:fl} | {PHONE} | {EMAIL}
{P:fl}, {PHONE}, {EMAIL}
Checked by {P:staff}.
Signed off by {P:fl} on {DATE}.
Measured by {P:f}, fitted by {P2:f}.
{P:fl} and {P2:fl} will collect.
{P:lf} rang about the slot.
attn: {DEPT}
c/o {COMP}
Re: order {ORDER}
• {PROD} – {AMT}
{PROD};{SKU};{STATUS}
{PROD} / {PROD2}
Checked by the {ROLE}.
"""),
    "de": _lines("""
„Alles klar“, sagte {P}.
"Passt so", schrieb {P:f}.
„Kommen um {TIME}“ – {P:fl}
AW: Termin für {P:fl}
WG: Rechnung {ORDER} – {P}
c/o {P:fl}, {STREET}
z. Hd. {P:fl}
z. Hd. {P:t}
i. A. {P:fl}
i. V. {P:staff}
{P:fl};{P2:fl};{STATUS}
{P:lf};{PHONE};{STATUS}
{ORDER};{P:fl};{AMT}
• {P:fl} – Aufmaß
- {P:f}: {W}
[{TIME}] {P:f}: vor Ort
{P:f}/{P2:f} im Dienst
{P:fl} | {PHONE} | {EMAIL}
Geprüft von {P:staff}.
Abgenommen durch {P:fl} am {DATE}.
Aufgemessen von {P:f}, montiert von {P2:f}.
{P:fl} und {P2:fl} holen ab.
bei {P:l} nachgefragt
z. Hd. {DEPT}
AW: Bestellung {ORDER}
• {PROD} – {AMT}
{PROD};{SKU};{STATUS}
Geprüft von der {DEPT}.
"""),
    "fr": _lines("""
« C'est bon », dit {P}.
"Parfait", a écrit {P:f}.
« On passe à {TIME} » - {P:fl}
RE : dossier de {P:fl}
TR : facture {ORDER} - {P}
c/o {P:fl}, {STREET}
à l'attention de {P:t}
à l'att. de {P:fl}
p.o. {P:fl}
p/o {P:staff}
{P:fl};{P2:fl};{STATUS}
{P:lf};{PHONE};{STATUS}
• {P:fl} – encadrement
[{TIME}] {P:f} : sur place
{P:f}/{P2:f} de permanence
{P:fl} | {PHONE} | {EMAIL}
Vérifié par {P:staff}.
Livré par {P:fl} le {DATE}.
Mesuré par {P:f}, posé par {P2:f}.
{P:fl} et {P2:fl} passeront chercher.
à l'attention du {DEPT}
RE : commande {ORDER}
• {PROD} – {AMT}
{PROD};{SKU};{STATUS}
"""),
    "es": _lines("""
«Todo listo», dijo {P}.
"Perfecto", escribió {P:f}.
"Llegamos a las {TIME}" - {P:fl}
RE: pedido de {P:fl}
RV: factura {ORDER} - {P}
c/o {P:fl}, {STREET}
a la atención de {P:t}
a/a {P:fl}
p.o. {P:fl}
p/ {P:staff}
{P:fl};{P2:fl};{STATUS}
{P:lf};{PHONE};{STATUS}
• {P:fl} – soldadura
[{TIME}] {P:f}: en el taller
{P:f}/{P2:f} de guardia
{P:fl} | {PHONE} | {EMAIL}
Revisado por {P:staff}.
Entregado por {P:fl} el {DATE}.
Medido por {P:f}, montado por {P2:f}.
{P:fl} y {P2:fl} pasan a recoger.
a la atención de {DEPT}
RE: pedido {ORDER}
• {PROD} – {AMT}
{PROD};{SKU};{STATUS}
"""),
    "it": _lines("""
«Tutto a posto», disse {P}.
"Perfetto", ha scritto {P:f}.
"Arriviamo alle {TIME}" - {P:fl}
R: ordine di {P:fl}
I: fattura {ORDER} - {P}
c/o {P:fl}, {STREET}
alla c.a. di {P:t}
alla cortese attenzione di {P:fl}
p.p. {P:fl}
per conto di {P:staff}
{P:fl};{P2:fl};{STATUS}
{P:lf};{PHONE};{STATUS}
• {P:fl} – molatura
[{TIME}] {P:f}: in laboratorio
{P:f}/{P2:f} di turno
{P:fl} | {PHONE} | {EMAIL}
Controllato da {P:staff}.
Consegnato da {P:fl} il {DATE}.
Misurato da {P:f}, montato da {P2:f}.
{P:fl} e {P2:fl} passano a ritirare.
alla c.a. dell'{DEPT}
R: ordine {ORDER}
• {PROD} – {AMT}
{PROD};{SKU};{STATUS}
"""),
    "nl": _lines("""
"Komt goed," zei {P}.
"Prima", schreef {P:f}.
"We zijn er om {TIME}" - {P:fl}
Re: afspraak voor {P:fl}
Fw: factuur {ORDER} - {P}
p/a {P:fl}, {STREET}
t.a.v. {P:t}
t.a.v. {P:fl}
i.o.v. {P:staff}
namens {P:fl}
{P:fl};{P2:fl};{STATUS}
{P:lf};{PHONE};{STATUS}
• {P:fl} – intake
[{TIME}] {P:f}: op locatie
{P:f}/{P2:f} van dienst
{P:fl} | {PHONE} | {EMAIL}
Gecontroleerd door {P:staff}.
Afgeleverd door {P:fl} op {DATE}.
Opgemeten door {P:f}, geplaatst door {P2:f}.
{P:fl} en {P2:fl} komen ophalen.
t.a.v. {DEPT}
Re: bestelling {ORDER}
• {PROD} – {AMT}
{PROD};{SKU};{STATUS}
"""),
    "pl": _lines("""
„Wszystko gotowe” – powiedział {Pm}.
„Dzięki” – napisała {Pf:f}.
„Będziemy o {TIME}” – {P:fl}
Odp: Zgłoszenie – {P:fl}
PD: faktura {ORDER} – {P}
do rąk: {P:fl}
z up. {P:fl}
w zastępstwie {P:staff@gen}
{P:fl};{P2:fl};{STATUS}
{P:lf};{PHONE};{STATUS}
• {P:fl} – wymiana opon
[{TIME}] {P:f}: na miejscu
{P:f}/{P2:f} na zmianie
{P:fl} | {PHONE} | {EMAIL}
Sprawdzone przez {P:staff@acc}.
Odebrane przez {P:fl@acc} dnia {DATE}.
{P:fl} i {P2:fl} odbiorą.
do rąk: {DEPT}
Odp: zamówienie {ORDER}
• {PROD} – {AMT}
{PROD};{SKU};{STATUS}
"""),
    "pt": _lines("""
«Está tudo pronto», disse {P}.
"Obrigado", escreveu {P:f}.
"Chegamos às {TIME}" - {P:fl}
RE: encomenda de {P:fl}
ENC: fatura {ORDER} - {P}
a/c {P:fl}, {STREET}
ao cuidado de {P:t}
aos cuidados de {P:fl}
p.p. {P:fl}
p/ {P:staff}
{P:fl};{P2:fl};{STATUS}
{P:lf};{PHONE};{STATUS}
• {P:fl} – afiação
[{TIME}] {P:f}: no local
{P:f}/{P2:f} de turno
{P:fl} | {PHONE} | {EMAIL}
Verificado por {P:staff}.
Entregue por {P:fl} em {DATE}.
Medido por {P:f}, montado por {P2:f}.
{P:fl} e {P2:fl} vêm buscar.
ao cuidado do {DEPT}
RE: encomenda {ORDER}
• {PROD} – {AMT}
{PROD};{SKU};{STATUS}
"""),
}

#: Variant words that open a product's model name ("Kit Bergen", "Set Clara", "DELUXE HUGO").
VARIANTS: list[str] = ["Kit", "Set", "Pack", "Mini", "Deluxe", "Plus", "Pro", "Max", "Duo", "Lite", "Classic",
                       "Edition", "Box", "Combo", "Starter", "Premium", "Basic", "Family", "Junior", "Twin"]  # fmt: skip

#: German nouns that take a name as a model name, written as one compound ("Chormappe Bruno").
DE_COMPOUNDS: list[str] = ["Chormappe", "Notenständer", "Geigenkasten", "Blumenkasten", "Gartenbank",
                           "Werkzeugkoffer", "Kinderrad", "Lesebrille", "Regenjacke", "Schneidebrett",
                           "Küchenwaage", "Bilderrahmen", "Fensterbank", "Duschvorhang", "Spiegelschrank"]  # fmt: skip

#: Lower-case catalogue nouns before a model name ("hortensia Begoña", "reader bag Bremen").
LOWER_NOUNS: dict[str, list[str]] = {
    "en": ["reader bag", "seed tray", "tote", "planter", "gift box", "tea tin", "oil can", "rain barrel"],
    "de": ["gießkanne", "pflanzschale", "brotdose", "einkaufsnetz", "kerzenhalter"],
    "fr": ["hortensia", "rosier", "jardinière", "boîte à thé", "panier"],
    "es": ["hortensia", "rosal", "maceta", "caja regalo", "cesta"],
    "it": ["ortensia", "rosa rampicante", "vaso", "cestino", "scatola"],
    "nl": ["hortensia", "plantenbak", "broodtrommel", "mand"],
    "pl": ["hortensja", "doniczka", "koszyk", "pudełko"],
    "pt": ["hortênsia", "vaso", "cesto", "caixa"],
}

#: A trade or firm word before a surname: a company ("Ditta Sbrolli", "Zakład Grabet", "Talleres Orvi").
COMPANY_PREFIXES: dict[str, list[str]] = {
    "en": ["Workshop", "Studio", "Bakery", "Garage", "Salon", "House of"],
    "de": ["Firma", "Werkstatt", "Glaserei", "Schreinerei", "Bäckerei", "Autohaus", "Gebr."],
    "fr": ["Atelier", "Maison", "Boulangerie", "Garage", "Ets", "Établissements"],
    "es": ["Talleres", "Taller", "Panadería", "Hermanos", "Imprenta", "Herrería"],
    "it": ["Ditta", "Bottega", "Officina", "Vetreria", "Fratelli", "Forno"],
    "nl": ["Bakkerij", "Garage", "Firma", "Drukkerij", "Gebroeders"],
    "pl": ["Zakład", "Firma", "Warsztat", "Piekarnia", "Drukarnia", "Pracownia"],
    "pt": ["Oficina", "Casa", "Padaria", "Cutelaria", "Irmãos", "Tipografia"],
}

#: The order sentence of a one-line record: order word, "via", and status words per language.
ORDER_LINE: dict[str, tuple[list[str], list[str]]] = {
    "en": (["Order", "Job", "Booking", "Ref"], ["via", "through", "from"]),
    "de": (["Auftrag", "Bestellung", "Vorgang", "Buchung"], ["über", "via", "von"]),
    "fr": (["Commande", "Réservation", "Dossier"], ["via", "par", "chez"]),
    "es": (["Pedido", "Encargo", "Reserva"], ["vía", "a través de", "de"]),
    "it": (["Ordine", "Commessa", "Prenotazione"], ["tramite", "via", "da"]),
    "nl": (["Bestelling", "Opdracht", "Boeking"], ["via", "door", "van"]),
    "pl": (["Zamówienie", "Zlecenie", "Rezerwacja"], ["przez", "od", "via"]),
    "pt": (["Encomenda", "Pedido", "Reserva"], ["via", "através de", "da"]),
}

#: Contact phrases closing a one-line record (labels only; the values are fillers, labelled O).
CONTACT: dict[str, list[str]] = {
    "en": ["Tel {PHONE}, mail {EMAIL}.", "Address: {STREET}, {CITY}.", "Born {DATE}.", "Call {PHONE}."],
    "de": ["Tel. {PHONE}, Mail {EMAIL}.", "Anschrift: {STREET}, {CITY}.", "geb. {DATE}.", "Rückruf {PHONE}."],
    "fr": ["Tél. {PHONE}, courriel {EMAIL}.", "Adresse : {STREET}, {CITY}.", "Né le {DATE}."],
    "es": ["Tel. {PHONE}, correo {EMAIL}.", "Dirección: {STREET}, {CITY}.", "Nacido el {DATE}."],
    "it": ["Tel. {PHONE}, mail {EMAIL}.", "Indirizzo: {STREET}, {CITY}.", "Nato il {DATE}."],
    "nl": ["Tel. {PHONE}, mail {EMAIL}.", "Adres: {STREET}, {CITY}.", "Geboren {DATE}."],
    "pl": ["Tel. {PHONE}, e-mail {EMAIL}.", "Adres: {STREET}, {CITY}.", "Ur. {DATE}."],
    "pt": ["Tel. {PHONE}, email {EMAIL}.", "Morada: {STREET}, {CITY}.", "Nascido a {DATE}."],
}
