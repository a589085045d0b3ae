"""Indonesian text analysis shared by both search backends: stopwords, stemming, exceptions, acronyms."""
from __future__ import annotations

import csv
import functools
import threading
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

from Sastrawi.Dictionary.ArrayDictionary import ArrayDictionary
from Sastrawi.Stemmer.Stemmer import Stemmer
from Sastrawi.Stemmer.StemmerFactory import StemmerFactory
from whoosh.analysis import CompositeAnalyzer, Filter, LowercaseFilter, RegexTokenizer, StopFilter

AGENCIES_CSV = Path(__file__).resolve().parent.parent / "data" / "agencies_medan.csv"

# Letters and digits, with hyphenated runs kept together so the stem filter can recognise reduplication
# (kegiatan-kegiatan). Underscores and dots split words: every token we emit is then a plain run of letters
# and digits, which PostgreSQL's `simple` parser keeps as one lexeme, so both backends see the same tokens.
WORD_PATTERN = r"[^\W_]+(?:-[^\W_]+)*"

# Function words only. Removed before stemming: stemming first turns content words into stopwords
# (peserta -> serta, pengadaan -> ada, pendapatan -> dapat) and they would then vanish.
# Deliberately absent because a civil servant searches for them: baik (praktik baik), bagian, tanya, jawab,
# layanan, data, kerja, kinerja, umum, hari, tahun, masa, kota, daerah, baru, cara, contoh, wajib, kata, sama.
STOPWORDS = frozenset(
    # A block of words reads and diffs better than two hundred quoted strings.
    """
    yang dan di ke dari untuk dengan pada ini itu atau juga dalam akan oleh sebagai adalah ialah merupakan
    ada tidak tak bukan belum sudah telah pernah sedang masih bisa dapat boleh harus mesti perlu mau ingin hendak
    kami kita saya aku anda kamu engkau mereka ia dia beliau nya lah kah tah pun
    agar supaya karena sebab jika jikalau kalau bila apabila maka namun tetapi tapi melainkan sedangkan serta
    hingga sampai bagi tentang seperti secara para sang si terhadap kepada daripada antara sejak melalui
    menurut tanpa atas sesuai per bahwa yaitu yakni adapun maupun ataupun walaupun meskipun walau meski
    bahkan lalu kemudian setelah sesudah sebelum ketika saat selama sementara sambil
    apa apakah siapa kapan mana manakah dimana bagaimana mengapa kenapa berapa
    sini situ sana begini begitu demikian tersebut berikut berikutnya
    sebuah seorang suatu segala seluruh semua semuanya setiap tiap masing beberapa berbagai banyak sedikit
    lain lainnya lagi hanya saja pula sangat amat sekali terlalu paling lebih kurang cukup agak hampir
    makin semakin sekitar kira tentu tentunya mungkin memang justru sebenarnya terutama misalnya misal
    tertentu sendiri saling hal sesekali kini sekarang nanti tadi dulu dahulu
    menjadi jadi berdasarkan terdapat sebaiknya sebagian
    mohon silakan silahkan tolong terimakasih
    pak bu
    yg dgn utk krn tsb dll dsb dst sdh tdk blm jg sy aja sih dong deh kok ya yah kalo gimana gak nggak enggak
    """.split()  # noqa: SIM905
)

