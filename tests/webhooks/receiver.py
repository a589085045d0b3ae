"""A real HTTP receiver in a thread: checks each delivery's signature and records what arrived."""
from __future__ import annotations

import hashlib
import hmac
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class Receiver:
    def __init__(self, secret: str):
        self.secret = secret
        self.received: list[dict] = []  # {"event", "delivery", "body", "signed"}
        self.answers: list[int | float] = []  # per request, in turn: an HTTP status, or seconds to stall (float)
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 - http.server's name
                raw = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                expected = "sha256=" + hmac.new(receiver.secret.encode(), raw, hashlib.sha256).hexdigest()
                signed = hmac.compare_digest(expected, self.headers.get("X-Simpul-Signature", ""))
                receiver.received.append({"event": self.headers.get("X-Simpul-Event"),
                                          "delivery": self.headers.get("X-Simpul-Delivery"),
                                          "body": json.loads(raw), "signed": signed})
                answer = receiver.answers.pop(0) if receiver.answers else 200
                if isinstance(answer, float):
                    time.sleep(answer)
                    answer = 200
                self.send_response(answer if signed else 401)
                self.end_headers()
                self.wfile.write(b"ok")

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def events(self) -> list[str]:
        return [r["event"] for r in self.received]

    def close(self):
        self.server.shutdown()
        self.server.server_close()
