"""Cue phrases that put a person's name next to them, in the languages Shoal's contributors write.

Each family is a list of phrases, one per line, lower case, words separated by single spaces (a
phrase matches whatever the case and spacing of the text). ``NAME_AFTER`` cues announce a name that
follows them ("escalated to …"); ``NAME_BEFORE`` cues follow the name ("… called"). A cue only marks a
position: `anonymize.recognizers.name_context` still checks that the words there can be a name (not a
stop word, not a common word of the text's language, capitalised when the text is).

Families (the strength says how sure the position alone is):

- ``addressed`` (strong): care-of, attention and per-procuration marks ("c/o", "z. Hd.", "p.o.").
- ``intro`` (strong): a person says or is given their name ("my name is", "je m'appelle",
  "caller gave her name as").
- ``self`` (weak): "I am", "je suis", "sono": a name or an adjective follows, so only rare words count.
- ``label`` (strong, only before a colon): a field whose value is a person ("Customer: …", "Kunde: …").
- ``title`` (strong): honorifics and academic titles ("Frau", "Madame", "dr.", "Sig.ra", "Pani").
- ``callback``, ``handover``, ``contact``, ``greeting``, ``relation`` (medium): call-backs ("call … back",
  "ask for …"), hand-overs ("handled by", "escalated to", "behandeld door", "atendido por"), contacts
  ("spoke with", "message from"), greetings ("hi", "hallo", "bonjour"), family and neighbours
  ("my wife", "sa voisine", "mój sąsiad").

One module per family group: `intro` (intro, self, label, title), `calls` (callback, handover),
`contacts` (contact, greeting, relation, belonging), `roles` (role, weak cues after a name) and
`name_before` (cues after a name, non-names, particles); `phrases` reads a family's block.
"""

from __future__ import annotations

from anonymize.recognizers.name_cues.calls import CALLBACK, HANDOVER
from anonymize.recognizers.name_cues.contacts import (
    BELONGING,
    CONTACT,
    GREETING,
    KIN_AFTER_POSSESSIVE,
    RELATION,
)
from anonymize.recognizers.name_cues.intro import ADDRESSED, CREDIT, INTRO, LABEL, ROTA, SELF, TITLE
from anonymize.recognizers.name_cues.name_before import NAME_BEFORE, NOT_NAMES, PARTICLES
from anonymize.recognizers.name_cues.roles import NAME_BEFORE_WEAK, ROLE

__all__ = [
    "ADDRESSED",
    "BELONGING",
    "CALLBACK",
    "CONTACT",
    "CREDIT",
    "GREETING",
    "HANDOVER",
    "INTRO",
    "KIN_AFTER_POSSESSIVE",
    "LABEL",
    "NAME_BEFORE",
    "NAME_BEFORE_WEAK",
    "NOT_NAMES",
    "PARTICLES",
    "RELATION",
    "ROLE",
    "ROTA",
    "SELF",
    "TITLE",
]
