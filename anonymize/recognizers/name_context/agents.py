"""The agent of a passive: a past participle and the word for "by", then a name ("verified by Anna",
"verificada por mudroliuba", "signée par Ilyas", "firmato da Chasun", "geprüft von Ssaito", "gecontroleerd
door Mira", "podpisany przez Kubę"). No cue list names every verb; the participle's ending does.
"""

from __future__ import annotations

import re

from anonymize.recognizers.name_context.acceptance import _name_after
from anonymize.recognizers.name_context.cues import MEDIUM, Cue, LineContext

AGENT_CUE = Cue("agent", MEDIUM)

#: Per word for "by", the endings of the past participles it follows.
_PARTICIPLES: dict[str, re.Pattern[str]] = {
    "by": re.compile(r"[^\W\d_]{2,}(?:ed|en|wn|ne)$"),
    "por": re.compile(r"[^\W\d_]{2,}(?:ad[oa]s?|id[oa]s?|ch[oa]s?|t[oa]s?)$"),
    "pelo": re.compile(r"[^\W\d_]{2,}(?:ad[oa]s?|id[oa]s?|t[oa]s?)$"),
    "pela": re.compile(r"[^\W\d_]{2,}(?:ad[oa]s?|id[oa]s?|t[oa]s?)$"),
    "par": re.compile(r"[^\W\d_]{2,}(?:ée?s?|ie?s?|ite?s?|ue?s?)$"),
    "da": re.compile(r"[^\W\d_]{2,}(?:at[oaie]|it[oaie]|ut[oaie])$"),
    # "geprüft", "abgeholt", "erledigt", "verpackt", "repariert"; lower case: "Bericht von" is a noun
    "von": re.compile(
        r"(?:[a-zäöü]{0,6}ge|er|ver|be|ent|zer|emp|miss|über|unter)[a-zäöüß]{2,}(?:t|en)$|[a-zäöüß]{3,}iert$"
    ),
    "door": re.compile(r"(?:ge|be|ver|her|ont)(?:[^\W\d_]{2,}(?:d|t|en)|[^\W\d_]+aan)$"),  # "gedaan door"
    "przez": re.compile(r"[^\W\d_]{2,}(?:ny|na|ne|ty|ta|te)$"),
}


#: Adverbs of time that may stand between the participle and "by" ("Resuelto ayer por …", "checked today by").
_ADVERBS = frozenset(
    """today yesterday already heute gestern bereits schon aujourd'hui hier déjà hoy ayer ya oggi ieri già
    vandaag gisteren al dzisiaj wczoraj już hoje ontem já""".split()  # noqa: SIM905
)


def agent_spans(
    line: str, words: list[re.Match[str]], context: LineContext
) -> list[tuple[int, int, float, str]]:
    """``(start, end, score, "agent")`` of each name after a participle and its "by"."""
    spans = []
    for i in range(1, len(words) - 1):
        by = words[i].group().casefold()
        participle = _PARTICIPLES.get(by)
        if participle is None:
            continue
        p = i - 2 if i >= 2 and words[i - 1].group().casefold() in _ADVERBS else i - 1
        before = words[p].group()
        if not participle.fullmatch(before if by == "von" else before.casefold()):
            continue
        if any(line[words[k].end() : words[k + 1].start()] not in (" ", "\t") for k in range(p, i)):
            continue
        name = _name_after(line, words, i + 1, AGENT_CUE, context)
        if name is not None and not (line[name[0] : name[1]].isupper() and name[1] - name[0] <= 4):
            # "shipped by DHL": a short acronym after "by" is a carrier or a firm
            spans.append((*name, AGENT_CUE.score, AGENT_CUE.family))
    return spans
