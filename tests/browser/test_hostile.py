"""Hostile Markdown typed into the site's own forms comes out inert in a real browser.

The corpus of tests/fixtures/hostile_markdown.txt (the same cases tests/content/test_rendering.py checks
on the renderer) is posted through the UI as an article, a question, an answer, comments, a discussion
and a reply, with a few payloads of our own that would set `window.__xss` if they ever ran. Then the
pages are read as a person reads them: the editor's preview, the post pages, lists, notifications and the
search results. A test fails when a dialog opens (the fixture fails on alert/prompt; an init script also
records alert/confirm/prompt calls), when a payload runs, or when a rendered post carries an element
outside the allowlist, an on* attribute or a javascript:/data: URL.

Cases are numbered paragraphs ("Kasus 12") so that a person can find them on the page and the test can
see that every case was read as Markdown in its own right: a few cases (an unclosed <style> or <script>)
turn the rest of a post into text, so each of them ends a post of its own.
"""
from __future__ import annotations

import re
import uuid
from functools import cache

from playwright.sync_api import expect

from app.content.rendering import ALLOWED_TAGS, _render
from tests.browser.test_writing import (  # noqa: F401 - the favicon fixture is autouse here too
    JONATHAN,
    KRISTINA,
    MARIA,
    favicon_fetch_cut_short_is_no_failure,
    fill_question_title,
    fill_tags,
    member_page,
)
from tests.content.test_rendering import HOSTILE_CASES

# Payloads of our own: each would set window.__xss (and no dialog) if the site let it run.
CANARIES = [
    "<script>window.__xss = 'script'</script>",
    "<img src=x onerror=\"window.__xss = 'img'\">",
    "<svg onload=\"window.__xss = 'svg'\"></svg>",
    "<details open ontoggle=\"window.__xss = 'details'\">rincian</details>",
    "<input autofocus onfocus=\"window.__xss = 'focus'\">",
    "<iframe srcdoc=\"<script>parent.__xss = 'iframe'</script>\"></iframe>",
    "[tautan kanari](javascript:window.__xss='tautan')",
    "`<script>window.__xss = 'kode'</script>`",
]
BODY_LIMIT = 30_000  # under BODY_MAX_LENGTH (32,000) with room for the markers
COMMENT_LIMIT = 600  # COMMENT_MAX_LENGTH

RECORD_DIALOGS = """
(() => {
  window.__dialogs = [];
  for (const name of ['alert', 'confirm', 'prompt', 'print']) {
    const original = window[name];
    window[name] = function (...args) {
      window.__dialogs.push(name + ': ' + String(args[0]));
      return original.apply(this, args);
    };
  }
})();
"""

# Whether the DOM under `selector` (or the whole page) holds anything that could run script.
INSPECT = r"""
([selector, allowed]) => {
  const URL_ATTRIBUTES = ['href', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'data', 'background',
                          'poster', 'cite', 'codebase', 'dynsrc', 'lowsrc', 'ping', 'content'];
  const BAD_SCHEME = /^(javascript|vbscript|livescript|data):/;
  const problems = [];
  const describe = (el) => el.outerHTML.slice(0, 200);
  const roots = selector ? Array.from(document.querySelectorAll(selector)) : [document.documentElement];
  if (!roots.length) { return ['nothing on the page matches ' + selector]; }
  for (const root of roots) {
    for (const el of root.querySelectorAll('*')) {
      const tag = el.localName;
      if (allowed && !allowed.includes(tag)) { problems.push(`element <${tag}>: ${describe(el)}`); }
      for (const attr of Array.from(el.attributes)) {
        const name = attr.name.toLowerCase();
        const value = attr.value.replace(/[\u0000-\u0020\u007f]+/g, '').toLowerCase();
        if (name.startsWith('on')) { problems.push(`event handler ${name}: ${describe(el)}`); }
        if (name === 'srcdoc') { problems.push(`srcdoc: ${describe(el)}`); }
        if (URL_ATTRIBUTES.includes(name) && (BAD_SCHEME.test(value) || /url=\s*javascript:/.test(value))) {
          problems.push(`${name}="${attr.value}": ${describe(el)}`);
        }
      }
      if (tag === 'a' && el.hasAttribute('href')) {
        let protocol = '';
        try { protocol = new URL(el.getAttribute('href'), location.href).protocol; } catch (e) { protocol = 'invalid'; }
        if (!['http:', 'https:', 'mailto:'].includes(protocol)) { problems.push(`link ${protocol}: ${describe(el)}`); }
      }
      if (!selector) {  // the page as a whole: only the site's own scripts, styles and no frames
        if (tag === 'script' && (!el.src.startsWith(location.origin + '/static/') || el.textContent.trim())) {
          problems.push(`script: ${describe(el)}`);
        }
        if (['iframe', 'frame', 'frameset', 'object', 'embed', 'base', 'style', 'applet'].includes(tag)) {
          problems.push(`element <${tag}>: ${describe(el)}`);
        }
        if (tag === 'link' && !el.href.startsWith(location.origin + '/static/')) {
          problems.push(`link element: ${describe(el)}`);
        }
        if (tag === 'meta' && el.hasAttribute('http-equiv')) { problems.push(`meta: ${describe(el)}`); }
      }
    }
  }
  return problems;
}
"""

