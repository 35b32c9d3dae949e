"""Per-language word lists for the synthetic corpus: titles, greetings, departments, products, chat.

Everything here is written for this generator (no external data). Entries that are not persons
(departments, roles, products, greetings without a name, team signatures) are the hard negatives.
"""

from __future__ import annotations

# fmt: off
LANGS: tuple[str, ...] = ("en", "de", "fr", "es", "it", "nl", "pl", "pt", "sv", "da")

#: Share of examples per language.
LANG_WEIGHTS: dict[str, float] = {
    "en": 0.17,
    "de": 0.12,
    "fr": 0.12,
    "es": 0.11,
    "it": 0.11,
    "nl": 0.12,
    "pl": 0.10,
    "pt": 0.10,
    "sv": 0.03,
    "da": 0.02,
}

TITLES_M: dict[str, list[str]] = {
    "en": ["Mr", "Mr.", "Mister", "Dr", "Dr.", "Prof.", "Sir"],
    "de": ["Herr", "Herrn", "Hr.", "Dr.", "Prof. Dr.", "Herr Dr."],
    "fr": ["M.", "Monsieur", "Mr", "Dr", "Maître", "Me"],
    "es": ["Sr.", "señor", "Señor", "Don", "D.", "Dr.", "el señor"],
    "it": ["Sig.", "signor", "Signor", "dott.", "Dott.", "avv.", "ing.", "il signor"],
    "nl": ["dhr.", "Dhr.", "meneer", "de heer", "dr.", "ir.", "mr."],
    "pl": ["pan", "Pan", "dr", "mgr", "inż.", "p."],
    "pt": ["Sr.", "senhor", "Senhor", "Dr.", "Eng.", "o senhor"],
    "sv": ["herr", "Herr", "dr"],
    "da": ["hr.", "Hr.", "dr."],
}

TITLES_F: dict[str, list[str]] = {
    "en": ["Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr.", "Prof."],
    "de": ["Frau", "Fr.", "Dr.", "Prof.", "Frau Dr."],
    "fr": ["Mme", "Mme.", "Madame", "Mlle", "Mademoiselle", "Dr", "Maître"],
    "es": ["Sra.", "señora", "Señora", "Doña", "Dña.", "Dra.", "la señora"],
    "it": ["Sig.ra", "signora", "Signora", "dott.ssa", "Dott.ssa", "avv.", "la signora"],
    "nl": ["mevr.", "Mevr.", "mevrouw", "Mevrouw", "dr.", "ir.", "mr."],
    "pl": ["pani", "Pani", "dr", "mgr", "p."],
    "pt": ["Sra.", "senhora", "Senhora", "Dona", "D.", "Dra.", "a senhora"],
    "sv": ["fru", "Fru", "dr"],
    "da": ["fru", "Fru", "dr."],
}

#: Greeting words that precede a name.
HI: dict[str, list[str]] = {
    "en": ["Hi", "Hello", "Dear", "Hey", "Good morning", "Morning", "Hiya"],
    "de": ["Hallo", "Hi", "Liebe", "Lieber", "Guten Tag", "Moin", "Servus", "Sehr geehrte", "Sehr geehrter"],
    "fr": ["Bonjour", "Salut", "Chère", "Cher", "Bonsoir", "Coucou"],
    "es": ["Hola", "Buenos días", "Estimada", "Estimado", "Querida", "Buenas tardes"],
    "it": ["Ciao", "Buongiorno", "Gentile", "Caro", "Cara", "Salve", "Buonasera"],
    "nl": ["Hoi", "Hallo", "Beste", "Goedemorgen", "Dag", "Hey", "Goedemiddag"],
    "pl": ["Cześć", "Dzień dobry", "Witaj", "Hej", "Szanowna Pani", "Szanowny Panie"],
    "pt": ["Olá", "Bom dia", "Boa tarde", "Caro", "Cara", "Prezada", "Prezado", "Oi"],
    "sv": ["Hej", "Hejsan", "God morgon", "Hallå"],
    "da": ["Hej", "Kære", "Goddag", "Godmorgen"],
}

