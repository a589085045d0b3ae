"""`flask --app wsgi bench-data`: fill an empty, migrated database with city-scale data for load tests.

Flask finds this command through the `flask.commands` entry point in pyproject.toml, so the app never imports the
benchmark's code. Importing this module stays light (Flask loads it for every `flask` command): the generator and
the app's modules are imported when the command runs.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import click
from flask.cli import with_appcontext

DEFAULT_PASSWORD = "bench-password-2026"  # noqa: S105  (a published test password for a benchmark database)


@click.command("bench-data", help="Isi basis data KOSONG dengan data tolok ukur berskala kota (untuk uji beban).")
@click.option("--users", default=20_000, show_default=True, type=click.IntRange(min=1), help="Jumlah pengguna.")
@click.option("--posts", default=200_000, show_default=True, type=click.IntRange(min=1),
              help="Jumlah kiriman (praktik baik, pertanyaan, jawaban, diskusi, balasan).")
@click.option("--ledger", default=None, type=click.IntRange(min=0),
              help="Jumlah baris buku besar reputasi  [bawaan: 5 × --posts]")
@click.option("--seed", default=1, show_default=True, type=int, help="Benih acak: benih sama, data sama.")
@click.option("--manifest", "manifest_path", default=None, type=click.Path(dir_okay=False, path_type=Path),
              help="Berkas JSON untuk pelari uji beban.  [bawaan: instance/bench-manifest.json]")
@with_appcontext
def bench_data(users: int, posts: int, ledger: int | None, seed: int, manifest_path: Path | None):
    from app.config import INSTANCE_DIR
    from bench.benchdata.generator import Refused, Sizes, generate

    manifest_path = manifest_path or INSTANCE_DIR / "bench-manifest.json"

    sizes = Sizes(users=users, posts=posts, ledger=5 * posts if ledger is None else ledger, seed=seed)
    password = os.environ.get("BENCH_PASSWORD") or DEFAULT_PASSWORD
    click.echo(f"Membuat {_angka(sizes.users)} pengguna, {_angka(sizes.posts)} kiriman, {_angka(sizes.ledger)} baris "
               f"buku besar (benih {sizes.seed}).")
    try:
        result = generate(sizes, password, progress=lambda label, total: click.progressbar(
            length=max(total, 1), label=f"{label:<28}", show_pos=True))
    except Refused as err:
        raise click.ClickException(str(err)) from err
    manifest_path.parent.mkdir(parents=True, exist_ok=True)
    manifest_path.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    click.echo("Waktu per tahap (detik):")
    for phase, seconds in result["elapsed_s"].items():
        click.echo(f"  {phase:<10} {seconds:>8.2f}")
    share = result["ledger_share"]
    click.echo(f"Buku besar: {share['this_month']:.1%} bulan ini, {share['this_year']:.1%} tahun ini.")
    click.echo(f"Manifes: {manifest_path}")
    click.echo(f"Akun uji: {result['bench_user']['email']} (reputasi {_angka(result['bench_user']['reputation'])}). "
               "Jalankan `flask search rebuild` untuk indeks pencarian.")


def _angka(number: int) -> str:
    """12.345: thousands separated the Indonesian way."""
    return f"{number:,}".replace(",", ".")
