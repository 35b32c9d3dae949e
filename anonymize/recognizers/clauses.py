"""Where a clause opens and what a word is made of, for `anonymize.recognizers.name_shapes`: a dash or a quotation mark that opens a clause ("… — Xitai ha il numero", '"Vesim steigt …"'), and the compounds of German and Dutch
("Nachschulung", "constateerklok") that word lists lack but that are no names."""

from __future__ import annotations

import re

#: A dash after a word, and the lower-case word that goes on after the next one: "… gatti — Grêle farà",
#: "06:52 — Xitai ha", "Relance — ISIDA n'a pas".
_ANY_DASH = re.compile(r"[\w,.)][ \t]+[—–-][ \t]+$")
#: A lower-case word after a space.
_VERB_AFTER = re.compile(r"[ \t]+([a-zß-öø-ÿ][^\W\d_]*)")
#: An opening quotation mark after a colon or a space: quoted speech begins.
_OPENING_QUOTE = re.compile(r"[:\s][ \t]*[\"„“«‹‚‘][ \t]?$")
#: The three words before a dash.
_WORDS_BEFORE_DASH = re.compile(r"((?:[^\W\d_]+[ \t]+){1,3})[—–-][ \t]+$")


def opens_clause(text: str, start: int, end: int) -> bool:
    """The word at ``start`` opens quoted speech or a clause after a dash, a lower-case word going on
    after it; after a dash, that word is a function word, or no product stands before the dash
    ("Dywan Bergen – Butelkowa zieleń" names a rug's colour)."""
    from anonymize.recognizers.products import is_product_noun
    from anonymize.vocabulary import is_stop_word

    after = _VERB_AFTER.match(text, end)
    if after and _OPENING_QUOTE.search(text, max(0, start - 40), start):
        return True  # 'sagte: "Pereer steigt ab Montag …"': quoted speech opens with its subject
    if not (_ANY_DASH.search(text, max(0, start - 40), start) and after):
        return False
    if is_stop_word(after.group(1)):
        return True  # "Essayage robe — Rániile a choisi": a clause goes on with a function word
    before = _WORDS_BEFORE_DASH.search(text, max(0, start - 60), start)
    return before is None or not any(is_product_noun(w) for w in before.group(1).split())


def compound_of(word: str, language: str) -> bool:
    """The word is a compound of ``language`` (German, Dutch): after three letters or more it ends in a
    common word of that language of four letters or more that is no given name ("Nachschulung",
    "constateerklok"; not "neblina")."""
    from anonymize.recognizers.person_names import is_listed_name
    from anonymize.vocabulary import zipf

    folded = word.casefold()
    tails = (folded[i:] for i in range(3, len(folded) - 3))
    return any(zipf(tail, language) >= 3.0 and not is_listed_name(tail) for tail in tails)
