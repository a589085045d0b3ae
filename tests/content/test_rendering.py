"""render_markdown: hostile Markdown comes out as inert HTML; ordinary Markdown keeps working; pathological
input is refused in bounded time instead of hanging a worker."""
from __future__ import annotations

import html
import re
import time
from html.parser import HTMLParser
from pathlib import Path

import pytest

from app.content.rendering import ALLOWED_TAGS, LINK_REL, render_markdown
from app.core.errors import ValidationFailed

CORPUS_PATH = Path(__file__).resolve().parent.parent / "fixtures" / "hostile_markdown.txt"
SEPARATOR = "-----"

# Cases with NUL and other C0 control characters live here rather than in the fixture, so that the fixture
# stays a plain text file for git and for editors.
CONTROL_CHARACTER_CASES = [
    "[nol](java\x00script:alert(1))",
    "<a href=\"java\x00script:alert(1)\">nol di skema</a>",
    "<img src=x\x00 onerror=alert(1)>",
    "<scr\x00ipt>alert(1)</scr\x00ipt>",
    "[kontrol](\x01\x02\x03javascript:alert(1))",
    "<a href=\"\x0b\x0cjavascript:alert(1)\">tab vertikal dan form feed</a>",
    "<a href=\"java\x1bscript:alert(1)\">escape</a>",
    "[del](java\x7fscript:alert(1))",
]

FORBIDDEN_ATTRIBUTES = frozenset({"style", "srcdoc", "formaction", "target", "srcset", "width", "height"})
ALLOWED_HREF_PREFIXES = ("http://", "https://", "mailto:")
# The one relative address allowed, for links and the only one for images: this site's uploads.
UPLOAD_PATH = re.compile(r"^/uploads/[0-9]+/[^/\\?#]+$")
FORBIDDEN_SUBSTRINGS = ("<script", "<svg", "<math", "<iframe", "<style")
# ASCII whitespace and C0/DEL control characters, which browsers drop from (or around) a URL's scheme.
_ASCII_CONTROL_OR_SPACE = re.compile(r"[\x00-\x20\x7f]")
PATHOLOGICAL_WALL_SECONDS = 4.0


def load_corpus(path: Path = CORPUS_PATH) -> list[str]:
    # Split on "\n" only: str.splitlines() would also split on U+2028/U+2029, which some cases contain.
    text = path.read_bytes().decode("utf-8")
    cases: list[list[str]] = [[]]
    for line in text.split("\n"):
        if line == SEPARATOR:
            cases.append([])
        else:
            cases[-1].append(line)
    return ["\n".join(lines).strip("\n") for lines in cases if "\n".join(lines).strip()]


HOSTILE_CASES = load_corpus() + CONTROL_CHARACTER_CASES


