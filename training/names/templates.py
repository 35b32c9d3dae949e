"""Sentence templates per language, written for this generator (no external source).

Placeholders (see ``generate.py``):

* persons: ``{P}``, ``{P2}``, ``{P3}``; an optional ``m``/``f`` fixes the gender (``{Pf}``), an optional
  ``:form`` picks the mention (``fl`` full, ``f`` first, ``l`` last, ``t`` title + name, ``il`` initial +
  last, ``fi`` first + initial, ``lf`` LAST first, ``staff`` hand-over style, ``sig`` signature, ``h`` handle),
  and Polish ``@gen|dat|acc|ins|loc`` inflects it. The same key in one example is the same person.
* non-persons (labelled O): ``PROD``, ``PROD2``, ``CITY``, ``STREET``, ``COMP``, ``DEPT``, ``ROLE``, ``DAY``,
  ``MONTH``, ``DATE``, ``TIME``, ``ORDER``, ``SKU``, ``AMT``, ``PHONE``, ``EMAIL``, ``TICKET``, ``BRAND``,
  ``HI``, ``HI0``, ``BYE``, ``STATUS``, ``NUM``,
  ``COUNTRY``, ``JOB``, ``W`` (1-3 ordinary words, see ``vocab.py``).
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip() and not line.startswith("#")]


TEMPLATES: dict[str, list[str]] = {
    "en": _lines("""
caller gave her name as {Pf:fl}
Caller gave his name as {Pm:fl} and asked about {ORDER}.
Spoke with {P} about the late delivery of {ORDER}.
{P} called re invoice {ORDER}, wants a refund of {AMT}.
Customer {P:fl} says the {PROD} arrived damaged.
{P:fl} rang again, third time this week.
Left a voicemail for {P}.
{P} will call back on {DAY} after {TIME}.
Please call back {P:fl} on {PHONE}.
Call-back requested by {P} before {TIME}.
Tried to reach {P:f} twice, no answer.
Escalated to {P:staff} (2nd line).
escalated to {P:staff}
Handed over to {P:staff} for the night shift.
Ticket assigned to {P:staff}.
Handled by {P:staff}, closed on {DATE}.
Passed to {P2:staff} in {DEPT}.
Reassigned from {P:staff} to {P2:staff}.
{P:staff} is covering for {P2:staff} this week.
My name is {P:fl} and I ordered a {PROD} on {DATE}.
Hi, this is {P:fl} from {COMP}.
I'm {P:f}, {P2:f}'s colleague.
This is {P:f} calling about order {ORDER}.
Please address the parcel to {P:t}.
{P:t} confirmed the new address: {STREET}.
Meeting with {P:t} and {P2:t} on {DAY}.
Her husband {Pm:fl} will pick up the parcel.
His wife {Pf:f} signed for the delivery.
The neighbour, {P:fl}, accepted the package.
Parcel left with neighbour {P} at number {NUM}.
Her son {Pm:f} handles the account now.
Authorised contact: {P:fl} (daughter).
{P}'s account was locked after three failed logins.
Refund sent to {P:fl}'s card ending {NUM}.
Order placed under {P:l}'s name.
{P:fl} {PHONE}
{P:fl}, {STREET}, {CITY}
{P:fl} - {ORDER} - {AMT}
Contact person: {P:fl}, {EMAIL}
{P} called. {P:f} said the {PROD} is still missing.
Spoke to {P:fl} again; {P:f} is not happy.
{P:fl} wants to cancel. Told {P:f} about the 14-day window.
According to {P:f}, the courier never came.
As discussed with {P}, we will replace the {PROD}.
Thanks {P:f}!
Signed by {P:il} at reception.
Met {P:fl} at the {CITY} store.
{P:fl} from {CITY} asked whether the {PROD} comes in blue.
We have an appointment with {P} on {DATE} at {TIME}.
Complaint filed by {P:fl} regarding the {PROD}.
Payment of {AMT} received from {P:fl}.
Invoice {ORDER} should be addressed to {P:t}, {COMP}.
Please cc {P:f} on the reply.
cc: {P:fl}
FYI {P:f} is off sick today, ask {P2:f} instead.
{P:fl} joined the team in {MONTH} and now leads the {CITY} office.
I met {P:f} and {P2:f} at the trade fair last year.
Photo by {P:fl}
Interview with {P:fl}, head of operations at {COMP}.
The report was written by {P:fl} and reviewed by {P2:il}.
Apparently {P:lf} never received the replacement.
{P:lf} - account closed on request
Guest: {P:t} - room {NUM} - late checkout
The lease is in the name of {P:fl} and {P2:fl}.
patient {P:fl} rescheduled to {DAY}
Driver {P:f} could not find {STREET}.
@{P:h} can you take a look at {TICKET}?
thanks @{P:h}, closing this one
Escalated to {DEPT}.
escalated to {DEPT}, awaiting reply
Handled by {DEPT}.
Ticket passed to {DEPT} for review.
Customer ordered the {PROD} and the {PROD2}.
The {PROD} is out of stock until {MONTH}.
Returned item: {PROD} ({SKU}), refund {AMT}.
{HI0}, the {PROD} is back in stock.
{HI0}, please check {ORDER}.
Delivery to {STREET}, {CITY} failed on {DAY}.
{COMP} confirmed the shipment of {ORDER}.
Spoke to {ROLE}, no update yet.
{BRAND} dishwasher still leaking after repair.
New stock of the {PROD} arrives in {MONTH}.
{P:fl} was born in {CITY} and moved to {COUNTRY} in the nineties.
I will be travelling to {COUNTRY} with {P:f} next week.
{P:fl}, a {JOB} from {CITY}, said the new rules were confusing.
The book by {P:l} was published in {MONTH} and sold well in {COUNTRY}.
We had dinner with {P:f} and {P2:f} at a small {W} place downtown.
{P:fl} works as a {JOB} at {COMP}.
Is {P:f} still living in {CITY}?
According to {P:fl}, {W} {W} was never the plan.
{P:f} told me {W} {W} yesterday.
Our {JOB} {P:fl} retired after twenty years.
{P:l} and {P2:l} founded {COMP} in {CITY}.
The account is under my partner's name, {P:fl}.
Please correct the name on the card to {P:t}.
{COMP} opened a new office in {CITY}, {COUNTRY}.
The {W} festival in {CITY} starts on {DAY}.
She studied in {COUNTRY} before joining {COMP} as a {JOB}.
"""),
    "de": _lines("""