#: Greetings that carry no name (negatives).
HI0: dict[str, list[str]] = {
    "en": ["Hi all", "Hi team", "Dear team", "Hello", "Good morning everyone", "Dear Sir or Madam",
           "To whom it may concern", "Hi there", "Dear customer", "Hello support", "Hey folks"],
    "de": ["Hallo zusammen", "Hallo Team", "Liebes Team", "Sehr geehrte Damen und Herren", "Guten Tag",
           "Moin zusammen", "Hallo liebes Support-Team", "Liebe Kolleginnen und Kollegen"],
    "fr": ["Bonjour à tous", "Bonjour", "Madame, Monsieur", "Chère équipe", "Bonjour l'équipe",
           "Salut tout le monde", "Chers collègues"],
    "es": ["Hola a todos", "Hola equipo", "Buenos días", "Estimados señores", "A quien corresponda",
           "Hola", "Estimado cliente"],
    "it": ["Ciao a tutti", "Buongiorno", "Gentili signori", "Spett.le ditta", "Ciao team",
           "Buongiorno a tutti", "Gentile cliente"],
    "nl": ["Hoi allemaal", "Hallo", "Beste collega's", "Geachte heer/mevrouw", "Goedemorgen allemaal",
           "Hoi team", "Beste klant"],
    "pl": ["Dzień dobry", "Cześć wszystkim", "Szanowni Państwo", "Witam", "Hej zespole",
           "Dzień dobry wszystkim"],
    "pt": ["Olá a todos", "Bom dia", "Caros colegas", "Exmos. Senhores", "Olá equipa", "Boa tarde"],
    "sv": ["Hej alla", "Hej", "Hej på er", "God morgon alla"],
    "da": ["Hej alle", "Hej", "Kære alle", "Goddag"],
}

BYE: dict[str, list[str]] = {
    "en": ["Best regards", "Kind regards", "Regards", "Thanks", "Cheers", "Many thanks", "Best",
           "Thank you", "All the best", "Sincerely"],
    "de": ["Viele Grüße", "Beste Grüße", "Mit freundlichen Grüßen", "LG", "Gruß", "Danke und Gruß",
           "Freundliche Grüße", "Liebe Grüße", "VG"],
    "fr": ["Cordialement", "Bien cordialement", "Merci", "Bonne journée", "Bien à vous", "À bientôt",
           "Salutations distinguées"],
    "es": ["Saludos", "Un saludo", "Atentamente", "Gracias", "Un abrazo", "Saludos cordiales"],
    "it": ["Cordiali saluti", "Saluti", "Grazie", "Un saluto", "Distinti saluti", "A presto"],
    "nl": ["Met vriendelijke groet", "Groetjes", "Groet", "Mvg", "Hartelijke groet", "Bedankt",
           "Vriendelijke groeten"],
    "pl": ["Pozdrawiam", "Z poważaniem", "Dziękuję", "Pozdrawiam serdecznie", "Miłego dnia"],
    "pt": ["Cumprimentos", "Atenciosamente", "Obrigado", "Obrigada", "Abraço", "Com os melhores cumprimentos"],
    "sv": ["Med vänliga hälsningar", "Hälsningar", "Mvh", "Tack", "Vänliga hälsningar"],
    "da": ["Med venlig hilsen", "Mvh", "Venlig hilsen", "Tak", "Hilsen"],
}

#: Non-person signatures after a sign-off (negatives).
TEAM_SIG: dict[str, list[str]] = {
    "en": ["Customer Service", "The Support Team", "Team Logistics", "Accounts Receivable", "Sales Team",
           "Customer Care", "The Returns Department", "Helpdesk"],
    "de": ["Ihr Kundenservice", "Das Support-Team", "Team Logistik", "Buchhaltung", "Ihr Serviceteam",
           "Kundendienst"],
    "fr": ["Le service client", "L'équipe support", "Service comptabilité", "Service après-vente",
           "L'équipe logistique"],
    "es": ["Atención al cliente", "El equipo de soporte", "Departamento de facturación", "Servicio técnico"],
    "it": ["Servizio clienti", "Il team di supporto", "Ufficio amministrazione", "Assistenza tecnica"],
    "nl": ["Klantenservice", "Het supportteam", "Team Logistiek", "Debiteurenadministratie"],
    "pl": ["Dział obsługi klienta", "Zespół wsparcia", "Dział reklamacji", "Księgowość"],
    "pt": ["Apoio ao cliente", "A equipa de suporte", "Departamento financeiro", "Serviço pós-venda"],
    "sv": ["Kundtjänst", "Supportteamet", "Ekonomiavdelningen"],
    "da": ["Kundeservice", "Supportteamet", "Bogholderiet"],
}

