"""Held-out detection set "blind6": text in eight languages and five tables, written apart from the engine.

Data card
=========

Status
    Guided fixes since 2026-12-05 (fifth session of the day): held out until then and measured once as
    the headline (at 4c19934: PERSON leak 5.23 %, all personal 4.49 %, utility 94.83 %; see
    ``bench/README.md``), then its breakdown was read (``--blind-breakdown``) to fix what it showed, so
    every ``FileSet`` now has ``guided_fixes=True`` and `blindset7` is the held-out set.

Who wrote it and what they read
    A separate author session, from a brief. It read only the benchmark's interface and scoring
    (`bench.detection.format`), the contact-value helpers of `bench.detection.sources` (``phone``,
    ``iban``, ``national_id``, ``postcode``, ``fold_ascii``, ``mimesis_person_words``, ``usable``), the
    signatures and docstrings of `anonymize.vocabulary.is_known_to_engine` and ``faker_person_words``,
    how `bench.bench_detection` loads a set (its first 120 lines), the shared set checks, blind5's test
    and the first 80 lines of blind5 (its data card, to pick different genres and name styles). It read
    no recognizer, cue list, pattern, profile or vocabulary list of the engine, no other benchmark set
    and no engine or benchmark output, and it never ran the engine. Every sentence template, product,
    company, word list, syllable inventory and romanisation table here was written fresh for this module.

Text files (24, 95 records each at scale 1.0)
    Per language three files in genres no earlier set used, TXT and JSONL mixed; JSONL records nest
    (objects inside objects such as ``job.customer.name``, lists of messages such as
    ``messages[].texte``). One file per language is a lower-case group chat of a community no earlier set
    used (speaker before a colon or in a sender field, @mentions, nicknames, names in greetings, as
    sign-offs and at line ends).

    ===  =========================================  ==========================================  ==========================================
    en   nursery pick-up log (txt)                   electrician/plumber call-outs (jsonl)       pet-sitting swap chat (txt)
    de   Fahrschule (txt)                            Bestattungshaus, Beratung (jsonl)           Proberaum-Kollektiv chat (jsonl)
    fr   organisation de mariages (txt)              studio photo, échanges (jsonl, messages)    troupe de théâtre amateur chat (txt)
    es   central de radiotaxi (txt)                  agencia de traducción (jsonl)               club de lectura chat (jsonl, nested)
    it   visite guidate al museo (txt)               scuola di sci (jsonl)                       gruppo di acquisto solidale chat (txt)
    nl   botenverhuur (txt)                          wooncoöperatie, notulen (jsonl, items)      buurtpreventie app (jsonl)
    pl   pogotowie ślusarskie (txt)                  drukarnia, zamówienia (jsonl)               koło gospodyń wiejskich chat (txt)
    pt   loja de quinta (txt)                        ginásio, receção (jsonl)                    escuteiros, chefes (jsonl, messages)
    ===  =========================================  ==========================================  ==========================================

    Sentence shapes vary on purpose: names at sentence start, after verbs of speech ("said X", "laut X",
    "selon X", "według X"), in lists, in parentheses, after dashes, as initials ("K. Surname"), in each
    language's possessive (English 's, German and Dutch genitive -s, Polish genitive/dative/instrumental
    inflection of foreign names, de/di/do elsewhere), reversed ("SURNAME, Given"), after honorifics
    (Mrs/Frau/Mme/Sra./sig.ra/Mevr./Pani/D.), as objects and agents, beside business values, in
    greetings, vocatives and sign-offs, two people joined ("X and Y", "X & Y"); hyphenated given names
    (about 7 % of invented and mimesis people), whole records in capitals now and then (about 4 % plus a few shouted templates), single
    names in lower or upper case.

Tables (5, 120 rows each at scale 1.0)
    ``property_viewings.csv`` (English headers: ``booked_by``, ``tenant``, ``agent_name``),
    ``musikschule_anmeldungen.tsv`` (German: separate ``Vorname`` and ``Nachname`` columns,
    ``Ansprechpartner``, ``Lehrkraft``), ``ateliers_cuisine.parquet`` (French, typed int64, float64 and
    date32 columns: ``titulaire``, ``chef_atelier``), ``noleggio_abiti_cerimonia.csv`` (Italian:
    ``cliente`` in "GIVEN SURNAME", ``accompagnatore``, ``responsabile``), ``verhuur_bestelwagens.tsv``
    (Dutch: ``contactpersoon``, ``bestuurder``). Each has record-ID columns (``id_columns``; one unique,
    one repeating per table where present), products built partly from first names and place words
    ("Harriet Court 14B", "Clara Geige 3/4", "Menu Verona", "Abito da sposa Aurora", "Transit Texel 9"),
    amounts, dates, statuses, contact values and a notes column mentioning people. Person cells are
    "Given Surname", "Surname, Given", "SURNAME, Given" or "GIVEN SURNAME". About 30 % of rows are in
    another of the eight languages: their notes, phone/IBAN/ID formats and ``lang:`` tags follow the row.

Names
    Every person is invented or taken from a locale the engine's languages do not cover. The group is
    drawn first, so the shares hold: about 40 % **invented** from syllable inventories in eleven styles
    no earlier set used (tags ``invented`` + ``style:<s>``): somali, hausa, amazigh, khmer, sinhala,
    javanese, uzbek, albanian, irish (Gaelic spelling, "Ó" surnames), maltese, sami. About 40 %
    **mimesis** first names and surnames of locales no earlier set used (tags ``mimesis`` +
    ``locale:<l>``): es-mx, az, and, romanised by the tables in this module, ja (Hepburn for kana, a kanji
    reading table for surnames), zh (toneless pinyin), fa, ar-eg, ar-sa, ar-ma and ar-dz (consonant table,
    long vowels from alif/waw/ya, a short vowel inserted between piled-up consonants, the article ال dropped
    or fused as "El"). About 20 % **word-like** (tag ``wordlike`` + ``wordsrc:<lang>``): surnames that are
    or look like ordinary words, trades and landscape words of twelve languages written here (Romanian
    "Olaru", Catalan "Teixidor", Czech "Sklenář", Italian "Ferraio", Swedish and Finnish landscape
    compounds such as "Björkvik" or "Koivuniemi"…) and given names that are short common words
    ("Brisa", "Nebel", "Iskra", "Ljus", "Routa"…).

    Filters. Invented and mimesis name words, and every form derived from them (upper, lower, title and
    ASCII-folded spellings, possessives, Polish case forms, nicknames, @handles): at least three letters,
    unknown to the engine (``is_known_to_engine``), absent from Faker's person words and from the mimesis
    person lists of the covered locales (en, en-gb, de, fr, es, it, nl, pl, pt), not a word of any
    template, product, company, status, header or street form here, and wordfreq zipf < 3 in all eight
    languages. Word-like names pass the same checks except that zipf < 3 is required only in the language
    of the text they appear in: they may be common words elsewhere. E-mail local parts are built from the
    person's letters but never hold one of their name words whole, so a leaked e-mail is not scored as a
    leaked name.

Places and contacts
    Streets and cities are invented per language from stems and that language's endings (``-bury``,
    ``-hausen``, ``-ville``, ``-ejo``, ``-engo``, ``-veen``, ``-owo``, ``-ães``…) in the language's street
    forms ("Flat 3, 20 X Street", "Xweg 4a", "12 bis avenue X", "C/ X, 5, 2º", "Via X 8/3", "Xgracht 9",
    "ul. X 4 m. 7", "Rua X 27, 5º"); their invented words are vetted like names (all eight languages). Phones, IBANs, national
    IDs (DE IdNr, FR NIR, ES DNI, IT CF, NL BSN, PL PESEL, PT NIF; a UK National Insurance number built
    here) and postcodes come from the shared helpers. Dates of birth are planted as ``DATE_OF_BIRTH``,
    other dates as ``utility:date``.

Tags
    PERSON: ``lang:xx``; case ``title``/``lower``/``upper`` (from the planted form); group and origin
    (above); one slot tag (``sentence_start``, ``after_speech_verb``, ``list``, ``pair``,
    ``parenthesis``, ``after_dash``, ``initial``, ``possessive``, ``inflected``, ``honorific``,
    ``object``, ``agent``, ``apposition``, ``beside_value``, ``greeting``, ``vocative``, ``signoff``,
    ``line_end``, ``nickname``, ``mention``, ``reversed``, ``chat_speaker``, ``sender_field``,
    ``table_cell``, ``table_notes``); ``split_name`` on the separate given/family-name cells; ``repeat`` on
    later mentions of a person in the same record; ``canary`` on canary people. Other personal values and
    every ``utility:<kind>`` value (product, order_number, amount, date, record_id, company, timestamp,
    status, invoice_number, tracking_number, case_number, version, sku, ean, quantity) carry ``lang:xx``.

Canaries
    Three invented people (somali, sami and maltese styles): all three in every table (whole, in a
    person column that holds full names), the first in every group chat (lower case, full name), and each drawn as
    the customer of about 1 % of other text records (whole name). ``canaries`` lists those that appear
    in a file.

Size (scale 1.0, seed 6606)
    24 text files x 95 records and 5 tables x 120 rows (2,880 records); about 8,000 PERSON values (about
    41 % invented, 40 % mimesis, 19 % word-like), 2,100 other personal values and 7,400 business values.
    ``scale`` multiplies the record counts (at least 10 text records and 30 table rows per file).
    Generation takes a few seconds.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from anonymize.vocabulary import faker_person_words, is_known_to_engine
from bench.detection.format import FileSet, Planted, contains_word, name_tokens
from bench.detection.sources import fold_ascii, iban, national_id, phone, postcode

DEFAULT_SEED = 6606
LANGS = ("en", "de", "fr", "es", "it", "nl", "pl", "pt")
COUNTRY = {"en": "GB", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pl": "PL", "pt": "PT"}
#: Mimesis locales whose person lists the engine's own languages cover (names from them are excluded).
COVERED_LOCALES = ("en", "en-gb", "de", "fr", "es", "it", "nl", "pl", "pt")
#: Share of people per name group (invented, mimesis, wordlike).
GROUP_WEIGHTS = (("invented", 0.4), ("mimesis", 0.4), ("wordlike", 0.2))
#: wordfreq frequency at which ``zipf_frequency`` (rounded to two decimals) reaches 3.0.
COMMON_FREQ = 10 ** (2.995 - 9)
TEXT_RECORDS = 95
TABLE_ROWS = 120


# --- vetting: which words may be name, street or city words ----------------------------------------------


def _words(value: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", unicodedata.normalize("NFC", value).casefold())


@cache
def _common_words(lang: str) -> frozenset[str]:
    """Words of ``lang`` with wordfreq zipf >= 3 (the threshold ``zipf_frequency`` would report)."""
    from wordfreq import get_frequency_dict

    return frozenset(w for w, f in get_frequency_dict(lang).items() if f >= COMMON_FREQ)


@cache
def _covered_mimesis_words() -> frozenset[str]:
    """Every word of every first name and surname of mimesis' covered-language locales (case-folded)."""
    found: set[str] = set()
    for locale in COVERED_LOCALES:
        data = _mimesis_person(locale)
        for key in ("names", "surnames", "first_name", "last_name"):
            value = data.get(key)
            items = [v for vs in value.values() for v in vs] if isinstance(value, dict) else value or []
            for item in items:
                found.update(_words(str(item)))
    return frozenset(found)


@cache
def _mimesis_person(locale: str) -> dict[str, Any]:
    import mimesis

    path = Path(mimesis.__file__).parent / "datasets" / locale / "person.json"
    return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


class Vetter:
    """Decides whether a name, street or city word may be planted (cached)."""

    def __init__(self, banned: Iterable[str]) -> None:
        self.banned = frozenset(w.casefold() for w in banned)
        self.faker = faker_person_words()
        self.covered = _covered_mimesis_words()
        self._cache: dict[tuple[str, tuple[str, ...]], bool] = {}

    def word(self, word: str, langs: Sequence[str] = LANGS) -> bool:
        """``word`` (and its upper, lower, title and ASCII-folded spellings) is at least three letters,
        unknown to the engine, in no Faker or covered mimesis person list, not a word of this module's
        templates and not common (zipf < 3) in any of ``langs``."""
        key = (word, tuple(langs))
        if key not in self._cache:
            self._cache[key] = self._check(word, langs)
        return self._cache[key]

    def _check(self, word: str, langs: Sequence[str]) -> bool:
        if len(word) < 3 or not all(c.isalpha() or c == "-" for c in word):
            return False
        folded = fold_ascii(word)
        variants = {word, word.lower(), word.upper(), word.title(), folded, folded.title(), folded.upper()}
        for variant in variants:
            if not variant or is_known_to_engine(variant):
                return False
            low = unicodedata.normalize("NFC", variant).casefold()
            if low in self.faker or low in self.covered or low in self.banned:
                return False
            if any(low in _common_words(lang) for lang in langs):
                return False
        return True

    def words(self, value: str, langs: Sequence[str] = LANGS) -> bool:
        """Every word of ``value`` passes ``word`` and the whole value is unknown to the engine."""
        parts = [p for p in re.split(r"[\s\-]+", value) if len(p) > 1]  # "Ó" is no name token
        return bool(parts) and not is_known_to_engine(value) and all(self.word(p, langs) for p in parts)


# --- romanisation of the non-Latin mimesis locales ----------------------------------------------------------

