"""A second development set, written independently of the first: other templates, other names.

Small businesses of eight languages (a florist, a dental clinic, a bicycle workshop, a courier, a gas
and electricity call centre, a software help desk, a hotel, an estate agent, a veterinary practice,
a furniture shop) write CRM notes, e-mails and chats, and keep three tables. Every personal value
is planted with its field and tags; business values that must survive are planted as ``utility:``.

Names, streets and cities come from sources the engine does not read: syllable inventories invented
here (eleven styles) and mimesis's locale files (European and non-European, Latin script), each word
kept only when the engine does not know it, Faker does not list it, it is no stop word and no common
word (wordfreq Zipf < 2.5) in any of the eight languages.

    python -m bench.detection.devset2 OUT_DIR  # writes the files and truth.json
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any

from bench.detection.format import (
    PERSONAL_ENTITIES,
    UTILITY_KINDS,
    FileSet,
    Planted,
    contains_word,
    name_tokens,
    read_records,
    write_truth,
)

LANGS: tuple[str, ...] = ("en", "de", "fr", "es", "it", "nl", "pl", "pt")


def _w(text: str) -> list[str]:
    """The words of a space-separated inventory."""
    return text.split()


MAX_ZIPF = 2.5

# --- which words may be names ------------------------------------------------------------------------


@cache
def _vocab() -> tuple[Any, frozenset[str], Any, frozenset[str]]:
    import wordfreq

    from anonymize.vocabulary import faker_person_words, is_known_to_engine, stop_words

    stops = frozenset().union(*(stop_words(lang) for lang in LANGS))
    return wordfreq, faker_person_words(), is_known_to_engine, stops


@cache
def acceptable(word: str) -> bool:
    """A name word this set may use: unknown to the engine and to Faker, no stop word, rare everywhere."""
    if len(word) < 3 or not all(c.isalpha() for c in word):
        return False
    wordfreq, faker_words, known, stops = _vocab()
    low = lower(word).casefold()
    if low in faker_words or low in stops or known(low):
        return False
    return all(wordfreq.zipf_frequency(low, lang) < MAX_ZIPF for lang in LANGS)


def acceptable_name(value: str) -> bool:
    words = [w for w in re.split(r"[\s\-']+", value) if w]
    return bool(words) and all(acceptable(w) for w in words)


def lower(text: str) -> str:
    """Lower case as people type it (a dotted capital I becomes a plain i, not i + combining dot)."""
    return text.replace("İ", "I").lower()


def fold_ascii(text: str) -> str:
    for a, b in (("ß", "ss"), ("ł", "l"), ("Ł", "L"), ("ø", "o"), ("Ø", "O"), ("æ", "ae"), ("đ", "d")):
        text = text.replace(a, b)
    for a, b in (("ı", "i"), ("ð", "d"), ("þ", "th"), ("ə", "e"), ("Ə", "E")):
        text = text.replace(a, b)
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


# --- invented names: syllable inventories ------------------------------------------------------------

# style: (first-name starts, male endings, female endings, surname roots, surname endings)
STYLES: dict[str, tuple[list[str], list[str], list[str], list[str], list[str]]] = {
    "anglo": (
        _w("Ash Brin Cal Dun Els Fen Gar Hal Jess Kell Lark Mel Pen Rad Shel Tam Wyn Cor Bram Ced Rhos Tav"),
        _w("ton ric den wick ley ford mond win ard ell"),
        _w("wyn elle ia lyn ette ory enna issa"),
        _w("Ash Black Brad Cran Dray Fair Grims Hollo Kings Lang Marl Pem Rath Stan Thorn Whit Wolver Yard")
        + _w("Brack Chud Dent Eddle Frith Gosk Huck Ketter Lud Mump Nettle Quarr Rook Sket Tuff"),
        _w("bury combe thwaite ridge worth ham ley stead hurst wick ington ell ock ard sby ford"),
    ),
    "germanic": (
        _w("Al Bern Ger Hil Is Wal Ot Rein Sieg Ul Wig Ans Eck Fried Gund Hart Ing Lud Mein Ort Rad Tas Wen"),
        _w("bold hard mar win ric wald ger bert frid helm mund"),
        _w("gard hild lind trud wine burg run rada heid lis"),
        _w("Brenn Falk Gries Hohl Kalt Lind Moor Quell Rohr Schell Stein Wacht Zell Dorn Eich Hag Kess")
        + _w("Mahl Pfeff Rieg Strack Tann Wilk Amm Bütt Gött Herz Kling Nöll Ried Hüb Spreng Wolk"),
        _w("bichler mayr hofer inger ler mann rath brecht wieser berger städter huber leitner gruber")
        + _w("kötter meier sberg kamp häuser wald hammer knecht"),
    ),
    "romance": (
        _w("Ama Bene Cele Dori Eri Fla Gio Ila Lore Mari Nere Ora Pela Sera Tela Vale Zefi Aure Casi")
        + _w("Ludo Mira Orne Quin Leo Ren Ter"),
        _w("lio rino vano baldo denzio mondo sio tano berto fredo"),
        _w("lina della resa mina vella rita nella zia ssa nora"),
        _w("Bel Cast Dal Ferr Gal Lun Mar Pas Quar Riv Sal Tor Ven Zan Mont Carr Orl Serr Pell Brun"),
        _w("agnoli uccio etti oni ardo iani ucci arelli ezzo osa eira anes elle ieux aça illo ero anda")
        + _w("ozzi erón ignac ouret"),
    ),
    "slavic": (
        _w("Bog Dobro Jaro Lubo Mile Rado Slavo Stani Vlad Zde Brani Svet Ljudi Dragi Mire Vese Dani")
        + _w("Krasi Prze Wszebo"),
        _w("mir slav bor gost wit dan mił rad"),
        _w("mira slava sława dana wita na ka"),
        _w("Brzez Chmiel Dąbr Grzyb Jast Krup Lesz Mrocz Nowic Pst Rybc Szcz Trzc Wierzb Zaw Kub Piwn")
        + _w("Sobc Głow Hryn Kost Vrab Dvor Hlad"),
        _w("owski ewicz czyk iak uk ński owiec enko ovič ák eček arz ała isz"),
    ),
    "nordic": (
        _w("Ås Bjør Dag Ei Fro Gunn Hall Ingi Kjell Lei Myr Rag Sig Sol Tor Ulv Ves Yng Arn Bryn Gei")
        + _w("Hjal Rune Sten"),
        _w("vald ulf mund stein bjørn grim leif var ar"),
        _w("dis hild veig frid borg run laug gerd ny"),
        _w("Aas Berg Fjell Grøn Haug Kvam Lunde Myhr Nes Rød Sand Skog Tveit Vik Øy Bru Dal Elv Holm")
        + _w("Strand Li Mo Rus Stav"),
        _w("heim rud stad vold gård ås eng sæter nes bakken land holm berget lund strøm myr dahl seth"),
    ),
    "greek": (
        _w("Ale Chry Dimi Eleft Faid Geras Ioan Kall Lef Mela Niko Pana Stam Thal Vasi Xeno Agla Evdo")
        + _w("Fot Kyri Sot Theo Anth"),
        _w("nos rios stis kis dros menis ros tios"),
        _w("ria ini oula thi leni nthi sia ki"),
        _w("Andr Charal Dimitr Georg Kara Konst Mavr Papad Stavr Tsak Vlach Xyl Zerv Kout Lamb Mich")
        + _w("Pantel Spyr Triant Chatz"),
        _w("opoulos idis akis ou iadis ellis atos oglou aras eas ides"),
    ),
    "turkish": (
        _w("Ay Ber Cem Dil Ece Gül Hak İl Kaan Mer Nur Öz Sel Tun Uğ Yal Zey Bar Doğ Eren Fer Gök Sev"),
        _w("han can türk kan tekin er soy bek"),
        _w("nur su lin ay ce gül em naz"),
        _w("Akt Bal Çak Dem Erd Gür Kar Kıl Öz Sar Tok Yıld Ayd Bay Coş Duy Eks Kork Şen Tez"),
        _w("oğlu kaya soy tekin can başı demir gil dağ türk ak aslan öz kurt"),
    ),
    "west_african": (
        _w("Ade Olu Ayo Chi Nne Ife Kwa Aku Yaw Efu Ebe Tola Bisi Femi Mod Sega Awa Fatou Ous Dem"),
        _w("wale tunde nonso dike nedu meka jide sola mide"),
        _w("kemi bunmi ola dara sey ne kou mane"),
        _w("Ade Oke Ogun Ola Nwa Eze Okon Osei Agye Diall Ndi Kou Bam Tra Sanou Ouéd Ako Ilo Olan Emen"),
        _w("yemi kunle bayo chukwu nna ike mensah ako aye raogo baye toye lowo deji for onye kwu"),
    ),
    "south_asian": (
        _w("Anu Deep Har Ish Jay Kav Man Nav Pri Raj Sha Vik Yog Aar Bhav Chand Dev Gur Lak Madh Nir"),
        _w("endra esh ansh dev vir jot ant ay"),
        _w("preet ika ita ini ima ali avi"),
        _w("Ahlu Bhat Chaud Desh Gan Jhav Kul Mal Nag Pand Rang Sab Thak Val Wad Bani Dhal Gill Kap"),
        _w("walia nagar hury pande eri kar arni ayya iwal ekar ani raj amurthy oor ia ehra"),
    ),
    "east_asian": (
        _w("Xiao Mei Jun Hao Zhen Yu Lian Qing Hyun Seo Ji Min Taka Haru Yuki Ken Thanh Minh Hoa"),
        _w("qing wen jie hiro woo jin to"),
        _w("ling hui rou yeon mi ko nao lan vy"),
        _w("Aki Fuji Hase Iwa Kami Kuro Matsu Naga Oka Saka Shira Taki Uchi Yama Mizu Tsuki Zhu Qiu"),
        _w("gawa mura moto zawa shita hara kubo nishi tani saki bayashi"),
    ),
    "arabic": (
        _w("Abd Ami Bas Far Ham Kha Mun Nas Rash Sal Tar Wal Yas Zay Jam Hus Lub Nou Rih Sam"),
        _w("ir id dan wan ouf een eeb"),
        _w("ima ira iya iha ala ina"),
        _w("Ben Bou Ait Ould Zah Mans Tah Qad Shar Ghaz Ham Mes Tal Zer Sidi Lah"),
        _w("saleh zidi ouri rani hami ouani dadi jemaa alaoui ssouli kaddour aziz"),
    ),
}
#: The local style of each language (weighted higher); every other style appears too.
LOCAL_STYLE = {
    "en": "anglo",
    "de": "germanic",
    "fr": "romance",
    "es": "romance",
    "it": "romance",
    "nl": "germanic",
    "pl": "slavic",
    "pt": "romance",
}
#: mimesis locales per language (European), and the non-European ones in Latin script.
MIMESIS_EU = {
    "en": ["en", "en-gb"],
    "de": ["de", "de-at", "de-ch"],
    "fr": ["fr"],
    "es": ["es"],
    "it": ["it"],
    "nl": ["nl"],
    "pl": ["pl"],
    "pt": ["pt"],
}
MIMESIS_OTHER_EU = ["sv", "no", "da", "fi", "hu", "cs", "hr", "et", "is"]
MIMESIS_NON_EU = ["tr", "es-mx", "pt-br", "az"]
#: Where a locale has (almost) no usable surnames, borrow them from these.
SURNAME_FALLBACK = {"es": ["it", "fr", "cs"], "pt": ["it", "fr"], "en": ["en-gb", "nl"], "sk": ["cs"]}


def _mimesis_dir() -> Path:
    import mimesis

    return Path(mimesis.__file__).parent / "datasets"


def _as_gendered(value: Any) -> dict[str, list[str]]:
    if isinstance(value, dict):
        return {"f": list(value.get("female", [])), "m": list(value.get("male", []))}
    return {"f": list(value), "m": list(value)}


@cache
def mimesis_names(locale: str) -> dict[str, tuple[str, ...]]:
    """Usable first names (``f``, ``m``) and surnames (``lf``, ``lm``) of a mimesis locale."""
    data = json.loads((_mimesis_dir() / locale / "person.json").read_text(encoding="utf-8"))
    first = _as_gendered(data.get("names", []))
    last = _as_gendered(data.get("surnames", []))

    def keep(values: list[str]) -> tuple[str, ...]:
        return tuple(sorted({v for v in values if " " not in v and acceptable_name(v)}))

    return {"f": keep(first["f"]), "m": keep(first["m"]), "lf": keep(last["f"]), "lm": keep(last["m"])}


@cache
def mimesis_address(locale: str) -> dict[str, tuple[str, ...]]:
    data = json.loads((_mimesis_dir() / locale / "address.json").read_text(encoding="utf-8"))

    def keep(values: list[str]) -> tuple[str, ...]:
        out = set()
        for v in values:
            words = [w for w in re.split(r"[\s\-]+", v.strip()) if w]
            if not words or not re.fullmatch(r"[^\W\d_][\w.' \-]*", v) or "." in v:
                continue
            if all(acceptable(w) for w in words):
                out.add(v.strip())
        return tuple(sorted(out))

    return {"street": keep(data["street"]["name"]), "city": keep(data["city"])}


# --- fixed business vocabulary -----------------------------------------------------------------------

DOMAINS = ("florist", "dental", "bike", "logistics", "utility", "saas", "hotel", "estate", "vet", "shop")

PRODUCTS: dict[str, list[str]] = {
    "florist": [
        "Rosa Bouquet",
        "Bouquet Victoria",
        "Amber Peony Box",
        "Lavender Dream",
        "Sunset Roses XL",
        "Bouquet Camille",
        "Orchid Phalaenopsis White",
        "Rose Gold Box 12",
        "Peach Blush Posy",
    ],
    "dental": [
        "Zoom Whitening",
        "Invisalign Lite",
        "Implant BLX 4.1",
        "Prophy Plus",
        "Retainer Classic",
        "Amber Whitening Kit",
        "Zirconia Crown Set",
        "Air-Flow Clean",
        "Night Guard Soft",
    ],
    "bike": [
        "Oslo Road 28",
        "Lisboa City 7G",
        "Shimano Deore XT M8100",
        "Schwalbe Marathon Plus 28x1.40",
        "Brompton C Line",
        "Vienna Tourer 8",
        "Marta Cargo E",
        "Bosch Performance CX",
        "Sevilla Comfort 3",
    ],
    "logistics": [
        "Express 24",
        "SameDay City",
        "Pallet Standard 120x80",
        "Overnight Premium",
        "Cool Box M",
        "Return Label Plus",
        "Parcel XL",
    ],
    "utility": [
        "Green Flex 24",
        "Gas Comfort 12",
        "Tariff Clara",
        "Heat Pump Saver",
        "Fix 36 Dual",
        "Night Saver Plus",
    ],
    "saas": [
        "Kanban Cloud Team",
        "InvoiceFlow Starter",
        "Helio CRM Business",
        "Nimbus Backup 500 GB",
        "Atlas Analytics",
        "Orion API Gateway",
        "Marta Scheduler",
        "TimeTrack Plus",
    ],
    "hotel": [
        "Suite Amalfi",
        "Deluxe Double",
        "Junior Suite Lisboa",
        "Family Room Verona",
        "Spa Day Classic",
        "Romantic Package",
        "Bed & Breakfast Double",
    ],
    "estate": [
        "Penthouse Aurora",
        "Loft Lisboa",
        "Apartment Victoria Park",
        "Villa Margarita",
        "Residence Giulia",
        "Studio Oslo 2B",
    ],
    "vet": [
        "Royal Canin Renal",
        "Frontline Combo",
        "Bravecto 500 mg",
        "Nobivac L4",
        "Apoquel 16 mg",
        "Milbemax",
        "Rabies Vaccine",
        "Zylkene 225 mg",
    ],
    "shop": [
        "Victoria Teapot",
        "Lisboa Armchair",
        "Oslo Sofa 3-Seater",
        "Clara Lamp",
        "Verona Dining Table",
        "Helena Vase Blue",
        "Nordic Grey Throw",
        "Milano Chair Green",
    ],
}
LOCAL_PRODUCTS: dict[str, dict[str, list[str]]] = {
    "en": {
        "florist": ["Posy Mary Rose", "Lily White Tribute"],
        "utility": ["Fixed Saver Oct 25", "Economy 7 Standard"],
        "hotel": ["Garden Room", "Afternoon Tea for Two"],
        "shop": ["Windsor Armchair Sage", "Edith Bookcase Oak"],
    },
    "de": {
        "florist": ["Strauß Margarete", "Tulpen Mix 20", "Gesteck Anemone"],
        "dental": ["PZR Premium", "Keramik-Inlay"],
        "bike": ["Riese & Müller Load 75", "Kettler Alu-Rad Berlin"],
        "utility": ["Ökostrom Flex 24", "Gas Komfort 12"],
        "hotel": ["Zimmer Seeblick", "Romantik-Paket"],
        "estate": ["Altbauwohnung Lindenhof"],
        "shop": ["Teekanne Victoria", "Sessel Lisboa Grün"],
    },
    "fr": {
        "florist": ["Bouquet Joséphine", "Lys Blanc Hommage"],
        "dental": ["Détartrage Plus", "Gouttière Nuit"],
        "bike": ["Vélo Lyon 26", "Peugeot LR01"],
        "utility": ["Gaz Bleu Confort", "Électricité Verte Fixe"],
        "hotel": ["Chambre Supérieure", "Formule Détente"],
        "shop": ["Fauteuil Lisboa Velours", "Théière Victoria"],
    },
    "es": {
        "florist": ["Ramo Lucía", "Ramo Primavera", "Centro Serena"],
        "bike": ["Orbea Vibe H30", "BH Atom Cross"],
        "utility": ["Tarifa Luz Valle", "Plan Gas Hogar"],
        "hotel": ["Habitación Sevilla", "Suite Mirador"],
        "estate": ["Ático Triana"],
        "shop": ["Sillón Lisboa Mostaza"],
    },
    "it": {
        "florist": ["Bouquet Giulia", "Mazzo Primavera"],
        "bike": ["Bianchi Oltre", "Graziella Classica"],
        "utility": ["Luce Verde Casa", "Gas Sicuro 24"],
        "hotel": ["Camera Venezia", "Suite Belvedere"],
        "estate": ["Trilocale Via Roma"],
        "shop": ["Poltrona Lisboa", "Teiera Vittoria"],
    },
    "nl": {
        "florist": ["Bruidsboeket Julia", "Tulpen Mix Holland"],
        "bike": ["Gazelle Orange C7", "Cortina E-U4"],
        "utility": ["Stroom Vast 3 jaar", "Groen Gas Variabel"],
        "hotel": ["Kamer Grachtzicht"],
        "shop": ["Fauteuil Lisboa Okergeel"],
    },
    "pl": {
        "florist": ["Bukiet Zofia", "Biała Lilia Klasyczna"],
        "bike": ["Kross Trans 5.0", "Romet Wagant"],
        "utility": ["Prąd Stały 2025", "Gaz Domowy Plus"],
        "hotel": ["Pokój z widokiem na Wawel"],
        "shop": ["Fotel Lisboa Zielony"],
    },
    "pt": {
        "florist": ["Ramo Amália", "Arranjo Saudade"],
        "bike": ["Órbita Boavista 28", "Berg Trail 3.0"],
        "utility": ["Tarifa Lisboa Dual", "Gás Casa Simples"],
        "hotel": ["Quarto Vista Rio", "Suite Alfama"],
        "estate": ["T2 Campo de Ourique"],
        "shop": ["Cadeirão Lisboa Verde"],
    },
}

COMPANY_STEMS: dict[str, dict[str, list[str]]] = {
    "en": {
        "florist": ["Petal & Stem", "Bloom Corner"],
        "dental": ["Riverside Dental", "Bright Smile Clinic"],
        "bike": ["Spoke & Chain", "Northside Cycles"],
        "logistics": ["Swiftline Couriers", "Redbarrow Freight"],
        "utility": ["Brightwater Energy", "Halcyon Gas & Power"],
        "saas": ["Cloudnest Software", "Tidewell Systems"],
        "hotel": ["Harbour View Hotel", "Old Mill Inn"],
        "estate": ["Keystone Lettings", "Oakfield Estates"],
        "vet": ["Willow Vets", "Paws & Claws Veterinary"],
        "shop": ["Homestead Interiors", "Copper Kettle Home"],
        "generic": ["Kestrel Print", "Fenway Joinery"],
    },
    "de": {
        "florist": ["Blumen Sonnentau", "Floristik Wiesengrün"],
        "dental": ["Zahnarztpraxis am Kanal", "Dentalzentrum Mitte"],
        "bike": ["Radwerk Nordkurve", "Zweirad Kettenblatt"],
        "logistics": ["Kurierdienst Eilbote", "Spedition Weitblick"],
        "utility": ["Stadtwerke Talgrund", "Energie Südring"],
        "saas": ["Datenfluss Software", "Wolkenwerk IT"],
        "hotel": ["Hotel Seeblick", "Landgasthof Zur Linde"],
        "estate": ["Immobilien Hausbaum", "Wohnwert Makler"],
        "vet": ["Tierarztpraxis Pfotenglück", "Kleintierklinik am Park"],
        "shop": ["Wohnkontor Eiche", "Möbelhaus Stilbruch"],
        "generic": ["Druckerei Tintenfass", "Metallbau Funkenflug"],
    },
    "fr": {
        "florist": ["Fleurs de Saison", "L'Atelier du Bouquet"],
        "dental": ["Cabinet Dentaire du Parc", "Centre Sourire"],
        "bike": ["Cycles du Canal", "Atelier Roue Libre"],
        "logistics": ["Transports Rapido", "Messagerie Éclair"],
        "utility": ["Énergie Vallée", "Gaz et Lumière du Sud"],
        "saas": ["Logiciels Nuage", "Solutions Pixel"],
        "hotel": ["Hôtel des Tilleuls", "Auberge du Pont"],
        "estate": ["Agence Clé d'Or", "Immobilier Horizon"],
        "vet": ["Clinique Vétérinaire des Vignes", "Cabinet Vétérinaire Patoune"],
        "shop": ["Maison Lin et Chêne", "Mobilier Comptoir"],
        "generic": ["Imprimerie Plume", "Menuiserie Copeau"],
    },
    "es": {
        "florist": ["Floristería Azahar", "Flores del Mercado"],
        "dental": ["Clínica Dental Sonrisa", "Centro Dental Ribera"],
        "bike": ["Ciclos Ribera", "Taller Bici Veloz"],
        "logistics": ["Transportes Rayo", "Mensajería Exprés Sur"],
        "utility": ["Energía Valle", "Gas y Luz Levante"],
        "saas": ["Soluciones Nube", "Programas Faro"],
        "hotel": ["Hotel Mirador", "Hostal La Fuente"],
        "estate": ["Inmobiliaria Llave", "Fincas Horizonte"],
        "vet": ["Clínica Veterinaria Huellas", "Centro Veterinario Patitas"],
        "shop": ["Muebles Roble", "Casa y Diseño"],
        "generic": ["Imprenta Tinta", "Carpintería Viruta"],
    },
    "it": {
        "florist": ["Fioreria Glicine", "Fiori di Campo"],
        "dental": ["Studio Dentistico Sorriso", "Centro Odontoiatrico Duomo"],
        "bike": ["Cicli Ruota Libera", "Officina Pedale"],
        "logistics": ["Trasporti Fulmine", "Corriere Lampo"],
        "utility": ["Energia Valle", "Luce e Gas Adriatica"],
        "saas": ["Software Nuvola", "Sistemi Faro"],
        "hotel": ["Albergo Belvedere", "Locanda del Ponte"],
        "estate": ["Immobiliare Chiave", "Case Orizzonte"],
        "vet": ["Clinica Veterinaria Zampa", "Ambulatorio Veterinario Cuccioli"],
        "shop": ["Arredamenti Rovere", "Casa Stile"],
        "generic": ["Tipografia Inchiostro", "Falegnameria Truciolo"],
    },
    "nl": {
        "florist": ["Bloemenhuis De Linde", "Bloemsierkunst Tulp"],
        "dental": ["Tandartspraktijk Het Plein", "Mondzorg Centrum"],
        "bike": ["Fietsenmakerij De Spaak", "Tweewieler Centrum Oost"],
        "logistics": ["Koeriersdienst Snelweg", "Transport De Zwaluw"],
        "utility": ["Energie Polder", "Groenstroom Noord"],
        "saas": ["Wolkwerk Software", "Datastroom Systemen"],
        "hotel": ["Hotel De Gracht", "Herberg Het Anker"],
        "estate": ["Makelaardij De Sleutel", "Woonhuis Makelaars"],
        "vet": ["Dierenkliniek De Poot", "Dierenartsenpraktijk Oost"],
        "shop": ["Woonwinkel Eikenhout", "Interieur Stijl"],
        "generic": ["Drukkerij De Inktpot", "Timmerbedrijf Krul"],
    },
    "pl": {
        "florist": ["Kwiaciarnia Mak", "Pracownia Florystyczna Bez"],
        "dental": ["Gabinet Stomatologiczny Uśmiech", "Centrum Stomatologii Rynek"],
        "bike": ["Serwis Rowerowy Szprycha", "Rowerownia Kółko"],
        "logistics": ["Transport Błyskawica", "Kurier Strzała"],
        "utility": ["Energia Dolina", "Gaz i Prąd Pomorze"],
        "saas": ["Oprogramowanie Chmura", "Systemy Latarnia"],
        "hotel": ["Hotel Pod Lipą", "Pensjonat Zacisze"],
        "estate": ["Biuro Nieruchomości Klucz", "Domy Horyzont"],
        "vet": ["Przychodnia Weterynaryjna Łapa", "Klinika dla Zwierząt Azyl"],
        "shop": ["Meble Dąb", "Dom i Styl"],
        "generic": ["Drukarnia Atrament", "Stolarnia Wiór"],
    },
    "pt": {
        "florist": ["Florista Jacarandá", "Flores do Mercado"],
        "dental": ["Clínica Dentária Sorriso", "Centro Dentário Ribeira"],
        "bike": ["Oficina Pedal", "Bicicletas Roda Livre"],
        "logistics": ["Transportes Relâmpago", "Estafetas Rápido"],
        "utility": ["Energia Vale", "Luz e Gás Atlântico"],
        "saas": ["Software Nuvem", "Sistemas Farol"],
        "hotel": ["Hotel Miradouro", "Pensão A Fonte"],
        "estate": ["Imobiliária Chave", "Casas Horizonte"],
        "vet": ["Clínica Veterinária Patinhas", "Hospital Veterinário Focinho"],
        "shop": ["Móveis Carvalho", "Casa e Estilo"],
        "generic": ["Tipografia Tinta", "Carpintaria Apara"],
    },
}
LEGAL_FORMS = {
    "en": ["Ltd", "Ltd.", "LLP", "plc", "Limited"],
    "de": ["GmbH", "GmbH & Co. KG", "UG (haftungsbeschränkt)", "e.K.", "AG", "KG"],
    "fr": ["SARL", "SAS", "SA", "EURL"],
    "es": ["S.L.", "S.A.", "S.L.U.", "SL"],
    "it": ["S.r.l.", "S.p.A.", "Srl", "S.n.c."],
    "nl": ["B.V.", "BV", "V.O.F."],
    "pl": ["sp. z o.o.", "S.A.", "s.c."],
    "pt": ["Lda.", "Lda", "S.A.", "Unipessoal Lda."],
}
TLD = {"en": "co.uk", "de": "de", "fr": "fr", "es": "es", "it": "it", "nl": "nl", "pl": "pl", "pt": "pt"}
WEBMAIL = {
    "en": ["gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk", "icloud.com"],
    "de": ["gmx.de", "web.de", "t-online.de", "posteo.de", "gmail.com"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "gmail.com"],
    "es": ["gmail.com", "hotmail.es", "telefonica.net", "yahoo.es"],
    "it": ["libero.it", "virgilio.it", "alice.it", "gmail.com", "tiscali.it"],
    "nl": ["ziggo.nl", "kpnmail.nl", "hotmail.nl", "gmail.com", "xs4all.nl"],
    "pl": ["wp.pl", "onet.pl", "interia.pl", "o2.pl", "gmail.com"],
    "pt": ["sapo.pt", "gmail.com", "hotmail.com", "netcabo.pt"],
}
HONORIFICS = {
    "en": {"m": ["Mr", "Mr."], "f": ["Mrs", "Ms", "Ms.", "Mrs."], "dr": ["Dr", "Dr."]},
    "de": {"m": ["Herr", "Hr."], "f": ["Frau", "Fr."], "dr": ["Dr.", "Dr. med. dent."]},
    "fr": {"m": ["M.", "Monsieur"], "f": ["Mme", "Madame", "Mme."], "dr": ["Dr", "Docteur"]},
    "es": {"m": ["Sr.", "señor", "D."], "f": ["Sra.", "señora", "Dña."], "dr": ["Dr.", "Dra."]},
    "it": {"m": ["Sig.", "signor"], "f": ["Sig.ra", "signora"], "dr": ["Dott.", "dott."]},
    "nl": {"m": ["dhr.", "meneer", "de heer"], "f": ["mevr.", "mevrouw"], "dr": ["dr.", "Dr."]},
    "pl": {"m": ["Pan", "p."], "f": ["Pani", "p."], "dr": ["dr", "lek. dent."]},
    "pt": {"m": ["Sr.", "senhor"], "f": ["Sra.", "D.", "senhora"], "dr": ["Dr.", "Dra."]},
}
WEEKDAYS = {
    "en": _w("Monday Tuesday Wednesday Thursday Friday Saturday"),
    "de": _w("Montag Dienstag Mittwoch Donnerstag Freitag Samstag"),
    "fr": _w("lundi mardi mercredi jeudi vendredi samedi"),
    "es": _w("lunes martes miércoles jueves viernes sábado"),
    "it": _w("lunedì martedì mercoledì giovedì venerdì sabato"),
    "nl": _w("maandag dinsdag woensdag donderdag vrijdag zaterdag"),
    "pl": _w("poniedziałek wtorek środa czwartek piątek sobota"),
    "pt": _w("segunda terça quarta quinta sexta sábado"),
}
MONTHS = {
    "en": _w("January February March April May June July August September October November December"),
    "de": _w("Januar Februar März April Mai Juni Juli August September Oktober November Dezember"),
    "fr": _w("janvier février mars avril mai juin juillet août septembre octobre novembre décembre"),
    "es": _w("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"),
    "it": _w("gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre"),
    "nl": _w("januari februari maart april mei juni juli augustus september oktober november december"),
    "pl": _w(
        "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia"
    ),
    "pt": _w("janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro"),
}
JOBS = {
    "en": [
        "Customer Service Advisor",
        "Practice Manager",
        "Workshop Lead",
        "Dispatch Coordinator",
        "Account Manager",
        "Front Office Manager",
        "Senior Support Engineer",
        "Lettings Negotiator",
    ],
    "de": [
        "Kundenservice",
        "Praxismanagerin",
        "Werkstattleitung",
        "Disposition",
        "Key Account Manager",
        "Empfang / Rezeption",
        "Support-Team 2nd Level",
        "Immobilienberater",
    ],
    "fr": [
        "Conseillère clientèle",
        "Assistante dentaire",
        "Chef d'atelier",
        "Responsable exploitation",
        "Chargé de compte",
        "Réception",
        "Support technique N2",
        "Négociateur immobilier",
    ],
    "es": [
        "Atención al cliente",
        "Coordinadora de clínica",
        "Jefe de taller",
        "Tráfico y logística",
        "Gestor de cuentas",
        "Recepción",
        "Soporte técnico",
        "Asesor inmobiliario",
    ],
    "it": [
        "Servizio clienti",
        "Segreteria studio",
        "Capo officina",
        "Ufficio spedizioni",
        "Account manager",
        "Reception",
        "Assistenza tecnica",
        "Consulente immobiliare",
    ],
    "nl": [
        "Klantenservice",
        "Praktijkmanager",
        "Werkplaatschef",
        "Planning & Transport",
        "Accountmanager",
        "Receptie",
        "Support engineer",
        "Makelaar / taxateur",
    ],
    "pl": [
        "Biuro obsługi klienta",
        "Rejestracja",
        "Kierownik serwisu",
        "Spedycja",
        "Opiekun klienta",
        "Recepcja",
        "Wsparcie techniczne",
        "Doradca ds. nieruchomości",
    ],
    "pt": [
        "Apoio ao cliente",
        "Receção clínica",
        "Chefe de oficina",
        "Logística",
        "Gestor de conta",
        "Receção",
        "Suporte técnico",
        "Consultor imobiliário",
    ],
}
STATUSES = {
    "en": ["open", "closed", "pending", "paid", "no-show", "awaiting parts", "done"],
    "de": ["offen", "erledigt", "storniert", "bezahlt", "wartet auf Teile", "in Arbeit"],
    "fr": ["ouvert", "clos", "en attente", "payé", "annulé", "en cours"],
    "es": ["abierto", "cerrado", "pendiente", "pagado", "anulado", "en curso"],
    "it": ["aperto", "chiuso", "in attesa", "pagato", "annullato", "in lavorazione"],
    "nl": ["open", "afgerond", "in behandeling", "betaald", "geannuleerd", "wacht op onderdelen"],
    "pl": ["otwarte", "zamknięte", "oczekuje", "opłacone", "anulowane", "w realizacji"],
    "pt": ["aberto", "fechado", "pendente", "pago", "cancelado", "em curso"],
}
FROM_LABEL = {
    "en": "From:",
    "de": "Von:",
    "fr": "De :",
    "es": "De:",
    "it": "Da:",
    "nl": "Van:",
    "pl": "Od:",
    "pt": "De:",
}
#: Which country's numbers a language's people mostly have (phones, IBANs), and the occasional others.
HOME = {"en": "GB", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pl": "PL", "pt": "PT"}
NEIGHBOURS = {
    "en": ["IE"],
    "de": ["AT"],
    "fr": ["BE"],
    "es": ["PT"],
    "it": ["AT"],
    "nl": ["BE"],
    "pl": ["CZ"],
    "pt": ["ES"],
}

# --- templates ---------------------------------------------------------------------------------------
# {A} full name, {A.f} first, {A.l} last, {A.t} title + last, {A.T} title + full name, {A.n} nickname,
# {A.fs} first name with a genitive s, {A.lc} "Last, First", {A.lf} "LAST First", {A.e} e-mail,
# {A.p} phone, {A.i} IBAN, {A.s} street, {A.z} postcode, {A.c} city, {A.addr} street + postcode + city,
# {A.b} date of birth, {A.id} national ID, {A.u} username; {Af…}/{Am…} ask for a woman/man; ":way" tags
# how the name appears. Lower-case slots are business values ({order}, {product}…) or fillers ({wd}, {n}).
# A customer, B/C other people, T/U/V staff, S the sender of a mail, Q a quoted author, F a forwarder.

# fmt: off
TEMPLATES: dict[str, dict[str, Any]] = {}

TEMPLATES["en"] = {
    "notes": [
        ("florist", "Call from {A:intro} re {product} for {date}, card to say 'happy 40th {B.f}' – deliver to {A.addr} before {time}"),
        ("florist", "{A.t:callback} rang again (3rd time!!) – {order} still not delivered, driver {B} says nobody home. pls ring back on {A.p}"),
        ("dental", "Pt {A} DOB {A.b} – booked {product} w/ {B.t} {date} {time}, surgery {room}. Prefers texts to {A.p}"),
        ("dental", "{Af.t:callback} called back, can't do {wd} – moved to {date} at {time}. husband {Bm.f:relation} bringing the kids as well"),
        ("bike", "Job {order}: {product} in for service, rear hub grinding. Owner {A}, collect {date}. {B.f:handover} to finish, I'm off tmrw"),
        ("bike", "handed over to {B.f:handover} – customer {A} wants a quote for {product} (SKU {sku}) before we order, est. {amount}"),
        ("logistics", "Driver {B} reports parcel {tracking} refused at {A.addr}. Recipient {A.t} says they never ordered it"),
        ("logistics", "Re-delivery booked {date} – consignee {A.l}, {A.p}, leave w/ neighbour {C:relation} at no. {n} if out"),
        ("utility", "Acct holder {A} (DOB {A.b}) disputes bill {invoice} for {amount}, says meter {meter} was misread. Escalated, case {case}"),
        ("utility", "spoke to {A.f:callback} again re direct debit – new IBAN {A.i}, from {date}. tariff stays {product}"),
        ("utility", "Caller not acct holder – daughter {Bf:relation} calling for her mum {Af.t:relation}. Told her we need a consent form, ref {case}"),
        ("saas", "Ticket {case}: {A} ({company}) can't log in since upgrade to {version}. Username {A.u}, reset link sent to {A.e}"),
        ("saas", "Hi {B.f:greeting}, can you pick up {case}? {A} from {company} is waiting on a fix for {version}, tel {A.p}"),
        ("hotel", "Guest {A.T} checked in {ts}, room {room}, {product} until {date}. Late checkout requested"),
        ("hotel", "{A} + partner {B.f:relation} – anniversary, bottle of cava in room {room} pls. Booking {order}"),
        ("estate", "Viewing {product} {date} {time} with {A} and brother {Bm.f:relation}. Offer expected around {amount}. Ref {ref}"),
        ("estate", "Landlord {A.t} wants {amount} pcm from {date}, tenant {B} informed by email ({B.e})"),
        ("vet", "Owner {A} brought in Biscuit (lab, 7y) – limping RH. Given {product}. Recheck {date} {time}. Owner tel {A.p}"),
        ("vet", "{A.f:possessive}'s cat due {product} booster {date}, reminder sent to {A.e}"),
        ("shop", "{product} {A:after_product} – paid {amount} by card, collect from store {date}, order {order}"),
        ("shop", "cust. {A.lc} / {A.p} / wants the {product} in green, EAN {ean}, back in stock {date}?"),
        ("generic", "{A} – {A.p} – {A.e}"),
        ("generic", "left voicemail for {A.l:callback}, will try again after {time}. {B.f:signoff}"),
        ("logistics", "Collection from {company} at {time}, contact on site {A} ({A.p}). 3 pallets, ref {order}"),
        ("bike", "{A.n} (= {A}) dropped off the kid's bike, {product}, new tyres + brake pads, quoted {amount}, pays on collection"),
        ("dental", "Recall letter returned – {A.t} no longer at {A.s}, {A.c} {A.z}?? check with {B.f:handover} at reception"),
        ("generic", "Per {B.f}: {A.l} is fine w/ delivery {date}, invoice to {company}, PO {order}"),
        ("utility", "Moving out {date} – {A}, new address {A.addr}, final reading meter {meter}"),
        ("saas", "@{B.f:mention} fyi {A.u} hit the API limit again on {product}, log {ts}"),
        ("hotel", "Lost property: glasses found in room {room}, belong to {A.T} (checked out {date}). Posted to {A.addr}"),
        ("generic", "{A.l} {A.f} or {A.f} {A.l}? name on the form is unclear – confirm on next call, case {case}"),
        ("florist", "Funeral wreath {product} from the {A.l:relation} family, ribbon: 'Dad, love always, {B.f} & {C.f}'. Deliver to {company} {date}"),
        ("vet", "Neighbour {B:relation} collecting Pixie after the op, {A} ok'd it by phone at {time}"),
        ("dental", "DOB {A.b}, NHS no {A.id}, lives {A.addr} – {A} – referral letter to follow"),
        ("generic", "Spoke w/ {A.f:intro} at {company} – new contact instead of {B:handover} who left. mail {A.e}"),
        ("generic", "called {A.f:callback} x2 no answer; emailed {A.e} instead; if they ring back it's about {invoice} ({amount}) – {B.f:signoff}"),
        ("logistics", "POD missing for {tracking}, signed by '{C.l}'?? customer {A} says no one of that name at {A.s}"),
        ("dental", "new pt reg: {A.lc}, {A.b}, {A.addr}, tel {A.p}, NHS {A.id}, referred by {B.t}"),
        ("hotel", "Walk-in, {A.f} {A.l}, paid {amount} cash for {product}, ID checked, room {room}"),
        ("saas", "{company} renewal – champion is {A} (ops lead), budget holder {B.t}; still on {version}, they want SSO"),
        ("bike", "NB {A.f:possessive}'s grandad ({B:relation}) will collect, he has ticket {order}"),
        ("vet", "{A.t} rang: dog off food since {wd}. booked in {date} {time} with {B.t}. {A.p}"),
        ("florist", "wedding {date}: bride {Af}, bouquet {product} + 6 buttonholes, deposit {amount} paid, contact {A.e} / {A.p}"),
    ],
    "mail_in": [
        ("florist", "Order {order} – wrong flowers", "I ordered the {product} for my mother {Bf:relation} but she received something completely different. Could you please sort this out? She lives at {B.addr}."),
        ("bike", "repair {order}", "is my bike ready yet? You said {date}. I can come by after {time}, otherwise my partner {B.f:relation} will pick it up if that's ok."),
        ("utility", "Direct debit change", "Please take the monthly payment from my new account from next month: {A.i}. Account no {meter}, last bill {invoice} ({amount})."),
        ("saas", "Export broken since {version}", "Since the update to {version} the CSV export in {product} fails with error 500. Ticket {case}. My colleague {B} ({B.e}) sees the same thing."),
        ("hotel", "Booking {order}", "We arrive on {date} around {time}, 2 adults. Could we have a quiet room? The booking is under my wife's name, {Bf:relation}."),
        ("dental", "Appointment {date}", "I need to cancel my appointment on {date} with {C.t}. My son {Bm.f:relation} has his check-up the same day – please keep that one."),
        ("estate", "Viewing ref {ref}", "Following my call with {B.f:callback} yesterday, we'd like to see {product} again. I'm on {A.p}. Our budget is around {amount}."),
        ("vet", "Vaccination reminder", "Thanks for the reminder. Milo is booked for {product} on {date}. Please send the invoice to {company}, attn. {A}."),
        ("logistics", "Parcel {tracking}", "My parcel {tracking} was left with a neighbour I don't know. The card says '{C.l}' but nobody of that name lives in our street."),
        ("generic", "Invoice {invoice} charged twice", "You charged {amount} twice for invoice {invoice} (order {order}). Please refund to {A.i}."),
        ("shop", "Question about {product}", "is the {product} (EAN {ean}) available in another colour? My friend {B.f:relation} got the same one last year and loves it."),
        ("dental", "new patient", "I'd like to register with the practice. Name: {A}, date of birth {A.b}, address {A.addr}. NHS number {A.id}. Thank you!"),
    ],
    "mail_out": [
        ("generic", "thank you for your message. I've checked order {order} – delivery is planned for {date}. If anything comes up you can reach me directly on {S.p}."),
        ("bike", "your bike is ready and can be collected from {date}. Total {amount}, invoice {invoice} attached."),
        ("utility", "we've updated your bank details. The next payment will be taken on {date}. Your reference: {case}."),
        ("saas", "the export issue in {version} is a known bug; the fix ships with {newversion}. My colleague {C.f:handover} will keep you posted."),
        ("dental", "your appointment has been moved to {newdate} at {time} with {C.t}. Your son's check-up stays as booked."),
        ("hotel", "we've noted your request for a quiet room – booking {order} is confirmed for {date}. {C.f:handover} at reception will have your key ready."),
        ("logistics", "I'm sorry about the mix-up with {tracking}. Our driver {C} has been asked to collect it from the neighbour and re-deliver on {date}."),
        ("florist", "so sorry about that! We'll send a new {product} tomorrow morning at no cost, and a credit note for {amount} follows."),
    ],
    "greet_cust": ["Dear {A.T:greeting},", "Hi {A.f:greeting},", "Hello {A:greeting},", "Good morning {A.f:greeting},", "Dear {A.t:greeting},", "{A.f:greeting},"],
    "greet_staff": ["Hi {T.f:greeting},", "Dear {T.t:greeting},", "Hello,", "Dear Sir or Madam,", "Hi team,", "Hi there"],
    "close": ["Kind regards,", "Best regards,", "Thanks,", "Cheers,", "Many thanks", "Regards", "Thanks in advance!"],
    "cust_sign": ["{S:signoff}", "{S.f:signoff}", "{S:signoff}\n{S.p}", "{S.f:signoff} ({S.e})", "{S:signoff}\n{S.addr}", "{S.f:signoff}\nSent from my iPhone"],
    "staff_sign": ["{S:signoff}\n{job}\n{company}\nT {S.p}", "{S.f:signoff}\n{company} – {job}", "{S:signoff} | {job}\n{company}\n{S.e}", "{S.f:signoff} {S.l:signoff}\n{job}"],
    "qhead": ["On {qdate}, {Q} <{Q.e}> wrote:", "On {qdate} {Q} wrote:", "-----Original Message-----\nFrom: {Q:header} <{Q.e}>\nSent: {qdate}\nSubject: {subj}"],
    "fwd": "---------- Forwarded message ---------\nFrom: {F:header} <{F.e}>\nDate: {qdate}\nSubject: {subj}\nTo: {A:header} <{A.e}>",
    "fwd_intro": ["see below, can you help?", "FYI – forwarding this as discussed.", "Forwarding the mail I got, makes no sense to me."],
    "fwd_body": ["Hi {A.f:greeting}, your parcel {tracking} could not be delivered today. Kind regards, {F.f:signoff}", "Dear {A.t:greeting}, please find invoice {invoice} for {amount} attached. {F:signoff}"],
    "re": "Re: ",
    "chat_cust": [
        "hi, {A.f:intro} here – order {order} still hasn't arrived 😕", "it's under {A}", "my email is {A.e}", "WHERE IS MY PARCEL {tracking}",
        "ok thx 👍", "can my neighbour {C.f:relation} sign for it? i'm at work till {time}", "number is {A.p} if easier",
        "it's for my mum {Cf:relation} actually, she's at {C.addr}", "invoice {invoice} says {amount} but i was quoted less??",
        "hello? anyone there", "great, see you {date} 🙏", "sorry typo – postcode is {A.z}",
    ],
    "chat_agent": [
        "hi {A.f:greeting}! {T.f:intro} from {company} here 👋 let me check", "thanks {A.f:greeting}, found it: {tracking}, out for delivery {date}",
        "I've passed this to {C.f:handover}, they'll message you before {time}", "could you confirm the postcode? we have {A.z}",
        "all sorted ✅ case ref {case}", "no worries {A.f}. anything else?", "the {product} is back in stock, {amount}",
        "just need your date of birth for security pls",
    ],
    "chat_team": [
        "@{U.f:mention} can u call {A} back? {A.p}", "{A.l} again 🙄 3rd time this week", "@{U.n:mention} the {product} for {A.f} is ready, {amount} paid",
        "fyi {A.t} complained about invoice {invoice}", "i'll take it 💪", "@{V.f:mention} ok done, ticket {case} closed",
        "TELL {A.l} WE CLOSE AT {time} TODAY 😂", "who's covering for {V.n} tmrw?", "{A.f} from {company} is on the phone for you @{U.f:mention}",
        "lol no, that was {C} not {A}",
    ],
}

TEMPLATES["de"] = {
    "notes": [
        ("florist", "Anruf {A:intro} wg. {product} zum {date}, Karte: „Alles Liebe, {B.f}“ – Lieferung {A.addr} bis {time}"),
        ("florist", "{A.t:callback} hat nochmal angerufen!! Bestellung {order} nicht angekommen, Fahrer {B} sagt, niemand da. Rückruf unter {A.p}"),
        ("dental", "Pat. {A}, geb. {A.b}, {product} am {date} um {time} bei {B.t}, Zi. {room}. SMS-Erinnerung an {A.p}"),
        ("dental", "{Af.t:callback} ruft zurück – {wd} geht nicht, verschoben auf {date} {time}. Ehemann {Bm.f:relation} bringt die Kinder mit"),
        ("bike", "Auftrag {order}: {product} zur Inspektion, Nabe hinten knackt. Kunde {A}, Abholung {date}. Übergabe an {B.f:handover}, bin morgen nicht da"),
        ("bike", "KV für {A.l} erstellt: {product} (Art.-Nr. {sku}) + Montage = {amount}. Kunde meldet sich bis {date}"),
        ("logistics", "Fahrer {B} meldet: Sendung {tracking} bei {A.addr} verweigert. Empf. {A.t} behauptet, nichts bestellt zu haben"),
        ("logistics", "Zustellung neu für {date} – Empf. {A.l}, Tel. {A.p}, ggf. bei Nachbarin {Cf:relation} abgeben (Hausnr. {n})"),
        ("utility", "Vertragsinhaber {A} (geb. {A.b}) widerspricht Rechnung {invoice} über {amount}, Zähler {meter} angeblich falsch abgelesen. Vorgang {case}"),
        ("utility", "nochmal mit {A.f:callback} gesprochen wg. Lastschrift – neue IBAN {A.i} ab {date}, Tarif bleibt {product}"),
        ("utility", "Anrufer nicht Vertragspartner: Tochter {Bf:relation} ruft für ihre Mutter {Af.t:relation} an. Vollmacht angefordert, Az. {case}"),
        ("saas", "Ticket {case}: {A} ({company}) kann sich seit Update auf {version} nicht anmelden. User {A.u}, Reset-Link an {A.e} geschickt"),
        ("saas", "Hallo {B.f:greeting}, kannst du {case} übernehmen? {A} von {company} wartet auf Fix für {version}, Tel. {A.p}"),
        ("hotel", "Gast {A.T} eingecheckt {ts}, Zimmer {room}, {product} bis {date}. Late Check-out gewünscht"),
        ("hotel", "{A} + Partnerin {Bf.f:relation} – Hochzeitstag, bitte Sekt aufs Zimmer {room}. Buchung {order}"),
        ("estate", "Besichtigung {product} am {date} um {time} mit {A} und Bruder {Bm.f:relation}. Angebot ca. {amount} erwartet. Obj.-Nr. {ref}"),
        ("estate", "Vermieter {Am.t} will ab {date} {amount} kalt, Mieter {B} per Mail ({B.e}) informiert"),
        ("vet", "Besitzerin {Af} mit Bello (Labrador, 7 J.) – lahmt hinten li. {product} gegeben. Kontrolle {date} {time}. Tel. {A.p}"),
        ("vet", "{A.fs:possessive} Katze braucht {product}-Auffrischung am {date}, Erinnerung an {A.e} raus"),
        ("shop", "{product} {A:after_product} – {amount} mit EC bezahlt, Abholung im Laden {date}, Best.-Nr. {order}"),
        ("shop", "Kd. {A.lc} / {A.p} / möchte {product} in Grün, EAN {ean}, wieder lieferbar ab {date}?"),
        ("generic", "{A} – {A.p} – {A.e}"),
        ("generic", "AB bei {A.l:callback} besprochen, versuche es nach {time} nochmal. Gruß {B.f:signoff}"),
        ("logistics", "Abholung bei {company} um {time}, Ansprechpartner vor Ort {A} ({A.p}). 3 Paletten, Ref. {order}"),
        ("bike", "{A.n} (also {A}) hat Kinderrad gebracht, {product}, neue Reifen + Bremsbeläge, KV {amount}, zahlt bei Abholung"),
        ("dental", "Recall-Brief zurück – {A.t} wohnt nicht mehr in der {A.s}, {A.z} {A.c}? bitte {B.f:handover} am Empfang fragen"),
        ("generic", "laut {B.f}: {A.l} ist mit Lieferung am {date} einverstanden, Rechnung an {company}, Bestellnr. {order}"),
        ("utility", "Auszug zum {date} – {A}, neue Anschrift {A.addr}, Schlussablesung Zähler {meter}"),
        ("saas", "@{B.f:mention} fyi {A.u} hat schon wieder das API-Limit bei {product} gerissen, Log {ts}"),
        ("hotel", "Fundsache: Brille in Zi. {room}, gehört {A.T} (Abreise {date}). Per Post an {A.addr}"),
        ("generic", "{A.l} {A.f} oder {A.f} {A.l}? Name auf dem Formular unleserlich – beim nächsten Anruf klären, Vorgang {case}"),
        ("florist", "Trauerkranz {product} von Familie {A.l:relation}, Schleife: „In Liebe, {B.f} und {C.f}“. Lieferung an {company} am {date}"),
        ("vet", "Nachbar {Bm:relation} holt Mieze nach der OP ab, {A} hat um {time} telefonisch zugestimmt"),
        ("generic", "geb. {A.b}, Steuer-ID {A.id}, wohnhaft {A.addr} – {A} – Unterlagen folgen per Post"),
        ("generic", "Gespräch mit {A.f:intro} von {company}: neue Ansprechperson statt {B:handover}, Mail {A.e}"),
        ("generic", "2x angerufen, {A.f:callback} nicht erreicht; Mail an {A.e} raus. Falls Rückruf: geht um {invoice} ({amount}) – {B.f:signoff}"),
        ("logistics", "Ablieferbeleg für {tracking} fehlt, unterschrieben von „{C.l}“?? Kunde {A} sagt, so heißt niemand in der {A.s}"),
        ("dental", "Neuaufnahme: {A.lc}, {A.b}, {A.addr}, Tel. {A.p}, überwiesen von {B.t}"),
        ("hotel", "Walk-in {A.f} {A.l}, {amount} bar für {product}, Ausweis geprüft, Zi. {room}"),
        ("saas", "Verlängerung {company} – Ansprechpartner {A} (Leitung IT), Budget bei {B.t}; sind noch auf {version}, wollen SSO"),
        ("bike", "Achtung: Rad von {A.f:possessive} holt der Opa ab ({Bm:relation}), hat den Abholschein {order}"),
        ("vet", "{A.t} hat angerufen, Hund frisst seit {wd} nicht. Termin {date} {time} bei {B.t}. {A.p}"),
        ("florist", "Hochzeit {date}: Braut {Af}, Brautstrauß {product} + 6 Anstecker, Anzahlung {amount} erhalten, Kontakt {A.e} / {A.p}"),
    ],
    "mail_in": [
        ("florist", "Bestellung {order} – falsche Blumen", "ich hatte den {product} für meine Mutter {Bf:relation} bestellt, angekommen ist aber etwas ganz anderes. Können Sie das bitte klären? Sie wohnt in der {B.s}, {B.z} {B.c}."),
        ("bike", "Reparatur {order}", "ist mein Rad schon fertig? Sie hatten {date} gesagt. Ich kann ab {time} vorbeikommen, sonst holt es mein Mann {Bm.f:relation} ab."),
        ("utility", "Änderung Bankverbindung", "bitte buchen Sie ab nächstem Monat von meinem neuen Konto ab: {A.i}. Vertragskonto {meter}, letzte Rechnung {invoice} ({amount})."),
        ("saas", "Export geht nicht seit {version}", "seit dem Update auf {version} bricht der CSV-Export in {product} mit Fehler 500 ab. Ticket {case}. Mein Kollege {Bm} ({B.e}) hat das gleiche Problem."),
        ("hotel", "Buchung {order}", "wir kommen am {date} gegen {time} an, 2 Erwachsene. Wäre ein ruhiges Zimmer möglich? Die Buchung läuft auf den Namen meiner Frau, {Bf:relation}."),
        ("dental", "Termin am {date}", "leider muss ich meinen Termin am {date} bei {C.t} absagen. Mein Sohn {Bm.f:relation} hat am selben Tag Kontrolle – die bleibt bitte bestehen."),
        ("estate", "Besichtigung {ref}", "wie gestern mit {B.f:callback} besprochen würden wir {product} gerne noch einmal ansehen. Erreichbar bin ich unter {A.p}. Budget liegt bei ca. {amount}."),
        ("vet", "Impferinnerung", "danke für die Erinnerung. Lumpi kommt am {date} zur {product}. Rechnung bitte an {company}, z. Hd. {A}."),
        ("logistics", "Sendung {tracking}", "mein Paket {tracking} wurde bei einem Nachbarn abgegeben, den ich nicht kenne. Auf der Karte steht „{C.l}“, aber so heißt bei uns im Haus niemand."),
        ("generic", "Rechnung {invoice} doppelt abgebucht", "Sie haben {amount} für Rechnung {invoice} zweimal abgebucht (Bestellung {order}). Bitte erstatten Sie den Betrag auf {A.i}."),
        ("shop", "Frage zu {product}", "gibt es den {product} (EAN {ean}) auch in einer anderen Farbe? Meine Freundin {Bf.f:relation} hat letztes Jahr den gleichen bekommen."),
        ("dental", "Neuanmeldung", "ich möchte mich als Patient anmelden: {A}, geb. {A.b}, wohnhaft {A.addr}, Tel. {A.p}. Versichert bei der TK. Vielen Dank!"),
    ],
    "mail_out": [
        ("generic", "vielen Dank für Ihre Nachricht. Ich habe mir Bestellung {order} angesehen – die Lieferung ist für {date} eingeplant. Bei Fragen erreichen Sie mich direkt unter {S.p}."),
        ("bike", "Ihr Rad ist fertig und kann ab {date} abgeholt werden. Betrag: {amount}, Rechnung {invoice} liegt bei."),
        ("utility", "wir haben Ihre neue Bankverbindung hinterlegt. Die nächste Abbuchung erfolgt am {date}. Ihr Vorgang: {case}."),
        ("saas", "das Problem mit {version} ist bekannt, der Fix kommt mit {newversion}. Meine Kollegin {Cf.f:handover} meldet sich bei Ihnen."),
        ("dental", "Ihr Termin ist verschoben auf {newdate} um {time} bei {C.t}. Der Termin Ihres Sohnes bleibt wie geplant."),
        ("hotel", "wir haben ein ruhiges Zimmer für Sie vorgemerkt, Buchung {order} ist für den {date} bestätigt. {C.f:handover} an der Rezeption hat Ihren Schlüssel bereit."),
        ("logistics", "das mit {tracking} tut mir leid. Unser Fahrer {Cm} holt das Paket beim Nachbarn ab und stellt es am {date} neu zu."),
        ("florist", "das tut uns sehr leid! Wir schicken morgen früh kostenlos einen neuen {product}, die Gutschrift über {amount} folgt."),
    ],
    "greet_cust": ["Sehr geehrte/r {A.T:greeting},", "Hallo {A.f:greeting},", "Guten Tag {A.t:greeting},", "Liebe/r {A.f:greeting},", "Moin {A.f:greeting},", "Hallo {A:greeting},"],
    "greet_staff": ["Hallo {T.f:greeting},", "Guten Tag {T.t:greeting},", "Sehr geehrte Damen und Herren,", "Hallo zusammen,", "Moin,", "Guten Tag,"],
    "close": ["Mit freundlichen Grüßen", "Viele Grüße", "Beste Grüße", "LG", "Gruß", "Danke und viele Grüße"],
    "cust_sign": ["{S:signoff}", "{S.f:signoff}", "{S:signoff}\nTel. {S.p}", "{S.f:signoff} ({S.e})", "{S:signoff}\n{S.addr}", "{S.f:signoff}\nVon meinem iPhone gesendet"],
    "staff_sign": ["{S:signoff}\n{job}\n{company}\nTel. {S.p}", "{S.f:signoff}\n{company} – {job}", "{S:signoff} | {job}\n{company}\n{S.e}", "i. A. {S.f:signoff} {S.l:signoff}\n{job}"],
    "qhead": ["Am {qdate} schrieb {Q} <{Q.e}>:", "{Q} <{Q.e}> schrieb am {qdate}:", "-----Ursprüngliche Nachricht-----\nVon: {Q:header} <{Q.e}>\nGesendet: {qdate}\nBetreff: {subj}"],
    "fwd": "-------- Weitergeleitete Nachricht --------\nVon: {F:header} <{F.e}>\nDatum: {qdate}\nBetreff: {subj}\nAn: {A:header} <{A.e}>",
    "fwd_intro": ["siehe unten, können Sie helfen?", "zur Info, wie besprochen weitergeleitet.", "die Mail habe ich bekommen, verstehe ich nicht."],
    "fwd_body": ["Hallo {A.f:greeting}, Ihre Sendung {tracking} konnte heute nicht zugestellt werden. Viele Grüße, {F.f:signoff}", "Guten Tag {A.t:greeting}, anbei Rechnung {invoice} über {amount}. {F:signoff}"],
    "re": "AW: ",
    "chat_cust": [
        "hallo, hier ist {A.f:intro} – Bestellung {order} ist immer noch nicht da 😕", "läuft auf {A}", "meine mail ist {A.e}", "WO IST MEIN PAKET {tracking}",
        "ok danke 👍", "kann meine Nachbarin {Cf.f:relation} unterschreiben? bin bis {time} arbeiten", "nummer ist {A.p} falls einfacher",
        "ist eigentlich für meine mutter {Cf:relation}, wohnt {C.addr}", "auf der rechnung {invoice} stehen {amount}, war doch weniger??",
        "hallo? jemand da", "super, bis {date} 🙏", "sorry vertippt – plz ist {A.z}",
    ],
    "chat_agent": [
        "hallo {A.f:greeting}! hier ist {T.f:intro} von {company} 👋 ich schau mal nach", "danke {A.f:greeting}, gefunden: {tracking}, wird am {date} zugestellt",
        "hab das an {C.f:handover} weitergegeben, meldet sich vor {time}", "kannst du die plz bestätigen? wir haben {A.z}",
        "erledigt ✅ Vorgang {case}", "kein problem {A.f}. sonst noch was?", "der {product} ist wieder da, {amount}",
        "bräuchte kurz dein geburtsdatum zur sicherheit",
    ],
    "chat_team": [
        "@{U.f:mention} kannst du {A} zurückrufen? {A.p}", "{A.l} schon wieder 🙄 3. mal diese woche", "@{U.n:mention} {product} für {A.f} ist fertig, {amount} bezahlt",
        "fyi {A.t} hat sich über rechnung {invoice} beschwert", "übernehm ich 💪", "@{V.f:mention} ok erledigt, ticket {case} zu",
        "SAG {A.l} WIR MACHEN HEUTE UM {time} ZU 😂", "wer vertritt {V.n} morgen?", "{A.f} von {company} ist für dich am telefon @{U.f:mention}",
        "nee, das war {C}, nicht {A}",
    ],
}

TEMPLATES["fr"] = {
    "notes": [
        ("florist", "Appel de {A:intro} pour un {product} le {date}, carte : « Joyeux anniversaire {B.f} » – livraison {A.addr} avant {time}"),
        ("florist", "{A.t:callback} a rappelé (3e fois !!) cde {order} tjs pas livrée, le livreur {Bm} dit que personne n'était là. Rappeler au {A.p}"),
        ("dental", "Patient(e) {A}, né(e) le {A.b} – {product} le {date} à {time} avec {B.t}, salle {room}. Préfère SMS au {A.p}"),
        ("dental", "{Af.t:callback} rappelle, {wd} impossible → décalé au {date} {time}. Son mari {Bm.f:relation} amènera aussi les enfants"),
        ("bike", "OR {order} : {product} en révision, moyeu arrière qui craque. Client {A}, retrait prévu {date}. Je passe le dossier à {B.f:handover}, absent demain"),
        ("bike", "devis pour {A.l} : {product} (réf. {sku}) + pose = {amount}. Le client rappelle avant le {date}"),
        ("logistics", "Le chauffeur {Bm} signale colis {tracking} refusé au {A.addr}. Destinataire {A.t} dit n'avoir rien commandé"),
        ("logistics", "Nouvelle livraison le {date} – destinataire {A.lf}, tél. {A.p}, sinon déposer chez la voisine {Cf:relation} (n° {n})"),
        ("utility", "Titulaire {A} (né(e) le {A.b}) conteste la facture {invoice} de {amount}, relevé du compteur {meter} erroné selon lui/elle. Dossier {case}"),
        ("utility", "eu {A.f:callback} au tél pour le prélèvement – nouvel IBAN {A.i} à partir du {date}, l'offre {product} reste inchangée"),
        ("utility", "L'appelant n'est pas le titulaire : sa fille {Bf:relation} appelle pour sa mère {Af.t:relation}. Procuration demandée, dossier {case}"),
        ("saas", "Ticket {case} : {A} ({company}) ne peut plus se connecter depuis la maj {version}. Identifiant {A.u}, lien de réinit. envoyé à {A.e}"),
        ("saas", "Salut {B.f:greeting}, tu peux reprendre {case} ? {A} de chez {company} attend un correctif pour {version}, tél {A.p}"),
        ("hotel", "Client {A.T} arrivé le {ts}, chambre {room}, {product} jusqu'au {date}. Demande un départ tardif"),
        ("hotel", "{A} + sa compagne {Bf.f:relation} – anniversaire de mariage, champagne en chambre {room} svp. Résa {order}"),
        ("estate", "Visite {product} le {date} à {time} avec {A} et son frère {Bm.f:relation}. Offre attendue vers {amount}. Réf. mandat {ref}"),
        ("estate", "Le propriétaire {Am.t} veut {amount} de loyer HC à compter du {date}, locataire {B} prévenu par mail ({B.e})"),
        ("vet", "Propriétaire {A} avec Filou (labrador, 7 ans) – boite de la patte AR gauche. {product} administré. Contrôle {date} {time}. Tél {A.p}"),
        ("vet", "le chat de {A.f:possessive} doit faire le rappel {product} le {date}, rappel envoyé à {A.e}"),
        ("shop", "{product} {A:after_product} – réglé {amount} par CB, retrait en magasin le {date}, cde n° {order}"),
        ("shop", "client(e) {A.lf} / {A.p} / veut le {product} en vert, EAN {ean}, dispo à partir du {date} ?"),
        ("generic", "{A} – {A.p} – {A.e}"),
        ("generic", "msg laissé sur le répondeur de {A.t:callback}, je réessaie après {time}. {B.f:signoff}"),
        ("logistics", "Enlèvement chez {company} à {time}, contact sur place {A} ({A.p}). 3 palettes, réf. {order}"),
        ("bike", "{A.n} (c'est {A}) a déposé le vélo du petit, {product}, pneus + plaquettes, devis {amount}, paie au retrait"),
        ("dental", "Courrier de rappel revenu – {A.t} n'habite plus au {A.s}, {A.z} {A.c} ? voir avec {B.f:handover} à l'accueil"),
        ("generic", "d'après {B.f} : {A.l} est ok pour la livraison du {date}, facture à {company}, bon de cde {order}"),
        ("utility", "Déménagement le {date} – {A}, nouvelle adresse {A.addr}, relevé de sortie compteur {meter}"),
        ("saas", "@{B.f:mention} pour info {A.u} a encore dépassé la limite API sur {product}, log {ts}"),
        ("hotel", "Objet trouvé : lunettes chambre {room}, appartiennent à {A.T} (parti(e) le {date}). Renvoi au {A.addr}"),
        ("generic", "{A.lf} ou {A.f} {A.l} ? nom illisible sur le formulaire – à vérifier au prochain appel, dossier {case}"),
        ("florist", "Couronne {product} de la part de la famille {A.l:relation}, ruban : « Avec tout notre amour, {B.f} et {C.f} ». Livrer à {company} le {date}"),
        ("vet", "Le voisin {Bm:relation} récupère Caramel après l'opération, accord de {A} par tél à {time}"),
        ("generic", "né(e) le {A.b}, n° sécu {A.id}, domicilié(e) {A.addr} – {A} – pièces à suivre par courrier"),
        ("generic", "Échange avec {A.f:intro} de {company} : remplace {B:handover} comme interlocuteur, mail {A.e}"),
        ("generic", "appelé {A.f:callback} 2 fois sans réponse; mail envoyé à {A.e}; si rappel c'est pour la facture {invoice} ({amount}) – {B.f:signoff}"),
        ("logistics", "Pas de preuve de livraison pour {tracking}, signé « {C.l} » ?? le client {A} dit qu'il n'y a personne de ce nom au {A.s}"),
        ("dental", "Nouveau patient : {A.lf}, né(e) le {A.b}, {A.addr}, tél {A.p}, adressé par {B.t}"),
        ("hotel", "Client de passage {A.f} {A.l}, payé {amount} en espèces pour {product}, pièce d'identité vérifiée, ch. {room}"),
        ("saas", "Renouvellement {company} – sponsor : {A} (resp. exploitation), budget chez {B.t} ; toujours en {version}, veulent le SSO"),
        ("bike", "NB c'est le grand-père de {A.f:possessive} ({Bm:relation}) qui récupère le vélo, il a le ticket {order}"),
        ("vet", "{A.t} a appelé, le chien ne mange plus depuis {wd}. RDV {date} {time} avec {B.t}. {A.p}"),
        ("florist", "mariage le {date} : mariée {Af}, bouquet {product} + 6 boutonnières, acompte {amount} reçu, contact {A.e} / {A.p}"),
    ],
    "mail_in": [
        ("florist", "Commande {order} – mauvaises fleurs", "j'avais commandé le {product} pour ma mère {Bf:relation} mais elle a reçu tout autre chose. Pouvez-vous régler cela ? Elle habite au {B.addr}."),
        ("bike", "réparation {order}", "mon vélo est-il prêt ? Vous m'aviez dit le {date}. Je peux passer après {time}, sinon c'est mon conjoint {Bm.f:relation} qui viendra le chercher."),
        ("utility", "Changement de coordonnées bancaires", "merci de prélever à partir du mois prochain sur mon nouveau compte : {A.i}. Contrat n° {meter}, dernière facture {invoice} ({amount})."),
        ("saas", "Export impossible depuis la {version}", "depuis la mise à jour {version}, l'export CSV de {product} échoue (erreur 500). Ticket {case}. Mon collègue {Bm} ({B.e}) a le même souci."),
        ("hotel", "Réservation {order}", "nous arrivons le {date} vers {time}, 2 adultes. Serait-il possible d'avoir une chambre calme ? La réservation est au nom de ma femme, {Bf:relation}."),
        ("dental", "RDV du {date}", "je dois malheureusement annuler mon rendez-vous du {date} avec {C.t}. Mon fils {Bm.f:relation} a son contrôle le même jour, merci de le garder."),
        ("estate", "Visite réf. {ref}", "suite à mon échange d'hier avec {B.f:callback}, nous souhaiterions revoir {product}. Je suis joignable au {A.p}. Notre budget tourne autour de {amount}."),
        ("vet", "Rappel vaccin", "merci pour le rappel. Minette est inscrite pour {product} le {date}. Merci d'adresser la facture à {company}, à l'attention de {A}."),
        ("logistics", "Colis {tracking}", "mon colis {tracking} a été déposé chez un voisin que je ne connais pas. L'avis de passage indique « {C.l} » mais personne ne porte ce nom dans l'immeuble."),
        ("generic", "Facture {invoice} prélevée deux fois", "vous avez prélevé {amount} deux fois pour la facture {invoice} (commande {order}). Merci de rembourser sur {A.i}."),
        ("shop", "Question sur {product}", "le {product} (EAN {ean}) existe-t-il dans une autre couleur ? Mon amie {Bf.f:relation} a eu le même l'an dernier."),
        ("dental", "Nouveau patient", "je souhaiterais m'inscrire au cabinet : {A}, né(e) le {A.b}, {A.addr}, tél. {A.p}, n° de sécurité sociale {A.id}. Merci !"),
    ],
    "mail_out": [
        ("generic", "merci pour votre message. J'ai vérifié la commande {order} : la livraison est prévue le {date}. Vous pouvez me joindre directement au {S.p}."),
        ("bike", "votre vélo est prêt, vous pouvez le récupérer à partir du {date}. Montant : {amount}, facture {invoice} jointe."),
        ("utility", "nous avons bien enregistré vos nouvelles coordonnées bancaires. Le prochain prélèvement aura lieu le {date}. Votre dossier : {case}."),
        ("saas", "le problème de la {version} est connu, le correctif arrive avec la {newversion}. Ma collègue {Cf.f:handover} vous tiendra informé(e)."),
        ("dental", "votre rendez-vous est déplacé au {newdate} à {time} avec {C.t}. Celui de votre fils est maintenu."),
        ("hotel", "nous avons bien noté votre demande de chambre calme, la réservation {order} est confirmée pour le {date}. {C.f:handover} à la réception aura votre clé."),
        ("logistics", "toutes nos excuses pour {tracking}. Notre chauffeur {Cm} va récupérer le colis chez le voisin et vous le relivrer le {date}."),
        ("florist", "nous sommes vraiment désolés ! Un nouveau {product} part demain matin gratuitement, et un avoir de {amount} suit."),
    ],
    "greet_cust": ["Bonjour {A.T:greeting},", "Chère Madame, cher Monsieur {A.l:greeting},", "Bonjour {A.f:greeting},", "{A.t:greeting},", "Bonsoir {A.t:greeting},", "Salut {A.f:greeting} !"],
    "greet_staff": ["Bonjour {T.f:greeting},", "Bonjour {T.t:greeting},", "Madame, Monsieur,", "Bonjour,", "Bonjour à toute l'équipe,", "Bonsoir,"],
    "close": ["Cordialement,", "Bien cordialement,", "Bonne journée,", "Merci d'avance,", "Bien à vous,", "Salutations distinguées,"],
    "cust_sign": ["{S:signoff}", "{S.f:signoff}", "{S:signoff}\nTél. {S.p}", "{S.f:signoff} ({S.e})", "{S.lf:signoff}\n{S.addr}", "{S.f:signoff}\nEnvoyé de mon iPhone"],
    "staff_sign": ["{S:signoff}\n{job}\n{company}\nTél. {S.p}", "{S.f:signoff}\n{company} – {job}", "{S:signoff} | {job}\n{company}\n{S.e}", "{S.f:signoff} {S.l:signoff}\n{job}"],
    "qhead": ["Le {qdate}, {Q} <{Q.e}> a écrit :", "{Q} a écrit le {qdate} :", "-----Message d'origine-----\nDe : {Q:header} <{Q.e}>\nEnvoyé : {qdate}\nObjet : {subj}"],
    "fwd": "-------- Message transféré --------\nDe : {F:header} <{F.e}>\nDate : {qdate}\nObjet : {subj}\nÀ : {A:header} <{A.e}>",
    "fwd_intro": ["voir ci-dessous, pouvez-vous m'aider ?", "pour info, je vous transfère comme convenu.", "j'ai reçu ce mail, je n'y comprends rien."],
    "fwd_body": ["Bonjour {A.f:greeting}, votre colis {tracking} n'a pas pu être livré aujourd'hui. Cordialement, {F.f:signoff}", "{A.t:greeting}, veuillez trouver ci-joint la facture {invoice} de {amount}. {F:signoff}"],
    "re": "RE : ",
    "chat_cust": [
        "bonjour, c'est {A.f:intro} – la commande {order} n'est toujours pas arrivée 😕", "c'est au nom de {A}", "mon mail c'est {A.e}", "OÙ EST MON COLIS {tracking}",
        "ok merci 👍", "ma voisine {Cf.f:relation} peut signer ? je bosse jusqu'à {time}", "mon numéro {A.p} si c'est plus simple",
        "c'est pour ma mère {Cf:relation} en fait, elle habite {C.addr}", "la facture {invoice} dit {amount} alors qu'on m'avait dit moins ??",
        "allo ? il y a quelqu'un", "super, à {date} 🙏", "pardon faute de frappe – code postal {A.z}",
    ],
    "chat_agent": [
        "bonjour {A.f:greeting} ! ici {T.f:intro} de {company} 👋 je regarde", "merci {A.f:greeting}, trouvé : {tracking}, en livraison le {date}",
        "j'ai transmis à {C.f:handover}, qui vous écrit avant {time}", "vous pouvez confirmer le code postal ? on a {A.z}",
        "c'est réglé ✅ dossier {case}", "pas de souci {A.f}. autre chose ?", "le {product} est de nouveau en stock, {amount}",
        "il me faudrait votre date de naissance pour vérifier svp",
    ],
    "chat_team": [
        "@{U.f:mention} tu peux rappeler {A} ? {A.p}", "encore {A.l} 🙄 3e fois cette semaine", "@{U.n:mention} le {product} pour {A.f} est prêt, {amount} payé",
        "pour info {A.t} s'est plaint(e) de la facture {invoice}", "je prends 💪", "@{V.f:mention} ok fait, ticket {case} fermé",
        "DIS À {A.l} QU'ON FERME À {time} AUJOURD'HUI 😂", "qui remplace {V.n} demain ?", "{A.f} de {company} au tel pour toi @{U.f:mention}",
        "mdr non c'était {C} pas {A}",
    ],
}

TEMPLATES["es"] = {
    "notes": [
        ("florist", "Llama {A:intro} por un {product} para el {date}, tarjeta: «Feliz cumple {B.f}» – entregar en {A.addr} antes de las {time}"),
        ("florist", "{A.t:callback} ha vuelto a llamar (3ª vez!!) pedido {order} sigue sin llegar, el repartidor {Bm} dice que no había nadie. Devolver llamada al {A.p}"),
        ("dental", "Pac. {A}, f. nac. {A.b} – {product} el {date} a las {time} con {B.t}, gabinete {room}. Prefiere WhatsApp al {A.p}"),
        ("dental", "{Af.t:callback} llama, el {wd} no puede → cambiado al {date} {time}. Su marido {Bm.f:relation} traerá también a los niños"),
        ("bike", "OT {order}: {product} a revisión, cruje el buje trasero. Cliente {A}, recogida {date}. Se lo paso a {B.f:handover}, mañana no estoy"),
        ("bike", "presupuesto para {A.l}: {product} (ref. {sku}) + montaje = {amount}. Nos dice algo antes del {date}"),
        ("logistics", "El conductor {Bm} informa: envío {tracking} rechazado en {A.addr}. El destinatario {A.t} dice que no pidió nada"),
        ("logistics", "Nueva entrega el {date} – destinatario {A.l}, tlf. {A.p}, si no está dejar con la vecina {Cf:relation} (portal {n})"),
        ("utility", "Titular {A} (f. nac. {A.b}) reclama la factura {invoice} de {amount}, dice que la lectura del contador {meter} está mal. Expediente {case}"),
        ("utility", "hablado otra vez con {A.f:callback} por la domiciliación – nuevo IBAN {A.i} a partir del {date}, sigue con {product}"),
        ("utility", "No llama el titular: su hija {Bf:relation} llama por su madre {Af.t:relation}. Pedida autorización firmada, exp. {case}"),
        ("saas", "Ticket {case}: {A} ({company}) no puede entrar desde la actualización a {version}. Usuario {A.u}, enlace de reseteo enviado a {A.e}"),
        ("saas", "Hola {B.f:greeting}, ¿puedes coger el {case}? {A} de {company} espera el parche de la {version}, tlf {A.p}"),
        ("hotel", "Huésped {A.T} check-in {ts}, hab. {room}, {product} hasta el {date}. Pide late check-out"),
        ("hotel", "{A} y su pareja {B.f:relation} – aniversario, poner cava en la hab. {room}. Reserva {order}"),
        ("estate", "Visita {product} el {date} a las {time} con {A} y su hermano {Bm.f:relation}. Oferta prevista sobre {amount}. Ref. {ref}"),
        ("estate", "El propietario {Am.t} pide {amount} de alquiler desde el {date}, inquilino {B} avisado por email ({B.e})"),
        ("vet", "Dueña {Af} con Toby (labrador, 7 años) – cojea de la pata trasera izq. Se le pone {product}. Revisión {date} {time}. Tlf {A.p}"),
        ("vet", "la gata de {A.f:possessive} tiene que ponerse la {product} el {date}, recordatorio enviado a {A.e}"),
        ("shop", "{product} {A:after_product} – pagado {amount} con tarjeta, recoge en tienda el {date}, pedido nº {order}"),
        ("shop", "clte. {A.lc} / {A.p} / quiere el {product} en verde, EAN {ean}, ¿disponible el {date}?"),
        ("generic", "{A} – {A.p} – {A.e}"),
        ("generic", "dejado mensaje en el contestador de {A.l:callback}, vuelvo a probar después de las {time}. {B.f:signoff}"),
        ("logistics", "Recogida en {company} a las {time}, contacto en destino {A} ({A.p}). 3 palés, ref. {order}"),
        ("bike", "{A.n} (o sea {A}) ha traído la bici del niño, {product}, cubiertas + pastillas, presupuesto {amount}, paga al recoger"),
        ("dental", "Carta de recordatorio devuelta – {A.t} ya no vive en {A.s}, {A.z} {A.c}? preguntar a {B.f:handover} en recepción"),
        ("generic", "según {B.f}: a {A.l} le va bien la entrega del {date}, factura a {company}, pedido {order}"),
        ("utility", "Mudanza el {date} – {A}, nueva dirección {A.addr}, lectura final del contador {meter}"),
        ("saas", "@{B.f:mention} ojo, {A.u} ha vuelto a pasar el límite de la API en {product}, log {ts}"),
        ("hotel", "Objeto perdido: gafas en la hab. {room}, son de {A.T} (salida {date}). Enviar a {A.addr}"),
        ("generic", "¿{A.l} {A.f} o {A.f} {A.l}? no se entiende el nombre en el formulario – confirmar en la próxima llamada, exp. {case}"),
        ("florist", "Corona {product} de parte de la familia {A.l:relation}, cinta: «Con todo nuestro cariño, {B.f} y {C.f}». Entregar en {company} el {date}"),
        ("vet", "El vecino {Bm:relation} recoge a Nala después de la operación, {A} lo ha autorizado por teléfono a las {time}"),
        ("generic", "nac. {A.b}, DNI {A.id}, domicilio {A.addr} – {A} – la documentación llega por correo"),
        ("generic", "Hablado con {A.f:intro} de {company}: sustituye a {B:handover} como contacto, correo {A.e}"),
        ("generic", "llamado {A.f:callback} 2 veces sin respuesta; mandado correo a {A.e}; si llama es por la factura {invoice} ({amount}) – {B.f:signoff}"),
        ("logistics", "Falta el justificante de entrega de {tracking}, firmado por «{C.l}»?? el cliente {A} dice que en {A.s} no vive nadie con ese nombre"),
        ("dental", "Alta nueva: {A.lc}, {A.b}, {A.addr}, tlf {A.p}, derivado por {B.t}"),
        ("hotel", "Sin reserva, {A.f} {A.l}, pagó {amount} en efectivo por {product}, DNI visto, hab. {room}"),
        ("saas", "Renovación {company} – interlocutor {A} (jefe de sistemas), presupuesto lo lleva {B.t}; siguen en {version}, quieren SSO"),
        ("bike", "ojo: la bici la recoge el abuelo de {A.f:possessive} ({Bm:relation}), tiene el resguardo {order}"),
        ("vet", "llamó {A.t}, el perro no come desde el {wd}. Cita {date} {time} con {B.t}. {A.p}"),
        ("florist", "boda el {date}: novia {Af}, ramo {product} + 6 prendidos, señal {amount} cobrada, contacto {A.e} / {A.p}"),
    ],
    "mail_in": [
        ("florist", "Pedido {order} – flores equivocadas", "encargué el {product} para mi madre {Bf:relation} pero le ha llegado algo totalmente distinto. ¿Pueden solucionarlo? Vive en {B.addr}."),
        ("bike", "reparación {order}", "¿está ya mi bici? Me dijeron el {date}. Puedo pasar a partir de las {time}, si no la recoge mi pareja {B.f:relation}."),
        ("utility", "Cambio de cuenta bancaria", "a partir del mes que viene, por favor, cárguenme los recibos en mi nueva cuenta: {A.i}. Contrato {meter}, última factura {invoice} ({amount})."),
        ("saas", "No funciona la exportación desde la {version}", "desde la actualización a la {version} la exportación CSV de {product} da error 500. Ticket {case}. A mi compañero {Bm} ({B.e}) le pasa lo mismo."),
        ("hotel", "Reserva {order}", "llegamos el {date} sobre las {time}, 2 adultos. ¿Sería posible una habitación tranquila? La reserva está a nombre de mi mujer, {Bf:relation}."),
        ("dental", "Cita del {date}", "tengo que anular mi cita del {date} con {C.t}. Mi hijo {Bm.f:relation} tiene revisión el mismo día, esa la mantenemos."),
        ("estate", "Visita ref. {ref}", "como hablé ayer con {B.f:callback}, nos gustaría volver a ver {product}. Estoy en el {A.p}. Nuestro presupuesto ronda los {amount}."),
        ("vet", "Recordatorio de vacuna", "gracias por el aviso. Coco tiene cita para la {product} el {date}. La factura, por favor, a nombre de {company}, att. {A}."),
        ("logistics", "Envío {tracking}", "mi paquete {tracking} lo dejaron con un vecino que no conozco. En el aviso pone «{C.l}» pero en el edificio no vive nadie con ese nombre."),
        ("generic", "Factura {invoice} cobrada dos veces", "me han cobrado {amount} dos veces por la factura {invoice} (pedido {order}). Por favor devuélvanlo a {A.i}."),
        ("shop", "Consulta sobre {product}", "¿el {product} (EAN {ean}) lo tienen en otro color? Mi amiga {Bf.f:relation} se compró el mismo el año pasado."),
        ("dental", "Alta de paciente", "quería darme de alta en la clínica: {A}, nacido/a el {A.b}, DNI {A.id}, domicilio {A.addr}, tlf {A.p}. ¡Gracias!"),
    ],
    "mail_out": [
        ("generic", "gracias por su mensaje. He revisado el pedido {order}: la entrega está prevista para el {date}. Puede llamarme directamente al {S.p}."),
        ("bike", "su bici ya está lista, puede recogerla a partir del {date}. Importe: {amount}, adjunto factura {invoice}."),
        ("utility", "hemos actualizado sus datos bancarios. El próximo cargo será el {date}. Su expediente: {case}."),
        ("saas", "el fallo de la {version} es conocido, la corrección llega con la {newversion}. Mi compañera {Cf.f:handover} le mantendrá informado."),
        ("dental", "su cita queda cambiada al {newdate} a las {time} con {C.t}. La de su hijo se mantiene."),
        ("hotel", "hemos anotado su petición de habitación tranquila, la reserva {order} está confirmada para el {date}. {C.f:handover} en recepción tendrá su llave."),
        ("logistics", "lamentamos lo del envío {tracking}. Nuestro conductor {Cm} lo recogerá del vecino y se lo volverá a entregar el {date}."),
        ("florist", "¡lo sentimos mucho! Mañana por la mañana le enviamos un {product} nuevo sin coste y un abono de {amount}."),
    ],
    "greet_cust": ["Estimado/a {A.T:greeting}:", "Hola {A.f:greeting},", "Buenos días, {A.t:greeting}:", "Hola {A:greeting}:", "Buenas tardes {A.f:greeting},", "{A.f:greeting}, buenas"],
    "greet_staff": ["Hola {T.f:greeting},", "Buenos días {T.t:greeting},", "Estimados señores:", "Buenas,", "Hola a todos,", "Buenos días:"],
    "close": ["Un saludo,", "Saludos cordiales,", "Muchas gracias,", "Atentamente,", "Gracias de antemano,", "Un abrazo"],
    "cust_sign": ["{S:signoff}", "{S.f:signoff}", "{S:signoff}\nTlf. {S.p}", "{S.f:signoff} ({S.e})", "{S:signoff}\n{S.addr}", "{S.f:signoff}\nEnviado desde mi iPhone"],
    "staff_sign": ["{S:signoff}\n{job}\n{company}\nTel. {S.p}", "{S.f:signoff}\n{company} – {job}", "{S:signoff} | {job}\n{company}\n{S.e}", "{S.f:signoff} {S.l:signoff}\n{job}"],
    "qhead": ["El {qdate}, {Q} (<{Q.e}>) escribió:", "{Q} escribió el {qdate}:", "-----Mensaje original-----\nDe: {Q:header} <{Q.e}>\nEnviado el: {qdate}\nAsunto: {subj}"],
    "fwd": "---------- Mensaje reenviado ---------\nDe: {F:header} <{F.e}>\nFecha: {qdate}\nAsunto: {subj}\nPara: {A:header} <{A.e}>",
    "fwd_intro": ["mirad abajo, ¿me podéis ayudar?", "para que lo tengáis, os lo reenvío.", "me ha llegado este correo y no lo entiendo."],
    "fwd_body": ["Hola {A.f:greeting}, su envío {tracking} no se ha podido entregar hoy. Saludos, {F.f:signoff}", "Estimado/a {A.t:greeting}: le adjuntamos la factura {invoice} por {amount}. {F:signoff}"],
    "re": "RE: ",
    "chat_cust": [
        "hola, soy {A.f:intro} – el pedido {order} todavía no ha llegado 😕", "está a nombre de {A}", "mi correo es {A.e}", "DÓNDE ESTÁ MI PAQUETE {tracking}",
        "vale gracias 👍", "¿puede firmar mi vecina {Cf.f:relation}? estoy currando hasta las {time}", "mi número {A.p} si es más fácil",
        "en realidad es para mi madre {Cf:relation}, vive en {C.addr}", "en la factura {invoice} pone {amount} y me dijeron menos??",
        "hola? hay alguien", "genial, hasta el {date} 🙏", "perdón, me equivoqué – el CP es {A.z}",
    ],
    "chat_agent": [
        "¡hola {A.f:greeting}! soy {T.f:intro} de {company} 👋 lo miro", "gracias {A.f:greeting}, encontrado: {tracking}, en reparto el {date}",
        "se lo he pasado a {C.f:handover}, le escribe antes de las {time}", "¿me confirma el código postal? tenemos {A.z}",
        "solucionado ✅ exp. {case}", "nada {A.f}, ¿algo más?", "el {product} vuelve a estar en stock, {amount}",
        "necesito su fecha de nacimiento para verificar, por favor",
    ],
    "chat_team": [
        "@{U.f:mention} puedes llamar a {A}? {A.p}", "{A.l} otra vez 🙄 3ª vez esta semana", "@{U.n:mention} el {product} de {A.f} está listo, {amount} pagado",
        "ojo {A.t} se ha quejado de la factura {invoice}", "me lo quedo 💪", "@{V.f:mention} hecho, ticket {case} cerrado",
        "DECIDLE A {A.l} QUE HOY CERRAMOS A LAS {time} 😂", "¿quién cubre a {V.n} mañana?", "{A.f} de {company} al teléfono para ti @{U.f:mention}",
        "jaja no, ese era {C}, no {A}",
    ],
}

TEMPLATES["it"] = {
    "notes": [
        ("florist", "Chiamata da {A:intro} per un {product} per il {date}, biglietto: «Tanti auguri {B.f}» – consegna in {A.addr} entro le {time}"),
        ("florist", "{A.t:callback} ha richiamato (3a volta!!) ordine {order} ancora non consegnato, il corriere {Bm} dice che non c'era nessuno. Richiamare al {A.p}"),
        ("dental", "Paz. {A}, nato/a il {A.b} – {product} il {date} ore {time} con {B.t}, studio {room}. Preferisce SMS al {A.p}"),
        ("dental", "{Af.t:callback} richiama, {wd} non può → spostato al {date} {time}. Il marito {Bm.f:relation} porta anche i bambini"),
        ("bike", "Scheda {order}: {product} per tagliando, mozzo post. scricchiola. Cliente {A}, ritiro {date}. Passo a {B.f:handover}, domani sono fuori"),
        ("bike", "preventivo x {A.l}: {product} (cod. {sku}) + montaggio = {amount}. Ci fa sapere entro il {date}"),
        ("logistics", "L'autista {Bm} segnala: spedizione {tracking} rifiutata in {A.addr}. Il destinatario {A.t} dice di non aver ordinato niente"),
        ("logistics", "Riconsegna il {date} – dest. {A.l}, cell. {A.p}, se assente lasciare alla vicina {Cf:relation} (int. {n})"),
        ("utility", "Intestatario {A} (nato/a il {A.b}) contesta la bolletta {invoice} da {amount}, secondo lui/lei la lettura del contatore {meter} è sbagliata. Pratica {case}"),
        ("utility", "risentito {A.f:callback} per la domiciliazione – nuovo IBAN {A.i} dal {date}, resta su {product}"),
        ("utility", "Non chiama l'intestatario: la figlia {Bf:relation} chiama per la madre {Af.t:relation}. Chiesta delega firmata, pratica {case}"),
        ("saas", "Ticket {case}: {A} ({company}) non riesce ad accedere dall'aggiornamento {version}. Utente {A.u}, link di reset inviato a {A.e}"),
        ("saas", "Ciao {B.f:greeting}, puoi prendere tu il {case}? {A} di {company} aspetta la patch per la {version}, tel {A.p}"),
        ("hotel", "Ospite {A.T} arrivato/a il {ts}, camera {room}, {product} fino al {date}. Chiede late check-out"),
        ("hotel", "{A} + compagna {Bf.f:relation} – anniversario, prosecco in camera {room} pls. Prenotazione {order}"),
        ("estate", "Visita {product} il {date} alle {time} con {A} e il fratello {Bm.f:relation}. Offerta attesa intorno a {amount}. Rif. {ref}"),
        ("estate", "Il proprietario {Am.t} chiede {amount} di affitto dal {date}, inquilino {B} avvisato via mail ({B.e})"),
        ("vet", "Proprietaria {Af} con Birba (labrador, 7 anni) – zoppica post. sx. Somministrato {product}. Controllo {date} {time}. Tel {A.p}"),
        ("vet", "il gatto di {A.f:possessive} deve fare il richiamo {product} il {date}, promemoria inviato a {A.e}"),
        ("shop", "{product} {A:after_product} – pagato {amount} con bancomat, ritiro in negozio il {date}, ordine n. {order}"),
        ("shop", "cliente {A.lc} / {A.p} / vuole il {product} verde, EAN {ean}, disponibile dal {date}?"),
        ("generic", "{A} – {A.p} – {A.e}"),
        ("generic", "lasciato msg in segreteria a {A.t:callback}, riprovo dopo le {time}. {B.f:signoff}"),
        ("logistics", "Ritiro presso {company} alle {time}, referente in loco {A} ({A.p}). 3 bancali, rif. {order}"),
        ("bike", "{A.n} (cioè {A}) ha lasciato la bici del figlio, {product}, copertoni + pastiglie, preventivo {amount}, paga al ritiro"),
        ("dental", "Lettera di richiamo tornata indietro – {A.t} non abita più in {A.s}, {A.z} {A.c}? chiedere a {B.f:handover} in accettazione"),
        ("generic", "secondo {B.f}: per {A.l} va bene la consegna del {date}, fattura a {company}, ordine {order}"),
        ("utility", "Trasloco il {date} – {A}, nuovo indirizzo {A.addr}, lettura finale contatore {meter}"),
        ("saas", "@{B.f:mention} fyi {A.u} ha di nuovo sforato il limite API su {product}, log {ts}"),
        ("hotel", "Oggetto smarrito: occhiali in camera {room}, sono di {A.T} (partito/a il {date}). Spedire a {A.addr}"),
        ("generic", "{A.l} {A.f} o {A.f} {A.l}? nome illeggibile sul modulo – verificare alla prossima chiamata, pratica {case}"),
        ("florist", "Corona {product} da parte della famiglia {A.l:relation}, nastro: «Con affetto, {B.f} e {C.f}». Consegnare a {company} il {date}"),
        ("vet", "Il vicino {Bm:relation} ritira Pallino dopo l'intervento, {A} ha dato l'ok al telefono alle {time}"),
        ("generic", "nato/a il {A.b}, C.F. {A.id}, residente in {A.addr} – {A} – documenti in arrivo per posta"),
        ("generic", "Sentito {A.f:intro} di {company}: sostituisce {B:handover} come referente, mail {A.e}"),
        ("generic", "chiamato {A.f:callback} 2 volte senza risposta; mandata mail a {A.e}; se richiama è per la fattura {invoice} ({amount}) – {B.f:signoff}"),
        ("logistics", "Manca la prova di consegna per {tracking}, firmato «{C.l}»?? il cliente {A} dice che in {A.s} non c'è nessuno con quel nome"),
        ("dental", "Nuovo paziente: {A.lc}, {A.b}, {A.addr}, tel {A.p}, inviato da {B.t}"),
        ("hotel", "Walk-in {A.f} {A.l}, pagato {amount} in contanti per {product}, documento controllato, cam. {room}"),
        ("saas", "Rinnovo {company} – referente {A} (resp. IT), budget in mano a {B.t}; sono ancora su {version}, vogliono SSO"),
        ("bike", "NB la bici la ritira il nonno di {A.f:possessive} ({Bm:relation}), ha lo scontrino {order}"),
        ("vet", "ha chiamato {A.t}, il cane non mangia da {wd}. Appuntamento {date} {time} con {B.t}. {A.p}"),
        ("florist", "matrimonio il {date}: sposa {Af}, bouquet {product} + 6 boutonnière, acconto {amount} ricevuto, contatto {A.e} / {A.p}"),
    ],
    "mail_in": [
        ("florist", "Ordine {order} – fiori sbagliati", "avevo ordinato il {product} per mia madre {Bf:relation} ma le è arrivato tutt'altro. Potete sistemare? Abita in {B.addr}."),
        ("bike", "riparazione {order}", "la mia bici è pronta? Mi avevate detto il {date}. Posso passare dopo le {time}, altrimenti la ritira il mio compagno {Bm.f:relation}."),
        ("utility", "Cambio coordinate bancarie", "dal prossimo mese vi prego di addebitare le bollette sul nuovo conto: {A.i}. Contratto {meter}, ultima bolletta {invoice} ({amount})."),
        ("saas", "Export non funziona dalla {version}", "dall'aggiornamento alla {version} l'export CSV di {product} va in errore 500. Ticket {case}. Anche il mio collega {Bm} ({B.e}) ha lo stesso problema."),
        ("hotel", "Prenotazione {order}", "arriviamo il {date} verso le {time}, 2 adulti. Sarebbe possibile una camera tranquilla? La prenotazione è a nome di mia moglie, {Bf:relation}."),
        ("dental", "Appuntamento del {date}", "purtroppo devo disdire l'appuntamento del {date} con {C.t}. Mio figlio {Bm.f:relation} ha il controllo lo stesso giorno, quello lo teniamo."),
        ("estate", "Visita rif. {ref}", "come concordato ieri con {B.f:callback}, vorremmo rivedere {product}. Sono raggiungibile al {A.p}. Il nostro budget è di circa {amount}."),
        ("vet", "Promemoria vaccino", "grazie del promemoria. Fufi è prenotato per {product} il {date}. La fattura per favore intestata a {company}, c.a. {A}."),
        ("logistics", "Spedizione {tracking}", "il mio pacco {tracking} è stato lasciato a un vicino che non conosco. Sull'avviso c'è scritto «{C.l}» ma nel palazzo nessuno si chiama così."),
        ("generic", "Fattura {invoice} addebitata due volte", "mi avete addebitato {amount} due volte per la fattura {invoice} (ordine {order}). Per favore rimborsate su {A.i}."),
        ("shop", "Domanda su {product}", "il {product} (EAN {ean}) esiste in un altro colore? La mia amica {Bf.f:relation} ha preso lo stesso l'anno scorso."),
        ("dental", "Nuovo paziente", "vorrei registrarmi presso lo studio: {A}, nato/a il {A.b}, C.F. {A.id}, residente in {A.addr}, tel. {A.p}. Grazie!"),
    ],
    "mail_out": [
        ("generic", "grazie per il messaggio. Ho controllato l'ordine {order}: la consegna è prevista per il {date}. Può contattarmi direttamente al {S.p}."),
        ("bike", "la sua bici è pronta, può ritirarla dal {date}. Importo: {amount}, in allegato la fattura {invoice}."),
        ("utility", "abbiamo aggiornato le sue coordinate bancarie. Il prossimo addebito sarà il {date}. La sua pratica: {case}."),
        ("saas", "il problema della {version} è noto, la correzione arriva con la {newversion}. La mia collega {Cf.f:handover} la terrà aggiornata."),
        ("dental", "il suo appuntamento è spostato al {newdate} alle {time} con {C.t}. Quello di suo figlio resta confermato."),
        ("hotel", "abbiamo preso nota della richiesta di una camera tranquilla, la prenotazione {order} è confermata per il {date}. {C.f:handover} alla reception avrà la sua chiave."),
        ("logistics", "ci scusiamo per la spedizione {tracking}. Il nostro autista {Cm} ritirerà il pacco dal vicino e lo riconsegnerà il {date}."),
        ("florist", "ci dispiace molto! Domattina le inviamo gratuitamente un nuovo {product}, seguirà una nota di credito di {amount}."),
    ],
    "greet_cust": ["Gentile {A.T:greeting},", "Ciao {A.f:greeting},", "Buongiorno {A.t:greeting},", "Gentile {A:greeting},", "Buonasera {A.f:greeting},", "Egregio/a {A.t:greeting},"],
    "greet_staff": ["Ciao {T.f:greeting},", "Buongiorno {T.t:greeting},", "Spett.le ditta,", "Buongiorno,", "Salve,", "Ciao a tutti,"],
    "close": ["Cordiali saluti,", "Distinti saluti", "Grazie mille,", "Saluti", "Un saluto,", "Grazie in anticipo,"],
    "cust_sign": ["{S:signoff}", "{S.f:signoff}", "{S:signoff}\nCell. {S.p}", "{S.f:signoff} ({S.e})", "{S:signoff}\n{S.addr}", "{S.f:signoff}\nInviato da iPhone"],
    "staff_sign": ["{S:signoff}\n{job}\n{company}\nTel. {S.p}", "{S.f:signoff}\n{company} – {job}", "{S:signoff} | {job}\n{company}\n{S.e}", "{S.f:signoff} {S.l:signoff}\n{job}"],
    "qhead": ["Il giorno {qdate} {Q} <{Q.e}> ha scritto:", "{Q} ha scritto il {qdate}:", "-----Messaggio originale-----\nDa: {Q:header} <{Q.e}>\nInviato: {qdate}\nOggetto: {subj}"],
    "fwd": "---------- Messaggio inoltrato ---------\nDa: {F:header} <{F.e}>\nData: {qdate}\nOggetto: {subj}\nA: {A:header} <{A.e}>",
    "fwd_intro": ["vedi sotto, mi potete aiutare?", "per conoscenza, vi inoltro come d'accordo.", "mi è arrivata questa mail, non ci capisco niente."],
    "fwd_body": ["Ciao {A.f:greeting}, la spedizione {tracking} oggi non è stata consegnata. Saluti, {F.f:signoff}", "Gentile {A.t:greeting}, in allegato la fattura {invoice} di {amount}. {F:signoff}"],
    "re": "R: ",
    "chat_cust": [
        "ciao, sono {A.f:intro} – l'ordine {order} non è ancora arrivato 😕", "è a nome {A}", "la mia mail è {A.e}", "DOV'È IL MIO PACCO {tracking}",
        "ok grazie 👍", "può firmare la mia vicina {Cf.f:relation}? lavoro fino alle {time}", "il mio numero {A.p} se è più comodo",
        "in realtà è per mia madre {Cf:relation}, abita in {C.addr}", "sulla fattura {invoice} c'è {amount} ma mi avevate detto meno??",
        "pronto? c'è qualcuno", "perfetto, a {date} 🙏", "scusate ho sbagliato – il CAP è {A.z}",
    ],
    "chat_agent": [
        "ciao {A.f:greeting}! sono {T.f:intro} di {company} 👋 controllo subito", "grazie {A.f:greeting}, trovato: {tracking}, in consegna il {date}",
        "ho passato a {C.f:handover}, ti scrive prima delle {time}", "mi confermi il CAP? abbiamo {A.z}",
        "risolto ✅ pratica {case}", "figurati {A.f}, altro?", "il {product} è di nuovo disponibile, {amount}",
        "mi serve la data di nascita per la verifica, grazie",
    ],
    "chat_team": [
        "@{U.f:mention} puoi richiamare {A}? {A.p}", "di nuovo {A.l} 🙄 3a volta questa settimana", "@{U.n:mention} il {product} di {A.f} è pronto, {amount} pagato",
        "fyi {A.t} si è lamentato/a della fattura {invoice}", "lo prendo io 💪", "@{V.f:mention} ok fatto, ticket {case} chiuso",
        "DITE A {A.l} CHE OGGI CHIUDIAMO ALLE {time} 😂", "chi sostituisce {V.n} domani?", "{A.f} di {company} al telefono per te @{U.f:mention}",
        "ahah no, quello era {C}, non {A}",
    ],
}

TEMPLATES["nl"] = {
    "notes": [
        ("florist", "Telefoon van {A:intro} voor een {product} op {date}, kaartje: 'Gefeliciteerd {B.f}!' – bezorgen op {A.addr} voor {time}"),
        ("florist", "{A.t:callback} belde wéér (3e keer!!) bestelling {order} nog steeds niet bezorgd, bezorger {Bm} zegt niemand thuis. Terugbellen op {A.p}"),
        ("dental", "Pt. {A}, geb. {A.b} – {product} op {date} om {time} bij {B.t}, kamer {room}. Liever sms naar {A.p}"),
        ("dental", "{Af.t:callback} belt terug, {wd} lukt niet → verzet naar {date} {time}. Man {Bm.f:relation} neemt de kinderen ook mee"),
        ("bike", "Werkbon {order}: {product} voor onderhoud, achternaaf kraakt. Klant {A}, ophalen {date}. Overgedragen aan {B.f:handover}, ben morgen vrij"),
        ("bike", "offerte voor {A.l}: {product} (art.nr. {sku}) + montage = {amount}. Laat voor {date} iets weten"),
        ("logistics", "Chauffeur {Bm} meldt: zending {tracking} geweigerd op {A.addr}. Ontvanger {A.t} zegt niks besteld te hebben"),
        ("logistics", "Nieuwe bezorging {date} – ontv. {A.l}, tel. {A.p}, anders afgeven bij buurvrouw {Cf:relation} (nr. {n})"),
        ("utility", "Contracthouder {A} (geb. {A.b}) betwist factuur {invoice} van {amount}, meterstand {meter} zou verkeerd zijn. Zaak {case}"),
        ("utility", "nogmaals {A.f:callback} gesproken over de incasso – nieuw IBAN {A.i} per {date}, blijft op {product}"),
        ("utility", "Beller is niet de contracthouder: dochter {Bf:relation} belt voor haar moeder {Af.t:relation}. Machtiging opgevraagd, zaaknr. {case}"),
        ("saas", "Ticket {case}: {A} ({company}) kan niet inloggen sinds update naar {version}. Gebruiker {A.u}, resetlink gestuurd naar {A.e}"),
        ("saas", "Hoi {B.f:greeting}, kun jij {case} oppakken? {A} van {company} wacht op een fix voor {version}, tel {A.p}"),
        ("hotel", "Gast {A.T} ingecheckt {ts}, kamer {room}, {product} t/m {date}. Wil graag late check-out"),
        ("hotel", "{A} + vriendin {Bf.f:relation} – trouwdag, fles bubbels op kamer {room} graag. Boeking {order}"),
        ("estate", "Bezichtiging {product} op {date} om {time} met {A} en broer {Bm.f:relation}. Bod verwacht rond {amount}. Ref. {ref}"),
        ("estate", "Verhuurder {Am.t} wil per {date} {amount} huur, huurder {B} per mail ({B.e}) ingelicht"),
        ("vet", "Eigenaar {A} met Bobbie (labrador, 7 jr) – loopt mank li achter. {product} gegeven. Controle {date} {time}. Tel {A.p}"),
        ("vet", "{A.fs:possessive} kat moet {date} de {product} booster, herinnering naar {A.e} gestuurd"),
        ("shop", "{product} {A:after_product} – {amount} gepind, ophalen in de winkel {date}, bestelnr. {order}"),
        ("shop", "klant {A.lc} / {A.p} / wil de {product} in groen, EAN {ean}, weer leverbaar per {date}?"),
        ("generic", "{A} – {A.p} – {A.e}"),
        ("generic", "voicemail ingesproken bij {A.t:callback}, probeer het na {time} nog eens. {B.f:signoff}"),
        ("logistics", "Ophalen bij {company} om {time}, contactpersoon ter plaatse {A} ({A.p}). 3 pallets, ref. {order}"),
        ("bike", "{A.n} (dus {A}) heeft kinderfiets gebracht, {product}, nieuwe banden + remblokjes, offerte {amount}, betaalt bij ophalen"),
        ("dental", "Herinneringsbrief retour – {A.t} woont niet meer op {A.s}, {A.z} {A.c}? even navragen bij {B.f:handover} aan de balie"),
        ("generic", "volgens {B.f}: {A.l} vindt levering op {date} prima, factuur naar {company}, inkoopnr. {order}"),
        ("utility", "Verhuizing {date} – {A}, nieuw adres {A.addr}, eindstand meter {meter}"),
        ("saas", "@{B.f:mention} fyi {A.u} zit alweer over de API-limiet op {product}, log {ts}"),
        ("hotel", "Gevonden voorwerp: bril op kamer {room}, is van {A.T} (vertrokken {date}). Opsturen naar {A.addr}"),
        ("generic", "{A.l} {A.f} of {A.f} {A.l}? naam op het formulier onleesbaar – navragen bij volgend contact, zaak {case}"),
        ("florist", "Rouwkrans {product} namens familie {A.l:relation}, lint: 'Voor altijd in ons hart, {B.f} en {C.f}'. Bezorgen bij {company} op {date}"),
        ("vet", "Buurman {Bm:relation} haalt Guus op na de operatie, {A} heeft om {time} telefonisch toestemming gegeven"),
        ("generic", "geb. {A.b}, BSN {A.id}, woonachtig {A.addr} – {A} – stukken volgen per post"),
        ("generic", "Gesproken met {A.f:intro} van {company}: neemt het over van {B:handover} als contactpersoon, mail {A.e}"),
        ("generic", "2x gebeld, {A.f:callback} niet bereikt; mail gestuurd naar {A.e}; als er teruggebeld wordt gaat het om {invoice} ({amount}) – {B.f:signoff}"),
        ("logistics", "Afleverbewijs {tracking} ontbreekt, getekend door '{C.l}'?? klant {A} zegt dat er niemand met die naam op {A.s} woont"),
        ("dental", "Nieuwe inschrijving: {A.lc}, {A.b}, {A.addr}, tel {A.p}, verwezen door {B.t}"),
        ("hotel", "Walk-in {A.f} {A.l}, {amount} contant voor {product}, ID gecheckt, kamer {room}"),
        ("saas", "Verlenging {company} – aanspreekpunt {A} (hoofd IT), budgethouder {B.t}; zitten nog op {version}, willen SSO"),
        ("bike", "LET OP: opa van {A.f:possessive} ({Bm:relation}) haalt de fiets op, heeft bonnetje {order}"),
        ("vet", "{A.t} belde, hond eet niet sinds {wd}. Ingepland {date} {time} bij {B.t}. {A.p}"),
        ("florist", "bruiloft {date}: bruid {Af}, boeket {product} + 6 corsages, aanbetaling {amount} ontvangen, contact {A.e} / {A.p}"),
    ],
    "mail_in": [
        ("florist", "Bestelling {order} – verkeerde bloemen", "ik had de {product} besteld voor mijn moeder {Bf:relation}, maar ze heeft iets heel anders gekregen. Kunt u dit oplossen? Ze woont op {B.addr}."),
        ("bike", "reparatie {order}", "is mijn fiets al klaar? U zei {date}. Ik kan na {time} langskomen, anders haalt mijn partner {B.f:relation} hem op."),
        ("utility", "Wijziging rekeningnummer", "wilt u vanaf volgende maand het termijnbedrag van mijn nieuwe rekening afschrijven: {A.i}. Klantnummer {meter}, laatste factuur {invoice} ({amount})."),
        ("saas", "Export werkt niet sinds {version}", "sinds de update naar {version} faalt de CSV-export in {product} met fout 500. Ticket {case}. Mijn collega {Bm} ({B.e}) heeft hetzelfde."),
        ("hotel", "Boeking {order}", "we komen op {date} rond {time} aan, 2 volwassenen. Is een rustige kamer mogelijk? De boeking staat op naam van mijn vrouw, {Bf:relation}."),
        ("dental", "Afspraak {date}", "helaas moet ik mijn afspraak op {date} bij {C.t} afzeggen. Mijn zoon {Bm.f:relation} heeft dezelfde dag controle, die blijft staan graag."),
        ("estate", "Bezichtiging ref. {ref}", "zoals gisteren met {B.f:callback} besproken willen we {product} graag nog een keer zien. Ik ben bereikbaar op {A.p}. Ons budget ligt rond {amount}."),
        ("vet", "Herinnering vaccinatie", "bedankt voor de herinnering. Pluis staat op {date} ingepland voor {product}. De factuur graag naar {company}, t.a.v. {A}."),
        ("logistics", "Zending {tracking}", "mijn pakket {tracking} is afgegeven bij een buurman die ik niet ken. Op het kaartje staat '{C.l}', maar zo heet niemand in onze straat."),
        ("generic", "Factuur {invoice} dubbel afgeschreven", "u heeft {amount} twee keer afgeschreven voor factuur {invoice} (bestelling {order}). Graag terugstorten op {A.i}."),
        ("shop", "Vraag over {product}", "is de {product} (EAN {ean}) ook in een andere kleur te krijgen? Mijn vriendin {Bf.f:relation} heeft vorig jaar dezelfde gekocht."),
        ("dental", "Inschrijving nieuwe patiënt", "ik wil me graag inschrijven: {A}, geb. {A.b}, BSN {A.id}, adres {A.addr}, tel. {A.p}. Alvast bedankt!"),
    ],
    "mail_out": [
        ("generic", "bedankt voor uw bericht. Ik heb bestelling {order} bekeken – de levering staat gepland op {date}. U kunt mij direct bereiken op {S.p}."),
        ("bike", "uw fiets is klaar en kan vanaf {date} opgehaald worden. Bedrag: {amount}, factuur {invoice} in de bijlage."),
        ("utility", "we hebben uw nieuwe rekeningnummer verwerkt. De volgende afschrijving is op {date}. Uw zaaknummer: {case}."),
        ("saas", "het probleem in {version} is bekend, de fix komt met {newversion}. Mijn collega {Cf.f:handover} houdt u op de hoogte."),
        ("dental", "uw afspraak is verzet naar {newdate} om {time} bij {C.t}. De afspraak van uw zoon blijft staan."),
        ("hotel", "we hebben uw verzoek voor een rustige kamer genoteerd, boeking {order} is bevestigd voor {date}. {C.f:handover} bij de receptie heeft uw sleutel klaar."),
        ("logistics", "excuses voor de verwarring rond {tracking}. Onze chauffeur {Cm} haalt het pakket bij de buren op en bezorgt het opnieuw op {date}."),
        ("florist", "wat vervelend! We sturen morgenochtend kosteloos een nieuwe {product}, de creditnota van {amount} volgt."),
    ],
    "greet_cust": ["Beste {A.T:greeting},", "Hoi {A.f:greeting},", "Geachte {A.t:greeting},", "Dag {A:greeting},", "Goedemorgen {A.f:greeting},", "Beste {A.f:greeting},"],
    "greet_staff": ["Hoi {T.f:greeting},", "Beste {T.t:greeting},", "Geachte heer/mevrouw,", "Goedemiddag,", "Hallo,", "Beste mensen,"],
    "close": ["Met vriendelijke groet,", "Groetjes,", "Mvg,", "Alvast bedankt,", "Hartelijke groet,", "Groet,"],
    "cust_sign": ["{S:signoff}", "{S.f:signoff}", "{S:signoff}\nTel. {S.p}", "{S.f:signoff} ({S.e})", "{S:signoff}\n{S.addr}", "{S.f:signoff}\nVerzonden vanaf mijn iPhone"],
    "staff_sign": ["{S:signoff}\n{job}\n{company}\nT {S.p}", "{S.f:signoff}\n{company} – {job}", "{S:signoff} | {job}\n{company}\n{S.e}", "{S.f:signoff} {S.l:signoff}\n{job}"],
    "qhead": ["Op {qdate} schreef {Q} <{Q.e}>:", "{Q} schreef op {qdate}:", "-----Oorspronkelijk bericht-----\nVan: {Q:header} <{Q.e}>\nVerzonden: {qdate}\nOnderwerp: {subj}"],
    "fwd": "---------- Doorgestuurd bericht ---------\nVan: {F:header} <{F.e}>\nDatum: {qdate}\nOnderwerp: {subj}\nAan: {A:header} <{A.e}>",
    "fwd_intro": ["zie hieronder, kunnen jullie helpen?", "ter info, zoals besproken doorgestuurd.", "deze mail kreeg ik, snap er niks van."],
    "fwd_body": ["Hoi {A.f:greeting}, je zending {tracking} kon vandaag niet bezorgd worden. Groet, {F.f:signoff}", "Geachte {A.t:greeting}, bijgaand factuur {invoice} van {amount}. {F:signoff}"],
    "re": "Antw: ",
    "chat_cust": [
        "hoi, met {A.f:intro} – bestelling {order} is er nog steeds niet 😕", "staat op naam van {A}", "mijn mail is {A.e}", "WAAR IS MIJN PAKKET {tracking}",
        "ok thx 👍", "mag mijn buurvrouw {Cf.f:relation} tekenen? ik werk tot {time}", "mijn nummer is {A.p} als dat makkelijker is",
        "is eigenlijk voor mijn moeder {Cf:relation}, ze woont op {C.addr}", "op factuur {invoice} staat {amount} maar er was minder afgesproken??",
        "hallo? iemand daar", "top, tot {date} 🙏", "sorry typo – postcode is {A.z}",
    ],
    "chat_agent": [
        "hoi {A.f:greeting}! {T.f:intro} hier van {company} 👋 ik kijk even", "dank je {A.f:greeting}, gevonden: {tracking}, wordt {date} bezorgd",
        "heb het doorgezet naar {C.f:handover}, die stuurt je voor {time} een bericht", "kun je de postcode bevestigen? wij hebben {A.z}",
        "geregeld ✅ zaak {case}", "geen probleem {A.f}. verder nog iets?", "de {product} is weer op voorraad, {amount}",
        "ik heb even je geboortedatum nodig ter controle",
    ],
    "chat_team": [
        "@{U.f:mention} kun jij {A} terugbellen? {A.p}", "{A.l} weer 🙄 3e keer deze week", "@{U.n:mention} de {product} van {A.f} is klaar, {amount} betaald",
        "fyi {A.t} klaagt over factuur {invoice}", "pak ik op 💪", "@{V.f:mention} ok klaar, ticket {case} dicht",
        "ZEG TEGEN {A.l} DAT WE VANDAAG OM {time} SLUITEN 😂", "wie vervangt {V.n} morgen?", "{A.f} van {company} aan de lijn voor je @{U.f:mention}",
        "haha nee, dat was {C}, niet {A}",
    ],
}

TEMPLATES["pl"] = {
    "notes": [
        ("florist", "Telefon od klienta: {A:intro} – {product} na {date}, bilecik: „Wszystkiego najlepszego {B.f}” – dostawa {A.addr} do {time}"),
        ("florist", "{A.t:callback} znowu dzwoni (3. raz!!) zam. {order} dalej nie dostarczone, kurier {Bm} mówi, że nikogo nie było. Oddzwonić {A.p}"),
        ("dental", "Pacjent: {A}, ur. {A.b} – {product} {date} godz. {time}, lekarz: {B.t}, gab. {room}. Woli SMS na {A.p}"),
        ("dental", "{Af.t:callback} oddzwania, {wd} nie może → przełożone na {date} {time}. Mąż ({Bm.f:relation}) przyprowadzi też dzieci"),
        ("bike", "Zlecenie {order}: {product} na przegląd, trzeszczy piasta tył. Klient: {A}, odbiór {date}. Przejmuje: {B.f:handover}, mnie jutro nie ma"),
        ("bike", "wycena dla: {A.l} – {product} (kod {sku}) + montaż = {amount}. Odezwie się do {date}"),
        ("logistics", "Kierowca {Bm} zgłasza: przesyłka {tracking} – odmowa przyjęcia, adres {A.addr}. Odbiorca {A.t} twierdzi, że nic nie zamawiał(a)"),
        ("logistics", "Ponowna dostawa {date} – odbiorca {A.l}, tel. {A.p}, ew. zostawić u sąsiadki ({Cf:relation}) m. {n}"),
        ("utility", "Właściciel umowy: {A} (ur. {A.b}) reklamuje fakturę {invoice} na {amount}, odczyt licznika {meter} podobno błędny. Sprawa {case}"),
        ("utility", "ponowna rozmowa – {A.f:callback} – polecenie zapłaty, nowy IBAN {A.i} od {date}, taryfa {product} bez zmian"),
        ("utility", "Nie dzwoni właściciel umowy: córka {Bf:relation} w imieniu matki ({Af.t:relation}). Poproszono o pełnomocnictwo, sprawa {case}"),
        ("saas", "Zgłoszenie {case}: {A} ({company}) nie może się zalogować od aktualizacji {version}. Login {A.u}, link resetu wysłany na {A.e}"),
        ("saas", "Cześć {B.f:greeting}, weźmiesz {case}? {A} z firmy {company} czeka na poprawkę do {version}, tel {A.p}"),
        ("hotel", "Gość {A.T} zameldowany {ts}, pokój {room}, {product} do {date}. Prosi o późne wymeldowanie"),
        ("hotel", "{A} + partnerka {Bf.f:relation} – rocznica ślubu, szampan do pokoju {room}. Rezerwacja {order}"),
        ("estate", "Prezentacja {product} {date} o {time}, klient: {A}, z bratem ({Bm.f:relation}). Oferta ok. {amount}. Nr oferty {ref}"),
        ("estate", "Wynajmujący {Am.t} chce {amount} czynszu od {date}, najemca {B} poinformowany mailem ({B.e})"),
        ("vet", "Właścicielka: {Af}, pies Burek (labrador, 7 l.) – kuleje na lewą tylną. Podano {product}. Kontrola {date} {time}. Tel {A.p}"),
        ("vet", "szczepienie {product} {date} dla kota, właściciel: {A}, przypomnienie wysłane na {A.e}"),
        ("shop", "{product} {A:after_product} – zapłacone {amount} kartą, odbiór w sklepie {date}, zam. nr {order}"),
        ("shop", "kl. {A.lc} / {A.p} / chce {product} w kolorze zielonym, EAN {ean}, dostępny od {date}?"),
        ("generic", "{A} – {A.p} – {A.e}"),
        ("generic", "nagrana wiadomość na poczcie głosowej, {A.t:callback}, spróbuję po {time}. {B.f:signoff}"),
        ("logistics", "Odbiór z {company} o {time}, osoba kontaktowa: {A} ({A.p}). 3 palety, ref. {order}"),
        ("bike", "{A.n} (czyli {A}) przywiózł/przywiozła rower dziecka, {product}, opony + klocki, wycena {amount}, płaci przy odbiorze"),
        ("dental", "List przypominający wrócił – {A.t} już nie mieszka pod adresem {A.s}, {A.z} {A.c}? zapytać na recepcji ({B.f:handover})"),
        ("generic", "wg {B.f}: {A.l} – dostawa {date} ok, faktura na {company}, zamówienie {order}"),
        ("utility", "Przeprowadzka {date} – {A}, nowy adres: {A.addr}, odczyt końcowy licznika {meter}"),
        ("saas", "@{B.f:mention} fyi {A.u} znowu przekroczył limit API w {product}, log {ts}"),
        ("hotel", "Rzeczy znalezione: okulary w pokoju {room}, właściciel: {A.T} (wyjazd {date}). Wysłać na {A.addr}"),
        ("generic", "{A.l} {A.f} czy {A.f} {A.l}? nieczytelne dane na formularzu – potwierdzić przy kolejnym kontakcie, sprawa {case}"),
        ("florist", "Wieniec {product}, zamawia rodzina {A.l:relation}, szarfa: „Kochamy, {B.f} i {C.f}”. Dostawa do {company} {date}"),
        ("vet", "Sąsiad ({Bm:relation}) odbierze psa po zabiegu, zgoda właściciela – {A} – telefonicznie o {time}"),
        ("generic", "ur. {A.b}, PESEL {A.id}, zam. {A.addr} – {A} – dokumenty pocztą"),
        ("generic", "Rozmowa: {A.f:intro} z {company} – nowa osoba kontaktowa, {B:handover} już tam nie pracuje, mail {A.e}"),
        ("generic", "2x dzwoniłem, {A.f:callback} nie odbiera; wysłany mail na {A.e}; jak oddzwoni to chodzi o fakturę {invoice} ({amount}) – {B.f:signoff}"),
        ("logistics", "Brak potwierdzenia doręczenia {tracking}, podpis „{C.l}”?? klient {A} mówi, że pod adresem {A.s} nikt taki nie mieszka"),
        ("dental", "Nowy pacjent: {A.lc}, {A.b}, {A.addr}, tel. {A.p}, skierowanie: {B.t}"),
        ("hotel", "Bez rezerwacji: {A.f} {A.l}, zapłata {amount} gotówką za {product}, dowód sprawdzony, pokój {room}"),
        ("saas", "Odnowienie {company} – kontakt: {A} (kierownik IT), budżet: {B.t}; nadal na {version}, chcą SSO"),
        ("bike", "UWAGA rower odbiera dziadek ({Bm:relation}) – wnuk/wnuczka: {A.f:relation}, ma kwit {order}"),
        ("vet", "dzwoniła/dzwonił {A.t}, pies nie je od {wd}. Wizyta {date} {time}, lekarz {B.t}. {A.p}"),
        ("florist", "ślub {date}: panna młoda {Af}, bukiet {product} + 6 butonierek, zaliczka {amount} wpłacona, kontakt {A.e} / {A.p}"),
    ],
    "mail_in": [
        ("florist", "Zamówienie {order} – złe kwiaty", "zamówiłam {product} dla mamy ({Bf:relation}), a dostała coś zupełnie innego. Czy mogą Państwo to wyjaśnić? Adres mamy: {B.addr}."),
        ("bike", "naprawa {order}", "czy mój rower jest już gotowy? Mówili Państwo, że {date}. Mogę podjechać po {time}, ewentualnie odbierze go mój partner – {Bm.f:relation}."),
        ("utility", "Zmiana rachunku bankowego", "proszę od przyszłego miesiąca pobierać opłaty z nowego rachunku: {A.i}. Nr umowy {meter}, ostatnia faktura {invoice} ({amount})."),
        ("saas", "Eksport nie działa od {version}", "od aktualizacji do {version} eksport CSV w {product} kończy się błędem 500. Zgłoszenie {case}. Kolega z pracy, {Bm} ({B.e}), ma to samo."),
        ("hotel", "Rezerwacja {order}", "przyjeżdżamy {date} około {time}, 2 osoby dorosłe. Czy byłby możliwy cichy pokój? Rezerwacja jest na żonę: {Bf:relation}."),
        ("dental", "Wizyta {date}", "niestety muszę odwołać wizytę {date} u lekarza {C.t}. Syn ({Bm.f:relation}) ma kontrolę tego samego dnia – tę proszę zostawić."),
        ("estate", "Prezentacja nr {ref}", "zgodnie z wczorajszą rozmową ({B.f:callback}) chcielibyśmy jeszcze raz obejrzeć {product}. Mój telefon: {A.p}. Budżet ok. {amount}."),
        ("vet", "Przypomnienie o szczepieniu", "dziękuję za przypomnienie. Reksio jest zapisany na {product} {date}. Fakturę proszę wystawić na {company}, do rąk: {A}."),
        ("logistics", "Przesyłka {tracking}", "moja przesyłka {tracking} została zostawiona u sąsiada, którego nie znam. Na awizo jest „{C.l}”, a nikt taki u nas nie mieszka."),
        ("generic", "Faktura {invoice} pobrana dwa razy", "pobrali Państwo {amount} dwukrotnie za fakturę {invoice} (zamówienie {order}). Proszę o zwrot na {A.i}."),
        ("shop", "Pytanie o {product}", "czy {product} (EAN {ean}) jest w innym kolorze? Koleżanka – {Bf.f:relation} – kupiła taki sam w zeszłym roku."),
        ("dental", "Rejestracja nowego pacjenta", "chciałbym/chciałabym się zarejestrować: {A}, ur. {A.b}, PESEL {A.id}, adres {A.addr}, tel. {A.p}. Dziękuję!"),
    ],
    "mail_out": [
        ("generic", "dziękuję za wiadomość. Sprawdziłem zamówienie {order} – dostawa jest zaplanowana na {date}. W razie pytań proszę dzwonić bezpośrednio: {S.p}."),
        ("bike", "rower jest gotowy do odbioru od {date}. Kwota: {amount}, faktura {invoice} w załączniku."),
        ("utility", "zaktualizowaliśmy dane bankowe. Kolejne pobranie nastąpi {date}. Numer sprawy: {case}."),
        ("saas", "problem w {version} jest znany, poprawka pojawi się w {newversion}. Koleżanka z zespołu, {Cf.f:handover}, będzie informować na bieżąco."),
        ("dental", "wizyta została przeniesiona na {newdate} godz. {time}, lekarz: {C.t}. Wizyta syna bez zmian."),
        ("hotel", "zanotowaliśmy prośbę o cichy pokój, rezerwacja {order} potwierdzona na {date}. Klucz przygotuje recepcja ({C.f:handover})."),
        ("logistics", "przepraszamy za zamieszanie z {tracking}. Kierowca ({Cm}) odbierze paczkę od sąsiada i doręczy ponownie {date}."),
        ("florist", "bardzo przepraszamy! Jutro rano bezpłatnie wyślemy nowy {product}, korekta faktury na {amount} w drodze."),
    ],
    "greet_cust": ["Szanowna Pani / Szanowny Panie {A.l:greeting},", "Cześć {A.f:greeting},", "Dzień dobry, {A.t:greeting},", "Dzień dobry {A:greeting},", "Witam, {A.T:greeting},", "Hej {A.f:greeting}!"],
    "greet_staff": ["Cześć {T.f:greeting},", "Dzień dobry, {T.t:greeting},", "Szanowni Państwo,", "Dzień dobry,", "Witam,", "Dobry wieczór,"],
    "close": ["Pozdrawiam,", "Z poważaniem,", "Dziękuję i pozdrawiam,", "Pozdrawiam serdecznie", "Z góry dziękuję,", "Miłego dnia,"],
    "cust_sign": ["{S:signoff}", "{S.f:signoff}", "{S:signoff}\ntel. {S.p}", "{S.f:signoff} ({S.e})", "{S:signoff}\n{S.addr}", "{S.f:signoff}\nWysłane z iPhone'a"],
    "staff_sign": ["{S:signoff}\n{job}\n{company}\ntel. {S.p}", "{S.f:signoff}\n{company} – {job}", "{S:signoff} | {job}\n{company}\n{S.e}", "{S.f:signoff} {S.l:signoff}\n{job}"],
    "qhead": ["W dniu {qdate} {Q} <{Q.e}> napisał(a):", "{Q} napisał(a) {qdate}:", "-----Wiadomość oryginalna-----\nOd: {Q:header} <{Q.e}>\nWysłano: {qdate}\nTemat: {subj}"],
    "fwd": "---------- Przekazana wiadomość ---------\nOd: {F:header} <{F.e}>\nData: {qdate}\nTemat: {subj}\nDo: {A:header} <{A.e}>",
    "fwd_intro": ["poniżej, czy mogą Państwo pomóc?", "do wiadomości, przesyłam zgodnie z ustaleniami.", "dostałem taki mail, nic z tego nie rozumiem."],
    "fwd_body": ["Dzień dobry {A.f:greeting}, przesyłki {tracking} nie udało się dziś doręczyć. Pozdrawiam, {F.f:signoff}", "{A.t:greeting}, w załączniku faktura {invoice} na {amount}. {F:signoff}"],
    "re": "Odp: ",
    "chat_cust": [
        "dzień dobry, tu {A.f:intro} – zamówienie {order} dalej nie doszło 😕", "jest na {A}", "mój mail to {A.e}", "GDZIE JEST MOJA PACZKA {tracking}",
        "ok dzięki 👍", "czy sąsiadka ({Cf.f:relation}) może podpisać? jestem w pracy do {time}", "mój numer {A.p} jak łatwiej",
        "to właściwie dla mamy, {Cf:relation}, mieszka: {C.addr}", "na fakturze {invoice} jest {amount} a mówili mniej??",
        "halo? jest ktoś", "super, do {date} 🙏", "sorki literówka – kod pocztowy {A.z}",
    ],
    "chat_agent": [
        "dzień dobry {A.f:greeting}! tu {T.f:intro} z {company} 👋 już sprawdzam", "dzięki {A.f:greeting}, jest: {tracking}, w doręczeniu {date}",
        "przekazałam sprawę – zajmie się {C.f:handover}, odezwie się przed {time}", "proszę potwierdzić kod pocztowy, mamy {A.z}",
        "załatwione ✅ sprawa {case}", "nie ma sprawy {A.f}. coś jeszcze?", "{product} znowu dostępny, {amount}",
        "potrzebuję jeszcze daty urodzenia do weryfikacji",
    ],
    "chat_team": [
        "@{U.f:mention} oddzwonisz? klient: {A}, {A.p}", "{A.l} znowu 🙄 3. raz w tym tygodniu", "@{U.n:mention} {product} – {A.f} – gotowe, {amount} zapłacone",
        "fyi {A.t} reklamuje fakturę {invoice}", "biorę 💪", "@{V.f:mention} ok zrobione, zgłoszenie {case} zamknięte",
        "POWIEDZCIE ŻE DZIŚ ZAMYKAMY O {time} – {A.l} 😂", "kto zastępuje jutro – {V.n}?", "{A.f} z {company} na linii do ciebie @{U.f:mention}",
        "haha nie, to był/była {C}, nie {A}",
    ],
}

TEMPLATES["pt"] = {
    "notes": [
        ("florist", "Ligou {A:intro} por causa de um {product} para dia {date}, cartão: «Parabéns {B.f}» – entregar na {A.addr} até às {time}"),
        ("florist", "{A.t:callback} voltou a ligar (3ª vez!!) encomenda {order} ainda não entregue, o estafeta {Bm} diz que não estava ninguém. Ligar p/ {A.p}"),
        ("dental", "Utente {A}, nasc. {A.b} – {product} a {date} às {time} c/ {B.t}, gabinete {room}. Prefere SMS p/ {A.p}"),
        ("dental", "{Af.t:callback} ligou de volta, {wd} não dá → passou p/ {date} {time}. O marido {Bm.f:relation} traz tb os miúdos"),
        ("bike", "Folha de obra {order}: {product} p/ revisão, cubo traseiro a estalar. Cliente {A}, levanta {date}. Passo a {B.f:handover}, amanhã não estou"),
        ("bike", "orçamento p/ {A.l}: {product} (ref. {sku}) + montagem = {amount}. Diz qq coisa até {date}"),
        ("logistics", "O motorista {Bm} informa: envio {tracking} recusado na {A.addr}. Destinatário {A.t} diz que não encomendou nada"),
        ("logistics", "Nova entrega {date} – dest. {A.l}, tlm. {A.p}, se não estiver deixar c/ a vizinha {Cf:relation} (n.º {n})"),
        ("utility", "Titular {A} (nasc. {A.b}) reclama da fatura {invoice} de {amount}, diz que a leitura do contador {meter} está errada. Processo {case}"),
        ("utility", "falei outra vez c/ {A.f:callback} sobre o débito direto – novo IBAN {A.i} a partir de {date}, mantém {product}"),
        ("utility", "Quem liga não é o titular: a filha {Bf:relation} liga pela mãe, {Af.t:relation}. Pedida autorização assinada, proc. {case}"),
        ("saas", "Ticket {case}: {A} ({company}) não consegue entrar desde a atualização {version}. Utilizador {A.u}, link de reposição enviado p/ {A.e}"),
        ("saas", "Olá {B.f:greeting}, podes pegar no {case}? {A} da {company} está à espera da correção da {version}, tel {A.p}"),
        ("hotel", "Hóspede {A.T} fez check-in {ts}, quarto {room}, {product} até {date}. Pede late check-out"),
        ("hotel", "{A} + namorada {Bf.f:relation} – aniversário de casamento, espumante no quarto {room} pf. Reserva {order}"),
        ("estate", "Visita ao {product} dia {date} às {time} c/ {A} e o irmão {Bm.f:relation}. Proposta prevista ~{amount}. Ref.ª {ref}"),
        ("estate", "O senhorio {Am.t} quer {amount} de renda a partir de {date}, inquilino {B} avisado por email ({B.e})"),
        ("vet", "Tutora {Af} c/ o Farrusco (labrador, 7 anos) – coxeia da pata traseira esq. Dado {product}. Controlo {date} {time}. Tlm {A.p}"),
        ("vet", "o gato de {A.f:possessive} tem de levar o reforço {product} a {date}, lembrete enviado p/ {A.e}"),
        ("shop", "{product} {A:after_product} – pago {amount} c/ multibanco, levanta na loja {date}, enc. n.º {order}"),
        ("shop", "cliente {A.lc} / {A.p} / quer o {product} em verde, EAN {ean}, disponível a {date}?"),
        ("generic", "{A} – {A.p} – {A.e}"),
        ("generic", "deixei mensagem no voicemail de {A.l:callback}, tento outra vez depois das {time}. {B.f:signoff}"),
        ("logistics", "Recolha na {company} às {time}, contacto no local {A} ({A.p}). 3 paletes, ref. {order}"),
        ("bike", "{A.n} (ou seja {A}) deixou a bicicleta do filho, {product}, pneus + pastilhas, orçamento {amount}, paga no levantamento"),
        ("dental", "Carta de lembrete devolvida – {A.t} já não mora na {A.s}, {A.z} {A.c}? ver c/ {B.f:handover} na receção"),
        ("generic", "segundo {B.f}: p/ {A.l} a entrega de {date} está ok, fatura p/ {company}, encomenda {order}"),
        ("utility", "Mudança de casa a {date} – {A}, nova morada {A.addr}, leitura final contador {meter}"),
        ("saas", "@{B.f:mention} fyi {A.u} voltou a passar o limite da API no {product}, log {ts}"),
        ("hotel", "Perdidos e achados: óculos no quarto {room}, são de {A.T} (saída {date}). Enviar p/ {A.addr}"),
        ("generic", "{A.l} {A.f} ou {A.f} {A.l}? nome ilegível no formulário – confirmar no próximo contacto, proc. {case}"),
        ("florist", "Coroa {product} da parte da família {A.l:relation}, fita: «Para sempre no nosso coração, {B.f} e {C.f}». Entregar na {company} a {date}"),
        ("vet", "O vizinho {Bm:relation} vem buscar o Tareco depois da cirurgia, {A} autorizou por telefone às {time}"),
        ("generic", "nasc. {A.b}, NIF {A.id}, morada {A.addr} – {A} – documentos seguem por correio"),
        ("generic", "Falei c/ {A.f:intro} da {company}: substitui {B:handover} como contacto, email {A.e}"),
        ("generic", "liguei 2x p/ {A.f:callback} sem resposta; mandei email p/ {A.e}; se ligar é por causa da fatura {invoice} ({amount}) – {B.f:signoff}"),
        ("logistics", "Falta comprovativo de entrega do {tracking}, assinado por «{C.l}»?? o cliente {A} diz que na {A.s} não mora ninguém com esse nome"),
        ("dental", "Novo utente: {A.lc}, {A.b}, {A.addr}, tlm {A.p}, referenciado por {B.t}"),
        ("hotel", "Walk-in {A.f} {A.l}, pagou {amount} em numerário p/ {product}, CC verificado, quarto {room}"),
        ("saas", "Renovação {company} – contacto {A} (resp. informática), orçamento c/ {B.t}; ainda na {version}, querem SSO"),
        ("bike", "atenção: quem vem buscar a bicicleta é o avô de {A.f:possessive} ({Bm:relation}), tem o talão {order}"),
        ("vet", "ligou {A.t}, o cão não come desde {wd}. Consulta {date} {time} c/ {B.t}. {A.p}"),
        ("florist", "casamento a {date}: noiva {Af}, bouquet {product} + 6 lapelas, sinal {amount} recebido, contacto {A.e} / {A.p}"),
    ],
    "mail_in": [
        ("florist", "Encomenda {order} – flores erradas", "encomendei o {product} para a minha mãe, {Bf:relation}, mas ela recebeu uma coisa completamente diferente. Podem resolver? Ela mora na {B.addr}."),
        ("bike", "reparação {order}", "a minha bicicleta já está pronta? Disseram-me {date}. Posso passar depois das {time}, senão vai buscá-la o meu companheiro {Bm.f:relation}."),
        ("utility", "Alteração de conta bancária", "a partir do próximo mês, por favor debitem na minha nova conta: {A.i}. Contrato {meter}, última fatura {invoice} ({amount})."),
        ("saas", "Exportação não funciona desde a {version}", "desde a atualização para a {version} a exportação CSV do {product} dá erro 500. Ticket {case}. O meu colega {Bm} ({B.e}) tem o mesmo problema."),
        ("hotel", "Reserva {order}", "chegamos a {date} por volta das {time}, 2 adultos. Seria possível um quarto sossegado? A reserva está em nome da minha mulher, {Bf:relation}."),
        ("dental", "Consulta de {date}", "infelizmente tenho de desmarcar a consulta de {date} c/ {C.t}. O meu filho {Bm.f:relation} tem consulta no mesmo dia, essa mantém-se."),
        ("estate", "Visita ref.ª {ref}", "conforme falei ontem com {B.f:callback}, gostaríamos de voltar a ver o {product}. Estou contactável no {A.p}. O nosso orçamento ronda os {amount}."),
        ("vet", "Lembrete de vacina", "obrigado pelo lembrete. O Bolinhas está marcado para {product} a {date}. A fatura em nome de {company}, ao cuidado de {A}."),
        ("logistics", "Envio {tracking}", "a minha encomenda {tracking} foi deixada com um vizinho que não conheço. No aviso diz «{C.l}» mas ninguém no prédio tem esse nome."),
        ("generic", "Fatura {invoice} cobrada duas vezes", "cobraram {amount} duas vezes pela fatura {invoice} (encomenda {order}). Por favor devolvam para {A.i}."),
        ("shop", "Pergunta sobre {product}", "o {product} (EAN {ean}) existe noutra cor? A minha amiga {Bf.f:relation} comprou o mesmo no ano passado."),
        ("dental", "Inscrição de novo utente", "gostaria de me inscrever na clínica: {A}, nasc. {A.b}, NIF {A.id}, morada {A.addr}, tlm {A.p}. Obrigado!"),
    ],
    "mail_out": [
        ("generic", "obrigado pela sua mensagem. Verifiquei a encomenda {order} – a entrega está prevista para {date}. Pode contactar-me diretamente pelo {S.p}."),
        ("bike", "a sua bicicleta está pronta e pode ser levantada a partir de {date}. Valor: {amount}, fatura {invoice} em anexo."),
        ("utility", "atualizámos os seus dados bancários. O próximo débito será a {date}. O seu processo: {case}."),
        ("saas", "o problema da {version} é conhecido, a correção chega com a {newversion}. A minha colega {Cf.f:handover} vai mantê-lo/a informado/a."),
        ("dental", "a sua consulta passou para {newdate} às {time} c/ {C.t}. A do seu filho mantém-se."),
        ("hotel", "registámos o pedido de quarto sossegado, a reserva {order} está confirmada para {date}. {C.f:handover} na receção terá a sua chave pronta."),
        ("logistics", "pedimos desculpa pelo envio {tracking}. O nosso motorista {Cm} vai buscar a encomenda ao vizinho e volta a entregar a {date}."),
        ("florist", "lamentamos imenso! Amanhã de manhã enviamos um {product} novo sem custos, e segue uma nota de crédito de {amount}."),
    ],
    "greet_cust": ["Caro/a {A.T:greeting},", "Olá {A.f:greeting},", "Bom dia, {A.t:greeting},", "Exmo./Exma. {A.T:greeting},", "Boa tarde {A.f:greeting},", "Olá {A:greeting}!"],
    "greet_staff": ["Olá {T.f:greeting},", "Bom dia {T.t:greeting},", "Exmos. Senhores,", "Bom dia,", "Boa tarde,", "Olá a todos,"],
    "close": ["Cumprimentos,", "Com os melhores cumprimentos,", "Obrigado,", "Atenciosamente,", "Obrigada desde já,", "Bjs"],
    "cust_sign": ["{S:signoff}", "{S.f:signoff}", "{S:signoff}\nTlm. {S.p}", "{S.f:signoff} ({S.e})", "{S:signoff}\n{S.addr}", "{S.f:signoff}\nEnviado do meu iPhone"],
    "staff_sign": ["{S:signoff}\n{job}\n{company}\nTel. {S.p}", "{S.f:signoff}\n{company} – {job}", "{S:signoff} | {job}\n{company}\n{S.e}", "{S.f:signoff} {S.l:signoff}\n{job}"],
    "qhead": ["Em {qdate}, {Q} <{Q.e}> escreveu:", "{Q} escreveu em {qdate}:", "-----Mensagem original-----\nDe: {Q:header} <{Q.e}>\nEnviada: {qdate}\nAssunto: {subj}"],
    "fwd": "---------- Mensagem encaminhada ---------\nDe: {F:header} <{F.e}>\nData: {qdate}\nAssunto: {subj}\nPara: {A:header} <{A.e}>",
    "fwd_intro": ["vejam abaixo, conseguem ajudar?", "para conhecimento, reencaminho conforme combinado.", "recebi este email, não percebo nada."],
    "fwd_body": ["Olá {A.f:greeting}, o envio {tracking} não pôde ser entregue hoje. Cumprimentos, {F.f:signoff}", "Caro/a {A.t:greeting}, segue em anexo a fatura {invoice} de {amount}. {F:signoff}"],
    "re": "RE: ",
    "chat_cust": [
        "olá, fala {A.f:intro} – a encomenda {order} ainda não chegou 😕", "está em nome de {A}", "o meu email é {A.e}", "ONDE ESTÁ A MINHA ENCOMENDA {tracking}",
        "ok obg 👍", "a minha vizinha {Cf.f:relation} pode assinar? estou a trabalhar até às {time}", "o meu número {A.p} se for mais fácil",
        "na verdade é p/ a minha mãe {Cf:relation}, mora na {C.addr}", "na fatura {invoice} aparece {amount} mas disseram-me menos??",
        "olá? está aí alguém", "ótimo, até {date} 🙏", "desculpe engano – código postal {A.z}",
    ],
    "chat_agent": [
        "olá {A.f:greeting}! fala {T.f:intro} da {company} 👋 vou verificar", "obrigado {A.f:greeting}, encontrei: {tracking}, em distribuição a {date}",
        "passei a {C.f:handover}, que lhe escreve antes das {time}", "pode confirmar o código postal? temos {A.z}",
        "resolvido ✅ processo {case}", "de nada {A.f}. mais alguma coisa?", "o {product} voltou ao stock, {amount}",
        "preciso da sua data de nascimento para confirmar, por favor",
    ],
    "chat_team": [
        "@{U.f:mention} podes ligar ao/à {A}? {A.p}", "{A.l} outra vez 🙄 3ª vez esta semana", "@{U.n:mention} o {product} de {A.f} está pronto, {amount} pago",
        "fyi {A.t} reclamou da fatura {invoice}", "fico eu 💪", "@{V.f:mention} ok feito, ticket {case} fechado",
        "DIGAM AO/À {A.l} QUE HOJE FECHAMOS ÀS {time} 😂", "quem substitui {V.n} amanhã?", "{A.f} da {company} ao telefone p/ ti @{U.f:mention}",
        "ahah não, esse era {C}, não {A}",
    ],
}
# fmt: on


# --- people ------------------------------------------------------------------------------------------


@dataclass
class Person:
    first: str
    last: str
    gender: str  # "f" | "m"
    source: str  # invented | mimesis | non_european
    lang: str
    nick: str | None
    email: str
    email_name: str | None  # the name words inside the e-mail's local part, as written there
    phone: str
    iban: str
    street: str
    street_src: str
    postcode: str
    city: str
    city_src: str
    dob: str
    nid: str
    username: str

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


NICK_SUFFIXES = {
    "en": ["y", "ie", "o", ""],
    "de": ["i", "le", ""],
    "fr": ["ou", "o", ""],
    "es": ["ito", "ita", "i", ""],
    "it": ["uccio", "etta", "ino", ""],
    "nl": ["tje", "je", "ie", ""],
    "pl": ["ek", "ka", "sia", ""],
    "pt": ["inho", "inha", "ita", ""],
}
CITY_SUFFIXES = {
    "en": ["ford", "bury", "ham", "ton", "wick", "by", "stead", "mouth", "field"],
    "de": ["hausen", "dorf", "feld", "ingen", "stedt", "bach", "rode", "heim"],
    "fr": ["ville", "court", "ac", "ières", "y", "on"],
    "es": ["ejo", "illa", "ares", "ena", "ín", "al"],
    "it": ["ano", "ello", "ate", "ino", "ola", "ago"],
    "nl": ["dorp", "wijk", "veen", "hoven", "broek", "kerk", "rade"],
    "pl": ["ów", "owo", "ice", "no", "awa", "ce"],
    "pt": ["elos", "ães", "inha", "al", "ido", "eira"],
}
ONSETS = [
    "Br",
    "Dr",
    "Fl",
    "Gl",
    "Kr",
    "Pl",
    "Tr",
    "Vr",
    "B",
    "D",
    "F",
    "G",
    "H",
    "K",
    "L",
    "M",
    "N",
    "P",
    "R",
    "S",
    "T",
    "V",
    "W",
    "Z",
    "Sk",
    "St",
    "Gr",
]
VOWELS = ["a", "e", "i", "o", "u", "ae", "ei", "ou"]
CODAS = ["l", "n", "r", "rn", "lt", "nd", "st", "rk", "m", "s", "ld", "lm", "rv"]

_DIGITS = "0123456789"
_UPPER = "ABCDEFGHJKLMNPRSTUVWXYZ"


# --- one record being written ------------------------------------------------------------------------

_SLOT = re.compile(r"\{(?:([A-Z])([fm]?)(?:\.([a-zA-Z]+))?|([a-z_]+))(?::([a-z_]+))?\}")
_IMPLIED_WAY = {"t": "honorific", "T": "honorific", "n": "nickname", "fs": "possessive"}
_NAME_FORMS = {"", "f", "l", "t", "T", "n", "fs", "lc", "lf"}
#: Business identifiers keep one value per record (a subject and its body name the same order).
_MEMO = {"order", "tracking", "case", "invoice", "ref", "meter", "sku", "ean", "product", "date", "version"}
_UTILITY_SLOT = {
    "product": "product",
    "order": "order_number",
    "tracking": "tracking_number",
    "case": "case_number",
    "invoice": "invoice_number",
    "sku": "sku",
    "ean": "ean",
    "version": "version",
    "newversion": "version",
    "newdate": "date",
    "amount": "amount",
    "ts": "timestamp",
    "time": "timestamp",
    "date": "date",
    "company": "company",
    "room": "other",
    "ref": "other",
    "meter": "other",
    "status": "status",
}
_MODE_CASE = {"title": "titlecase", "lower": "lower", "upper": "upper"}


def case_tag(value: str, mode: str) -> str:
    letters = [c for c in value if c.isalpha()]
    if not letters:
        return _MODE_CASE[mode]
    if all(c.islower() for c in letters):
        return "lower"
    if any(len(w) >= 2 and w.isupper() for w in name_tokens(value)):
        return "upper"
    return "titlecase"


class Rec:
    """One record: renders templates into its fields and keeps what it planted where."""

    def __init__(
        self, gen: Gen, lang: str, domain: str, mode: str, *, people: dict[str, Person] | None = None
    ):
        self.g = gen
        self.rng = gen.rng
        self.lang = lang
        self.domain = domain
        self.mode = mode
        self.people: dict[str, Person] = dict(people or {})
        self.planted: list[Planted] = []
        self.seen: dict[str, set[str]] = defaultdict(set)
        self.memo: dict[str, str] = {}
        self.typos = self.rng.random() < 0.3
        self.company = gen.company(lang, domain)
        self.mail_domain = gen.company_domain(self.company, lang)

    # people
    def person(self, key: str, gender: str = "") -> Person:
        """The record's person ``key``, made on first use with name words no other person here has."""
        if key not in self.people:
            staff = self.mail_domain if key in "TUV" else None
            taken = {w.casefold() for p in self.people.values() for w in (p.first, p.last, p.nick or "")}
            for _ in range(20):
                person = self.g.person(self.lang, gender=gender or None, mail_domain=staff)
                if not {w.casefold() for w in (person.first, person.last, person.nick or "")} & taken:
                    break
            self.people[key] = person
        return self.people[key]

    def plant(self, entity: str, value: str, fld: str, tags: list[str]) -> None:
        self.planted.append(Planted(entity, value, fld, tags))

    # rendering
    def render(
        self,
        template: str,
        fld: str,
        *,
        extra: tuple[str, ...] = (),
        mode: str | None = None,
        fill: dict[str, str] | None = None,
        shout_names: bool = True,
    ) -> str:
        mode = mode or self.mode
        out: list[str] = []
        pos = 0
        for m in _SLOT.finditer(template):
            out.append(self._prose(template[pos : m.start()], mode))
            key, gender, form, name, way = m.groups()
            if key:
                out.append(self._person_slot(key, gender, form or "", way, fld, extra, mode, shout_names))
            else:
                out.append(self._value_slot(name, fld, mode, fill or {}))
            pos = m.end()
        out.append(self._prose(template[pos:], mode))
        return "".join(out)

    def _prose(self, text: str, mode: str) -> str:
        if mode == "lower":
            text = lower(text)
        elif mode == "upper":
            text = text.upper()
        if self.typos and text:
            text = re.sub(r"[^\W\d_]{5,}", lambda m: self._typo(m.group()), text)
        return text

    def _typo(self, word: str) -> str:
        rng = self.rng
        if rng.random() > 0.06:
            return word
        i = rng.randrange(1, len(word) - 2)
        kind = rng.randrange(3)
        if kind == 0:
            return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        if kind == 1:
            return word[:i] + word[i + 1 :]
        return word[:i] + word[i] + word[i:]

    def _honorific(self, p: Person, mode: str) -> str:
        table = HONORIFICS[self.lang]
        pool = table["dr"] if self.rng.random() < 0.15 else table[p.gender]
        hon = self.rng.choice(pool)
        return lower(hon) if mode == "lower" else hon.upper() if mode == "upper" else hon

    def _person_slot(
        self,
        key: str,
        gender: str,
        form: str,
        way: str | None,
        fld: str,
        extra: tuple[str, ...],
        mode: str,
        shout_names: bool,
    ) -> str:
        p = self.person(key, gender)
        rng = self.rng
        if form in _NAME_FORMS:
            first, last, nick = p.first, p.last, p.nick or p.first
            if mode == "lower":
                first, last, nick = lower(first), lower(last), lower(nick)
            elif mode == "upper" or (shout_names and mode == "title" and rng.random() < 0.06):
                last = last.upper()
                if mode == "upper" or rng.random() < 0.5:
                    first, nick = first.upper(), nick.upper()
            prefix = ""
            if form == "":
                value = f"{first} {last}"
            elif form == "f":
                value = first
            elif form == "l":
                value = last
            elif form == "t":
                prefix, value = self._honorific(p, mode) + " ", last
            elif form == "T":
                prefix, value = self._honorific(p, mode) + " ", f"{first} {last}"
            elif form == "n":
                value = nick
            elif form == "lc":
                value = f"{last}, {first}"
            elif form == "lf":
                value = f"{last if mode == 'lower' else last.upper()} {first}"
            else:  # fs: a genitive the language writes onto the name
                value = first
                if self.lang in ("de", "nl") and first[-1:].lower() not in "sxzß":
                    if self.lang == "nl" and first[-1:].lower() in "aeiouy":
                        prefix, value = "", first  # Anna's: the apostrophe follows in the text
                        return self._plant_name(p, value, "possessive", fld, extra, mode) + "'s"
                    value = first + ("S" if first.isupper() else "s")
            implied = _IMPLIED_WAY.get(form)
            ways = [way or implied or "plain"]
            if implied and implied not in ways:
                ways.append(implied)
            return prefix + self._plant_name(p, value, ways, fld, extra, mode)
        lang_tag = f"lang:{self.lang}"
        if form == "e":
            email = p.email.upper() if mode == "upper" else p.email
            self.plant("EMAIL_ADDRESS", email, fld, [lang_tag, case_tag(email, mode), p.source, *extra])
            if p.email_name:
                local = p.email_name.upper() if mode == "upper" else p.email_name
                self._plant_name(p, local, ["email_local"], fld, extra, mode)
            return email
        if form == "u":
            user = p.username.upper() if mode == "upper" else p.username
            tags = [lang_tag, case_tag(user, mode), p.source, way or "plain", *extra]
            self._mark_repeat(user, fld, tags)
            self.plant("USERNAME", user, fld, tags)
            return user
        if form in ("s", "c", "addr"):
            street = lower(p.street) if mode == "lower" else p.street.upper() if mode == "upper" else p.street
            city = lower(p.city) if mode == "lower" else p.city.upper() if mode == "upper" else p.city
            if form in ("s", "addr"):
                self.plant(
                    "STREET_ADDRESS", street, fld, [lang_tag, case_tag(street, mode), p.street_src, *extra]
                )
            if form in ("c", "addr"):
                self.plant("CITY", city, fld, [lang_tag, case_tag(city, mode), p.city_src, *extra])
            if form == "addr":
                self.plant(
                    "POSTCODE", p.postcode, fld, [lang_tag, case_tag(p.postcode, mode), "invented", *extra]
                )
                if self.lang == "en":
                    return f"{street}, {city} {p.postcode}"
                return f"{street}, {p.postcode} {city}"
            return street if form == "s" else city
        entity, value = {
            "p": ("PHONE_NUMBER", p.phone),
            "i": ("IBAN_CODE", p.iban),
            "z": ("POSTCODE", p.postcode),
            "b": ("DATE_OF_BIRTH", p.dob),
            "id": ("NATIONAL_ID", p.nid),
        }[form]
        if mode == "lower" and entity == "DATE_OF_BIRTH":
            value = lower(value)
        self.plant(entity, value, fld, [lang_tag, case_tag(value, mode), "invented", *extra])
        return value

    def _mark_repeat(self, value: str, fld: str, tags: list[str]) -> None:
        tokens = {t.casefold() for t in name_tokens(value)}
        if tokens & self.seen[fld]:
            tags.append("repeat")
        self.seen[fld] |= tokens

    def _plant_name(
        self, p: Person, value: str, ways: list[str] | str, fld: str, extra: tuple[str, ...], mode: str
    ) -> str:
        ways = [ways] if isinstance(ways, str) else ways
        tags = [f"lang:{self.lang}", case_tag(value, mode), p.source, *ways, *extra]
        self._mark_repeat(value, fld, tags)
        self.plant("PERSON", value, fld, list(dict.fromkeys(tags)))
        return value

    def _value_slot(self, name: str, fld: str, mode: str, fill: dict[str, str]) -> str:
        if name in fill:
            return fill[name]
        rng = self.rng
        if name == "wd":
            day = rng.choice(WEEKDAYS[self.lang])
            return lower(day) if mode == "lower" else day.upper() if mode == "upper" else day
        if name == "n":
            return str(rng.randint(2, 48))
        if name == "job":
            job = rng.choice(JOBS[self.lang])
            return lower(job) if mode == "lower" else job
        if name == "qdate":
            return self.g.quote_date(self.lang)
        kind = _UTILITY_SLOT[name]
        if name in _MEMO and name in self.memo:
            value = self.memo[name]
        else:
            value = self.g.utility(name, self)
            if name in _MEMO:
                self.memo[name] = value
        if name in ("product", "company", "status"):
            value = lower(value) if mode == "lower" else value.upper() if mode == "upper" else value
        self.plant(f"utility:{kind}", value, fld, [f"lang:{self.lang}"])
        return value