Kundin {Pf:fl} hat angerufen, die {PROD} ist beschädigt angekommen.
Kunde {Pm:fl} ruft wegen Rechnung {ORDER} an.
Anrufer nannte sich {Pm:fl}.
Die Anruferin hat ihren Namen als {Pf:fl} angegeben.
Rückruf an {P:t} unter {PHONE} erbeten.
Bitte {P:fl} bis {TIME} zurückrufen.
{P} bittet um Rückruf am {DAY}.
{P:f} war nicht erreichbar, Mailbox besprochen.
Habe mit {P:t} telefoniert, sie/er wartet auf Gutschrift über {AMT}.
Eskaliert an {P:staff}.
weitergeleitet an {P:staff} (2nd Level)
Übergeben an {P:staff}, bitte übernehmen.
Bearbeitet von {P:staff}.
Zuständig: {P:staff}
Ticket von {P:staff} an {P2:staff} übergeben.
{P:staff} vertritt diese Woche {P2:staff}.
Mein Name ist {P:fl}, ich habe am {DATE} eine {PROD} bestellt.
Hier spricht {P:fl} von {COMP}.
Ich bin {P:f}, die Kollegin von {P2:f}.
Guten Tag, {P:t} am Apparat.
Bitte das Paket an {P:t} adressieren.
{P:t} hat die neue Adresse bestätigt: {STREET}.
Termin mit {P:t} und {P2:t} am {DAY} um {TIME}.
Ihr Mann {Pm:fl} holt das Paket ab.
Seine Frau {Pf:f} hat die Lieferung angenommen.
Der Nachbar {Pm:fl} hat das Paket angenommen.
Paket beim Nachbarn {P} in Hausnummer {NUM} abgegeben.
Ihr Sohn {Pm:f} kümmert sich jetzt um das Konto.
Bevollmächtigt: {P:fl} (Tochter)
{P:f@gen} Konto wurde nach drei Fehlversuchen gesperrt.
Die Gutschrift geht an {P:fl}.
Die Bestellung läuft auf den Namen {P:l}.
{P:fl} {PHONE}
{P:fl}, {STREET}, {CITY}
{P:lf} - {ORDER} - {AMT}
Ansprechpartner: {P:fl}, {EMAIL}
{P} hat angerufen. {P:f} sagt, die {PROD} fehlt noch immer.
Nochmals mit {P:fl} gesprochen, {P:f} ist verärgert.
{P:fl} möchte stornieren. Habe {P:f} auf die Widerrufsfrist hingewiesen.
Laut {P:f} ist der Kurier nie gekommen.
Wie mit {P} besprochen, ersetzen wir die {PROD}.
Danke {P:f}!
Unterschrieben von {P:il} am Empfang.
{P:fl} aus {CITY} fragt, ob es die {PROD} auch in Blau gibt.
Beschwerde von {P:fl} wegen der {PROD}.
Zahlung über {AMT} von {P:fl} eingegangen.
Bitte {P:f} in CC setzen.
{P:f} ist heute krank, bitte an {P2:f} wenden.
Frau {Pf:l} aus der Buchhaltung meldet sich morgen.
Herr {Pm:l} hat den Vertrag am {DATE} unterschrieben.
Die Wohnung ist auf {P:fl} und {P2:fl} gemietet.
Patientin {Pf:fl} auf {DAY} verlegt.
Der Fahrer {Pm:f} hat die {STREET} nicht gefunden.
Schöne Grüße an {P:f} und das ganze Team!
Gespräch mit {P:t} zur Vertragsverlängerung geführt.
@{P:h} kannst du dir {TICKET} anschauen?
danke @{P:h}, ich schließe das Ticket
Eskaliert an {DEPT}.
weitergeleitet an {DEPT}, warten auf Antwort
Übergeben an {DEPT}.
Kunde hat die {PROD} und die {PROD2} bestellt.
Die {PROD} ist bis {MONTH} nicht lieferbar.
Retoure: {PROD} ({SKU}), Erstattung {AMT}.
{HI0}, die {PROD} ist wieder verfügbar.
{HI0}, bitte {ORDER} prüfen.
Zustellung an {STREET}, {CITY} am {DAY} fehlgeschlagen.
{COMP} hat den Versand von {ORDER} bestätigt.
Mit {ROLE} gesprochen, noch keine Rückmeldung.
{BRAND} Spülmaschine nach Reparatur wieder undicht.
Neue Lieferung der {PROD} kommt im {MONTH}.
Die Filiale in der {STREET} hat am {DAY} geschlossen.
{P:fl} ist in {CITY} geboren und lebt heute in {COUNTRY}.
{P:fl} arbeitet als {JOB} bei {COMP}.
Nächste Woche fahre ich mit {P:f} nach {COUNTRY}.
{COMP} eröffnet eine neue Filiale in {CITY}.
Laut {P:fl} war {W} {W} nie geplant.
"""),
    "fr": _lines("""
