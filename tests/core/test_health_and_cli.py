"""/healthz and the operator's commands: agencies import, create-admin, seed-demo."""
from pathlib import Path

from sqlalchemy import func, select

from app.accounts.models import Agency, User
from app.accounts.passwords import verify_password
from app.extensions import db


def test_healthz_reports_database_and_search(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.json
    assert body["status"] == "ok" and body["database"]["status"] == "ok"
    assert body["search"]["backend"] == "whoosh"


def test_healthz_answers_503_when_the_database_is_gone(app_config, tmp_path):
    from app import create_app

    broken = create_app({**app_config, "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path}/nope/missing.db"})
    response = broken.test_client().get("/healthz")
    assert response.status_code == 503 and response.json["database"]["status"] == "error"


def test_pages_answer_503_in_indonesian_when_the_database_is_gone(app_config, tmp_path):
    from app import create_app

    broken = create_app({**app_config, "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path}/nope/missing.db"})
    response = broken.test_client().get("/")
    assert response.status_code == 503
    assert "Layanan sedang tidak tersedia" in response.get_data(as_text=True)


def test_agencies_import_creates_then_updates(app, tmp_path):
    csv = tmp_path / "instansi.csv"
    csv.write_text("code,name,short_name,kind,confidence\n"
                   "kec-baru,Kecamatan Baru Kota Medan,Kec. Baru,kecamatan,P\n"
                   "diskominfo,Dinas Kominfo Kota Medan (baru),Diskominfo,dinas,V\n")
    result = app.test_cli_runner().invoke(args=["agencies", "import", str(csv)])
    assert result.exit_code == 0, result.output
    assert "1 baru, 1 diperbarui" in result.output
    new = db.session.execute(select(Agency).where(Agency.code == "kec-baru")).scalar_one()
    assert new.kind == "kecamatan" and not new.name_verified


def test_agencies_import_rejects_a_bad_file_and_changes_nothing(app, tmp_path):
    csv = tmp_path / "salah.csv"
    csv.write_text("code,name\nx,y\n")
    result = app.test_cli_runner().invoke(args=["agencies", "import", str(csv)])
    assert result.exit_code != 0 and "Kolom CSV yang wajib tidak ada" in result.output
    csv.write_text("code,name,short_name,kind\nkec-a,Kec A,A,kecamatan\nkec-b,Kec B,B,planet\n")
    result = app.test_cli_runner().invoke(args=["agencies", "import", str(csv)])
    assert "Baris 3" in result.output and "planet" in result.output
    assert db.session.execute(select(Agency).where(Agency.code == "kec-a")).scalar_one_or_none() is None


def test_the_shipped_agency_list_is_the_medan_list():
    rows = (Path(__file__).resolve().parents[2] / "app/data/agencies_medan.csv").read_text().splitlines()
    assert rows[0] == "code,name,short_name,kind,confidence" and len(rows) > 50
    assert any(row.startswith("bkpsdm,") for row in rows)


def test_create_admin(app):
    result = app.test_cli_runner().invoke(args=[
        "create-admin", "--email", "Operator@Medan.go.id", "--name", "Operator Kominfo",
        "--agency", "diskominfo", "--password", "Server-Kota-Medan-1"])
    assert result.exit_code == 0, result.output
    user = db.session.execute(select(User).where(User.email == "operator@medan.go.id")).scalar_one()
    assert user.role == "admin"


def test_create_admin_refuses_a_weak_password(app):
    result = app.test_cli_runner().invoke(args=[
        "create-admin", "--email", "op@medan.go.id", "--name", "Op", "--password", "admin"])
    assert result.exit_code != 0 and "minimal 10 karakter" in result.output


def test_seed_demo_is_idempotent_and_uses_demo_password(app):
    app.config["DEMO_PASSWORD"] = "Demo-Simpul-2026"
    runner = app.test_cli_runner()
    first = runner.invoke(args=["seed-demo"])
    assert first.exit_code == 0, first.output
    count = db.session.execute(select(func.count(User.id))).scalar_one()
    assert count >= 33
    second = runner.invoke(args=["seed-demo"])
    assert second.exit_code == 0 and "0 baru" in second.output
    assert db.session.execute(select(func.count(User.id))).scalar_one() == count
    by_email = {u.email: u for u in db.session.execute(select(User)).scalars()}
    assert by_email["admin@simpul.test"].role == "admin"
    assert by_email["moderator@simpul.test"].role == "moderator"
    assert by_email["pimpinan@simpul.test"].role == "leader"
    assert verify_password(by_email["pimpinan@simpul.test"].password_hash, "Demo-Simpul-2026")
    assert len({u.agency_id for u in by_email.values()}) >= 15


def test_seed_demo_generates_and_prints_a_password_once(app):
    app.config["DEMO_PASSWORD"] = None
    runner = app.test_cli_runner()
    output = runner.invoke(args=["seed-demo"]).output
    password = output.split("hanya ditampilkan sekali): ")[1].strip()
    admin = db.session.execute(select(User).where(User.email == "admin@simpul.test")).scalar_one()
    assert verify_password(admin.password_hash, password)
    assert "hanya ditampilkan sekali" not in runner.invoke(args=["seed-demo"]).output


def test_demo_accounts_can_sign_in(app, client):
    app.config["DEMO_PASSWORD"] = "Demo-Simpul-2026"
    app.test_cli_runner().invoke(args=["seed-demo"])
    assert client.login("pimpinan@simpul.test", "Demo-Simpul-2026").status_code == 302
