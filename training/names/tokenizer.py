"""Tokenizer tweaks for the names model: split ``@`` mentions and Romance elisions off names, and
semicolons between the fields of a pasted row.

spaCy's English tokenizer keeps ``@anna`` and ``d'Anna`` / ``dell'Ing.`` as single tokens, so a name
inside them could never be a token-aligned entity. The extra prefix patterns below are stored in
the pipeline's ``tokenizer`` file when it is saved, so the trained model needs no custom code to load.
"""

from __future__ import annotations

from collections.abc import Callable

import spacy
from spacy.language import Language
from spacy.util import compile_infix_regex, compile_prefix_regex

#: Prefixes split off before a letter: ``@`` mentions and French/Italian elided articles/prepositions.
EXTRA_PREFIXES: tuple[str, ...] = (
    r"@(?=\w)",
    r"(?i:dell|dall|nell|sull|all|quell|coll|dagl|degl|negl|sugl|l|d|j|n|s|c|m|t|qu|un)['’](?=[^\W\d_])",
)

#: Infixes split between words: a semicolon joining the fields of a pasted CSV row ("Anna Berg;Jan Kos").
EXTRA_INFIXES: tuple[str, ...] = (r";",)

CALLBACK_NAME = "shoal_names.tokenizer.v1"


def customize_tokenizer(nlp: Language) -> Language:
    """Add `EXTRA_PREFIXES` and `EXTRA_INFIXES` to ``nlp``'s tokenizer (in place) and return ``nlp``."""
    prefixes = list(EXTRA_PREFIXES) + list(nlp.Defaults.prefixes or ())
    nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    infixes = list(nlp.Defaults.infixes or ()) + list(EXTRA_INFIXES)
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    return nlp


@spacy.registry.callbacks(CALLBACK_NAME)
def make_tokenizer_callback() -> Callable[[Language], Language]:
    """Config callback (``[initialize.before_init]``) applying `customize_tokenizer`."""
    return customize_tokenizer


def make_nlp() -> Language:
    """A blank English pipeline with the custom tokenizer, as used for the training data."""
    return customize_tokenizer(spacy.blank("en"))


def tokenize(text: str, nlp: Language | None = None) -> list[str]:
    """Token texts of ``text`` (debug helper)."""
    return [t.text for t in (nlp or make_nlp()).make_doc(text)]


__all__ = ["CALLBACK_NAME", "EXTRA_INFIXES", "EXTRA_PREFIXES", "customize_tokenizer", "make_nlp", "tokenize"]
