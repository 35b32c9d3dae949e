"""Who works which day in a rota: two days or more on a line, each before a name, split by "/", ",",
";" or "|" ("Mon DENISOVA / Wed Lapaamsa Transo / Fri TONGJANYU", "lun Anna, mer Ugo Berti"). A day's
short form is also a common word in some language ("di", "do", "ma"), so one day alone marks nothing.
Who waits in a numbered queue: two numbered items or more on a line ("Waiting order: 1) Hašām Bakemī
2) taleia"). Who worked how long: two entries or more of hours on a line, each after a name ("Hours:
Adim 5.5 h, Tamng Todio 4 h", "Stunden: Abaa 6 h, Kariem 8 h").
"""

from __future__ import annotations

import re

from anonymize.recognizers import name_cues
from anonymize.recognizers.name_context.acceptance import _name_after, _take_name, acceptable
from anonymize.recognizers.name_context.cues import WEAK, Cue, LineContext

ROTA_CUE = Cue("rota", WEAK)
HOURS_CUE = Cue("hours", WEAK, lower_in_cased=True)
QUEUE_CUE = Cue("queue", WEAK, lower_in_cased=True)

_DAYS = frozenset(name_cues.ROTA)
#: Between two of a rota's entries.
_ENTRY_GAP = re.compile(r"[^/,;|\n]{1,40}[ \t]*[/,;|][ \t]*$")


def rota_spans(
    line: str, words: list[re.Match[str]], context: LineContext
) -> list[tuple[int, int, float, str]]:
    """``(start, end, score, "rota")`` of each name after a day, when the line holds two such days
    with a separator between them."""
    days = [i for i, w in enumerate(words[:-1]) if w.group().casefold() in _DAYS]
    entries = [
        i
        for k, i in enumerate(days)
        if k and _ENTRY_GAP.match(line[words[days[k - 1]].end() : words[i].start()])
    ]
    if not entries:
        return []
    first = days[days.index(entries[0]) - 1]
    spans = []
    for i in (first, *entries):
        name = _name_after(line, words, i + 1, ROTA_CUE, context)
        if name is not None:
            spans.append((*name, ROTA_CUE.score, ROTA_CUE.family))
    return spans


#: A number closing with a bracket or a dot before a word: an item of a numbered list.
_ITEM_NUMBER = re.compile(r"(?<![\w.,])\d{1,2}[).][ \t]+(?=[^\W\d_])")


def numbered_spans(
    line: str, words: list[re.Match[str]], context: LineContext
) -> list[tuple[int, int, float, str]]:
    """``(start, end, score, "queue")`` of each name opening an item of a numbered list, when the line
    holds two items or more."""
    starts = [m.end() for m in _ITEM_NUMBER.finditer(line)]
    if len(starts) < 2:
        return []
    first_word = {w.start(): i for i, w in enumerate(words)}
    spans = []
    for start in starts:
        index = first_word.get(start)
        name = None if index is None else _take_name(line, words, index, QUEUE_CUE, context)
        if name is not None:
            spans.append((*name, QUEUE_CUE.score, QUEUE_CUE.family))
    return spans


#: Hours worked, after a name: "5.5 h", "7,5 uur", "3 godz.", "4 Std.".
_HOURS = re.compile(
    r"(?<![\w.,])\d{1,2}(?:[.,]\d{1,2})?[ \t]?(?:h|hrs?|hours?|std\.?|stunden|uur|u|godz\.?|ore|horas|heures)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)


def hours_spans(
    line: str, words: list[re.Match[str]], context: LineContext
) -> list[tuple[int, int, float, str]]:
    """``(start, end, score, "hours")`` of the one or two words before each entry of hours worked,
    when the line holds two entries or more."""
    entries = list(_HOURS.finditer(line))
    if len(entries) < 2:
        return []
    ending = {w.end(): i for i, w in enumerate(words)}
    spans = []
    for entry in entries:
        gap = re.search(r"[ \t]{1,2}$", line[: entry.start()])
        j = ending.get(entry.start() - len(gap.group())) if gap else None
        if j is None or not acceptable(words[j].group(), HOURS_CUE, context):
            continue
        start = words[j].start()
        if j and re.fullmatch(r"[ \t]", line[words[j - 1].end() : start]):
            previous = words[j - 1].group()
            if previous[:1].isupper() == words[j].group()[:1].isupper() and acceptable(
                previous, HOURS_CUE, context
            ):
                start = words[j - 1].start()  # "Tamng Todio 4 h"
        spans.append((start, words[j].end(), HOURS_CUE.score, HOURS_CUE.family))
    return spans
