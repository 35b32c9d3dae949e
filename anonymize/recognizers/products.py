"""Product names that contain a first name or a place ("Victoria Teapot", "Rose Gold Watch Strap",
"Lampe Florence", "tetera Valentina"): business values, not people.

NER and name lists see the name inside; the product noun next to it says otherwise. `beside_product`
tells whether a span has a product noun inside it or directly before or after it (only spaces
between), in English order ("Paris Lamp") or in the noun-first order of German and the Romance
languages ("Sofa Oslo", "lampada Giulia"). `item_before_price` tells an item read as a name by its
model code or price after it ("Brenderup 1205S", "soggiorno Elsa, 62,85 €").
"""

from __future__ import annotations

import re
from functools import lru_cache

from presidio_analyzer import RecognizerResult

from anonymize.recognizers._base import SHAPE_AND_MODEL_NAME_SOURCES

_PRODUCT_NOUNS = """
teapot kettle mug cup saucer teacup jug pitcher carafe decanter glass glasses tumbler bottle flask
thermos lamp lampshade lantern candle candleholder vase bowl plate dish platter tray pot skillet
wok casserole saucepan knife knives spoon fork cutlery blender toaster mixer grinder juicer kettle
sofa couch armchair chair stool bench table desk shelf shelves bookcase cabinet cupboard wardrobe
dresser drawer bed mattress pillow cushion blanket throw duvet quilt towel rug carpet curtain
curtains blind mirror clock frame poster print canvas planter basket hamper box crate
watch strap bracelet necklace pendant earring earrings brooch charm chain bag handbag backpack
rucksack tote wallet purse belt scarf shawl hat cap beanie gloves dress shirt blouse t-shirt
sweater jumper hoodie cardigan jacket coat parka blazer suit jeans trousers pants shorts skirt
leggings socks shoes boots sneakers trainers sandals slippers heels loafers umbrella sunglasses
headphones earbuds speaker charger cable adapter cover sleeve holder mount keyboard mouse
monitor laptop tablet phone camera lens tripod printer router drone console controller
bike bicycle helmet scooter stroller pram crib cot highchair toy doll puzzle game kit pack
bundle edition collection series model version refill cartridge filter soap shampoo
perfume fragrance cologne cream lotion serum balm candle diffuser tea coffee blend roast wine gin
chocolate cookies biscuits
teekanne kanne tasse becher krug flasche lampe leuchte laterne kerze vase schale schüssel teller
pfanne topf messer löffel gabel mixer toaster sofa couch sessel stuhl hocker tisch schreibtisch
regal schrank kommode bett matratze kissen decke handtuch teppich vorhang spiegel armbanduhr
armband kette ohrringe tasche handtasche rucksack geldbörse gürtel schal mütze kleid hemd
bluse jacke mantel hose socken schuhe stiefel turnschuhe sandalen schirm kopfhörer
ladegerät kabel hülle fahrrad helm spielzeug puppe paket modell
théière bouilloire tasse mug carafe bouteille lampe lanterne bougie vase bol assiette plat poêle
casserole couteau cuillère fourchette mixeur grille-pain canapé fauteuil chaise tabouret table
bureau étagère armoire commode matelas oreiller coussin couverture serviette tapis rideau
miroir horloge bracelet collier bague boucles sac sacoche portefeuille ceinture écharpe
chapeau bonnet robe chemise chemisier veste manteau pantalon jupe chaussettes chaussures bottes
baskets sandales parapluie casque chargeur câble housse vélo jouet poupée coffret modèle
tetera hervidor taza jarra botella lámpara farol vela jarrón cuenco plato sartén olla cuchillo
cuchara tenedor batidora tostadora sofá sillón silla taburete mesa escritorio estantería armario
cómoda cama colchón almohada cojín manta toalla alfombra cortina espejo reloj pulsera collar
anillo pendientes bolso mochila cartera cinturón bufanda sombrero gorro vestido camisa blusa
chaqueta abrigo pantalón falda calcetines zapatos botas zapatillas sandalias paraguas auriculares
cargador cable funda bicicleta casco juguete muñeca estuche modelo
teiera bollitore tazza boccale caraffa bottiglia lampada lanterna candela vaso ciotola piatto
padella pentola coltello cucchiaio forchetta frullatore tostapane divano poltrona sedia sgabello
tavolo scrivania scaffale armadio cassettiera letto materasso cuscino coperta asciugamano tappeto
tenda specchio orologio bracciale collana anello orecchini borsa zaino portafoglio cintura sciarpa
cappello berretto vestito camicia camicetta giacca cappotto pantaloni gonna calzini scarpe stivali
sandali ombrello cuffie caricatore cavo custodia bicicletta casco giocattolo bambola modello
theepot waterkoker beker fles lamp lantaarn kaars vaas bord lepel vork blender
fauteuil stoel kruk tafel bureau plank kast ladekast bed matras kussen deken handdoek tapijt
gordijn spiegel klok horloge armband ketting oorbellen tas handtas rugzak portemonnee riem
sjaal hoed muts jurk overhemd blouse jas broek rok sokken schoenen laarzen sneakers sandalen
paraplu koptelefoon oplader kabel hoes fiets helm speelgoed
czajnik kubek dzbanek butelka lampa latarnia świeca wazon miska talerz patelnia garnek nóż łyżka
widelec blender toster sofa kanapa fotel krzesło stołek stół biurko półka szafa komoda łóżko
materac poduszka koc ręcznik dywan zasłona lustro zegar zegarek bransoletka naszyjnik pierścionek
kolczyki torba torebka plecak portfel pasek szalik kapelusz czapka sukienka koszula bluzka kurtka
płaszcz spodnie spódnica skarpetki buty kozaki trampki sandały parasol słuchawki ładowarka kabel
etui rower kask zabawka lalka zestaw model
bule chaleira caneca jarro garrafa candeeiro lanterna vela jarra tigela prato frigideira panela
faca colher garfo liquidificadora torradeira sofá poltrona cadeira mesa secretária estante
armário cómoda cama colchão almofada manta toalha tapete cortina espelho relógio pulseira colar
anel brincos mala bolsa mochila carteira cinto cachecol chapéu gorro vestido camisa blusa casaco
calças saia meias sapatos botas ténis sandálias guarda-chuva auscultadores carregador cabo capa
bicicleta capacete brinquedo boneca conjunto modelo
duvet comforter bedspread doormat pillowcase tablecloth placemat coaster colander grater
couette lampadaire plaid nappe drap tabouret étagère miroir horloge coffret
bettdecke wasserkocher stehlampe tischlampe kopfkissen federbett schreibtischlampe
edredón flexo lamparita sábana piumone piumino lenzuolo dekbed vloerlamp bureaulamp kołdra
pościel edredão lençol
bouquet bouquets posy posies wreath wreaths tribute tributes spray arrangement buttonhole buttonholes
corsage garland bunch hamper roses tulips lilies orchids peonies
blumenstrauß strauß kranz gesteck bukett gerbe couronne composition ramo corona ramillete mazzo
composizione boeket bloemstuk krans bukiet wieniec wiązanka coroa arranjo
whitening crown crowns implant implants veneer veneers filling fillings retainer aligner aligners
denture dentures braces
tyre tyres tire tires brake brakes pads derailleur groupset cassette saddle wheel wheels wheelset
crankset pedals handlebar handlebars
manicure pedicure facial massage haircut balayage highlights
trimmer shaver razor clipper clippers hairdryer straightener curler toothbrush flosser epilator
harness leash lead collar muzzle kennel crate feeder fountain litter scratcher tree hutch aquarium
terrarium cage perch hammock bed playpen
mask eyemask earplugs nightlight humidifier dehumidifier purifier heater fan radiator thermostat
vacuum hoover mop broom duster iron steamer scale scales timer alarm doorbell sensor plug bulb
torch flashlight battery batteries powerbank projector soundbar subwoofer amplifier turntable
smartwatch tracker webcam microphone mic stylus dock hub drive ssd stick card reader
drill saw hammer screwdriver wrench spanner pliers toolbox toolkit ladder sander grinder jigsaw
lawnmower mower trimmer strimmer hose sprinkler barbecue grill smoker firepit parasol gazebo
shed greenhouse wheelbarrow shovel spade rake secateurs pruner
tent sleeping bag mat yoga dumbbell dumbbells kettlebell treadmill rower racket racquet ball bat
glove goggles wetsuit skateboard skis snowboard sled paddle kayak lock pump bottle rack
pacifier dummy teether bib bottle steriliser sterilizer monitor carrier sling bouncer swing
walker potty nappy nappies diapers wipes blocks rattle mobile
notebook notepad planner diary journal pen pencil marker highlighter stapler binder folder
envelope envelopes stamp calculator organiser organizer
moisturiser moisturizer cleanser toner sunscreen mascara lipstick eyeliner foundation concealer
blush palette polish nail brush comb sponge razor deodorant
grater peeler whisk ladle spatula tongs sieve strainer scissors opener corkscrew cooler lunchbox
thermos dispenser rack caddy hanger hangers hook hooks basket bin organiser
iphone ipad macbook imac airpods galaxy pixel xperia moto redmi xiaomi nokia thinkpad surface kindle
playstation xbox fairphone oneplus huawei oppo realme lenovo dell asus acer
guitar violin viola cello piano flute clarinet saxophone trumpet trombone ukulele harp accordion
oboe bassoon drumkit gitarre geige violine bratsche klavier flöte querflöte blockflöte klarinette
saxophon trompete posaune schlagzeug harfe akkordeon guitare violon violoncelle flûte clarinette
trompette harpe accordéon guitarra violín violonchelo flauta clarinete trompeta arpa acordeón
chitarra violino violoncello pianoforte flauto clarinetto tromba fisarmonica gitaar viool fluit
dwarsfluit klarinet trompet accordeon gitara skrzypce wiolonczela pianino fortepian flet klarnet
trąbka akordeon violoncelo trompete harpa acordeão
"""

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


