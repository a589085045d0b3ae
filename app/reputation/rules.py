"""What each event is worth, read from the configuration, and when the daily cap resets."""
from __future__ import annotations

from datetime import datetime

from flask import current_app
from flask_babel import lazy_gettext as _l

from app.core.timeutil import wib_midnight

UPVOTE, DOWNVOTE, DOWNVOTE_COST = "upvote", "downvote", "downvote_cost"
VOTE_UNDONE = "vote_undone"
ACCEPTED, ACCEPTED_ASKER, ACCEPT_UNDONE = "accepted", "accepted_asker", "accept_undone"
POST_DELETED, POST_RESTORED = "post_deleted", "post_restored"
ADOPTED, AWARD = "adopted", "award"
SERIAL_REVERSED = "serial_reversed"
EDIT = "edit"
PRACTICE_REVIEW = "practice_review"  # "Masih berlaku": once a year per member per article
VOTE_REASONS = frozenset({UPVOTE, DOWNVOTE, VOTE_UNDONE, SERIAL_REVERSED})

REASON_LABELS = {
    UPVOTE: _l("Kiriman didukung"),
    DOWNVOTE: _l("Kiriman ditolak"),
    DOWNVOTE_COST: _l("Menolak sebuah jawaban"),
    VOTE_UNDONE: _l("Suara dibatalkan"),
    ACCEPTED: _l("Jawaban terpilih"),
    ACCEPTED_ASKER: _l("Memilih jawaban"),
    ACCEPT_UNDONE: _l("Pilihan jawaban dibatalkan"),
    POST_DELETED: _l("Kiriman dihapus"),
    POST_RESTORED: _l("Kiriman dipulihkan"),
    ADOPTED: _l("Praktik diterapkan instansi lain"),
    AWARD: _l("Penghargaan"),
    SERIAL_REVERSED: _l("Suara beruntun dibatalkan"),
    EDIT: _l("Usulan suntingan diterima"),
    PRACTICE_REVIEW: _l("Meninjau praktik: masih berlaku"),
}


def upvote_points(kind: str) -> int:
    return int(current_app.config["REPUTATION_UPVOTE"].get(kind, 0))


def downvote_points() -> int:
    return int(current_app.config["REPUTATION_DOWNVOTE_AUTHOR"])


def day_start_utc(now: datetime) -> datetime:
    """The start of today in WIB (UTC+7), as naive UTC: the cap resets at midnight in Medan."""
    return wib_midnight(now)