La cliente {Pf:fl} a appelé, le {PROD} est arrivé abîmé.
Le client {Pm:fl} appelle au sujet de la facture {ORDER}.
L'appelant a donné son nom : {Pm:fl}.
La cliente s'appelle {Pf:fl} et attend un remboursement de {AMT}.
Rappeler {P:t} au {PHONE}.
Merci de rappeler {P:fl} avant {TIME}.
{P} demande à être rappelé {DAY}.
Impossible de joindre {P:f}, message laissé sur le répondeur.
Échange téléphonique avec {P:t} au sujet de l'avoir.
Escaladé à {P:staff}.
transféré à {P:staff} (niveau 2)
Dossier transmis à {P:staff} pour suivi.
Traité par {P:staff}.
Pris en charge par {P:staff} le {DATE}.
Ticket réattribué de {P:staff} à {P2:staff}.
{P:staff} remplace {P2:staff} cette semaine.
Je m'appelle {P:fl} et j'ai commandé un {PROD} le {DATE}.
Bonjour, ici {P:fl} de la société {COMP}.
Je suis {P:f}, la collègue de {P2:f}.
Merci d'adresser le colis à {P:t}.
{P:t} a confirmé sa nouvelle adresse : {STREET}.
Rendez-vous avec {P:t} et {P2:t} {DAY} à {TIME}.
Son mari {Pm:fl} viendra chercher le colis.
Sa femme {Pf:f} a signé le bon de livraison.
Le voisin, {Pm:fl}, a réceptionné le colis.
Colis déposé chez la voisine {Pf} au numéro {NUM}.
Son fils {Pm:f} gère désormais le compte.
Personne autorisée : {P:fl} (fille)
Le compte de {P} a été bloqué après trois tentatives.
Remboursement envoyé sur la carte de {P:fl}.
Commande passée au nom de {P:l}.
{P:fl} {PHONE}
{P:lf}, {STREET}, {CITY}
{P:lf} - {ORDER} - {AMT}
Contact : {P:fl}, {EMAIL}
{P} a appelé. {P:f} dit que le {PROD} manque toujours.
Eu {P:fl} à nouveau ; {P:f} n'est pas contente.
{P:fl} veut annuler. J'ai expliqué le délai de rétractation à {P:f}.
D'après {P:f}, le livreur n'est jamais passé.
Comme convenu avec {P}, nous remplaçons le {PROD}.
Merci {P:f} !
Signé par {P:il} à l'accueil.
{P:fl} de {CITY} demande si le {PROD} existe en bleu.
Réclamation de {P:fl} concernant le {PROD}.
Paiement de {AMT} reçu de {P:fl}.
Mettre {P:f} en copie svp.
{P:f} est malade aujourd'hui, voir avec {P2:f}.
Madame {Pf:l} de la comptabilité rappellera demain.
Monsieur {Pm:l} a signé le contrat le {DATE}.
Le bail est au nom de {P:fl} et {P2:fl}.
Patiente {Pf:fl} reportée à {DAY}.
Le chauffeur {Pm:f} n'a pas trouvé la {STREET}.
Le dossier d'{P:f} est complet.
Bien reçu, merci à {P:f} pour son aide.
@{P:h} tu peux regarder le {TICKET} ?
merci @{P:h}, je ferme le ticket
Escaladé à {DEPT}.
transmis à {DEPT}, en attente de réponse
Traité par {DEPT}.
Le client a commandé le {PROD} et le {PROD2}.
Le {PROD} est en rupture jusqu'en {MONTH}.
Retour : {PROD} ({SKU}), remboursement {AMT}.
{HI0}, le {PROD} est de nouveau en stock.
{HI0}, merci de vérifier la commande {ORDER}.
Livraison au {STREET}, {CITY} échouée {DAY}.
{COMP} a confirmé l'expédition de {ORDER}.
Parlé avec {ROLE}, pas de nouvelles.
Lave-vaisselle {BRAND} fuit encore après réparation.
{P:fl} est né à {CITY} et vit maintenant en {COUNTRY}.
{P:fl} travaille comme {JOB} chez {COMP}.
La semaine prochaine je pars en {COUNTRY} avec {P:f}.
{COMP} ouvre une nouvelle agence à {CITY}.
Selon {P:fl}, {W} {W} n'était pas prévu.
"""),
    "es": _lines("""