@lru_cache(maxsize=1)
def product_nouns() -> frozenset[str]:
    """Common product nouns (words that are also verbs, titles or pronouns next to names, such as
    "ring", "pan" or "bin", are left out) (lower case) in English, German, French, Spanish, Italian, Dutch,
    Polish and Portuguese."""
    return frozenset(_PRODUCT_NOUNS.split())


#: Heads of German and Dutch compounds naming products ("Stehlampe", "Bettdecke", "Vloerlamp").
COMPOUND_HEADS: tuple[str, ...] = (
    "lampe", "decke", "kocher", "kanne", "tasche", "schrank", "tisch", "stuhl", "sessel", "kissen",
    "teppich", "spiegel", "regal", "becher", "schale", "lamp", "kast", "stoel", "tafel", "tas", "kussen",
    "dekbed", "koker",
)  # fmt: skip


def is_product_noun(word: str) -> bool:
    """A product noun, or a German or Dutch compound ending in one (seven letters or more)."""
    folded = word.casefold()
    return folded in product_nouns() or (len(folded) >= 7 and folded.endswith(COMPOUND_HEADS))


#: Capitalised words that end a name's run without making it a product: days, months, greetings.
_NOT_PRODUCT_HEADS = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december thanks thank please hello hi hey cheers regards sorry yes
    no ok okay team support office service family group today tomorrow yesterday
    """.split()  # noqa: SIM905 - a word list reads best as words
)

#: Up to two capitalised words right after a span, single spaces between ("Lotte Sleep| Mask").
_CAPITALISED_AFTER = re.compile(r"(?:[ \t][A-Z][a-z]+){1,2}(?![\w'’-])")


def product_run(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` and the capitalised words right after it are a product named after a person
    or a place: the run has two words or more and ends in a capitalised product noun, or in two
    capitalised common English words that are no names ("Lotte Sleep Mask", "Oscar Cat Tree"). Product names are
    English in shops of every language."""
    after = _CAPITALISED_AFTER.match(text, end)
    words = _WORD.findall(text[start:end]) + (after.group().split() if after else [])
    if len(words) < 2:
        return False
    last = words[-1]
    if not (last[:1].isupper() and last[1:].islower()) or last.casefold() in _NOT_PRODUCT_HEADS:
        return False
    if is_product_noun(last):
        return True
    from anonymize.recognizers.person_names import is_listed_name  # the name lists load on first use
    from anonymize.vocabulary import zipf

    return all(zipf(w.casefold(), "en") >= COMMON_NOUN_ZIPF and not is_listed_name(w) for w in words[-2:])