# Surface form -> the stem to index. Checked before the stemmer, also with a clitic (-nya, -lah ...) attached.
# Three reasons to be here; tests/search/data/asn_words.txt is the evidence, and adding a word there first
# shows whether an entry is needed.
STEM_EXCEPTIONS: dict[str, str] = {
    # Sastrawi is linguistically right but merges words a reader keeps apart (government vs command,
    # performance vs work, participant vs "disertai", procurement vs "mengadakan", revenue vs "mendapat").
    "pemerintah": "pemerintah",
    "pemerintahan": "pemerintah",
    "kepemerintahan": "pemerintah",
    "kinerja": "kinerja",
    "peserta": "peserta",
    "penduduk": "penduduk",
    "kependudukan": "penduduk",
    "pengadaan": "pengadaan",
    "pendapatan": "pendapatan",
    "pendapat": "pendapat",
    "kebijakan": "kebijakan",
    "bagian": "bagian",  # section; would meet berbagi (share)
    "pengalaman": "pengalaman",  # experience; would meet alam (nature)
    "berpengalaman": "pengalaman",
    "alasan": "alasan",  # reason; would meet alas (base)
    "berikan": "beri",  # Sastrawi reads ber-ikan (fish) and meets perikanan
    "setuju": "setuju",  # agree; would meet tujuan (goal)
    "persetujuan": "setuju",
    "menyetujui": "setuju",
    "disetujui": "setuju",
    "undang-undang": "undangundang",  # the law; reduplication would make it undangan (invitation)
    # Sastrawi strips the wrong affix: these would not meet the rest of their family.
    "kelulusan": "lulus",
    "pengesahan": "sah",
    "mengesahkan": "sah",
    "perpajakan": "pajak",
    "tatanan": "tata",
    "pemadam": "padam",
    "pemadaman": "padam",
    "memadamkan": "padam",
    "perawat": "rawat",
    "perawatan": "rawat",
    "pariwisata": "wisata",
    "kepariwisataan": "wisata",
    "menyurati": "surat",
    "memvalidasi": "validasi",
    "divalidasi": "validasi",
    "berdiskusi": "diskusi",
    "menyepakati": "sepakat",
    "disepakati": "sepakat",
    "berbasis": "basis",
    "memesan": "pesan",
    "pemesanan": "pesan",
    "dipesan": "pesan",
    "kerusakan": "rusak",
    "mengenali": "kenal",
    "dikenali": "kenal",
    "dikuasai": "kuasa",
    "penegakan": "tegak",
    "berlapis": "lapis",
    "belasan": "belas",
    "sepekan": "pekan",
    "memakainya": "pakai",
    "dikurangi": "kurang",
    "kerumitan": "rumit",
    "mengunjungi": "kunjung",
    "mengetik": "ketik",  # Sastrawi gives etik (ethics, as in kode etik)
    "ketikan": "ketik",
    "pemetaan": "peta",
    "memetakan": "peta",
    "terasa": "rasa",
    "perasaan": "rasa",
    "mengira": "kira",
    "beragam": "ragam",
    "merubah": "ubah",  # common misspelling of mengubah; rubah is a fox
    # Spelling variants people type, mapped to the standard (KBBI) form.
    "praktek": "praktik",
    "mempraktekkan": "praktik",
    "dipraktekkan": "praktik",
    "ijin": "izin",
    "perijinan": "izin",
    "mengijinkan": "izin",
    "diijinkan": "izin",
    "analisa": "analisis",
    "menganalisa": "analisis",
    "menganalisis": "analisis",  # Sastrawi gives analis, the job title (Analis Kepegawaian)
    "resiko": "risiko",
    "beresiko": "risiko",
    "propinsi": "provinsi",
    "jadual": "jadwal",
    "nomer": "nomor",
    "karir": "karier",
    "obyek": "objek",
    "subyek": "subjek",
    "sistim": "sistem",
    "kwalitas": "kualitas",
    "aktifitas": "aktivitas",
    "efektifitas": "efektivitas",
    "produktifitas": "produktivitas",
    "hirarki": "hierarki",
    "sekertaris": "sekretaris",
    "kadaluarsa": "kedaluwarsa",
    "kadaluwarsa": "kedaluwarsa",
    "kwitansi": "kuitansi",
    "apotik": "apotek",
    "antri": "antre",
    "antrian": "antre",
    "ijasah": "ijazah",
    "nasehat": "nasihat",
}

