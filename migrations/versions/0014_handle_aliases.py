"""Handles without titles: members change their @handle once; former handles are kept as aliases.

Existing handles made from a name with degrees or honorifics ("dr.rina.ruslan.s.kom") are made again
without them ("rina.ruslan"); the old handle becomes an alias, so mentions already written still reach
the member, and the member's one change is not used up.

Revision ID: 0014_handle_aliases
Revises: 0013_reputation_rollups
Create Date: 2026-12-06 22:15:00

"""
import re
import unicodedata

import sqlalchemy as sa
from alembic import op

revision = '0014_handle_aliases'
down_revision = '0013_reputation_rollups'
branch_labels = None
depends_on = None

# A copy of app/data/academic_titles.txt and app.accounts.handles as they are at this revision: a
# migration must not change with the app.
TITLES = """
Prof. Dr. dr. drg. Drs. Dra. Ir. H. Hj. KH. Ns. Apt. Bc. Ust. Ustz. Ph.D. MBA MPA MPH M.Si. M.Kom.
M.Pd. M.M. M.H. M.T. M.AP. M.Kes. M.Ak. M.Sc. M.A. M.E. M.Hum. M.Psi. M.Farm. M.Kn. M.Eng. M.Ag.
M.Sos. M.IP. M.Stat. M.Ars. M.Acc. M.Han. M.Tr. Sp.A. Sp.PD. Sp.OG. Sp.B. Sp.KK. Sp.M. Sp.THT.
Sp.N. Sp.JP. Sp.Rad. Sp.An. S.Kom. S.E. S.H. S.Pd. S.Pd.I. S.Sos. S.T. S.ST. S.Kep. S.Ked. S.Farm.
S.IP. S.I.P. S.Si. S.Ak. S.AP. S.Psi. S.Hum. S.Ag. S.KM. S.Gz. S.Tr. S.Tr.Kes. S.Stat. S.Ars.
S.I.Kom. S.Ikom. S.H.I. S.Th. S.Ds. S.P. S.Pt. S.Kel. S.Hut. S.Sn. S.E.I. S.Sy. S.A.N. S.M. A.Md.
A.Md.Kep. A.Md.Keb. A.Md.Kes. A.Md.Ak. A.Md.Kom. A.Ma. A.Ma.Pd. A.Md.T.
"""
DEGREE_SHAPE = re.compile(r"^(?:[SMDA]|Sp)\.[A-Za-z]{1,5}(?:\.[A-Za-z]{1,5})*\.?$")


def _key(word):
    return re.sub(r"[.\s]+", "", word).casefold()


KEYS = frozenset(_key(word) for word in TITLES.split())


def _is_suffix(word):
    return _key(word) in KEYS and len(_key(word)) > 1 and ("." in word or word.isupper())


def _is_degree(segment):
    words = segment.split()
    return bool(words) and (_key(segment) in KEYS or all(_key(w) in KEYS or DEGREE_SHAPE.match(w) for w in words))


def _strip_titles(name):
    first, *after = (name or "").split(",")
    words = first.split()
    while words and _key(words[0]) in KEYS:
        words.pop(0)
    while len(words) > 1 and _is_suffix(words[-1]):
        words.pop()
    kept = [segment for segment in after if segment.strip() and not _is_degree(segment)]
    return " ".join([" ".join(words), *kept]).strip() or (name or "")


def _slug(text):
    folded = unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode("ascii").lower()
    folded = folded.replace("'", "").replace("\u2019", "")
    return re.sub(r"[^a-z0-9]+", ".", folded).strip(".")[:30].strip(".")


def _free_handle(base, taken):
    if base not in taken:
        return base
    stem = f"{base}." if base[-1].isdigit() else base
    number = 2
    while f"{stem}{number}" in taken:
        number += 1
    return f"{stem}{number}"


def _rehandle_titled():
    """Members whose name carries titles get a handle without them, the oldest account first."""
    conn = op.get_bind()
    users = sa.table("users", sa.column("id", sa.Integer), sa.column("name", sa.String),
                     sa.column("handle", sa.String))
    aliases = sa.table("handle_aliases", sa.column("handle", sa.String), sa.column("user_id", sa.Integer),
                       sa.column("created_at", sa.DateTime))
    rows = conn.execute(sa.select(users.c.id, users.c.name, users.c.handle).order_by(users.c.id)).all()
    taken = {handle for _, _, handle in rows}
    now = sa.func.current_timestamp()
    for user_id, name, handle in rows:
        base = _slug(_strip_titles(name)) or _slug(name) or "asn"
        if base == (_slug(name) or "asn"):
            continue  # no titles in the name: the handle stays
        new = _free_handle(base, taken)
        taken.add(new)
        conn.execute(aliases.insert().values(handle=handle, user_id=user_id, created_at=now))
        conn.execute(users.update().where(users.c.id == user_id).values(handle=new))


def upgrade():
    op.create_table('handle_aliases',
    sa.Column('handle', sa.String(length=40), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_handle_aliases_user_id_users'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('handle', name=op.f('pk_handle_aliases'))
    )
    with op.batch_alter_table('handle_aliases', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_handle_aliases_user_id'), ['user_id'], unique=False)
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.add_column(sa.Column('handle_changed_at', sa.DateTime(), nullable=True))
    _rehandle_titled()


def downgrade():
    # Handles stay as they are now; the aliases and the record of a change go.
    # A plain DROP COLUMN (SQLite 3.35+): a batch copy of `users` would drop the old table, and with foreign
    # keys on, its ON DELETE CASCADE would empty the ledger and everything else that points at users.
    op.drop_column('users', 'handle_changed_at')
    with op.batch_alter_table('handle_aliases', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_handle_aliases_user_id'))
    op.drop_table('handle_aliases')
