"""What a notice says and where it leads, the same words on the page and in the mail (plain text; the page
escapes it like any other text)."""
from __future__ import annotations

from flask import url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_babel import ngettext

from app.content.models import PostStatus
from app.notifications.models import Kind, Notification
from app.reputation.badges import BADGES

MODERATION_ACTIONS = {
    "hide": _l("menyembunyikan"), "unhide": _l("menampilkan lagi"), "delete": _l("menghapus"),
    "restore": _l("memulihkan"), "lock": _l("menutup"), "unlock": _l("membuka kembali"), "pin": _l("menyematkan"),
    "unpin": _l("melepas sematan"), "feature": _l("menjadikan Praktik Baik Pilihan"),
    "unfeature": _l("melepas dari Praktik Baik Pilihan"), "close_duplicate": _l("menutup sebagai duplikat"),
    "reopen": _l("membuka kembali"), "merge": _l("menggabungkan ke diskusi lain"), "move": _l("memindahkan"),
}


def _title(notice: Notification) -> str:
    topic = notice.topic
    return (topic.title if topic is not None and topic.title else None) or _("kiriman Anda")


def _actor(notice: Notification) -> str:
    return notice.actor.name if notice.actor is not None else _("Seseorang")


def describe(notice: Notification, count: int = 1) -> str:
    """One sentence; `count` notices of the same group collapse into it."""
    kind, title, actor = notice.kind, _title(notice), _actor(notice)
    if kind == Kind.ANSWER:
        if count > 1:
            return ngettext("%(num)d jawaban baru untuk \u201c%(title)s\u201d", "%(num)d jawaban baru untuk "
                            "\u201c%(title)s\u201d", count, title=title)
        return _("%(actor)s menjawab \u201c%(title)s\u201d", actor=actor, title=title)
    if kind == Kind.REPLY:
        if count > 1:
            return ngettext("%(num)d balasan baru di \u201c%(title)s\u201d",
                            "%(num)d balasan baru di \u201c%(title)s\u201d", count, title=title)
        return _("%(actor)s membalas di \u201c%(title)s\u201d", actor=actor, title=title)
    if kind == Kind.COMMENT:
        if count > 1:
            return ngettext("%(num)d komentar baru di \u201c%(title)s\u201d",
                            "%(num)d komentar baru di \u201c%(title)s\u201d", count, title=title)
        return _("%(actor)s berkomentar di \u201c%(title)s\u201d", actor=actor, title=title)
    if kind == Kind.MENTION:
        if count > 1:
            return ngettext("Anda disebut %(num)d kali di \u201c%(title)s\u201d",
                            "Anda disebut %(num)d kali di \u201c%(title)s\u201d", count, title=title)
        return _("%(actor)s menyebut Anda di \u201c%(title)s\u201d", actor=actor, title=title)
    if kind == Kind.NEW_POST:
        return _("Kiriman baru yang Anda ikuti: \u201c%(title)s\u201d oleh %(actor)s", title=title, actor=actor)
    if kind == Kind.ACCEPTED:
        return _("Jawaban Anda untuk \u201c%(title)s\u201d dipilih sebagai jawaban terpilih", title=title)
    if kind == Kind.ADOPTED:
        if count > 1:
            return ngettext("%(num)d instansi menerapkan praktik baik Anda \u201c%(title)s\u201d",
                            "%(num)d instansi menerapkan praktik baik Anda \u201c%(title)s\u201d", count, title=title)
        return _("%(agency)s menerapkan praktik baik Anda \u201c%(title)s\u201d",
                 agency=notice.text or actor, title=title)
    if kind == Kind.AWARD:
        return _("%(actor)s memberi Anda penghargaan \u201c%(award)s\u201d", actor=actor, award=notice.text or "")
    if kind == Kind.BADGE:
        badge = BADGES.get(notice.ref or "")
        return _("Anda memperoleh lencana %(badge)s", badge=str(badge.name) if badge else notice.ref or "")
    if kind == Kind.MODERATION:
        if notice.ref == "auto_hide":
            return _("Kiriman Anda di \u201c%(title)s\u201d disembunyikan otomatis setelah beberapa laporan",
                     title=title)
        action = MODERATION_ACTIONS.get(notice.ref or "")
        if action is None:
            return _("Moderator mengambil tindakan pada kiriman Anda di \u201c%(title)s\u201d", title=title)
        return _("Moderator %(action)s kiriman Anda di \u201c%(title)s\u201d", action=str(action), title=title)
    if kind == Kind.EDIT_REVIEW:
        if count > 1:
            return ngettext("%(num)d usulan suntingan untuk \u201c%(title)s\u201d menunggu tinjauan Anda",
                            "%(num)d usulan suntingan untuk \u201c%(title)s\u201d menunggu tinjauan Anda",
                            count, title=title)
        return _("%(actor)s mengusulkan suntingan untuk \u201c%(title)s\u201d; usulan ini menunggu tinjauan Anda",
                 actor=actor, title=title)
    if kind == Kind.EDIT_REVIEWED:
        if notice.ref == "approved":
            return _("Usulan suntingan Anda untuk \u201c%(title)s\u201d disetujui oleh %(actor)s",
                     title=title, actor=actor)
        return _("Usulan suntingan Anda untuk \u201c%(title)s\u201d ditolak oleh %(actor)s", title=title, actor=actor)
    if kind == Kind.VERIFICATION:
        if notice.ref == "approved":
            return _("Akun Anda kini ASN terverifikasi (disetujui oleh %(actor)s)", actor=actor)
        if notice.ref == "refused":
            return _("Permintaan verifikasi ASN Anda ditolak oleh %(actor)s", actor=actor)
        return _("Status ASN terverifikasi akun Anda dicabut oleh %(actor)s", actor=actor)
    if kind == Kind.REVIEW_DUE:
        return _("Praktik \u201c%(title)s\u201d perlu ditinjau: apakah masih berlaku?", title=title)
    if kind == Kind.OPD_QUESTION:
        return _("Pertanyaan untuk %(agency)s menunggu jawaban resmi: \u201c%(title)s\u201d",
                 agency=notice.text or "", title=title)
    if kind == Kind.OPD_REMINDER:
        return _("Pengingat: \u201c%(title)s\u201d masih menunggu jawaban resmi %(agency)s",
                 title=title, agency=notice.text or "")
    if kind == Kind.OPD_OVERDUE:
        return _("\u201c%(title)s\u201d menunggu jawaban resmi %(agency)s melewati batas hari kerja",
                 title=title, agency=notice.text or "")
    return _("Pemberitahuan baru")