MARKER = re.compile(r"^(Kasus|Kanari) (\d+)$")
POST_BODY = sorted(ALLOWED_TAGS)


# --- the corpus, cut into posts ----------------------------------------------------------------------------

@cache
def _swallows_what_follows(case: str) -> bool:
    """True when the renderer turns what follows this case into text (an unclosed <style>, <script> ...)."""
    return "<p>Penanda akhir</p>" not in _render(f"{case}\n\nPenanda akhir")


def numbered(cases: list[tuple[str, int, str]]) -> str:
    return "\n\n".join(f"{label} {number}\n\n{case}" for label, number, case in cases)


@cache
def corpus() -> dict[str, list]:
    cases = [("Kasus", number, case) for number, case in enumerate(HOSTILE_CASES)]
    enders = [item for item in cases if _swallows_what_follows(item[2])]
    big = [item for item in cases if len(item[2]) > 3000 and item not in enders]
    regular = [item for item in cases if item not in enders and item not in big]
    canaries = [("Kanari", number, case) for number, case in enumerate(CANARIES)]
    return {"regular": regular, "big": big, "enders": enders, "canaries": canaries}


def post_body(*groups: list, word: str = "") -> tuple[str, set[str]]:
    """Markdown for one post (a search word first, then numbered cases) and the markers it carries."""
    cases = [item for group in groups for item in group]
    lead = f"Kata kunci {word} untuk pencarian: `<script>alert(1)</script>` <img src=x onerror=alert(1)>\n\n"
    body = (lead if word else "") + numbered(cases)
    assert len(body) <= BODY_LIMIT, f"a hostile post of {len(body)} characters: split the corpus further"
    return body, {f"{label} {number}" for label, number, _ in cases}


def comment_bodies(items: list) -> list[tuple[str, set[str]]]:
    """Pack numbered cases into comments of at most COMMENT_LIMIT characters (cases that fit)."""
    packs: list[list] = [[]]
    for item in items:
        if len(numbered([item])) > COMMENT_LIMIT:
            continue
        if packs[-1] and len(numbered([*packs[-1], item])) > COMMENT_LIMIT:
            packs.append([])
        packs[-1].append(item)
    return [(numbered(pack), {f"{label} {number}" for label, number, _ in pack}) for pack in packs if pack]


def search_word() -> str:
    return "songket" + "".join(chr(ord("a") + int(c, 16) % 26) for c in uuid.uuid4().hex[:8])


# --- what a person does and sees ---------------------------------------------------------------------------

def hostile_page(open_page, site, login: str):
    page = member_page(open_page, site, login)
    page.add_init_script(RECORD_DIALOGS)
    return page


def settle(page) -> None:
    """Let the page run what it queued after load (error and toggle events, focus handlers)."""
    page.evaluate("() => new Promise(done => requestAnimationFrame(() => setTimeout(done, 50)))")


def assert_inert(page, *strict: str, snippets: tuple[str, ...] = ()) -> None:
    """Nothing ran, nothing could run on this page; `strict` selectors hold only rendered post HTML,
    `snippets` only text with the search words in <mark>."""
    settle(page)
    ran = page.evaluate("() => ({xss: window.__xss === undefined ? null : String(window.__xss),"
                        " dialogs: window.__dialogs || []})")
    assert ran == {"xss": None, "dialogs": []}, f"script from a post ran on {page.url}: {ran}"
    problems = page.evaluate(INSPECT, [None, None])
    for selector in strict:
        problems += page.evaluate(INSPECT, [selector, POST_BODY])
    for selector in snippets:
        problems += page.evaluate(INSPECT, [selector, ["mark"]])
    assert problems == [], f"{page.url}:\n" + "\n".join(problems)


def markers_in(page, selector: str) -> set[str]:
    texts = page.locator(selector).locator("p").all_inner_texts()
    return {text.strip() for text in texts if MARKER.match(text.strip())}


def assert_all_cases_read(page, selector: str, expected: set[str]) -> None:
    """Every case of the post was read as Markdown in its own right: its marker is a paragraph."""
    missing = expected - markers_in(page, selector)
    assert not missing, f"cases swallowed by the one before them on {page.url}: {sorted(missing)}"