# --- checks ------------------------------------------------------------------------------------------


def flatten(value: Any, path: str = "", out: dict[str, list[str]] | None = None) -> dict[str, list[str]]:
    """A JSON record's string leaves per key path (``a.b``, ``list[]``), as the scorer reads them."""
    out = defaultdict(list) if out is None else out
    if isinstance(value, str):
        out[path or "text"].append(value)
    elif isinstance(value, dict):
        for key, item in value.items():
            flatten(item, f"{path}.{key}" if path else str(key), out)
    elif isinstance(value, list):
        for item in value:
            flatten(item, f"{path}[]", out)
    return out


def problem(fields: dict[str, str], planted: list[Planted]) -> str | None:
    """Why a record's truth is unusable (never naming a value), or None when it is sound."""
    by_field: dict[str, list[Planted]] = defaultdict(list)
    for p in planted:
        if not p.value:
            return "empty value"
        if not (p.entity in PERSONAL_ENTITIES or (p.is_utility and p.entity[8:] in UTILITY_KINDS)):
            return f"unknown entity {p.entity}"
        by_field[p.field].append(p)
    person_tokens = {
        t.casefold() for p in planted if p.entity in ("PERSON", "USERNAME") for t in name_tokens(p.value)
    }
    for fld, text in fields.items():
        items = by_field.get(fld, [])
        for p in items:
            if p.value not in text:
                return f"{p.entity} not in its field {fld}"
        utilities = [p.value for p in items if p.is_utility]
        for p in items:
            if p.entity == "PERSON" and any(
                contains_word(u, t) for t in name_tokens(p.value) for u in utilities
            ):
                return f"a name word inside a utility value in {fld}"
        rest = text
        for value in sorted({p.value for p in items if not p.is_utility}, key=len, reverse=True):
            rest = rest.replace(value, " ")
        if any(contains_word(rest, t) for t in person_tokens):
            return f"a name word survives removal in {fld}"
    missing = set(by_field) - set(fields)
    return f"fields missing: {sorted(missing)}" if missing else None


