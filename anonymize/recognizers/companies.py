"""Company names and legal forms: a "name" that runs into "GmbH", "S.L." or "sp. z o.o." is a company."""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from anonymize.recognizers._base import respan

_LEGAL_FORMS = frozenset(
    """ltd llc llp plc inc corp gmbh ag kg ohg ug se sa sas sarl sàrl srl spa bv nv vof lda oy oyj ab as sl sll cic
    asa aps sp zoo co s.a s.l s.p.a s.r.l b.v n.v s.a.s s.r.o a.s kft e.k ek e.v ev gbr mbh kgaa
    (haftungsbeschränkt) haftungsbeschränkt limited ltda slu s.l.u sasu eurl snc bvba cv s.c sc sp.j
    s.n.c s.a.s.u""".split()  # noqa: SIM905
)

#: Words that may join a company's name to its legal form ("Kleintierklinik am Park e.K.").
_COMPANY_JOINERS = frozenset(
    "am an der die das im zum zur & und and et y e en de del la le do dos da das du des".split()  # noqa: SIM905
)
#: Small words inside a trade's company name ("Sellerie du Vallon SARL", "Maderas de la Sierra S.L.").
_TRADE_JOINERS = _COMPANY_JOINERS | {"du", "des", "della", "di", "da", "do", "dos", "van", "von", "den"}

_PARTICLE_IN_NAME = re.compile(r"(?i)[ \t]+(?:von|van|de|di|da|du|del|della)[ \t]+")


def before_company(text: str, result: RecognizerResult) -> RecognizerResult:
    """A name found where a company's name runs on to its legal form within three words ("Zahnarzt-
    praxis am Kanal e.K.", "wohnkontor eiche ug") is that company: an empty span. A name with a
    particle that leads into one ("Rozalinda von Spedition Weitblick e.K.") keeps its part before the
    particle."""
    from anonymize.vocabulary import LANGUAGES, TEXT_LANGUAGES, is_common_word, stop_words

    inside = text[result.start : result.end].split()
    if (len(inside) > 1 and _legal_form(inside[-1])) or _in_sp_z_oo(text, result):
        return RecognizerResult(
            result.entity_type, result.start, result.start, result.score, result.analysis_explanation
        )
    following = text[result.end : result.end + 60].split("\n", 1)[0]  # a company's name is on one line
    if re.match(r"[ \t]*\([^)]*\s", following):
        return (
            result  # "Anna Qorikupa (Tolikwerk S.A.)": the firm in brackets is the person's, not their name
        )
    words = re.findall(r"[^\s,;:()]+|\([^)\s]*\)", following)
    upper = text[result.start : result.start + 1].isupper()
    for index, word in enumerate(words[:4]):
        if _legal_form(word) or _SP_Z_OO.fullmatch(" ".join(words[index : index + 3])):
            break
        folded = word.casefold()
        if folded in _COMPANY_JOINERS:
            continue
        if (
            not word[:1].isalpha()
            or word[:1].isupper() != upper
            or (
                # "IT" in "Northgate Managed IT Ltd" is no "it", "Vale" in "Barros do Vale Lda" no "vale"
                not (len(word) > 1 and (word.isupper() or (upper and word[:1].isupper())))
                and any(folded in stop_words(lang) for lang in TEXT_LANGUAGES)
            )
        ):
            return result
    else:
        return result
    after = text[result.end : result.end + 1]
    # "Tasca do Castelo, Lda.", "Fenwick & Rook, Inc.": a comma may stand before the form itself
    if not after.isspace() and result.end < len(text) and not (after == "," and index == 0):
        return result
    value = text[result.start : result.end]
    particle = _PARTICLE_IN_NAME.search(value)
    if particle and all(is_common_word(w, LANGUAGES, 3.0) for w in value[: particle.start()].split()):
        particle = None  # "Ateliers du Causse SARL", "Dulces del Levante S.L.": a trade's words, no name
    end = result.start + particle.start() if particle else result.start
    return respan(result, result.start, end)


#: The Polish "sp. z o.o." in any case: unambiguous as a whole though "sp" alone is a word.
_SP_Z_OO_FORM = r"sp\.?[ \t]*z[ \t]*o\.[ \t]*o\.?"
_SP_Z_OO = re.compile(rf"(?i){_SP_Z_OO_FORM}(?:[ \t].*)?")


def _in_sp_z_oo(text: str, result: RecognizerResult) -> bool:
    """The span is part of a Polish "sp. z o.o." (spaCy reads "o.o." as a place)."""
    window_start = max(0, result.start - 8)
    return any(
        m.start() <= result.start and result.end <= m.end()
        for m in _SP_Z_OO_ANYWHERE.finditer(text, window_start, result.end + 8)
    )


_SP_Z_OO_ANYWHERE = re.compile(rf"(?i)\b{_SP_Z_OO_FORM}")


def legal_form_ahead(text: str, end: int, within: int = 5) -> bool:
    """A company's legal form closes a name within ``within`` words after ``end``, on the same line
    ("… z Drukarnia Atrament s.c.", "… from Nordlys Trading Ltd")."""
    following = text[end : end + 80].split("\n", 1)[0]
    words = re.findall(r"[^\s,;:()]+", following)
    for n in range(1, min(within, len(words)) + 1):
        if _legal_form(words[n - 1]) or _SP_Z_OO.fullmatch(" ".join(words[n - 1 : n + 3])):
            return n >= 2  # a name before the form: "z s.c." alone names no company
    return False


