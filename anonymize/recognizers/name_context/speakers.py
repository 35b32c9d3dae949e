"""Names as chat speakers (before a line's colon), ``@`` mentions, handles, aliases and names
between dashes.
"""

from __future__ import annotations

import re

from anonymize.recognizers import name_cues
from anonymize.recognizers.name_context.acceptance import _case, _take_name, acceptable
from anonymize.recognizers.name_context.cues import (
    FIELD_LABELS,
    MEDIUM,
    MENTION_CUE,
    PACK_MARK,
    SPEAKER_CUE,
    STRONG,
    WEAK,
    WORD_RE,
    Cue,
    LineContext,
    _cached_line_context,
    cue_index,
)
from anonymize.recognizers.person_trims import is_key
from anonymize.recognizers.products import is_product_noun
from anonymize.vocabulary import LANGUAGES, zipf

#: A chat line: optional "[12:03]" / "12:03 -" / "<", the speaker (one or two words), a colon, text.
SPEAKER_RE = re.compile(
    r"(?m)^[ \t]*(?:\[[^\]\n]{1,30}\][ \t]*|"
    # WhatsApp's export: "31/12/2024, 17:18 - name: …"
    r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4},?[ \t]+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?[ \t]*(?:[ap]\.?m\.?)?[ \t]*[-–][ \t]*|"
    r"\(?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\)?[ \t]*(?:[ap]\.?m\.?)?"
    r"[ \t]*[-–|]?[ \t]*)?<?@?(?P<name>[^\W\d_][\w'’.\-]{0,30}(?:[ \t][^\W\d_][\w'’\-]{0,30})?)>?"
    # a messenger's copy: "name, [11.01.25 16:57]: …"
    r"(?:,?[ \t]*\[[^\]\n]{1,30}\])?"
    r"[ \t]*:(?!//)[ \t]*(?=[^\n]*?[^\W\d_])"  # a message with words, not "Tel: 0612…"
)

#: An IRC-style chat line: optional "[12:03]" / "12:03", the speaker in angle brackets, then the text
#: ("<posits ŋeted> antenna is up").
IRC_SPEAKER_RE = re.compile(
    r"^[ \t]*(?:\[[^\]\n]{1,30}\][ \t]*|\(?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\)?[ \t]*)?"
    r"<(?P<name>[^\W\d_][\w'’.\-]{0,30}(?:[ \t][^\W\d_][\w'’\-]{0,30})?)>[ \t]+(?=[^\n]*?[^\W\d_])"
)
#: HTML tags that open a line the way an IRC speaker does ("<b> Note</b>").
_HTML_TAGS = frozenset(
    """a b i u s p br hr em strong small big div span li ul ol td tr th table tbody thead pre code h1 h2 h3
    h4 h5 h6 font center blockquote sup sub mark del ins""".split()  # noqa: SIM905
)

MENTION_RE = re.compile(r"(?<![\w@.+\-])@(?P<name>[^\W\d_](?:[\w'’.\-]{0,30}[^\W_])?)")

MENTION_WORDS_RE = re.compile(r"[^\W\d_]+")

_NOT_MENTIONS = frozenset({"all", "here", "channel", "everyone", "team", "support", "admin", "everybody"})


def _speakers_by_line(lines: list[str]) -> list[frozenset[str]]:
    """The recurring speakers for each line: within its own text any label used twice (a chat's
    participants), across texts packed together (separated by `PACK_MARK` lines: one message per
    record) only labels that are no common word — two notes opening with "Rozmowa: …" are no chat."""
    from anonymize.recognizers.person_names import name_lists

    marks = [i for i, line in enumerate(lines) if line == PACK_MARK]
    if not marks:
        return [_recurring_speakers(lines)] * len(lines)
    first, last = name_lists()
    across = frozenset(
        label
        for label in _recurring_speakers(lines)
        if all(
            word in first or word in last or max(zipf(word, lang) for lang in LANGUAGES) < WEAK
            for word in label.split()
        )
    )
    out: list[frozenset[str]] = []
    start = 0
    for end in [*marks, len(lines)]:
        out.extend([across | _recurring_speakers(lines[start:end])] * (end - start))
        if end < len(lines):
            out.append(frozenset())
        start = end + 1
    return out