class ElementCollector(HTMLParser):
    """Every start/end tag with its attributes, plus comments and declarations, of a rendered body."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.start_tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.end_tags: list[str] = []
        self.comments: list[str] = []
        self.declarations: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.start_tags.append((tag, attrs))

    def handle_startendtag(self, tag, attrs):
        self.start_tags.append((tag, attrs))

    def handle_endtag(self, tag):
        self.end_tags.append(tag)

    def handle_comment(self, data):
        self.comments.append(data)

    def handle_decl(self, decl):
        self.declarations.append(decl)

    def unknown_decl(self, data):
        self.declarations.append(data)

    def handle_pi(self, data):
        self.declarations.append(data)


def collect(rendered: str) -> ElementCollector:
    collector = ElementCollector()
    collector.feed(rendered)
    collector.close()
    return collector


def normalised_href(value: str | None) -> str:
    # HTMLParser has already decoded character references once; decode again so that anything the
    # serialiser double-escaped is judged by what it could become, then drop what browsers ignore.
    return _ASCII_CONTROL_OR_SPACE.sub("", html.unescape(value or "")).lower()


def safety_problems(rendered: str) -> list[str]:
    """Every way in which rendered HTML breaks the allowlist; an empty list when it is safe."""
    problems: list[str] = []
    parsed = collect(rendered)
    for tag, attrs in parsed.start_tags:
        if tag not in ALLOWED_TAGS:
            problems.append(f"element <{tag}> is not allowed")
        names = [name.lower() for name, _ in attrs]
        for name, value in attrs:
            name = name.lower()
            if name.startswith("on"):
                problems.append(f"event handler {name}={value!r} on <{tag}>")
            if name in FORBIDDEN_ATTRIBUTES:
                problems.append(f"attribute {name}={value!r} on <{tag}>")
            href = normalised_href(value)
            upload = bool(UPLOAD_PATH.match(href)) and not href.endswith(("/..", "/."))
            if name == "href" and not (href.startswith(ALLOWED_HREF_PREFIXES) or upload):
                problems.append(f"href {value!r} on <{tag}> has no http/https/mailto scheme nor an upload's path")
            if name == "src" and not (tag == "img" and upload):
                problems.append(f"src {value!r} on <{tag}> is not an upload's path")
            if name == "loading" and value != "lazy":
                problems.append(f"loading={value!r} on <{tag}>")
        if tag == "a":
            rels = [value for name, value in attrs if name.lower() == "rel"]
            if rels != [LINK_REL]:
                problems.append(f"<a> has rel {rels!r}, expected [{LINK_REL!r}] (attributes: {names})")
    for tag in parsed.end_tags:
        if tag not in ALLOWED_TAGS:
            problems.append(f"end tag </{tag}> is not allowed")
    if parsed.comments:
        problems.append(f"comments survived: {parsed.comments!r}")
    if parsed.declarations:
        problems.append(f"declarations survived: {parsed.declarations!r}")
    lowered = rendered.lower()
    for needle in FORBIDDEN_SUBSTRINGS:
        if needle in lowered:
            problems.append(f"{needle!r} appears in the output")
    return problems


def start_tags(rendered: str, tag: str) -> list[dict[str, str | None]]:
    return [dict(attrs) for name, attrs in collect(rendered).start_tags if name == tag]


# --- the corpus ---------------------------------------------------------------------------------------------


def test_the_corpus_is_large_enough_and_well_formed():
    corpus = load_corpus()
    assert len(corpus) >= 60
    assert all(case.strip() for case in corpus)
    assert all(SEPARATOR not in case.split("\n") for case in corpus)
    assert len(set(corpus)) == len(corpus), "duplicate cases in the corpus"


@pytest.mark.parametrize("case", HOSTILE_CASES, ids=[f"case-{i:02d}" for i in range(len(HOSTILE_CASES))])
def test_hostile_markdown_comes_out_inert(case):
    try:
        rendered = render_markdown(case)
    except ValidationFailed:
        return  # refused: nothing is stored, so nothing can be served
    assert isinstance(rendered, str)
    problems = safety_problems(rendered)
    assert not problems, f"input {case[:300]!r}\nrendered {rendered[:1000]!r}\nproblems {problems}"


def test_the_checker_itself_catches_unsanitised_html():
    # Guards against a checker that passes everything (e.g. a collector that never sees a tag).
    assert safety_problems('<img src=x onerror="alert(1)">')
    assert safety_problems('<a href="javascript:alert(1)" rel="nofollow ugc noopener">x</a>')
    assert safety_problems('<a href="jav&#x09;ascript:alert(1)" rel="nofollow ugc noopener">x</a>')
    assert safety_problems('<a href="//evil.example" rel="nofollow ugc noopener">x</a>')
    assert safety_problems('<img src="https://evil.example/x.png">')
    assert safety_problems('<img src="data:image/png;base64,AAAA">')
    assert safety_problems('<img src="/logout">')
    assert not safety_problems('<a href="/uploads/3/sop.pdf" rel="nofollow ugc noopener">x</a>')
    assert safety_problems('<a href="https://ok.example/">x</a>')
    assert safety_problems('<a href="https://ok.example/" rel="nofollow ugc noopener" target="_blank">x</a>')
    assert safety_problems("<p>&lt;b&gt;</p><SVG>")
    assert safety_problems("<p>x</p><!-- y -->")
    assert not safety_problems('<p><a href="https://ok.example/" rel="nofollow ugc noopener">x</a></p>')
    assert not safety_problems('<p><a href="MAILTO:humas@medan.go.id" rel="nofollow ugc noopener">x</a></p>')
    assert not safety_problems("<pre><code>&lt;script&gt;alert(1)&lt;/script&gt;</code></pre>")


# --- what must keep working ---------------------------------------------------------------------------------


def test_headings_start_at_h2():
    rendered = render_markdown("# Satu\n\n## Dua\n\n### Tiga\n\n#### Empat\n\n##### Lima\n\n###### Enam")
    assert "<h1" not in rendered
    assert rendered.count("<h2>") == 2
    for level, word in ((2, "Satu"), (2, "Dua"), (3, "Tiga"), (4, "Empat"), (5, "Lima"), (6, "Enam")):
        assert f"<h{level}>{word}</h{level}>" in rendered


def test_bold_and_italic():
    rendered = render_markdown("Ini **tebal** dan *miring* dan _juga miring_.")
    assert "<strong>tebal</strong>" in rendered
    assert "<em>miring</em>" in rendered
    assert "<em>juga miring</em>" in rendered


def test_lists_and_numbered_lists_keep_their_start():
    bullets = render_markdown("- satu\n- dua")
    assert "<ul>" in bullets and "<li>satu</li>" in bullets and "<li>dua</li>" in bullets
    numbered = render_markdown("3. tiga\n4. empat\n5. lima")
    assert start_tags(numbered, "ol") == [{"start": "3"}]
    assert numbered.count("<li>") == 3


def test_fenced_code_keeps_its_language_and_escapes_markup_as_text():
    rendered = render_markdown("```python\nprint('<script>alert(1)</script>')\n```")
    assert start_tags(rendered, "code") == [{"class": "language-python"}]
    assert "<pre>" in rendered
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in rendered
    assert "<script" not in rendered.lower()


def test_code_spans_show_html_as_text():
    rendered = render_markdown("Tulis `<b>tebal</b>` untuk tebal.")
    assert "<code>&lt;b&gt;tebal&lt;/b&gt;</code>" in rendered
    assert "<b>" not in rendered


def test_tables_keep_left_and_right_alignment():
    rendered = render_markdown("| Nama | Jumlah |\n|:-----|-------:|\n| Dinas | 12 |")
    assert start_tags(rendered, "th") == [{"align": "left"}, {"align": "right"}]
    assert start_tags(rendered, "td") == [{"align": "left"}, {"align": "right"}]
    assert "<table>" in rendered and "<thead>" in rendered and "<tbody>" in rendered


def test_plain_urls_are_linked_with_the_rel():
    rendered = render_markdown("Lihat https://pemkomedan.go.id/layanan?id=1&x=2 untuk rinciannya.")
    links = start_tags(rendered, "a")
    assert links == [{"href": "https://pemkomedan.go.id/layanan?id=1&x=2", "rel": LINK_REL}]
    assert not safety_problems(rendered)


def test_markdown_links_get_the_rel():
    rendered = render_markdown('[Portal](https://pemkomedan.go.id/ "Portal Pemko")')
    assert start_tags(rendered, "a") == [
        {"href": "https://pemkomedan.go.id/", "title": "Portal Pemko", "rel": LINK_REL}]


def test_an_uploaded_image_shows_its_thumbnail_lazily_and_links_to_its_full_size():
    rendered = render_markdown("![Antrean di loket](/uploads/12/antrean%20loket.jpg)")
    assert start_tags(rendered, "img") == [{"alt": "Antrean di loket", "loading": "lazy", "src": "/uploads/12/thumb"}]
    assert start_tags(rendered, "a")[0]["href"] == "/uploads/12/antrean%20loket.jpg"
    assert not safety_problems(rendered)


def test_an_uploaded_image_inside_a_link_keeps_its_link_and_its_own_address():
    rendered = render_markdown("[![Grafik](/uploads/7/grafik.png)](https://data.pemkomedan.go.id/)")
    assert [a["href"] for a in start_tags(rendered, "a")] == ["https://data.pemkomedan.go.id/"]
    assert start_tags(rendered, "img")[0]["src"] == "/uploads/7/grafik.png"


def test_links_to_uploaded_files_survive_and_other_relative_links_do_not():
    rendered = render_markdown("[SOP (PDF)](/uploads/3/sop%20akta.pdf) dan [keluar](/logout)")
    assert [a.get("href") for a in start_tags(rendered, "a")] == ["/uploads/3/sop%20akta.pdf", None]


@pytest.mark.parametrize("source", [
    "https://evil.example/x.png", "//evil.example/x.png", "data:image/png;base64,iVBORw0KGgo=",
    "javascript:alert(1)", "/uploads/1/../../logout", "/uploads/x/foto.jpg", "/avatar/1.png",
])
def test_images_from_anywhere_but_uploads_lose_their_address(source):
    rendered = render_markdown(f"![gambar]({source})")
    assert all("src" not in img for img in start_tags(rendered, "img")), rendered


def test_an_img_written_as_html_loads_lazily_without_its_handlers():
    rendered = render_markdown('<img src="/uploads/5/peta.webp" onerror="alert(1)" loading="eager">')
    assert start_tags(rendered, "img") == [{"loading": "lazy", "src": "/uploads/5/peta.webp"}]


def test_mailto_links_survive():
    rendered = render_markdown("[Surel humas](mailto:humas@pemkomedan.go.id)")
    assert start_tags(rendered, "a") == [{"href": "mailto:humas@pemkomedan.go.id", "rel": LINK_REL}]


def test_indonesian_text_is_unchanged_apart_from_markup():
    rendered = render_markdown("Pelayanan publik yang **berorientasi pelayanan** bagi warga Kota Medan.")
    assert rendered == "<p>Pelayanan publik yang <strong>berorientasi pelayanan</strong> bagi warga Kota Medan.</p>"


# --- pathological input -------------------------------------------------------------------------------------


def test_thousands_of_unclosed_brackets_are_refused_in_indonesian():
    started = time.monotonic()
    with pytest.raises(ValidationFailed) as raised:
        render_markdown("[" * 13_000)
    elapsed = time.monotonic() - started
    assert elapsed < PATHOLOGICAL_WALL_SECONDS, f"took {elapsed:.2f}s"
    assert "terlalu rumit" in raised.value.message
    assert raised.value.field == "body"


def test_many_ordinary_links_still_render():
    rendered = render_markdown("[a](b) " * 300)
    assert rendered.count("<a ") == 300
    assert rendered.count(">a</a>") == 300


def _render_or_refuse_in_time(text: str) -> str | None:
    started = time.monotonic()
    try:
        rendered = render_markdown(text)
    except ValidationFailed:
        rendered = None
    elapsed = time.monotonic() - started
    assert elapsed < PATHOLOGICAL_WALL_SECONDS, f"took {elapsed:.2f}s"
    return rendered


def test_fifty_thousand_asterisks_render_or_are_refused_in_time():
    rendered = _render_or_refuse_in_time("*" * 50_000)
    assert rendered is None or not safety_problems(rendered)


def test_deeply_nested_blockquotes_render_or_are_refused_in_time():
    rendered = _render_or_refuse_in_time("> " * 5_000 + "x")
    assert rendered is None or not safety_problems(rendered)


def test_academic_titles_are_not_mistaken_for_links():
    html = render_markdown("Drs. Hendra Sitorus, M.Si. dan Ir. Budi, S.ST menulis di www.medan.go.id")
    assert "M.Si." in html and 'href="http://M.Si' not in html and "S.ST" in html
    assert 'href="http://www.medan.go.id"' in html


def test_renders_in_many_threads_at_once_match_a_render_alone():
    # gthread workers (THREADS in bin/serve) render in several threads: each has its own converter and cleaner,
    # reset between bodies, so no body leaks into another (footnote-like state, fenced code, tables, links).
    from concurrent.futures import ThreadPoolExecutor

    bodies = ["# Judul\n\n```python\nx = '<b>'\n```\n\nLihat https://contoh.go.id",
              "| a | b |\n|:--|--:|\n| 1 | 2 |\n\n1. satu\n2. dua\n\n<script>alert(1)</script>",
              "Baris satu\nbaris dua dengan **tebal** dan [tautan](https://simpul.go.id)."]
    alone = [render_markdown(body) for body in bodies]
    with ThreadPoolExecutor(max_workers=8) as pool:
        together = list(pool.map(lambda n: render_markdown(bodies[n % 3]), range(120)))
    assert together == [alone[n % 3] for n in range(120)]
    assert "<script" not in alone[1] and "<table>" in alone[1] and 'rel="' in alone[0]
