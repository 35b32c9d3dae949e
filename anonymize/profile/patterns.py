"""Regular expressions, value sets and header hints the column profiler matches cells and headers against."""

from __future__ import annotations

import re

from anonymize.entities import Category

DIRECT = Category.DIRECT.value

QUASI = Category.QUASI.value

NOT_PERSONAL = Category.CONTEXT.value

FREE_TEXT = "free_text"

SAMPLE_SIZE = 500

NER_SAMPLE_SIZE = 40

PHONE_REGIONS = ("DE", "FR", "ES", "IT", "NL", "PL", "GB", "PT", "SE", "BE", "AT", "IE", "DK", "FI", "CH")

#: Regions whose national numbers have no trunk 0 (or mobiles without one: IT 3xx, PL): only these
#: read a bare digit run that does not start with 0.
NO_TRUNK_PREFIX_REGIONS = ("ES", "PT", "IT", "DK", "PL")

EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+'\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}$")

URL_RE = re.compile(r"^(https?://|www\.)\S+$", re.IGNORECASE)

PHONE_SHAPE_RE = re.compile(r"^(\+|00)?[\d\s().\-/]{6,22}$")

#: Letters glued to digits by ``-`` or ``/`` (``ORD-2025-010001``, ``INV/2024/12``): a code, not a phone.
LETTER_PREFIX_RE = re.compile(r"^\s*[^\W\d_]+\s*[-/]\s*\d")

NINO_RE = re.compile(r"^[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]$")

DATE_RE = re.compile(
    r"^(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})([ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$"
)

POSTCODE_RES = (
    re.compile(r"^\d{4,6}$"),  # DE FR ES IT FI (5), AT BE DK CH HU SI (4), RO (6)
    re.compile(r"^\d{3} \d{2}$"),  # SE CZ SK GR
    re.compile(r"^\d{4} ?[A-Z]{2}$"),  # NL
    re.compile(r"^\d{2}-\d{3}$"),  # PL
    re.compile(r"^\d{4}-\d{3}$"),  # PT
    re.compile(r"^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$"),  # GB
    re.compile(r"^[AC-FHKNPRTV-Y]\d{2}[\dW] ?[AC-FHKNPRTV-Y\d]{4}$"),  # IE Eircode
    # country-prefixed: LT-12345, CH-8000, D-10115, ΤΚ 123 45 (a separator after the letters: "E951396"
    # and "C10000" are record IDs; a single letter only as a country's car code: "C-76034" is a code)
    re.compile(r"^(?:[^\W\d_]{2}|[ABDEFHILMNPS]|FIN|IRL|SLO|EST)[- ](?:\d{3,6}|\d{3} \d{2,3})$"),
)

#: A postcode-shaped token inside a longer address part (any of the shapes above, unanchored).
POSTCODE_PATTERN = (
    r"(?:[^\W\d_]{1,3}[- ])?(?:\d{2,3}[ -]\d{2,3}|\d{3,6}|\d{4} ?[A-Z]{2}|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}"
    r"|[AC-FHKNPRTV-Y]\d{2}[\dW] ?[AC-FHKNPRTV-Y\d]{4})"
)

#: A place name: one to four words starting with a letter (``Praha``, ``Bad Ischl``, ``Saint-Gilles``).
PLACE_PATTERN = r"(?![A-Z]{1,4}\b)[^\W\d_][\w'’.\-]*(?:\s+[\w'’.\-()]+){0,3}"

POSTCODE_PLACE_RE = re.compile(
    rf"^(?:{POSTCODE_PATTERN}\s+{PLACE_PATTERN}|{PLACE_PATTERN}\s+{POSTCODE_PATTERN})$"
)

#: ``<words> [nr.] <number>[a]`` or ``<number>[a] <words>``: the house-number part of an address.
HOUSE_PART_RE = re.compile(
    r"^(?:[^\W\d_][\w'’.\-]*\s+){1,5}(?:(?:nr|no|n|nº|č|br)\.?\s*)?\d{1,5}[^\W\d_]?(?:[/-]\d{1,4}[^\W\d_]?)?\.?"
    r"(?:\s+[\w'’.\-/]+){0,6}$"
    r"|^\d{1,5}[^\W\d_]?(?:[/-]\d{1,4})?,?\s+[^\W\d_][\w'’.\-]*(?:\s+[\w'’.\-/]+){0,5}$",
    re.IGNORECASE,
)

PLACE_PART_RE = re.compile(rf"^{PLACE_PATTERN}$")