#: English frequency (wordfreq Zipf) from which a capitalised word ending a run reads as a common noun.
COMMON_NOUN_ZIPF = 3.5


def beside_product(text: str, start: int, end: int) -> bool:
    """A product noun is inside ``text[start:end]`` or is the word right before or after it."""
    if any(is_product_noun(w) for w in _WORD.findall(text[start:end])):
        return True
    # a word elided before the next one ("dell'assistenza") is an article, never the product noun "Dell"
    after = re.match(r"[ \t]{1,2}([^\W\d_]+(?:-[^\W\d_]+)*)(?![\w'’])", text[end : end + 40])
    if after and _neighbour_product_noun(after.group(1)) and not _false_friend(text, end, after.group(1)):
        return True
    before = word_before(text, start)
    return before is not None and _neighbour_product_noun(before)


def word_before(text: str, start: int) -> str | None:
    """The word (hyphenated parts included) that ends one or two spaces before ``start``, if any."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return before.group(1) if before else None


_WORD_BEFORE = re.compile(r"([^\W\d_]+(?:-[^\W\d_]+)*)[ \t]{1,2}$")


#: Product nouns that are another word in a language of the line: Dutch "belt" is "calls"
#: ("Moarn Hiemkeamer belt vooraf").
_FALSE_FRIENDS = {"nl": frozenset({"belt"})}


def _false_friend(text: str, position: int, word: str) -> bool:
    """``word`` at ``position`` is, in its line's language, no product noun (`_FALSE_FRIENDS`)."""
    from anonymize.vocabulary import guess_languages

    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    languages = guess_languages(text[start : end if end >= 0 else len(text)])
    return any(word.casefold() in _FALSE_FRIENDS.get(lang, ()) for lang in languages)


