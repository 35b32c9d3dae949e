"""The speaker after quoted speech: a closing quotation mark, a verb of saying, then a name
('"All set," said kushawe', „Alles klar“, sagte Dibas Magas, «Todo listo», dijo ralyulbay,
„Wszystko gotowe” – powiedział Ajzat). Whatever the name's case, the position says it.
"""

from __future__ import annotations

import re

from anonymize.recognizers.name_context.acceptance import _name_after
from anonymize.recognizers.name_context.cues import STRONG, Cue, LineContext

SPEECH_CUE = Cue("speech", STRONG, lower_in_cased=True)

#: Verbs of saying and writing, past and present, in the eight languages (after the quote).
_SPEECH_VERBS = frozenset(
    """
    said says wrote writes asked asks replied replies added adds answered answers
    sagte sagt schrieb schreibt meinte meint fragte fragt antwortete antwortet ergänzte
    dit écrit écrivit répond répondit demande demanda ajoute ajouta
    dijo dice escribió escribe preguntó pregunta respondió responde añadió
    disse dice scrisse scrive chiese chiede rispose risponde aggiunse detto scritto risposto
    zei zegt schreef schrijft vroeg vraagt antwoordde antwoordt
    powiedział powiedziała napisał napisała zapytał zapytała odpowiedział odpowiedziała dodał dodała
    escreveu escreve perguntou pergunta respondeu responde acrescentou
    """.split()  # noqa: SIM905 - a word list reads best as words
)
#: Auxiliaries of a compound past between the quote and the verb ("a dit", "ha detto", "hat gesagt").
_AUXILIARIES = frozenset({"a", "ha", "hat", "heeft", "has", "had"})
#: A closing quotation mark right before: '…," ', '…“, ', '…», ', '…” – '.
_AFTER_QUOTE = re.compile(r"[\"”“»«›’'][ \t]*[,–—-]?[ \t]*$")


def speech_spans(
    line: str, words: list[re.Match[str]], context: LineContext
) -> list[tuple[int, int, float, str]]:
    """``(start, end, score, "speech")`` of each name after a closing quote and a verb of saying."""
    spans = []
    for i in range(len(words) - 1):
        if words[i].group().casefold() not in _SPEECH_VERBS:
            continue
        opening = i - 1 if i and words[i - 1].group().casefold() in _AUXILIARIES else i
        if not _AFTER_QUOTE.search(line, max(0, words[opening].start() - 6), words[opening].start()):
            continue
        name = _name_after(line, words, i + 1, SPEECH_CUE, context)
        if name is not None:
            spans.append((*name, SPEECH_CUE.score, SPEECH_CUE.family))
    return spans
