"""Shoal's anonymisation engine (no Django models). Importing the package loads nothing heavy: the
command line answers ``--help`` and ``--version`` without Presidio, spaCy or pandas."""

__version__ = "0.1.0"  # the project's version (pyproject.toml)
