"""`flask reports monthly [--month YYYY-MM] [--agency CODE] [--no-mail]`: the monthly reports (cron: last month)."""
from __future__ import annotations

import click
from flask.cli import AppGroup

from app.core.errors import DomainError
from app.reports import services
from app.reports.figures import current_month, parse_month

reports_cli = AppGroup("reports", help="Laporan bulanan dalam PDF untuk pimpinan.")


@reports_cli.command("monthly")
@click.option("--month", "month_key", metavar="YYYY-MM",
              help="Bulan laporan, misalnya 2026-11; tanpa ini: bulan lalu (untuk cron tanggal 1).")
@click.option("--agency", "agency_code", metavar="KODE", help="Hanya laporan satu instansi (kode instansi).")
@click.option("--no-mail", is_flag=True, help="Jangan kirim surel ke pimpinan instansi.")
def monthly_command(month_key: str, agency_code: str | None, no_mail: bool):
    """Tulis laporan tiap instansi dan laporan kota ke REPORT_DIR; menjalankan ulang menggantinya."""
    try:
        month = parse_month(month_key) if month_key is not None else current_month().previous()
        if agency_code is not None:
            services.find_agency(agency_code)
        made = 0
        for result in services.make_monthly(month, agency_code, mail=not no_mail):
            made += 1
            note = " (belum ada kegiatan)" if result.empty else ""
            mailed = f", dikirim ke {len(result.mailed)} pimpinan" if result.mailed else ""
            click.echo(f"{result.report.filename}: {result.report.size} bita{note}{mailed}")
    except DomainError as err:
        raise click.ClickException(err.message) from err
    click.echo(f"{made} laporan bulan {month.label} ditulis ke {services.report_dir()}.")