# Abbreviations that are not agency short names (those come from AGENCIES_CSV). Each expands to words that
# are analysed like any text, so an expansion may itself use an acronym (setwan -> sekretariat dprd).
_COMMON_ACRONYMS = {
    "asn": "aparatur sipil negara",
    "pns": "pegawai negeri sipil",
    "cpns": "calon pegawai negeri sipil",
    "pppk": "pegawai pemerintah dengan perjanjian kerja",
    "p3k": "pegawai pemerintah dengan perjanjian kerja",  # also first-aid kit; here it almost always means PPPK
    "thl": "tenaga harian lepas",
    "opd": "organisasi perangkat daerah",
    "skpd": "satuan kerja perangkat daerah",
    "pemko": "pemerintah kota",  # Medan writes Pemko Medan
    "pemkot": "pemerintah kota",
    "pemprov": "pemerintah provinsi",
    "pemda": "pemerintah daerah",
    "sekda": "sekretaris daerah",
    "wawali": "wakil wali kota",
    "kadis": "kepala dinas",
    "kaban": "kepala badan",
    "kabid": "kepala bidang",
    "kabag": "kepala bagian",
    "kasubbag": "kepala subbagian",
    "plt": "pelaksana tugas",
    "plh": "pelaksana harian",
    "sk": "surat keputusan",
    "sop": "standar operasional prosedur",
    "skp": "sasaran kinerja pegawai",
    "tpp": "tambahan penghasilan pegawai",
    "nip": "nomor induk pegawai",
    "nik": "nomor induk kependudukan",
    "ktp": "kartu tanda penduduk",
    "kk": "kartu keluarga",
    "tte": "tanda tangan elektronik",
    "ttd": "tanda tangan",
    "bsre": "balai sertifikasi elektronik",
    "spbe": "sistem pemerintahan berbasis elektronik",
    "sipd": "sistem informasi pemerintahan daerah",
    "simpeg": "sistem informasi kepegawaian",
    "siasn": "sistem informasi asn",
    "bkn": "badan kepegawaian negara",
    "kemenpanrb": "kementerian pendayagunaan aparatur negara dan reformasi birokrasi",
    "jp": "jam pelajaran",
    "diklat": "pendidikan dan pelatihan",
    "latsar": "pelatihan dasar",
    "bimtek": "bimbingan teknis",
    "pkp": "pelatihan kepemimpinan pengawas",
    "pka": "pelatihan kepemimpinan administrator",
    "jpt": "jabatan pimpinan tinggi",
    "jf": "jabatan fungsional",
    "jft": "jabatan fungsional tertentu",
    "rb": "reformasi birokrasi",
    "zi": "zona integritas",
    "wbk": "wilayah bebas dari korupsi",
    "wbbm": "wilayah birokrasi bersih dan melayani",
    "ikm": "indeks kepuasan masyarakat",
    "skm": "survei kepuasan masyarakat",
    "mpp": "mal pelayanan publik",
    "ptsp": "pelayanan terpadu satu pintu",
    "umkm": "usaha mikro kecil dan menengah",
    "ukm": "usaha kecil dan menengah",
    "rsud": "rumah sakit umum daerah",
    "puskesmas": "pusat kesehatan masyarakat",
    "posyandu": "pos pelayanan terpadu",
    "sdm": "sumber daya manusia",
    "tik": "teknologi informasi dan komunikasi",
    "kominfo": "komunikasi dan informatika",
    "apbd": "anggaran pendapatan dan belanja daerah",
    "apbn": "anggaran pendapatan dan belanja negara",
    "dpa": "dokumen pelaksanaan anggaran",
    "rka": "rencana kerja dan anggaran",
    "renstra": "rencana strategis",
    "renja": "rencana kerja",
    "rpjmd": "rencana pembangunan jangka menengah daerah",
    "musrenbang": "musyawarah perencanaan pembangunan",
    "lakip": "laporan akuntabilitas kinerja instansi pemerintah",
    "sakip": "sistem akuntabilitas kinerja instansi pemerintah",
    "lkjip": "laporan kinerja instansi pemerintah",
    "lhkpn": "laporan harta kekayaan penyelenggara negara",
    "lhkasn": "laporan harta kekayaan aparatur sipil negara",
    "sppd": "surat perintah perjalanan dinas",
    "pbj": "pengadaan barang dan jasa",
    "lpse": "layanan pengadaan secara elektronik",
    "ppk": "pejabat pembuat komitmen",
    "pptk": "pejabat pelaksana teknis kegiatan",
    "lkpp": "lembaga kebijakan pengadaan barang jasa pemerintah",
    "bpk": "badan pemeriksa keuangan",
    "bpkp": "badan pengawasan keuangan dan pembangunan",
    "kpk": "komisi pemberantasan korupsi",
    "apip": "aparat pengawasan intern pemerintah",
    "irban": "inspektur pembantu",
    "dprd": "dewan perwakilan rakyat daerah",
    "uu": "undang-undang",
    "pp": "peraturan pemerintah",  # after satpol it is pamong praja: see ACRONYM_PHRASES
    "perpres": "peraturan presiden",
    "permen": "peraturan menteri",
    "perda": "peraturan daerah",
    "perwal": "peraturan wali kota",
    "perwali": "peraturan wali kota",
    "kepwal": "keputusan wali kota",
    "pergub": "peraturan gubernur",
    "ppid": "pejabat pengelola informasi dan dokumentasi",
    "bpjs": "badan penyelenggara jaminan sosial",
    "kb": "keluarga berencana",
    "rt": "rukun tetangga",
    "rw": "rukun warga",
    "kec": "kecamatan",
    "kel": "kelurahan",
    "sumut": "sumatera utara",
    "bpsdm": "badan pengembangan sumber daya manusia",
    # Agencies whose short name in AGENCIES_CSV has several words, and old names still in use.
    "satpol": "satuan polisi pamong praja",
    "satpolpp": "satuan polisi pamong praja",
    "diskop": "dinas koperasi",
    "perindag": "perindustrian dan perdagangan",
    "bpkad": "badan keuangan dan aset daerah",  # the former name of Medan's BKAD: same agency, same words
}