La clienta {Pf:fl} llamó, el {PROD} llegó dañado.
El cliente {Pm:fl} llama por la factura {ORDER}.
La persona que llamó dijo llamarse {P:fl}.
Se identificó como {P:fl} y pidió un reembolso de {AMT}.
Devolver la llamada a {P:t} al {PHONE}.
Por favor llamar a {P:fl} antes de las {TIME}.
{P} pide que le llamemos el {DAY}.
No se pudo contactar con {P:f}, se dejó mensaje.
Hablé con {P:t} sobre el abono.
Escalado a {P:staff}.
escalado a {P:staff} (nivel 2)
Atendido por {P:staff}.
atendido por {P:staff} el {DATE}
Caso asignado a {P:staff}.
Reasignado de {P:staff} a {P2:staff}.
{P:staff} sustituye a {P2:staff} esta semana.
Me llamo {P:fl} y pedí un {PROD} el {DATE}.
Hola, soy {P:fl} de {COMP}.
Soy {P:f}, compañera de {P2:f}.
Enviar el paquete a nombre de {P:t}.
{P:t} confirmó su nueva dirección: {STREET}.
Cita con {P:t} y {P2:t} el {DAY} a las {TIME}.
Su marido {Pm:fl} recogerá el paquete.
Su mujer {Pf:f} firmó la entrega.
El vecino, {Pm:fl}, recogió el paquete.
Paquete entregado a la vecina {Pf} del {NUM}.
Su hijo {Pm:f} lleva ahora la cuenta.
Persona autorizada: {P:fl} (hija)
La cuenta de {P} se bloqueó tras tres intentos.
Reembolso enviado a la tarjeta de {P:fl}.
Pedido a nombre de {P:l}.
{P:fl} {PHONE}
{P:fl}, {STREET}, {CITY}
{P:fl} - {ORDER} - {AMT}
Contacto: {P:fl}, {EMAIL}
{P} llamó. {P:f} dice que el {PROD} sigue sin llegar.
Hablé otra vez con {P:fl}; {P:f} no está contenta.
{P:fl} quiere cancelar. Le expliqué a {P:f} el plazo de devolución.
Según {P:f}, el repartidor nunca vino.
Como acordamos con {P}, cambiaremos el {PROD}.
¡Gracias {P:f}!
Firmado por {P:il} en recepción.
{P:fl} de {CITY} pregunta si el {PROD} viene en azul.
Reclamación de {P:fl} por el {PROD}.
Pago de {AMT} recibido de {P:fl}.
Poner a {P:f} en copia por favor.
{P:f} está de baja hoy, preguntad a {P2:f}.
La señora {Pf:l} de contabilidad llamará mañana.
Don {Pm:f} firmó el contrato el {DATE}.
El contrato de alquiler está a nombre de {P:fl} y {P2:fl}.
Paciente {P:fl} pasa al {DAY}.
El conductor {Pm:f} no encontró la {STREET}.
Saludos a {P:f} y a todo el equipo.
La hermana de {P:f}, {P2f:f}, también es clienta.
@{P:h} ¿puedes mirar el {TICKET}?
gracias @{P:h}, cierro el ticket
Escalado a {DEPT}.
pasado a {DEPT}, pendiente de respuesta
Atendido por {DEPT}.
El cliente pidió el {PROD} y el {PROD2}.
El {PROD} está agotado hasta {MONTH}.
Devolución: {PROD} ({SKU}), reembolso {AMT}.
{HI0}, el {PROD} vuelve a estar disponible.
{HI0}, revisad el pedido {ORDER} por favor.
Entrega en {STREET}, {CITY} fallida el {DAY}.
{COMP} confirmó el envío de {ORDER}.
Hablé con {ROLE}, sin novedades.
El lavavajillas {BRAND} sigue perdiendo agua.
{P:fl} nació en {CITY} y ahora vive en {COUNTRY}.
{P:fl} trabaja como {JOB} en {COMP}.
La semana que viene viajo a {COUNTRY} con {P:f}.
{COMP} abre una nueva oficina en {CITY}.
Según {P:fl}, {W} {W} nunca fue el plan.
"""),
    "it": _lines("""
La cliente {Pf:fl} ha chiamato, il {PROD} è arrivato danneggiato.
Il cliente {Pm:fl} chiama per la fattura {ORDER}.
Il chiamante ha detto di chiamarsi {Pm:fl}.
La signora si è presentata come {Pf:fl} e chiede un rimborso di {AMT}.
Richiamare {P:t} al {PHONE}.
Per favore richiamare {P:fl} entro le {TIME}.
{P} chiede di essere richiamato {DAY}.
{P:f} non raggiungibile, lasciato messaggio in segreteria.
Sentito {P:t} per la nota di credito.
Escalation a {P:staff}.
passato a {P:staff} (secondo livello)
Gestito da {P:staff}.
Preso in carico da {P:staff} il {DATE}.
Ticket assegnato a {P:staff}.
Riassegnato da {P:staff} a {P2:staff}.
{P:staff} sostituisce {P2:staff} questa settimana.
Mi chiamo {P:fl} e ho ordinato un {PROD} il {DATE}.
Buongiorno, sono {P:fl} di {COMP}.
Sono {P:f}, la collega di {P2:f}.
Spedire il pacco a {P:t}.
{P:t} ha confermato il nuovo indirizzo: {STREET}.
Appuntamento con {P:t} e {P2:t} {DAY} alle {TIME}.
Il marito {Pm:fl} ritirerà il pacco.
La moglie {Pf:f} ha firmato la consegna.
Il vicino, {Pm:fl}, ha ritirato il pacco.
Pacco lasciato alla vicina {Pf} al civico {NUM}.
Il figlio {Pm:f} ora gestisce il conto.
Delegato: {P:fl} (figlia)
L'account di {P} è stato bloccato dopo tre tentativi.
Rimborso inviato sulla carta di {P:fl}.
Ordine intestato a {P:l}.
{P:fl} {PHONE}
{P:lf}, {STREET}, {CITY}
{P:lf} - {ORDER} - {AMT}
Referente: {P:fl}, {EMAIL}
{P} ha chiamato. {P:f} dice che il {PROD} non è ancora arrivato.
Risentito {P:fl}; {P:f} non è contenta.
{P:fl} vuole annullare. Ho spiegato a {P:f} il diritto di recesso.
Secondo {P:f}, il corriere non è mai passato.
Come concordato con {P}, sostituiamo il {PROD}.
Grazie {P:f}!
Firmato da {P:il} alla reception.
{P:fl} di {CITY} chiede se il {PROD} esiste in blu.
Reclamo di {P:fl} per il {PROD}.
Pagamento di {AMT} ricevuto da {P:fl}.
Mettere in copia {P:f} per favore.
{P:f} oggi è in malattia, chiedete a {P2:f}.
La signora {Pf:l} dell'amministrazione richiama domani.
Il dott. {Pm:l} ha firmato il contratto il {DATE}.
Il contratto d'affitto è intestato a {P:fl} e {P2:fl}.
Paziente {P:fl} spostato a {DAY}.
L'autista {Pm:f} non ha trovato {STREET}.
Saluti a {P:f} e a tutto il team!
La pratica dell'{P:f} è completa.
@{P:h} puoi guardare il {TICKET}?
grazie @{P:h}, chiudo il ticket
Escalation a {DEPT}.
passato a {DEPT}, in attesa di risposta
Gestito da {DEPT}.
Il cliente ha ordinato il {PROD} e il {PROD2}.
Il {PROD} è esaurito fino a {MONTH}.
Reso: {PROD} ({SKU}), rimborso {AMT}.
{HI0}, il {PROD} è di nuovo disponibile.
{HI0}, controllate l'ordine {ORDER} per favore.
Consegna in {STREET}, {CITY} fallita {DAY}.
{COMP} ha confermato la spedizione di {ORDER}.
Parlato con {ROLE}, nessuna novità.
La lavastoviglie {BRAND} perde ancora acqua.
{P:fl} è nato a {CITY} e ora vive in {COUNTRY}.
{P:fl} lavora come {JOB} presso {COMP}.
La settimana prossima vado in {COUNTRY} con {P:f}.
{COMP} apre una nuova sede a {CITY}.
Secondo {P:fl}, {W} {W} non era previsto.
"""),
    "nl": _lines("""