def _neighbour_product_noun(word: str) -> bool:
    """A product noun beside a name that is no function word of another language: the German "hat"
    (has) after "Freymann Þjóstólfsson" is no hat."""
    from anonymize.vocabulary import is_stop_word

    return is_product_noun(word) and not is_stop_word(word)


#: Articles that are also object pronouns before a verb ("las pone Wilqasi", "lo encola Inawi").
_PRONOUN_ARTICLES = frozenset({"la", "le", "lo", "les", "las", "los", "gli", "die", "der", "den", "dem"})

#: Articles before a thing's noun ("un geranio Carmen", "la chaudière gaz Lorraine", "die brücke lahntal").
_THING_ARTICLE_WORDS = (
    "the a an het een de un une uno una um uma ein eine einen einem einer eines el la le il lo "
    "die der das den dem los las les gli os as"
)
_NOUNS_AFTER_ARTICLE = re.compile(
    rf"(?<![\w'’-])(?P<article>(?i:{'|'.join(_THING_ARTICLE_WORDS.split())}))[ \t]+"
    r"(?P<nouns>[^\W\d_A-Z][^\W\d_]{2,}(?:[ \t]+[^\W\d_A-Z][^\W\d_]{2,})?)[ \t]+$"
)


def named_thing(text: str, start: int, end: int) -> bool:
    """One capitalised word after an article and one or two lower-case nouns of no person names the
    thing ("la chaudière gaz Lorraine", "une lampe Camille"), where a person would follow a person's noun ("la
    vecina Carmen", "der Kollege Ruiz"); the nouns are common words ("the band gigi" is no noun's
    name). A pronoun and a verb ("las pone Wilqasi") look the same, so
    after an article that is also a pronoun it takes two nouns; a two-word name is a person's."""
    from anonymize.vocabulary import LANGUAGES, is_common_word, is_stop_word

    word = text[start:end]
    after = _WORD_AFTER.match(text, end)
    if not (word.isalpha() and word.istitle()) or (
        after is not None and after.group(1).istitle() and not is_stop_word(after.group(1))
    ):
        return False  # "Carmen López", "the band Gigi Kedaash": a two-word name is a person's
    before = _NOUNS_AFTER_ARTICLE.search(text, max(0, start - 60), start)
    if before is None:
        return False
    nouns = before.group("nouns").split()
    if before.group("article").casefold() in _PRONOUN_ARTICLES and len(nouns) < 2:
        return False
    return all(is_common_word(noun, LANGUAGES, threshold=3.0) and not _person_noun(noun) for noun in nouns)


