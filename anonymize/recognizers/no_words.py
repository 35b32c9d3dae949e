"""Names by what they are not: a run of one to three words that are words of no language Shoal reads.

Every other name reader needs a cue, a position or a layout, and each new kind of note brings layouts
none of them knows. What a name no list holds has everywhere is that it is no word: it is absent from
wordfreq's *large* lists (words down to one in a hundred million uses) of all eight languages Shoal
reads. Such a run is a name candidate wherever it stands, at a low score that the filters weigh as they
weigh spaCy's: a run in a product, a company with its legal form, a code or a web address, or
right before a model code or a price (`anonymize.recognizers.products.item_before_price`), stays.

Left alone: words of three letters or fewer, a common word with an ending or a prefix ("unstepped"),
compounds ("Mosselsaus", "Eierabo"), acronyms (ALL CAPS up to four letters), joined words ("PetVoyage":
a brand), anything touching a digit, "_", "@", "/" or a dot inside a token (codes, e-mail addresses,
paths: other readers take those).

What it costs: typos and jargon absent from every list are masked as names too (a demanding reviewer
sees them in the plan); real names that happen to be words somewhere ("Fatima", "Amias") are left to
the other readers.
"""

from __future__ import annotations

import hashlib
import re
from functools import cache, lru_cache
from pathlib import Path

import numpy as np
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from anonymize.recognizers._base import NameSpanRecognizer, make_result

#: A word standing alone: letters (an inner hyphen or apostrophe), nothing of a code or an address
#: touching it.
_TOKEN = re.compile(r"(?<![\w@/.\\&#=+-])[^\W\d_]{3,}(?:[-'’][^\W\d_]+)*(?![\w@/\\]|\.\w|-\w)")
_CAMEL = re.compile(r"[a-zà-ÿ][A-ZÀ-Þ]")
_GAP = re.compile(r"[ \t]")
#: Words in one run at most (a run keeps a start and an end per word).
_MAX_RUN = 3
#: The recognizer name this module's findings carry (the filters weigh them apart).
NO_WORD_SOURCE = "NoWordNameRecognizer"


@cache
def _word_hashes() -> np.ndarray:
    """Sorted stable 64-bit hashes of every word in wordfreq's large lists of Shoal's languages (about
    two million words, 16 MB). Built once per machine (about five seconds) and kept in the cache
    directory (``SHOAL_CACHE_DIR``, else ``~/.cache/shoal``) under wordfreq's version; later processes
    load it in milliseconds."""
    import os
    from importlib.metadata import version

    from anonymize.vocabulary import LANGUAGES

    languages = tuple(dict.fromkeys((*LANGUAGES, "en")))
    root = Path(os.environ.get("SHOAL_CACHE_DIR") or Path.home() / ".cache" / "shoal")
    path = root / f"no-words-wordfreq{version('wordfreq')}-{'-'.join(languages)}.npy"
    try:
        return np.load(path)  # type: ignore[no-any-return]
    except (OSError, ValueError):
        pass
    words = _large_words(languages)
    hashes = np.fromiter(map(_stable_hash, words), dtype=np.uint64, count=len(words))
    hashes.sort()
    try:
        root.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f"{path.name}.{os.getpid()}.part")
        with partial.open("wb") as handle:
            np.save(handle, hashes)
        partial.replace(path)  # whole or absent: another process may be reading it
    except OSError:  # a read-only home: build it again next time
        pass
    return hashes


def _large_words(languages: tuple[str, ...]) -> set[str]:
    """Every word of wordfreq's large lists of ``languages`` (read as `anonymize.vocabulary` reads the
    small ones)."""
    import gzip
    import importlib.util

    import msgpack

    spec = importlib.util.find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:  # pragma: no cover - not installed
        return set()
    base = Path(next(iter(spec.submodule_search_locations))) / "data"
    words: set[str] = set()
    for language in languages:
        path = base / f"large_{language}.msgpack.gz"
        if path.exists():
            with gzip.open(path, "rb") as handle:
                for bin_words in msgpack.load(handle, raw=False)[1:]:
                    words.update(bin_words)
    return words


def _stable_hash(word: str) -> int:
    return int.from_bytes(hashlib.blake2b(word.encode(), digest_size=8).digest(), "little")


def is_a_word(word: str) -> bool:
    """``word`` (any case) is in wordfreq's large list of one of Shoal's languages or English."""
    from anonymize.vocabulary import LANGUAGES, zipf

    lowered = word.casefold()
    if any(zipf(lowered, language) for language in LANGUAGES):
        return True  # the small lists answer most words without a hash
    hashes = _word_hashes()
    key = np.uint64(_stable_hash(lowered))
    index = int(np.searchsorted(hashes, key))
    return index < len(hashes) and bool(hashes[index] == key)