#: Characters that mark a sentence rather than an address (``nr.``/``Str.`` abbreviations are fine).
SENTENCE_MARK_RE = re.compile(r"[!?:;@<>=\[\]{}]|\.\s+[^\W\d_]{2,}\s+[^\W\d_]{2,}\s+[a-z]|https?://")

STREET_WORDS = (
    r"stra(ß|ss)e|str\.|weg|gasse|platz|allee|ring|damm|rue|avenue|boulevard|bd|chemin|impasse|all[ée]e|"
    r"calle|avenida|avda|paseo|plaza|camino|ronda|traves[ií]a|cañada|via|viale|piazza|corso|vicolo|largo|"
    r"straat|laan|gracht|plein|kade|steeg|hof|ul\.|ulica|al\.|aleja|pl\.|os\.|rua|travessa|largo|"
    r"gatan|vägen|gränd|road|street|lane|avenue|close|drive|way|court|place|crescent|terrace|gardens|"
    r"flat|apartment|suite|studio|square"
)

#: Street words written as a suffix of a compound (``Barkholzstraße``, ``Furuvägen``, ``Kerkstraat``).
STREET_SUFFIXES = r"stra(ß|ss)e|str\.|weg|gasse|platz|allee|ring|damm|straat|laan|gracht|plein|kade|hof|gatan|vägen|gränd|steeg"

STREET_RE = re.compile(rf"(\b({STREET_WORDS})\b|\w({STREET_SUFFIXES})\b)", re.IGNORECASE)

ADDRESS_SHAPE_RE = re.compile(r"^(?=.*\d)(?=.*[^\W\d_]{3,}).{5,100}$", re.DOTALL)

#: A letter prefix then a separator or digits then more digits: the head of an identifier code.
CODE_RE = re.compile(r"^([^\W\d_]{2,6}[-/_#.]?)((?=[\w\-/.]*\d)[\w\-/.]{3,30})$")

#: An identifier code: a short letter prefix, maybe a separator, digits, maybe a letter or two.
RECORD_ID_RE = re.compile(r"^[^\W\d_]{0,4}[-_/#.]?\d{3,12}[^\W\d_]{0,2}$")

#: Under an ID header also two digit groups ("K2024-5531"); without one those are order numbers.
RECORD_ID_HEADED_RE = re.compile(r"^[^\W\d_]{0,4}[-_/#.]?\d{2,12}(?:[-_/.]\d{1,8})?[^\W\d_]{0,2}$")

#: Headers naming a row's identifier ("id", "uuid"), or merely its number ("no", "nr", "Nº", "#").
GENERIC_ID_HEADER_RE = re.compile(
    r"(?:^|[\W_])(?:id|uid|uuid|guid)$|^(?:id|uid|uuid|guid)(?:$|[\W_])|^\s*(?:no|nr|n[°º]|num|#)\.?\s*$"
    # "card_no", "loyalty number", "Ausweis-Nr": a number that names a thing, not a house, a room or a line
    r"|^(?!.*(?:house|haus|hnr|huis|room|zimmer|flat|apt|door|floor|street|stra|phone|tel|mobil|fax|zip|post|"
    r"plz|cap\b|seat|line|lot|qty|quant|count|page|step|version|tax|steuer|vat|ssn|social|passport|licen|"
    r"ausweis|identit|pesel|nif|nie\b|dni|bsn|nino|insuran|versicher|konto|account|iban|bank))"
    r".*[^\W\d_][\s_.-]*(?:no|nr|num|number|nummer|numero|número|numéro|n[°º])\.?$",
    re.I,
)

#: Headers naming the identifier of a person's record (customer, member, employee, patient IDs…).
PERSON_ID_HEADER_RE = re.compile(
    r"^(?:cust|kd|kdnr|acct|pat|pid|mbr|emp)(?:$|[\W_])"
    r"|(?:customer|client|member|employee|staff|user|account|patient|student|person|contact|subscriber|"
    r"kunden?|mitglieds?|mitarbeiter|personal|adh[ée]rent|cliente|socio|emplead[oa]|dipendente|"
    r"paziente|klant|lid|medewerker|klient|pracownik|pacjent|funcion[aá]rio|utente|utilisateur|usuario)"
    r"[\s_\-.]*(?:id|no|nr|n[°º]|num|number|nummer|numéro|número|numero|code|key|ref|#)",
    re.IGNORECASE,
)

NAME_TOKEN_RE = re.compile(r"^[^\W\d_][^\W\d_'’.\-]*([-'’][^\W\d_]+)*\.?$")

NUMBER_RE = re.compile(r"^[+-]?(\d{1,3}([ ,.’']\d{3})+|\d+)([.,]\d+)?$")