#: Departments/teams after hand-over cues ("escalated to ...") - negatives.
DEPT: dict[str, list[str]] = {
    "en": ["billing", "the billing team", "2nd line", "second-line support", "the warehouse team", "finance",
           "legal", "IT support", "the night shift", "customer care", "returns", "the courier desk",
           "Tier 2", "dispatch", "the sales team", "quality control", "accounts payable", "the helpdesk"],
    "de": ["die Buchhaltung", "den 2nd Level", "das Lager", "den Kundendienst", "die Rechtsabteilung",
           "die IT", "den Vertrieb", "die Spätschicht", "die Reklamationsabteilung", "das Backoffice",
           "den Versand", "die Qualitätssicherung", "das Serviceteam"],
    "fr": ["la comptabilité", "le service client", "le support niveau 2", "l'entrepôt", "le service juridique",
           "l'équipe de nuit", "le service après-vente", "la logistique", "le SAV", "le service facturation",
           "l'équipe commerciale"],
    "es": ["facturación", "el departamento de facturación", "soporte de nivel 2", "el almacén",
           "el servicio técnico", "contabilidad", "el equipo legal", "logística", "atención al cliente",
           "el turno de noche", "el equipo comercial"],
    "it": ["l'amministrazione", "l'ufficio tecnico", "il magazzino", "l'assistenza clienti", "l'ufficio legale",
           "il secondo livello", "la logistica", "il turno di notte", "l'ufficio commerciale", "la contabilità"],
    "nl": ["de financiële administratie", "de tweede lijn", "het magazijn", "de klantenservice",
           "de juridische afdeling", "de nachtdienst", "de buitendienst", "de planning", "facturatie",
           "het verkoopteam", "de logistiek"],
    "pl": ["działu reklamacji", "księgowości", "drugiej linii wsparcia", "magazynu", "działu prawnego",
           "działu IT", "działu sprzedaży", "logistyki", "nocnej zmiany", "działu obsługi klienta"],
    "pt": ["a faturação", "o apoio técnico", "o armazém", "o departamento jurídico", "a contabilidade",
           "o apoio ao cliente", "a logística", "o turno da noite", "a equipa comercial", "o segundo nível"],
    "sv": ["ekonomiavdelningen", "kundtjänst", "lagret", "andra linjen", "IT-supporten", "juridik"],
    "da": ["bogholderiet", "kundeservice", "lageret", "anden linje", "IT-support", "jura"],
}

#: Role nouns without names (negatives).
ROLE: dict[str, list[str]] = {
    "en": ["the courier", "a technician", "the manager on duty", "the driver", "the supervisor", "the caller",
           "the customer", "the landlord", "the receptionist", "a colleague", "the agent"],
    "de": ["der Kurier", "ein Techniker", "die Schichtleitung", "der Fahrer", "der Kunde", "die Kundin",
           "der Vermieter", "ein Kollege", "die Vorgesetzte", "der Paketbote"],
    "fr": ["le livreur", "un technicien", "le responsable", "le chauffeur", "le client", "la cliente",
           "le propriétaire", "une collègue", "le gardien"],
    "es": ["el repartidor", "un técnico", "el encargado", "el conductor", "el cliente", "la clienta",
           "el casero", "una compañera", "el portero"],
    "it": ["il corriere", "un tecnico", "il responsabile", "l'autista", "il cliente", "la cliente",
           "il padrone di casa", "una collega", "il portiere"],
    "nl": ["de bezorger", "een monteur", "de teamleider", "de chauffeur", "de klant", "de verhuurder",
           "een collega", "de conciërge", "de beller"],
    "pl": ["kurier", "technik", "kierownik zmiany", "kierowca", "klient", "klientka", "właściciel mieszkania",
           "kolega z pracy", "dozorca"],
    "pt": ["o estafeta", "um técnico", "o responsável", "o motorista", "o cliente", "a cliente", "o senhorio",
           "uma colega", "o porteiro"],
    "sv": ["budet", "en tekniker", "chefen", "chauffören", "kunden", "hyresvärden"],
    "da": ["budet", "en tekniker", "lederen", "chaufføren", "kunden", "udlejeren"],
}

