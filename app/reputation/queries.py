"""Read side of reputation: a member's ledger history."""
from __future__ import annotations

from sqlalchemy import Select, select

from app.accounts.models import User
from app.reputation.models import ReputationEvent


def reputation_history(user: User) -> Select:
    return select(ReputationEvent).where(ReputationEvent.user_id == user.id) \
        .order_by(ReputationEvent.created_at.desc(), ReputationEvent.id.desc())
