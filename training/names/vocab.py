"""Ordinary words per language, used as O-labelled filler so the model does not take every unfamiliar
word for a name.

Sources: spaCy's stop-word lists and Faker's lorem word lists (both installed), plus the word tables of
the ``spacy-lookups-data`` wheel (MIT), read straight from the wheel file (never installed, so it
cannot change the tokenizer norms of other spaCy pipelines in the venv)::

    .venv/bin/pip download --no-deps spacy-lookups-data==1.0.5 -d var/training/names/vendor

Frequency tables (``*_lexeme_prob``) give the 30,000 most frequent words for EN/DE/ES, in frequency
order (the generator samples them with a skew towards the top); for the other languages a fixed sample
of the lemma tables' base forms and short word forms is used. Words that are also first names,
surnames or cities in the name lists are removed, so no name is ever labelled O by this filler.
"""

from __future__ import annotations

import gzip
import hashlib
import importlib
import json
import random
import re
import zipfile
from pathlib import Path

WHEEL_NAME = "spacy_lookups_data-1.0.5-py2.py3-none-any.whl"
WHEEL_SHA256 = "466f21f087e4144bc93800679437ec5a17be7d0888734b1ba880b3ecb0978bc6"
DEFAULT_WHEEL = Path("var/training/names/vendor") / WHEEL_NAME
FAKER_LOREM = {
    "en": ("en_US",),
    "de": ("de_DE",),
    "fr": ("fr_FR",),
    "es": ("es_ES",),
    "it": ("it_IT",),
    "nl": ("nl_NL",),
    "pl": ("pl_PL",),
    "pt": (),
    "sv": (),
    "da": ("da_DK",),
}
TABLES = {
    "en": ("en_lexeme_prob",),
    "de": ("de_lexeme_prob",),
    "es": ("es_lexeme_prob",),
    "fr": ("fr_lemma_lookup",),
    "it": ("it_lemma_lookup",),
    "nl": ("nl_lemma_lookup",),
    "pl": ("pl_lemma_lookup_noun", "pl_lemma_lookup_verb", "pl_lemma_lookup_adj", "pl_lemma_lookup_adv"),
    "pt": ("pt_lemma_lookup",),
    "sv": ("sv_lemma_lookup",),
    "da": ("da_lemma_lookup",),
}
TOP_FREQUENT = 30_000
SAMPLE = 30_000
MAX_FORM_LEN = 12
_WORD = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ɏ]+(?:[-'’][A-Za-zÀ-ÖØ-öø-ɏ]+)?$")  # Latin script only


class VocabError(RuntimeError):
    """The lookups wheel is missing or not the expected file."""


def common_words(lang: str) -> list[str]:
    """Stop words and Faker lorem words of ``lang`` (frequent, always available)."""
    words: set[str] = set(importlib.import_module(f"spacy.lang.{lang}.stop_words").STOP_WORDS)
    for loc in FAKER_LOREM.get(lang, ()):
        words |= set(importlib.import_module(f"faker.providers.lorem.{loc}").Provider.word_list)
    return sorted(w for w in words if _WORD.match(w))


def _read_table(zf: zipfile.ZipFile, name: str) -> dict[str, object]:
    return json.loads(gzip.decompress(zf.read(f"spacy_lookups_data/data/{name}.json.gz")))


def table_words(zf: zipfile.ZipFile, lang: str, seed: int) -> list[str]:
    """Words of ``lang`` from the lookups wheel (see module docstring)."""
    words: set[str] = set()
    for name in TABLES[lang]:
        table = _read_table(zf, name)
        if name.endswith("_lexeme_prob"):
            ranked = sorted(table.items(), key=lambda kv: (-float(kv[1]), kv[0]))  # type: ignore[arg-type]
            keep_caps = lang == "de"  # German nouns are capitalised
            top: list[str] = []
            for word, _ in ranked:
                if _WORD.match(word) and (keep_caps or word.islower()) and len(word) > 1 and word not in top:
                    top.append(word)
                if len(top) >= TOP_FREQUENT:
                    break
            return top  # frequency order
        forms = {w for w in table if _WORD.match(w) and w.islower() and 1 < len(w) <= MAX_FORM_LEN}
        for lemma in table.values():
            for w in lemma if isinstance(lemma, list) else [lemma]:
                if isinstance(w, str) and _WORD.match(w) and w.islower() and len(w) > 1:
                    forms.add(w)
        ordered = sorted(forms)
        words |= set(random.Random(f"{seed}:{name}").sample(ordered, min(SAMPLE, len(ordered))))
    return sorted(words)


def check_wheel(path: Path) -> None:
    if not path.exists():
        raise VocabError(
            f"{path} is missing: run `.venv/bin/pip download --no-deps spacy-lookups-data==1.0.5 -d {path.parent}`"
        )
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != WHEEL_SHA256:
        raise VocabError(f"{path} has sha256 {digest}, expected {WHEEL_SHA256}")


def is_ranked(lang: str) -> bool:
    """True if the large list of ``lang`` is in frequency order."""
    return TABLES[lang][0].endswith("_lexeme_prob")


def load_vocab(
    langs: tuple[str, ...], banned: set[str], wheel: Path = DEFAULT_WHEEL, seed: int = 7
) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Return ``(common, large)`` word lists per language, without any word in ``banned`` (lower case)."""
    check_wheel(wheel)
    common: dict[str, list[str]] = {}
    large: dict[str, list[str]] = {}
    with zipfile.ZipFile(wheel) as zf:
        for lang in langs:
            common[lang] = [w for w in common_words(lang) if w.lower() not in banned]
            large[lang] = [w for w in table_words(zf, lang, seed) if w.lower() not in banned]
    return common, large