# Closed compounds and their spaced spelling: both must meet (walikota / wali kota, penandatanganan / tanda tangan).
# They go through the same expansion as acronyms.
COMPOUNDS = {
    "walikota": "wali kota",
    "kerjasama": "kerja sama",
    "bekerjasama": "kerja sama",
    "tandatangan": "tanda tangan",
    "penandatanganan": "tanda tangan",
    "menandatangani": "tanda tangan",
    "ditandatangani": "tanda tangan",
    "tanggungjawab": "tanggung jawab",
    "bertanggungjawab": "tanggung jawab",
    "pertanggungjawaban": "tanggung jawab",
    "ketenagakerjaan": "tenaga kerja",
    "keikutsertaan": "ikut serta",
}

# Acronyms written as two words. The pair is read as one acronym so that "PP" after "Satpol" is not
# expanded to peraturan pemerintah.
ACRONYM_PHRASES = {("satpol", "pp"): "satpolpp"}

# Enclitics. Exceptions and acronyms are looked up with them removed (pemerintahnya, sop-nya); for any other
# word the stemmer itself decides, because a word may merely end in these letters (tanya, punya, ilmu).
CLITICS = ("nya", "lah", "kah", "tah", "pun", "ku", "mu")

_UNIT_WORDS = {"dinas": "Dinas ", "bag.": "Bagian "}
_PLACE_SUFFIXES = (" Setda Kota Medan", " Kota Medan")


def agency_acronyms(path: Path = AGENCIES_CSV) -> dict[str, str]:
    """Short names in the agencies list that are abbreviations, with their full names as expansions."""
    found: dict[str, str] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            words = row["short_name"].split()
            name = row["name"]
            for suffix in _PLACE_SUFFIXES:
                name = name.removesuffix(suffix)
            # "Dinas SDABMBK", "Bag. Tapem": the acronym is the last word; the unit word stays in the text.
            if len(words) == 2 and words[0].lower() in _UNIT_WORDS:
                name = name.removeprefix(_UNIT_WORDS[words[0].lower()])
                words = words[1:]
            if len(words) != 1:
                continue  # Satpol PP, RSUD Pirngadi, Kec. Medan Baru: handled in _COMMON_ACRONYMS or not one
            key = words[0].lower()
            # Inspektorat, Bag. Organisasi: a short name that is a word of the full name is no abbreviation.
            if key in name.lower().replace(",", " ").split():
                continue
            found[key] = name.lower()
    return found