_WORD_AFTER = re.compile(r"[ \t]+([^\W\d_]+)")


def _person_noun(word: str) -> bool:
    """A word that names or calls a person: any word of a cue phrase, a role, a title."""
    from anonymize.profile.patterns import names_a_role

    return word.casefold() in _cue_words() or names_a_role(word)


@lru_cache(maxsize=1)
def _cue_words() -> frozenset[str]:
    from anonymize.recognizers import name_cues

    families = (
        name_cues.INTRO,
        name_cues.SELF,
        name_cues.LABEL,
        name_cues.TITLE,
        name_cues.CALLBACK,
        name_cues.HANDOVER,
        name_cues.CONTACT,
        name_cues.GREETING,
        name_cues.RELATION,
        name_cues.BELONGING,
        name_cues.ROLE,
        name_cues.NAME_BEFORE,
        name_cues.NAME_BEFORE_WEAK,
    )
    return frozenset(word for family in families for phrase in family for word in phrase.split())


#: A lower-case noun and one capitalised word ("leitão Bairrada", "chouriço Amélia") that no other
#: capitalised word follows.
_THING_PAIR = re.compile(
    r"(?<![\w'’-])(?P<noun>[^\W\d_A-ZÀ-ÞĀ-Ž][^\W\d_]{2,})[ \t]+"
    r"(?P<name>[A-ZÀ-ÞĀ-Ž][^\W\d_A-ZÀ-ÞĀ-Ž]{2,})(?![\w'’-])(?![ \t]+[A-ZÀ-ÞĀ-Ž])"
)
#: How often a pair recurs in one batch of texts before it reads as an item of a catalogue.
RECURRING_PAIR = 3


def recurring_thing_spans(texts: list[str]) -> list[list[tuple[int, int]]]:
    """Per text, the spans of noun + name pairs that recur in the batch (three times or more): the
    same noun before the same name, record after record, is a catalogue's item ("leitão Bairrada",
    "palmera Elche"); a person named after a person's noun ("técnico Ruiz") or a function word is no
    such pair."""
    from anonymize.vocabulary import is_stop_word

    found = [list(_THING_PAIR.finditer(text)) if text else [] for text in texts]
    counts: dict[tuple[str, str], int] = {}
    for matches in found:
        for m in matches:
            key = (m.group("noun").casefold(), m.group("name"))
            counts[key] = counts.get(key, 0) + 1
    recurring = {
        key
        for key, n in counts.items()
        if n >= RECURRING_PAIR
        and (is_product_noun(key[0]) or not is_stop_word(key[0]))  # Danish "bag" is "behind"
        and not _person_noun(key[0])
    }
    return [
        [m.span() for m in matches if (m.group("noun").casefold(), m.group("name")) in recurring]
        for matches in found
    ]