#: Hepburn romanisation of the katakana syllables (hiragana is mapped onto katakana first).
_KANA = dict(
    pair.split("=")
    for pair in [
        "ア=a",
        "イ=i",
        "ウ=u",
        "エ=e",
        "オ=o",
        "カ=ka",
        "キ=ki",
        "ク=ku",
        "ケ=ke",
        "コ=ko",
        "サ=sa",
        "シ=shi",
        "ス=su",
        "セ=se",
        "ソ=so",
        "タ=ta",
        "チ=chi",
        "ツ=tsu",
        "テ=te",
        "ト=to",
        "ナ=na",
        "ニ=ni",
        "ヌ=nu",
        "ネ=ne",
        "ノ=no",
        "ハ=ha",
        "ヒ=hi",
        "フ=fu",
        "ヘ=he",
        "ホ=ho",
        "マ=ma",
        "ミ=mi",
        "ム=mu",
        "メ=me",
        "モ=mo",
        "ヤ=ya",
        "ユ=yu",
        "ヨ=yo",
        "ラ=ra",
        "リ=ri",
        "ル=ru",
        "レ=re",
        "ロ=ro",
        "ワ=wa",
        "ヲ=o",
        "ン=n",
        "ガ=ga",
        "ギ=gi",
        "グ=gu",
        "ゲ=ge",
        "ゴ=go",
        "ザ=za",
        "ジ=ji",
        "ズ=zu",
        "ゼ=ze",
        "ゾ=zo",
        "ダ=da",
        "ヂ=ji",
        "ヅ=zu",
        "デ=de",
        "ド=do",
        "バ=ba",
        "ビ=bi",
        "ブ=bu",
        "ベ=be",
        "ボ=bo",
        "パ=pa",
        "ピ=pi",
        "プ=pu",
        "ペ=pe",
        "ポ=po",
        "ヴ=vu",
        "キャ=kya",
        "キュ=kyu",
        "キョ=kyo",
        "シャ=sha",
        "シュ=shu",
        "ショ=sho",
        "チャ=cha",
        "チュ=chu",
        "チョ=cho",
        "ニャ=nya",
        "ニュ=nyu",
        "ニョ=nyo",
        "ヒャ=hya",
        "ヒュ=hyu",
        "ヒョ=hyo",
        "ミャ=mya",
        "ミュ=myu",
        "ミョ=myo",
        "リャ=rya",
        "リュ=ryu",
        "リョ=ryo",
        "ギャ=gya",
        "ギュ=gyu",
        "ギョ=gyo",
        "ジャ=ja",
        "ジュ=ju",
        "ジョ=jo",
        "ビャ=bya",
        "ビュ=byu",
        "ビョ=byo",
        "ピャ=pya",
        "ピュ=pyu",
        "ピョ=pyo",
        "ファ=fa",
        "フィ=fi",
        "フェ=fe",
        "フォ=fo",
        "ティ=ti",
        "ディ=di",
        "ウィ=wi",
        "ウェ=we",
        "シェ=she",
        "ジェ=je",
        "チェ=che",
        "ァ=a",
        "ィ=i",
        "ゥ=u",
        "ェ=e",
        "ォ=o",
        "ャ=ya",
        "ュ=yu",
        "ョ=yo",
    ]
)
#: Readings of the kanji that make up common Japanese surnames: (at the start, inside the name).
_KANJI = {
    k: (v.split("/")[0], v.split("/")[-1])
    for k, v in (
        pair.split("=")
        for pair in [
            "田=ta/da",
            "川=kawa/gawa",
            "野=no",
            "山=yama",
            "井=i",
            "原=hara/wara",
            "小=ko/o",
            "大=o",
            "村=mura",
            "本=moto",
            "島=shima/jima",
            "木=ki/gi",
            "谷=tani/ya",
            "沢=sawa/zawa",
            "中=naka",
            "宮=miya",
            "高=taka",
            "西=nishi",
            "藤=fuji/to",
            "松=matsu",
            "崎=saki/zaki",
            "岡=oka",
            "上=ue/kami",
            "内=uchi",
            "森=mori",
            "口=kuchi/guchi",
            "三=mi",
            "岩=iwa",
            "坂=saka/zaka",
            "石=ishi",
            "部=be",
            "長=naga",
            "瀬=se",
            "神=kami/gami",
            "江=e",
            "吉=yoshi",
            "久=hisa/ku",
            "永=naga",
            "平=hira",
            "金=kane",
            "津=tsu",
            "倉=kura/gura",
            "下=shimo/shita",
            "河=kawa/gawa",
            "根=ne",
            "月=tsuki/zuki",
            "東=higashi",
            "橋=hashi/bashi",
            "寺=tera/dera",
            "北=kita",
            "水=mizu",
            "見=mi",
            "賀=ga",
            "里=sato/zato",
            "日=hi",
            "戸=to/do",
            "尾=o",
            "間=ma",
            "海=umi",
            "塚=tsuka/zuka",
            "佐=sa",
            "福=fuku",
            "杉=sugi",
            "浦=ura",
            "保=ho/bo",
            "古=furu",
            "鳥=tori/dori",
            "池=ike",
            "屋=ya",
            "柳=yanagi",
            "安=yasu/a",
            "目=me",
            "丸=maru",
            "一=ichi",
            "地=chi",
            "矢=ya",
            "美=mi",
            "武=take",
            "伊=i",
            "黒=kuro/guro",
            "前=mae",
            "条=jo",
            "波=nami/ba",
            "多=ta",
            "須=su",
            "林=hayashi/bayashi",
            "清=kiyo",
            "堀=hori/bori",
            "富=tomi",
            "仲=naka",
            "泉=izumi",
            "花=hana/bana",
            "竹=take/dake",
            "加=ka",
            "良=ra",
            "米=yone",
            "浜=hama",
            "白=shira",
            "青=ao",
            "葉=ha/ba",
            "赤=aka",
            "羽=ha/ba",
            "浅=asa",
            "南=minami",
            "天=ama",
            "今=ima",
            "喜=ki",
            "名=na",
            "畑=hata/bata",
            "八=ya",
            "門=kado",
            "菅=suga",
            "玉=tama",
            "土=tsuchi",
            "若=waka",
            "横=yoko",
            "四=yo",
            "秋=aki",
            "比=hi",
            "馬=uma/ma",
            "路=ji",
            "有=ari",
            "五=go",
            "宇=u",
            "熊=kuma",
            "方=kata/gata",
            "子=ko",
            "我=ga",
            "国=kuni",
            "二=ni",
            "十=to",
            "沼=numa",
            "利=ri",
            "草=kusa",
            "渡=wata",
            "辺=nabe",
            "出=de",
            "市=ichi",
            "梅=ume",
            "遠=to",
            "関=seki/zeki",
            "曽=so",
            "滝=taki",
            "友=tomo",
            "奥=oku",
            "栗=kuri/guri",
            "那=na",
            "志=shi",
        ]
    )
}
#: Pinyin (no tones) of the characters of mimesis' Chinese surnames and given names used here.
_PINYIN = dict(
    pair.split("=")
    for pair in [
        "轩=xuan",
        "雨=yu",
        "萱=xuan",
        "佳=jia",
        "欣=xin",
        "思=si",
        "彤=tong",
        "昕=xin",
        "涵=han",
        "梦=meng",
        "昊=hao",
        "泽=ze",
        "姗=shan",
        "雪=xue",
        "艳=yan",
        "文=wen",
        "晨=chen",
        "怡=yi",
        "妮=ni",
        "浩=hao",
        "妍=yan",
        "若=ruo",
        "宛=wan",
        "颖=ying",
        "月=yue",
        "美=mei",
        "朵=duo",
        "灵=ling",
        "俊=jun",
        "紫=zi",
        "妃=fei",
        "芸=yun",
        "蔓=man",
        "琳=lin",
        "诺=nuo",
        "一=yi",
        "子=zi",
        "嘉=jia",
        "静=jing",
        "菀=wan",
        "瑾=jin",
        "瑶=yao",
        "霓=ni",
        "莎=sha",
        "诗=shi",
        "慧=hui",
        "辰=chen",
        "恒=heng",
        "梓=zi",
        "馨=xin",
        "菡=han",
        "丹=dan",
        "娅=ya",
        "竹=zhu",
        "竺=zhu",
        "蕊=rui",
        "玉=yu",
        "明=ming",
        "承=cheng",
        "婷=ting",
        "娇=jiao",
        "婧=jing",
        "姣=jiao",
        "龙=long",
        "艾=ai",
        "玲=ling",
        "娴=xian",
        "晓=xiao",
        "钰=yu",
        "霞=xia",
        "鹦=ying",
        "雯=wen",
        "岑=cen",
        "璐=lu",
        "亭=ting",
        "芊=qian",
        "君=jun",
        "雅=ya",
        "煜=yu",
        "宇=yu",
        "阳=yang",
        "锦=jin",
        "琪=qi",
        "鑫=xin",
        "琦=qi",
        "贞=zhen",
        "萦=ying",
        "芯=xin",
        "佩=pei",
        "莹=ying",
        "瑞=rui",
        "政=zheng",
        "天=tian",
        "洁=jie",
        "亚=ya",
        "萍=ping",
        "薇=wei",
        "熙=xi",
        "茜=qian",
        "贤=xian",
        "荫=yin",
        "菲=fei",
        "璇=xuan",
        "可=ke",
        "娜=na",
        "金=jin",
        "霖=lin",
        "洋=yang",
        "睿=rui",
        "奕=yi",
        "舒=shu",
        "忆=yi",
        "曦=xi",
        "依=yi",
        "芳=fang",
        "烨=ye",
        "祝=zhu",
        "滢=ying",
        "姿=zi",
        "彗=hui",
        "昙=tan",
        "碧=bi",
        "妩=wu",
        "珏=jue",
        "阑=lan",
        "博=bo",
        "红=hong",
        "鸿=hong",
        "逸=yi",
        "林=lin",
        "小=xiao",
        "儿=er",
        "倩=qian",
        "家=jia",
        "清=qing",
        "晗=han",
        "悦=yue",
        "云=yun",
        "沛=pei",
        "炫=xuan",
        "旭=xu",
        "沐=mu",
        "心=xin",
        "语=yu",
        "淑=shu",
        "香=xiang",
        "叶=ye",
        "燕=yan",
        "蕴=yun",
        "兰=lan",
        "蓓=bei",
        "蕾=lei",
        "旖=yi",
        "葶=ting",
        "俐=li",
        "甜=tian",
        "颍=ying",
        "荥=xing",
        "楠=nan",
        "珊=shan",
        "晴=qing",
        "茹=ru",
        "巧=qiao",
        "恬=tian",
        "凤=feng",
        "国=guo",
        "德=de",
        "桐=tong",
        "敏=min",
        "宁=ning",
        "星=xing",
        "春=chun",
        "华=hua",
        "志=zhi",
        "秀=xiu",
        "利=li",
        "伊=yi",
        "旎=ni",
        "芬=fen",
        "缨=ying",
        "丽=li",
        "茗=ming",
        "南=nan",
        "杏=xing",
        "禧=xi",
        "蓝=lan",
        "艺=yi",
        "英=ying",
        "萌=meng",
        "善=shan",
        "夏=xia",
        "彦=yan",
        "赵=zhao",
        "钱=qian",
        "孙=sun",
        "李=li",
        "周=zhou",
        "吴=wu",
        "郑=zheng",
        "王=wang",
        "冯=feng",
        "陈=chen",
        "褚=chu",
        "卫=wei",
        "蒋=jiang",
        "沈=shen",
        "韩=han",
        "杨=yang",
        "朱=zhu",
        "秦=qin",
        "尤=you",
        "许=xu",
        "何=he",
        "吕=lyu",
        "施=shi",
        "张=zhang",
        "孔=kong",
        "曹=cao",
        "严=yan",
        "魏=wei",
        "陶=tao",
        "姜=jiang",
        "戚=qi",
        "谢=xie",
        "邹=zou",
        "喻=yu",
        "柏=bai",
        "水=shui",
        "窦=dou",
        "章=zhang",
        "苏=su",
        "潘=pan",
        "葛=ge",
        "奚=xi",
        "范=fan",
        "彭=peng",
        "郎=lang",
        "鲁=lu",
        "韦=wei",
        "昌=chang",
        "马=ma",
        "苗=miao",
        "花=hua",
        "方=fang",
        "俞=yu",
        "任=ren",
        "袁=yuan",
        "柳=liu",
        "酆=feng",
        "鲍=bao",
        "史=shi",
        "唐=tang",
        "费=fei",
        "廉=lian",
        "薛=xue",
        "雷=lei",
        "贺=he",
        "倪=ni",
        "汤=tang",
        "滕=teng",
        "殷=yin",
        "罗=luo",
        "毕=bi",
        "郝=hao",
        "邬=wu",
        "安=an",
        "常=chang",
        "乐=le",
        "于=yu",
        "时=shi",
        "傅=fu",
        "皮=pi",
        "卞=bian",
        "齐=qi",
        "康=kang",
        "伍=wu",
        "余=yu",
        "元=yuan",
        "卜=bu",
        "顾=gu",
        "孟=meng",
        "平=ping",
        "黄=huang",
        "和=he",
        "穆=mu",
        "萧=xiao",
        "尹=yin",
        "欧阳=ouyang",
        "司马=sima",
        "上官=shangguan",
        "诸葛=zhuge",
        "东方=dongfang",
        "皇甫=huangfu",
        "尉迟=yuchi",
        "公孙=gongsun",
        "慕容=murong",
        "令狐=linghu",
        "宇文=yuwen",
        "长孙=zhangsun",
        "夏侯=xiahou",
        "端木=duanmu",
        "司徒=situ",
        "轩辕=xuanyuan",
        "南宫=nangong",
        "独孤=dugu",
    ]
)
#: Arabic and Persian letters: (consonant spelling, vowel spelling or "" when always a consonant).
_ARABIC = {
    "ب": ("b", ""), "ت": ("t", ""), "ث": ("th", ""), "ج": ("j", ""), "ح": ("h", ""), "خ": ("kh", ""),
    "د": ("d", ""), "ذ": ("dh", ""), "ر": ("r", ""), "ز": ("z", ""), "س": ("s", ""), "ش": ("sh", ""),
    "ص": ("s", ""), "ض": ("d", ""), "ط": ("t", ""), "ظ": ("z", ""), "غ": ("gh", ""), "ف": ("f", ""),
    "ق": ("q", ""), "ك": ("k", ""), "ک": ("k", ""), "ل": ("l", ""), "م": ("m", ""), "ن": ("n", ""),
    "ه": ("h", ""), "پ": ("p", ""), "چ": ("ch", ""), "ژ": ("zh", ""), "گ": ("g", ""),
    "و": ("w", "u"), "ي": ("y", "i"), "ی": ("y", "i"),
}  # fmt: skip
_ARABIC_VOWELS = {"ا": "a", "آ": "a", "أ": "a", "إ": "i", "ى": "a", "ة": "a", "ئ": "i", "ؤ": "u", "َ": "a"}
_PERSIAN_SOUNDS = {"ذ": "z", "ث": "s", "ض": "z", "ظ": "z", "ق": "gh", "ح": "h"}
_ARABIC_SILENT = set("ءعـْ\u200c\u200d")
_FINAL_CLUSTERS = {
    "nd",
    "rd",
    "rt",
    "st",
    "sh",
    "kh",
    "th",
    "gh",
    "ch",
    "zh",
    "ft",
    "rm",
    "lm",
    "mr",
    "nt",
    "rs",
}


def romanise_kana(text: str) -> str:
    """Hepburn romanisation of a name written in hiragana or katakana ("" if any other character)."""
    kata = "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in text)
    out, i, double = "", 0, False
    while i < len(kata):
        c = kata[i]
        if c in "ッ":
            double, i = True, i + 1
            continue
        if c == "ー":
            i += 1
            continue
        two = kata[i : i + 2]
        piece = _KANA.get(two) if len(two) == 2 else None
        step = 2 if piece else 1
        piece = piece or _KANA.get(c)
        if piece is None:
            return ""
        out += (piece[0] if double else "") + piece
        double, i = False, i + step
    return out.capitalize()


def romanise_kanji_surname(text: str) -> str:
    """A reading of a Japanese surname from the table above ("" if a character is missing)."""
    if not text or any(c not in _KANJI for c in text):
        return ""
    return "".join(_KANJI[c][0 if i == 0 else 1] for i, c in enumerate(text)).capitalize()


def romanise_hanzi(text: str) -> str:
    """Pinyin without tones, as one word ("" if a character is missing)."""
    if text in _PINYIN:
        return _PINYIN[text].capitalize()
    if not text or any(c not in _PINYIN for c in text):
        return ""
    return "".join(_PINYIN[c] for c in text).capitalize()


def romanise_arabic(text: str, *, persian: bool = False, article: str = "") -> str:
    """A simple romanisation of an Arabic or Persian name: consonants from the table, long vowels from
    alif/waw/ya, a short "a" (Persian: "a" then "e") inserted where consonants would otherwise pile up.
    A leading article ال is dropped or fused (``article="El"``); words are joined into one."""
    words = [w for w in re.split(r"\s+", text.strip()) if w]
    out: list[str] = []
    for n, word in enumerate(words):
        prefix = ""
        if word.startswith("ال") and len(word) > 3:
            word, prefix = word[2:], article.lower() if (n or out) else article
        spelled = _arabic_word(word, persian=persian)
        if not spelled:
            return ""
        out.append(prefix + spelled if prefix else spelled)
    joined = "".join(out)
    return joined[:1].upper() + joined[1:].lower() if joined else ""


def _arabic_word(word: str, *, persian: bool) -> str:
    letters = [c for c in word if c not in _ARABIC_SILENT]
    segments: list[tuple[str, str]] = []  # (kind C|V, spelling)
    for i, c in enumerate(letters):
        if c == "ّ" and segments and segments[-1][0] == "C":
            segments.append(segments[-1])
            continue
        if c in _ARABIC_VOWELS:
            vowel = _ARABIC_VOWELS[c]
            if c == "ة" or (persian and c == "ه"):
                vowel = "e" if persian else "a"
            segments.append(("V", vowel))
        elif c in _ARABIC:
            cons, vow = _ARABIC[c]
            cons = _PERSIAN_SOUNDS.get(c, cons) if persian else cons
            prev = segments[-1][0] if segments else ""
            nxt = letters[i + 1] if i + 1 < len(letters) else ""
            if c == "ه" and persian and not nxt and prev == "C":
                segments.append(("V", "e"))
            elif vow and prev == "C" and (not nxt or (nxt in _ARABIC and not _ARABIC[nxt][1])):
                segments.append(("V", "o" if persian and vow == "u" else vow))
            else:
                segments.append(("C", "v" if persian and cons == "w" else cons))
        elif c not in "ِ":
            return ""
    return _fill_vowels(segments, persian=persian)


def _fill_vowels(segments: list[tuple[str, str]], *, persian: bool) -> str:
    out, inserted = "", 0
    for i, (kind, spelling) in enumerate(segments):
        out += spelling
        if kind != "C" or i + 1 >= len(segments) or segments[i + 1][0] != "C":
            continue
        before = segments[i - 1][0] if i else ""
        at_end = i + 2 == len(segments)
        if (
            not before
            or before == "C"
            or (at_end and spelling[-1] + segments[i + 1][1][0] not in _FINAL_CLUSTERS)
        ):
            out += "e" if persian and inserted % 2 else "a"
            inserted += 1
    return out


# --- invented names: syllable inventories in styles no earlier set used ------------------------------------


@dataclass(frozen=True)
class Style:
    """A syllable inventory: given = 2-3 syllables + ending; surname = prefix + 1-2 syllables + ending."""

    name: str
    given: tuple[str, ...]
    given_end: tuple[str, ...]
    sur: tuple[str, ...]
    sur_end: tuple[str, ...]
    sur_prefix: tuple[str, ...] = ("",)
    sur_syllables: tuple[int, ...] = (1, 2)


def _t(text: str) -> tuple[str, ...]:
    return tuple(text.split(" ")) if text else ("",)