INT_RE = re.compile(r"^\d{1,3}$")

CURRENCY_CODES = frozenset(
    [
        "EUR",
        "USD",
        "GBP",
        "CHF",
        "SEK",
        "NOK",
        "DKK",
        "PLN",
        "CZK",
        "HUF",
        "RON",
        "BGN",
        "HRK",
        "ISK",
        "JPY",
        "CNY",
        "AUD",
        "CAD",
        "NZD",
        "INR",
        "BRL",
        "MXN",
        "ZAR",
        "TRY",
        "RUB",
    ]
)

#: Marital status in the languages Shoal reads (masculine and feminine forms).
MARITAL_VALUES = frozenset(
    """single married divorced widowed separated partnered engaged cohabiting unmarried
    civil-partnership domestic-partnership ledig verheiratet geschieden verwitwet getrennt verpartnert
    célibataire marié mariée divorcé divorcée veuf veuve pacsé pacsée séparé séparée
    soltero soltera casado casada divorciado divorciada viudo viuda separado separada
    celibe nubile sposato sposata coniugato coniugata divorziato divorziata vedovo vedova separato separata
    ongehuwd gehuwd gescheiden weduwe weduwnaar samenwonend alleenstaand
    kawaler panna żonaty zamężna rozwiedziony rozwiedziona wdowiec wdowa
    solteiro solteira viúvo viúva ogift gift skild skiljd änka änkling sambo""".split()  # noqa: SIM905
)

GENDER_VALUES = frozenset(
    [
        "m",
        "f",
        "w",
        "d",
        "x",
        "male",
        "female",
        "man",
        "woman",
        "diverse",
        "other",
        "non-binary",
        "mann",
        "frau",
        "männlich",
        "weiblich",
        "divers",
        "homme",
        "femme",
        "h",
        "hombre",
        "mujer",
        "masculino",
        "femenino",
        "uomo",
        "donna",
        "maschio",
        "femmina",
        "man",
        "vrouw",
        "mężczyzna",
        "kobieta",
        "k",
        "homem",
        "mulher",
        "kvinna",
        "man",
        "mr",
        "mrs",
        "ms",
    ]
)

#: Headers that name a person's given name or surname and nothing else (in the eight languages): under
#: one, a column of single name-shaped words is a person column whatever the words (no list needed).
SPECIFIC_PERSON_HEADER_RE = re.compile(
    r"(^|[\W_])(first|last|given|family|sur|middle|maiden|fore|full)[\s_.-]?name|^(fore|sur)name|vorname|"
    r"nachname|familienname|rufname|zuname|pr[ée]nom|nom[\s_.-]?de[\s_.-]?famille|apellidos?|"
    r"nombre[\s_.-]?de[\s_.-]?pila|cognome|nome[\s_.-]?proprio|achternaam|voornaam|roepnaam|sobrenome|"
    r"apelido|nazwisko|imi[eę]|nome[\s_.-]?completo|nombre[\s_.-]?completo",
    re.I,
)

