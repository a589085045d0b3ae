"""Mail: `langsung` right after the commit (never from an unfinished transaction, never fifteen about one
thread), `harian` as one digest from `flask mail send-digests`, `mati` nothing."""
from app.extensions import db
from app.threads.services import add_reply


def digest(app) -> str:
    db.session.commit()
    result = app.test_cli_runner().invoke(args=["mail", "send-digests"])
    assert result.exit_code == 0, result.output
    return result.output


def test_immediate_mail_after_the_commit(member, make_user, make_thread, make_reply, prefer, mails):
    prefer(member, "langsung")
    thread = make_thread(member, title="Tanda tangan elektronik")
    replier = make_user(agency_code="dinkes", name="Rudi Pembalas")
    reply = make_reply(thread, replier)
    [mail] = mails()
    assert mail["To"] == member.email
    assert mail["Subject"] == "[Simpul ASN] Rudi Pembalas membalas di “Tanda tangan elektronik”"
    body = mail.get_content()
    assert body.startswith("Yth. Siti Anggota,")
    assert f"http://localhost/discussions/replies/{reply.id}" in body
    assert "http://localhost/notifications/settings" in body and "“langsung”" in body
    assert mail.get_content_type() == "text/plain" and not mail.is_multipart()


def test_nothing_leaves_before_the_commit_and_nothing_after_a_rollback(member, make_user, make_thread, prefer, mails):
    prefer(member, "langsung")
    thread = make_thread(member)
    add_reply(thread, make_user(agency_code="dinkes"), "Balasan yang akhirnya dibatalkan.")
    db.session.flush()
    assert mails() == []
    db.session.rollback()
    db.session.commit()
    assert mails() == []


def test_no_new_mail_for_a_thread_while_the_last_one_is_unread(member, make_user, make_thread, make_reply, prefer,
                                                                mails, login_as, notices):
    prefer(member, "langsung")
    thread = make_thread(member)
    people = [make_user(agency_code=code) for code in ("dinkes", "dlh", "dishub", "bappeda")]
    for person in people[:3]:
        make_reply(thread, person)
    assert len(mails(to=member)) == 1
    assert all(n.emailed_at for n in notices(member, full=True))  # covered by the first mail
    login_as(member).post("/notifications/read-all")
    make_reply(thread, people[3])
    assert len(mails(to=member)) == 2


def test_the_daily_digest_groups_by_thread_and_runs_once(app, member, make_user, make_thread, make_reply,
                                                          make_question, make_answer, mails, notices):
    thread = make_thread(member, title="Tanda tangan elektronik")
    for code in ("dinkes", "dlh", "dishub"):
        make_reply(thread, make_user(agency_code=code))
    question = make_question(member, title="Cara mengarsipkan surat?")
    answer = make_answer(question, make_user(agency_code="bappeda", name="Andi Penjawab"))
    assert mails() == []  # the default is the daily digest: nothing at once
    # The first two repliers follow the thread now, so they hear of the later replies too.
    assert digest(app) == "Ringkasan harian terkirim kepada 3 pengguna.\n"
    [mail] = mails(to=member)
    assert "Ringkasan harian: 2 pemberitahuan" in mail["Subject"]
    body = mail.get_content()
    assert "- 3 balasan baru di “Tanda tangan elektronik”" in body
    assert "- Andi Penjawab menjawab “Cara mengarsipkan surat?”" in body
    assert answer.url() in body and answer.url().startswith("http://localhost/")
    assert all(n.emailed_at for n in notices(member, full=True))
    assert digest(app) == "Ringkasan harian terkirim kepada 0 pengguna.\n"
    assert len(mails()) == 3


def test_the_digest_leaves_out_what_was_read_or_hidden(app, member, moderator, make_user, make_thread, make_reply,
                                                       make_question, make_answer, login_as, notices, mails):
    thread = make_thread(member, title="Diskusi yang dibaca")
    make_reply(thread, make_user(agency_code="dinkes"))
    line = notices(member, full=True)[0]
    login_as(member).post(f"/notifications/{line.id}/read")
    question = make_question(member, title="Pertanyaan dengan jawaban iklan?")
    spammer = make_user(agency_code="dlh")
    spam = make_answer(question, spammer, body="Iklan yang kemudian disembunyikan.")
    login_as(moderator).post(f"/moderation/posts/{spam.id}/hide", {"reason": "Iklan."})
    digest(app)
    assert mails(to=member) == []
    [told] = mails(to=spammer)  # the writer of the hidden answer hears why
    assert "Moderator menyembunyikan kiriman Anda" in told.get_content() and "Alasan: Iklan." in told.get_content()


def test_off_means_no_mail_at_all(app, member, make_user, make_thread, make_reply, prefer, mails):
    prefer(member, "mati")
    make_reply(make_thread(member), make_user(agency_code="dinkes"))
    digest(app)
    assert app.test_cli_runner().invoke(args=["mail", "send-pending"]).exit_code == 0
    assert mails() == []


def test_hostile_titles_and_names_stay_plain_text_in_mail(app, member, make_user, make_thread, make_reply, mails):
    thread = make_thread(member, title="<script>alert('judul')</script>")
    make_reply(thread, make_user(name="<b>Tamu</b>", agency_code="dinkes"))
    digest(app)
    [mail] = mails()
    assert mail.get_content_type() == "text/plain" and not mail.is_multipart()
    assert "“<script>alert('judul')</script>”" in mail.get_content()  # text, not markup: nothing runs it


def test_a_failed_send_is_retried_by_send_pending(app, member, make_user, make_thread, make_reply, prefer, mails,
                                                  notices):
    prefer(member, "langsung")
    thread = make_thread(member)
    app.config.update(MAIL_SERVER="127.0.0.1", MAIL_PORT=1)  # nothing listens there: the send fails
    make_reply(thread, make_user(agency_code="dinkes"))
    assert mails() == [] and notices(member, full=True)[0].emailed_at is None
    app.config.update(MAIL_SERVER=None)
    result = app.test_cli_runner().invoke(args=["mail", "send-pending"])
    assert result.output == "Email pemberitahuan langsung terkirim kepada 1 pengguna.\n"
    assert len(mails(to=member)) == 1
    assert app.test_cli_runner().invoke(args=["mail", "send-pending"]).output.endswith("kepada 0 pengguna.\n")