#: A model code right after a word: letters and digits in one token ("1205S", "X-200", "v2").
_CODE_AFTER = re.compile(r"[ \t]+(?=[\w-]*\d)(?=[\w-]*[^\W\d_])[\w-]{2,}\b")
#: A price right after a word, a short preposition between: " por 533,50 €", " for £51.31", " à 12,00";
#: not a date (" am 26.10.2025").
_PRICE_AFTER = re.compile(
    r"[ \t]+(?:[^\W\d_]{1,4}[ \t]+)?[€$£]?[ \t]?\d+(?:[.,]\d{3})*[.,]\d{2}\b(?![.,/-]\d)"
)
#: Units items are counted in, in the languages Shoal reads ("34 stuks", "21 pz.", "36 units").
_COUNT_UNITS = (
    r"(?i:x|×|units?|pcs|pc|pieces|items|Stück|Stücke|Stk\.|Teile|szt\.|sztuk[ai]?|pz\.|pezzi|uds\.|unid\.|unidades"
    r"|piezas|peças|stuks|stukken|st\.|unités|pièces|un\.)"
)
#: "Barcode" in the languages Shoal reads.
_BARCODE_WORDS = (
    r"(?i:barcode|bar[ \t]code|strichcode|codice[ \t]a[ \t]barre|código[ \t]de[ \t]barras|code-barres"
    r"|streepjescode|kod[ \t]kreskowy)"
)
#: An item's details in brackets, up to four words on: its article number, barcode or count ("(EAN 5041…)",
#: "(10 szt.)"); no person is counted in pieces, a person's brackets hold "(ext. 214)", "(she/her)".
_ITEM_DETAIL = re.compile(
    r"(?:[ \t]+[^\W_][\w'’.-]*){0,4}?[ \t]*\("
    rf"(?:(?:(?:code|codice|código|kod)[ \t]+)?(?:EAN|GTIN)|{_BARCODE_WORDS}[ \t:]*\d{{8,14}}"
    r"|SKU|ref\.|réf\.|art\.|Art\.-Nr\.|cod\.|código|kod"
    r"|(?:stock|warehouse|Lager|magazzino|almacén|armazém|magazyn|voorraad|entrepôt)[ \t]+[A-Z]{1,4}-[\w-]*\d"
    rf"|\d+[ \t]?{_COUNT_UNITS})"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)


def before_item_details(text: str, start: int, end: int) -> bool:
    """An item's details in brackets after ``text[start:end]``: an article number or a count of pieces,
    right after it ("Treibriemen Gritzner (7 Stück)") or, after one word, up to four words on ("Mantice|
    nuovo Soprani (EAN 5041…)", "Tor| przeszkód 12 m (10 szt.)"). A full name keeps its verb between
    ("Kecwaa Ngutii ordered Van Livery Kendal (36 pcs)")."""
    match = _ITEM_DETAIL.match(text, end)
    if match is None:
        return False
    gap = text[end : match.end()].split("(", 1)[0].split()
    if gap and _verb_after_a_name(gap[0]):
        return False  # "ZABROVIN bestellte Transport Bösendorfer (32 Stk.)": who ordered it
    return not gap or not any(ch.isspace() for ch in text[start:end])


