"""Who works which day in a rota: two days or more on a line, each before a name, split by "/", ",",
";" or "|" ("Mon DENISOVA / Wed Lapaamsa Transo / Fri TONGJANYU", "lun Anna, mer Ugo Berti"). A day's
short form is also a common word in some language ("di", "do", "ma"), so one day alone marks nothing.
"""

from __future__ import annotations

import re

from anonymize.recognizers import name_cues
from anonymize.recognizers.name_context.acceptance import _name_after
from anonymize.recognizers.name_context.cues import WEAK, Cue, LineContext

ROTA_CUE = Cue("rota", WEAK)

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