#: Header words naming a person by their role (staff, customers, patients…) in the eight languages:
#: under one, a column of name-shaped words that are mostly not common words is a person column.
#: (Couriers are left out: a shop's "courier" column names carriers, "DHL" or "PostNL".)
ROLE_HEADER_WORDS: frozenset[str] = frozenset(
    """
    staff employee agent clerk cashier librarian mechanic technician engineer electrician plumber
    instructor receptionist reception driver  nurse doctor dentist contact
    instruktor instruktorka instructora instructeur instructrice instrukteur kontakt contacto contatto
    interlocutor interlocutora interlocuteur interlocutrice interlocutore gesprächspartner gesprekspartner
    rozmówca
    teacher tutor coach trainer operator handler assignee reporter author customer client patient member
    guest tenant borrower applicant candidate volunteer student pupil parent insured policyholder claimant
    passenger attendee participant recipient sender signatory approver seller buyer rep consultant advisor
    mitarbeiter mitarbeiterin sachbearbeiter sachbearbeiterin mechaniker mechanikerin techniker
    technikerin fahrer fahrerin kunde kundin patientin mitglied gast mieter mieterin ansprechpartner
    ansprechpartnerin bearbeiter bearbeiterin lehrer lehrerin schüler schülerin versicherte versicherter
    halter fahrzeughalter auftraggeber empfänger absender teilnehmer teilnehmerin bewerber bewerberin
    berater beraterin verantwortlich verantwortliche kassenwart kassenwartin kassierer kassiererin
    schriftführer schriftführerin vorsitzender vorsitzende obmann treasurer secretary chair chairperson
    trésorier trésorière secrétaire président présidente tesorero tesorera secretario secretaria
    tesoriere segretario segretaria penningmeester secretaris voorzitter skarbnik sekretarz prezes
    tesoureiro tesoureira secretário secretária
    employé employée caissier caissière bibliothécaire mécanicien mécanicienne technicien technicienne
    chauffeur   infirmier infirmière médecin enseignant enseignante professeur entraîneur
    cliente patiente membre invité invitée locataire emprunteur emprunteuse candidat candidate bénévole
    élève assuré assurée souscripteur destinataire expéditeur responsable vendeur vendeuse conseiller
    conseillère
    empleado empleada agente cajero cajera bibliotecario bibliotecaria mecánico mecánica técnico técnica
    conductor conductora   enfermero enfermera médico médica profesor profesora
    entrenador entrenadora paciente socio socia miembro huésped inquilino inquilina prestatario
    prestataria candidato candidata voluntario voluntaria alumno alumna asegurado asegurada tomador
    remitente participante vendedor vendedora titular
    dipendente impiegato impiegata addetto addetta operatore operatrice cassiere cassiera meccanico
    tecnico autista  infermiere infermiera insegnante docente allenatore allenatrice paziente allievo allieva
    istruttore istruttrice
    ospite utente richiedente volontario volontaria studente studentessa alunno alunna assicurato
    assicurata contraente destinatario destinataria mittente responsabile venditore venditrice
    referente intestatario intestataria
    medewerker werknemer kassier bibliothecaris monteur technicus  verpleegkundige arts leraar
    lerares klant patiënt lid huurder lener kandidaat sollicitant vrijwilliger leerling ouder verzekerde
    ontvanger afzender deelnemer verantwoordelijke verkoper behandelaar contactpersoon
    pracownik pracowniczka kasjer kasjerka bibliotekarz bibliotekarka mechanik technik kierowca
    pielęgniarka lekarz nauczyciel nauczycielka trener trenerka klientka pacjent pacjentka członek gość
    najemca wypożyczający kandydatka wolontariusz wolontariuszka uczeń uczennica rodzic ubezpieczony
    ubezpieczona odbiorca nadawca uczestnik uczestniczka sprzedawca opiekun opiekunka
    funcionário funcionária bibliotecário bibliotecária mecânico técnico motorista  enfermeiro rececao
    receção recepção rececionista recepcionista instrutor instrutora
    enfermeira professor professora treinador treinadora sócio sócia hóspede mutuário mutuária
    voluntário voluntária aluno aluna segurado segurada destinatário destinatária remetente responsável
    """.split()  # noqa: SIM905 - a word list reads best as words
)


#: "By" in the eight languages, closing a header after a participle: who did it ("accueilli_par",
#: "atendido_por", "behandeld_door", "geprüft_von", "sprawdzone_przez", "accolto_da", "visto_pelo").
AGENT_HEADER_WORDS = frozenset(
    {"by", "par", "por", "door", "von", "vom", "przez", "da", "dal", "pelo", "pela"}
)


#: Heads of German and Dutch compounds that name a person by their role ("Bandkontakt",
#: "Schichtleiterin", "Kundenbetreuer", "teamleider", "contactpersoon").
_ROLE_COMPOUND_END = re.compile(
    r"\w{3,}(?:kontakt|kontaktperson|leiter|leiterin|betreuer|betreuerin|bearbeiter|bearbeiterin|"
    r"techniker|technikerin|trainer|trainerin|lehrer|lehrerin|fahrer|fahrerin|leider|persoon|medewerker|"
    r"begeleider|begeleidster)$"
)


def names_a_role(header: str) -> bool:
    """A word of ``header`` names a person by their role ("bibliotecario", "Fahrzeughalter", "staff_on_duty",
    the compound "Bandkontakt"), or the header names an agent: a word, then "by" in one of the eight
    languages ("accueilli_par")."""
    words = [word for word in re.split(r"[\W_]+", header.casefold()) if word]
    if len(words) >= 2 and words[-1] in AGENT_HEADER_WORDS and words[-2] not in AGENT_HEADER_WORDS:
        return True
    return any(word in ROLE_HEADER_WORDS or _ROLE_COMPOUND_END.fullmatch(word) for word in words)


