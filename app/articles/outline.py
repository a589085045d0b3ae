"""The default outline of a best-practice article (Indonesian, as members write them)."""
from flask_babel import gettext as _


def article_outline() -> str:
    return "\n\n".join([
        "## " + _("Latar Belakang"), _("Apa keadaan sebelum inovasi ini, dan mengapa perlu diubah?"),
        "## " + _("Permasalahan"), _("Masalah apa yang dihadapi pegawai atau masyarakat?"),
        "## " + _("Inovasi/Solusi"), _("Apa yang dilakukan, oleh siapa, dengan alat apa?"),
        "## " + _("Hasil dan Dampak"), _("Apa yang berubah? Sertakan angka bila ada."),
        "## " + _("Cara Menerapkan"), _("Langkah-langkah bagi instansi lain yang ingin meniru."),
        "## " + _("Kontak"), _("Siapa yang dapat dihubungi untuk bertanya?"),
    ]) + "\n"