DAYS: dict[str, list[str]] = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mon", "Fri",
           "tomorrow", "today"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag", "morgen", "Mo.",
           "Fr."],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "demain"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "mañana"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica", "domani"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "morgen"],
    "pl": ["poniedziałek", "wtorek", "środę", "czwartek", "piątek", "sobotę", "niedzielę", "jutro"],
    "pt": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "amanhã"],
    "sv": ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "imorgon"],
    "da": ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "i morgen"],
}

MONTHS: dict[str, list[str]] = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
           "ottobre", "novembre", "dicembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"],
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
           "października", "listopada", "grudnia"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
           "novembro", "dezembro"],
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober"],
    "da": ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober"],
}

#: Product nouns; (noun, name_first) - name_first=False puts the name after the noun (Romance style).
PRODUCT_NOUNS: dict[str, list[str]] = {
    "en": ["Teapot", "Lamp", "Sofa", "Armchair", "Watch Strap", "Mug", "Vase", "Duvet Cover", "Backpack",
           "Desk", "Mattress", "Floor Lamp", "Dining Chair", "Coffee Table", "Wall Clock", "Rug", "Kettle",
           "Pendant Light", "Bookcase", "Dress", "Sneakers", "Handbag", "Candle", "Pillow", "Bed Frame",
           "Cutlery Set", "Dinner Plate", "Stroller", "Office Chair", "Shower Curtain", "Jacket", "Wallet"],
    "de": ["Teekanne", "Lampe", "Sofa", "Sessel", "Uhrenarmband", "Tasse", "Vase", "Bettwäsche", "Rucksack",
           "Schreibtisch", "Matratze", "Stehleuchte", "Esszimmerstuhl", "Couchtisch", "Wanduhr", "Teppich",
           "Wasserkocher", "Kommode", "Regal", "Kleid", "Handtasche", "Kerze", "Kissen", "Bettgestell"],
    "fr": ["Théière", "Lampe", "Canapé", "Fauteuil", "Bracelet de montre", "Tasse", "Vase", "Housse de couette",
           "Sac à dos", "Bureau", "Matelas", "Lampadaire", "Chaise", "Table basse", "Horloge", "Tapis",
           "Bouilloire", "Commode", "Robe", "Sac", "Bougie", "Coussin"],
    "es": ["Tetera", "Lámpara", "Sofá", "Sillón", "Correa de reloj", "Taza", "Jarrón", "Funda nórdica", "Mochila",
           "Escritorio", "Colchón", "Lámpara de pie", "Silla", "Mesa de centro", "Reloj de pared", "Alfombra",
           "Hervidor", "Cómoda", "Vestido", "Bolso", "Vela", "Cojín"],
    "it": ["Teiera", "Lampada", "Divano", "Poltrona", "Cinturino", "Tazza", "Vaso", "Copripiumino", "Zaino",
           "Scrivania", "Materasso", "Piantana", "Sedia", "Tavolino", "Orologio da parete", "Tappeto",
           "Bollitore", "Cassettiera", "Vestito", "Borsa", "Candela", "Cuscino"],
    "nl": ["Theepot", "Lamp", "Bank", "Fauteuil", "Horlogeband", "Mok", "Vaas", "Dekbedovertrek", "Rugzak",
           "Bureau", "Matras", "Vloerlamp", "Eetkamerstoel", "Salontafel", "Wandklok", "Vloerkleed",
           "Waterkoker", "Ladekast", "Jurk", "Tas", "Kaars", "Kussen"],
    "pl": ["Czajnik", "Lampa", "Sofa", "Fotel", "Pasek do zegarka", "Kubek", "Wazon", "Pościel", "Plecak",
           "Biurko", "Materac", "Lampa stojąca", "Krzesło", "Stolik kawowy", "Zegar ścienny", "Dywan",
           "Komoda", "Sukienka", "Torebka", "Świeca", "Poduszka"],
    "pt": ["Bule", "Candeeiro", "Sofá", "Poltrona", "Bracelete", "Caneca", "Jarra", "Capa de edredão",
           "Mochila", "Secretária", "Colchão", "Candeeiro de pé", "Cadeira", "Mesa de centro",
           "Relógio de parede", "Tapete", "Chaleira", "Cómoda", "Vestido", "Mala", "Vela", "Almofada"],
    "sv": ["Tekanna", "Lampa", "Soffa", "Fåtölj", "Klockarmband", "Mugg", "Vas", "Påslakan", "Ryggsäck",
           "Skrivbord", "Madrass", "Golvlampa", "Stol", "Soffbord", "Matta"],
    "da": ["Tekande", "Lampe", "Sofa", "Lænestol", "Urrem", "Krus", "Vase", "Dynebetræk", "Rygsæk",
           "Skrivebord", "Madras", "Gulvlampe", "Stol", "Sofabord", "Tæppe"],
}

