"""A member's own data as a ZIP: JSON files for each kind of record and their posts as Markdown."""
from __future__ import annotations

import io
import json
import zipfile
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app.accounts.models import User
from app.content.models import Comment, Post, Revision
from app.core.timeutil import utcnow, wib_date
from app.extensions import db
from app.notifications.models import Notification
from app.pembinaan.models import ExternalTraining, JpRecord
from app.reputation.models import Award, ReputationEvent, Vote

README = """Data pribadi Anda di Simpul ASN, diekspor {when} (UTC).

profil.json        data akun Anda (nama, email, NIP, instansi, jabatan, bio)
tulisan.json       praktik baik, diskusi, balasan, pertanyaan dan jawaban Anda, dengan semua revisinya
tulisan/*.md       isi setiap tulisan Anda dalam Markdown
komentar.json      komentar Anda
suara.json         suara (vote) yang Anda berikan
reputasi.json      buku besar reputasi Anda (setiap penambahan dan pengurangan poin)
jp.json            catatan JP Anda: kehadiran kegiatan dan klaim
penghargaan.json   penghargaan yang Anda terima
notifikasi.json    notifikasi Anda

Berkas ini hanya memuat data Anda; email dan NIP anggota lain tidak pernah disertakan.
"""


def _plain(value):
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _fields(obj, names: tuple[str, ...]) -> dict:
    return {name: _plain(getattr(obj, name)) for name in names}


def _all(statement) -> list:
    return list(db.session.execute(statement).scalars())


def profile(user: User) -> dict:
    data = _fields(user, ("id", "name", "handle", "email", "nip", "position", "bio", "role", "reputation",
                          "locale", "created_at", "last_login_at", "password_changed_at"))
    data["agency"] = {"code": user.agency.code, "name": user.agency.name}
    return data


def posts_of(user: User) -> list[Post]:
    return _all(select(Post).where(Post.author_id == user.id).options(selectinload(Post.tags)).order_by(Post.id))


def _post_record(post: Post, revisions: list[Revision], own_id: int) -> dict:
    data = _fields(post, ("id", "kind", "title", "status", "parent_id", "score", "created_at", "updated_at",
                          "body_md"))
    data["tags"] = post.tag_names
    data["revisions"] = [
        {**_fields(rev, ("number", "summary", "title", "body_md", "tags", "reverted_from", "created_at")),
         "by_you": rev.editor_id == own_id}
        for rev in revisions
    ]
    return data


def post_markdown(post: Post) -> str:
    heading = f"# {post.title}\n\n" if post.title else ""
    meta = f"<!-- {post.kind} #{post.id}, {post.created_at.isoformat()}, {post.status} -->\n\n"
    return meta + heading + post.body_md.rstrip() + "\n"


def collect(user: User) -> dict[str, object]:
    """Every file of the export, by its name in the ZIP: dicts and lists become JSON, strings stay as they are."""
    posts = posts_of(user)
    revisions: dict[int, list[Revision]] = {}
    for rev in _all(select(Revision).where(Revision.post_id.in_([p.id for p in posts]))
                    .order_by(Revision.post_id, Revision.number)):
        revisions.setdefault(rev.post_id, []).append(rev)
    files: dict[str, object] = {
        "BACA-SAYA.txt": README.format(when=utcnow().isoformat(timespec="seconds")),
        "profil.json": profile(user),
        "tulisan.json": [_post_record(p, revisions.get(p.id, []), user.id) for p in posts],
        "komentar.json": [_fields(c, ("id", "post_id", "status", "created_at", "body_md"))
                          for c in _all(select(Comment).where(Comment.author_id == user.id).order_by(Comment.id))],
        "suara.json": [_fields(v, ("post_id", "value", "created_at", "updated_at"))
                       for v in _all(select(Vote).where(Vote.user_id == user.id).order_by(Vote.id))],
        # Not the actor: who voted on a member's post is someone else's data.
        "reputasi.json": [_fields(e, ("delta", "reason", "post_id", "created_at")) for e in _all(
            select(ReputationEvent).where(ReputationEvent.user_id == user.id).order_by(ReputationEvent.id))],
        "jp.json": [_fields(r, ("year", "source", "title", "happened_on", "jp", "conversion_code", "activity_id",
                                "post_id", "proof", "status", "verified_at", "reason", "created_at"))
                    for r in _all(select(JpRecord).where(JpRecord.user_id == user.id).order_by(JpRecord.id))],
        "jp-luar-simpul.json": [_fields(t, ("record_id", "kind", "organiser", "starts_on", "ends_on", "minutes",
                                            "certificate_number")) for t in _all(
            select(ExternalTraining).join(JpRecord, JpRecord.id == ExternalTraining.record_id)
            .where(JpRecord.user_id == user.id).order_by(ExternalTraining.record_id))],
        "penghargaan.json": [_fields(a, ("number", "title", "citation", "points", "created_at"))
                             for a in _all(select(Award).where(Award.user_id == user.id).order_by(Award.id))],
        "notifikasi.json": [_fields(n, ("kind", "text", "ref", "post_id", "created_at", "read_at")) for n in _all(
            select(Notification).where(Notification.user_id == user.id).order_by(Notification.id))],
    }
    for post in posts:
        files[f"tulisan/{post.kind}-{post.id}.md"] = post_markdown(post)
    return files


def export_zip(user: User) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in collect(user).items():
            text = content if isinstance(content, str) else json.dumps(content, ensure_ascii=False, indent=2)
            archive.writestr(name, text)
    return buffer.getvalue()


def export_filename(user: User) -> str:
    return f"simpul-asn-data-{user.id}-{wib_date(utcnow()).isoformat()}.zip"
