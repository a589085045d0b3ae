"""Outgoing mail: SMTP when MAIL_SERVER is set, otherwise files in the mail outbox folder."""
from __future__ import annotations

import smtplib
import ssl
import threading
import time
import uuid
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from pathlib import Path

from flask import current_app

from app.core.logging import get_logger

log = get_logger("mail")


def send_mail(to: str, subject: str, body: str, attachments: list[tuple[str, str, bytes]] = ()) -> None:
    """`attachments`: (file name, MIME type, content) each, e.g. a monthly report's PDF."""
    config = current_app.config
    message = EmailMessage()
    message["From"] = config["MAIL_DEFAULT_SENDER"]
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = formatdate(localtime=False)
    message["Message-ID"] = make_msgid(domain="simpul.asn")
    message.set_content(body)
    for name, mime_type, content in attachments:
        maintype, subtype = mime_type.split("/", 1)
        message.add_attachment(content, maintype=maintype, subtype=subtype, filename=name)
    if config.get("MAIL_SERVER"):
        _send_smtp(message, config)
        log.info("mail sent", extra={"to": to, "subject": subject, "via": "smtp"})
    else:
        path = _write_outbox(message, Path(config["MAIL_OUTBOX_DIR"]))
        # The body may hold a reset link: the log says where the mail is, never what it says.
        log.info("mail written to outbox", extra={"to": to, "subject": subject, "file": str(path)})


def send_mail_in_background(to: str, subject: str, body: str) -> None:
    """send_mail without making the request wait for the SMTP server.

    A page whose answer must not tell whether an account exists (the password reset) cannot spend an SMTP
    round trip, up to the 10 s timeout, on known addresses only: the response time would tell. The mail
    goes from a thread of its own; a failure is logged, as the visitor's answer is the same either way. The
    thread is not a daemon, so a worker that stops gracefully finishes sending first. Without MAIL_SERVER
    the outbox file is written at once: a local file is no slower than starting a thread.
    """
    if not current_app.config.get("MAIL_SERVER"):
        send_mail(to, subject, body)
        return
    app = current_app._get_current_object()

    def deliver() -> None:
        with app.app_context():
            try:
                send_mail(to, subject, body)
            except Exception:  # noqa: BLE001  (nobody is waiting for this mail's outcome but the log)
                log.exception("mail not sent", extra={"to": to, "subject": subject})

    threading.Thread(target=deliver, name="send-mail", daemon=False).start()


def _write_outbox(message: EmailMessage, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    name = f"{time.strftime('%Y%m%dT%H%M%S')}-{uuid.uuid4().hex[:8]}.eml"
    tmp = folder / f".{name}.tmp"
    tmp.write_bytes(bytes(message))
    final = folder / name
    tmp.replace(final)  # a reader never sees half a mail
    return final


def _send_smtp(message: EmailMessage, config) -> None:
    host, port = config["MAIL_SERVER"], int(config["MAIL_PORT"])
    context = ssl.create_default_context()
    smtp_class = smtplib.SMTP_SSL if config.get("MAIL_USE_SSL") else smtplib.SMTP
    kwargs = {"context": context} if config.get("MAIL_USE_SSL") else {}
    with smtp_class(host, port, timeout=10, **kwargs) as smtp:
        if config.get("MAIL_USE_TLS") and not config.get("MAIL_USE_SSL"):
            smtp.starttls(context=context)
        if config.get("MAIL_USERNAME"):
            smtp.login(config["MAIL_USERNAME"], config.get("MAIL_PASSWORD") or "")
        smtp.send_message(message)