def hostile_title(prefix: str) -> str:
    return f"{prefix} <img src=x onerror=alert(1)> \"><script>window.__xss='judul'</script>"


# --- the journeys -------------------------------------------------------------------------------------------

def test_a_hostile_article_in_the_preview_on_its_page_in_lists_and_in_search(open_page, site):
    parts = corpus()
    word = search_word()
    body, markers = post_body(parts["regular"], parts["canaries"], parts["big"][:1], parts["enders"][:1],
                              word=word)
    title = hostile_title(f"Uji keamanan {word}")
    page = hostile_page(open_page, site, MARIA)
    page.goto(site.url("/articles/new"))
    page.get_by_label("Judul").fill(title)
    editor = page.get_by_role("textbox", name="Isi", exact=True)
    editor.fill(body)
    fill_tags(page, "keamanan")

    page.get_by_role("button", name="Pratinjau").click()
    preview = page.get_by_role("region", name="Pratinjau isi")
    expect(preview.get_by_text("Kasus 0", exact=True)).to_be_visible()
    expect(preview.locator("code").filter(has_text="<script>alert(1)</script>").first).to_be_visible()
    assert_all_cases_read(page, "#body-pratinjau", markers)
    assert_inert(page, "#body-pratinjau")

    page.get_by_role("button", name="Tulis").click()
    page.get_by_role("button", name="Simpan").click()
    page.wait_for_url(re.compile(r"/articles/\d+/"))
    expect(page.locator(".flash-messages")).to_contain_text("Praktik baik Anda telah diterbitkan.")
    expect(page.get_by_role("heading", level=1)).to_contain_text("<img src=x onerror=alert(1)>")
    prose = "article .prose"
    expect(page.locator(prose).locator("code").filter(has_text="<script>alert(1)</script>").first).to_be_visible()
    assert_all_cases_read(page, prose, markers)
    assert_inert(page, prose)

    page.goto(site.url("/articles/?sort=terbaru"))
    expect(page.get_by_role("link", name=re.compile(word))).to_be_visible()
    assert_inert(page)

    # Search for the word as a person does, from the box in the header; the index catches up in moments.
    search = page.get_by_role("searchbox", name="Cari").first
    search.fill(word)
    with page.expect_navigation():
        search.press("Enter")
    for _attempt in range(30):
        if page.locator(".search-hit").count():
            break
        page.wait_for_timeout(300)
        page.reload()
    hit = page.locator(".search-hit").filter(has_text=word)
    expect(hit).to_have_count(1)
    expect(hit.get_by_role("heading")).to_contain_text("<img src=x onerror=alert(1)>")
    expect(hit.locator("mark").first).to_have_text(re.compile(word, re.IGNORECASE))
    expect(hit.locator("h2 + p")).to_contain_text(f"{word} untuk pencarian: <script>alert(1)</script>")
    assert_inert(page, snippets=(".search-hit h2 a", ".search-hit h2 + p"))


def test_a_hostile_question_answer_and_comments(open_page, site):
    parts = corpus()
    enders = parts["enders"]
    question_body, question_markers = post_body(parts["regular"], parts["big"][1:], parts["canaries"], enders[1:2])
    answer_body, answer_markers = post_body(parts["canaries"], parts["regular"], enders[2:3])
    # Comments: every ender beyond the three posts above, then the canaries and a spread of the others.
    comments = [(numbered([item]), {f"{item[0]} {item[1]}"}) for item in enders[3:]]
    comments += comment_bodies(parts["canaries"] + parts["regular"][::7])[:2]

    asker = hostile_page(open_page, site, JONATHAN)
    asker.goto(site.url("/questions/ask"))
    title = hostile_title("Uji keamanan pertanyaan")
    fill_question_title(asker, title)
    asker.get_by_role("textbox", name="Isi", exact=True).fill(question_body)
    asker.get_by_role("button", name="Kirim pertanyaan").click()
    asker.wait_for_url(re.compile(r"/questions/\d+"))
    expect(asker.locator(".flash-messages")).to_contain_text("Pertanyaan Anda telah diajukan.")
    expect(asker.get_by_role("heading", level=1)).to_contain_text("<img src=x onerror=alert(1)>")
    question_id = int(re.search(r"/questions/(\d+)", asker.url).group(1))
    question_prose = f"#kiriman-{question_id} .prose"
    assert_all_cases_read(asker, question_prose, question_markers)
    assert_inert(asker, question_prose)
    question_url = asker.url

    helper = hostile_page(open_page, site, MARIA)
    helper.goto(question_url)
    helper.get_by_role("textbox", name="Isi", exact=True).fill(answer_body)
    helper.get_by_role("button", name="Kirim jawaban").click()
    expect(helper.locator(".flash-messages")).to_contain_text("Jawaban Anda telah dikirim.")
    answer = helper.locator("article.answer").filter(has=helper.get_by_text("Kanari 0", exact=True))
    answer_id = int(answer.get_attribute("id").removeprefix("kiriman-"))
    answer_prose = f"#kiriman-{answer_id} .prose"
    assert_all_cases_read(helper, answer_prose, answer_markers)
    assert_inert(helper, question_prose, answer_prose)

    # The one who answered also leaves comments, on the question and on the answer.
    for index, (text, _markers) in enumerate(comments):
        target = helper.locator(f"#kiriman-{question_id if index % 2 == 0 else answer_id}")
        target.get_by_text("Tambahkan komentar").click()
        target.get_by_role("textbox", name="Komentar").fill(text)
        with helper.expect_navigation():
            target.get_by_role("button", name="Kirim komentar").click()
    assert_all_cases_read(helper, ".comment-body", set().union(*(expected for _text, expected in comments)))
    assert_inert(helper, question_prose, answer_prose, ".comment-body")

    # The asker reads the notifications of the answer and comments, and the list of questions.
    asker.goto(site.url("/notifications/"))
    expect(asker.locator(".notice-list").first).to_contain_text("Uji keamanan pertanyaan <img src=x onerror=alert(1)>")
    assert_inert(asker)
    asker.goto(site.url("/questions/"))
    expect(asker.get_by_role("link", name=re.compile("Uji keamanan pertanyaan")).first).to_be_visible()
    assert_inert(asker)