#: A count and its unit right before an item: "21 pz. di |Cialde|" (not "5 Stück von <name>": who sent them).
_COUNT_BEFORE = re.compile(
    rf"(?<![\w.,])\d{{1,5}}[ \t]?{_COUNT_UNITS}(?:[ \t]+(?i:of|de|di))?[ \t]+"
    # "5 unités de Merrain chêne de |Tronçais|": the item's words up to a particle, never a name after it
    r"(?:[A-ZÀ-ÞĀ-Ž][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*){0,2}[ \t]+(?i:de|di|da|del|della|du|des|do|dos|das)[ \t]+)?$"
)
#: A comma, a count and its unit after an item (two more of its words between at most): "|Kruirad|, 34 stuks".
_COUNT_AFTER = re.compile(
    rf"(?P<between>(?:[ \t]+[^\W\d_][\w'’-]*){{0,2}}),[ \t]*\d{{1,5}}[ \t]?{_COUNT_UNITS}(?![^\W\d_])"
)
#: An item's barcode after a comma: "|Arabica Santos|, codice a barre 7248975710446".
_BARCODE_AFTER = re.compile(
    rf"(?:[ \t]+[^\s,]+){{0,3}},[ \t]*(?:{_BARCODE_WORDS}|(?i:EAN|GTIN))[ \t:]*\d{{8,14}}\b"
)
#: An item's part number after a comma: "|Ciseaux Lucienne|, pièce IQ-AFF-9306".
_PART_AFTER = re.compile(
    r",[ \t]*(?i:part|pièce|Teil|pezzo|pieza|onderdeel|część|peça|Art\.-Nr\.|SKU)[ \t:]*(?=[\w-]*\d)[A-Z0-9][\w-]*-\w+"
)
#: Where an order line's item starts: a colon, a semicolon, a bullet; not a verb's "oddał(a) |<name>|".
_CLAUSE_START = re.compile(r"(?:^|[:;\n•*–-])[ \t]*$")
#: A lower-case word and "of" before a finding: the finding names what the thing is made of or from.
_OF_A_THING = re.compile(
    r"(?<![^\s])([a-zà-ž][^\W\d_]+)[ \t]+(?:de|di|da|du|des|del|della|do|dos|das|z|ze)[ \t]+$"
)
#: "|Bird Guard Cowl| x 18 items", "|Ciseaux Lucienne| x 29 pièces": a multiplication sign and a count.
_TIMES_AFTER = re.compile(r"[ \t]+[x×][ \t]?\d{1,5}(?![\d.,:/]\d)")
#: A measure up to two words after an item: "|Autospurgo| 8 m³" (no hours, as in a timesheet's "Abaa 6 h").
_MEASURE_AFTER = re.compile(
    r"(?P<between>(?:[ \t]+[^\W\d_][\w'’-]*){0,2})[ \t]+\d+(?:[.,]\d+)?[ \t]?"
    r"(?P<unit>kg|g|m|m²|m³|cm|mm|km|l|ml|cl|t)(?![^\W\d_])"
)
#: Words a person's name follows, not an item's: "to", "for", "from", "by", "with" and "at" in the
#: languages Shoal reads ("Geliefert an <name>, 12 Stück", "Consegnato a <name> 5 kg").
_PERSON_BEFORE = frozenset(
    """to for from by with an für von bei mit durch à a pour par chez avec para por con per da voor aan van door
    met dla do od przez przy z ze ao pelo pela""".split()  # noqa: SIM905
)