#: Languages whose product names put the "model name" after the noun.
NOUN_FIRST = {"fr", "es", "it", "pt", "pl"}

COLOURS: list[str] = ["Rose Gold", "Midnight Blue", "Sage Green", "Ivory", "Charcoal", "Ruby", "Amber",
                      "Olive", "Sand", "Pearl", "Coral", "Ocean", "Slate Grey", "Terracotta", "Jade",
                      "Ruby Red", "Champagne", "Forest", "Lavender", "Mint", "Graphite", "Copper", "Onyx"]
MATERIALS: list[str] = ["Oak", "Walnut", "Linen", "Velvet", "Ceramic", "Leather", "Marble", "Rattan",
                        "Bamboo", "Steel", "Glass", "Wool", "Cotton", "Brass", "Teak", "Stoneware"]
PRODUCT_WORDS: list[str] = ["Nova", "Aurora", "Luna", "Stella", "Bella", "Vita", "Nordic", "Classic",
                            "Royal", "Alpine", "Riviera", "Harbor", "Solstice", "Orbit", "Zen", "Eden",
                            "Prima", "Duo", "Loft", "Atlas", "Opal", "Sierra", "Nimbus", "Coast"]
SIZES: list[str] = ["3-seater", "XL", "140x200", "2-pack", "set of 4", "Mini", "Pro", "Large", "S", "M",
                    "500ml", "1.7L", "Ø 30 cm", "v2"]

#: Brands and products that are surnames or names (negatives).
BRANDS: list[str] = ["Bosch", "Siemens", "Miele", "Philips", "Braun", "Dyson", "Kenwood", "Ferrari", "Porsche",
                     "Dior", "Chanel", "Armani", "Gucci", "Prada", "Versace", "Lacoste", "Tommy Hilfiger",
                     "Calvin Klein", "Hugo Boss", "Marc O'Polo", "Ralph Lauren", "Ford", "Peugeot", "Renault",
                     "Citroën", "Michelin", "Disney", "Heineken", "Barilla", "Nestlé", "Bertolli", "Dr. Oetker",
                     "Jack Daniel's", "Ben & Jerry's", "Kellogg's", "Mercedes-Benz", "Opel", "Škoda", "Adidas"]

CITIES: list[str] = ["Berlin", "Hamburg", "München", "Köln", "Frankfurt", "Wien", "Zürich", "Paris", "Lyon",
                     "Marseille", "Bruxelles", "Madrid", "Barcelona", "Sevilla", "Valencia", "Roma", "Milano",
                     "Napoli", "Torino", "Firenze", "Amsterdam", "Rotterdam", "Utrecht", "Antwerpen", "Gent",
                     "Warszawa", "Kraków", "Gdańsk", "Wrocław", "Poznań", "Lisboa", "Porto", "Braga", "Coimbra",
                     "Stockholm", "Göteborg", "Malmö", "København", "Aarhus", "London", "Manchester", "Dublin",
                     "Leeds", "Bristol", "Edinburgh", "Lisbon", "Munich", "Vienna", "Milan", "Florence",
                     "São Paulo", "Santa Maria", "San Sebastián", "Saint-Denis", "Sankt Augustin", "Santiago",
                     "Victoria", "Florence", "Adelaide", "Charlotte", "Eindhoven", "Den Haag", "Lille", "Nantes"]

