"""Hostile inputs (issue 11): malformed, oversized and poisoned files through the engine and the API."""
