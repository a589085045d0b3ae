"""The demo content as data: Markdown files under app/demo/data/ (see its README.md), read into plain records.

Seeding order is file-name order within each folder: articles, then revisions, questions and threads.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from app.articles.facts import FORM_STAGES, parse_number
from app.demo.frontmatter import DataFileError, Section, parse_sections

DATA_DIR = Path(__file__).resolve().parent / "data"


@dataclass(frozen=True)
class ArticleData:
    author: str
    title: str
    tags: tuple[str, ...]
    body: str
    stage: str = "diterapkan"  # the demo practices are at work unless a file says otherwise
    started_on: str = ""  # YYYY-MM-DD
    indicators: tuple[dict, ...] = ()


@dataclass(frozen=True)
class RevisionData:
    article: str  # the title of an article
    editor: str
    summary: str
    body: str  # the new full body


@dataclass(frozen=True)
class AnswerData:
    author: str
    body: str


@dataclass(frozen=True)
class CommentData:
    author: str
    body: str
    answer: int | None = None  # index into the question's answers; None comments on the question itself


@dataclass(frozen=True)
class QuestionData:
    author: str
    title: str
    tags: tuple[str, ...]
    body: str
    answers: tuple[AnswerData, ...] = ()
    accepted: int | None = None  # index into answers
    comments: tuple[CommentData, ...] = ()


@dataclass(frozen=True)
class ReplyData:
    author: str
    body: str


@dataclass(frozen=True)
class ThreadData:
    author: str
    category: str
    title: str
    body: str
    replies: tuple[ReplyData, ...]


@dataclass(frozen=True)
class DemoContent:
    articles: tuple[ArticleData, ...]
    revisions: tuple[RevisionData, ...]
    questions: tuple[QuestionData, ...]
    threads: tuple[ThreadData, ...]

    def authors(self) -> set[str]:
        """Every address the data names as a writer."""
        names = {item.author for item in (*self.articles, *self.questions, *self.threads)}
        names |= {revision.editor for revision in self.revisions}
        names |= {part.author for q in self.questions for part in (*q.answers, *q.comments)}
        return names | {reply.author for thread in self.threads for reply in thread.replies}


def load_content(root: Path | None = None) -> DemoContent:
    """Read and check every data file (of DATA_DIR unless told) once; a DataFileError names the file at fault."""
    return _load(root or DATA_DIR)


@cache
def _load(root: Path) -> DemoContent:
    articles = tuple(_article(path) for path in _files(root, "articles"))
    titles = {article.title for article in articles}
    revisions = tuple(_revision(path, titles) for path in _files(root, "revisions"))
    questions = tuple(_question(path) for path in _files(root, "questions"))
    threads = tuple(_thread(path) for path in _files(root, "threads"))
    return DemoContent(articles=articles, revisions=revisions, questions=questions, threads=threads)


def _files(root: Path, folder: str) -> list[Path]:
    return sorted((root / folder).glob("*.md"))


def _read(path: Path) -> list[Section]:
    return parse_sections(path.read_text(encoding="utf-8"), str(path))


def _fields(section: Section, path: Path, required: tuple[str, ...], optional: tuple[str, ...] = ()) -> dict:
    where = f"{path}:{section.line}"
    missing = [key for key in required if not section.meta.get(key)]
    if missing:
        raise DataFileError(f"{where}: kunci wajib belum diisi: {', '.join(missing)}")
    unknown = sorted(set(section.meta) - set(required) - set(optional))
    if unknown:
        raise DataFileError(f"{where}: kunci tidak dikenal: {', '.join(unknown)}")
    if not section.body:
        raise DataFileError(f"{where}: bagian ini tidak berisi teks")
    return {**section.meta, "body": section.body}


def _tags(value: str) -> tuple[str, ...]:
    return tuple(tag.strip() for tag in value.split(",") if tag.strip())


def _single(path: Path) -> Section:
    sections = _read(path)
    if len(sections) != 1:
        raise DataFileError(f"{path}: seharusnya satu bagian, ada {len(sections)}")
    return sections[0]


def _indicators(value: str, where: str) -> tuple[dict, ...]:
    """`name | unit | before | after | source; ...` (numbers as written in Indonesian: 2,7)."""
    rows = []
    for part in filter(None, (p.strip() for p in value.split(";"))):
        cells = [c.strip() for c in part.split("|")]
        if len(cells) != 5 or not cells[0]:
            raise DataFileError(f"{where}: indikator ditulis `nama | satuan | sebelum | sesudah | sumber`: {part!r}")
        try:
            before, after = parse_number(cells[2]), parse_number(cells[3])
        except ValueError as err:
            raise DataFileError(f"{where}: indikator {cells[0]!r}: {err}") from err
        rows.append({"name": cells[0], "unit": cells[1], "before": before, "after": after, "source": cells[4]})
    return tuple(rows)


def _article(path: Path) -> ArticleData:
    section = _single(path)
    data = _fields(section, path, ("title", "author", "tags"), ("stage", "started_on", "indicators"))
    if data.get("stage", "diterapkan") not in FORM_STAGES:  # Direplikasi comes from a demo adoption only
        raise DataFileError(f"{path}:{section.line}: `stage` adalah salah satu dari {', '.join(FORM_STAGES)}")
    return ArticleData(author=data["author"], title=data["title"], tags=_tags(data["tags"]), body=data["body"],
                       stage=data.get("stage") or "diterapkan", started_on=data.get("started_on", ""),
                       indicators=_indicators(data.get("indicators", ""), f"{path}:{section.line}"))


def _revision(path: Path, titles: set[str]) -> RevisionData:
    data = _fields(_single(path), path, ("article", "editor", "summary"))
    if data["article"] not in titles:
        raise DataFileError(f"{path}: tidak ada praktik baik berjudul {data['article']!r}")
    return RevisionData(article=data["article"], editor=data["editor"], summary=data["summary"], body=data["body"])


def _question(path: Path) -> QuestionData:
    first, *rest = _read(path)
    data = _fields(first, path, ("title", "author", "tags"))
    answers: list[AnswerData] = []
    comments: list[CommentData] = []
    accepted = None
    for section in rest:
        part = section.meta.get("part")
        if part == "answer":
            fields = _fields(section, path, ("part", "author"), ("accepted",))
            if fields.get("accepted") == "yes":
                accepted = len(answers)
            answers.append(AnswerData(author=fields["author"], body=fields["body"]))
        elif part == "comment":
            fields = _fields(section, path, ("part", "author", "on"))
            comments.append(CommentData(author=fields["author"], body=fields["body"],
                                        answer=_comment_target(fields["on"], len(answers), path, section)))
        else:
            raise DataFileError(f"{path}:{section.line}: `part` harus `answer` atau `comment`")
    return QuestionData(author=data["author"], title=data["title"], tags=_tags(data["tags"]), body=data["body"],
                        answers=tuple(answers), accepted=accepted, comments=tuple(comments))


def _comment_target(on: str, answers_so_far: int, path: Path, section: Section) -> int | None:
    """`on: question`, or `on: answer N` for the N-th answer (counted from 1) written above the comment."""
    if on == "question":
        return None
    kind, _space, number = on.partition(" ")
    if kind != "answer" or not number.isdigit() or not 1 <= int(number) <= answers_so_far:
        raise DataFileError(f"{path}:{section.line}: `on` harus `question` atau `answer N` (jawaban ke-N di atasnya)")
    return int(number) - 1


def _thread(path: Path) -> ThreadData:
    first, *rest = _read(path)
    data = _fields(first, path, ("title", "author", "category"))
    replies = []
    for section in rest:
        fields = _fields(section, path, ("part", "author"))
        if fields["part"] != "reply":
            raise DataFileError(f"{path}:{section.line}: `part` harus `reply`")
        replies.append(ReplyData(author=fields["author"], body=fields["body"]))
    return ThreadData(author=data["author"], category=data["category"], title=data["title"], body=data["body"],
                      replies=tuple(replies))
