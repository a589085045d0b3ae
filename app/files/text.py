"""The text of an uploaded document, for search: read by the search drainer, never in a request.

PDF with pypdf; docx, xlsx, pptx and OpenDocument by reading their XML parts from the zip with defusedxml
(entity declarations refused: no billion laughs, no external entities), at most PART_MAX_BYTES of a part and
UPLOAD_TEXT_MAX_CHARS characters of a file. Every extraction runs in a child process that is killed when
UPLOAD_TEXT_SECONDS are spent, so a hostile PDF can neither hang nor crash the drainer. A file that cannot be
parsed is kept and served, marked `failed`, not indexed, and logged once (it is never read again).
"""
from __future__ import annotations

import io
import multiprocessing
import re
import zipfile
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse
from flask import current_app
from sqlalchemy import select

from app.core.logging import get_logger
from app.extensions import db
from app.files import kinds
from app.files.models import Upload
from app.files.storage import storage

log = get_logger("files")
PART_MAX_BYTES = 32 * 1024 * 1024  # of one XML part: more than any real document's text needs
PDF_MAX_PAGES = 2000
OOXML_PARTS = {kinds.DOCX.mime: re.compile(r"^word/document\.xml$"),
               kinds.XLSX.mime: re.compile(r"^xl/sharedStrings\.xml$"),
               kinds.PPTX.mime: re.compile(r"^ppt/slides/slide\d+\.xml$")}
ODF = {kinds.ODT.mime, kinds.ODS.mime, kinds.ODP.mime}
PLAIN = {kinds.TXT.mime, kinds.CSV.mime}
READABLE = {kinds.PDF.mime, *OOXML_PARTS, *ODF, *PLAIN}


class Unreadable(Exception):
    """The file is not what it claims to be, or its parser gave up."""


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _xml_text(data: bytes, cap: int, *, odf: bool) -> str:
    """Paragraphs of an XML part: OOXML keeps its words in <t> inside <p>; ODF in <text:p> and <text:h>."""
    pieces: list[str] = []
    size = 0
    try:
        for _event, element in iterparse(io.BytesIO(data), events=("end",), forbid_dtd=True):
            name = _local(element.tag)
            if odf and name in ("p", "h"):
                pieces.append("".join(element.itertext()) + "\n")
                element.clear()
            elif not odf and name == "t":
                pieces.append(element.text or "")
                element.clear()
            elif not odf and name == "p":
                pieces.append("\n")
                element.clear()
            else:
                continue
            size += len(pieces[-1])
            if size >= cap:
                break
    except (ParseError, DefusedXmlException) as err:
        if len(data) <= PART_MAX_BYTES:  # a part cut at the limit ends mid-tag: keep what was read
            raise Unreadable(type(err).__name__) from err
    return "".join(pieces)


def _zip_text(data: bytes, mime: str, cap: int) -> str:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as err:
        raise Unreadable("BadZipFile") from err
    with archive:
        if mime in ODF:
            names = ["content.xml"]
        else:
            names = sorted((n for n in archive.namelist() if OOXML_PARTS[mime].match(n)),
                           key=lambda n: int(re.sub(r"\D", "", n) or 0))
        text = ""
        for name in names:
            try:
                with archive.open(name) as part:
                    raw = part.read(PART_MAX_BYTES + 1)
            except KeyError:
                continue
            except (zipfile.BadZipFile, OSError, EOFError) as err:
                raise Unreadable(type(err).__name__) from err
            text += _xml_text(raw, cap - len(text), odf=mime in ODF) + "\n"
            if len(text) >= cap:
                break
        return text


def _pdf_text(data: bytes, cap: int) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise Unreadable("encrypted")
        text = ""
        for number, page in enumerate(reader.pages):
            if number >= PDF_MAX_PAGES or len(text) >= cap:
                break
            text += (page.extract_text() or "") + "\n"
        return text
    except Unreadable:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError,
            OSError, zipfile.BadZipFile) as err:
        raise Unreadable(type(err).__name__) from err


def extract(data: bytes, mime: str, cap: int) -> str:
    """The text of a document's bytes, at most `cap` characters, spaces tidied. Raises Unreadable."""
    if mime == kinds.PDF.mime:
        text = _pdf_text(data, cap)
    elif mime in PLAIN:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
    elif mime in OOXML_PARTS or mime in ODF:
        text = _zip_text(data, mime, cap)
    else:
        return ""
    text = re.sub(r"[ \t\r\f\v\x00]+", " ", text)
    return re.sub(r"\n\s*\n+", "\n", text).strip()[:cap]


def _in_child(data: bytes, mime: str, cap: int, conn) -> None:
    try:
        conn.send(("ok", extract(data, mime, cap)))
    except Unreadable as err:
        conn.send(("failed", str(err)))
    except Exception as err:  # noqa: BLE001 - any parser trouble is this file's, never the drainer's
        conn.send(("failed", type(err).__name__))
    finally:
        conn.close()


def extract_with_budget(data: bytes, mime: str, cap: int, seconds: float) -> tuple[str, str]:
    """("ok", text) or ("failed", why), from a child process killed after `seconds`."""
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_in_child, args=(data, mime, cap, sender), daemon=True)
    child.start()
    sender.close()
    try:
        if receiver.poll(seconds):
            return receiver.recv()
        return "failed", f"no answer within {seconds:g} s"
    except EOFError:
        return "failed", "parser died"
    finally:
        if child.is_alive():
            child.kill()
        child.join(1)
        receiver.close()


def read_pending(post_ids: list[int]) -> int:
    """Read the text of the documents attached to these posts that nobody read yet, and commit it.
    Returns how many were read. Called by the search drainer before it builds the posts' documents."""
    if not post_ids:
        return 0
    pending = db.session.execute(select(Upload).where(Upload.post_id.in_(post_ids), Upload.text_state.is_(None))
                                 ).scalars().all()
    if not pending:
        return 0
    cap = current_app.config["UPLOAD_TEXT_MAX_CHARS"]
    seconds = float(current_app.config["UPLOAD_TEXT_SECONDS"])
    for upload in pending:
        if upload.mime not in READABLE:
            upload.text_state = "empty"
            continue
        try:
            with storage().open(upload.key) as fileobj:
                data = fileobj.read()
        except OSError as err:
            state, text = "failed", f"file missing: {type(err).__name__}"
        else:
            state, text = extract_with_budget(data, upload.mime, cap, seconds)
        if state == "ok":
            upload.text_content, upload.text_state = text, ("ok" if text else "empty")
        else:
            upload.text_state = "failed"
            log.warning("attachment text unreadable; kept, not indexed",
                        extra={"upload": upload.id, "mime": upload.mime, "error": text})
    db.session.commit()
    return len(pending)


def texts_of(post_ids: list[int]) -> dict[int, list[tuple[str, str]]]:
    """Each post's attachments that have text, as (name, text), in upload order."""
    found: dict[int, list[tuple[str, str]]] = {}
    if not post_ids:
        return found
    rows = db.session.execute(select(Upload.post_id, Upload.name, Upload.text_content)
                              .where(Upload.post_id.in_(post_ids), Upload.text_state == "ok")
                              .order_by(Upload.id)).all()
    for post_id, name, text in rows:
        found.setdefault(post_id, []).append((name, text or ""))
    return found
