"""What a render may cost: hopeless Markdown is refused before any render time is spent, the preview has a
smaller budget than publishing, and a refused body never leaves half a post behind."""
import pytest
from sqlalchemy import func, select

from app.content.models import Post
from app.content.rendering import refuse_pathological, render_markdown
from app.core.errors import ValidationFailed
from app.extensions import db

HOPELESS = ["[" * 3000, "Lihat [" * 3000, "[a](" * 5000, "![" * 5000, "> " * 150 + "kutipan"]
# Nested brackets that pass the quick check but take over a second: beyond the preview's budget.
SLOW = "[" * 1800 + "tautan" + "]" * 1800


@pytest.mark.parametrize("body", HOPELESS, ids=["unclosed", "words-unclosed", "links", "images", "quotes"])
def test_hopeless_markdown_is_refused_by_counting(body):
    with pytest.raises(ValidationFailed) as raised:
        refuse_pathological(body)
    assert "terlalu rumit" in raised.value.message


def test_ordinary_markdown_passes_the_quick_check():
    body = "## Langkah\n\n" + "Lihat [SOP](https://medan.go.id/sop) dan [formulir](https://medan.go.id/f). " * 150
    refuse_pathological(body + "\n\n> kutipan\n>> balasan\n")
    assert render_markdown(body).count("<a ") == 300


def test_preview_refuses_hopeless_markdown_in_json(login_as, member):
    answer = login_as(member).post("/posts/preview", {"body": "[" * 3000}, headers={"Accept": "application/json"})
    assert answer.status_code == 422
    assert "terlalu rumit" in answer.get_json()["error"]["message"]


def test_preview_has_a_smaller_budget_than_publishing(app, login_as, member):
    app.config["PREVIEW_RENDER_BUDGET"] = 0.05
    answer = login_as(member).post("/posts/preview", {"body": SLOW}, headers={"Accept": "application/json"})
    assert answer.status_code == 422 and "terlalu rumit" in answer.get_json()["error"]["message"]
    assert login_as(member).post("/posts/preview", {"body": "**Tebal**"}).get_json() == {
        "html": "<p><strong>Tebal</strong></p>"}


def test_a_refused_body_stores_no_post(login_as, member):
    before = db.session.execute(select(func.count(Post.id))).scalar_one()
    answer = login_as(member).post("/questions/ask", {"title": "Bagaimana mengisi formulir cuti tahunan?",
                                                      "body": "Lihat [" * 3000, "tags": "cuti"})
    assert answer.status_code == 422
    assert "terlalu rumit" in answer.get_data(as_text=True)
    assert db.session.execute(select(func.count(Post.id))).scalar_one() == before
