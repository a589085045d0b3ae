"""README's demo accounts are the ones `flask seed-demo` makes: a newcomer can walk every role from it."""
from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy import select

from app.accounts.models import AgencyOperator, User
from app.core.roles import Role
from app.extensions import db
from app.pembinaan.models import Duty, DutyName

README = Path(__file__).resolve().parents[2] / "README.md"
ROLE_WORDS = {"admin": Role.ADMIN, "moderator": Role.MODERATOR, "leader": Role.LEADER, "member": Role.MEMBER}
DUTY_WORDS = {"organiser": DutyName.ORGANISER, "verifier": DutyName.VERIFIER, "operator": "operator"}
ROW = re.compile(r"^\| `(?P<email>[^`]+@simpul\.test)` \| (?P<who>[^|]+) \| (?P<try>[^|]+) \|$", re.M)


def documented_accounts() -> list[dict]:
    section = README.read_text().split("### Demo accounts", 1)[1].split("\n## ", 1)[0]
    rows = []
    for match in ROW.finditer(section):
        who = match["who"]
        role = next(ROLE_WORDS[word] for word in ROLE_WORDS if who.startswith(word))
        duties = {str(duty) for word, duty in DUTY_WORDS.items() if f"{word} duty" in who}
        first_page = re.search(r"`(/[^`]*)`", match["try"])
        rows.append({"email": match["email"], "role": role.value, "duties": duties,
                     "page": first_page[1] if first_page else None})
    return rows


def test_readme_lists_every_role_and_duty_of_the_demo_and_each_account_works(app, make_client):
    app.config["DEMO_PASSWORD"] = "Demo-Simpul-2026"
    assert app.test_cli_runner().invoke(args=["seed-demo"]).exit_code == 0
    rows = documented_accounts()
    assert rows, "README.md has no demo accounts table"

    duties = {}
    for user_id, duty in db.session.execute(select(Duty.user_id, Duty.duty)).all():
        duties.setdefault(user_id, set()).add(duty)
    for (user_id,) in db.session.execute(select(AgencyOperator.user_id)).all():
        duties.setdefault(user_id, set()).add("operator")
    users = {u.email: u for u in db.session.execute(select(User)).scalars()}
    for row in rows:
        user = users.get(row["email"])
        assert user is not None, f"README names {row['email']}, which seed-demo does not make"
        assert user.role == row["role"], row["email"]
        assert duties.get(user.id, set()) == row["duties"], row["email"]

    listed = {row["email"] for row in rows}
    for user in users.values():
        if user.role != Role.MEMBER.value or user.id in duties:
            assert user.email in listed, f"README's demo accounts leave out {user.email}, who has a role or a duty"
    assert {row["role"] for row in rows} == {role.value for role in Role}
    # "Drs. Hendra Sitorus, M.Si.": @mentions name the person, not the degrees
    assert users["pimpinan@simpul.test"].handle == "hendra.sitorus"

    for row in rows:
        member = make_client()
        assert member.login(row["email"], "Demo-Simpul-2026").status_code == 302, row["email"]
        if row["page"]:
            assert member.get(row["page"]).status_code == 200, (row["email"], row["page"])