Klant {P:fl} belde, de {PROD} is beschadigd aangekomen.
Mevrouw {Pf:l} belt over factuur {ORDER}.
Beller gaf als naam {P:fl} op.
De klant heet {P:fl} en wil {AMT} terug.
Graag {P:t} terugbellen op {PHONE}.
{P:fl} vóór {TIME} terugbellen aub.
{P} wil op {DAY} teruggebeld worden.
{P:f} niet bereikt, voicemail ingesproken.
Met {P:t} gebeld over de creditnota.
Geëscaleerd naar {P:staff}.
doorgezet naar {P:staff} (2e lijn)
Behandeld door {P:staff}.
behandeld door {P:staff} op {DATE}
Ticket toegewezen aan {P:staff}.
Overgedragen van {P:staff} naar {P2:staff}.
{P:staff} vervangt {P2:staff} deze week.
Mijn naam is {P:fl} en ik heb op {DATE} een {PROD} besteld.
Goedemiddag, u spreekt met {P:fl} van {COMP}.
Ik ben {P:f}, de collega van {P2:f}.
Pakket graag adresseren aan {P:t}.
{P:t} heeft het nieuwe adres bevestigd: {STREET}.
Afspraak met {P:t} en {P2:t} op {DAY} om {TIME}.
Haar man {Pm:fl} haalt het pakket op.
Zijn vrouw {Pf:f} heeft voor ontvangst getekend.
De buurman, {Pm:fl}, heeft het pakket aangenomen.
Pakket afgegeven bij buurvrouw {Pf} op nummer {NUM}.
Haar zoon {Pm:f} beheert nu het account.
Gemachtigde: {P:fl} (dochter)
Het account van {P} is geblokkeerd na drie pogingen.
{P:f}'s bestelling is vandaag verzonden.
Terugbetaling naar de rekening van {P:fl}.
Bestelling staat op naam van {P:l}.
{P:fl} {PHONE}
{P:fl}, {STREET}, {CITY}
{P:fl} - {ORDER} - {AMT}
Contactpersoon: {P:fl}, {EMAIL}
{P} belde. {P:f} zegt dat de {PROD} nog steeds ontbreekt.
Weer met {P:fl} gesproken; {P:f} is niet blij.
{P:fl} wil annuleren. {P:f} gewezen op de bedenktijd.
Volgens {P:f} is de bezorger nooit geweest.
Zoals afgesproken met {P} vervangen we de {PROD}.
Bedankt {P:f}!
Getekend door {P:il} bij de receptie.
{P:fl} uit {CITY} vraagt of de {PROD} ook in blauw bestaat.
Klacht van {P:fl} over de {PROD}.
Betaling van {AMT} ontvangen van {P:fl}.
Graag {P:f} in cc zetten.
{P:f} is vandaag ziek, vraag het aan {P2:f}.
Meneer {Pm:l} heeft het contract op {DATE} getekend.
Het huurcontract staat op naam van {P:fl} en {P2:fl}.
Patiënt {P:fl} verplaatst naar {DAY}.
Chauffeur {Pm:f} kon de {STREET} niet vinden.
Groetjes aan {P:f} en de rest van het team!
Ik heb {P:f} gisteren nog gesproken.
@{P:h} kun jij naar {TICKET} kijken?
dank je @{P:h}, ik sluit hem
Geëscaleerd naar {DEPT}.
doorgezet naar {DEPT}, wacht op antwoord
Behandeld door {DEPT}.
Klant heeft de {PROD} en de {PROD2} besteld.
De {PROD} is uitverkocht tot {MONTH}.
Retour: {PROD} ({SKU}), terugbetaling {AMT}.
{HI0}, de {PROD} is weer op voorraad.
{HI0}, willen jullie {ORDER} controleren?
Bezorging op {STREET}, {CITY} mislukt op {DAY}.
{COMP} heeft de verzending van {ORDER} bevestigd.
Gesproken met {ROLE}, nog geen nieuws.
{BRAND} vaatwasser lekt nog steeds na reparatie.
{P:fl} is geboren in {CITY} en woont nu in {COUNTRY}.
{P:fl} werkt als {JOB} bij {COMP}.
Volgende week ga ik met {P:f} naar {COUNTRY}.
{COMP} opent een nieuw kantoor in {CITY}.
Volgens {P:fl} was {W} {W} nooit de bedoeling.
"""),
    "pl": _lines("""
