"""`flask reputation recompute|check`."""
from __future__ import annotations

import click
from flask.cli import AppGroup

from app.extensions import db

reputation_cli = AppGroup("reputation", help="Buku besar reputasi: bangun ulang dan periksa.")


@reputation_cli.command("recompute", help="Hitung ulang reputasi setiap pengguna, skor setiap kiriman dan rekap "
                                           "poin per periode.")
def recompute_command():
    from app.reputation.ledger import recompute_all

    recompute_all()
    db.session.commit()
    click.echo("Reputasi, skor dan rekap poin dihitung ulang dari buku besar dan suara.")


@reputation_cli.command("check", help="Keluar dengan kode bukan nol bila ada reputasi, skor atau rekap poin yang "
                                       "tidak cocok.")
def check_command():
    from app.reputation.ledger import mismatches

    problems = mismatches()
    if problems:
        for line in problems:
            click.echo(line, err=True)
        raise SystemExit(1)
    click.echo("Semua reputasi, skor dan rekap poin cocok dengan buku besar.")


@reputation_cli.command("audit", help="Temukan dan batalkan suara beruntun dari satu orang ke satu penulis.")
@click.option("--hari", "days", default=7, show_default=True, help="Periksa suara sekian hari terakhir.")
@click.option("--dry-run", is_flag=True, help="Hanya laporkan, jangan batalkan.")
def audit_command(days: int, dry_run: bool):
    from app.reputation.audit import find_serial_votes, reverse

    cases = find_serial_votes(since_hours=24 * days)
    for case in cases:
        click.echo(f"pemilih {case.voter_id} -> penulis {case.author_id}: {len(case.vote_ids)} suara beruntun")
    if not cases:
        click.echo("Tidak ada suara beruntun.")
        return
    if dry_run:
        click.echo("Tidak ada yang dibatalkan (--dry-run).")
        return
    count = reverse(cases)
    db.session.commit()
    click.echo(f"{count} suara dibatalkan; poinnya dikembalikan lewat buku besar.")


badges_cli = AppGroup("badges", help="Lencana: berikan yang sudah diraih.")


@badges_cli.command("award", help="Periksa semua aturan lencana dan catat yang baru diraih.")
def award_command():
    from sqlalchemy import delete

    from app.reputation.badge_models import BadgeCheck
    from app.reputation.badges import award_badges

    count = award_badges()
    db.session.execute(delete(BadgeCheck))  # everyone was checked: the queue has nothing left to do
    db.session.commit()
    click.echo(f"Lencana baru: {count}.")


@badges_cli.command("drain", help="Periksa lencana anggota yang menunggu di antrean.")
def drain_command():
    from app.reputation.badge_queue import drain_all

    click.echo(f"Antrean lencana: {drain_all()} entri diproses.")


@badges_cli.command("worker", help="Pekerja latar: kuras antrean lencana terus-menerus (tanpa pekerja di web).")
@click.option("--interval", default=0.5, show_default=True, help="Jeda antar-pemeriksaan (detik).")
def worker_command(interval: float):
    import time

    from app.reputation.badge_queue import drain_all, pending

    click.echo("Pekerja lencana berjalan. Tekan Ctrl+C untuk berhenti.")
    while True:
        if pending():
            drain_all()
        time.sleep(interval)