#: Header words hinting at an entity or quasi-identifier; evidence only, checked against the values.
HEADER_HINTS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"e-?mail|courriel|correo", re.I), "EMAIL_ADDRESS"),
    (re.compile(r"iban|bank.?account|konto", re.I), "IBAN_CODE"),
    (
        re.compile(r"phone|tel|mobile|handy|cell|fax|telefon|t[ée]l[ée]phone|telefono|móvil", re.I),
        "PHONE_NUMBER",
    ),
    (
        re.compile(
            r"birth|dob|geburt|naissance|nacimiento|nascita|geboorte|urodzenia|nascimento|född|"
            r"(^|[\W_])(born|geboren|né|n[ée]e|nato|nata|nacido|nacida|urodzon[ya])$",
            re.I,
        ),
        "DATE_OF_BIRTH",
    ),
    (re.compile(r"post.?code|zip|plz|postal|cap$|cp$|postnummer|kod.?poczt", re.I), "POSTCODE"),
    (re.compile(r"(^|_|\b)(age|alter|âge|edad|età|leeftijd|wiek|idade|ålder)($|_|\b)", re.I), "AGE"),
    (re.compile(r"gender|sex|geschlecht|sexe|género|sesso|geslacht|płeć|sexo|kön", re.I), "GENDER"),
    (
        re.compile(r"nationalit|citizenship|staatsangeh|nacionalidad|nazionalit|obywatelstwo", re.I),
        "NATIONALITY",
    ),
    (
        re.compile(
            r"marital|civil.?status|famil(?:ien)?stand|[ée]tat.?civil|estado.?civil|stato.?civile|"
            r"burgerlijke.?staat|stan.?cywilny|civilst[åa]nd",
            re.I,
        ),
        "MARITAL_STATUS",
    ),
    (
        re.compile(
            r"(^|_|\b)(country|land|pays|pa[ií]s|paese|kraj|staat|nation)($|_|\b)|country|herkunftsland", re.I
        ),
        "COUNTRY",
    ),
    (
        re.compile(
            r"(^|_|\b)(region|state|province|county|canton|kanton|district)($|_|\b)|bundesland|d[ée]partement|"
            r"provinc|regione|wojew[oó]dztwo|voivodeship|comunidad|distrito|l[äa]n$",
            re.I,
        ),
        "REGION",
    ),
    (re.compile(r"job|occupation|profession|beruf|métier|profesión|title|position", re.I), "JOB_TITLE"),
    (
        re.compile(
            r"city|town|ort$|stadt|ville|ciudad|citt[àa]$|plaats|miasto|cidade|stad|^loc$|locat|lieu|localit|"
            r"localidad|miejscowo|gemeente|municip|comune|commune|woonplaats|wohnort",
            re.I,
        ),
        "CITY",
    ),
    (
        re.compile(
            r"address|adresse|street|strasse|straße|rue|calle|via|adres|morada|gatu|anschrift|indirizzo|"
            r"ulica|straat|(^|_)rua($|_)",
            re.I,
        ),
        "STREET_ADDRESS",
    ),
    (
        re.compile(
            r"ssn|national.?id|nino|ni.?number|national.?insurance|pesel|bsn|nif|nie|dni|codice|fiscal|steuer|tax.?id|nir|personnummer|cpr|hetu",
            re.I,
        ),
        "NATIONAL_ID",
    ),
    (
        re.compile(
            r"user.?name|login|(^|[\W_])handle($|[\W_])|nick.?name|^nick$|pseudo$|benutzername|nom.?d.?utilisateur|"
            r"nombre.?de.?usuario|usuario|nome.?utente|gebruikersnaam|nazwa.?u[żz]ytkownika|utilizador",
            re.I,
        ),
        "USERNAME",
    ),
    (SPECIFIC_PERSON_HEADER_RE, "PERSON"),
    (
        re.compile(
            r"(^|_|\b)(first|last|full|sur|given|family|customer|client|contact)?_?\s?(name|nom|nombre|nome|naam|nazwisko|imię|namn)($|_|\b)"
            r"|^(customer|client|contact|patient|person|holder|account.?holder|owner|employee|member|"
            r"kunde|kundin|klant|klient|cliente|paciente|paziente|titular|inhaber|passenger|passager|"
            r"pasajero|passeggero|passagier|pasażer|passageiro|beneficiary|b[ée]n[ée]ficiaire|beneficiario|"
            r"beneficjent|begunstigde|beg[üu]nstigter|melder|declarant|meldende)$",
            re.I,
        ),
        "PERSON",
    ),
)

#: Header words that rule out a hint from a broader one (``phone_model``, ``product_name``).
HEADER_VETOES = re.compile(
    r"model|product|company|firm|file|brand|device|sku|item|article|shop|store|artikel|articolo|artículo|"
    r"artigo|produkt|prodotto|producto|produto|produit|ware|towar|firma|empresa|azienda|bedrijf|entreprise",
    re.I,
)