def detail(notice: Notification) -> str | None:
    """A second line some kinds carry: the moderator's reason, the reviewer's note."""
    if notice.kind == Kind.MODERATION and notice.text:
        return _("Alasan: %(reason)s", reason=notice.text)
    if notice.kind == Kind.EDIT_REVIEWED and notice.text:
        return _("Catatan peninjau: %(note)s", note=notice.text)
    if notice.kind == Kind.VERIFICATION and notice.text:
        return _("Alasan: %(reason)s", reason=notice.text)
    return None


def target_url(notice: Notification) -> str | None:
    """Where opening the notice leads (a path); None when its post is no longer there for the recipient."""
    if notice.kind == Kind.AWARD and notice.ref:
        return url_for("awards.certificate", number=notice.ref)
    if notice.kind in (Kind.BADGE, Kind.VERIFICATION):
        return url_for("users.profile", user_id=notice.user_id)
    if notice.kind in (Kind.EDIT_REVIEW, Kind.EDIT_REVIEWED) and notice.subject_id and notice.post_id:
        return url_for("articles.suggestion", post_id=notice.post_id, suggestion_id=notice.subject_id)
    post = notice.post
    if post is None or post.status != PostStatus.PUBLISHED:
        return None
    if notice.kind == Kind.ADOPTED:
        return post.url(_anchor="diterapkan")
    if notice.comment_id:
        return post.url(_anchor=f"komentar-{notice.comment_id}")
    return post.url()
