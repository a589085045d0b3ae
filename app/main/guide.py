"""Help pages: "Cara menulis praktik baik" (/bantuan/menulis-praktik-baik), linked from the article editor, the
footer and the first-visit home."""
from __future__ import annotations

from flask import render_template

from app.main.views import main_bp


@main_bp.route("/bantuan/menulis-praktik-baik")
def writing_guide():
    return render_template("main/writing_guide.html")