Klientka {Pf:fl} dzwoniła, {PROD} dotarł uszkodzony.
Klient {Pm:fl} dzwoni w sprawie faktury {ORDER}.
Dzwoniący przedstawił się jako {Pm:fl}.
Rozmówczyni podała nazwisko {Pf:fl}.
Oddzwonić do {P:t@gen} pod numer {PHONE}.
Proszę oddzwonić do {P:fl@gen} przed {TIME}.
{P} prosi o kontakt w {DAY}.
Nie udało się dodzwonić do {P:f@gen}, zostawiono wiadomość.
Rozmawiałem z {P:t@ins} w sprawie korekty.
Eskalowano do {P:staff@gen}.
przekazano do {P:staff@gen} (druga linia)
Obsługuje: {P:staff}
Zgłoszenie przypisane do {P:staff@gen}.
Sprawę przejął {Pm:staff} w dniu {DATE}.
Przekazano od {P:staff@gen} do {P2:staff@gen}.
{P:staff} zastępuje w tym tygodniu {P2:staff@acc}.
Nazywam się {P:fl} i zamówiłem {PROD} {DATE}.
Dzień dobry, tu {P:fl} z firmy {COMP}.
Jestem {Pf:f}, koleżanka {P2:f@gen}.
Proszę zaadresować paczkę do {P:t@gen}.
{P:t} potwierdził nowy adres: {STREET}.
Spotkanie z {P:t@ins} i {P2:t@ins} w {DAY} o {TIME}.
Jej mąż {Pm:fl} odbierze paczkę.
Jego żona {Pf:f} podpisała odbiór.
Sąsiad, {Pm:fl}, odebrał przesyłkę.
Paczkę zostawiono u sąsiadki {Pf:fl@gen} pod numerem {NUM}.
Jej syn {Pm:f} prowadzi teraz konto.
Osoba upoważniona: {P:fl} (córka)
Konto {P:fl@gen} zostało zablokowane po trzech próbach.
Zwrot przelano na kartę {P:fl@gen}.
Zamówienie na nazwisko {P:l}.
{P:fl} {PHONE}
{P:lf}, {STREET}, {CITY}
{P:lf} - {ORDER} - {AMT}
Osoba kontaktowa: {P:fl}, {EMAIL}
Dzwonił {Pm}. {Pm:f} mówi, że {PROD} nadal nie dotarł.
Ponownie rozmawiałam z {Pf:fl@ins}; {Pf:f} jest niezadowolona.
{P:fl} chce anulować. Poinformowałem {P:f@acc} o terminie zwrotu.
Według {P:f@gen} kurier w ogóle nie przyjechał.
Zgodnie z ustaleniami z {P:fl@ins} wymienimy {PROD}.
Dzięki {P:f}!
Podpisano przez {P:il} w recepcji.
{P:fl} z {CITY} pyta, czy {PROD} jest dostępny w kolorze niebieskim.
Reklamacja od {P:fl@gen} dotycząca {PROD}.
Płatność {AMT} od {P:fl@gen} zaksięgowana.
Proszę dodać {P:f@acc} do kopii.
{P:f} jest dziś na L4, pytajcie {P2:f@acc}.
Pani {Pf:l} z księgowości oddzwoni jutro.
Pan {Pm:l} podpisał umowę {DATE}.
Umowa najmu jest na {P:fl@acc} i {P2:fl@acc}.
Pacjent {Pm:fl} przełożony na {DAY}.
Kierowca {Pm:f} nie znalazł adresu {STREET}.
Pozdrowienia dla {P:f@gen} i całego zespołu!
Przekaż {P:f@dat}, że paczka już jest.
@{P:h} możesz zerknąć na {TICKET}?
dzięki @{P:h}, zamykam zgłoszenie
Eskalowano do {DEPT}.
przekazano do {DEPT}, czekamy na odpowiedź
Zgłoszenie przekazane do {DEPT}.
Klient zamówił {PROD} oraz {PROD2}.
{PROD} będzie niedostępny do {MONTH}.
Zwrot: {PROD} ({SKU}), kwota {AMT}.
{HI0}, {PROD} jest znowu dostępny.
{HI0}, proszę sprawdzić zamówienie {ORDER}.
Doręczenie na adres {STREET}, {CITY} nieudane w {DAY}.
{COMP} potwierdziła wysyłkę {ORDER}.
Rozmawiałem z {ROLE@ins}, brak nowych informacji.
Zmywarka {BRAND} nadal cieknie po naprawie.
{P:fl} urodził się w {CITY}, a teraz mieszka w {COUNTRY}.
{P:fl} pracuje jako {JOB} w {COMP}.
W przyszłym tygodniu jadę z {P:f@ins} do {COUNTRY}.
{COMP} otwiera nowe biuro w {CITY}.
Według {P:fl@gen} {W} {W} nigdy nie było planem.
"""),
    "pt": _lines("""
