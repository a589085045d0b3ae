"""A reset request for a registered e-mail answers as fast as for an unknown one: it never waits for SMTP.

The mail server here is real (a socket on 127.0.0.1 that speaks enough SMTP) and slow: it waits before
its greeting. If the reset page waited for it, the response time would tell who is registered.
"""
from __future__ import annotations

import socket
import threading
import time

import pytest

SMTP_DELAY = 3.0  # seconds the server waits before it greets


class SlowSmtpServer:
    """Accepts connections, waits SMTP_DELAY, then takes one message per connection into `messages`."""

    def __init__(self):
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.messages: list[str] = []
        self.received = threading.Event()
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._session, args=(conn,), daemon=True).start()

    def _session(self, conn: socket.socket) -> None:
        with conn, conn.makefile("rb") as lines:
            time.sleep(SMTP_DELAY)
            conn.sendall(b"220 lambat.test ESMTP\r\n")
            for raw in lines:
                command = raw.decode("ascii", "replace").strip().upper()
                if command.startswith("DATA"):
                    conn.sendall(b"354 go ahead\r\n")
                    body = []
                    for data in lines:
                        if data in (b".\r\n", b".\n"):
                            break
                        body.append(data.decode("utf-8", "replace"))
                    self.messages.append("".join(body))
                    conn.sendall(b"250 ok\r\n")
                    self.received.set()
                elif command.startswith("QUIT"):
                    conn.sendall(b"221 bye\r\n")
                    return
                else:
                    conn.sendall(b"250 ok\r\n")

    def close(self) -> None:
        self.sock.close()


@pytest.fixture
def slow_smtp():
    server = SlowSmtpServer()
    yield server
    server.close()


@pytest.fixture
def app_config(app_config):
    return {**app_config, "MAIL_SERVER": "127.0.0.1"}


@pytest.mark.slow
def test_a_reset_for_a_registered_email_does_not_wait_for_the_mail_server(app, client, member, slow_smtp):
    app.config["MAIL_PORT"] = slow_smtp.port
    client.get("/auth/reset")
    started = time.monotonic()
    response = client.post("/auth/reset", {"email": member.email})
    elapsed = time.monotonic() - started
    assert response.status_code == 302 and response.headers["Location"].endswith("/auth/login")
    assert elapsed < SMTP_DELAY / 2, f"the reset page waited {elapsed:.1f} s for the mail server"
    # The mail still goes out, with its link, once the server answers.
    assert slow_smtp.received.wait(SMTP_DELAY + 10)
    [message] = slow_smtp.messages
    assert f"To: {member.email}" in message and "/auth/reset/" in message


def test_a_mail_server_that_refuses_does_not_change_the_answer(app, client, member):
    app.config["MAIL_PORT"] = 1  # nothing listens there
    answers = [client.post("/auth/reset", {"email": address}) for address in (member.email, "tidak.ada@medan.go.id")]
    assert [a.status_code for a in answers] == [302, 302]
    assert answers[0].headers["Location"] == answers[1].headers["Location"]
    page = client.get(answers[0].headers["Location"]).get_data(as_text=True)
    assert "Jika email tersebut terdaftar" in page