def test_a_hostile_discussion_and_reply(open_page, site):
    parts = corpus()
    thread_body, thread_markers = post_body(parts["canaries"], parts["regular"][: len(parts["regular"]) // 2])
    reply_body, reply_markers = post_body(parts["regular"], parts["canaries"])

    starter = hostile_page(open_page, site, KRISTINA)
    starter.goto(site.url("/discussions/new"))
    starter.get_by_label("Judul").fill(hostile_title("Uji keamanan diskusi"))
    starter.get_by_label("Kategori").select_option(label="Umum")
    starter.get_by_role("textbox", name="Isi", exact=True).fill(thread_body)
    starter.get_by_role("button", name="Kirim topik").click()
    starter.wait_for_url(re.compile(r"/discussions/\d+"))
    expect(starter.get_by_role("heading", level=1)).to_contain_text("<img src=x onerror=alert(1)>")
    thread_id = int(re.search(r"/discussions/(\d+)", starter.url).group(1))
    thread_prose = f"#kiriman-{thread_id} .prose"
    assert_all_cases_read(starter, thread_prose, thread_markers)
    assert_inert(starter, thread_prose)

    replier = hostile_page(open_page, site, JONATHAN)
    replier.goto(starter.url)
    replier.get_by_role("textbox", name="Isi", exact=True).fill(reply_body)
    replier.get_by_role("button", name="Pratinjau").click()
    expect(replier.get_by_role("region", name="Pratinjau isi").get_by_text("Kanari 0", exact=True)).to_be_visible()
    assert_inert(replier, "#body-pratinjau")
    with replier.expect_navigation():
        replier.get_by_role("button", name="Kirim balasan").click()
    reply = replier.locator("article").filter(has=replier.get_by_text("Kasus 0", exact=True)).last
    reply_prose = f"#{reply.get_attribute('id')} .prose"
    assert reply_prose != thread_prose
    assert_all_cases_read(replier, reply_prose, reply_markers)
    assert_inert(replier, thread_prose, reply_prose)


def test_the_checks_themselves_see_what_could_run(page):
    """Guards against checks that pass everything: a page with live markup must be reported."""
    page.add_init_script(RECORD_DIALOGS)
    html = ("<div class='prose'><p onclick='void 0'>klik</p><a href='javascript:void(0)'>j</a>"
            "<a href=' data:text/html,x'>d</a><a href='/relatif'>r</a><svg></svg><strong>ok</strong></div>"
            "<script>window.__xss = 'uji'</script>")
    page.route("http://uji.invalid/", lambda route: route.fulfill(body=html, content_type="text/html"))
    page.goto("http://uji.invalid/")
    problems = page.evaluate(INSPECT, [".prose", POST_BODY])
    for needle in ("event handler onclick", 'href="javascript:void(0)"', "data:text/html", "element <svg>"):
        assert any(needle in problem for problem in problems), (needle, problems)
    assert not any("<strong>" in problem or "relatif" in problem for problem in problems), problems
    assert any(problem.startswith("script:") for problem in page.evaluate(INSPECT, [None, None]))
    assert page.evaluate("window.__xss") == "uji"
    page.evaluate("window.confirm('uji')")  # the fixture accepts a confirm; the init script records it
    assert page.evaluate("window.__dialogs") == ["confirm: uji"]