def counted_item(text: str, start: int, end: int, *, cued: bool) -> bool:
    """``text[start:end]`` is counted or measured: after a count ("21 pz. di Cialde"), before a barcode;
    or, no word a person follows ("an", "per") nor a cue before it, before "x 18", a part number or a
    comma and a count when it reads as an item's words (`_item_words`), or a measure ("Autospurgo 8 m³";
    a weight right after the finding is a person's)."""
    if _COUNT_BEFORE.search(text[max(0, start - 30) : start]) or _BARCODE_AFTER.match(text, end):
        return True
    before = _WORD_BEFORE.search(text, max(0, start - 24), start)
    if cued or (before is not None and before.group(1).casefold() in _PERSON_BEFORE):
        return False
    if _TIMES_AFTER.match(text, end) or _PART_AFTER.match(text, end):
        return _item_words(text, start, end)  # not "Anna Kowalski x 2", "Jan Nowak, part AB-1234"
    measure = _MEASURE_AFTER.match(text, end)
    if measure is not None and (measure.group("between").strip() or measure.group("unit") not in {"kg", "g"}):
        return _common_words(measure.group("between"))
    count = _COUNT_AFTER.match(text, end)
    return count is not None and _common_words(count.group("between")) and _item_words(text, start, end)


def _item_words(text: str, start: int, end: int) -> bool:
    """An item's words: a common word, no name ("Bird Guard Cowl"), or "…: |Kruirad|", "chêne de |Tronçais|"."""
    from anonymize.recognizers.person_names import is_listed_name

    words = text[start:end].split()
    if words and is_listed_name(words[0]):
        return False  # "Anna Kowalski x 2": a given name opens a person's name
    if any(_common_words(w) and not is_listed_name(w) for w in words):
        return True
    of_thing = _OF_A_THING.search(text, max(0, start - 40), start)
    return _CLAUSE_START.search(text, max(0, start - 4), start) is not None or (
        of_thing is not None and _common_words(of_thing.group(1))
    )


def in_order_line(text: str, start: int, end: int, *, cued: bool) -> bool:
    """``text[start:end]`` is an order line's item: before its details in brackets
    (`before_item_details`) or where it is counted, measured or coded (`counted_item`)."""
    return before_item_details(text, start, end) or counted_item(text, start, end, cued=cued)


def _common_words(words: str) -> bool:
    """Every word between a finding and its count is an item's (a word of a language), not a name's."""
    from anonymize.vocabulary import LANGUAGES, is_common_word

    return all(is_common_word(w, LANGUAGES, 3.0) for w in words.split())


def _verb_after_a_name(word: str) -> bool:
    """``word`` is a one-word cue that follows a name ("bestellte", "ordered", "zamawia")."""
    from anonymize.recognizers.name_context.cues import before_index

    return (word.casefold(),) in before_index()


_UNCUED = frozenset({*SHAPE_AND_MODEL_NAME_SOURCES, "SpacyRecognizer"})


def item_before_price(text: str, result: RecognizerResult, source: str | None) -> bool:
    """A name finding that is an item: a no-word before a model code or a price ("Brenderup 1205S",
    "Quiropodia por 533,50 €"), a model's reading that opens with a lower-case common word (no
    title) before a price ("Ordine IT-81925: soggiorno Elsa, 62,85 €"), any finding a few words
    before an item's details in brackets (`_ITEM_DETAIL`), or a shape's or a model's reading right
    after a booking verb (`after_booking_verb`)."""
    from anonymize.recognizers.name_context import title_words
    from anonymize.recognizers.name_cues.name_before import after_booking_verb
    from anonymize.recognizers.no_words import NO_WORD_SOURCE
    from anonymize.vocabulary import LANGUAGES, is_common_word

    if in_order_line(text, result.start, result.end, cued=source == "NameContextRecognizer"):
        return True
    if source in _UNCUED and after_booking_verb(text, result.start, result.end):
        return True  # "apartó Varillaje de peral con …": what was booked
    if source == NO_WORD_SOURCE:
        return bool(_CODE_AFTER.match(text, result.end) or _PRICE_AFTER.match(text, result.end))
    head = text[result.start : result.end].split(" ", 1)[0]
    return (
        source in {"LearnedNameRecognizer", "SpacyRecognizer"}
        and head.islower()
        and head not in title_words()
        and is_common_word(head, LANGUAGES, 3.0)
        and bool(_PRICE_AFTER.match(text, result.end + (text[result.end : result.end + 1] == ",")))
    )
