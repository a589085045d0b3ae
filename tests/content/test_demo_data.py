"""The demo content lives in Markdown files under app/demo/data/: they parse, name real people and categories, and
hold exactly the content `flask seed-demo` has always written (a fingerprint notices a lost or altered post)."""
from __future__ import annotations

import dataclasses
import hashlib
import json

import pytest
from markupsafe import escape
from sqlalchemy import select

from app.content.defaults import CATEGORIES
from app.content.models import Post
from app.content.text import TAG_MAX, TAG_MIN, TAG_PATTERN
from app.demo.content_files import DATA_DIR, load_content
from app.demo.frontmatter import DataFileError
from app.demo.people import ASN, ROLE_ACCOUNTS, demo_email
from app.extensions import db

# sha256 of the content in seed order, recorded when the Python literals became these files. Change it only on
# purpose, together with the data.
FINGERPRINT = "e3d9d33d52f98ef0a8256cd380b60c18381e1badf72ace7eaa23c51cde193905"


def fingerprint(content) -> str:
    items = [dataclasses.asdict(item) for item in
             (*content.articles, *content.revisions, *content.questions, *content.threads)]
    return hashlib.sha256(json.dumps(items, ensure_ascii=False, sort_keys=True).encode()).hexdigest()


def test_the_data_files_hold_the_whole_demo_content():
    content = load_content()
    assert (len(content.articles), len(content.revisions), len(content.questions), len(content.threads)) == \
        (34, 10, 46, 22)
    assert fingerprint(content) == FINGERPRINT


def test_the_data_names_only_demo_people_real_categories_and_valid_tags():
    content = load_content()
    people = {email for email, *_ in ROLE_ACCOUNTS} | {demo_email(name) for name, *_ in ASN}
    assert content.authors() <= people, sorted(content.authors() - people)
    assert {thread.category for thread in content.threads} <= {slug for slug, *_ in CATEGORIES}
    tags = {tag for item in (*content.articles, *content.questions) for tag in item.tags}
    assert all(TAG_MIN <= len(tag) <= TAG_MAX and TAG_PATTERN.match(tag) for tag in tags), sorted(tags)
    assert all(q.accepted is None or 0 <= q.accepted < len(q.answers) for q in content.questions)
    assert (DATA_DIR / "README.md").is_file()


def write(root, folder: str, name: str, text: str) -> None:
    for sub in ("articles", "revisions", "questions", "threads"):
        (root / sub).mkdir(parents=True, exist_ok=True)
    (root / folder / name).write_text(text, encoding="utf-8")


@pytest.mark.parametrize("folder, text, complaint", [
    ("articles", "title: Judul\n---\nIsi", "berkas harus diawali baris `---`"),
    ("articles", "---\ntitle: Judul\nauthor: a@simpul.test", "tidak ditutup"),
    ("articles", "---\ntitle: Judul\nauthor: a@simpul.test\n\n---\nIsi", "seharusnya `kunci: nilai`"),
    ("articles", "---\ntitle: Judul\nauthor: a@simpul.test\n---\nIsi", "kunci wajib belum diisi: tags"),
    ("articles", "---\ntitle: Judul\nauthor: a@simpul.test\ntags: x\ncolour: biru\n---\nIsi",
     "kunci tidak dikenal: colour"),
    ("questions", "---\ntitle: Judul\nauthor: a@simpul.test\ntags: x\n---\nIsi\n---\npart: comment\n"
                  "author: b@simpul.test\non: answer 1\n---\nKomentar", "jawaban ke-N di atasnya"),
    ("revisions", "---\narticle: Tidak Ada\neditor: a@simpul.test\nsummary: s\n---\nIsi",
     "tidak ada praktik baik berjudul"),
])
def test_a_malformed_file_is_refused_with_its_name(tmp_path, folder, text, complaint):
    write(tmp_path, folder, "01-rusak.md", text)
    with pytest.raises(DataFileError, match="01-rusak.md") as caught:
        load_content(tmp_path)
    assert complaint in str(caught.value)


def test_seed_demo_writes_the_posts_of_the_data_files_in_their_order(app, client):
    app.config["DEMO_PASSWORD"] = "Demo-Simpul-2026"
    assert app.test_cli_runner().invoke(args=["seed-demo"]).exit_code == 0
    content = load_content()

    def titles(kind: str) -> list[str]:
        return list(db.session.execute(select(Post.title).where(Post.kind == kind).order_by(Post.id)).scalars())

    assert titles("article") == [article.title for article in content.articles]
    # The data files' questions first, in their order; after them the Tanya OPD examples (app/demo/opd.py).
    questions = titles("question")
    assert questions[:len(content.questions)] == [question.title for question in content.questions]
    assert len(questions) > len(content.questions)
    assert titles("thread") == [thread.title for thread in content.threads]
    first = db.session.execute(select(Post.id).where(Post.kind == "article").order_by(Post.id).limit(1)).scalar_one()
    page = client.get(f"/articles/{first}", follow_redirects=True).get_data(as_text=True)
    assert str(escape(content.articles[0].title)) in page


def test_seed_demo_stops_with_a_clear_message_on_a_broken_data_file(app, tmp_path, monkeypatch):
    from app.demo import content_files

    write(tmp_path, "articles", "01-rusak.md", "---\ntitle: Judul tanpa penulis\ntags: x\n---\nIsi")
    monkeypatch.setattr(content_files, "DATA_DIR", tmp_path)
    app.config["DEMO_PASSWORD"] = "Demo-Simpul-2026"

    result = app.test_cli_runner().invoke(args=["seed-demo"])

    assert result.exit_code == 1
    assert "Data contoh tidak dapat dibaca" in result.output and "01-rusak.md" in result.output
    assert "kunci wajib belum diisi: author" in result.output
    assert db.session.execute(select(Post.id)).first() is None