def _recurring_speakers(lines: list[str]) -> frozenset[str]:
    """Speaker labels used on two chat lines or more: a chat's participants, whatever the words."""
    counts: dict[str, int] = {}
    for line in lines:
        match = SPEAKER_RE.match(line)
        if match is not None:
            label = match.group("name").casefold()
            counts[label] = counts.get(label, 0) + 1
    return frozenset(label for label, n in counts.items() if n >= 2)


def _speaker_spans(
    line: str, context: LineContext, speakers: frozenset[str] = frozenset()
) -> list[tuple[int, int, float, str]]:
    match = SPEAKER_RE.match(line)
    if match is None:
        match = IRC_SPEAKER_RE.match(line)
        if match is None or match.group("name").casefold() in _HTML_TAGS:
            return []
    name = match.group("name")
    words = list(WORD_RE.finditer(name))
    if not words or any(w.group().casefold() in FIELD_LABELS for w in words):
        return []
    if tuple(w.group().casefold() for w in words) in cue_index():
        return []  # "przejmuje: zdeslava": a cue with its colon, the name comes after it
    if " " in name.strip() and any(ch.isdigit() for ch in name):
        return []  # "Job ORD9664341: …": a label and an identifier, not a speaker
    if _RECORD_LABEL.fullmatch(name):
        return []  # "BLN-63878: … paid": the record's number labels the line, no one speaks
    if is_key(line, *match.span("name")):
        return []  # "DTSTART:20250322T180000": a field's key glued to its value, as the filters judge it
    # In a cased line, "Unrelated: …" or "Reminder: …" stand where speakers do: only rare words count;
    # a label that speaks on several lines is a participant, however common the word ("hong").
    if context.cased and _status_label(words):
        return []  # "Abgasmessung offen: …" on line after line: a topic and its state, however often
    if name.casefold() in speakers:
        cue = Cue("speaker", 9.0, lower_in_cased=True)
    elif _common_label(words):
        return []  # "Świadek: HALSAND NORDQUIST.": a field's label, whatever the line's language
    else:
        cue = Cue("speaker", WEAK, lower_in_cased=True) if context.cased else SPEAKER_CUE
    base = match.start("name")
    if HANDLE_RE.fullmatch(name) and not all(w.group().casefold() in name_cues.NOT_NAMES for w in words):
        return [(base, base + len(name), HANDLE_CUE.score, "handle")]  # "hakcaneksgil70: hi!"
    kept = [w for w in words if acceptable(w.group(), cue, context)]
    if not kept:
        return []
    return [(base + kept[0].start(), base + kept[-1].end(), cue.score, "speaker")]


#: An order or case number in capitals and digits ("BLN-63878", "KF-0001/25"), never a user's handle.
_RECORD_LABEL = re.compile(r"[A-Z]{1,6}[-/#]\d[\d/-]*")


def _common_label(words: list[re.Match[str]]) -> bool:
    """A Title-case speaker label used once whose every word is a common word of some language Shoal
    reads and no listed name ("Testigo", "Świadek", "Perito"): a field's label, not a participant.
    Judged in every language: a short line's language guess is no guide. Lower-case and ALL-CAPS
    labels are a chat's way of writing its speakers ("hong: …", "HAI: ty!"), whatever the word."""
    from anonymize.recognizers.no_words import is_label_compound
    from anonymize.recognizers.person_names import is_listed_name

    for match in words:
        word = match.group()
        if not word[:1].isupper() or word.isupper() or is_listed_name(word):
            return False
        if max(zipf(word.casefold(), lang) for lang in LANGUAGES) < WEAK and not is_label_compound(word):
            return False  # a compound of common words is a label too ("Kundenakte", "Kalenderzeile")
    return True


