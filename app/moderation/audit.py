"""The audit log: every moderation action is written once, with actor, reason and before/after."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from flask_babel import lazy_gettext as _l
from sqlalchemy import Select, select
from sqlalchemy.orm import joinedload

from app.accounts.models import User
from app.content.models import Post
from app.core.timeutil import utcnow
from app.extensions import db
from app.moderation.models import ModerationAction

ACTION_LABELS = {
    "hide": _l("Sembunyikan"), "unhide": _l("Tampilkan lagi"), "lock": _l("Tutup"), "unlock": _l("Buka"),
    "pin": _l("Sematkan"), "unpin": _l("Lepas sematan"), "feature": _l("Jadikan Praktik Baik Pilihan"),
    "unfeature": _l("Lepas dari Praktik Baik Pilihan"), "delete": _l("Hapus"), "restore": _l("Pulihkan"),
    "close_duplicate": _l("Tutup sebagai duplikat"), "reopen": _l("Buka kembali"), "merge": _l("Gabungkan"),
    "move": _l("Pindahkan kategori"), "edit": _l("Sunting"), "auto_hide": _l("Disembunyikan otomatis"),
    "dismiss_flags": _l("Abaikan laporan"), "approve": _l("Setujui"), "dismiss": _l("Abaikan"),
    "suspend": _l("Tangguhkan akun"), "unsuspend": _l("Cabut penangguhan"), "note": _l("Catatan moderator"),
    "delete_account": _l("Akun dihapus atas permintaan pemiliknya"),
    "verify_approve": _l("Setujui sebagai ASN terverifikasi"), "verify_refuse": _l("Tolak verifikasi ASN"),
    "verify_withdraw": _l("Cabut status ASN terverifikasi"), "operator_grant": _l("Tunjuk operator instansi"),
    "operator_revoke": _l("Cabut tugas operator instansi"),
}


def action_label(name: str) -> str:
    return str(ACTION_LABELS.get(name, name))


def write(action: str, actor: User | None, *, post: Post | None = None, user_id: int | None = None,
          reason: str | None = None, before: dict | None = None, after: dict | None = None) -> ModerationAction:
    entry = ModerationAction(action=action, actor_id=actor.id if actor else None, post_id=post.id if post else None,
                             user_id=user_id if user_id is not None else (post.author_id if post else None),
                             reason=(reason or "").strip()[:500] or None, before=before, after=after,
                             created_at=utcnow())
    db.session.add(entry)
    return entry


@dataclass
class LogFilter:
    action: str | None = None
    viewer_id: int | None = None  # notes about the viewer themself are left out
    actor_id: int | None = None
    user_id: int | None = None
    post_id: int | None = None
    since: datetime | None = None
    until: datetime | None = None

    def query(self) -> Select:
        query = (select(ModerationAction)
                 .options(joinedload(ModerationAction.actor), joinedload(ModerationAction.user),
                          joinedload(ModerationAction.post))
                 .order_by(ModerationAction.created_at.desc(), ModerationAction.id.desc()))
        if self.viewer_id:
            query = query.where(~((ModerationAction.action == "note") & (ModerationAction.user_id == self.viewer_id)))
        if self.action:
            query = query.where(ModerationAction.action == self.action)
        if self.actor_id:
            query = query.where(ModerationAction.actor_id == self.actor_id)
        if self.user_id:
            query = query.where(ModerationAction.user_id == self.user_id)
        if self.post_id:
            query = query.where(ModerationAction.post_id == self.post_id)
        if self.since:
            query = query.where(ModerationAction.created_at >= self.since)
        if self.until:
            query = query.where(ModerationAction.created_at < self.until + timedelta(days=1))
        return query


def recent_for_user(user_id: int, limit: int = 20) -> list[ModerationAction]:
    return list(db.session.execute(LogFilter(user_id=user_id).query().limit(limit)).unique().scalars())


def notes_of(user_id: int) -> list:
    """Moderators' notes on a member, newest first, with their authors."""
    from app.moderation.models import UserNote

    return list(db.session.execute(select(UserNote).options(joinedload(UserNote.author))
                                   .where(UserNote.user_id == user_id)
                                   .order_by(UserNote.created_at.desc(), UserNote.id.desc())).unique().scalars())