STYLES = (
    Style(
        "somali",
        _t("ab di xa maa cab da sha ruu fa hi yo ca dhi ge ba qa lee mu na ha ay do sa cee ku ri ka jaa wa"),
        ("", "", "o", "le", "an", "ey"),
        _t("war sa me cal dhu xa gu qo ra hu ji ba fa ro ti mo ca lu"),
        _t("ow le e ey i aad yare"),
    ),
    Style(
        "hausa",
        _t("ba ka tu da la mi sa ni gwa ya zai wa ta ra bu ma lo hau ji ku dan ye ri sha ha ga fa"),
        ("", "u", "a", "tu", "ne", "ri"),
        _t("dan gar ba ka tsa ma yaw ki sal ga ra bu wu zu dam ko"),
        _t("awa u ri wa i bo ma"),
    ),
    Style(
        "amazigh",
        _t("ma zi ri ya nu tif lal mas sin ir wa gha ku zir dud mel yu ner tan kes ila so"),
        ("", "t", "en", "as", "a"),
        _t("maz gha ri wa nu tif lal sin dud ker yu zem"),
        _t("i en ane ouch a"),
        ("Ou", "Ait", "Na", "Ben"),
    ),
    Style(
        "khmer",
        _t(
            "sok vann chan da ra rith pheak sreng kol sam bo mony vuth nak thea kim lay rin phal sey vi chea "
            "ly na dy sak peou ny mean neang pich srey"
        ),
        ("",),
        _t("chh kh ph th s p t k m n l h v y r ng"),
        _t("ea eu oun um ay ol ourn ao eang ean ut ok ai or om ie"),
        sur_syllables=(1,),
    ),
    Style(
        "sinhala",
        _t("ka sun ni me sha dil an cha min tha ru pa ya sa ra thi lak shi ma ri nu wa hi de va chi ge ho"),
        ("", "ni", "ka", "ra", "th", "ya", "shi"),
        _t("jaya wick gun ama ran dis sena wije kuru edi pathi weera hetti dhar muna abey nuwa piya"),
        _t("singhe ratne wardena pala siri tunga kara sekara koon gama deniya"),
        sur_syllables=(1,),
    ),
    Style(
        "javanese",
        _t(
            "su har to wi ja ya di ni tri yan sri bu pra na ti mo rah ning sih pur an dar wan kus ra hen dra "
            "gu ma se"
        ),
        ("", "no", "ti", "ni", "wan", "yo"),
        _t("su har wi ja di pra mo kus dar ti se gu ra"),
        _t("ono ati anto wati yono ningsih harjo atmojo prawiro"),
    ),
    Style(
        "uzbek",
        _t("ja sur dil no za ra shod gul ba xur sher ka mo lik tim nur di fa ro sa bo hu ul lo shax yu qa"),
        ("bek", "oy", "gul", "jon", "xon", "a", ""),
        _t("ras tosh mur qul yusup sha xol ber nor ism kar sal tur ab"),
        _t("ov ova yev yeva boyev qulov murodov"),
    ),
    Style(
        "albanian",
        _t(
            "dri ble rta ar be li nda je ta vjo sa shk re mi ra ge nti za na ro do vë dë jo në ku fla tu ri on"
        ),
        ("", "n", "a", "ta", "ona", "im", "ë"),
        _t("ha ber gji ku ma shk le ze dra bal to pre ko"),
        _t("aj i ku llari eci oli ushi aqi reshi bardhi kaj"),
    ),
    Style(
        "irish",
        _t("Aoi Cao Sío Éa Orl Fia Dái Muir Tadh Ruai Ciar Oisí Deir Gráinn Caoil Rónn Fion Brí Neas Ultá"),
        _t("bhe mhín nait ghne rín lach ainn ne de nagh bhinn tín chán"),
        _t("ceall dubh flann murch ruaidh súil cath dónn fiach bréa gorm lao muim scann tuath"),
        _t("acháin éid áin agáin ealaigh obhair ánaigh uill"),
        ("Ó ", "Ó ", ""),
        sur_syllables=(1,),
    ),
    Style(
        "maltese",
        _t("ġu żep pi ma ri ċet ta ħel na kel lu ġor ja sa bri do ar ċe lo mi xe la vi gu ża ne"),
        ("", "u", "a", "ina", "ett", "ien"),
        _t("ġa bor ħa fen ru xi ċa mif sud zam taw bon"),
        _t("alli ejja ulu ċa ħaj ieri bejn ula uċċ enja"),
    ),
    Style(
        "sami",
        _t("án de á sa má ret vil le bier jovn mán sá rá el niil ánn gá ra ju si ri vá čá ber it ka"),
        ("", "a", "e", "ne", "ás", "it"),
        _t("bi ká ráh sie guo ál ná bea čeav duot gáis"),
        _t("vuoma jávri oaivi gieddi čearru luokta njárga johka várri suolu"),
        sur_syllables=(1,),
    ),
)


def _tidy(word: str) -> str:
    word = re.sub(r"(.)\1\1+", r"\1\1", word)
    return word[:1].upper() + word[1:].lower() if word else word


def _pronounceable(word: str, style: Style) -> bool:
    """No run of three vowels (Irish spelling aside) and no doubled accented vowel."""
    low = word.lower()
    run = 4 if style.name == "irish" else 3
    vowels = "[aeiouyáéíóúàèìòùäöüåëə]"
    if re.search(vowels + "{" + str(run) + "}", low) or (run == 4 and re.search(r"([aeiou])\1", low)):
        return False
    return not re.search(r"([áéíóúàèìòùäöüåëə])\1", low)


def invent_given(rng: random.Random, style: Style) -> str:
    for _ in range(50):
        count = rng.choice((2, 2, 3)) if style.name != "irish" else 1
        word = _tidy("".join(rng.choice(style.given) for _ in range(count)) + rng.choice(style.given_end))
        if _pronounceable(word, style):
            return word
    return word


def invent_surname(rng: random.Random, style: Style) -> str:
    for _ in range(50):
        word = _surname_candidate(rng, style)
        if _pronounceable(word, style):
            return word
    return word


def _surname_candidate(rng: random.Random, style: Style) -> str:
    prefix = rng.choice(style.sur_prefix)
    body = "".join(rng.choice(style.sur) for _ in range(rng.choice(style.sur_syllables)))
    stem = _tidy(body + rng.choice(style.sur_end))
    if prefix.endswith(" "):
        return prefix + stem
    return _tidy(prefix + stem.lower()) if prefix else stem


# --- word-like names: ordinary words (of some language) used as names -------------------------------------

#: Surname-like words: trades and landscape words of many languages, written for this set.
WORDLIKE_SURNAMES: dict[str, tuple[str, ...]] = {
    "en": _t(
        "Thatcher Cooper Fletcher Chandler Tanner Wheelwright Cordwainer Ploughwright Hedger Ditcher "
        "Brookfield Ashcombe Hollins Marshgate Birchholt Reedbank Willowmere Thornbury Heathcote Fernside"
    ),
    "de": _t(
        "Schreiner Töpfer Gerber Drechsler Böttcher Glaser Sattler Kesselflicker Hufschmied Ziegler "
        "Köhler Flößer Imker Mühlbach Lindenhof Steinbruch Birkenhain Erlengrund Haselbusch Weidenau"
    ),
    "fr": _t(
        "Tonnelier Vannier Sabotier Charron Meunier Tisserand Potier Forgeron Bûcheron Chaudronnier "
        "Coudraie Chênaie Saulaie Roselière Aulnaie Châtaigneraie Pommeraie Ormaie Fougeraie Oseraie"
    ),
    "es": _t(
        "Zapatero Alfarero Herrador Tejedor Carpintero Panadero Molinero Cabrero Vaquero Tonelero "
        "Olivar Robledal Pedregal Encinar Pinar Hayedo Cañaveral Alcornocal Retamar Espartal"
    ),
    "it": _t(
        "Molinaro Ferraio Pastore Fornaio Cestaio Carbonaio Vasaio Stagnino Bottaio Sellaio Ombrellaio "
        "Castagneto Querceto Fontanile Roccolo Pietraia Boschetto Canneto Frassineto Vigneto"
    ),
    "nl": _t(
        "Kuiper Mandenmaker Touwslager Klompenmaker Ketellapper Molenbeek Berkhout Eikenhorst "
        "Wilgenrode Elzenbroek Dijkwerker Rietdekker Turfsteker Scheepmaker Lijndraaier Kaasboer"
    ),
    "pl": _t(
        "Kowal Bednarz Garncarz Kołodziej Młynarz Szewc Cieśla Tkacz Piekarz Rybak Bartnik Łąkowy "
        "Brzozowiec Olszyna Dębina Jaworek Sośnica Leszczyna Wierzbina Grabina"
    ),
    "pt": _t(
        "Ferreiro Sapateiro Oleiro Moleiro Tanoeiro Carpinteiro Pedreiro Cesteiro Azenha Carvalhal "
        "Pinhal Souto Olival Freixial Amieiro Castanheiro Silveiral Vimieiro Salgueiral Tecelão"
    ),
    "ro": _t(
        "Morar Fierar Pescaru Croitoru Olaru Dulgheru Cojocaru Rotaru Păcurar Ciobotar Zidaru Lemnaru "
        "Strugaru Bucătaru Grădinaru Căruțaș Tâmplaru Morăraș Brutaru Văcaru"
    ),
    "ca": _t(
        "Ferrer Fuster Moliner Sabater Teixidor Pagès Boter Forner Sastre Pellisser Rajoler Serrador "
        "Carreter Argenter Cisteller Tintorer Corder Ferrador Vidrier Espardenyer"
    ),
    "cs": _t(
        "Kovář Mlynář Tesař Pekař Kolář Sedlák Rybář Truhlář Hrnčíř Bednář Zedník Kožešník Provazník "
        "Kameník Sklenář Koželuh Uhlíř Dehtář Vápeník Šindelář"
    ),
    "hu": _t(
        "Kovács Takács Molnár Halász Fazekas Lakatos Bognár Kádár Szűcs Csizmadia Kerekes Vadász "
        "Juhász Pásztor Gulyás Kertész Asztalos Esztergályos Kötélgyártó Szitás"
    ),
}
#: Compound surnames from Swedish and Finnish landscape words (first part + second part).
WORDLIKE_COMPOUNDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "sv": (
        _t(
            "björk gran ek lind sjö strand ljung myr hag löv sälg rönn hassel vass tall sten klipp kärr "
            "ängs åker back"
        ),
        _t(
            "lid holm vik näs bäck fors mark by ås kulle berga torp mo sund ström dal blad gren kvist hed "
            "hult"
        ),
    ),
    "fi": (
        _t(
            "koivu mänty haapa kuusi leppä paju kivi suo vesi pelto kallio hiekka multa routa sammal kaisla "
            "lumi tuuli usva halla"
        ),
        _t(
            "mäki järvi koski niemi salo lahti vaara harju korpi rinne lampi kangas kumpu notko ranta saari "
            "aho oja luoto lehto"
        ),
    ),
}
#: Given-name-like short words (weather, light, plants, sea) in many languages.
WORDLIKE_GIVEN = _t(
    "Brisa Neve Vento Lumi Tuuli Sisu Dagg Ljus Våg Iskra Dúha Hvězda Duna Csillag Hajnal Ráno Zima "
    "Ploaia Stea Roua Bruma Flor Alba Estel Boira Pluja Rosada Nuvola Onda Luce Sole Brume Rosée Aube "
    "Neige Ciel Lune Dew Fern Wren Rook Lark Moss Reed Heath Birke Tau Welle Nebel Morgen Regen Dauw "
    "Duin Wolk Orvalho Maré Nuvem Chmura Zorza Mgła Tęcza Łuna Mróz Szron Hamu Kaste Sumu Hõbe Rasa "
    "Jarzębina Kalina Rumianka Borówka Aamu Ilta Sade Routa Pilvi Tähti Ruska Kide Hile Virta Jää "
    "Ilma Myrsky Udu Vihm Kuu Päike Lund Sol Mar Zon Nap"
)


# --- mimesis names of locales no earlier set used ---------------------------------------------------------

#: locale -> (given-name locale, surname locale, romaniser of a given name, romaniser of a surname)
MIMESIS_LOCALES: dict[str, tuple[str, str, Callable[[str], str], Callable[[str], str]]] = {
    "es-mx": ("es-mx", "es-mx", str, str),
    "az": ("az", "az", str, str),
    "ja": ("ja", "ja", romanise_kana, lambda s: romanise_kanji_surname(s) or romanise_kana(s)),
    "zh": ("zh", "zh", romanise_hanzi, romanise_hanzi),
    "fa": (
        "fa",
        "fa",
        lambda s: romanise_arabic(s, persian=True),
        lambda s: romanise_arabic(s, persian=True),
    ),
    "ar-eg": ("ar-eg", "ar-eg", romanise_arabic, romanise_arabic),
    "ar-sa": ("ar-sa", "ar-sa", romanise_arabic, romanise_arabic),
    "ar-ma": ("ar-ma", "ar-ma", romanise_arabic, lambda s: romanise_arabic(s, article="El")),
    "ar-dz": ("ar-dz", "ar-dz", romanise_arabic, lambda s: romanise_arabic(s, article="El")),
}


def mimesis_names(locale: str, vetter: Vetter) -> tuple[list[str], list[str]]:
    """The locale's first names and surnames, romanised, that pass the vetter in all eight languages."""
    given_locale, sur_locale, given_rom, sur_rom = MIMESIS_LOCALES[locale]

    def pick(items: Iterable[str], romanise: Callable[[str], str]) -> list[str]:
        out: dict[str, None] = {}
        for item in items:
            value = romanise(str(item)).strip()
            if value and " " not in value and vetter.words(value):
                out[value] = None
        return list(out)

    names = _mimesis_person(given_locale)["names"]
    given = pick((v for vs in names.values() for v in vs), given_rom)
    return given, pick(_mimesis_person(sur_locale)["surnames"], sur_rom)


# --- people ---------------------------------------------------------------------------------------------------


@dataclass
class Person:
    """One planted person: name words, where they come from, and derived forms in one language."""

    given: str
    surname: str
    group: str  # invented | mimesis | wordlike
    origin: str  # style:<s> | locale:<l> | wordsrc:<lang>
    lang: str
    nick: str = ""
    handle: str = ""
    forms: dict[str, str] = field(default_factory=dict)  # possessive / Polish case forms of the full name
    canary: bool = False

    @property
    def full(self) -> str:
        return f"{self.given} {self.surname}"

    @property
    def first(self) -> str:
        """The first of a hyphenated given name (nicknames and handles start from it)."""
        return self.given.split("-")[0]

    def tags(self) -> list[str]:
        return [self.group, self.origin, *(["canary"] if self.canary else [])]


_VOWELS = set("aeiouyáéíóúàèìòùâêîôûäöüåæøəıëãõąęó")


def _pl_case(word: str, case: str) -> str:
    """A Polish case form of a (foreign) name word: consonant stems and -a stems decline, others not."""
    low = word.lower()
    if low.endswith("a") and len(word) > 3:
        stem = word[:-1]
        if case == "ins":
            return stem + "ą"
        if stem[-1].lower() in _VOWELS:
            return stem + "i"
        if case == "gen":
            return stem + ("i" if stem[-1].lower() in "kglj" else "y")
        soft = {"k": "ce", "g": "dze", "t": "cie", "d": "dzie", "ł": "le", "r": "rze"}
        last = stem[-1].lower()
        return stem[:-1] + soft[last] if last in soft else stem + ("i" if last in "lj" else "ie")
    if low[-1] in _VOWELS:
        return word
    if case == "gen":
        return word + "a"
    if case == "dat":
        return word + "owi"
    return word + ("iem" if low[-1] in "kg" else "em")


def _suffix_possessive(word: str, lang: str) -> tuple[str, bool]:
    """(surface, inflected): German/Dutch genitive -s or apostrophe; English 's (never inflected)."""
    low = word.lower()
    if lang == "en":
        return word + "'s", False
    if low[-1] in "sßxz":
        return word + "'", False
    if lang == "nl" and low[-1] in "aeiouy":
        return word + "'s", False
    return word + "s", True


def _ascii(word: str) -> str:
    return fold_ascii(word.replace("ħ", "h").replace("Ħ", "H"))


def _nicknames(first: str) -> list[str]:
    """Short forms of a given name: its first four letters, or three plus -i/-o after a consonant."""
    out = []
    for stem, ends in ((first[:4], ("",)), (first[:3], ("i", "o")), (first[:4], ("i",)), (first[:5], ("",))):
        for end in ends:
            if end and stem[-1:].lower() in _VOWELS:
                continue
            cand = stem + end
            if len(cand) >= 3 and cand.lower() != first.lower() and cand not in out:
                out.append(cand)
    return out


def derive_forms(person: Person, vetter: Vetter, langs: Sequence[str]) -> bool:
    """Fill nickname, handle and the language's possessive/case forms; False if one fails the vetter."""
    first = person.first
    folded = _ascii(first)
    for cand in _nicknames(first):
        if vetter.word(cand, langs):
            person.nick = cand
            break
    else:
        return False
    for handle in (folded, folded + _ascii(person.surname)[:1], _ascii(person.nick)):
        if len(handle) >= 3 and vetter.word(handle, langs):
            person.handle = handle
            break
    else:
        return False
    if person.lang in {"de", "nl", "en"}:
        for key, base, prefix in (("poss", person.surname, person.given + " "), ("gposs", person.given, "")):
            surface, inflected = _suffix_possessive(base, person.lang)
            if inflected and not vetter.words(surface, langs):
                return False
            person.forms[key] = prefix + surface
            person.forms[f"{key}_value"] = prefix + (surface if inflected else base)
    if person.lang == "pl":
        for case in ("gen", "dat", "ins"):
            given = "-".join(_pl_case(p, case) for p in person.given.split("-"))
            sur = " ".join(_pl_case(p, case) if len(p) > 1 else p for p in person.surname.split(" "))
            if not vetter.words(given, langs) or not vetter.words(sur, langs):
                return False
            person.forms[case] = f"{given} {sur}"
            person.forms[f"{case}_sur"] = sur
    return True


