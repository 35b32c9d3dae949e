"""Signals other apps hook into; sent after the transaction that caused them commits.

``consent_withdrawn`` (kwargs ``record_id``, ``event_id``, ``kind`` = "withdrawn" | "invalidated",
``actor_id``) is sent once per record, when its consent is withdrawn or invalidated. The pool connects
the Art. 17/19 cascade to it (delete artifacts, withdraw corpus versions, notify downloaders); since it
runs after commit, a receiver should queue a Celery task rather than do the work inline, and must be
safe to run twice.

``consent_expired`` (kwargs ``record_id``, ``event_id``) is sent when ``consent_expire_due`` records
that a consent's validity ended.
"""

from __future__ import annotations

from django.dispatch import Signal

consent_withdrawn = Signal()
consent_expired = Signal()