def status_label_span(line: str, context: LineContext) -> tuple[int, int] | None:
    """Where a line opens with a topic and its state before a colon ("Abgasmessung offen: …") in a
    cased line: no name stands there, whatever cue reads one ("X bestätigt" is also "X confirms")."""
    match = SPEAKER_RE.match(line)
    if match is None or not context.cased:
        return None
    return match.span("name") if _status_label(list(WORD_RE.finditer(match.group("name")))) else None


def _status_label(words: list[re.Match[str]]) -> bool:
    """A two-word label, a Title-case topic and a lower-case common word, in a cased line
    ("Abgasmessung offen", "Pedido enviado"): a topic and its state. A cased chat writes its speakers
    in Title case; "per laree", "wg Andero" put the name second."""
    if len(words) != 2:
        return False
    topic, state = (w.group() for w in words)
    return (
        topic[:1].isupper()
        and not topic.isupper()
        and state.islower()
        and max(zipf(state, lang) for lang in LANGUAGES) >= WEAK
    )


#: A user name: one token of letters with digits, dots or underscores ("larktony28", "paasche.bjorger").
HANDLE_RE = re.compile(r"(?=[\w.\-]*[^\W\d_])(?=[\w.\-]*[\d._])[^\W\d_][\w.\-]{2,38}[^\W_]")

HANDLE_CUE = Cue("handle", STRONG)

_LABELLED_HANDLE_RE = re.compile(
    r"(?i)\b(?:username|user name|user id|userid|login|benutzername|benutzer|nom d'utilisateur|identifiant|"
    r"usuario|nombre de usuario|nome utente|utente|gebruikersnaam|gebruiker|nazwa użytkownika|"
    r"utilizador|nome de utilizador|usuário)\b[ \t]*[:=]?[ \t]*(?P<handle>[^\W_][\w.\-+]{2,40}[^\W_])"
)

#: A name given again in brackets: "Yawm (also Yawmane Ogunmensah)", "ashie (= ashette tuffstead)".
_ALIAS_MARKERS = (
    "also", "aka", r"a\.k\.a\.", "alias", r"i\.e\.", "=", "or", "oder", "ou", "o", "of", "lub", "auch", "dit",
    "detto", "genannt", "that is", r"d\.h\.", r"bzw\.", "o sea", "es decir", "dus", "oftewel", "czyli",
    "c'est", "c’est", r"c\.-à-d\.", "cioè", "ossia", "ou seja", "isto é",
)  # fmt: skip

_ALIAS_RE = re.compile(
    r"\((?:" + "|".join(sorted(_ALIAS_MARKERS, key=len, reverse=True)) + r")[ \t]+"
    r"(?P<name>[^\W\d_][\w'’\-]*(?:[ \t]+[^\W\d_][\w'’\-]*){0,2})[ \t]*\)"
)

ALIAS_CUE = Cue("alias", MEDIUM, lower_in_cased=True)


def _alias_spans(text: str, fallback: tuple[str, ...]) -> list[tuple[int, int, float, str]]:
    """The names in an alias bracket, and the word before the bracket when it is rare (the nickname)."""
    spans = []
    context = LineContext(fallback, False, False)
    for match in _ALIAS_RE.finditer(text):
        words = list(WORD_RE.finditer(match.group("name")))
        if not words or not all(acceptable(w.group(), ALIAS_CUE, context) for w in words):
            continue
        base = match.start("name")
        spans.append((base + words[0].start(), base + words[-1].end(), ALIAS_CUE.score, "alias"))
        before = list(WORD_RE.finditer(text, max(0, match.start() - 40), match.start()))
        if (
            before
            and not text[before[-1].end() : match.start()].strip()
            and acceptable(before[-1].group(), ALIAS_CUE, context)
        ):
            spans.append((before[-1].start(), before[-1].end(), ALIAS_CUE.score, "alias"))
    return spans


#: One to three words standing alone between dashes: "… 97-816 kisielice – lícidas sgario – dokumenty".
_DASH_ENCLOSED_RE = re.compile(
    r"(?:(?:^|[ \t])[–—]|(?:^|[ \t])[•▪‣◦])[ \t]+"  # a dash, or a bullet: "• Tongjong Kła – Einbau"
    r"(?P<name>[^\W\d_][\w'’\-]*(?:[ \t]+[^\W\d_][\w'’\-]*){0,2})[ \t]+[–—](?=[ \t]|$)",
    re.MULTILINE,
)