class NamePool:
    """Draws fresh people for one language: 40 % invented, 40 % mimesis, 20 % word-like."""

    def __init__(
        self, lang: str, vetter: Vetter, rng: random.Random, lists: dict[str, tuple[list[str], list[str]]]
    ):
        self.lang, self.vetter, self.rng, self.lists = lang, vetter, rng, lists
        self.used: set[str] = set()
        self.wordlike = self._wordlike()

    def _wordlike(self) -> tuple[list[tuple[str, str]], list[str]]:
        ok = lambda w: self.vetter.words(w, (self.lang,))  # noqa: E731
        surnames = [(w, src) for src, words in WORDLIKE_SURNAMES.items() for w in words if ok(w)]
        compounds = [
            (_tidy(a + b), src)
            for src, (heads, tails) in WORDLIKE_COMPOUNDS.items()
            for a in heads
            for b in tails
        ]
        compounds = [c for c in compounds if ok(c[0])]
        self.rng.shuffle(compounds)
        # half as many compounds as trade/landscape words, so Swedish and Finnish do not dominate
        return surnames + compounds[: len(surnames) // 2], [w for w in WORDLIKE_GIVEN if ok(w)]

    def draw(self) -> Person:
        """A fresh person; the group is drawn first, so names that fail the vetter more often (the
        invented ones) keep their share."""
        group = self.rng.choices([g for g, _ in GROUP_WEIGHTS], [w for _, w in GROUP_WEIGHTS])[0]
        for _ in range(500):
            person = self._candidate(group)
            langs = (self.lang,) if person.group == "wordlike" else LANGS
            if person.full.casefold() in self.used or not self.vetter.words(person.full, langs):
                continue
            if derive_forms(person, self.vetter, langs):
                self.used.add(person.full.casefold())
                return person
        raise RuntimeError(f"no usable person for {self.lang}")  # pragma: no cover

    def _candidate(self, group: str) -> Person:
        rng = self.rng
        if group == "wordlike":
            surnames, givens = self.wordlike
            surname, src = rng.choice(surnames)
            return Person(rng.choice(givens), surname, group, f"wordsrc:{src}", self.lang)
        if group == "invented":
            style = rng.choice(STYLES)
            given = self._given(lambda: invent_given(rng, style))
            return Person(given, invent_surname(rng, style), group, f"style:{style.name}", self.lang)
        locale = rng.choice(sorted(self.lists))
        locale_given, locale_surnames = self.lists[locale]
        given = self._given(lambda: rng.choice(locale_given))
        return Person(given, rng.choice(locale_surnames), group, f"locale:{locale}", self.lang)

    def _given(self, make: Callable[[], str]) -> str:
        """A given name, hyphenated from two now and then."""
        first = make()
        if self.rng.random() < 0.07:
            second = make()
            if second != first:
                return f"{first}-{second}"
        return first


# --- places: invented streets and cities with each language's endings ------------------------------------

PLACE_STEMS = {
    "en": _t("brack hol wend mar thorn cal dun pen stow kel gar hap quen wil fen brom sed lud"),
    "de": _t("wal eck hir lan mos kes rot bir ulm dorn hag sel ried gern fal lin tann"),
    "fr": _t("bran cour vil mar sau chal ver rous bel lan ger mor plou cras tour fon sen"),
    "es": _t("vald cas mor ner ber tor gual can alb fres cor orte lan sal vir mes zar"),
    "it": _t("mon cast val bor pier ron sor ter gual cas mar lur fal vel cor ger bis"),
    "nl": _t("hol dren wes ber gel lek sten rijn mar ven eem hoog kamp zand bos wil"),
    "pl": _t("brzez grab ols jaw dęb kal rud sok wil mok ost bor las głog trz zal piask"),
    "pt": _t("carv ouri mont vale ferr bor cast sant pen gouv arr fig mour alv lour tor"),
}
CITY_ENDINGS = {
    "en": _t("bury wick ford ham ton leigh minster combe worth stead"),
    "de": _t("hausen heim dorf feld bach berg stedt ingen rode au"),
    "fr": _t("ville court mont ac ières eux ange oy"),
    "es": _t("ejo illa ares uela edo ena al ero"),
    "it": _t("engo ano ate ello ina ago one asco"),
    "nl": _t("veen dijk horst broek hoven woude rade dam wijk loo"),
    "pl": _t("ów owo ice ino ewo ówka any yce"),
    "pt": _t("ães ela inho al ide osa eira ouço"),
}
STREET_FORMS = {
    "en": ("{n} {S} Lane", "{n} {S} Road", "{n} {S} Close", "Flat {m}, {n} {S} Street", "{n} {S} Crescent"),
    "de": ("{S}straße {n}", "{S}weg {n}", "{S}gasse {n}", "{S}ring {n}a", "Am {S}hof {n}"),
    "fr": ("{n} rue {S}", "{n}, chemin de {S}", "{n} impasse {S}", "{n} bis avenue {S}", "{n} allée {S}"),
    "es": ("Calle {S} {n}", "C/ {S}, {n}, {m}º", "Avda. de {S} {n}", "Plaza {S} {n}", "Camino {S} {n}"),
    "it": ("Via {S} {n}", "Viale {S} {n}", "Piazza {S} {n}", "Vicolo {S} {n}", "Via {S} {n}/{m}"),
    "nl": ("{S}straat {n}", "{S}laan {n}", "{S}weg {n}", "{S}gracht {n}", "{S}plein {n}"),
    "pl": ("ul. {S} {n}", "ul. {S} {n}/{m}", "al. {S} {n}", "os. {S} {n}", "ul. {S} {n} m. {m}"),
    "pt": ("Rua {S}, {n}", "Avenida {S} {n}", "Travessa {S} {n}", "Largo {S} {n}", "Rua {S} {n}, {m}º"),
}
_STREET_TAILS = {
    "en": _t("dle mere ridge wood gate field"),
    "de": _t("ler ach inger ecker au"),
    "fr": _t("elle ard ière in on"),
    "es": _t("ero illa ón al ejo"),
    "it": _t("ello ino asco ara one"),
    "nl": _t("er ink ema oven el"),
    "pl": _t("owa ska ki owska na"),
    "pt": _t("eira ado inho al ão"),
}


class Places:
    """Invented streets and cities for one language, vetted like names."""

    def __init__(self, lang: str, vetter: Vetter, rng: random.Random) -> None:
        self.lang, self.vetter, self.rng = lang, vetter, rng
        self.cities = self._make(CITY_ENDINGS[lang], 40)
        self.stems = self._make(_STREET_TAILS[lang], 60)

    def _make(self, endings: Sequence[str], count: int) -> list[str]:
        out: dict[str, None] = {}
        stems = PLACE_STEMS[self.lang]
        for _ in range(count * 20):
            stem, ending = self.rng.choice(stems), self.rng.choice(endings)
            link = self.rng.choice(("", "a", "e", "i", "o"))
            if ending[:1] in _VOWELS or stem[-1] in _VOWELS:
                link = ""
            word = _tidy(stem + link + ending)
            if self.vetter.words(word):
                out[word] = None
            if len(out) >= count:
                break
        return list(out)

    def city(self) -> str:
        return self.rng.choice(self.cities)

    def street(self) -> str:
        form = self.rng.choice(STREET_FORMS[self.lang])
        stem = self.rng.choice(self.stems)
        return form.format(S=stem, n=self.rng.randint(1, 180), m=self.rng.randint(1, 40))


# --- business and contact values ---------------------------------------------------------------------------

STATUSES = {
    "en": _t("confirmed pending cancelled completed on-hold rescheduled"),
    "de": _t("bestätigt offen storniert erledigt zurückgestellt verschoben"),
    "fr": _t("confirmé en-attente annulé terminé reporté validé"),
    "es": _t("confirmado pendiente cancelado completado aplazado cerrado"),
    "it": _t("confermato in-attesa annullato completato rinviato chiuso"),
    "nl": _t("bevestigd openstaand geannuleerd afgerond uitgesteld gepland"),
    "pl": _t("potwierdzone oczekujące anulowane zakończone przełożone zamknięte"),
    "pt": _t("confirmado pendente cancelado concluído adiado fechado"),
}
QTY_UNITS = {
    "en": "pcs",
    "de": "Stk.",
    "fr": "pièces",
    "es": "uds.",
    "it": "pz.",
    "nl": "st.",
    "pl": "szt.",
    "pt": "un.",
}
MAIL_DOMAINS = {
    "en": _t("gmail.com outlook.com btinternet.com yahoo.co.uk"),
    "de": _t("web.de gmx.de t-online.de gmail.com"),
    "fr": _t("orange.fr free.fr laposte.net gmail.com"),
    "es": _t("gmail.com hotmail.es telefonica.net yahoo.es"),
    "it": _t("libero.it virgilio.it gmail.com tiscali.it"),
    "nl": _t("ziggo.nl kpnmail.nl gmail.com hotmail.nl"),
    "pl": _t("wp.pl onet.pl o2.pl gmail.com"),
    "pt": _t("sapo.pt gmail.com netcabo.pt hotmail.com"),
}


def _pattern(rng: random.Random, pattern: str) -> str:
    """Fill ``#`` with digits and ``@`` with capital letters (I and O left out)."""
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return "".join(
        rng.choice("0123456789") if c == "#" else rng.choice(letters) if c == "@" else c for c in pattern
    )


def _ean13(rng: random.Random) -> str:
    body = "".join(rng.choice("0123456789") for _ in range(12))
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


def fmt_amount(rng: random.Random, lang: str, low: int = 5, high: int = 2400) -> str:
    value = rng.randint(low * 100, high * 100) / 100
    plain = f"{value:,.2f}"  # 1,234.50
    euro = plain.replace(",", " ").replace(".", ",").replace(" ", ".")  # 1.234,50
    return {
        "en": f"£{plain}",
        "de": f"{euro} €",
        "fr": f"{plain.replace(',', ' ').replace('.', ',')} €",
        "es": f"{euro} €",
        "it": f"€ {euro}",
        "nl": f"€ {euro}",
        "pl": f"{plain.replace(',', ' ').replace('.', ',')} zł",
        "pt": f"{euro} €",
    }[lang]


def fmt_date(day: dt.date, lang: str) -> str:
    if lang in {"de", "pl"}:
        return day.strftime("%d.%m.%Y")
    if lang == "nl":
        return day.strftime("%d-%m-%Y")
    return day.strftime("%d/%m/%Y")


def _day(rng: random.Random, start: int = 2024, end: int = 2026) -> dt.date:
    return dt.date(start, 1, 1) + dt.timedelta(days=rng.randrange((end - start) * 365))


def nino(rng: random.Random) -> str:
    """A UK National Insurance number in a valid shape."""
    first, second = "ABCEGHJKLMNOPRSTWXYZ", "ABCEGHJKLMNPRSTWXYZ"
    while True:
        prefix = rng.choice(first) + rng.choice(second)
        if prefix not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
            break
    digits = "".join(rng.choice("0123456789") for _ in range(6))
    return f"{prefix} {digits[:2]} {digits[2:4]} {digits[4:]} {rng.choice('ABCD')}"


def person_email(rng: random.Random, person: Person) -> str:
    """An address built from the person's letters that holds none of their name words whole."""
    given, sur = _ascii(person.first), _ascii(person.surname.split(" ")[-1])
    domain = rng.choice(MAIL_DOMAINS[person.lang])
    for _ in range(50):
        local = rng.choice(
            (
                f"{given[: rng.randint(1, max(1, len(given) - 1))]}.{sur[: rng.randint(2, max(2, len(sur) - 1))]}",
                f"{given[:2]}{sur[: max(2, len(sur) - 2)]}{rng.randint(1, 99)}",
                f"{sur[:3]}_{given[:3]}{rng.randint(60, 99)}",
            )
        )
        email = f"{local}@{domain}"
        if not any(
            contains_word(email, t) for t in name_tokens(person.full) + name_tokens(fold_ascii(person.full))
        ):
            return email
    return f"c{rng.randint(1000, 99999)}@{domain}"  # pragma: no cover


# --- rendering records from templates -----------------------------------------------------------------------

#: ``{a.full|list}``: person a (b, c fresh; s staff; z the chat speaker) in a form, optional case, and the slot tag;
#: ``{phone}``: a value of that kind (personal or business).
SLOT = re.compile(r"\{(?:([abcsz])\.([a-z_]+)(?:\.(lower|upper))?\|([a-z_]+)|([a-z_]+))\}")
PERSONAL_SLOTS = {
    "phone": "PHONE_NUMBER",
    "email": "EMAIL_ADDRESS",
    "iban": "IBAN_CODE",
    "street": "STREET_ADDRESS",
    "postcode": "POSTCODE",
    "city": "CITY",
    "dob": "DATE_OF_BIRTH",
    "natid": "NATIONAL_ID",
}
UTILITY_SLOTS = {
    "product": "product",
    "order": "order_number",
    "amount": "amount",
    "date": "date",
    "ref": "record_id",
    "company": "company",
    "ts": "timestamp",
    "status": "status",
    "version": "version",
    "sku": "sku",
    "ean": "ean",
    "tracking": "tracking_number",
    "case": "case_number",
    "invoice": "invoice_number",
    "qty": "quantity",
}


@dataclass(frozen=True)
class TextSpec:
    """One text file: genre, language, format, templates and the business values it keeps."""

    name: str
    lang: str
    fmt: str  # txt | jsonl
    genre: str
    templates: tuple[str, ...]
    products: tuple[str, ...]
    companies: tuple[str, ...]
    ref: str  # pattern of record IDs (# digit, @ letter)
    order: str  # pattern of order numbers
    shape: Any = (
        None  # JSONL skeleton ("$body", "$ref", "$ts", "$status", "$speaker", "$thread", "$a.full"...)
    )
    chat: bool = False


@dataclass
class FileContext:
    spec: TextSpec
    rng: random.Random
    pool: NamePool
    places: Places
    canaries: list[Person]
    staff: list[Person] = field(default_factory=list)
    members: list[Person] = field(default_factory=list)  # chat members
    speakers: dict[str, str] = field(default_factory=dict)  # member full name -> how they appear as speaker


class RecordBuilder:
    """Renders one record's fields and collects what was planted in them."""

    def __init__(self, ctx: FileContext, people: dict[str, Person], speaker: Person | None = None) -> None:
        self.ctx, self.people, self.speaker = ctx, people, speaker
        self.planted: list[Planted] = []
        self.mentioned: set[str] = set()
        self.lang = ctx.spec.lang

    def person(self, letter: str) -> Person:
        if letter == "z" and self.speaker is not None:
            return self.speaker
        if letter not in self.people:
            ctx = self.ctx
            if letter == "s":
                self.people[letter] = ctx.rng.choice(ctx.staff)
            elif ctx.members:
                taken = {p.full for p in self.people.values()} | (
                    {self.speaker.full} if self.speaker else set()
                )
                self.people[letter] = ctx.rng.choice([m for m in ctx.members if m.full not in taken])
            else:
                self.people[letter] = ctx.pool.draw()
        return self.people[letter]

    def fill(self, template: str, path: str) -> str:
        return SLOT.sub(lambda m: self._slot(m, path), template)

    def _slot(self, match: re.Match[str], path: str) -> str:
        letter, kind, case, tag, value_kind = match.groups()
        if value_kind:
            return self.value(value_kind, path)
        return self.name(self.person(letter), kind, case, tag, path)

    def name(self, person: Person, kind: str, case: str | None, tag: str, path: str) -> str:
        surface, value = person_form(person, kind)
        if case:
            surface, value = getattr(surface, case)(), getattr(value, case)()
        tags = [f"lang:{self.lang}", tag, *person.tags()]
        if person.full in self.mentioned:
            tags.append("repeat")
        self.mentioned.add(person.full)
        self.planted.append(Planted("PERSON", value, path, tags))
        return surface

    def value(self, kind: str, path: str) -> str:
        text = make_value(self, kind)
        entity = PERSONAL_SLOTS.get(kind) or f"utility:{UTILITY_SLOTS[kind]}"
        self.planted.append(Planted(entity, text, path, [f"lang:{self.lang}"]))
        return text


def person_form(person: Person, kind: str) -> tuple[str, str]:
    """(surface in the text, planted value) of a person in one form."""
    forms = person.forms
    simple = {
        "full": person.full,
        "given": person.given,
        "sur": person.surname,
        "nick": person.nick,
        "init": f"{person.given[0]}. {person.surname}",
        "rev": f"{person.surname.upper()}, {person.given}",
        "handle": f"@{person.handle}",
    }
    if kind in simple:
        return simple[kind], simple[kind]
    if kind in {"poss", "gposs"}:
        if person.lang == "pl":
            return forms["gen"], forms["gen"]
        if f"{kind}_value" in forms:
            return forms[kind], forms[f"{kind}_value"]
        base = person.full if kind == "poss" else person.given
        return base, base
    return forms[kind], forms[kind]  # Polish cases: gen, dat, ins, gen_sur, dat_sur, ins_sur


def make_value(rb: RecordBuilder, kind: str) -> str:
    ctx, lang = rb.ctx, rb.lang
    rng, country = ctx.rng, COUNTRY[lang]
    makers: dict[str, Callable[[], str]] = {
        "phone": lambda: phone(rng, country)[0],
        "email": lambda: person_email(rng, rb.person("a")),
        "iban": lambda: iban(rng, country)[0],
        "street": ctx.places.street,
        "postcode": lambda: postcode(rng, country),
        "city": ctx.places.city,
        "dob": lambda: fmt_date(_day(rng, 1942, 2008), lang),
        "natid": lambda: (national_id(rng, country) or (nino(rng), ""))[0],
        "product": lambda: rng.choice(ctx.spec.products),
        "order": lambda: _pattern(rng, ctx.spec.order),
        "amount": lambda: fmt_amount(rng, lang),
        "date": lambda: fmt_date(_day(rng), lang),
        "ref": lambda: _pattern(rng, ctx.spec.ref),
        "company": lambda: rng.choice(ctx.spec.companies),
        "ts": lambda: f"{_day(rng).isoformat()} {rng.randint(7, 21):02d}:{rng.randrange(60):02d}",
        "status": lambda: rng.choice(STATUSES[lang]),
        "version": lambda: f"v{rng.randint(1, 6)}.{rng.randint(0, 14)}.{rng.randint(0, 9)}",
        "sku": lambda: _pattern(rng, rng.choice(("SKU-@@-####", "@@@-#####", "ART-####-@"))),
        "ean": lambda: _ean13(rng),
        "tracking": lambda: _pattern(
            rng, rng.choice(("JJD00##############", "1Z@@@###########", "@@#########@@"))
        ),
        "case": lambda: _pattern(rng, "CASE-######"),
        "invoice": lambda: _pattern(rng, rng.choice(("INV-2025-#####", "FV/####/25", "RE-######"))),
        "qty": lambda: f"{rng.randint(2, 60)} {QTY_UNITS[lang]}",
    }
    return makers[kind]()


def fill_shape(node: Any, path: str, rb: RecordBuilder, bodies: list[str]) -> Any:
    """A JSONL record from a skeleton; ``["$repeat", a, b]`` becomes 2-3 items cycling a, b."""
    if isinstance(node, dict):
        return {k: fill_shape(v, f"{path}.{k}" if path else k, rb, bodies) for k, v in node.items()}
    if isinstance(node, list):
        if node and node[0] == "$repeat":
            items = []
            for i in range(rb.ctx.rng.choice((2, 2, 3))):
                if rb.ctx.members:
                    rb.speaker = pick_speaker(rb.ctx, exclude=rb.speaker)
                items.append(fill_shape(node[1 + i % (len(node) - 1)], f"{path}[]", rb, bodies))
            return items
        return [fill_shape(v, f"{path}[]", rb, bodies) for v in node]
    if not isinstance(node, str) or not node.startswith("$"):
        return node
    marker = node[1:]
    if marker == "body":
        template = bodies.pop(0) if bodies else rb.ctx.rng.choice(rb.ctx.spec.templates)
        return rb.fill(template, path)
    if marker == "speaker":
        return speaker_slot(rb, path, "sender_field")
    if "." in marker:
        letter, kind = marker.split(".")
        return rb.name(rb.person(letter), kind, None, "sender_field", path)
    return rb.value(marker, path)


def pick_speaker(ctx: FileContext, exclude: Person | None = None) -> Person:
    return ctx.rng.choice([m for m in ctx.members if exclude is None or m.full != exclude.full])


def speaker_slot(rb: RecordBuilder, path: str, tag: str) -> str:
    assert rb.speaker is not None
    surface = rb.ctx.speakers[rb.speaker.full]
    tags = [f"lang:{rb.lang}", tag, *rb.speaker.tags()]
    if rb.speaker.full in rb.mentioned:
        tags.append("repeat")
    rb.mentioned.add(rb.speaker.full)
    rb.planted.append(Planted("PERSON", surface, path, tags))
    return surface


def _case_tag(value: str) -> str:
    if value == value.lower():
        return "lower"
    if value == value.upper():
        return "upper"
    return "title"


def _recase(value: Any, how: str) -> Any:
    if isinstance(value, str):
        return getattr(value, how)()
    if isinstance(value, dict):
        return {k: _recase(v, how) for k, v in value.items()}
    if isinstance(value, list):
        return [_recase(v, how) for v in value]
    return value


def finish(content: Any, planted: list[Planted], how: str | None) -> tuple[Any, list[Planted]]:
    """Apply a whole-record case change (``upper``/``lower``) and add each person's case tag."""
    if how:
        content = _recase(content, how)
        planted = [Planted(p.entity, getattr(p.value, how)(), p.field, p.tags) for p in planted]
    for p in planted:
        if p.entity == "PERSON":
            p.tags = [*p.tags, _case_tag(p.value)]
    return content, planted


def _canary_templates(spec: TextSpec) -> list[str]:
    """Templates that name person a in full (so a canary appears whole), in the first body."""
    return [t for t in spec.templates if "{a.full|" in t]


def text_records(ctx: FileContext, count: int) -> tuple[list[Any], list[list[Planted]], list[str]]:
    spec, rng = ctx.spec, ctx.rng
    contents: list[Any] = []
    records: list[list[Planted]] = []
    seen: dict[str, None] = {}
    chat_canary = rng.randrange(count) if spec.chat else -1
    for i in range(count):
        people: dict[str, Person] = {}
        canary = ctx.canaries[0] if i == chat_canary else None
        if not spec.chat:
            canary = next((c for c in ctx.canaries if rng.random() < 0.01), None)
        template = rng.choice(_canary_templates(spec) if canary else spec.templates)
        if canary:
            people["a"] = canary
            seen[canary.full] = None
        speaker = pick_speaker(ctx, exclude=canary) if spec.chat else None
        rb = RecordBuilder(ctx, people, speaker)
        if spec.shape is not None:
            content: Any = fill_shape(spec.shape, "", rb, [template])
        elif spec.chat:
            head = speaker_slot(rb, "text", "chat_speaker")
            content = f"{head}: {rb.fill(template, 'text')}"
        else:
            content = rb.fill(template, "text")
        how = "lower" if spec.chat else ("upper" if rng.random() < 0.04 else None)
        content, planted = finish(content, rb.planted, how)
        contents.append(content)
        records.append(planted)
    return contents, records, list(seen)


def write_text(spec: TextSpec, out: Path, ctx: FileContext, count: int) -> FileSet:
    rng = ctx.rng
    ctx.staff = [ctx.pool.draw() for _ in range(5)]
    if spec.chat:
        ctx.members = [ctx.pool.draw() for _ in range(14)]
        for member in ctx.members:
            form = rng.choice(("given", "given", "nick", "full", "handle"))
            ctx.speakers[member.full] = person_form(member, form)[0].lstrip("@").lower()
    contents, records, canaries = text_records(ctx, count)
    path = out / f"{spec.name}.{spec.fmt}"
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        for content in contents:
            fh.write((content if spec.fmt == "txt" else json.dumps(content, ensure_ascii=False)) + "\n")
    return FileSet(
        name=spec.name,
        path=path.name,
        fmt=spec.fmt,
        kind="text",
        language=spec.lang,
        records=records,
        canaries=canaries,
        guided_fixes=True,
        notes=spec.genre,
    )


# --- the text files: three per language, one of them a lower-case group chat ------------------------------

CHAT_OBJECT = {"sender": "$speaker", "body": "$body", "ts": "$ts"}

TEXT_SPECS: tuple[TextSpec, ...] = (
    # ---------------------------------------------------------------- English
    TextSpec(
        "en_nursery_pickup",
        "en",
        "txt",
        "nursery pick-up log",
        (
            "{ts} — {a.full|sentence_start} collected by {b.full|object}, ID checked against the authorised list.",
            "{a.given|sentence_start} went home at 15:40 with grandparent {b.full|apposition} (phone on file: {phone}).",
            "Late pick-up for {a.full|object}: fee {amount} added to invoice {invoice}.",
            "Mum rang and said {b.full|after_speech_verb} will collect {a.given|object} today; password given correctly.",
            "{s.init|initial} noted that {a.gposs|possessive} spare clothes bag is missing, it is the {product}.",
            "Collected by: {b.rev|reversed} (uncle). Child: {a.full|list}. Ref {ref}.",
            "New authorised adult for {a.full|object}: {b.full|list}, {street}, {postcode} {city}.",
            "Allergy board, Puffin Room — {a.full|after_dash} (nuts), {b.full|list} (dairy), {c.given|list} (none).",
            "Mrs {b.sur|honorific} asked whether {a.given|object} can stay for the {product} session on {date}.",
            "{a.full|beside_value} {ref}: siblings {b.given|pair} & {c.given|pair} left with the childminder from {company}.",
            "Handover to {s.full|object} at 17:55, {a.given.lower|object} still waiting, dad stuck in traffic.",
            "Emergency contact for {a.full|object} changed to {email} / {phone} (status {status}).",
            "Photo consent signed by {b.full|agent} on {date}; copy filed with order {order}.",
            "Forest school trip list: {a.given|list}, {b.given|list} and {c.given|list}, packed lunch and wellies.",
            "Enrolled {a.full|object} (born {dob}) for the autumn term, sibling discount with {b.full|apposition}.",
            "“{a.given|sentence_start} had a lovely day,” said {s.given|after_speech_verb}, handing over to Mr {b.sur|honorific}.",
            "Spoke with the {a.sur.upper|object} family about fees: {amount} outstanding, plan agreed ({status}).",
        ),
        (
            "Rosie Raincoat",
            "Windsor Wipes 80",
            "Tilly Lunch Bag",
            "Junior Wellies size 9",
            "Messy Play Apron",
            "Forest School kit",
        ),
        ("Little Acorns Ltd", "Brightside Childminding", "Oakleaf Nursery Group"),
        "PU-#####",
        "NO-####-@@",
    ),
    TextSpec(
        "en_electrician_callouts",
        "en",
        "jsonl",
        "plumber and electrician call-outs",
        (
            "Tripping RCD in kitchen. {a.given|sentence_start} says it started after the new {product} went in.",
            "Boiler pressure low; spoke to {b.full|object} (tenant), landlord {c.full|apposition} authorised up to {amount}.",
            "Key safe at side gate, code held by Mr {b.sur|honorific}. Parts on order {order}.",
            "Customer {a.rev|reversed} reports no hot water since {date}; {product} showing F28.",
            "Leak under bath traced to the waste; {s.given|sentence_start} fitted a new trap, invoice {invoice} to {company}.",
            "Neighbour {b.full|apposition} let us in — {a.given|after_dash} was at work. Photos sent to {email}.",
            "Job raised by the letting agent for {a.full|object}, {street}, {postcode} {city}.",
            "Rang {a.given|object} twice, no answer, left a card. Try again tomorrow on {phone}.",
            "EICR done, two C2s. Certificate emailed to {a.full|object} and {b.full|list}.",
            "Parts used: {qty} of {sku}, one {product}. Courier tracking {tracking}.",
            "{a.gposs|possessive} dog is loose in the garden, ring before arriving. Access ref {ref}.",
            "Follow-up for {a.init|initial}: replace the fused spur, quoted {amount}, accepted.",
            "Ms {a.sur|honorific} wants the invoice sent to her employer, {company}, PO {order}.",
            "Tenant says {s.given|object} was brilliant, feedback logged. Landlord copied: {b.full|line_end}",
            "NO POWER TO UPSTAIRS RING, MR {b.sur.upper|honorific} TO CALL BACK.",
            "Warranty claim {case} opened with {company} for {a.gposs|possessive} {product}.",
            "Callback requested ({a.full|parenthesis}), job {ref}.",
            "{a.full|beside_value} {phone} — wants a morning slot.",
        ),
        (
            "Sparkright 40A RCBO",
            "Harlow Combi 28kW",
            "Verona Basin Mixer",
            "Thermoflo TRV pack",
            "Kensington 3-gang switch",
            "Ashby immersion heater",
        ),
        ("Kestrel Heating & Electrics", "Northgate Lettings", "Brightwire Services Ltd"),
        "CO-######",
        "PO-#####",
        {
            "job": {
                "ref": "$ref",
                "logged": "$ts",
                "customer": {"name": "$a.full", "tel": "$phone"},
                "engineer": "$s.full",
                "notes": "$body",
            },
            "status": "$status",
        },
    ),
    TextSpec(
        "en_petsitting_chat",
        "en",
        "txt",
        "neighbourhood pet-sitting swap chat",
        (
            "hi all, can anyone feed {a.gposs|possessive} cats sat and sun?",
            "{a.handle|mention} are you still ok for biscuit on tuesday",
            "thanks {a.given|vocative}!! she was so happy when you got there",
            "swapping with {a.full|object} this weekend, she has my spare keys",
            "key for flat 3 is with {a.nick|nickname} now",
            "rota for next week: mon {a.given|list}, tue {b.given|list}, wed me, thu {c.nick|list}",
            "{a.given|greeting} did rex eat the sofa again 😂",
            "everyone say hi to {a.full|object}, new in the group, has two rabbits",
            "my number changed btw {phone}",
            "who has the long lead? think i left it at {a.given|line_end}",
            "{a.given|pair} & {b.given|pair} doing the 7am walk, i'll do 6pm",
            "ok sorted, cheers all — {z.nick|signoff}",
            "pet food order went through, ref {order}, {amount} split three ways",
            "can't do sunday sorry {a.handle|mention} {b.handle|mention} anyone?",
            "{a.full|sentence_start} says the parrot only eats the {product}, don't buy the other one",
            "new address for the handover is {street}, buzzer 4",
        ),
        ("Verity Seed Mix", "Buster cat flap", "Hampton lead 5m", "Chewie Bone XL"),
        ("Pawsitive Pals",),
        "PS-####",
        "PF-#####",
        chat=True,
    ),
    # ---------------------------------------------------------------- German
    TextSpec(
        "de_fahrschule",
        "de",
        "txt",
        "Fahrschule: Fahrstunden und Prüfungen",
        (
            "{ts} Fahrstunde mit {a.full|object}, Fahrlehrer {s.full|apposition}, Thema Autobahn.",
            "{a.given|sentence_start} hat die Theorieprüfung bestanden, Praxis am {date}.",
            "Frau {a.sur|honorific} bittet um Verschiebung der Doppelstunde – neuer Termin {date}.",
            "Laut {s.given|after_speech_verb} fehlt bei {a.full|object} noch die Nachtfahrt.",
            "{a.poss|possessive} Sehtest liegt vor; Antrag bei der Führerscheinstelle {city} gestellt.",
            "Anmeldung: {a.rev|reversed}, geb. {dob}, {street}, {postcode} {city}.",
            "Rechnung {invoice} über {amount} an {a.full|object} verschickt ({email}).",
            "Prüfung abgebrochen – {a.given|after_dash} war zu schnell in der Spielstraße. Vorgang {ref}.",
            "Übungsfahrt {a.given|pair} und {b.given|pair} zusammen, Wagen {product}.",
            "Rückruf an Herrn {a.sur|honorific} unter {phone} wegen {product}.",
            "Gruppe Samstag: {a.full|list}, {b.full|list}, {c.init|initial}.",
            "Mutter von {a.full|object} zahlt per Lastschrift, IBAN {iban}.",
            "Herr {b.sur|honorific} ({a.gposs|possessive} Vater) hat angerufen, Status {status}.",
            "{s.init|initial}: Umstieg auf Schaltwagen für {a.given|object} empfohlen, Kosten {amount}.",
            "Steuer-ID für die Bescheinigung von {a.full|object}: {natid}.",
            "Neue Anmeldung ({a.full|parenthesis}) für {product}.",
            "{ref} {a.full|beside_value} — Theorie bestanden.",
            "{a.sur.upper|sentence_start} HAT DEN TERMIN AM {date} NICHT WAHRGENOMMEN.",
        ),
        (
            "Klasse B Grundpaket",
            "Sonderfahrt Autobahn",
            "Erste-Hilfe-Kurs",
            "Golf 8 Automatik",
            "Lernapp Premium",
            "Sehtest-Gutschein",
        ),
        ("Fahrschule Wendland GmbH", "TÜV-Prüfstelle Nord", "Autohaus Brenning"),
        "FS-####-##",
        "B-#####",
    ),
    TextSpec(
        "de_bestattungshaus",
        "de",
        "jsonl",
        "Bestattungshaus: Beratungsnotizen",
        (
            "Erstgespräch mit {a.full|object} (Tochter), Verstorbene: {b.full|apposition}, geb. {dob}.",
            "{a.given|sentence_start} wünscht eine Seebestattung; Angebot über {amount} mündlich besprochen.",
            "Trauerfeier für {b.full|object} am {date} in der Kapelle, Redner {c.full|apposition}.",
            "Frau {a.sur|honorific} ruft wegen der {product} zurück: {phone}.",
            "Auftraggeber: {a.rev|reversed}, {street}, {postcode} {city}.",
            "Laut {a.given|after_speech_verb} soll der Nachruf ohne Foto erscheinen; Druckauftrag {order}.",
            "{b.poss|possessive} Urne wird am {date} beigesetzt — Grabstelle Feld C, {company}.",
            "Rechnung {invoice} an {a.full|object}, Zahlung per Überweisung von {iban}.",
            "Blumenschmuck: {product}, bestellt durch {a.init|initial}, Lieferung an {company}.",
            "Die Geschwister {a.given|pair} und {b.given|pair} teilen sich die Kosten, je {amount}.",
            "Kondolenzliste ausgelegt; Rückfragen an {s.given|object} oder per Mail an {email}.",
            "Sterbeurkunde für {b.full|object} beantragt, Standesamt {city}, Vorgang {ref}.",
            "Herr {a.sur|honorific} hat die Musikliste geschickt, drei Titel – Status {status}.",
            "Trauerredner abgesagt. Ersatz: {c.full|after_dash} ({phone}).",
            "Vorsorgevertrag abgeschlossen ({a.full|parenthesis}), {amount}.",
            "{a.gposs|possessive} Wunsch: keine Kränze, stattdessen Spende an {company}.",
        ),
        (
            "Eichensarg Nordheim",
            "Urne Verona",
            "Trauerdruck Lilie",
            "Kranz Clara groß",
            "Grabgesteck Herbst",
            "Kondolenzbuch Leinen",
        ),
        ("Bestattungshaus Lindqvist & Söhne", "Friedhofsverwaltung Ostpark", "Blumen Hegewald"),
        "BV-2025-###",
        "A-####",
        {"vorgang": "$ref", "erfasst": "$ts", "berater": "$s.full", "notiz": "$body", "status": "$status"},
    ),
    TextSpec(
        "de_bandraum_chat",
        "de",
        "jsonl",
        "Proberaum-Kollektiv: Gruppenchat",
        (
            "wer hat den raum donnerstag? {a.handle|mention} ihr oder?",
            "danke {a.given|vocative}, schlagzeug steht wieder",
            "{a.given|sentence_start} hat den schlüssel noch, bitte bei {b.nick|nickname} abholen",
            "{a.gposs|possessive} amp brummt wieder, nicht benutzen",
            "plan fürs wochenende: fr {a.given|list}, sa {b.given|list} + {c.given|list}, so frei",
            "neu im kollektiv: {a.full|object}, spielt bass, sagt hallo",
            "miete für märz ist {amount} pro band, bitte an {iban}",
            "moin {a.given|greeting}, kannst du die {product} mitbringen?",
            "hab mit {a.full|object} geredet, die zahlen ab april mit",
            "{a.handle|mention} {b.handle|mention} heute aufräumen 18 uhr!!",
            "bestellung {order} ist da, liegt bei {a.given|line_end}",
            "gut gespielt gestern, grüße an {a.given|pair} und {b.given|pair}",
            "meine neue nummer {phone}, die alte geht nicht mehr",
            "{a.full|sentence_start} fragt ob wir den raum untervermieten, {amount} pro abend",
            "bis später, {z.nick|signoff}",
        ),
        ("Marshall JCM Topteil", "Pearl Snare 14", "Vox AC30", "Gaffa-Tape Rolle", "Shure SM58"),
        ("Proberaum Kollektiv Nord e.V.",),
        "PR-####",
        "MH-#####",
        CHAT_OBJECT,
        chat=True,
    ),
    # ---------------------------------------------------------------- French
    TextSpec(
        "fr_organisation_mariages",
        "fr",
        "txt",
        "organisatrice de mariages : carnet de suivi",
        (
            "{ts} — rendez-vous avec {a.full|object} et {b.full|list} pour le {product}.",
            "{a.given|sentence_start} souhaite déplacer la cérémonie au {date}, acompte de {amount} reçu.",
            "Mme {a.sur|honorific} confirme 120 invités ; traiteur {company}, devis {order}.",
            "Selon {b.given|after_speech_verb}, la tante {c.full|apposition} ne doit pas être placée près du DJ.",
            "Plan de table : {a.full|list}, {b.full|list}, {c.init|initial} — table des témoins.",
            "Mariés : {a.rev|reversed} & {b.given|pair}. Adresse : {street}, {postcode} {city}.",
            "Le témoin de {a.full|possessive}, {b.full|apposition}, organise l'enterrement de vie de garçon.",
            "Facture {invoice} envoyée à {a.full|object} ({email}).",
            "Rappeler M. {b.sur|honorific} au {phone} pour les navettes.",
            "Essayage robe — {a.given|after_dash} a choisi la {product}.",
            "Liste de mariage ouverte au nom de {a.given|pair} et {b.given|pair}, réf. {ref}.",
            "Photographe : contrat signé par {a.full|agent} le {date}, statut {status}.",
            "« Tout était parfait », écrit {a.given|after_speech_verb} après la soirée.",
            "Virement de l'acompte depuis {iban}, donneur d'ordre {a.full|object}.",
            "Allergies : {a.given|list} (gluten), {b.given|list} (fruits à coque).",
            "Dégustation prévue ({a.full|parenthesis} + 3 personnes) le {date}.",
            "{order} {a.full|beside_value} : solde de {amount} à régler.",
            "URGENT : LE DJ DE {a.sur.upper|possessive} A ANNULÉ.",
        ),
        (
            "Forfait Jour J Sérénité",
            "Arche Florale Colette",
            "Menu Verona",
            "Photobooth Vintage",
            "Faire-part Lin Naturel",
            "Pièce montée Capucine",
        ),
        ("Noces & Pivoines", "Traiteur Maison Lavergne", "Domaine de la Brunerie"),
        "MAR-####",
        "DEV-#####",
    ),
    TextSpec(
        "fr_studio_photo",
        "fr",
        "jsonl",
        "studio photo : échanges avec les clients",
        (
            "Bonjour, je voudrais réserver la {product} pour le {date}. Merci, {a.full|signoff}",
            "C'est noté pour {a.given|object}, acompte de {amount} à régler avant la séance.",
            "Mes enfants {b.given|pair} et {c.given|pair} viendront aussi, est-ce possible ?",
            "Vos fichiers sont prêts, commande {order}, lien envoyé à {email}.",
            "Pouvez-vous facturer au nom de {a.rev|reversed}, {street}, {postcode} {city} ?",
            "{b.full|sentence_start} passera chercher les tirages à ma place.",
            "Bonjour {a.given|greeting}, votre rendez-vous est déplacé à 15h, statut {status}.",
            "Ma sœur {b.full|apposition} voudrait le même {product}.",
            "Merci {s.given|vocative} pour les retouches, c'est parfait !",
            "Facture {invoice} de {amount} jointe. Cordialement, {s.full|signoff}",
            "Le colis est parti, numéro de suivi {tracking}.",
            "Joignable au {phone} après 18h — {a.given|line_end}",
            "Mme {a.sur|honorific}, la photo de {c.full|possessive} est disponible au studio.",
        ),
        (
            "Séance Portrait Studio",
            "Tirage Fine Art 40x60",
            "Album Manon 30 pages",
            "Pack Famille Biarritz",
            "Photo d'identité ANTS",
            "Cadre chêne Colmar",
        ),
        ("Studio Lumière Vive", "Labo Photo Rhône", "Agence Castel Mariage"),
        "PH-#####",
        "CMD-####-@",
        {
            "dossier": "$ref",
            "messages": [
                "$repeat",
                {"de": "$a.full", "texte": "$body"},
                {"de": "$s.given", "texte": "$body"},
            ],
        },
    ),
    TextSpec(
        "fr_troupe_theatre_chat",
        "fr",
        "txt",
        "troupe de théâtre amateur : discussion de groupe",
        (
            "répète demain 19h, {a.handle|mention} tu as le texte de l'acte 2 ?",
            "merci {a.given|vocative} pour les costumes !!",
            "{a.given|sentence_start} remplace {b.given|object} dans le rôle du notaire samedi",
            "les clés de la salle sont chez {a.nick|nickname}",
            "distribution : {a.given|list} (harpagon), {b.given|list} (valère), {c.given|list} (élise)",
            "bienvenue à {a.full|object} qui rejoint la troupe 🎭",
            "salut {a.given|greeting}, tu peux amener le {product} ?",
            "cotisation {amount} à virer sur le compte {iban}",
            "j'ai eu {a.full|object} au tel, elle vient pour la régie",
            "billetterie en ligne, commande {order}, 45 places vendues",
            "{a.given|pair} et {b.given|pair} s'occupent du décor ce we",
            "bisous, {z.nick|signoff}",
            "le programme est chez l'imprimeur, on récupère chez {a.given|line_end}",
            "{a.full|sentence_start} dit que la première est décalée au {date}",
            "mon nouveau numéro {phone}",
            "{a.handle|mention} {b.handle|mention} costumes à rendre avant vendredi",
        ),
        ("projecteur Lumière 500", "rideau velours", "perruque Marquise"),
        ("Compagnie du Rideau Rouge",),
        "TH-####",
        "BIL-#####",
        chat=True,
    ),
    # ---------------------------------------------------------------- Spanish
    TextSpec(
        "es_central_taxis",
        "es",
        "txt",
        "central de radiotaxi: registro de servicios",
        (
            "{ts} recogida de {a.full|object} en {street}, destino {company}.",
            "{a.given|sentence_start} pide taxi adaptado para las 8:15, vuelo a las 10.",
            "Sra. {a.sur|honorific} reclama un cargo de {amount}, reserva {order}.",
            "El conductor {s.full|apposition} avisa: cliente no presentado ({a.full|parenthesis}).",
            "Cliente habitual: {a.rev|reversed}, tel. {phone}.",
            "Según {a.given|after_speech_verb}, se dejó un paraguas en el coche de {s.given|object}.",
            "Traslado de {a.given|pair} y {b.given|pair} al hospital, pago con {product}.",
            "Recoger a {a.init|initial} en {postcode} {city}, portal 3.",
            "Factura {invoice} a nombre de {a.full|object}, enviar a {email}.",
            "Cambio de turno: {s.given|after_dash} sale, entra {b.full|object}.",
            "El hijo de {a.full|possessive} llamará para confirmar la vuelta, estado {status}.",
            "Objetos perdidos: cartera de {b.full|possessive} entregada en comisaría, ref. {ref}.",
            "Sr. {b.sur|honorific} solicita {product} para el {date}.",
            "Aviso para {a.given|object}: el coche 4821 KLM va en camino.",
            "Reclamación {case} de {a.full|object}: cobro duplicado de {amount}.",
            "CLIENTE {a.full.upper|sentence_start} ESPERA EN LA PUERTA DE {company}.",
        ),
        (
            "Servicio Aeropuerto T4",
            "Taxi adaptado PMR",
            "Bono 10 viajes",
            "Furgoneta 7 plazas",
            "Tarifa nocturna Toledo",
        ),
        ("Radio Taxi Ribera", "Hotel Alcázar Plaza", "Clínica San Telmo"),
        "TX-######",
        "RES-####",
    ),
    TextSpec(
        "es_agencia_traduccion",
        "es",
        "jsonl",
        "agencia de traducción: encargos",
        (
            "Certificado de nacimiento de {a.full|possessive}, nacida el {dob}, para el {company}.",
            "{a.given|sentence_start} necesita la {product} antes del {date}.",
            "Presupuesto {amount}, pedido {order}, pendiente de pago por {a.rev|reversed}.",
            "La traductora {s.given|apposition} revisa los nombres: {b.full|list} y {c.full|list}.",
            "Sr. {a.sur|honorific} envió el DNI ({natid}) escaneado.",
            "Factura {invoice} a {a.full|object}, {street}, {postcode} {city}.",
            "Según {a.given|after_speech_verb}, el apellido de su madre es {b.sur|object}, con tilde.",
            "Interpretación en notaría para {a.full|object} y su hermano {b.given|apposition}, el {date}.",
            "Llamar a {a.init|initial} al {phone} para confirmar la entrega.",
            "El expediente de {a.full|possessive} incluye {qty} de documentos académicos.",
            "Entrega por mensajería, seguimiento {tracking}; lo recibe {b.full|line_end}",
            "Pago recibido desde {iban} — {a.given|after_dash}.",
            "Urgente ({a.full|parenthesis}): traducción para el {date}.",
            "{ref} {a.full|beside_value} {amount}",
            "Versión revisada {version} enviada a {email} por {s.full|agent}.",
        ),
        (
            "Traducción jurada EN>ES",
            "Interpretación consecutiva",
            "Revisión Toledo Legal",
            "Apostilla de La Haya",
            "Subtitulado Pack 30 min",
        ),
        ("Lenguas Ribera S.L.", "Notaría Castellar", "Registro Civil Central"),
        "TR-2025-####",
        "PED-#####",
        {
            "encargo": {
                "ref": "$ref",
                "cliente": {"nombre": "$a.full", "correo": "$email"},
                "traductor": "$s.full",
                "detalle": "$body",
            },
            "estado": "$status",
        },
    ),
    TextSpec(
        "es_club_lectura_chat",
        "es",
        "jsonl",
        "club de lectura: chat del grupo",
        (
            "quién trae el libro de este mes? {a.handle|mention}",
            "gracias {a.given|vocative}, me encantó la novela",
            "{a.given|sentence_start} ya se ha terminado los tres tomos 📚",
            "el ejemplar firmado lo tiene {a.nick|nickname}",
            "moderan: {a.given|list} en marzo, {b.given|list} en abril y {c.given|list} en mayo",
            "os presento a {a.full|object}, nueva en el club",
            "buenas {a.given|greeting}, me prestas la {product}?",
            "cuota anual {amount}, ingresad en {iban}",
            "he hablado con {a.full|object} y nos deja su salón el jueves",
            "pedido de libros {order} listo, recoger en casa de {a.given|line_end}",
            "{a.given|pair} y {b.given|pair} proponen leer poesía el mes que viene",
            "un abrazo, {z.nick|signoff}",
            "mi número nuevo {phone}",
            "{a.full|sentence_start} dice que la autora viene el {date}",
            "{a.handle|mention} {b.handle|mention} quedamos a las 19:30 en {street}",
        ),
        ("edición ilustrada de Platero", "antología Toledo 1920", "audiolibro Marina"),
        ("Club de Lectura Las Hojas",),
        "CL-###",
        "PL-####",
        {"msg": {"de": {"alias": "$speaker"}, "texto": "$body"}, "hora": "$ts"},
        chat=True,
    ),
    # ---------------------------------------------------------------- Italian
    TextSpec(
        "it_visite_museo",
        "it",
        "txt",
        "visite guidate al museo: registro prenotazioni",
        (
            "{ts} gruppo di 18 persone, guida {s.full|apposition}, prenotazione {order}.",
            "{a.given|sentence_start} ha chiesto una visita in inglese per il {date}.",
            "La sig.ra {a.sur|honorific} accompagna la classe 3B dell'{company}.",
            "Secondo {s.given|after_speech_verb}, {a.full|object} ha lasciato l'ombrello al guardaroba.",
            "Referente: {a.rev|reversed}, tel. {phone}, mail {email}.",
            "Partecipanti: {a.full|list}, {b.full|list}, {c.init|initial} (ridotto).",
            "Il marito di {a.full|possessive}, {b.given|apposition}, usa la sedia a rotelle.",
            "Fattura {invoice} intestata a {a.full|object}, {street}, {postcode} {city}.",
            "Visita annullata — {a.given|after_dash} ha la febbre, rimborso {amount} ({status}).",
            "Il sig. {b.sur|honorific} vuole acquistare il {product}.",
            "{a.given|pair} e {b.given|pair} guideranno il laboratorio di sabato.",
            "Codice fiscale per la fattura di {a.full|possessive}: {natid}.",
            "Prenotato da {a.full|agent} il {date}, biglietto {product}.",
            "«Visita splendida», ha scritto {a.given|after_speech_verb} nel registro.",
            "Prenotazione telefonica ({a.full|parenthesis}) per 4 adulti il {date}.",
            "{order} – {a.full|beside_value} – {amount}",
            "ATTENZIONE: {a.sur.upper|sentence_start} HA PAGATO DUE VOLTE, RIMBORSARE {amount}.",
        ),
        (
            "Visita guidata Caravaggio",
            "Biglietto ridotto Verona",
            "Audioguida Giulia",
            "Laboratorio didattico Etruschi",
            "Catalogo mostra Pompei",
        ),
        ("Musei Civici Lurasco", "Cooperativa Arte Viva", "Istituto Comprensivo Dante"),
        "VM-#####",
        "PRN-####",
    ),
    TextSpec(
        "it_scuola_sci",
        "it",
        "jsonl",
        "scuola di sci: iscrizioni e note dei maestri",
        (
            "{a.given|sentence_start} è al livello principiante, gruppo delle 9:30.",
            "La mamma di {a.full|possessive} chiede di spostare la lezione al {date}.",
            "Pagato {amount} per il {product}, ricevuta {invoice}.",
            "Il maestro {s.given|apposition} segnala che {a.given|object} ha paura della seggiovia.",
            "Genitore di riferimento: {b.rev|reversed}, cell. {phone}.",
            "I fratelli {a.given|pair} e {b.given|pair} sono nello stesso gruppo, sconto applicato.",
            "Noleggio a nome di {b.full|object}, {product}, ordine {order}.",
            "Consegnata la medaglia a {a.full|object} — {status}.",
            "Allergia: {a.given|after_dash} non può mangiare frutta secca al rifugio.",
            "Il sig. {b.sur|honorific} chiede la fattura intestata all'{company}.",
            "Recapito in albergo: {company}, camera 214; mail {email}.",
            "Nato il {dob}, residente in {street}, {postcode} {city}.",
            "Gara di fine corso: {a.full|list}, {b.full|list}, {c.given|list}.",
            "Iscrizione tardiva ({a.full|parenthesis}), supplemento {amount}.",
        ),
        (
            "Corso collettivo 5 giorni",
            "Lezione privata 2h",
            "Skipass Sestriere",
            "Noleggio sci Carve 140",
            "Casco junior Aosta",
        ),
        ("Scuola Sci Monte Bisate", "Noleggio Valbruna", "Hotel Genziana"),
        "SS-####",
        "NO-######",
        {
            "iscrizione": "$ref",
            "registrata": "$ts",
            "maestro": "$s.full",
            "allievo": "$a.full",
            "nota": "$body",
        },
    ),
    TextSpec(
        "it_gas_chat",
        "it",
        "txt",
        "gruppo di acquisto solidale: chat",
        (
            "ordine arance chiuso, {a.handle|mention} ci pensi tu al ritiro?",
            "grazie {a.given|vocative} per il giro in cascina",
            "{a.given|sentence_start} ha ancora due casse di mele",
            "le cassette vuote sono da {a.nick|nickname}",
            "turni consegna: {a.given|list} martedì, {b.given|list} giovedì, {c.given|list} sabato",
            "diamo il benvenuto a {a.full|object} 👋",
            "ciao {a.given|greeting}, mi tieni 2 kg di {product}?",
            "quota di ottobre {amount}, bonifico su {iban}",
            "ho sentito {a.full|object}, il produttore consegna venerdì",
            "ordine {order} arrivato, si ritira da {a.given|line_end}",
            "{a.given|pair} e {b.given|pair} portano il pane",
            "a dopo, {z.nick|signoff}",
            "nuovo numero {phone}",
            "{a.full|sentence_start} dice che l'olio arriva il {date}",
            "{a.handle|mention} {b.handle|mention} chi viene a scaricare?",
        ),
        ("farina Senatore Cappelli", "arance Tarocco", "pecorino Pienza"),
        ("GAS Lurasco",),
        "GA-####",
        "OR-#####",
        chat=True,
    ),
    # ---------------------------------------------------------------- Dutch
    TextSpec(
        "nl_botenverhuur",
        "nl",
        "txt",
        "botenverhuur: balielogboek",
        (
            "{ts} {a.full|sentence_start} huurt de {product} voor 4 uur, borg {amount}.",
            "{a.given|sentence_start} belde: ze staan in de file en zijn later.",
            "Mevr. {a.sur|honorific} heeft reservering {order} geannuleerd ({status}).",
            "Volgens {s.given|after_speech_verb} is de schroef beschadigd na de tocht van {a.full|object}.",
            "Huurder: {a.rev|reversed}, tel. {phone}.",
            "{a.gposs|possessive} zoon vaart mee, zwemvest maat S klaargezet.",
            "Groep vrijgezellenfeest: {a.full|list}, {b.full|list}, {c.init|initial}.",
            "Factuur {invoice} naar {a.full|object}, {street}, {postcode} {city}.",
            "Dhr. {b.sur|honorific} wil de {product} morgen ook, graag bevestigen via {email}.",
            "{a.given|pair} en {b.given|pair} leveren de boot om 18:00 in.",
            "Borg teruggestort op {iban} — {a.given|after_dash}.",
            "Vaarbewijs gecontroleerd bij {a.full|object}, geboren {dob}.",
            "Sleutels overhandigd door {s.full|agent} aan {b.given|object}.",
            "Schade gemeld door {a.poss|possessive} groep, foto's bij {company}.",
            "Walk-in klant ({a.full|parenthesis}) nam de {product}.",
            "{ref} {a.full|beside_value} {amount} contant",
            "LET OP: {a.sur.upper|object} NIET MEER VERHUREN, BORG {amount} NOG OPEN.",
        ),
        (
            "Sloep Texel 8p",
            "Kano Eenpersoons",
            "Fluisterboot Giethoorn",
            "Zeilboot Valk",
            "Picknickmand Luxe",
            "SUP-board 3,2 m",
        ),
        ("Botenverhuur De Eemhoek", "Jachthaven Ruigewaard", "Camping Het Veerhuis"),
        "BV-#####",
        "RES-####-@",
    ),
    TextSpec(
        "nl_wooncooperatie_notulen",
        "nl",
        "jsonl",
        "wooncoöperatie: notulen van het bestuur",
        (
            "{a.full|sentence_start} opent de vergadering om 19:30; notulist is {b.full|apposition}.",
            "Voorzitter {s.given|apposition} meldt dat de offerte voor de {product} {amount} bedraagt.",
            "Mevr. {b.sur|honorific} (nr. 14) klaagt over lekkage; {company} komt op {date}.",
            "De bewoners {a.given|pair} en {b.given|pair} willen een moestuin op het dak.",
            "Volgens {c.full|after_speech_verb} is de ledenlijst niet actueel.",
            "Machtiging voor de servicekosten: {a.rev|reversed}, {iban}.",
            "Nieuw lid: {a.full|object}, {street}, {postcode} {city}.",
            "Kascommissie: {a.full|list}, {b.full|list} en {c.init|initial}.",
            "Dhr. {a.sur|honorific} stelt voor de {product} uit te stellen. Besluit: {status}.",
            "Actiepunt voor {b.given|object}: offerte {order} opvragen.",
            "{a.gposs|possessive} voorstel over huisdieren wordt aangenomen.",
            "Rondvraag — {c.given|after_dash} vraagt om een nieuwe sleutel.",
            "Contact voor storingen: {a.full|object}, {phone}, {email}.",
        ),
        (
            "Liftonderhoud contract",
            "Dakrenovatie fase 2",
            "Fietsenstalling Zandhoven",
            "Zonnepanelen 24 st.",
            "Intercom Eemwijk",
        ),
        ("Wooncoöperatie De Lekstroom", "Installatiebedrijf Berkel", "Schildersbedrijf Oostrand"),
        "ALV-####",
        "OFF-#####",
        {
            "vergadering": "$ref",
            "datum": "$date",
            "punten": [
                "$repeat",
                {"spreker": "$a.full", "tekst": "$body"},
                {"spreker": "$s.full", "tekst": "$body"},
            ],
        },
    ),
    TextSpec(
        "nl_buurtpreventie_chat",
        "nl",
        "jsonl",
        "buurtpreventie: groepsapp",
        (
            "verdachte auto bij de speeltuin, {a.handle|mention} zie jij hem ook?",
            "dank je {a.given|vocative}, was gewoon de bezorger",
            "{a.given|sentence_start} loopt vanavond de ronde met {b.given|object}",
            "de zaklampen liggen bij {a.nick|nickname}",
            "rooster: ma {a.given|list}, wo {b.given|list}, vr {c.given|list}",
            "welkom {a.full|object} in de groep!",
            "hoi {a.given|greeting}, heb jij de sleutel van het hek?",
            "pakket van de buren ligt bij {a.given|line_end}",
            "ik sprak {a.full|object} net, fiets teruggevonden in de {street}",
            "{a.handle|mention} {b.handle|mention} poort stond weer open",
            "{a.given|pair} en {b.given|pair} hebben de politie gebeld, melding {ref}",
            "groetjes, {z.nick|signoff}",
            "mijn nieuwe nummer {phone}",
            "{a.full|sentence_start} zegt dat de lantaarnpaal op {date} gemaakt wordt",
        ),
        ("zaklamp Maglite",),
        ("Buurtpreventie Oost",),
        "MLD-#####",
        "BP-####",
        CHAT_OBJECT,
        chat=True,
    ),
    # ---------------------------------------------------------------- Polish
    TextSpec(
        "pl_slusarz_zlecenia",
        "pl",
        "txt",
        "pogotowie ślusarskie: zlecenia wyjazdowe",
        (
            "{ts} Otwarcie drzwi u {a.gen|inflected}, {street}, klient bez kluczy.",
            "{a.given|sentence_start} zatrzasnęła klucze w środku, dzwoniła z {phone}.",
            "Pani {a.sur|honorific} zamawia wymianę wkładki: {product}, {amount}.",
            "Rozmawiałem z {a.ins|inflected}, potwierdza termin {date}.",
            "Faktura {invoice} dla {a.gen|inflected}, firma {company}.",
            "Klient: {a.rev|reversed}, {postcode} {city}.",
            "Mieszkanie {a.gen|possessive} — drzwi antywłamaniowe, montaż: {product}.",
            "Klucze przekazane {a.dat|inflected} i sąsiadce, pani {b.sur|honorific}.",
            "Zlecenie od {company}, kontakt: {a.full|object}, {email}.",
            "Według {s.gen|after_speech_verb} zamek był uszkodzony wcześniej.",
            "Wyjazd: {s.init|initial}, pomocnik {b.given|apposition}; zlecenie {order}.",
            "{a.given|pair} i {b.given|pair} proszą o trzy dodatkowe klucze {product}.",
            "Płatność przelewem z {iban} — {a.full|after_dash}.",
            "PESEL do umowy gwarancyjnej {a.gen_sur|inflected}: {natid}.",
            "Pan {b.sur|honorific} prosi o kontakt z {c.ins|inflected} w sprawie sejfu.",
            "Zgłoszenie telefoniczne ({a.full|parenthesis}) — zatrzaśnięte drzwi, {street}.",
            "{order} {a.full|beside_value} {amount}",
            "PILNE: {a.sur.upper|sentence_start} CZEKA POD DRZWIAMI, {street}.",
        ),
        (
            "wkładka Gerda klasa C",
            "zamek Lob 72",
            "kłódka Abus 45",
            "sejf Warta S2",
            "klucz Dorma",
            "zamek Wiktoria",
        ),
        ("Zakład Ślusarski Zamek-Serwis", "Spółdzielnia Mieszkaniowa Lasowo", "Biuro Rachunkowe Nova"),
        "ZL-#####",
        "ZAM-####",
    ),
    TextSpec(
        "pl_drukarnia_zamowienia",
        "pl",
        "jsonl",
        "drukarnia: zamówienia klientów",
        (
            "Projekt zaakceptowany po rozmowie z {a.ins|inflected} {date}.",
            "{a.given|sentence_start} chce {product}, nakład {qty}.",
            "Faktura {invoice} na firmę {company}, odbiera {a.full|object}.",
            "Plik od {a.gen|inflected} ma za niską rozdzielczość.",
            "Pani {a.sur|honorific} prosi o próbny wydruk, koszt {amount}.",
            "Zamawiający: {a.rev|reversed}, {street}, {postcode} {city}.",
            "Wysyłka kurierem, list przewozowy {tracking}, odbiorca {b.full|line_end}",
            "Zaproszenia ślubne {a.gen|possessive} i {b.gen|possessive} — 120 sztuk, złote litery.",
            "Grafik {s.given|apposition} poprawił logo, wersja {version}.",
            "Dzwonić do {a.gen|inflected} po 16:00.",
            "Wpłata z konta {iban}, tytuł {order}.",
            "Według {b.gen|after_speech_verb} kolor ma być jak na {product}.",
            "Klient {a.full|object} odebrał ulotki, zostało {qty}.",
            "Kod kreskowy EAN {ean} na etykiety dla {a.gen|inflected}, indeks {sku}.",
        ),
        (
            "wizytówki 350g mat",
            "plakat A2 Kraków",
            "ulotki DL 5000",
            "roll-up Wisła 85",
            "kalendarz firmowy 2026",
            "zaproszenia Zofia",
        ),
        ("Drukarnia Grabino s.c.", "Agencja Reklamowa Piksel", "Urząd Gminy Ostino"),
        "DR/####/25",
        "ZM-#####",
        {
            "zlecenie": {
                "nr": "$ref",
                "klient": {"imie_nazwisko": "$a.full", "telefon": "$phone"},
                "opis": "$body",
            },
            "status": "$status",
            "przyjeto": "$ts",
        },
    ),
    TextSpec(
        "pl_kolo_gospodyn_chat",
        "pl",
        "txt",
        "koło gospodyń wiejskich: czat grupowy",
        (
            "kto piecze na festyn? {a.handle|mention} ty?",
            "dzięki {a.given|vocative}, pierogi zeszły w godzinę",
            "{a.given|sentence_start} przywiozła stoły ze świetlicy!",
            "obrusy są u {a.gen|inflected}",
            "dyżur przy stoisku: {a.given|list}, {b.given|list}, {c.given|list} i ja",
            "witamy w kole: {a.full|object} 🌻",
            "cześć {a.given|greeting}, masz jeszcze przepis na sernik?",
            "składka {amount} na konto {iban}",
            "gadałam z {a.ins|inflected}, załatwi namiot",
            "zamówienie {order} z naczyniami przyszło, odbiór u {a.gen|line_end}",
            "{a.given|pair} i {b.given|pair} robią wieniec dożynkowy 😅",
            "pozdrawiam, {z.nick|signoff}",
            "nowy numer {phone}",
            "{a.full|sentence_start} mówi że festyn przesunięty na {date}",
            "{a.handle|mention} {b.handle|mention} jutro spotkanie w świetlicy o 18",
            "lista na wycieczkę: 1. {a.full|list} 2. {b.full|list} 3. {c.full|list}",
        ),
        ("namiot 3x6", "wieniec dożynkowy"),
        ("KGW Zalesie",),
        "KG-####",
        "NA-#####",
        chat=True,
    ),
    # ---------------------------------------------------------------- Portuguese
    TextSpec(
        "pt_loja_quinta",
        "pt",
        "txt",
        "loja de quinta: caderno de vendas e encomendas",
        (
            "{ts} {a.full|sentence_start} levou o {product}, pago {amount}.",
            "{a.given|sentence_start} encomendou 3 cabazes para sábado, encomenda {order}.",
            "A D. {a.sur|honorific} pediu para guardar o {product} até sexta.",
            "Segundo {s.given|after_speech_verb}, o {a.full|object} ainda deve {amount}.",
            "Cliente: {a.rev|reversed}, tel. {phone}.",
            "Entrega em casa de {a.full|possessive}, {street}, {postcode} {city}.",
            "Fatura {invoice} com NIF {natid} para {a.full|object}.",
            "O Sr. {b.sur|honorific} deixou os frascos vazios — devolver a caução.",
            "{a.given|pair} e {b.given|pair} vêm ajudar na apanha da azeitona.",
            "Transferência recebida de {iban} — {a.given|after_dash}.",
            "Lista da feira: {a.full|list}, {b.full|list}, {c.init|initial}.",
            "Pedido por email ({email}) do {a.given|object}: {qty} de ovos.",
            "O filho do {a.full|possessive} recolhe às 18h, estado {status}.",
            "ATENÇÃO: {a.sur.upper|sentence_start} PAGA SÓ NA PRÓXIMA SEMANA.",
            "{a.given|sentence_start} devolveu o {product} (EAN {ean}), reembolso de {amount}.",
            "Encomenda por telefone ({a.full|parenthesis}): {qty} de {product}.",
            "{order} {a.full|beside_value} {amount} pago",
        ),
        (
            "Cabaz Semanal Médio",
            "Queijo Serra da Estrela",
            "Mel de Rosmaninho",
            "Azeite Quinta da Lourinha",
            "Ovos Caseiros Dúzia",
            "Doce de Abóbora Lurdes",
        ),
        ("Quinta do Vale Ourique", "Cooperativa Agrícola do Alvide", "Mercado Municipal"),
        "QT-#####",
        "ENC-####",
    ),
    TextSpec(
        "pt_ginasio_rececao",
        "pt",
        "jsonl",
        "ginásio: registo da receção",
        (
            "{a.given|sentence_start} esqueceu o cartão, entrada autorizada por {s.given|agent}.",
            "Renovação da {product} por {amount}, recibo {invoice}.",
            "A Sra. {a.sur|honorific} quer congelar a inscrição até {date}.",
            "Segundo o PT {s.full|apposition}, o {a.given|object} tem uma lesão no joelho.",
            "Débito direto: {a.rev|reversed}, IBAN {iban}.",
            "Nova sócia {a.full|object}, nascida a {dob}, morada {street}, {postcode} {city}.",
            "Aula de grupo cheia — {a.given|list}, {b.given|list} e {c.given|list} em lista de espera.",
            "Reclamação do Sr. {b.sur|honorific} sobre o balneário, estado {status}.",
            "Convite de amigo: {b.full|object} trazido por {a.given|agent}.",
            "Contacto atualizado de {a.full|possessive}: {phone}, {email}.",
            "Cacifo 112 atribuído a {a.init|initial}, código {ref}.",
            "Os irmãos {a.given|pair} e {b.given|pair} partilham o {product}.",
            "Pagamento em atraso — {a.full|after_dash}, {amount}.",
            "Aula experimental ({a.full|parenthesis}) marcada para {date}.",
        ),
        (
            "Mensalidade Premium",
            "Pack 10 aulas Pilates",
            "Personal Training 1h",
            "Cacifo Anual",
            "Batido Proteína Morango",
        ),
        ("Ginásio Pulso Vivo", "Seguradora Tranquila", "Clínica Fisio Alvide"),
        "GYM-#####",
        "VD-####",
        {"registo": "$ref", "hora": "$ts", "rececao": "$s.given", "socio": "$a.full", "nota": "$body"},
    ),
    TextSpec(
        "pt_escuteiros_chat",
        "pt",
        "jsonl",
        "agrupamento de escuteiros: conversa dos chefes",
        (
            "quem leva as tendas no sábado? {a.handle|mention}",
            "obrigado {a.given|vocative}, o acampamento correu lindamente",
            "{a.given|sentence_start} perdeu o lenço outra vez 😅",
            "o material de cozinha está com o {a.nick|nickname}",
            "patrulhas: {a.given|list}, {b.given|list} e {c.given|list} na patrulha lobo",
            "bem-vinda {a.full|object} ao agrupamento!",
            "olá {a.given|greeting}, tens a autorização assinada?",
            "quota do trimestre {amount}, transferência para {iban}",
            "falei com {a.full|object}, empresta a carrinha",
            "encomenda {order} das camisolas chegou, levantar em casa do {a.given|line_end}",
            "{a.given|pair} e {b.given|pair} fazem a fogueira",
            "abraço, {z.nick|signoff}",
            "o meu número novo {phone}",
            "{a.full|sentence_start} diz que a atividade passa para {date}",
            "{a.handle|mention} {b.handle|mention} reunião de chefes às 21h",
        ),
        ("tenda Quechua 4p",),
        ("Agrupamento 812 Alvide",),
        "CV-####",
        "CM-#####",
        {"conversa": "$ref", "mensagens": ["$repeat", {"de": "$speaker", "texto": "$body"}]},
        chat=True,
    ),
)


# --- tables ----------------------------------------------------------------------------------------------------

#: Free-text notes of table rows, in the row's language (persons tagged ``table_notes``).
NOTE_TEMPLATES = {
    "en": (
        "Called {a.full|table_notes} to confirm.",
        "{a.given|table_notes} wants a second look with {b.full|table_notes}.",
        "Keys left with {s.given|table_notes}; deposit from {b.rev|table_notes}.",
        "Mrs {a.sur|table_notes} prefers mornings, mobile {phone}.",
        "Paid by {a.init|table_notes}, receipt {invoice}.",
    ),
    "de": (
        "{a.full|table_notes} hat telefonisch bestätigt.",
        "Rückruf von Frau {a.sur|table_notes} unter {phone}.",
        "{a.gposs|table_notes} Bruder {b.given|table_notes} kommt mit.",
        "Laut {s.given|table_notes} Zahlung offen, Rechnung {invoice}.",
        "Übergabe an {b.rev|table_notes} am {date}.",
    ),
    "fr": (
        "{a.full|table_notes} a confirmé par téléphone.",
        "Rappeler Mme {a.sur|table_notes} au {phone}.",
        "Accompagnée de {b.full|table_notes} et de {c.given|table_notes}.",
        "Caution versée par {b.rev|table_notes}, facture {invoice}.",
        "Selon {s.given|table_notes}, retour prévu le {date}.",
    ),
    "es": (
        "{a.full|table_notes} confirmó por teléfono.",
        "Llamar a la Sra. {a.sur|table_notes} al {phone}.",
        "Viene con {b.full|table_notes}.",
        "Pagó {b.rev|table_notes}, factura {invoice}.",
        "Según {s.given|table_notes}, devolución el {date}.",
    ),
    "it": (
        "{a.full|table_notes} ha confermato al telefono.",
        "Richiamare la sig.ra {a.sur|table_notes} al {phone}.",
        "Con lui anche {b.full|table_notes}.",
        "Pagato da {b.rev|table_notes}, fattura {invoice}.",
        "Secondo {s.given|table_notes}, riconsegna il {date}.",
    ),
    "nl": (
        "{a.full|table_notes} heeft telefonisch bevestigd.",
        "Mevr. {a.sur|table_notes} terugbellen op {phone}.",
        "{a.gposs|table_notes} partner {b.given|table_notes} rijdt ook.",
        "Betaald door {b.rev|table_notes}, factuur {invoice}.",
        "Volgens {s.given|table_notes} retour op {date}.",
    ),
    "pl": (
        "{a.full|table_notes} potwierdził telefonicznie.",
        "Oddzwonić do pani {a.sur|table_notes}, {phone}.",
        "Razem z {b.ins|table_notes}.",
        "Zapłacone przez {b.rev|table_notes}, faktura {invoice}.",
        "Według {s.gen|table_notes} zwrot {date}.",
    ),
    "pt": (
        "{a.full|table_notes} confirmou por telefone.",
        "Ligar à D. {a.sur|table_notes}, {phone}.",
        "Vem com {b.full|table_notes}.",
        "Pago por {b.rev|table_notes}, fatura {invoice}.",
        "Segundo {s.given|table_notes}, devolução a {date}.",
    ),
}


@dataclass(frozen=True)
class Column:
    """A table column: header and kind (id, id_pool, person, given, surname, staff, product, amount, date,
    status, qty, notes, or a personal value kind); ``arg`` is the ID pattern or the person cell style."""

    header: str
    kind: str
    arg: str = ""


@dataclass(frozen=True)
class TableSpec:
    name: str
    fmt: str  # csv | tsv | parquet
    lang: str
    genre: str
    columns: tuple[Column, ...]
    products: tuple[str, ...]
    companies: tuple[str, ...]
    canary_column: str


TABLE_SPECS: tuple[TableSpec, ...] = (
    TableSpec(
        "property_viewings",
        "csv",
        "en",
        "letting agency: property viewings",
        (
            Column("viewing_id", "id", "VW-#####"),
            Column("listing_ref", "id_pool", "LST-####"),
            Column("booked_by", "person", "mixed"),
            Column("tenant", "person", "full"),
            Column("agent_name", "staff"),
            Column("property", "product"),
            Column("monthly_rent", "amount"),
            Column("viewing_date", "date"),
            Column("status", "status"),
            Column("contact_phone", "phone"),
            Column("notes", "notes"),
        ),
        (
            "Harriet Court 14B",
            "Verona House Flat 2",
            "Windsor Mews 3",
            "Matilda Lofts 7",
            "Kendal Yard 12",
            "Oxford Row Studio",
        ),
        ("Harbour Lettings",),
        "booked_by",
    ),
    TableSpec(
        "musikschule_anmeldungen",
        "tsv",
        "de",
        "Musikschule: Anmeldungen und Leihinstrumente",
        (
            Column("Anmeldung", "id", "MS-25-####"),
            Column("Kundennr", "id_pool", "K######"),
            Column("Vorname", "given"),
            Column("Nachname", "surname"),
            Column("Ansprechpartner", "person", "mixed"),
            Column("Lehrkraft", "staff"),
            Column("Leihinstrument", "product"),
            Column("Gebühr", "amount"),
            Column("Beginn", "date"),
            Column("Status", "status"),
            Column("IBAN", "iban"),
            Column("Bemerkung", "notes"),
        ),
        (
            "Clara Geige 3/4",
            "Elsa Cello 1/2",
            "Leipzig Klavier",
            "Mozart Querflöte",
            "Emil Ukulele",
            "Dresden Trompete",
        ),
        ("Musikschule Kesedorf",),
        "Ansprechpartner",
    ),
    TableSpec(
        "ateliers_cuisine",
        "parquet",
        "fr",
        "école de cuisine : inscriptions aux ateliers",
        (
            Column("n_inscription", "id_int"),
            Column("code_client", "id_pool", "CL-####"),
            Column("titulaire", "person", "full"),
            Column("chef_atelier", "person", "mixed"),
            Column("atelier", "product"),
            Column("montant", "amount_float"),
            Column("date_atelier", "date_typed"),
            Column("nb_places", "qty_int"),
            Column("statut", "status"),
            Column("telephone", "phone"),
            Column("remarques", "notes"),
        ),
        (
            "Pâtisserie Colette",
            "Menu Verona",
            "Tarte Tatin Sologne",
            "Cuisine Lyonnaise Margaux",
            "Pain Brioché Annecy",
            "Sushi Débutant",
        ),
        ("Atelier des Saveurs Chalac",),
        "titulaire",
    ),
    TableSpec(
        "noleggio_abiti_cerimonia",
        "csv",
        "it",
        "noleggio abiti da cerimonia: contratti",
        (
            Column("id_noleggio", "id", "AC-######"),
            Column("codice_cliente", "id_pool", "C-#####"),
            Column("cliente", "person", "upper"),
            Column("accompagnatore", "person", "mixed"),
            Column("responsabile", "staff"),
            Column("articolo", "product"),
            Column("importo", "amount"),
            Column("data_ritiro", "date"),
            Column("stato", "status"),
            Column("codice_fiscale", "natid"),
            Column("email", "email"),
            Column("note", "notes"),
        ),
        (
            "Abito Verona blu 50",
            "Smoking Ludovico 48",
            "Abito da sposa Aurora",
            "Tight Firenze grigio",
            "Abito Beatrice 42",
        ),
        ("Atelier Cerimonia Monasco",),
        "cliente",
    ),
    TableSpec(
        "verhuur_bestelwagens",
        "tsv",
        "nl",
        "verhuur van bestelwagens: contracten",
        (
            Column("huurnummer", "id", "HW-#####"),
            Column("contactpersoon", "person", "full"),
            Column("bestuurder", "person", "mixed"),
            Column("voertuig", "product"),
            Column("bedrag", "amount"),
            Column("ophaaldatum", "date"),
            Column("status", "status"),
            Column("postcode", "postcode"),
            Column("woonplaats", "city"),
            Column("opmerking", "notes"),
        ),
        (
            "Transit Texel 9",
            "Sprinter Zeeland L2",
            "Crafter Utrecht",
            "Bakwagen Friesland",
            "Koelwagen Groningen",
        ),
        ("Verhuur Holehorst",),
        "contactpersoon",
    ),
)


def _table_ctx(spec: TableSpec, lang: str, rng: random.Random, base: FileContext) -> FileContext:
    """A context for a table row of ``lang`` (notes templates of that language, the table's business)."""
    text = TextSpec(
        spec.name, lang, spec.fmt, spec.genre, NOTE_TEMPLATES[lang], spec.products, spec.companies, "#", "#"
    )
    return FileContext(text, rng, base.pool, base.places, base.canaries, staff=base.staff)


def person_cell(person: Person, style: str, rng: random.Random) -> str:
    if style == "mixed":
        style = rng.choice(("full", "full", "rev", "upper", "comma"))
    if style == "rev":
        return person_form(person, "rev")[0]
    if style == "comma":
        return f"{person.surname}, {person.given}"
    if style == "upper":
        return person.full.upper()
    return person.full


class TableBuilder:
    """Builds the rows of one table; each row has its own language (notes, contact formats)."""

    def __init__(self, spec: TableSpec, contexts: dict[str, FileContext], rng: random.Random, count: int):
        self.spec, self.contexts, self.rng, self.count = spec, contexts, rng, count
        self.used_ids: set[str] = set()
        self.id_pools = {
            c.header: [_pattern(rng, c.arg) for _ in range(max(4, count // 3))]
            for c in spec.columns
            if c.kind == "id_pool"
        }
        self.next_int = rng.randint(10_000, 90_000)

    def row(self, lang: str, canary: Person | None) -> tuple[dict[str, Any], list[Planted]]:
        ctx = self.contexts[lang]
        rb = RecordBuilder(ctx, {})
        main = canary or ctx.pool.draw()
        rb.people["a"] = main
        row: dict[str, Any] = {}
        for column in self.spec.columns:
            row[column.header] = self.cell(column, rb, main)
        _, planted = finish(None, rb.planted, None)
        return row, planted

    def _plant(self, rb: RecordBuilder, entity: str, value: Any, column: str) -> Any:
        rb.planted.append(Planted(entity, str(value), column, [f"lang:{rb.lang}"]))
        return value

    def cell(self, column: Column, rb: RecordBuilder, main: Person) -> Any:
        rng, kind, header, lang = self.rng, column.kind, column.header, self.spec.lang
        if kind in {"person", "given", "surname", "staff"}:
            return self.person(column, rb, main)
        if kind == "id":
            value = _pattern(rng, column.arg)
            while value in self.used_ids:
                value = _pattern(rng, column.arg)
            self.used_ids.add(value)
            return self._plant(rb, "utility:record_id", value, header)
        if kind == "id_pool":
            return self._plant(rb, "utility:record_id", rng.choice(self.id_pools[header]), header)
        if kind == "id_int":
            self.next_int += rng.randint(1, 9)
            return self._plant(rb, "utility:record_id", self.next_int, header)
        simple: dict[str, tuple[str, Callable[[], Any]]] = {
            "product": ("utility:product", lambda: rng.choice(self.spec.products)),
            "amount": ("utility:amount", lambda: fmt_amount(rng, lang, 20, 2400)),
            "amount_float": ("utility:amount", lambda: round(rng.uniform(60, 2400), 2)),
            "date": ("utility:date", lambda: fmt_date(_day(rng), lang)),
            "date_typed": ("utility:date", lambda: _day(rng)),
            "status": ("utility:status", lambda: rng.choice(STATUSES[lang])),
            "qty_int": ("utility:quantity", lambda: rng.randint(1, 14)),
        }
        if kind in simple:
            entity, make = simple[kind]
            value = make()
            planted = self._plant(rb, entity, value, header)
            if isinstance(value, dt.date):
                rb.planted[-1].value = value.isoformat()
            return planted
        if kind == "notes":
            return rb.fill(rng.choice(rb.ctx.spec.templates), header)
        return rb.value(kind, header)  # personal values: phone, iban, email, natid, postcode, city

    def person(self, column: Column, rb: RecordBuilder, main: Person) -> str:
        """A person cell: the row's main person in the canary column, a fresh one elsewhere; given and
        family name columns hold one more person (``b``, whom the notes may mention too)."""
        header = column.header
        if column.kind == "staff":
            return rb.name(self.rng.choice(rb.ctx.staff), "full", None, "table_cell", header)
        if column.kind in {"given", "surname"}:
            text = rb.name(
                rb.person("b"), "given" if column.kind == "given" else "sur", None, "table_cell", header
            )
            rb.planted[-1].tags.append("split_name")
            return text
        person = main if header == self.spec.canary_column else rb.ctx.pool.draw()
        style = "full" if person.canary and column.arg == "mixed" else column.arg
        cell = person_cell(person, style, self.rng)
        tags = [f"lang:{rb.lang}", "table_cell", *person.tags()]
        if person.full in rb.mentioned:
            tags.append("repeat")
        rb.mentioned.add(person.full)
        rb.planted.append(Planted("PERSON", cell, header, tags))
        return cell


def write_table(
    spec: TableSpec, out: Path, contexts: dict[str, FileContext], rng: random.Random, count: int
) -> FileSet:
    builder = TableBuilder(spec, contexts, rng, count)
    canary_rows = dict(zip(rng.sample(range(count), 3), range(3), strict=True))
    rows, records = [], []
    for i in range(count):
        lang = spec.lang if rng.random() < 0.7 else rng.choice([x for x in LANGS if x != spec.lang])
        canary = contexts[lang].canaries[canary_rows[i]] if i in canary_rows else None
        row, planted = builder.row(lang, canary)
        rows.append(row)
        records.append(planted)
    path = out / f"{spec.name}.{spec.fmt}"
    headers = [c.header for c in spec.columns]
    if spec.fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        types = {
            "id_int": pa.int64(),
            "qty_int": pa.int64(),
            "amount_float": pa.float64(),
            "date_typed": pa.date32(),
        }
        schema = pa.schema([(c.header, types.get(c.kind, pa.string())) for c in spec.columns])
        table = pa.Table.from_pylist(rows, schema=schema)
        pq.write_table(table, path)
    else:
        import csv

        with path.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh, delimiter="\t" if spec.fmt == "tsv" else ",", lineterminator="\n")
            writer.writerow(headers)
            writer.writerows([[row[h] for h in headers] for row in rows])
    id_columns = [c.header for c in spec.columns if c.kind in {"id", "id_pool", "id_int"}]
    canaries = [contexts[spec.lang].canaries[k].full for k in range(3)]
    return FileSet(
        name=spec.name,
        path=path.name,
        fmt=spec.fmt,
        kind="table",
        language=spec.lang,
        records=records,
        id_columns=id_columns,
        canaries=canaries,
        guided_fixes=True,
        notes=spec.genre,
    )


# --- canaries, vocabulary and the generator -----------------------------------------------------------------


def make_canaries(vetter: Vetter, rng: random.Random, pools: dict[str, NamePool]) -> dict[str, list[Person]]:
    """Three invented people (styles somali, sami, maltese), with forms in every language."""
    found: dict[str, list[Person]] = {lang: [] for lang in LANGS}
    for style_name in ("somali", "sami", "maltese"):
        style = next(s for s in STYLES if s.name == style_name)
        for _ in range(500):
            given, surname = invent_given(rng, style), invent_surname(rng, style)
            full = f"{given} {surname}"
            if "-" in given or " " in surname or not vetter.words(full):
                continue
            people = [
                Person(given, surname, "invented", f"style:{style_name}", lang, canary=True) for lang in LANGS
            ]
            if all(derive_forms(p, vetter, LANGS) for p in people):
                for person in people:
                    found[person.lang].append(person)
                    pools[person.lang].used.add(full.casefold())
                break
    return found


def template_words() -> set[str]:
    """Every word this module writes around the planted values (names may not be one of them)."""
    texts: list[str] = []
    for spec in TEXT_SPECS:
        texts += [*spec.templates, *spec.products, *spec.companies, spec.genre, json.dumps(spec.shape)]
    for table in TABLE_SPECS:
        texts += [*table.products, *table.companies, table.genre, *(c.header for c in table.columns)]
    for group in (NOTE_TEMPLATES, STATUSES, MAIL_DOMAINS, STREET_FORMS):
        texts += [t for values in group.values() for t in values]
    texts += list(QTY_UNITS.values())
    words: set[str] = set()
    for text in texts:
        words.update(_words(SLOT.sub(" ", text)))
    return words


def generate(out: Path, scale: float = 1.0, seed: int = DEFAULT_SEED) -> list[FileSet]:
    """Write the 24 text files and 5 tables under ``out``; return their truth."""
    out.mkdir(parents=True, exist_ok=True)
    vetter = Vetter(template_words())
    lists = {locale: mimesis_names(locale, vetter) for locale in MIMESIS_LOCALES}
    pools = {lang: NamePool(lang, vetter, random.Random(f"{seed}:names:{lang}"), lists) for lang in LANGS}
    places = {lang: Places(lang, vetter, random.Random(f"{seed}:places:{lang}")) for lang in LANGS}
    canaries = make_canaries(vetter, random.Random(f"{seed}:canaries"), pools)
    n_text = max(10, round(TEXT_RECORDS * scale))
    n_rows = max(30, round(TABLE_ROWS * scale))
    sets: list[FileSet] = []
    for spec in TEXT_SPECS:
        rng = random.Random(f"{seed}:{spec.name}")
        ctx = FileContext(spec, rng, pools[spec.lang], places[spec.lang], canaries[spec.lang])
        sets.append(write_text(spec, out, ctx, n_text))
    for table in TABLE_SPECS:
        rng = random.Random(f"{seed}:{table.name}")
        contexts = {}
        for lang in LANGS:
            staff = [pools[lang].draw() for _ in range(6 if lang == table.lang else 2)]
            base = FileContext(
                TextSpec(table.name, lang, table.fmt, table.genre, (), (), (), "#", "#"),
                rng,
                pools[lang],
                places[lang],
                canaries[lang],
                staff=staff,
            )
            contexts[lang] = _table_ctx(table, lang, rng, base)
        sets.append(write_table(table, out, contexts, rng, n_rows))
    return sets