ACRONYMS: dict[str, str] = {**agency_acronyms(), **_COMMON_ACRONYMS}
_EXPANSIONS: dict[str, str] = {**ACRONYMS, **COMPOUNDS}
_PHRASE_HEADS = frozenset(head for head, _ in ACRONYM_PHRASES)


@functools.cache
def _sastrawi() -> Stemmer:
    # The plain Stemmer, not the factory's CachedStemmer: stem() below is the one cache, bounded in size.
    return Stemmer(ArrayDictionary(StemmerFactory().get_words()))


def sastrawi_stem(word: str) -> str:
    """The Sastrawi stem of one lowercase word, without exceptions or cache."""
    return _sastrawi().stem_word(word)


def _listed(word: str, table: Mapping[str, str]) -> str | None:
    """The key of `table` that `word` is, possibly with a clitic attached; None when it is none."""
    if word in table:
        return word
    for clitic in CLITICS:
        base = word.removesuffix(clitic)
        if base != word and len(base) >= 2 and base in table:
            return base
    return None


def stem_with(word: str, root: Callable[[str], str], exceptions: Mapping[str, str] = STEM_EXCEPTIONS) -> str:
    """Stem one lowercase word with `root` behind the project's rules; bench/stemmers.py swaps `root`."""
    key = _listed(word, exceptions)
    if key is not None:
        return exceptions[key]
    key = _listed(word, _EXPANSIONS)
    if key is not None:
        return key  # left for AcronymFilter; a stemmer would mangle it (dispora -> spora, diskop -> skop)
    if len(word) <= 3 or any(ch.isdigit() for ch in word):
        return word
    return root(word)