# --- the generator -----------------------------------------------------------------------------------


class Gen:
    """Every random choice of one set, drawn from one seeded stream."""

    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.invented = {style: self._invent_style(style) for style in STYLES}
        self.places = {lang: self._places(lang) for lang in LANGS}
        self.serial = Counter()

    # names
    def _invent_style(self, style: str) -> dict[str, list[str]]:
        starts, m_ends, f_ends, roots, suffixes = STYLES[style]
        rng = self.rng
        pools: dict[str, list[str]] = {"f": [], "m": [], "l": []}
        for key, parts in (("f", (starts, f_ends)), ("m", (starts, m_ends)), ("l", (roots, suffixes))):
            seen: set[str] = set()
            for _ in range(600):
                word = rng.choice(parts[0]) + rng.choice(parts[1])
                if word not in seen and acceptable(word):
                    seen.add(word)
                    pools[key].append(word)
                if len(pools[key]) >= 45:
                    break
        return pools

    def _mimesis_pair(self, lang: str, source: str, gender: str) -> tuple[str, str]:
        rng = self.rng
        locales = MIMESIS_EU[lang] * 4 + MIMESIS_OTHER_EU if source == "mimesis" else MIMESIS_NON_EU
        for _ in range(50):
            locale = rng.choice(locales)
            names = mimesis_names(locale)
            if not names[gender]:
                continue
            surnames = names["l" + gender]
            if len(surnames) < 15:
                fallback = [
                    f
                    for f in SURNAME_FALLBACK.get(locale, ["it"])
                    if len(mimesis_names(f)["l" + gender]) >= 15
                ]
                if not fallback:
                    continue
                surnames = mimesis_names(rng.choice(fallback))["l" + gender]
            return rng.choice(names[gender]), rng.choice(surnames)
        raise RuntimeError("no mimesis names")

    def names(self, lang: str, gender: str, source: str) -> tuple[str, str]:
        if source != "invented":
            return self._mimesis_pair(lang, source, gender)
        styles = list(STYLES)
        weights = [6 if s == LOCAL_STYLE[lang] else 1 for s in styles]
        pool = self.invented[self.rng.choices(styles, weights)[0]]
        return self.rng.choice(pool[gender]), self.rng.choice(pool["l"])

    def person(
        self,
        lang: str,
        *,
        gender: str | None = None,
        mail_domain: str | None = None,
        source: str | None = None,
        names: tuple[str, str] | None = None,
    ) -> Person:
        rng = self.rng
        gender = gender or rng.choice("fm")
        if source is None:
            r = rng.random()
            source = "invented" if r < 0.42 else "mimesis" if r < 0.8 else "non_european"
        first, last = names or self.names(lang, gender, source)
        email, email_name = self._email(first, last, lang, mail_domain)
        street, street_src, city, city_src = self._address(lang)
        born = date(1940, 1, 1) + timedelta(days=rng.randrange(0, 67 * 365))
        country = HOME[lang] if rng.random() < 0.85 else rng.choice(NEIGHBOURS[lang])
        return Person(
            first=first,
            last=last,
            gender=gender,
            source=source,
            lang=lang,
            nick=self._nick(first, lang),
            email=email,
            email_name=email_name,
            phone=self.phone(HOME[lang] if rng.random() < 0.85 else rng.choice(NEIGHBOURS[lang])),
            iban=self.iban(country),
            street=street,
            street_src=street_src,
            postcode=self.postcode(lang),
            city=city,
            city_src=city_src,
            dob=self._dob_text(born, lang),
            nid=self.national_id(lang, born, gender),
            username=self._username(first, last),
        )

    def _nick(self, first: str, lang: str) -> str | None:
        cands = []
        for cut in (3, 4, 5):
            if len(first) <= cut:
                continue
            for suffix in NICK_SUFFIXES[lang]:
                cands.append(first[:cut] + suffix)
        if len(first) >= 4:
            cands.append(first[:2] + first[:2].lower())
        good = [c for c in dict.fromkeys(cands) if c.casefold() != first.casefold() and acceptable(c)]
        return self.rng.choice(good) if good else None

    def _email(self, first: str, last: str, lang: str, domain: str | None) -> tuple[str, str | None]:
        rng = self.rng
        f, s = (re.sub(r"[^a-z]", "", fold_ascii(x).lower()) for x in (first, last))
        yy = f"{rng.randint(60, 99)}" if rng.random() < 0.6 else f"{rng.randint(1, 23):02d}"
        if domain:
            patterns = [(f"{f}.{s}", f"{f}.{s}"), (f, f), (f"{f[0]}{s}", None), (f"{f}.{s[0]}", f)]
        else:
            patterns = [
                (f"{f}.{s}", f"{f}.{s}"),
                (f"{f}_{s}", f"{f}_{s}"),
                (f"{f}{s}", None),
                (f"{f[0]}.{s}", s),
                (f"{s}.{f}", f"{s}.{f}"),
                (f"{f}.{s}{yy}", f"{f}.{s}"),
                (f"{f}{yy}", f),
                (f"{s}{f[0]}", None),
                (f"{f}-{s}", f"{f}-{s}"),
            ]
            domain = rng.choice(WEBMAIL[lang])
        local, name = rng.choice(patterns)
        if name and not all(acceptable(w) for w in re.split(r"[._-]", name)):
            name = None  # folding turned a word into an ordinary one: plant the address alone
        return f"{local}@{domain}", name

    def _username(self, first: str, last: str) -> str:
        rng = self.rng
        f, s = (re.sub(r"[^a-z]", "", fold_ascii(x).lower()) for x in (first, last))
        n = rng.randint(1, 99)
        return rng.choice([f"{f}{s[:1]}{n}", f"{f[:1]}{s}{n}", f"{f}_{s}", f"{s}.{f}", f"{f}{s}{n}"])

    # places
    def _root(self) -> str:
        rng = self.rng
        word = rng.choice(ONSETS) + rng.choice(VOWELS) + rng.choice(CODAS)
        if rng.random() < 0.5:
            word += rng.choice(VOWELS) + rng.choice([*CODAS, ""])
        return word

    def _places(self, lang: str) -> dict[str, list[tuple[str, str]]]:
        data = mimesis_address(lang)
        streets = [(s, "mimesis") for s in data["street"]]
        cities = [(c, "mimesis") for c in data["city"]]
        made_streets: list[tuple[str, str]] = []
        made_cities: list[tuple[str, str]] = []
        for _ in range(900):
            root = self._root()
            if len(made_cities) < 80:
                city = root + self.rng.choice(CITY_SUFFIXES[lang])
                if acceptable(city):
                    made_cities.append((city, "invented"))
            if len(made_streets) < 80:
                name = root
                if lang == "de":
                    name = root + self.rng.choice(["straße", "weg", "gasse", "ring", "allee", "stieg"])
                elif lang == "nl":
                    name = root.lower().capitalize() + self.rng.choice(
                        ["straat", "laan", "weg", "gracht", "hof", "dijk"]
                    )
                if acceptable(name):
                    made_streets.append((name, "invented"))
        return {"street": streets + made_streets, "city": cities + made_cities, "made_city": made_cities}

    def _address(self, lang: str) -> tuple[str, str, str, str]:
        rng = self.rng
        places = self.places[lang]
        name, street_src = rng.choice(places["street"])
        nr = str(rng.randint(1, 180))
        if rng.random() < 0.12:
            nr += rng.choice("abAB")
        if lang == "en":
            street = f"{nr} {name} {rng.choice(['Road', 'Lane', 'Close', 'Street', 'Avenue', 'Mews', 'Way', 'Gardens'])}"
        elif lang == "de":
            street = f"{name} {nr}"
        elif lang == "fr":
            street = f"{nr} {rng.choice(['rue', 'avenue', 'allée', 'impasse', 'chemin', 'boulevard'])} {name}"
        elif lang == "es":
            street = f"{rng.choice(['Calle', 'C/', 'Avda.', 'Paseo', 'Camino'])} {name}, {nr}"
            if rng.random() < 0.4:
                street += f", {rng.randint(1, 8)}º {rng.choice('ABCD')}"
        elif lang == "it":
            street = f"{rng.choice(['Via', 'Viale', 'Vicolo', 'Piazza', 'Corso'])} {name} {nr}"
        elif lang == "nl":
            street = f"{name} {nr}" + (f"-{rng.randint(1, 3)}" if rng.random() < 0.1 else "")
        elif lang == "pl":
            street = f"ul. {name} {nr}" + (f"/{rng.randint(1, 60)}" if rng.random() < 0.5 else "")
        else:
            street = f"{rng.choice(['Rua', 'Travessa', 'Av.', 'Largo'])} {name}, {nr}"
            if rng.random() < 0.4:
                street += f", {rng.randint(1, 6)}.º {rng.choice(['Esq.', 'Dto.'])}"
        pool = places["city"] if rng.random() < 0.5 or lang in ("es", "it", "pt") else places["made_city"]
        city, city_src = rng.choice(pool or places["city"])
        return street, street_src, city, city_src

    def postcode(self, lang: str) -> str:
        rng = self.rng
        d = self.digits
        if lang == "en":
            a = rng.choice(["LS", "BS", "NE", "CF", "EH", "SW", "NW", "M", "B", "G", "OX", "YO"])
            return f"{a}{rng.randint(1, 19)} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        if lang == "nl":
            return f"{rng.randint(1000, 9999)} {rng.choice('BCDEGHJKLMNPRTVWXZ')}{rng.choice('ABCEGHJKLMNPRTVWXZ')}"
        if lang == "pl":
            return f"{d(2)}-{d(3)}"
        if lang == "pt":
            return f"{rng.randint(1000, 9999)}-{d(3)}"
        if lang in ("fr", "es"):
            return f"{rng.randint(1, 52 if lang == 'es' else 95):02d}{d(3)}"
        return f"{rng.randint(1067, 99998):05d}"

    # numbers
    def digits(self, n: int) -> str:
        return "".join(self.rng.choice(_DIGITS) for _ in range(n))

    def letters(self, n: int) -> str:
        return "".join(self.rng.choice(_UPPER) for _ in range(n))

    def phone(self, country: str) -> str:
        rng = self.rng
        d = self.digits
        intl = rng.random() < 0.45
        if country == "GB":
            if rng.random() < 0.7:
                n = f"7{d(3)} {d(6)}"
            else:
                area = rng.choice(["20", "161", "113", "117", "131"])
                n = f"{area} {d(4)} {d(4)}" if area == "20" else f"{area} {d(3)} {d(4)}"
            return f"+44 {n}" if intl else f"0{n}"
        if country == "IE":
            n = f"8{rng.choice('35679')} {d(3)} {d(4)}"
            return f"+353 {n}" if intl else f"0{n}"
        if country == "DE":
            pre = rng.choice(
                ["151", "152", "157", "160", "170", "171", "176", "177", "30", "40", "89", "221", "711"]
            )
            num = d(7 if len(pre) == 3 else 8)
            if intl:
                return rng.choice([f"+49 {pre} {num}", f"+49 (0){pre} {num}", f"0049 {pre} {num}"])
            return rng.choice([f"0{pre} {num}", f"0{pre}-{num}", f"0{pre}/{num}"])
        if country == "AT":
            return f"+43 664 {d(7)}" if intl else f"0664 {d(7)}"
        if country == "FR":
            first = rng.choice("6671234")
            groups = [d(2) for _ in range(4)]
            if intl:
                return rng.choice([f"+33 {first} {' '.join(groups)}", f"+33 (0){first} {' '.join(groups)}"])
            return rng.choice(
                [f"0{first} {' '.join(groups)}", f"0{first}.{'.'.join(groups)}", f"0{first}{''.join(groups)}"]
            )
        if country == "BE":
            n = f"4{rng.choice('7789')}{d(1)} {d(2)} {d(2)} {d(2)}"
            return f"+32 {n}" if intl else f"0{n}"
        if country == "ES":
            n = rng.choice(
                [f"6{d(2)} {d(3)} {d(3)}", f"6{d(2)} {d(2)} {d(2)} {d(2)}", f"91 {d(3)} {d(2)} {d(2)}"]
            )
            return f"+34 {n}" if intl else rng.choice([n, n.replace(" ", "")])
        if country == "IT":
            n = rng.choice(
                [f"3{d(2)} {d(3)} {d(4)}", f"3{d(2)} {d(7)}", f"02 {d(4)} {d(4)}", f"06 {d(4)} {d(4)}"]
            )
            return f"+39 {n}" if intl else n
        if country == "NL":
            if intl:
                return rng.choice([f"+31 6 {d(8)}", f"+31 (0)6 {d(4)} {d(4)}", f"+31 20 {d(3)} {d(4)}"])
            return rng.choice([f"06-{d(8)}", f"06 {d(2)} {d(2)} {d(2)} {d(2)}", f"020-{d(3)} {d(4)}"])
        if country == "PL":
            n = f"{rng.choice('5678')}{d(2)} {d(3)} {d(3)}"
            return f"+48 {n}" if intl else rng.choice([n, n.replace(" ", "-")])
        if country == "PT":
            n = rng.choice([f"9{rng.choice('1236')}{d(1)} {d(3)} {d(3)}", f"21 {d(3)} {d(4)}"])
            return f"+351 {n}" if intl else n
        n = f"{rng.choice('67')}{d(2)} {d(3)} {d(3)}"  # CZ
        return f"+420 {n}" if intl else n

    def iban(self, country: str) -> str:
        from stdnum import iban

        rng = self.rng
        d = self.digits
        bban = {
            "GB": lambda: self.letters(4) + d(14),
            "IE": lambda: self.letters(4) + d(14),
            "DE": lambda: d(18),
            "AT": lambda: d(16),
            "FR": lambda: d(23),
            "BE": lambda: d(12),
            "ES": lambda: d(20),
            "IT": lambda: self.letters(1) + d(22),
            "NL": lambda: (
                rng.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "KNAB", "BUNQ", "ASNB"]) + d(10)
            ),
            "PL": lambda: d(24),
            "PT": lambda: d(21),
            "CZ": lambda: d(20),
        }[country]
        for _ in range(2000):
            body = bban()
            number = country + iban.calc_check_digits(country + "00" + body) + body
            if iban.is_valid(number):
                return iban.format(number) if rng.random() < 0.6 else number
        raise RuntimeError(f"no valid IBAN for {country}")

    def national_id(self, lang: str, born: date, gender: str) -> str:
        rng = self.rng
        d = self.digits
        for _ in range(3000):
            if lang == "en":
                from stdnum.gb import nhs

                n = str(rng.randint(1, 9)) + d(9)
                if nhs.is_valid(n):
                    return f"{n[:3]} {n[3:6]} {n[6:]}" if rng.random() < 0.7 else n
            elif lang == "de":
                from stdnum.de import idnr

                n = str(rng.randint(1, 9)) + d(10)
                if idnr.is_valid(n):
                    return idnr.format(n) if rng.random() < 0.5 else n
            elif lang == "fr":
                from stdnum.fr import nir

                dept = rng.choice([x for x in range(1, 96) if x != 20])
                base = f"{2 if gender == 'f' else 1}{born:%y%m}{dept:02d}{d(3)}{d(3)}"
                key = 97 - int(base) % 97
                n = base + f"{key:02d}"
                if nir.is_valid(n):
                    return (
                        f"{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:]}"
                        if rng.random() < 0.6
                        else n
                    )
            elif lang == "es":
                from stdnum.es import dni

                n = d(8)
                n += dni.calc_check_digit(n)
                return n if rng.random() < 0.7 else f"{n[:8]}-{n[8]}"
            elif lang == "it":
                from stdnum.it import codicefiscale

                day = born.day + (40 if gender == "f" else 0)
                body = f"{self.letters(6)}{born:%y}{'ABCDEHLMPRST'[born.month - 1]}{day:02d}{rng.choice('ABCDEFGHLM')}{d(3)}"
                n = body + codicefiscale.calc_check_digit(body)
                if codicefiscale.is_valid(n):
                    return n
            elif lang == "nl":
                from stdnum.nl import bsn

                n = d(9)
                if n[0] != "0" and bsn.is_valid(n):
                    return n if rng.random() < 0.7 else f"{n[:4]}.{n[4:6]}.{n[6:]}"
            elif lang == "pl":
                from stdnum.pl import pesel

                month = born.month + (20 if born.year >= 2000 else 0)
                body = (
                    f"{born:%y}{month:02d}{born:%d}{d(3)}{rng.choice('02468' if gender == 'f' else '13579')}"
                )
                n = body + pesel.calc_check_digit(body)
                if pesel.is_valid(n):
                    return n
            else:
                from stdnum.pt import nif

                n = rng.choice("123") + d(8)
                if nif.is_valid(n):
                    return n if rng.random() < 0.7 else f"{n[:3]} {n[3:6]} {n[6:]}"
        raise RuntimeError(f"no valid national ID for {lang}")

    # dates
    def _dob_text(self, born: date, lang: str) -> str:
        rng = self.rng
        month = MONTHS[lang][born.month - 1]
        forms = {
            "en": [f"{born:%d/%m/%Y}", f"{born.day} {month} {born.year}", born.isoformat()],
            "de": [f"{born:%d.%m.%Y}", f"{born.day}. {month} {born.year}", f"{born:%d.%m.%Y}"],
            "fr": [f"{born:%d/%m/%Y}", f"{born.day} {month} {born.year}"],
            "es": [f"{born:%d/%m/%Y}", f"{born:%d-%m-%Y}", f"{born.day} de {month} de {born.year}"],
            "it": [f"{born:%d/%m/%Y}", f"{born.day} {month} {born.year}", f"{born:%d.%m.%Y}"],
            "nl": [f"{born:%d-%m-%Y}", f"{born.day} {month} {born.year}"],
            "pl": [f"{born:%d.%m.%Y}", f"{born.day} {month} {born.year}", f"{born:%d.%m.%Y} r."],
            "pt": [f"{born:%d/%m/%Y}", f"{born.day} de {month} de {born.year}", f"{born:%d-%m-%Y}"],
        }[lang]
        return rng.choice(forms).removesuffix(" r.")

    def _day(self) -> datetime:
        start = datetime(2023, 1, 2, 7, 0, tzinfo=UTC)
        return start + timedelta(days=self.rng.randrange(0, 1050), minutes=self.rng.randrange(0, 12 * 60))

    def date_text(self, lang: str) -> str:
        day = self._day()
        month = MONTHS[lang][day.month - 1]
        forms = {
            "en": [
                f"{day:%d/%m/%Y}",
                f"{day.day} {month[:3]} {day.year}",
                f"{month} {day.day}",
                f"{day:%Y-%m-%d}",
                f"{day.day}/{day.month}",
            ],
            "de": [f"{day:%d.%m.%Y}", f"{day.day}.{day.month}.", f"{day.day}. {month}", f"{day:%d.%m.%y}"],
            "fr": [f"{day:%d/%m/%Y}", f"{day.day} {month}", f"{day:%d/%m}"],
            "es": [f"{day:%d/%m/%Y}", f"{day.day} de {month}", f"{day:%d-%m-%y}"],
            "it": [f"{day:%d/%m/%Y}", f"{day.day} {month}", f"{day:%d.%m}"],
            "nl": [f"{day:%d-%m-%Y}", f"{day.day} {month}", f"{day.day}/{day.month}"],
            "pl": [f"{day:%d.%m.%Y}", f"{day.day} {month}", f"{day:%d.%m}"],
            "pt": [f"{day:%d/%m/%Y}", f"{day.day} de {month}", f"{day:%d-%m-%Y}"],
        }[lang]
        return self.rng.choice(forms)

    def timestamp(self, lang: str) -> str:
        day = self._day()
        local = {
            "en": [f"{day:%Y-%m-%d %H:%M}", f"{day:%d/%m/%Y %H:%M}"],
            "de": [f"{day:%d.%m.%Y %H:%M}", f"{day:%d.%m.%Y, %H:%M}"],
            "fr": [f"{day:%d/%m/%Y %H:%M}", f"{day:%d/%m/%Y %Hh%M}"],
            "es": [f"{day:%d/%m/%Y %H:%M}"],
            "it": [f"{day:%d/%m/%Y %H:%M}", f"{day:%d/%m/%Y ore %H:%M}"],
            "nl": [f"{day:%d-%m-%Y %H:%M}"],
            "pl": [f"{day:%d.%m.%Y %H:%M}"],
            "pt": [f"{day:%d/%m/%Y %H:%M}", f"{day:%d/%m/%Y %Hh%M}"],
        }[lang]
        return self.rng.choice([*local, *local, f"{day:%Y-%m-%dT%H:%M:%S}Z", f"{day:%Y-%m-%d %H:%M:%S}"])

    def time_text(self, lang: str) -> str:
        rng = self.rng
        hour, minute = rng.randint(8, 18), rng.choice([0, 0, 15, 30, 30, 45])
        if lang == "en":
            return rng.choice(
                [f"{hour}:{minute:02d}", f"{hour % 12 or 12}.{minute:02d}{'pm' if hour >= 12 else 'am'}"]
            )
        if lang in ("fr", "pt"):
            return rng.choice([f"{hour}h{minute:02d}" if minute else f"{hour}h", f"{hour}:{minute:02d}"])
        return rng.choice([f"{hour}:{minute:02d}", f"{hour}.{minute:02d}"])

    def quote_date(self, lang: str) -> str:
        day = self._day()
        wd = WEEKDAYS[lang][day.weekday() % 6]
        month = MONTHS[lang][day.month - 1]
        return {
            "en": f"{wd[:3]}, {day.day} {month[:3]} {day.year} at {day:%H:%M}",
            "de": f"{day:%d.%m.%Y} um {day:%H:%M}",
            "fr": f"{wd[:3]}. {day.day} {month} {day.year} à {day:%H:%M}",
            "es": f"{wd[:3]}, {day.day} {month[:3]} {day.year} a las {day:%H:%M}",
            "it": f"{wd[:3]} {day.day} {month[:3]} {day.year} alle ore {day:%H:%M}",
            "nl": f"{wd[:2]} {day.day} {month[:3]}. {day.year} om {day:%H:%M}",
            "pl": f"{day:%d.%m.%Y} o {day:%H:%M}",
            "pt": f"{wd[:3]}., {day.day} de {month[:3]}. de {day.year} às {day:%H:%M}",
        }[lang]

    # business values
    def company(self, lang: str, domain: str) -> str:
        stems = COMPANY_STEMS[lang]
        stem = self.rng.choice(stems.get(domain, stems["generic"]))
        if domain == "hotel" and self.rng.random() < 0.5:
            return stem
        return f"{stem} {self.rng.choice(LEGAL_FORMS[lang])}"

    def company_domain(self, company: str, lang: str) -> str:
        stem = company
        for form in sorted(LEGAL_FORMS[lang], key=len, reverse=True):
            stem = stem.removesuffix(" " + form)
        slug = re.sub(r"[^a-z0-9]+", "-", fold_ascii(stem).lower()).strip("-")
        return f"{slug}.{TLD[lang]}"

    def amount(self, lang: str) -> str:
        rng = self.rng
        whole = int(rng.choice([rng.uniform(4, 160), rng.uniform(160, 4800)]))
        cents = rng.choice([0, 0, 50, 90, 95, 99, rng.randint(1, 98)])

        def group(n: int, sep: str) -> str:
            return f"{n:,}".replace(",", sep)

        if lang == "en":
            money = f"{group(whole, ',')}.{cents:02d}"
            return rng.choice([f"£{money}", f"€{money}", f"EUR {money}", f"£{whole}"])
        if lang == "fr":
            return rng.choice(
                [
                    f"{group(whole, ' ')},{cents:02d} €",
                    f"{group(whole, chr(0x202F))},{cents:02d} €",
                    f"{whole} €",
                ]
            )
        if lang == "pl":
            return rng.choice(
                [f"{group(whole, ' ')},{cents:02d} zł", f"PLN {group(whole, ' ')},{cents:02d}", f"{whole} zł"]
            )
        money = f"{group(whole, '.')},{cents:02d}"
        forms = [f"{money} €", f"€ {money}", f"{money} EUR", f"EUR {money}"]
        if lang == "de":
            forms.append(f"{whole},- €")
        if lang == "nl":
            forms.append(f"€{whole},-")
        return rng.choice(forms)

    def ean(self, lang: str) -> str:
        prefix = {
            "en": "50",
            "de": "40",
            "fr": "30",
            "es": "84",
            "it": "80",
            "nl": "87",
            "pl": "590",
            "pt": "560",
        }[lang]
        body = prefix + self.digits(12 - len(prefix))
        check = (10 - sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body)) % 10) % 10
        return body + str(check)

    def utility(self, name: str, rec: Rec) -> str:
        rng = self.rng
        lang = rec.lang
        d = self.digits
        year = rng.choice(["2023", "2024", "2025"])
        if name == "product":
            domain = rec.domain if rec.domain in PRODUCTS else rng.choice(DOMAINS)
            local = LOCAL_PRODUCTS[lang].get(domain, [])
            return rng.choice(local if local and rng.random() < 0.45 else PRODUCTS[domain])
        if name == "company":
            return rec.company
        if name == "order":
            pre = {
                "en": "ORD",
                "de": "BE",
                "fr": "CMD",
                "es": "PED",
                "it": "ORD",
                "nl": "BST",
                "pl": "ZAM",
                "pt": "ENC",
            }[lang]
            return rng.choice(
                [
                    d(rng.randint(8, 12)),
                    f"{pre}-{year}-{d(5)}",
                    f"SO{d(6)}",
                    f"{pre}{d(7)}",
                    f"{self.letters(2)}{d(7)}",
                    f"{year}/{d(5)}",
                    f"W{d(4)}-{d(3)}",
                    str(rng.randint(10**7, 10**10)),
                ]
            )
        if name == "tracking":
            return rng.choice(
                [
                    f"00340434{d(12)}",
                    f"1Z{self.letters(3)}{d(3)}{self.letters(2)}{d(8)}",
                    f"RR{d(9)}{HOME[lang]}",
                    f"3S{self.letters(4)}{d(7)}",
                    d(12),
                    f"JD{d(16)}",
                    f"CX{d(9)}{HOME[lang]}",
                ]
            )
        if name == "case":
            pre = {
                "en": "CASE",
                "de": "VG",
                "fr": "DOS",
                "es": "EXP",
                "it": "PR",
                "nl": "ZK",
                "pl": "SPR",
                "pt": "PROC",
            }[lang]
            return rng.choice(
                [
                    f"CS-{d(5)}",
                    f"INC{d(7)}",
                    f"{year}/{d(4)}",
                    f"SR-{d(6)}",
                    f"{pre}-{d(6)}",
                    f"#{d(5)}",
                    d(9),
                ]
            )
        if name == "invoice":
            local = {
                "en": f"INV-{d(5)}",
                "de": f"RE-{year}-{d(4)}",
                "fr": f"FA{year[2:]}{rng.randint(1, 12):02d}-{d(4)}",
                "es": f"F-{d(6)}",
                "it": f"FT{year}/{d(4)}",
                "nl": f"F{year}-{d(5)}",
                "pl": f"FV/{year}/{rng.randint(1, 12):02d}/{d(3)}",
                "pt": f"FT {year}A1/{d(4)}",
            }[lang]
            return rng.choice([local, local, f"{year}{d(5)}", d(10), f"R{d(8)}"])
        if name == "sku":
            return rng.choice(
                [
                    f"{self.letters(3)}-{self.letters(3)}-{d(3)}-{self.letters(2)}",
                    f"{self.letters(2)}{d(4)}-{self.letters(2)}",
                    f"{self.letters(1)}{d(5)}",
                    f"{self.letters(3)}{d(3)}/{d(2)}",
                ]
            )
        if name == "ean":
            return self.ean(lang)
        if name in ("version", "newversion"):
            a, b, c = rng.randint(1, 14), rng.randint(0, 24), rng.randint(0, 30)
            return rng.choice(
                [
                    f"v{a}.{b}.{c}",
                    f"{a}.{b}.{c}",
                    f"{a}.{b}.{c}-beta.{rng.randint(1, 9)}",
                    f"{year}.{rng.randint(1, 12)}.{c}",
                    f"{a}.{b}.{c}.{rng.randint(1000, 9999)}",
                    f"{a}.{b}",
                ]
            )
        if name == "amount":
            return self.amount(lang)
        if name == "ts":
            return self.timestamp(lang)
        if name in ("date", "newdate"):
            return self.date_text(lang)
        if name == "time":
            return self.time_text(lang)
        if name == "room":
            return rng.choice(
                [
                    str(rng.randint(101, 540)),
                    f"{rng.randint(1, 4)}.{rng.randint(1, 30):02d}",
                    f"B-{rng.randint(1, 20):02d}",
                ]
            )
        if name == "ref":
            return rng.choice(
                [f"OBJ-{year}-{d(3)}", f"{d(4)}-{self.letters(2)}", f"REF{d(5)}", f"{self.letters(1)}{d(4)}"]
            )
        if name == "meter":
            return {
                "en": rng.choice([d(13), f"E{d(2)}Z{d(6)}"]),
                "de": f"1ESY{d(10)}",
                "fr": d(14),
                "es": f"ES0021{d(12)}{self.letters(2)}",
                "it": f"IT001E{d(8)}",
                "nl": f"8716{d(14)}",
                "pl": f"590{d(15)}",
                "pt": f"PT0002{d(12)}{self.letters(2)}",
            }[lang]
        if name == "status":
            return rng.choice(STATUSES[lang])
        raise KeyError(name)

    # --- records -------------------------------------------------------------------------------------

    def attempt(self, build: Any, what: str) -> tuple[Any, list[Planted]]:
        """Build a record until its truth is sound (a name may collide with a word of the text)."""
        for _ in range(60):
            obj, fields, planted = build()
            if problem(fields, planted) is None:
                return obj, planted
        raise RuntimeError(f"could not build a sound {what} record")

    def canaries(self, langs: list[str]) -> list[Person]:
        firsts = ["Quor", "Zyl", "Vex", "Thra", "Myrl", "Oxen", "Yzer", "Brav"]
        first_ends = ["vanya", "thiel", "morrow", "quist", "ellion", "dora"]
        lasts = ["Vandr", "Quel", "Xor", "Zimb", "Grav"]
        last_ends = ["ockstrand", "ithwaite", "avelli", "ensko", "umbrecht"]
        people: list[Person] = []
        used: set[str] = set()
        for lang in langs:
            while True:
                first = self.rng.choice(firsts) + self.rng.choice(first_ends)
                last = self.rng.choice(lasts) + self.rng.choice(last_ends)
                if not {first, last} & used and acceptable(first) and acceptable(last):
                    break
            used |= {first, last}
            person = self.person(lang, source="invented", names=(first, last))
            local = f"{first.lower()}.{last.lower()}"
            person.email, person.email_name = f"{local}@{self.rng.choice(WEBMAIL[lang])}", local
            people.append(person)
        return people

    def note(
        self,
        lang: str,
        fld: str = "text",
        *,
        domains: tuple[str, ...] | None = None,
        people: dict[str, Person] | None = None,
        canary: Person | None = None,
        rec: Rec | None = None,
    ) -> tuple[str, list[Planted]]:
        pool = [t for t in TEMPLATES[lang]["notes"] if domains is None or t[0] in domains]

        def build() -> tuple[str, dict[str, str], list[Planted]]:
            domain, template = ("generic", "{A} – {A.p} – {A.e}") if canary else self.rng.choice(pool)
            mode = "lower" if self.rng.random() < 0.4 and not canary else "title"
            record = Rec(self, lang, domain, mode, people={"A": canary} if canary else people)
            text = record.render(template, fld, shout_names=not canary)
            return text, {fld: text}, record.planted

        return self.attempt(build, "note")

    def notes_file(self, out_dir: Path, lang: str, n: int, canary: Person | None) -> FileSet:
        rng = self.rng
        lines: list[str] = []
        records: list[list[Planted]] = []
        canary_at = n // 3 if canary else -1
        done = 0
        while done < n:
            if lines:
                lines.append("")
                records.append([])
            if rng.random() < 0.35:
                header = rng.choice(["--- {date} ---", "## {date}", "=== {date} ===", "{date}:"])
                rec = Rec(self, lang, "generic", "title")
                lines.append(rec.render(header, "text"))
                records.append(rec.planted)
            for _ in range(rng.randint(3, 7)):
                if done >= n:
                    break
                text, planted = self.note(lang, canary=canary if done == canary_at else None)
                lines.append(text)
                records.append(planted)
                done += 1
        path = out_dir / f"notes_{lang}.txt"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return FileSet(
            name=f"notes_{lang}",
            path=path.name,
            fmt="txt",
            kind="text",
            language=lang,
            records=records,
            canaries=[canary.full, canary.email] if canary else [],
            guided_fixes=True,
            notes="CRM and case notes of small businesses, one note a line, blank lines between groups",
        )

    def _inbound(self, rec: Rec, body: str, fld: str, extra: tuple[str, ...] = ()) -> str:
        t = TEMPLATES[rec.lang]
        rng = self.rng
        rec.people["S"] = rec.person("A")
        greet = rec.render(rng.choice(t["greet_staff"]), fld, extra=extra)
        core = rec.render(body, fld, extra=extra)
        close = rec.render(rng.choice(t["close"]), fld, extra=extra)
        sign = rec.render(rng.choice(t["cust_sign"]), fld, extra=extra)
        return f"{greet}\n\n{core}\n\n{close}\n{sign}"

    def _outbound(self, rec: Rec, fld: str, quote: str | None, subject: str) -> str:
        t = TEMPLATES[rec.lang]
        rng = self.rng
        rec.people["S"] = rec.person("T")
        rec.people["Q"] = rec.person("A")
        cores = [body for domain, body in t["mail_out"] if domain in (rec.domain, "generic")]
        greet = rec.render(rng.choice(t["greet_cust"]), fld)
        core = rec.render(rng.choice(cores), fld)
        close = rec.render(rng.choice(t["close"]), fld)
        sign = rec.render(rng.choice(t["staff_sign"]), fld)
        text = f"{greet}\n\n{core}\n\n{close}\n{sign}"
        if quote is not None:
            head = rec.render(rng.choice(t["qhead"]), fld, extra=("quoted",), fill={"subj": subject})
            text += (
                "\n\n" + head + "\n" + "\n".join("> " + line if line else ">" for line in quote.split("\n"))
            )
        return text

    def _forward(self, rec: Rec, fld: str, subject: str) -> str:
        t = TEMPLATES[rec.lang]
        block = rec.render(t["fwd"], fld, fill={"subj": subject}, mode="title", shout_names=False)
        body = rec.render(self.rng.choice(t["fwd_body"]), fld)
        return f"{block}\n\n{body}"

    def mail(self, lang: str, index: int, canary: Person | None) -> tuple[dict[str, Any], list[Planted]]:
        t = TEMPLATES[lang]

        def build() -> tuple[dict[str, Any], dict[str, str], list[Planted]]:
            rng = self.rng
            domain, subject_t, body_t = rng.choice(t["mail_in"])
            mode = "lower" if rng.random() < 0.33 else "title"
            rec = Rec(self, lang, domain, mode, people={"A": canary} if canary else None)
            shape = "flat" if canary else rng.choice(["flat", "flat", "nested", "helpdesk"])
            inbound = canary is not None or rng.random() < 0.5
            sub_mode = "title" if rng.random() < 0.6 else mode
            nested = shape == "nested"
            f_subject, f_body, f_from = (
                ("messages[].subject", "messages[].body", "messages[].from")
                if nested
                else ("subject", "body", "from")
            )
            subject = rec.render(subject_t, f_subject, mode=sub_mode, shout_names=False)
            from_forms = ["{S:header} <{S.e}>", '"{S.lc:header}" <{S.e}>', "{S.e}"]
            if canary:
                from_forms = ["{S:header} <{S.e}>"]
            mailbox = f"{rng.choice(['info', 'service', 'contact', 'hello', 'office'])}@{rec.mail_domain}"
            if inbound:
                body = self._inbound(rec, body_t, f_body)
                if rng.random() < 0.2:
                    intro = rec.render(rng.choice(t["fwd_intro"]), f_body)
                    body = (
                        body.replace("\n\n", f"\n\n{intro}\n\n", 1)
                        + "\n\n"
                        + self._forward(rec, f_body, subject)
                    )
                sender = rec.render(rng.choice(from_forms), f_from, mode="title", shout_names=False)
                to = mailbox
                out_subject = subject
            else:
                quote = None
                if rng.random() < 0.6:
                    quote = self._inbound(rec, body_t, f_body, extra=("quoted",))
                    quote = quote.replace(subject, subject)  # same record, same values
                body = self._outbound(rec, f_body, quote, subject)
                sender = rec.render(rng.choice(from_forms), f_from, mode="title", shout_names=False)
                out_subject = t["re"] + subject
                to = None
            if shape == "flat":
                obj: dict[str, Any] = {"ticket": rec.render("{case}", "ticket")}
                obj["subject"] = out_subject
                obj["from"] = sender
                obj["to"] = to or rec.render(
                    rng.choice(["{A:header} <{A.e}>", "{A.e}"]), "to", mode="title", shout_names=False
                )
                obj["date"] = rec.render("{ts}", "date")
                obj["body"] = body
                thread = []
                if not inbound and rng.random() < 0.5:
                    rec.people["S"] = rec.person("A")
                    head = rec.render(
                        FROM_LABEL[lang] + " {S:header} <{S.e}>",
                        "thread[]",
                        extra=("quoted",),
                        mode="title",
                        shout_names=False,
                    )
                    earlier = self._inbound(rec, rng.choice(t["mail_in"])[2], "thread[]", extra=("quoted",))
                    thread.append(f"{head}\n{self.quote_date(lang)}\n\n{earlier}")
                obj["thread"] = thread
            elif shape == "nested":
                name = rec.render(
                    rng.choice(["{A}", "{A.lc}"]), "customer.name", mode="title", shout_names=False
                )
                email = rec.render("{A.e}", "customer.email", mode="title")
                messages = [
                    {
                        "from": sender,
                        "sent": rec.render("{ts}", "messages[].sent"),
                        "subject": out_subject,
                        "body": body,
                    }
                ]
                if inbound and rng.random() < 0.6:
                    reply_subject = t["re"] + rec.render(
                        subject_t, f_subject, mode=sub_mode, shout_names=False
                    )
                    reply = self._outbound(rec, f_body, None, subject)
                    reply_from = rec.render("{S:header} <{S.e}>", f_from, mode="title", shout_names=False)
                    messages.append(
                        {
                            "from": reply_from,
                            "sent": rec.render("{ts}", "messages[].sent"),
                            "subject": reply_subject,
                            "body": reply,
                        }
                    )
                obj = {"id": 5000 + index, "customer": {"name": name, "email": email}, "messages": messages}
            else:
                agent = rec.render(
                    rng.choice(["{T}", "{T.f}", "{T.lc}"]), "case.agent", mode="title", shout_names=False
                )
                obj = {
                    "case": {
                        "number": rec.render("{case}", "case.number"),
                        "status": rec.render("{status}", "case.status"),
                        "agent": agent,
                    },
                    "subject": out_subject,
                    "from": sender,
                    "body": body,
                    "cc": [rec.render("{B.e}", "cc[]", mode="title")]
                    + ([mailbox] if rng.random() < 0.5 else []),
                }
            fields = {k: "\n".join(v) for k, v in flatten(obj).items()}
            return obj, fields, rec.planted

        return self.attempt(build, "mail")

    def mail_file(self, out_dir: Path, lang: str, n: int, canary: Person | None) -> FileSet:
        records, lines = [], []
        for i in range(n):
            obj, planted = self.mail(lang, i, canary if canary and i == n // 2 else None)
            lines.append(json.dumps(obj, ensure_ascii=False))
            records.append(planted)
        path = out_dir / f"mail_{lang}.jsonl"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return FileSet(
            name=f"mail_{lang}",
            path=path.name,
            fmt="jsonl",
            kind="text",
            language=lang,
            records=records,
            canaries=[canary.full, canary.email] if canary else [],
            guided_fixes=True,
            notes="customer e-mails and staff replies: quoted replies, forwards, signatures, three JSON shapes",
        )

    def chat(self, lang: str, index: int, canary: Person | None) -> tuple[dict[str, Any], list[Planted]]:
        t = TEMPLATES[lang]

        def shouty(template: str) -> bool:
            letters = [c for c in re.sub(r"\{[^}]*\}", "", template) if c.isalpha()]
            return bool(letters) and sum(c.isupper() for c in letters) > 0.7 * len(letters)

        def build() -> tuple[dict[str, Any], dict[str, str], list[Planted]]:
            rng = self.rng
            team = canary is None and rng.random() < 0.4
            mode = "lower" if rng.random() < 0.7 else "title"
            rec = Rec(self, lang, rng.choice(DOMAINS), mode, people={"A": canary} if canary else None)
            as_log = canary is not None or rng.random() < 0.55
            f_user, f_text = ("log", "log") if as_log else ("messages[].user", "messages[].text")
            speakers = ["T", "U", "V"] if team else ["A", "T"]
            display = {}
            for key in speakers:
                form = rng.choice(
                    ["{K.f:chat_speaker}", "{K.n:chat_speaker}", "{K.u:chat_speaker}", "{K:chat_speaker}"]
                )
                if canary and key == "A":
                    form = "{K:chat_speaker}"
                display[key] = (form.replace("K", key), "lower" if rng.random() < 0.6 else "title")
            if team:
                lines = [(rng.choice(speakers), tpl) for tpl in rng.sample(t["chat_team"], rng.randint(3, 6))]
            else:
                cust = rng.sample(t["chat_cust"], rng.randint(2, 4))
                if canary:
                    cust[0] = next(c for c in t["chat_cust"] if "{A.e}" in c)
                agent = rng.sample(t["chat_agent"][1:], rng.randint(1, 3))
                lines = [("T", t["chat_agent"][0])] if rng.random() < 0.5 else []
                while cust or agent:
                    if cust:
                        lines.append(("A", cust.pop(0)))
                    if agent:
                        lines.append(("T", agent.pop(0)))
            moment = self._day()
            messages = []
            for speaker, tpl in lines:
                moment += timedelta(minutes=rng.randint(0, 9), seconds=rng.randint(0, 59))
                msg_mode = "upper" if shouty(tpl) or (speaker == "A" and rng.random() < 0.08) else mode
                who = rec.render(display[speaker][0], f_user, mode=display[speaker][1], shout_names=False)
                text = rec.render(tpl, f_text, mode=msg_mode)
                messages.append((moment, who, text))
            channel = rng.choice(["slack", "teams"] if team else ["whatsapp", "webchat", "messenger", "sms"])
            if as_log:
                style = rng.randrange(3)
                rows = [
                    f"[{m:%H:%M}] {w}: {x}"
                    if style == 0
                    else f"{w}: {x}"
                    if style == 1
                    else f"{m:%d/%m/%Y, %H:%M} - {w}: {x}"
                    for m, w, x in messages
                ]
                obj: dict[str, Any] = {
                    "conversation": f"c-{lang}-{index:04d}",
                    "channel": channel,
                    "log": "\n".join(rows),
                }
            else:
                obj = {
                    "id": 70000 + index,
                    "channel": channel,
                    "messages": [
                        {"at": f"{m:%Y-%m-%dT%H:%M:%S}", "user": w, "text": x} for m, w, x in messages
                    ],
                }
            fields = {k: "\n".join(v) for k, v in flatten(obj).items()}
            return obj, fields, rec.planted

        return self.attempt(build, "chat")

    def chat_file(self, out_dir: Path, lang: str, n: int, canary: Person | None) -> FileSet:
        records, lines = [], []
        for i in range(n):
            obj, planted = self.chat(lang, i, canary if canary and i == n // 2 else None)
            lines.append(json.dumps(obj, ensure_ascii=False))
            records.append(planted)
        path = out_dir / f"chat_{lang}.jsonl"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return FileSet(
            name=f"chat_{lang}",
            path=path.name,
            fmt="jsonl",
            kind="text",
            language=lang,
            records=records,
            canaries=[canary.full, canary.email] if canary else [],
            guided_fixes=True,
            notes="support and team chats, mostly lower case: speakers, mentions, nicknames, shouting, emoji",
        )

    # --- tables --------------------------------------------------------------------------------------

    def _table(
        self,
        out_dir: Path,
        name: str,
        fmt: str,
        rows: list[dict[str, str]],
        records: list[list[Planted]],
        id_columns: list[str],
        canaries: list[str],
        notes: str,
    ) -> FileSet:
        import pandas as pd

        frame = pd.DataFrame(rows, dtype=str)
        path = out_dir / f"{name}.{fmt}"
        if fmt == "parquet":
            frame.to_parquet(path, index=False)
        else:
            frame.to_csv(path, index=False, sep="\t" if fmt == "tsv" else ",", encoding="utf-8")
        return FileSet(
            name=name,
            path=path.name,
            fmt=fmt,
            kind="table",
            language="mixed",
            records=records,
            id_columns=id_columns,
            canaries=canaries,
            guided_fixes=True,
            notes=notes,
        )

    def _row(self, what: str, fill: Any) -> tuple[dict[str, str], list[Planted]]:
        def build() -> tuple[dict[str, str], dict[str, str], list[Planted]]:
            row, planted = fill()
            return row, row, planted

        return self.attempt(build, what)

    def _new_id(self, key: str, make: Any) -> str:
        while True:
            value = make()
            if value not in self.serial:
                self.serial[value] += 1
                return value

    def clinic_table(self, out_dir: Path, n: int, canary: Person) -> FileSet:
        rng = self.rng
        langs = ["en", "de", "nl", "fr"]
        clinicians = {lang: [self.person(lang) for _ in range(4)] for lang in langs}
        patients: list[tuple[str, Person]] = []
        rows, records = [], []
        for i in range(n):
            if i == n // 2:
                pid, patient = self._new_id("p", lambda: f"P-{rng.randint(100, 999999):06d}"), canary
            elif patients and rng.random() < 0.35:
                pid, patient = rng.choice(patients)
            else:
                pid = self._new_id("p", lambda: f"P-{rng.randint(100, 999999):06d}")
                patient = self.person(rng.choice(langs))
                patients.append((pid, patient))
            appt = self._new_id(
                "k", lambda: f"K{rng.choice(['2023', '2024', '2025'])}-{rng.randint(1, 9999):04d}"
            )
            lang = patient.lang
            doctor = rng.choice(clinicians[lang])

            def fill(
                pid: str = pid,
                appt: str = appt,
                patient: Person = patient,
                doctor: Person = doctor,
                lang: str = lang,
            ) -> tuple[dict[str, str], list[Planted]]:
                rec = Rec(self, lang, "dental", "title", people={"A": patient, "D": doctor})
                rec.plant("utility:record_id", pid, "patient_id", [f"lang:{lang}"])
                rec.plant("utility:record_id", appt, "appt_ref", [f"lang:{lang}"])
                row = {"patient_id": pid, "appt_ref": appt}
                forms = ["{A}"] if patient is canary else ["{A.lc}", "{A}", "{A.T}", "{A.lf}", "{A.lc}"]
                row["Patient"] = rec.render(rng.choice(forms), "Patient", shout_names=patient is not canary)
                row["f1"] = rec.render("{A.b}", "f1")
                keep_mail = patient is canary or rng.random() < 0.85
                row["email"] = rec.render("{A.e}", "email") if keep_mail else ""
                row["x"] = rec.render("{A.p}", "x")
                row["address"] = rec.render("{A.s}", "address")
                row["zip"] = rec.render("{A.z}", "zip")
                row["town"] = rec.render("{A.c}", "town")
                row["treatment"] = rec.render("{product}", "treatment")
                row["clinician"] = rec.render(
                    rng.choice(["{D.T}", "{D.t}", "{D}"]), "clinician", shout_names=False
                )
                row["slot"] = rec.render("{ts}", "slot")
                row["room"] = rec.render("{room}", "room")
                row["invoice_no"] = rec.render("{invoice}", "invoice_no")
                row["amount"] = rec.render("{amount}", "amount")
                row["status"] = rec.render("{status}", "status")
                row["ins_id"] = rec.render("{A.id}", "ins_id") if rng.random() < 0.6 else ""
                row["info"] = self._table_note(rec, "info", ("dental", "generic"))
                return row, rec.planted

            row, planted = self._row("clinic", fill)
            rows.append(row)
            records.append(planted)
        return self._table(
            out_dir,
            "clinic_appointments",
            "csv",
            rows,
            records,
            ["patient_id", "appt_ref"],
            [canary.full, canary.email],
            "dental clinic appointments (EN/DE/NL/FR patients), returning patients keep their ID",
        )

    def _table_note(self, rec: Rec, column: str, domains: tuple[str, ...]) -> str:
        rng = self.rng
        pool = [t for d, t in TEMPLATES[rec.lang]["notes"] if d in domains]
        mode = "lower" if rng.random() < 0.4 else "title"
        return rec.render(rng.choice(pool), column, mode=mode)

    def bike_table(self, out_dir: Path, n: int) -> FileSet:
        rng = self.rng
        langs = ["nl", "de", "it", "pl", "en", "fr"]
        mechanics = {lang: [self.person(lang) for _ in range(3)] for lang in langs}
        customers: list[tuple[str, Person]] = []
        rows, records = [], []
        job = rng.randint(90000, 98000)
        for _ in range(n):
            if customers and rng.random() < 0.3:
                cid, customer = rng.choice(customers)
            else:
                cid = self._new_id(
                    "c", lambda: f"K{rng.choice(['2023', '2024', '2025'])}-{rng.randint(1, 9999):04d}"
                )
                customer = self.person(rng.choice(langs))
                customers.append((cid, customer))
            job += rng.randint(1, 40)
            jid = f"{job:08d}"
            lang = customer.lang
            mechanic = rng.choice(mechanics[lang])

            def fill(
                cid: str = cid,
                jid: str = jid,
                customer: Person = customer,
                mechanic: Person = mechanic,
                lang: str = lang,
            ) -> tuple[dict[str, str], list[Planted]]:
                rec = Rec(self, lang, "bike", "title", people={"A": customer, "M": mechanic})
                rec.plant("utility:record_id", jid, "job", [f"lang:{lang}"])
                rec.plant("utility:record_id", cid, "cust", [f"lang:{lang}"])
                row = {"job": jid, "cust": cid}
                row["name"] = rec.render(rng.choice(["{A.lc}", "{A}", "{A.lf}", "{A.T}"]), "name")
                row["f1"] = rec.render("{A.p}", "f1")
                row["mail"] = rec.render("{A.e}", "mail") if rng.random() < 0.7 else ""
                row["street"] = rec.render("{A.s}", "street")
                row["pc"] = rec.render("{A.z}", "pc")
                row["city"] = rec.render("{A.c}", "city")
                row["bike"] = rec.render("{product}", "bike")
                row["part"] = rec.render("{sku}", "part")
                row["ean"] = rec.render("{ean}", "ean")
                row["order_ref"] = rec.render("{order}", "order_ref")
                row["in"] = rec.render("{ts}", "in")
                row["due"] = rec.render("{date}", "due")
                row["price"] = rec.render("{amount}", "price")
                row["mech"] = rec.render(rng.choice(["{M.f}", "{M.n}", "{M.f}"]), "mech", shout_names=False)
                row["state"] = rec.render("{status}", "state")
                row["notes"] = self._table_note(rec, "notes", ("bike", "shop", "generic"))
                return row, rec.planted

            row, planted = self._row("bike", fill)
            rows.append(row)
            records.append(planted)
        return self._table(
            out_dir,
            "bike_repairs",
            "tsv",
            rows,
            records,
            ["job", "cust"],
            [],
            "bicycle workshop repair jobs (NL/DE/IT/PL/EN/FR customers), returning customers keep their number",
        )

    def utility_table(self, out_dir: Path, n: int, canary: Person) -> FileSet:
        rng = self.rng
        langs = ["es", "pt", "it", "fr", "pl", "de"]
        alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
        rows, records = [], []
        for i in range(n):
            holder = canary if i == n // 3 else self.person(rng.choice(langs))
            acct = self._new_id("a", lambda: "".join(rng.choice(alphabet) for _ in range(6)))
            lang = holder.lang
            business = rng.random() < 0.3

            def fill(
                acct: str = acct, holder: Person = holder, lang: str = lang, business: bool = business
            ) -> tuple[dict[str, str], list[Planted]]:
                rec = Rec(self, lang, "utility", "title", people={"A": holder})
                rec.plant("utility:record_id", acct, "acct", [f"lang:{lang}"])
                row = {"acct": acct}
                forms = ["{A}"] if holder is canary else ["{A}", "{A.lc}", "{A.T}", "{A.lf}"]
                row["holder"] = rec.render(rng.choice(forms), "holder", shout_names=holder is not canary)
                row["nat_id"] = rec.render("{A.id}", "nat_id")
                row["iban"] = rec.render("{A.i}", "iban")
                keep_mail = holder is canary or rng.random() < 0.8
                row["email"] = rec.render("{A.e}", "email") if keep_mail else ""
                row["phone"] = rec.render("{A.p}", "phone")
                row["supply_street"] = rec.render("{A.s}", "supply_street")
                row["postcode"] = rec.render("{A.z}", "postcode")
                row["town"] = rec.render("{A.c}", "town")
                row["tariff"] = rec.render("{product}", "tariff")
                row["meter_no"] = rec.render("{meter}", "meter_no")
                row["last_invoice"] = rec.render("{invoice}", "last_invoice")
                row["balance"] = rec.render("{amount}", "balance")
                row["read_at"] = rec.render("{ts}", "read_at")
                row["status"] = rec.render("{status}", "status")
                row["x"] = self._table_note(rec, "x", ("utility", "generic"))
                row["info"] = rec.render("{company}", "info") if business else ""
                return row, rec.planted

            row, planted = self._row("utility", fill)
            rows.append(row)
            records.append(planted)
        return self._table(
            out_dir,
            "utility_accounts",
            "parquet",
            rows,
            records,
            ["acct"],
            [canary.full, canary.email],
            "gas and electricity accounts (ES/PT/IT/FR/PL/DE holders), some business accounts",
        )


# --- the set -----------------------------------------------------------------------------------------


def _count(base: int, scale: float) -> int:
    return max(1, round(base * scale))


def verify(out_dir: Path, sets: list[FileSet]) -> None:
    """Every file reads back with one record per truth record, and every truth record is sound."""
    for file_set in sets:
        rows = read_records(out_dir / file_set.path, file_set.fmt)
        assert len(rows) == len(file_set.records), f"{file_set.name}: record count differs"
        for i, (row, planted) in enumerate(zip(rows, file_set.records, strict=True)):
            issue = problem(row, planted)
            assert issue is None, f"{file_set.name} record {i}: {issue}"
        text = "\n".join(value for row in rows for value in row.values()).casefold()
        for canary in file_set.canaries:
            assert canary.casefold() in text, f"{file_set.name}: a canary is not written"


def generate(out_dir: Path, *, seed: int = 424242, scale: float = 1.0) -> list[FileSet]:
    """Write the set's files into ``out_dir`` and return their truth (deterministic for a seed)."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    gen = Gen(seed)
    canary_notes, canary_mail, canary_chat, canary_clinic, canary_utility = gen.canaries(
        ["de", "fr", "pl", "nl", "es"]
    )
    sets: list[FileSet] = []
    for lang in LANGS:
        sets.append(gen.notes_file(out_dir, lang, _count(110, scale), canary_notes if lang == "de" else None))
        sets.append(gen.mail_file(out_dir, lang, _count(60, scale), canary_mail if lang == "fr" else None))
        sets.append(gen.chat_file(out_dir, lang, _count(30, scale), canary_chat if lang == "pl" else None))
    sets.append(gen.clinic_table(out_dir, _count(400, scale), canary_clinic))
    sets.append(gen.bike_table(out_dir, _count(400, scale)))
    sets.append(gen.utility_table(out_dir, _count(400, scale), canary_utility))
    verify(out_dir, sets)
    return sets


def main(argv: list[str] | None = None) -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--seed", type=int, default=424242)
    parser.add_argument("--scale", type=float, default=1.0)
    args = parser.parse_args(argv)
    sets = generate(args.out_dir, seed=args.seed, scale=args.scale)
    write_truth(sets, args.out_dir / "truth.json")
    counts = Counter(p.entity for s in sets for r in s.records for p in r)
    sys.stdout.write(
        json.dumps({"files": len(sets), "planted": dict(sorted(counts.items()))}, indent=1) + "\n"
    )


if __name__ == "__main__":
    main()