COMPANY_WORDS: list[str] = ["Nordwind", "Blue Harbor", "Alpina", "Tecnova", "Logica", "Brightline", "Vertex",
                            "Greenfield", "Solaris", "Helix", "Polaris", "Eurocargo", "Datamint", "Quercus",
                            "Fjord", "Sunrise", "Atlantis", "Kestrel", "Meridian", "Orion", "Cobalt", "Linden",
                            "Iberia", "Tramonto", "Zephyr", "Vistula", "Baltic", "Rheinland", "Lusitania"]
COMPANY_TAILS: dict[str, list[str]] = {
    "en": ["Ltd", "Ltd.", "Inc.", "LLC", "plc", "Group", "Logistics", "Solutions", "Holdings"],
    "de": ["GmbH", "AG", "GmbH & Co. KG", "KG", "Logistik GmbH", "Handel GmbH"],
    "fr": ["SARL", "SAS", "S.A.", "Logistique", "et Fils"],
    "es": ["S.L.", "S.A.", "Logística S.L.", "y Asociados"],
    "it": ["S.r.l.", "S.p.A.", "S.n.c.", "Logistica S.r.l."],
    "nl": ["B.V.", "BV", "N.V.", "Logistiek B.V.", "& Zn."],
    "pl": ["Sp. z o.o.", "S.A.", "Logistyka Sp. z o.o."],
    "pt": ["Lda.", "S.A.", "Unipessoal Lda."],
    "sv": ["AB", "Logistik AB"],
    "da": ["ApS", "A/S"],
}

#: Chat speakers that are not persons (negatives).
BOT_SPEAKERS: dict[str, list[str]] = {
    "en": ["agent", "customer", "bot", "system", "support", "Agent", "Customer", "Bot", "visitor", "operator"],
    "de": ["Kunde", "Kundin", "Agent", "Bot", "System", "Support", "kunde", "Mitarbeiter"],
    "fr": ["client", "cliente", "agent", "bot", "conseiller", "Client", "Support"],
    "es": ["cliente", "agente", "bot", "sistema", "Cliente", "Agente", "soporte"],
    "it": ["cliente", "operatore", "bot", "sistema", "Cliente", "Operatore"],
    "nl": ["klant", "medewerker", "bot", "systeem", "Klant", "Medewerker"],
    "pl": ["klient", "konsultant", "bot", "system", "Klient", "Konsultant"],
    "pt": ["cliente", "agente", "bot", "sistema", "Cliente", "Assistente"],
    "sv": ["kund", "agent", "bot", "Kund"],
    "da": ["kunde", "agent", "bot", "Kunde"],
}

