"""Whether the words at a name position can be a name, and how far a name runs: `acceptable`,
the words after or before a cue, possessives, completed and coordinated names.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice

from anonymize.recognizers import name_cues
from anonymize.recognizers.name_context.cues import (
    _LOOSE,
    _POSSESSIVE_RE,
    BEFORE_CUE,
    LOOSE_ZIPF,
    MAX_NAME_WORDS,
    MEDIUM,
    POSSESSIVE_CUE,
    STRONG,
    WEAK,
    WORD_RE,
    Cue,
    LineContext,
    _cached_line_context,
    _titles,
)
from anonymize.recognizers.products import is_product_noun
from anonymize.vocabulary import LANGUAGES, stop_words, zipf

#: Words that join two names ("Anna and Piet", "Marek und Ola", "Luísa e Rui").
CONJUNCTIONS = frozenset(
    {"and", "und", "et", "y", "e", "en", "i", "og", "och", "&", "or", "oder", "ou", "o", "of", "lub"}
    | {"oraz", "sowie", "as well as", "ainsi que"}
)

#: A conjunction, and the "also" or the personal "a" after it ("en ook", "und auch", "y a").
_COORDINATED = re.compile(
    r"[ \t]*,?[ \t]+(as[ \t]+well[ \t]+as|ainsi[ \t]+que|[^\W\d_]+|&)"
    r"(?:[ \t]+(?:ook|auch|also|aussi|también|também|anche|a))?[ \t]+"
)


def coordinated_name(text: str, end: int) -> tuple[int, int] | None:
    """The name joined to the one ending at ``end`` by a conjunction ("escalated to Oyelaran and
    Tjarvi", "hi anna, piet e rui"): one to three rare same-case words after it."""
    joint = _COORDINATED.match(text, end)
    if joint is None or " ".join(joint.group(1).casefold().split()) not in CONJUNCTIONS:
        return None
    line_start = text.rfind("\n", 0, end) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    words = [m for m in WORD_RE.finditer(line) if m.start() >= joint.end() - line_start]
    if not words or words[0].start() != joint.end() - line_start:
        return None
    previous = WORD_RE.findall(text[line_start:end])
    if not previous:
        return None
    context = _cached_line_context(line)
    cue = Cue("coordination", 3.5, lower_in_cased=True)
    first = words[0]
    if glued_to_digits(line, first) or is_product_noun(first.group()):
        return None
    if _case(first.group()) != _case(previous[-1]):
        if not _rare_lower_partner(first.group()):
            return None
    elif not acceptable(first.group(), cue, context):
        return None
    stop = line_start + complete_name(line, first.start(), first.end())
    return line_start + first.start(), stop


def coordinated_before(text: str, start: int) -> tuple[int, int] | None:
    """The one-word name joined by a conjunction to the name starting at ``start`` ("Please keep vasal
    as well as <name> informed", "SVIRIDOV e <name> pagano a metà"): a word rare in every language in
    lower case or capitals, or one a name's cue would take in title case."""
    line_start = text.rfind("\n", 0, start) + 1
    joint = _COORDINATED_BEFORE.search(text, line_start, start)
    if joint is None or " ".join(joint.group("conj").casefold().split()) not in CONJUNCTIONS:
        return None
    word = joint.group("word")
    if is_product_noun(word) or (word.lower() in _PRONOUNS):
        return None
    if word.islower() or word.isupper():
        if not _rare_lower_partner(word.casefold()):
            return None
    elif not acceptable(
        word, Cue("coordination", 3.5, lower_in_cased=True), _cached_line_context(text[line_start:start])
    ):
        return None
    return joint.start("word"), joint.end("word")


#: A word, a conjunction (and its "also"), right before a name.
_COORDINATED_BEFORE = re.compile(
    r"(?<![\w'’-])(?P<word>[^\W\d_]{3,})[ \t]+(?P<conj>as[ \t]+well[ \t]+as|ainsi[ \t]+que|[^\W\d_]+|&)"
    r"(?:[ \t]+(?:ook|auch|also|aussi|también|também|anche|a))?[ \t]+$"
)
#: Pronouns before "and <name>" ("she and <name> came"): no partner's name.
_PRONOUNS = frozenset(
    """she he they we you her him them us ich du er sie wir ihr je tu il elle nous vous ils elles yo él
    ella io lui lei noi voi loro ik jij hij zij wij ja ty on ona my wy eu ele ela nós""".split()  # noqa: SIM905
)


def _rare_lower_partner(word: str) -> bool:
    """A lower-case (or, casefolded, an ALL-CAPS) partner on either side of "and" and a capitalised name,
    rare in every language Shoal reads ("<name> und hir teilen …", "SVIRIDOV e <name> pagano"): no noun."""
    folded = word.casefold()
    return (
        word.islower()
        and len(word) >= 3
        and not any(folded in stop_words(lang) for lang in LANGUAGES)
        and max(zipf(folded, lang) for lang in LANGUAGES) < 2.5
    )


def complete_name(text: str, start: int, end: int) -> int:
    """Where a name found at ``[start, end)`` really ends: the rare words of the same case that
    follow it ("Rasheeda" found by a cue elsewhere, "Rasheeda Stokholm wants a refund" here)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    local_end = end - line_start
    # the three words after the name at most (two taken, the third stops it), none begun inside it
    following = list(islice(WORD_RE.finditer(line, local_end), 4))
    if following and following[0].start() == local_end and local_end and line[local_end - 1].isalnum():
        following = following[1:]
    following = following[:3]
    if not following:
        return end
    head = text[start:end].split()
    if not head or _POSSESSIVE_END.search(head[-1]):
        return end  # "Wassa Awramenko's| Sadler 25": what the person owns follows a possessive
    case = _case(head[0])
    context = _cached_line_context(line)
    # Verb forms after a name are often below Zipf 4; capitals say "surname", lower case does not.
    cue = Cue("completion", 3.5 if case != "lower" else 2.5, lower_in_cased=True)
    previous = local_end
    taken = 0
    for match in following:
        word = match.group()
        if taken >= 2 or not _GAP_IN_NAME.fullmatch(line[previous : match.start()]):
            break
        if (
            _case(word) != case
            or is_product_noun(word)
            or glued_to_digits(line, match)
            or not acceptable(word, cue, context)
            or (case == "lower" and inflected_word(word))
            or word.casefold() in name_cues.name_before.BOOKING_VERBS  # "havoan| zarezerwował(a) …"
        ):
            break
        previous = match.end()
        taken += 1
        if _POSSESSIVE_END.search(word):
            break  # "Wassa| Awramenko's Sadler 25": what the person owns follows a possessive
    return line_start + previous if taken else end


_POSSESSIVE_END = re.compile(r"['’][sS]?$")


def complete_name_start(text: str, start: int, end: int) -> int:
    """Where a name found at ``[start, end)`` really starts: one rare word of the same case right
    before it ("aslanlı" found after "mrs.", "bahar aslanlı" elsewhere: "bahar" is the first name)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    local_start = start - line_start
    # the word right before the name: a window of the line is enough (no word is 80 letters long)
    before = [
        m for m in WORD_RE.finditer(line, max(0, local_start - 80), local_start) if m.end() <= local_start
    ]
    head = text[start:end].split()
    if not before or not head:
        return start
    match = before[-1]
    word = match.group()
    if not _GAP_IN_NAME.fullmatch(line[match.end() : local_start]) or _case(word) != _case(head[0]):
        return start
    if _POSSESSIVE_RE.search(word) or is_product_noun(word) or glued_to_digits(line, match):
        return start
    cue = Cue("completion", 3.0 if _case(word) != "lower" else 2.5, lower_in_cased=True)
    if not acceptable(word, cue, _cached_line_context(line)):
        return start
    return line_start + match.start()


def _possessive(
    line: str,
    words: list[re.Match[str]],
    lowered: list[str],
    i: int,
    context: LineContext,
    spans: list[tuple[int, int, float, str]],
) -> None:
    """ "Ingrid's husband", "rasin akışık's parcel": a rare word with a possessive 's, before
    another word, names a person (with the rare same-case word before it: the first name)."""
    possessive = _POSSESSIVE_RE.search(words[i].group())
    if (
        possessive is None
        or i + 1 >= len(words)
        or not _GAP_IN_NAME.fullmatch(line[words[i].end() : words[i + 1].start()])
    ):
        return
    kin = lowered[i + 1] in name_cues.KIN_AFTER_POSSESSIVE
    if not acceptable(words[i].group(), BEFORE_CUE if kin else POSSESSIVE_CUE, context):
        return
    start = words[i].start()
    if (
        i > 0
        and _GAP_IN_NAME.fullmatch(line[words[i - 1].end() : words[i].start()])
        and _case(words[i - 1].group()) == _case(words[i].group())
        and acceptable(words[i - 1].group(), POSSESSIVE_CUE, context)
    ):
        start = words[i - 1].start()
    spans.append((start, words[i].start() + possessive.start(), 0.7, "possessive"))


def _joined(line: str, words: list[re.Match[str]], start: int, stop: int) -> bool:
    """The words ``start..stop`` follow one another with only spaces between (a phrase)."""
    for k in range(start + 1, stop):
        gap = line[words[k - 1].end() : words[k].start()]
        if _ABBREVIATION_GAP.fullmatch(gap) and max(len(words[k - 1].group()), len(words[k].group())) <= 2:
            continue  # an abbreviation's letters: "c/o", "i. A.", "z. Hd."
        if gap.strip() or len(gap) > 3 or (not gap and not words[k - 1].group().endswith(("'", "’"))):
            return False
    return True


_ABBREVIATION_GAP = re.compile(r"[./] ?")


#: "dest. Bauason" (an abbreviated cue), "mąż (jori)" (the name in brackets), "von „Kalt“" (quoted).
_GAP_AFTER_CUE = re.compile(r"\.?[ \t]*[,:\-–]?[ \t]*[„“\"'«‘(]?")

#: Cues whose name follows straight on: after a comma a new clause begins ("Hi, Anna" is a greeting).
_NO_COMMA_FAMILIES = frozenset({"callback", "handover", "contact"})

_GAP_AFTER_TITLE = re.compile(r"\.?[ \t]+|\.")

_GAP_AFTER_DOTTED_TITLE = re.compile(r"\.[ \t]*")

#: Abbreviated titles that are only titles with their dot ("M. Dupont", not the size "M EAN").
DOTTED_TITLES = frozenset({"m", "me", "hr", "fr", "sr", "sra", "srta", "mw", "avv", "ing", "dott", "p"})

_GAP_IN_NAME = re.compile(r"[ \t]{1,2}")


def _name_after(
    line: str, words: list[re.Match[str]], j: int, cue: Cue, context: LineContext
) -> tuple[int, int] | None:
    if j >= len(words):
        return None
    gap = line[words[j - 1].end() : words[j].start()]
    if cue.needs_colon:
        if ":" not in gap or not re.fullmatch(r"[ \t]*:[ \t]*", gap):
            return None
    elif cue.family == "title":
        dotted = words[j - 1].group().casefold() in DOTTED_TITLES
        if not (_GAP_AFTER_DOTTED_TITLE if dotted else _GAP_AFTER_TITLE).fullmatch(gap):
            return None
    elif not _GAP_AFTER_CUE.fullmatch(gap) or (not gap and not words[j - 1].group().endswith(("'", "’"))):
        return None
    elif "," in gap and cue.family in _NO_COMMA_FAMILIES:
        return None  # "… wurde informiert, Protokoll CS655586": the comma closed the clause
    titles = _titles()
    # "spoke with Mrs Kowalska", "escalated to dr. nowak": step over titles to the name.
    while j < len(words) - 1 and words[j].group().casefold() in titles:
        dotted = words[j].group().casefold() in DOTTED_TITLES
        gap = line[words[j].end() : words[j + 1].start()]
        if not (_GAP_AFTER_DOTTED_TITLE if dotted else _GAP_AFTER_TITLE).fullmatch(gap):
            return None
        j += 1
        cue = Cue("title", max(cue.max_zipf, STRONG), cue.lower_in_cased)
    return _take_name(line, words, j, cue, context)


def _take_name(
    line: str, words: list[re.Match[str]], j: int, cue: Cue, context: LineContext
) -> tuple[int, int] | None:
    if glued_to_digits(line, words[j]) or not acceptable(words[j].group(), cue, context):
        return None
    first_case = _case(words[j].group())
    end = words[j].end()
    taken = 1
    k = j + 1
    while taken < MAX_NAME_WORDS and k < len(words):
        if not _GAP_IN_NAME.fullmatch(line[words[k - 1].end() : words[k].start()]):
            break
        word = words[k].group()
        if is_product_noun(word):
            break  # "Frau Oyelaran Lampe": the name ends where a product begins
        if word.casefold() in name_cues.PARTICLES and k + 1 < len(words):
            nxt = words[k + 1].group()
            if (
                _GAP_IN_NAME.fullmatch(line[words[k].end() : words[k + 1].start()])
                and _case(nxt) == first_case
                and acceptable(
                    nxt,
                    Cue(cue.family, WEAK if first_case == "lower" else MEDIUM, cue.lower_in_cased),
                    context,
                )
            ):
                end = words[k + 1].end()
                taken += 1
                k += 2
                continue
            break
        # a lower-case word after a name is as often a verb ("zhuhara reclamou") as a surname
        follow = Cue(cue.family, WEAK if first_case == "lower" else MEDIUM, cue.lower_in_cased)
        if (
            _case(word) != first_case
            or not acceptable(word, follow, context)
            or (first_case == "lower" and (inflected_word(word) or _PARTICIPLE.search(word)))
        ):
            break
        end = words[k].end()
        taken += 1
        k += 1
    start = words[j].start()
    if taken >= 2 and _MODEL_NUMBER.match(line, end):
        return None  # "filho, Órbita Boavista 28": a model name and its number, not a person
    possessive = _POSSESSIVE_RE.search(line[start:end])
    if possessive:
        end = start + possessive.start()
    return start, end


#: Verb forms that follow a lower-case name as what the person did (Polish past participles and
#: past tenses: "papoila feitoza zameldowany", "nowak zadzwoniła"); no surname ends so.
_PARTICIPLE = re.compile(r"(?i)\w{3,}(?:owan[yaei]|ywan[yaei]|owała|ował|iła|ił)$")

#: A number right after a name-shaped run: a product model's ("Órbita Boavista 28"), unless it is a
#: date or a time ("pani papoila feitoza zameldowany 24.07.2023 07:18") or the next item of a numbered
#: list ("1) Hašām Bakemī 2) taleia").
_MODEL_NUMBER = re.compile(r"[ \t]+\d+(?!\d|[.:/\-]\d|\))")


def _name_before(
    line: str, words: list[re.Match[str]], i: int, cue: Cue, context: LineContext
) -> tuple[int, int] | None:
    j = i - 1
    if not re.fullmatch(r"[ \t]{1,2}", line[words[j].end() : words[i].start()]) or glued_to_digits(
        line, words[j]
    ):
        return None
    if words[j].group().casefold() in _SIZES:
        return None  # "FALMOUTH FENDER XL NEEDS …": a product's size ends no name
    if not acceptable(words[j].group(), cue, context):
        return None
    start = words[j].start()
    if j > 0 and re.fullmatch(r"[ \t]{1,2}", line[words[j - 1].end() : words[j].start()]):
        previous = words[j - 1].group()
        if _case(previous) == _case(words[j].group()) and acceptable(previous, cue, context):
            start = words[j - 1].start()
        elif (
            previous.casefold() in name_cues.PARTICLES
            and j > 1
            and re.fullmatch(r"[ \t]{1,2}", line[words[j - 2].end() : words[j - 1].start()])
            and _case(words[j - 2].group()) == _case(words[j].group())
            and acceptable(words[j - 2].group(), cue, context)
        ):
            start = words[j - 2].start()  # "ana dos santos ligou": the first name before the particle
    return start, words[j].end()


#: Clothing and product sizes: the last word of a product, never of a name.
_SIZES = frozenset({"xxs", "xs", "xl", "xxl", "xxxl", "2xl", "3xl"})

_INFLECTIONS = (("ing", ("", "e")), ("ed", ("", "e")), ("es", ("",)), ("s", ("",)))


@lru_cache(maxsize=4096)
def inflected_word(word: str) -> bool:
    """An English verb or plural form of a common word ("complained", "prefers", "calling"): after
    a name in lower case it is what the person did, not their surname. Listed names never are."""
    from anonymize.recognizers.person_names import name_lists

    folded = word.casefold()
    first, last = name_lists()
    if folded in first or folded in last:
        return False
    for suffix, endings in _INFLECTIONS:
        if folded.endswith(suffix) and len(folded) - len(suffix) >= 4:
            stem = folded[: -len(suffix)]
            if any(zipf(stem + ending, "en") >= 4.0 for ending in endings):
                return True
    return False


def _case(word: str) -> str:
    return "upper" if word.isupper() and len(word) > 1 else "title" if word[:1].isupper() else "lower"


def glued_to_digits(line: str, match: re.Match[str]) -> bool:
    """The word is the letter prefix or suffix of a code ("JJD4201430…", "SKU-4421", "HF-476-M")."""
    after = line[match.end() : match.end() + 2]
    before = line[max(0, match.start() - 2) : match.start()]
    return (
        after[:1].isdigit()
        or (after[:1] in "-/" and after[1:2].isdigit())
        or before[-1:].isdigit()
        or (before[-1:] in ("-", "/") and before[:1].isdigit())
    )


def acceptable(word: str, cue: Cue, context: LineContext) -> bool:
    """Whether ``word`` can be (part of) a name in a position of ``cue``'s strength."""
    from anonymize.recognizers.person_names import name_lists

    if _LOOSE.get() and cue.family != "signature":
        # A line's closing words are its weakest name position: read loosely they are any words
        # ("Encomenda TX0045745 – flores erradas"), so the self-check reads them as the detectors do.
        cue = Cue(cue.family, cue.max_zipf + LOOSE_ZIPF, cue.lower_in_cased, cue.needs_colon)
    core = _POSSESSIVE_RE.sub("", word).strip(".-'’")
    folded = core.casefold()
    if len(core) < 2 or not core[0].isalpha() or "." in core:
        return False
    if folded in name_cues.NOT_NAMES or folded in name_cues.PARTICLES or folded in _titles():
        return False
    # A line too short to tell its language: a word common in any of them is common.
    languages = (*context.languages, "en") if context.languages else LANGUAGES
    if any(folded in stop_words(lang) for lang in languages):
        return False
    first, last = name_lists()
    if folded in first or folded in last:
        return core[:1].isupper() or not context.cased or cue.lower_in_cased
    frequency = max(zipf(folded, lang) for lang in languages)
    if context.cased:
        if core.isupper():  # a short ALL-CAPS word is an acronym unless it is no word at all ("XIU")
            return (len(core) > 3 and frequency < cue.max_zipf) or (len(core) == 3 and frequency < 2.0)
        if core[:1].isupper():
            # A capital says "name" in most languages, not in German; weak positions stay strict.
            loose = not context.nouns_capitalised and cue.max_zipf >= MEDIUM
            return frequency < (max(5.0, cue.max_zipf) if loose else cue.max_zipf)
        # a lower-case word in a cased text: a sloppy name ("Hi anna") or a word ("Escalated to tier")
        return frequency < (cue.max_zipf if cue.lower_in_cased else min(cue.max_zipf, WEAK))
    return frequency < cue.max_zipf
