"""Mentions render as links to the profile (issue 8/9 part 6): known handles only, never inside code or links."""
from app.accounts.handle_changes import change_handle
from app.content.mention_links import link_mentions
from app.extensions import db


def test_a_published_article_links_a_known_handle_to_the_profile(client, member, make_user, make_article):
    rahmat = make_user(name="Rahmat Hidayat")
    article = make_article(member, body=f"Terima kasih @{rahmat.handle} dan @bukan.siapa.siapa atas bantuannya.")
    page = client.get(f"/articles/{article.id}", follow_redirects=True).get_data(as_text=True)
    assert f'<a href="/users/{rahmat.id}" class="mention">@{rahmat.handle}</a>' in page
    assert "@bukan.siapa.siapa atas" in page and 'class="mention">@bukan' not in page
    assert client.get(f"/users/{rahmat.id}").status_code == 200


def test_code_links_and_emails_are_left_alone(app, member, make_user):
    rahmat = make_user(name="Rahmat Hidayat")
    handle = rahmat.handle
    html = (f"<p>Tulis <code>@{handle}</code> atau surel {handle}@medan.go.id; lihat "
            f'<a href="https://contoh.id/@{handle}">@{handle}</a></p><pre><code>@{handle}\n</code></pre>'
            f"<p>Sapa @{handle}.</p>")
    linked = link_mentions(html)
    assert linked.count('class="mention"') == 1
    assert linked.endswith(f'<p>Sapa <a href="/users/{rahmat.id}" class="mention">@{handle}</a>.</p>')


def test_a_handle_change_keeps_the_links_and_old_handles_still_link(app, member, make_user, make_article, client):
    rahmat = make_user(name="Rahmat Hidayat")
    old = rahmat.handle
    before = make_article(member, title="Ditulis sebelum ganti nama pengguna", body=f"Bersama @{old} kami mulai.")
    change_handle(rahmat, "rahmat.baru")
    db.session.commit()
    after = make_article(member, title="Ditulis sesudah ganti nama pengguna",
                         body=f"Lagi bersama @{old} dan @rahmat.baru.")
    assert f'<a href="/users/{rahmat.id}" class="mention">@{old}</a>' in client.get(
        f"/articles/{before.id}", follow_redirects=True).get_data(as_text=True)
    page = client.get(f"/articles/{after.id}", follow_redirects=True).get_data(as_text=True)
    assert page.count(f'href="/users/{rahmat.id}" class="mention"') == 2


def test_markup_in_text_cannot_ride_on_a_mention(login_as, member, make_user):
    rahmat = make_user(name="Rahmat Hidayat")
    body = f'@{rahmat.handle}"><script>alert(1)</script> dan <a href="javascript:x">@{rahmat.handle}</a>'
    html = login_as(member).post("/posts/preview", {"body": body}).get_json()["html"]
    assert "<script" not in html and "javascript:" not in html
    assert html.count(f'<a href="/users/{rahmat.id}" class="mention">@{rahmat.handle}</a>') == 1
