"""Operators turn personal values into safe ones; `build_operator` makes one from a plan entry."""

from __future__ import annotations

from typing import Any

from anonymize.operators.base import Operator
from anonymize.operators.builtin import OPERATORS

__all__ = ["OPERATORS", "Operator", "build_operator"]


def build_operator(
    name: str, params: dict[str, Any] | None = None, *, key: str | bytes | None = None
) -> Operator:
    """Instantiate operator ``name``; ``key`` (the pseudonym key) is injected where the operator needs one."""
    try:
        cls = OPERATORS[name]
    except KeyError:
        raise ValueError(f"unknown operator {name!r}; known: {', '.join(sorted(OPERATORS))}") from None
    params = dict(params or {})
    if name in {"pseudonym", "surrogate"} and key is not None and "key" not in params:
        params["key"] = key
    return cls(**params)