DASH_CUE = Cue("dashes", MEDIUM, lower_in_cased=True)


def _dash_enclosed(text: str, fallback: tuple[str, ...]) -> list[tuple[int, int, float, str]]:
    """Names set off by dashes in a note (a signature or a party named in passing), or between a bullet
    and a dash (who does a task): every word rare in every language the line may be in, none a product
    noun."""
    spans = []
    for match in _DASH_ENCLOSED_RE.finditer(text):
        words = list(WORD_RE.finditer(match.group("name")))
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        context = _cached_line_context(text[line_start : len(text) if line_end < 0 else line_end])
        if (
            not words
            or len({_case(w.group()) for w in words}) != 1
            or any(is_product_noun(w.group()) or not acceptable(w.group(), DASH_CUE, context) for w in words)
        ):
            continue
        base = match.start("name")
        spans.append((base + words[0].start(), base + words[-1].end(), DASH_CUE.score, "dashes"))
    return spans


def _labelled_handles(text: str) -> list[tuple[int, int, float, str]]:
    """The user name after its label ("Username ynggrimr51", "Benutzername: k.aydin")."""
    spans = []
    for match in _LABELLED_HANDLE_RE.finditer(text):
        handle = match.group("handle")
        if handle.casefold() in name_cues.NOT_NAMES or handle.isdigit():
            continue
        if not any(ch.isdigit() or ch in "._" for ch in handle) and zipf(handle.casefold(), "en") >= WEAK:
            continue  # "login failed", "username is wrong": words, not a handle
        spans.append((match.start("handle"), match.end("handle"), HANDLE_CUE.score, "handle"))
    return spans


def _mention_spans(line: str, context: LineContext) -> list[tuple[int, int, float, str]]:
    spans = []
    for match in MENTION_RE.finditer(line):
        handle = match.group("name")
        parts = MENTION_WORDS_RE.findall(handle)
        if not parts or handle.casefold() in _NOT_MENTIONS or parts[0].casefold() in _NOT_MENTIONS:
            continue
        if all(p.casefold() in name_cues.NOT_NAMES for p in parts):
            continue
        spans.append((match.start(), match.end(), MENTION_CUE.score, "mention"))
    return spans


#: "+name" assigns or asks someone in a note, as "@name" does ("+kugidis please confirm"): a name,
#: not a sum or a phone ("+39 …", "3 +2").
PLUS_CUE = Cue("plus_mention", MEDIUM, lower_in_cased=True)


def plus_spans(
    line: str, words: list[re.Match[str]], context: LineContext
) -> list[tuple[int, int, float, str]]:
    """The name right after a "+" that opens the line or follows a space or an opening bracket."""
    spans = []
    for j, word in enumerate(words):
        plus = word.start() - 1
        if plus < 0 or line[plus] != "+" or (plus > 0 and line[plus - 1] not in " \t([{,;"):
            continue
        name = _take_name(line, words, j, PLUS_CUE, context)
        if name is not None:
            spans.append((*name, PLUS_CUE.score, PLUS_CUE.family))
    return spans


#: The person a question is put to, after a comma at its end ("who brings the rail sunday, bodi?",
#: "quién trae la baraja, naku?"): a rare word, any case ("ok?", "right?", "oder?" are words).
VOCATIVE_CUE = Cue("vocative", WEAK, lower_in_cased=True)


def vocative_spans(
    line: str, words: list[re.Match[str]], context: LineContext
) -> list[tuple[int, int, float, str]]:
    """The name between a comma and the question mark that closes a question."""
    spans = []
    for j in range(1, len(words)):
        if not line[words[j - 1].end() : words[j].start()].lstrip("?!").startswith(","):
            continue
        name = _take_name(line, words, j, VOCATIVE_CUE, context)
        if name is not None and line[name[1] : name[1] + 2].lstrip(" ")[:1] == "?":
            spans.append((*name, VOCATIVE_CUE.score, VOCATIVE_CUE.family))
    return spans