A cliente {Pf:fl} ligou, o {PROD} chegou danificado.
O cliente {Pm:fl} liga por causa da fatura {ORDER}.
A pessoa identificou-se como {P:fl}.
Disse chamar-se {P:fl} e pede reembolso de {AMT}.
Ligar de volta a {P:t} para o {PHONE}.
Por favor ligar a {P:fl} antes das {TIME}.
{P} pede para ser contactado na {DAY}.
Não foi possível falar com {P:f}, deixada mensagem.
Falei com {P:t} sobre a nota de crédito.
Escalado para {P:staff}.
encaminhado para {P:staff} (2.º nível)
Atendido por {P:staff}.
atendido por {P:staff} em {DATE}
Pedido atribuído a {P:staff}.
Transferido de {P:staff} para {P2:staff}.
{P:staff} substitui {P2:staff} esta semana.
O meu nome é {P:fl} e encomendei um {PROD} em {DATE}.
Bom dia, fala {P:fl} da {COMP}.
Sou {P:f}, colega da {P2:f}.
Enviar a encomenda em nome de {P:t}.
{P:t} confirmou a nova morada: {STREET}.
Reunião com {P:t} e {P2:t} na {DAY} às {TIME}.
O marido, {Pm:fl}, vai levantar a encomenda.
A esposa {Pf:f} assinou a entrega.
O vizinho, {Pm:fl}, recebeu a encomenda.
Encomenda entregue à vizinha {Pf} do n.º {NUM}.
O filho {Pm:f} trata agora da conta.
Pessoa autorizada: {P:fl} (filha)
A conta de {P} foi bloqueada após três tentativas.
Reembolso enviado para o cartão de {P:fl}.
Encomenda em nome de {P:l}.
{P:fl} {PHONE}
{P:fl}, {STREET}, {CITY}
{P:fl} - {ORDER} - {AMT}
Contacto: {P:fl}, {EMAIL}
{P} ligou. {P:f} diz que o {PROD} continua em falta.
Falei outra vez com {P:fl}; {P:f} não está satisfeita.
{P:fl} quer cancelar. Expliquei a {P:f} o prazo de devolução.
Segundo {P:f}, o estafeta nunca apareceu.
Conforme combinado com {P}, vamos trocar o {PROD}.
Obrigado {P:f}!
Assinado por {P:il} na receção.
{P:fl} de {CITY} pergunta se o {PROD} existe em azul.
Reclamação de {P:fl} sobre o {PROD}.
Pagamento de {AMT} recebido de {P:fl}.
Colocar {P:f} em cópia por favor.
{P:f} está de baixa hoje, falem com {P2:f}.
A Dona {Pf:f} da contabilidade liga amanhã.
O Sr. {Pm:l} assinou o contrato em {DATE}.
O contrato de arrendamento está em nome de {P:fl} e {P2:fl}.
Paciente {P:fl} remarcado para {DAY}.
O motorista {Pm:f} não encontrou a {STREET}.
Cumprimentos ao {Pm:f} e a toda a equipa!
A irmã do {Pm:f}, {P2f:f}, também é cliente.
@{P:h} podes ver o {TICKET}?
obrigado @{P:h}, vou fechar o pedido
Escalado para {DEPT}.
encaminhado para {DEPT}, a aguardar resposta
Atendido por {DEPT}.
O cliente encomendou o {PROD} e o {PROD2}.
O {PROD} está esgotado até {MONTH}.
Devolução: {PROD} ({SKU}), reembolso {AMT}.
{HI0}, o {PROD} voltou ao stock.
{HI0}, verifiquem a encomenda {ORDER} por favor.
Entrega na {STREET}, {CITY} falhou na {DAY}.
A {COMP} confirmou o envio de {ORDER}.
Falei com {ROLE}, sem novidades.
A máquina de lavar loiça {BRAND} continua a perder água.
{P:fl} nasceu em {CITY} e vive agora em {COUNTRY}.
{P:fl} trabalha como {JOB} na {COMP}.
Na próxima semana vou a {COUNTRY} com {P:f}.
A {COMP} abre um novo escritório em {CITY}.
Segundo {P:fl}, {W} {W} nunca foi o plano.
"""),
    "sv": _lines("""
Kunden {P:fl} ringde, {PROD} kom fram skadad.
Uppringaren sa att hon heter {Pf:fl}.
Ring tillbaka till {P:fl} på {PHONE}.
{P} vill bli uppringd på {DAY}.
Eskalerat till {P:staff}.
Hanteras av {P:staff}.
Ärendet tilldelat {P:staff}.
Jag heter {P:fl} och beställde en {PROD} den {DATE}.
Hej, det här är {P:fl} från {COMP}.
Hennes man {Pm:fl} hämtar paketet.
Grannen {P:fl} tog emot paketet.
{P:f@gen} konto har spärrats.
{P:fl} {PHONE}
{P:fl}, {STREET}, {CITY}
Enligt {P:f} kom budet aldrig.
Tack {P:f}!
Möte med {P:t} på {DAY} kl. {TIME}.
Pratade med {P:fl} igen, {P:f} är inte nöjd.
{P:staff} ersätter {P2:staff} den här veckan.
@{P:h} kan du kolla {TICKET}?
Eskalerat till {DEPT}.
Kunden beställde {PROD} och {PROD2}.
{HI0}, {PROD} finns i lager igen.
Leverans till {STREET}, {CITY} misslyckades.
Pratade med {ROLE}, inget nytt.
{P:fl} är född i {CITY} och bor nu i {COUNTRY}.
{P:fl} arbetar som {JOB} på {COMP}.
"""),
    "da": _lines("""
