"""`flask --app wsgi create-admin`: an admin account, or an existing account made admin."""
from __future__ import annotations

import click
from flask.cli import with_appcontext

from app.accounts import services as account_services
from app.accounts import trust
from app.core.errors import DomainError
from app.core.roles import Role
from app.extensions import db


@click.command("create-admin", help="Buat akun admin (atau jadikan akun yang ada admin).")
@click.option("--email", prompt="Email")
@click.option("--name", prompt="Nama")
@click.option("--agency", default="diskominfo", show_default=True, help="Kode instansi")
@click.option("--password", prompt="Kata sandi", hide_input=True, confirmation_prompt=True)
@with_appcontext
def create_admin(email: str, name: str, agency: str, password: str):
    existing = account_services.find_by_login(email)
    if existing is not None:
        existing.role = Role.ADMIN.value
        db.session.commit()
        click.echo(f"{existing.email} kini admin.")
        return
    try:
        user = account_services.register_user(account_services.Registration(
            name=name, email=email, password=password, agency=agency), role=Role.ADMIN)
        trust.confirm_email(user)  # the operator at the console vouches for the address
        db.session.commit()
    except DomainError as err:
        db.session.rollback()
        raise click.ClickException(err.message) from err
    click.echo(f"Admin {user.email} dibuat.")