@lru_cache(maxsize=65536)  # names and words recur across a file's records
def is_unknown_token(token: str) -> bool:
    """A token that may be a name no list holds: in no large word list of a language Shoal reads, no
    compound or inflected common word, no acronym, no joined words. Stricter than
    `anonymize.recognizers.name_shapes.is_no_word` (wordfreq's small lists), since it reads every text."""
    if (token.isupper() and len(token) <= 4) or _CAMEL.search(token):
        return False
    parts = [part for part in (token, *re.split(r"[-'’]", token)) if len(part) >= 3]
    return not any(
        is_a_word(part) or _inflected(part.casefold()) or is_compound(part.casefold()) for part in parts
    )


_SUFFIXES = ("ed", "ing", "s", "es", "er", "ers", "ly", "ness", "en", "e", "n", "d")
_PREFIXES = ("un", "re", "dis", "pre", "over", "ver", "be", "ge", "ont")


def _inflected(word: str) -> bool:
    """A common word with an ending or a prefix it lacks in the lists: "unstepped" ("stepped"),
    "racked" ("rack")."""
    from anonymize.vocabulary import LANGUAGES, is_common_word

    stems = [word[: -len(s)] for s in _SUFFIXES if word.endswith(s) and len(word) - len(s) >= 4]
    stems += [word[len(p) :] for p in _PREFIXES if word.startswith(p) and len(word) - len(p) >= 4]
    return any(is_common_word(stem, LANGUAGES, 3.0) for stem in stems)


def is_compound(word: str) -> bool:
    """A common word of a compounding language (German, Dutch, English) joined to another common word
    of it or to a longer word of any (a linking "s" or "e" allowed): "mosselsaus", "eierabo",
    "hofglück", "hertaxatie". Only these languages' common words anchor a split, so a name seldom
    splits into two words by chance ("tas" + "muni")."""
    from anonymize.vocabulary import zipf

    for cut in range(3, len(word) - 2):
        head, tail = word[:cut], word[cut:]
        heads = (head, head[:-1]) if head[-1] in "se" and cut > 4 else (head,)
        for language in _COMPOUNDING:
            head_common = any(zipf(h, language) >= 3.0 for h in heads)
            tail_common = zipf(tail, language) >= 3.0
            if (head_common and (tail_common or (len(tail) >= 5 and is_a_word(tail)))) or (
                tail_common and len(tail) >= 4 and any(len(h) >= 4 and is_a_word(h) for h in heads)
            ):
                return True
    return False


_COMPOUNDING = ("de", "nl", "en")


def is_label_compound(word: str) -> bool:
    """A Title-case German or Dutch compound of two frequent words (Zipf 3.8) of four letters or more (a
    linking "s", "e" or "n" allowed): "Klantdossier", "Kundenakte", "Kalenderzeile", a field's label;
    not "Seradella" (the foreign "della" is rarer in German lists). Stricter than `is_compound`, which
    also takes a short head ("tan" + "berk"), since labels stand where speakers do."""
    return word.istitle() and len(word) >= 9 and frequent_pair(word.casefold(), ("de", "nl"))


def frequent_pair(word: str, languages: tuple[str, ...]) -> bool:
    """Lower-case ``word`` joins two frequent words (Zipf 3.8, four letters or more, a linking "s", "e"
    or "n" allowed) of one of ``languages``: "kundenakte", "blackfriday"."""
    from anonymize.vocabulary import zipf

    for cut in range(4, len(word) - 3):
        head, tail = word[:cut], word[cut:]
        heads = (head, head[:-1]) if head[-1] in "sen" and cut > 4 else (head,)
        for language in languages:
            if zipf(tail, language) >= 3.8 and any(len(h) >= 4 and zipf(h, language) >= 3.8 for h in heads):
                return True
    return False


class NoWordNameRecognizer(NameSpanRecognizer):
    SCORE = 0.45

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        return [
            make_result(self, self.ENTITY, start, end, self.SCORE, "no word")
            for start, end in no_word_runs(text)
        ]


def no_word_runs(text: str) -> list[tuple[int, int]]:
    """Spans of one to three no-words in a row (a space or a tab apart)."""
    runs: list[list[int]] = []
    for match in _TOKEN.finditer(text):
        if not is_unknown_token(match.group()):
            continue
        if runs and len(runs[-1]) < 2 * _MAX_RUN and _GAP.fullmatch(text[runs[-1][-1] : match.start()]):
            runs[-1].extend((match.start(), match.end()))
        else:
            runs.append([match.start(), match.end()])
    return [(run[0], run[-1]) for run in runs]