Kunden {P:fl} ringede, {PROD} kom frem beskadiget.
Opkalderen sagde, at hun hedder {Pf:fl}.
Ring tilbage til {P:fl} på {PHONE}.
{P} vil ringes op på {DAY}.
Eskaleret til {P:staff}.
Behandlet af {P:staff}.
Sagen er tildelt {P:staff}.
Jeg hedder {P:fl} og bestilte en {PROD} den {DATE}.
Hej, det er {P:fl} fra {COMP}.
Hendes mand {Pm:fl} henter pakken.
Naboen {P:fl} tog imod pakken.
{P:f@gen} konto er spærret.
{P:fl} {PHONE}
{P:fl}, {STREET}, {CITY}
Ifølge {P:f} kom budet aldrig.
Tak {P:f}!
Møde med {P:t} på {DAY} kl. {TIME}.
Talte med {P:fl} igen, {P:f} er ikke tilfreds.
{P:staff} afløser {P2:staff} i denne uge.
@{P:h} kan du kigge på {TICKET}?
Eskaleret til {DEPT}.
Kunden bestilte {PROD} og {PROD2}.
{HI0}, {PROD} er på lager igen.
Levering til {STREET}, {CITY} mislykkedes.
Talte med {ROLE}, intet nyt.
{P:fl} er født i {CITY} og bor nu i {COUNTRY}.
{P:fl} arbejder som {JOB} hos {COMP}.
"""),
}

#: Short chat messages per language (the speaker is added by the generator).
CHAT: dict[str, list[str]] = {
    "en": _lines("""
ok
thanks!
can you check {ORDER}?
the {PROD} still hasn't arrived
I'll ask {P:f}
{P:f} is on it
ok, I'll call {P:t} back after lunch
give me 5 min
customer is {P:fl}, order {ORDER}
sure, escalating to {DEPT}
done
who has {TICKET}?
{P2:f} had it yesterday
sounds good
what's the tracking number?
refund of {AMT} approved
yes please
lol
nope, not yet
@{P:h} any update?
"""),
    "de": _lines("""
ok
danke!
kannst du {ORDER} prüfen?
die {PROD} ist immer noch nicht da
ich frag {P:f}
{P:f} kümmert sich drum
ok, ich ruf {P:t} nach der Mittagspause zurück
moment
Kunde ist {P:fl}, Bestellung {ORDER}
klar, geht an {DEPT}
erledigt
wer hat {TICKET}?
hatte {P2:f} gestern
passt
Gutschrift über {AMT} freigegeben
ja bitte
nee, noch nicht
@{P:h} gibt's was Neues?
"""),
    "fr": _lines("""
ok
merci !
tu peux vérifier {ORDER} ?
le {PROD} n'est toujours pas arrivé
je demande à {P:f}
{P:f} s'en occupe
ok je rappelle {P:t} après le déjeuner
2 min
la cliente c'est {P:fl}, commande {ORDER}
oui, je transfère à {DEPT}
c'est fait
qui a le {TICKET} ?
{P2:f} l'avait hier
parfait
remboursement de {AMT} validé
oui stp
pas encore
@{P:h} des nouvelles ?
"""),
    "es": _lines("""
vale
¡gracias!
¿puedes mirar {ORDER}?
el {PROD} sigue sin llegar
le pregunto a {P:f}
{P:f} se encarga
ok, llamo a {P:t} después de comer
un momento
la clienta es {P:fl}, pedido {ORDER}
claro, lo paso a {DEPT}
hecho
¿quién tiene el {TICKET}?
lo tenía {P2:f} ayer
perfecto
reembolso de {AMT} aprobado
sí, por favor
todavía no
@{P:h} ¿alguna novedad?
"""),
    "it": _lines("""
ok
grazie!
puoi controllare {ORDER}?
il {PROD} non è ancora arrivato
chiedo a {P:f}
ci pensa {P:f}
ok, richiamo {P:t} dopo pranzo
un attimo
la cliente è {P:fl}, ordine {ORDER}
certo, passo a {DEPT}
fatto
chi ha il {TICKET}?
ce l'aveva {P2:f} ieri
perfetto
rimborso di {AMT} approvato
sì grazie
non ancora
@{P:h} novità?
"""),
    "nl": _lines("""
ok
thanks!
kun je {ORDER} checken?
de {PROD} is nog steeds niet binnen
ik vraag het aan {P:f}
{P:f} pakt het op
ok, ik bel {P:t} na de lunch terug
momentje
klant is {P:fl}, bestelling {ORDER}
prima, ik zet het door naar {DEPT}
gedaan
wie heeft {TICKET}?
had {P2:f} gisteren
top
terugbetaling van {AMT} goedgekeurd
ja graag
nee, nog niet
@{P:h} al nieuws?
"""),
    "pl": _lines("""
ok
dzięki!
możesz sprawdzić {ORDER}?
{PROD} nadal nie dotarł
zapytam {P:f@acc}
{P:f} się tym zajmuje
ok, oddzwonię do {P:t@gen} po obiedzie
chwila
klientka to {P:fl}, zamówienie {ORDER}
jasne, przekazuję do {DEPT}
zrobione
kto ma {TICKET}?
miał to wczoraj {P2m:f}
super
zwrot {AMT} zatwierdzony
tak, poproszę
jeszcze nie
@{P:h} coś nowego?
"""),
    "pt": _lines("""
ok
obrigado!
podes ver a {ORDER}?
o {PROD} ainda não chegou
vou perguntar à {Pf:f}
a {Pf:f} trata disso
ok, ligo ao {P:t} depois do almoço
só um momento
a cliente é a {P:fl}, encomenda {ORDER}
claro, passo para {DEPT}
feito
quem tem o {TICKET}?
estava com o {P2m:f} ontem
perfeito
reembolso de {AMT} aprovado
sim, por favor
ainda não
@{P:h} novidades?
"""),
    "sv": _lines("""
ok
tack!
kan du kolla {ORDER}?
jag frågar {P:f}
{P:f} fixar det
kunden heter {P:fl}
klart
@{P:h} något nytt?
"""),
    "da": _lines("""
ok
tak!
kan du tjekke {ORDER}?
jeg spørger {P:f}
{P:f} ordner det
kunden hedder {P:fl}
færdig
@{P:h} noget nyt?
"""),
}