def _before_legal_form(text: str, end: int, value: str = "") -> bool:
    """The next word is a company's legal form; or, when ``value`` is words of a language (a trade,
    not a name: "Sellerie", "Maderas"), it comes after up to three capitalised words and joiners that
    run on to it ("Sellerie| du Vallon SARL"). "Kerti von Druckerei Tintenfass GmbH" is a person."""
    from anonymize.recognizers.name_shapes import is_no_word
    from anonymize.recognizers.person_names import is_listed_name

    words = value.split()
    trade = bool(words) and not any(is_no_word(w) or is_listed_name(w) for w in words)
    position = end
    for step in range(4 if trade else 1):
        following = _NEXT_WORD.match(text, position)
        if following is None:
            return False
        word = following.group(1)
        if _legal_form(word) or _SP_Z_OO.match(text, following.start(1)):
            return True
        if step == 3 or "," in following.group() or not (word[:1].isupper() or word in _TRADE_JOINERS):
            return False
        position = following.end()
    return False


#: The next word on the same line, after spaces or a comma.
_NEXT_WORD = re.compile(r"[ \t,]+([^\s,;]+)")


def _legal_form(value: str) -> bool:
    """Every word of ``value`` is a company's legal form ("S.L.", "sp. z o.o.")."""
    originals = value.replace("&", " ").split()
    words = [w.strip(".").casefold() for w in originals]
    words = [w if w in _LEGAL_FORMS else w.replace(".", "") for w in words]  # "V.O.F." is "vof"
    if any(
        w in _AMBIGUOUS_FORMS and o.islower() and "." not in o.rstrip(".")
        for w, o in zip(words, originals, strict=True)
    ):
        return False  # "holt es ab", "as agreed", "se llama": the words, not "AB", "AS", "SE"
    return any(w in _LEGAL_FORMS for w in words) and all(
        w in _LEGAL_FORMS or w in {"z", "o.o", "o", "co"} for w in words
    )


#: Legal forms that are also short words of the languages Shoal reads: forms only in capitals or with dots.
_AMBIGUOUS_FORMS = frozenset("ab as se sa ag co sc ev ek cv sp spa nv kg ug asa oy sas".split())  # noqa: SIM905


#: Nouns that name a business by its trade in the languages Shoal reads: a name in a company's
#: position beside one ("Cabinet Expertise Roussel", "Brightwire Telecom", "Papelería Los Arcos").
BUSINESS_WORDS = frozenset(
    """
    services service telecom telecoms consulting solutions systems logistics motors garage bakery
    pharmacy clinic hotel studio shop store supermarket centre center partners associates agency
    insurance insurances bank technologies software electronics energy utilities trading wholesale
    distribution catering managed
    cabinet boulangerie pharmacie pharma agence assurances assurance mutuelle mutuelles société
    laboratoire atelier librairie épicerie hôtel clinique expertise associés
    papelería panadería farmacia taller agencia seguros clínica tienda distribuciones suministros
    laboratorio officina agenzia assicurazioni albergo negozio forniture distribuzione
    tuincentrum groothandel bakkerij apotheek verzekeringen kliniek winkel handel zaadhandel centrum
    werkstatt bäckerei apotheke versicherung versicherungen praxis autohaus zentrum
    serwis hurtownia apteka warsztat piekarnia drukarnia sklep ubezpieczenia klinika
    papelaria padaria farmácia oficina agência loja distribuição
    ditta bottega vetreria tipografia fratelli cooperativa talleres herrería imprenta hermanos
    zakład zakłady pracownia firma spółdzielnia cutelaria tipografia irmãos glaserei schreinerei
    tischlerei druckerei gebr gebrüder drukkerij gebroeders timmerwerf ets établissements imprimerie
    rental rentals hire tankers noleggi noleggio verleih vermietung verhuur location locations alquiler
    alquileres aluguer wynajem wypożyczalnia latteria caseificio
    """.split()  # noqa: SIM905 - a word list reads best as words
)

#: The trade nouns compounds end in ("Fietsgroothandel", "Dentalzentrum", "Autowerkstatt").
_BUSINESS_ENDINGS = ("handel", "zentrum", "centrum", "werkstatt", "service", "services")

#: Words that may stand between a trade noun and the name it goes with ("Garage du Pont-Neuf").
_TRADE_JOINERS = frozenset(
    "du de des del della di da do dos das los las la le les van der den am zum zur".split()  # noqa: SIM905
)


def is_business_word(word: str) -> bool:
    folded = word.casefold()
    return folded in BUSINESS_WORDS or (len(folded) > 8 and folded.endswith(_BUSINESS_ENDINGS))


def business_around(text: str, start: int, end: int) -> bool:
    """A trade noun inside ``text[start:end]``, or right before it in the same case (joined by "du",
    "de los", ... at most) or right after it: the words name a business, not a person."""
    if any(is_business_word(w) for w in re.findall(r"[^\W\d_]+", text[start:end])):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    before = list(_TRADE_WORD.finditer(text, max(line_start, start - 40), start))
    while before and before[-1].group().casefold() in _TRADE_JOINERS:
        before.pop()
    if (
        before
        and is_business_word(before[-1].group())
        and before[-1].group()[:1].isupper()
        == text[start : start + 1].isupper()  # not "la mutuelle de Biçer"
        and not re.search(r"[^\w\s'-]", text[before[-1].end() : start])  # only spaces and joiners between
    ):
        return True
    after = re.match(r"[ \t]+([^\W\d_]+)", text[end : end + 30])
    return bool(after) and is_business_word(after.group(1))  # type: ignore[union-attr]


#: A word, hyphenated parts included ("Pont-Neuf").
_TRADE_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
