"""Fixtures for Pembinaan: duties, an organiser, a verifier, and activities made straight in the database."""
from datetime import timedelta

import pytest

from app.content.rendering import render_markdown
from app.core.timeutil import utcnow
from app.extensions import db
from app.pembinaan.models import Activity, Duty, DutyName


@pytest.fixture
def grant_duty(app):
    def grant(user, duty: DutyName):
        db.session.add(Duty(user_id=user.id, duty=duty.value))
        db.session.commit()
        return user

    return grant


@pytest.fixture
def organiser(make_user, grant_duty):
    """A member of BKPSDM who may announce its activities and mark attendance."""
    return grant_duty(make_user(name="Oki Penyelenggara", agency_code="bkpsdm"), DutyName.ORGANISER)


@pytest.fixture
def verifier(make_user, grant_duty):
    """A BKPSDM operator who verifies JP claims."""
    return grant_duty(make_user(name="Vera Verifikator", agency_code="bkpsdm"), DutyName.VERIFIER)


@pytest.fixture
def make_activity(app):
    def make(creator, *, title="Lokakarya Arsip Digital", kind="workshop", days_ahead=7, hours=3, jp=4,
             capacity=None, agency_id=None, description="Belajar memindai dan menamai arsip.", **fields):
        start = (utcnow() + timedelta(days=days_ahead)).replace(microsecond=0)
        activity = Activity(title=title, slug="lokakarya", kind=kind, agency_id=agency_id or creator.agency_id,
                            description_md=description, description_html=render_markdown(description),
                            starts_at=start, ends_at=start + timedelta(hours=hours), jp=jp, capacity=capacity,
                            created_by_id=creator.id, place=fields.pop("place", "Aula BKPSDM"), **fields)
        db.session.add(activity)
        db.session.commit()
        return activity

    return make
