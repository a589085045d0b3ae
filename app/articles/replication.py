"""Direplikasi: a practice becomes replicated once another agency records an adoption of it.

Articles (floor 6) listen to the reputation kernel's `adoption_recorded` (floor 5); the kernel never calls
articles. The change is a revision of its own (its editor is the member who recorded the adoption, its
summary says why), so history and differences show when and why the stage moved.
"""
from __future__ import annotations

from flask_babel import gettext as _

from app.accounts.models import Agency
from app.articles.facts import REPLICATED
from app.content import services as content
from app.extensions import db
from app.reputation.signals import adoption_recorded

_installed = False


def on_adoption_recorded(adoption, post=None, actor=None, **_kwargs) -> None:
    if post is None or actor is None or post.kind != "article" or adoption.agency_id == post.agency_id:
        return
    if getattr(post, "stage", None) == REPLICATED:
        return
    post.stage = REPLICATED
    db.session.refresh(post, ["tags"])  # the revision records them; the adoption's page did not load them
    agency = db.session.get(Agency, adoption.agency_id)
    content.record_revision(post, actor, _("Tahap otomatis menjadi Direplikasi: %(agency)s mencatat penerapan",
                                           agency=agency.short_name if agency else "-"))
    db.session.flush()


def install() -> None:
    """Connect once per process (signals are module-level; apps come and go in tests)."""
    global _installed
    if not _installed:
        adoption_recorded.connect(on_adoption_recorded)
        _installed = True
