"""A real HTTP server in a thread speaking the Bot API methods the site uses: getMe, getUpdates, sendMessage.

It checks the token in the path, records the messages sent, hands out queued updates from the offset asked
for, and answers sendMessage in turn as told: an HTTP status (500, 403, 429 with retry_after) or a stall.
"""
from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

TOKEN = "123456:TEST-token-abcdef"
USERNAME = "simpul_uji_bot"


class BotServer:
    def __init__(self):
        self.sent: list[dict] = []  # the sendMessage bodies that were answered ok
        self.updates: list[dict] = []
        self.offsets: list[int] = []  # the offset of every getUpdates
        self.answers: list[int | float] = []  # for sendMessage, in turn: a status, or seconds to stall (float)
        self.bad_tokens = 0
        self.calls: list[str] = []  # every method asked for, in order
        self.broken = False  # answer with a line that is not HTTP at all (http.client raises BadStatusLine)
        self.on_send = None  # called (with the params) as a sendMessage arrives, before it is answered
        self._next_update = 1000
        bot = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 - http.server's name
                raw = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                params = json.loads(raw or b"{}")
                _, token_part, method = self.path.split("/", 2)
                bot.calls.append(method)
                if bot.broken:
                    self.wfile.write(b"nonsense\r\n\r\n")
                    self.close_connection = True
                    return
                if token_part != f"bot{TOKEN}":
                    bot.bad_tokens += 1
                    return self._answer(401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
                if method == "getMe":
                    return self._answer(200, {"ok": True, "result": {"id": 123456, "is_bot": True,
                                                                     "username": USERNAME}})
                if method == "getUpdates":
                    offset = int(params.get("offset") or 0)
                    bot.offsets.append(offset)
                    return self._answer(200, {"ok": True, "result": [u for u in bot.updates
                                                                     if u["update_id"] >= offset]})
                if method == "sendMessage":
                    if bot.on_send:
                        bot.on_send(params)
                    answer = bot.answers.pop(0) if bot.answers else 200
                    if isinstance(answer, float):
                        time.sleep(answer)
                        answer = 200
                    if answer == 200:
                        bot.sent.append(params)
                        return self._answer(200, {"ok": True, "result": {"message_id": len(bot.sent)}})
                    body = {"ok": False, "error_code": answer, "description": {
                        403: "Forbidden: bot was blocked by the user", 429: "Too Many Requests: retry after 120",
                        400: "Bad Request: chat not found"}.get(answer, "Internal Server Error")}
                    if answer == 429:
                        body["parameters"] = {"retry_after": 120}
                    return self._answer(answer, body)
                return self._answer(404, {"ok": False, "error_code": 404, "description": "Not Found"})

            def _answer(self, status: int, body: dict):
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def say(self, chat_id: int, text: str, chat_type: str = "private") -> None:
        """A message someone sends the bot, waiting for getUpdates."""
        self._next_update += 1
        self.updates.append({"update_id": self._next_update, "message": {
            "message_id": self._next_update, "date": int(time.time()), "text": text,
            "chat": {"id": chat_id, "type": chat_type}, "from": {"id": chat_id, "is_bot": False}}})

    def texts(self, chat_id: int | None = None) -> list[str]:
        return [m["text"] for m in self.sent if chat_id is None or m["chat_id"] == chat_id]

    def close(self):
        self.server.shutdown()
        self.server.server_close()
