"""The ceiling: the least a Flask page can cost on this machine. One route, a ~1 KB HTML page, no template,
no database, served by gunicorn exactly like the site (bench/run.py starts it as `ceiling:app`). Every page's
throughput is reported as a ratio to this one, measured in the same round."""
from __future__ import annotations

from flask import Flask

app = Flask(__name__)

_ROWS = "".join(f"<li>Praktik baik nomor {n}: layanan publik yang cepat dan terbuka.</li>\n" for n in range(1, 12))
PAGE = f"""<!doctype html>
<html lang="id">
<head><meta charset="utf-8"><title>Simpul ASN · batas atas</title></head>
<body>
<h1>Simpul ASN</h1>
<p>Halaman minimal untuk mengukur batas atas Flask dan gunicorn pada mesin ini.</p>
<ul>
{_ROWS}</ul>
</body>
</html>
"""


@app.route("/")
def index():
    return PAGE, 200, {"Content-Type": "text/html; charset=utf-8"}