@functools.lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The stem the index uses for one lowercase word. Module-level so no filter carries a stemmer."""
    return stem_with(word, sastrawi_stem)


def split_hyphenated(text: str) -> list[tuple[str, int, int]]:
    """Stems of a hyphenated token with their character spans: one stem for reduplication, else one per part."""
    if _listed(text, STEM_EXCEPTIONS) is not None:
        return [(stem(text), 0, len(text))]
    spans: list[tuple[str, int, int]] = []
    start = 0
    for part in text.split("-"):
        if part in CLITICS and spans:  # sop-nya, kegiatan-kegiatan-nya: the clitic belongs to the word before
            word, begin, _ = spans[-1]
            spans[-1] = (word + part, begin, start + len(part))
        else:
            spans.append((part, start, start + len(part)))
        start += len(part) + 1
    kept = [(stem(word), begin, end) for word, begin, end in spans if len(word) >= 2 and word not in STOPWORDS]
    if len(kept) > 1 and len({word for word, _, _ in kept}) == 1:
        # kegiatan-kegiatan, surat-menyurat, berbeda-beda: the base once, so a plural does not count twice.
        return [(kept[0][0], 0, len(text))]
    return kept  # e-kinerja -> kinerja, covid-19 -> covid 19; [] for masing-masing, whose base is a stopword


class IndonesianStemFilter(Filter):
    """Replaces each token by its stem (a hyphenated token by one or more stems), renumbering positions."""

    is_morph = True

    def __call__(self, tokens: Iterator) -> Iterator:
        shift = 0  # how far later positions move because a token became zero or several tokens
        for t in tokens:
            if t.positions:
                t.pos += shift
            if t.stopped:
                yield t
                continue
            if "-" not in t.text:
                t.text = stem(t.text)
                yield t
                continue
            pieces = split_hyphenated(t.text)
            if not pieces:
                shift -= 1
                if not t.removestops:
                    t.stopped = True
                    yield t
                continue
            pos = t.pos if t.positions else 0
            startchar = t.startchar if t.chars else 0
            for i, (piece, begin, end) in enumerate(pieces):
                t.text = piece
                if t.positions:
                    t.pos = pos + i
                if t.chars:
                    t.startchar, t.endchar = startchar + begin, startchar + end
                yield t
            shift += len(pieces) - 1


@functools.cache
def expansion(word: str) -> tuple[str, ...]:
    """The analysed words an acronym or compound stands for; the word itself when it is neither."""
    if word not in _EXPANSIONS:
        return (word,)
    # Per thread: two requests expanding the same acronym at once are no cycle.
    active = _expanding.__dict__.setdefault("words", set())
    if word in active:
        raise ValueError(f"acronym {word!r} expands to itself through {sorted(active)}")
    active.add(word)
    try:
        return tuple(analyze(_EXPANSIONS[word]))
    finally:
        active.discard(word)


_expanding = threading.local()


class AcronymFilter(Filter):
    """Replaces an acronym or closed compound by the stems of its expansion, at consecutive positions.

    The same in index and query mode, and the acronym itself is not kept: "Diskominfo" and "Dinas
    Komunikasi dan Informatika" become the same tokens, so either spelling finds both, phrases across an
    acronym still match, and the flat list from analyze() keeps true positions for PostgreSQL.
    """

    is_morph = True

    def __call__(self, tokens: Iterator) -> Iterator:
        shift = 0
        held = None  # a copy of a token that may start a two-word acronym (satpol, then pp?)
        for t in tokens:
            if held is not None:
                joined = None if t.stopped else ACRONYM_PHRASES.get((held.text, t.text))
                if joined is not None:
                    held.text = joined
                    if held.chars:
                        held.endchar = t.endchar
                    yield from _expanded(held, shift)
                    shift += len(expansion(joined)) - 2  # the second word is absorbed
                    held = None
                    continue
                words = len(expansion(held.text))
                yield from _expanded(held, shift)
                shift += words - 1
                held = None
            if not t.stopped and t.text in _PHRASE_HEADS:
                held = t.copy()
                continue
            words = 1 if t.stopped else len(expansion(t.text))
            yield from _expanded(t, shift)
            shift += words - 1
        if held is not None:
            yield from _expanded(held, shift)


def _expanded(t, shift: int) -> Iterator:
    pos = t.pos + shift if t.positions else 0
    if t.stopped or t.text not in _EXPANSIONS:
        if t.positions:
            t.pos = pos
        yield t
        return
    for i, word in enumerate(expansion(t.text)):
        t.text = word
        if t.positions:
            t.pos = pos + i
        yield t


class IndonesianStopFilter(StopFilter):
    """StopFilter(stoplist=STOPWORDS, minsize=2) that pickles as a reference to this module.

    Whoosh pickles the schema, analyzer included, into the index's TOC. By reference, the TOC stays small and
    the list in this file is the one in force, as the stemmer and acronyms already are (by reference).
    """

    def __init__(self) -> None:
        super().__init__(stoplist=STOPWORDS, minsize=2)

    def __reduce__(self):
        return (IndonesianStopFilter, ())


def indonesian_analyzer() -> CompositeAnalyzer:
    """The Whoosh analyzer for Indonesian text fields. Changing anything it uses needs `flask search rebuild`."""
    return (
        RegexTokenizer(expression=WORD_PATTERN)
        | LowercaseFilter()
        | IndonesianStopFilter()
        | IndonesianStemFilter()
        | AcronymFilter()
    )


@functools.cache
def _analyzer() -> CompositeAnalyzer:
    return indonesian_analyzer()


def analyze(text: str) -> list[str]:
    """The tokens the Whoosh analyzer indexes for `text`, in position order (index i is position i).

    For PostgreSQL: store to_tsvector('simple', ' '.join(analyze(body))) and search with the same function
    applied to the query (' & '.join for all words, ' <-> '.join for a phrase), so both backends agree.
    Queries and documents are analysed alike.
    """
    return [t.text for t in _analyzer()(text)]