#: Keys of CRM records; the first list precedes a person, the second a non-person value.
RECORD_KEYS: dict[str, tuple[list[str], list[tuple[str, str]]]] = {
    "en": (["Name", "Customer", "Contact", "Agent", "Assigned to", "Owner", "Caller", "Handled by", "Recipient"],
           [("Phone", "PHONE"), ("City", "CITY"), ("Order", "ORDER"), ("Product", "PROD"), ("Amount", "AMT"),
            ("Status", "STATUS"), ("Team", "DEPT"), ("Address", "STREET"), ("Company", "COMP")]),
    "de": (["Name", "Kunde", "Kundin", "Ansprechpartner", "Bearbeiter", "Zuständig", "Anrufer", "Empfänger"],
           [("Telefon", "PHONE"), ("Ort", "CITY"), ("Bestellung", "ORDER"), ("Artikel", "PROD"),
            ("Betrag", "AMT"), ("Status", "STATUS"), ("Abteilung", "DEPT"), ("Adresse", "STREET"),
            ("Firma", "COMP")]),
    "fr": (["Nom", "Client", "Cliente", "Contact", "Agent", "Traité par", "Destinataire", "Interlocuteur"],
           [("Tél", "PHONE"), ("Ville", "CITY"), ("Commande", "ORDER"), ("Article", "PROD"), ("Montant", "AMT"),
            ("Statut", "STATUS"), ("Service", "DEPT"), ("Adresse", "STREET"), ("Société", "COMP")]),
    "es": (["Nombre", "Cliente", "Contacto", "Agente", "Atendido por", "Destinatario", "Titular"],
           [("Teléfono", "PHONE"), ("Ciudad", "CITY"), ("Pedido", "ORDER"), ("Artículo", "PROD"),
            ("Importe", "AMT"), ("Estado", "STATUS"), ("Departamento", "DEPT"), ("Dirección", "STREET"),
            ("Empresa", "COMP")]),
    "it": (["Nome", "Cliente", "Referente", "Operatore", "Gestito da", "Destinatario", "Intestatario"],
           [("Tel", "PHONE"), ("Città", "CITY"), ("Ordine", "ORDER"), ("Articolo", "PROD"), ("Importo", "AMT"),
            ("Stato", "STATUS"), ("Reparto", "DEPT"), ("Indirizzo", "STREET"), ("Azienda", "COMP")]),
    "nl": (["Naam", "Klant", "Contactpersoon", "Medewerker", "Behandeld door", "Ontvanger", "Beller"],
           [("Tel", "PHONE"), ("Plaats", "CITY"), ("Bestelling", "ORDER"), ("Artikel", "PROD"),
            ("Bedrag", "AMT"), ("Status", "STATUS"), ("Afdeling", "DEPT"), ("Adres", "STREET"),
            ("Bedrijf", "COMP")]),
    "pl": (["Imię i nazwisko", "Klient", "Osoba kontaktowa", "Konsultant", "Obsługuje", "Odbiorca", "Zgłaszający"],
           [("Tel.", "PHONE"), ("Miasto", "CITY"), ("Zamówienie", "ORDER"), ("Produkt", "PROD"),
            ("Kwota", "AMT"), ("Status", "STATUS"), ("Adres", "STREET"), ("Firma", "COMP")]),
    "pt": (["Nome", "Cliente", "Contacto", "Agente", "Atendido por", "Destinatário", "Titular"],
           [("Telefone", "PHONE"), ("Cidade", "CITY"), ("Encomenda", "ORDER"), ("Artigo", "PROD"),
            ("Valor", "AMT"), ("Estado", "STATUS"), ("Departamento", "DEPT"), ("Morada", "STREET"),
            ("Empresa", "COMP")]),
    "sv": (["Namn", "Kund", "Kontaktperson", "Handläggare"],
           [("Telefon", "PHONE"), ("Ort", "CITY"), ("Order", "ORDER"), ("Belopp", "AMT")]),
    "da": (["Navn", "Kunde", "Kontaktperson", "Sagsbehandler"],
           [("Telefon", "PHONE"), ("By", "CITY"), ("Ordre", "ORDER"), ("Beløb", "AMT")]),
}

STATUS: dict[str, list[str]] = {
    "en": ["open", "closed", "pending", "waiting for customer", "resolved", "on hold"],
    "de": ["offen", "geschlossen", "in Bearbeitung", "wartet auf Kunde", "erledigt"],
    "fr": ["ouvert", "fermé", "en attente", "résolu", "en cours"],
    "es": ["abierto", "cerrado", "pendiente", "resuelto", "en curso"],
    "it": ["aperto", "chiuso", "in attesa", "risolto", "in lavorazione"],
    "nl": ["open", "gesloten", "in behandeling", "opgelost", "wacht op klant"],
    "pl": ["otwarte", "zamknięte", "w toku", "rozwiązane", "oczekuje"],
    "pt": ["aberto", "fechado", "pendente", "resolvido", "em curso"],
    "sv": ["öppen", "stängd", "väntar"],
    "da": ["åben", "lukket", "afventer"],
}
# fmt: on
