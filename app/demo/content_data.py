"""Demo content written for Simpul ASN: best practices, their revisions, questions, answers and discussions."""
from dataclasses import dataclass


@dataclass(frozen=True)
class ArticleData:
    author: str
    title: str
    tags: tuple[str, ...]
    body: str


@dataclass(frozen=True)
class RevisionData:
    article: str  # the title of an article in ARTICLES
    editor: str
    summary: str
    body: str  # the new full body


@dataclass(frozen=True)
class AnswerData:
    author: str
    body: str


@dataclass(frozen=True)
class CommentData:
    author: str
    body: str
    answer: int | None = None  # index into the question's answers; None comments on the question itself


@dataclass(frozen=True)
class QuestionData:
    author: str
    title: str
    tags: tuple[str, ...]
    body: str
    answers: tuple[AnswerData, ...] = ()
    accepted: int | None = None  # index into answers
    comments: tuple[CommentData, ...] = ()


@dataclass(frozen=True)
class ReplyData:
    author: str
    body: str


@dataclass(frozen=True)
class ThreadData:
    author: str
    category: str
    title: str
    body: str
    replies: tuple[ReplyData, ...]


# The demo people (app/demo/people.py), by the address demo_email() gives them.
ADMIN = "admin@simpul.test"
RINA = "moderator@simpul.test"
HENDRA = "pimpinan@simpul.test"
SITI = "siti.lubis@simpul.test"
BUDI = "budi.nasution@simpul.test"
DEWI = "dewi.siregar@simpul.test"
AHMAD = "ahmad.harahap@simpul.test"
MARIA = "maria.simanjuntak@simpul.test"
RIZKY = "rizky.daulay@simpul.test"
NURHAYATI = "nurhayati.tanjung@simpul.test"
JONATHAN = "jonathan.hutagalung@simpul.test"
LESTARI = "lestari.wulandari@simpul.test"
ANDI = "andi.ginting@simpul.test"
FITRI = "fitri.pohan@simpul.test"
TEGUH = "teguh.wibowo@simpul.test"
YOHANA = "yohana.sembiring@simpul.test"
IQBAL = "muhammad.rangkuti@simpul.test"
SRI = "sri.batubara@simpul.test"
HENDRIK = "hendrik.manurung@simpul.test"
PUTRI = "putri.lestari@simpul.test"
AGUS = "agus.pulungan@simpul.test"
KRISTINA = "kristina.situmorang@simpul.test"
FADLI = "fadli.hasibuan@simpul.test"
RATNA = "ratna.matondang@simpul.test"
IRWAN = "irwan.syahputra@simpul.test"
MELATI = "melati.tarigan@simpul.test"
BONAR = "bonar.simatupang@simpul.test"
WAHYUNI = "wahyuni.siregar@simpul.test"
YUSUF = "yusuf.lubis@simpul.test"
CLARA = "clara.sinaga@simpul.test"
DARMAWAN = "darmawan.purba@simpul.test"
INDAH = "indah.sari@simpul.test"
RUDI = "rudi.sihombing@simpul.test"

# Bodies are Markdown. Paragraphs are wrapped to fit the line length; the loader joins the wrapped lines again.

ARTICLES = (
    ArticleData(
        author=SITI,
        title="Migrasi Arsip Surat Masuk ke Aplikasi Arsip Daring dalam Tiga Bulan",
        tags=("adaptif", "arsip-digital", "transformasi-digital"),
        body="""
## Latar Belakang

Setiap hari Sekretariat Diskominfo Kota Medan menerima rata-rata 35 surat masuk dari perangkat daerah, kecamatan,
dan instansi vertikal. Sampai awal tahun lalu, surat dicatat di buku agenda, difotokopi untuk lembar disposisi, lalu
disimpan dalam ordner menurut bulan.

## Permasalahan

Pencarian surat lama dapat memakan waktu setengah jam, terutama jika pimpinan hanya mengingat perihalnya. Lembar
disposisi sering tertahan di meja karena pejabat sedang dinas luar, sehingga tindak lanjut terlambat. Ruang arsip
pun semakin sempit.

## Inovasi/Solusi

Kami memindahkan pencatatan surat masuk ke aplikasi arsip surat daring yang dapat diakses melalui peramban. Surat
fisik dipindai pada hari yang sama, diberi metadata (nomor, tanggal, pengirim, perihal, dan klasifikasi), lalu
didisposisikan secara elektronik. Pejabat dapat memberi disposisi dari telepon genggam ketika berada di luar kantor.
Arsip fisik tetap disimpan sesuai jadwal retensi, tetapi tidak lagi menjadi sumber pencarian utama.

## Hasil dan Dampak

Dalam tiga bulan, 1.840 surat tercatat di aplikasi. Waktu rata-rata sejak surat diterima sampai disposisi pertama
turun dari 2 hari kerja menjadi 5 jam kerja. Pencarian surat kini rata-rata kurang dari 2 menit, dan pemakaian
kertas fotokopi untuk disposisi berkurang sekitar 60 persen.

## Cara Menerapkan

1. Tetapkan satu petugas penerima surat beserta seorang cadangan.
2. Sepakati kolom metadata wajib dan pola penamaan berkas pindaian.
3. Latih pejabat penerima disposisi selama 30 menit, langsung pada peranti masing-masing.
4. Jalankan pencatatan ganda (buku agenda dan aplikasi) selama dua minggu, lalu hentikan buku agenda.
5. Tinjau bersama setiap akhir bulan surat yang belum ditindaklanjuti.

## Kontak

Siti Aminah Lubis, Pranata Komputer Ahli Muda, Diskominfo Kota Medan. Pertanyaan dapat diajukan melalui fitur Tanya
Jawab Simpul ASN dengan tag `arsip-digital`.
""",
    ),
    ArticleData(
        author=BUDI,
        title="Tanda Tangan Elektronik untuk Nota Dinas: Dari Uji Coba ke Kebiasaan",
        tags=("akuntabel", "tanda-tangan-elektronik", "manajemen-perubahan"),
        body="""
## Latar Belakang

Berapa lama sebuah nota dinas menunggu tanda tangan? Di lingkungan kami jawabannya dahulu bisa tiga hari, karena
pejabat penandatangan kerap mengikuti rapat di luar kantor. Sertifikat elektronik untuk pejabat struktural
sebenarnya sudah diterbitkan, tetapi jarang dipakai.

## Permasalahan

Sebagian pejabat ragu apakah dokumen bertanda tangan elektronik diterima oleh penerima. Staf administrasi juga belum
terbiasa menyiapkan berkas PDF yang siap ditandatangani, sehingga dokumen sering dikembalikan karena formatnya tidak
sesuai.

## Inovasi/Solusi

Kami menjalankan uji coba selama delapan minggu khusus untuk nota dinas internal. Setiap bidang menunjuk satu
operator yang menyiapkan berkas PDF dari templat baku. Pejabat menandatangani melalui aplikasi tanda tangan
elektronik di laptop atau telepon genggam. Setiap Jumat kami mengirim rekap singkat kepada pimpinan: jumlah dokumen,
waktu tunggu, dan kendala yang muncul.

## Hasil dan Dampak

Selama uji coba, 412 nota dinas ditandatangani secara elektronik. Waktu tunggu rata-rata turun dari 2,7 hari menjadi
0,6 hari. Hanya 9 dokumen yang perlu diulang karena salah format, semuanya pada dua minggu pertama. Setelah uji
coba, penggunaan diperluas ke surat keluar dan undangan.

## Cara Menerapkan

1. Pastikan sertifikat elektronik pejabat aktif dan kata sandinya dikuasai oleh pemiliknya sendiri.
2. Siapkan templat nota dinas dengan ruang tanda tangan yang tetap.
3. Tunjuk operator per bidang dan latih cara mengekspor dokumen ke PDF.
4. Mulai dari dokumen internal yang risikonya rendah.
5. Ukur waktu tunggu sebelum dan sesudah, lalu laporkan kepada pimpinan setiap minggu.

## Kontak

Budi Santoso Nasution, Analis Kebijakan, Diskominfo Kota Medan. Saya bersedia berbagi templat nota dinas kepada OPD
yang ingin memulai.
""",
    ),
    ArticleData(
        author=DEWI,
        title="Memenuhi 20 JP Pengembangan Kompetensi melalui Komunitas Belajar Internal",
        tags=("kompeten", "komunitas-belajar", "pengembangan-kompetensi"),
        body="""
## Latar Belakang

Setiap ASN berhak dan wajib mengikuti pengembangan kompetensi paling sedikit 20 jam pelajaran (JP) setiap tahun.
Data BKPSDM Kota Medan pada akhir tahun lalu menunjukkan masih banyak pegawai yang belum memenuhi angka tersebut,
terutama jabatan pelaksana di unit pelayanan.

## Permasalahan

Kuota pelatihan klasikal terbatas dan biayanya tidak kecil. Pegawai di loket pelayanan juga sulit meninggalkan
tempat tugas selama beberapa hari. Akibatnya pengembangan kompetensi dianggap sebagai kesempatan bagi segelintir
orang saja.

## Inovasi/Solusi

Kami merintis komunitas belajar internal. Setiap dua minggu, satu pegawai yang menguasai suatu keterampilan memandu
sesi 90 menit, misalnya mengolah data dengan lembar kerja, menulis surat dinas yang ringkas, atau melayani warga
yang kecewa. Sesi dicatat dalam daftar hadir daring, disertai tugas singkat, lalu direkap sebagai pembelajaran
nonklasikal setelah diverifikasi atasan langsung.

## Hasil dan Dampak

Dalam satu semester terselenggara 11 sesi dengan 264 kehadiran. Sebanyak 71 pegawai memperoleh tambahan 6 sampai 12
JP. Dua peserta kemudian menjadi pemandu sesi berikutnya. Biaya yang dikeluarkan hanya untuk konsumsi sederhana dan
cetak sertifikat.

## Cara Menerapkan

1. Petakan keterampilan yang dibutuhkan unit Anda dan pegawai yang dapat mengajarkannya.
2. Susun jadwal tetap, misalnya Kamis minggu kedua dan keempat pukul 14.00.
3. Gunakan daftar hadir daring dan tugas singkat sebagai bukti belajar.
4. Koordinasikan pengakuan JP dengan BKPSDM sejak awal.
5. Berikan apresiasi kepada pemandu sesi, misalnya surat penghargaan dari kepala perangkat daerah.

## Kontak

Dewi Kartika Siregar, Analis Pengembangan Kompetensi, BKPSDM Kota Medan.
""",
    ),
    ArticleData(
        author=AHMAD,
        title="Workshop Literasi Data bersama Universitas Sumatera Utara",
        tags=("kolaboratif", "kerja-sama-kampus", "data", "pelatihan"),
        body="""
## Latar Belakang

Hampir semua perangkat daerah mengumpulkan data, tetapi tidak banyak yang mengolahnya menjadi bahan keputusan. Dalam
forum perencanaan, pimpinan berulang kali meminta data yang disajikan lebih ringkas dan dapat dibandingkan
antarwaktu.

## Permasalahan

Pelatihan pengolahan data yang tersedia umumnya bersifat umum dan memakai contoh yang jauh dari pekerjaan pemerintah
daerah. Peserta pulang dengan sertifikat, tetapi tidak membawa hasil yang langsung dapat dipakai.

## Inovasi/Solusi

BKPSDM bekerja sama dengan dosen dan mahasiswa Program Studi Ilmu Komputer Universitas Sumatera Utara (USU)
menyelenggarakan workshop literasi data selama tiga hari. Setiap peserta membawa satu set data dari kantornya
sendiri, misalnya rekap kunjungan puskesmas atau jumlah pemohon layanan. Hari pertama membahas pembersihan data,
hari kedua tabel pivot dan grafik, dan hari ketiga penyusunan dasbor sederhana. Mahasiswa bertindak sebagai
pendamping kelompok kecil.

## Hasil dan Dampak

Workshop diikuti 36 ASN dari 14 perangkat daerah. Sebanyak 29 peserta menyelesaikan dasbor dari datanya sendiri, dan
8 di antaranya kini dipakai dalam rapat bulanan. Nilai rata-rata tes akhir naik dari 54 menjadi 78. Peserta
memperoleh pengakuan 24 JP.

## Cara Menerapkan

1. Hubungi Bagian Kerjasama Setda untuk memastikan payung kerja sama dengan kampus sudah ada.
2. Sepakati silabus bersama dosen dengan contoh dari pekerjaan peserta.
3. Minta peserta menyiapkan data kantornya sendiri dan menyamarkan data pribadi.
4. Libatkan mahasiswa sebagai pendamping dengan rasio satu pendamping untuk lima peserta.
5. Tindak lanjuti satu bulan kemudian: dasbor mana yang benar-benar dipakai?

## Kontak

Ahmad Fauzi Harahap, Kepala Bidang Pengembangan SDM, BKPSDM Kota Medan.
""",
    ),
    ArticleData(
        author=MARIA,
        title="Dasbor Kasus DBD Mingguan dari Laporan Puskesmas",
        tags=("berorientasi-pelayanan", "data", "dasbor", "kesehatan"),
        body="""
## Latar Belakang

Musim hujan selalu membawa kekhawatiran akan demam berdarah dengue. Dinas Kesehatan Kota Medan menerima laporan
kasus dari 41 puskesmas setiap minggu, tetapi laporan tersebut datang dalam berbagai format.

## Permasalahan

Petugas surveilans menghabiskan hampir dua hari kerja setiap minggu untuk menyalin angka dari berkas yang
berbeda-beda. Ketika rekap selesai, informasinya sudah terlambat untuk menentukan lokasi fogging dan pemberantasan
sarang nyamuk.

## Inovasi/Solusi

Kami membuat satu formulir daring yang seragam untuk laporan mingguan. Jawaban formulir langsung masuk ke lembar
kerja bersama, dan dari lembar kerja itu disusun dasbor yang menampilkan jumlah kasus per kecamatan, tren empat
minggu terakhir, serta kelurahan dengan kenaikan tertinggi. Dasbor dibagikan kepada kepala puskesmas dan camat dalam
mode hanya baca.

## Hasil dan Dampak

Waktu rekap turun dari sekitar 14 jam menjadi kurang dari 2 jam per minggu. Sebanyak 39 dari 41 puskesmas melapor
tepat waktu pada bulan ketiga. Camat di Medan Johor dan Medan Tuntungan memakai dasbor untuk menggerakkan kegiatan
kebersihan lingkungan pada minggu yang sama ketika kenaikan kasus terlihat.

## Cara Menerapkan

1. Samakan definisi data terlebih dahulu: kasus apa yang dihitung dan kapan batas waktu laporan.
2. Buat formulir dengan pilihan tetap untuk nama puskesmas dan kelurahan agar penulisan seragam.
3. Pisahkan lembar data mentah dari lembar olahan.
4. Tampilkan sedikit grafik saja, yang menjawab pertanyaan pimpinan.
5. Tetapkan satu penanggung jawab pemeriksaan data setiap Senin pagi.

## Kontak

Maria Theresia Simanjuntak, Epidemiolog Kesehatan, Dinas Kesehatan Kota Medan.
""",
    ),
    ArticleData(
        author=RIZKY,
        title="Antrean Daring Layanan Adminduk: Mengurangi Penumpukan Pagi Hari",
        tags=("berorientasi-pelayanan", "antrean-daring", "pelayanan-publik"),
        body="""
## Latar Belakang

Pukul 06.30 pagi, puluhan warga sudah berdiri di depan kantor pelayanan administrasi kependudukan, padahal loket
baru dibuka pukul 08.00. Pemandangan ini kami anggap sebagai tanda bahwa pengaturan antrean harus berubah.

## Permasalahan

Nomor antrean fisik habis dalam satu jam pertama. Warga yang datang dari Medan Belawan atau Medan Marelan sering
pulang tanpa dilayani. Petugas juga kelelahan karena beban kerja menumpuk di pagi hari dan sepi pada siang hari.

## Inovasi/Solusi

Kami membuka pengambilan nomor antrean secara daring untuk layanan kartu keluarga, akta kelahiran, dan perubahan
data. Warga memilih tanggal dan rentang jam kedatangan, lalu menerima kode antrean. Kuota setiap rentang jam diatur
sesuai jumlah petugas. Sebanyak 30 persen kuota tetap disediakan untuk warga yang datang langsung, terutama lansia
dan penyandang disabilitas.

## Hasil dan Dampak

Setelah empat bulan, 62 persen pemohon datang dengan antrean daring. Waktu tunggu rata-rata di kantor turun dari 2
jam 10 menit menjadi 48 menit. Keluhan tentang antrean di kanal pengaduan berkurang dari 37 menjadi 12 per bulan.

## Cara Menerapkan

1. Hitung kapasitas layanan per jam berdasarkan jumlah petugas dan lama layanan rata-rata.
2. Bagi hari menjadi rentang jam dengan kuota yang realistis.
3. Sisakan kuota untuk warga yang datang langsung.
4. Umumkan perubahan melalui kelurahan, media sosial, dan spanduk di kantor.
5. Evaluasi setiap bulan: rentang jam mana yang selalu penuh dan mana yang sepi?

## Kontak

Rizky Pratama Daulay, Administrator Database Kependudukan, Disdukcapil Kota Medan.
""",
    ),
    ArticleData(
        author=NURHAYATI,
        title="Supervisi Sekolah dengan Formulir Daring dan Penyimpanan Awan",
        tags=("adaptif", "penyimpanan-awan", "pendidikan"),
        body="""
## Latar Belakang

Sebagai pengawas sekolah, saya membina 12 sekolah dasar di wilayah Medan Sunggal dan Medan Helvetia. Setiap
kunjungan supervisi menghasilkan instrumen penilaian, catatan pembinaan, dan foto kegiatan.

## Permasalahan

Instrumen diisi di atas kertas lalu diketik ulang di kantor. Foto tersimpan di telepon genggam dan sering hilang
ketika memori penuh. Kepala sekolah baru menerima catatan pembinaan satu sampai dua minggu setelah kunjungan,
sehingga perbaikan terlambat dimulai.

## Inovasi/Solusi

Instrumen supervisi saya ubah menjadi formulir daring yang dapat diisi dari tablet saat berada di kelas. Setiap
sekolah memiliki folder di penyimpanan awan dinas, berisi hasil formulir, foto, dan rencana tindak lanjut. Kepala
sekolah diberi akses lihat ke folder sekolahnya sendiri, sehingga catatan pembinaan dapat dibaca pada hari yang
sama.

## Hasil dan Dampak

Dalam satu semester saya melaksanakan 48 kunjungan supervisi tanpa mengetik ulang satu instrumen pun. Catatan
pembinaan sampai ke kepala sekolah rata-rata 1 hari setelah kunjungan. Rekap semester untuk kepala dinas tersusun
dalam setengah hari, sebelumnya memerlukan hampir satu minggu.

## Cara Menerapkan

1. Ubah instrumen supervisi menjadi pertanyaan bertipe pilihan sejauh mungkin.
2. Buat struktur folder yang sama untuk setiap sekolah.
3. Atur hak akses per folder, bukan per berkas.
4. Unggah foto setiap selesai kunjungan, jangan menunggu akhir minggu.
5. Bagikan contoh kepada sesama pengawas dalam rapat koordinasi.

## Kontak

Nurhayati Tanjung, Pengawas Sekolah, Dinas Pendidikan dan Kebudayaan Kota Medan.
""",
    ),
    ArticleData(
        author=JONATHAN,
        title="Menyusun Rencana Kerja Bersama dengan Dokumen Kolaboratif",
        tags=("kolaboratif", "dokumen-bersama", "perencanaan"),
        body="""
## Latar Belakang

Penyusunan rencana kerja perangkat daerah melibatkan banyak bidang dan banyak versi dokumen. Di Bappeda kami pernah
menerima tujuh berkas dengan nama akhiran "final", "final revisi", dan "final fix" untuk satu bab yang sama.

## Permasalahan

Penggabungan bab dari berbagai bidang memakan waktu dan rawan kesalahan. Perubahan angka pagu di satu bab tidak
selalu diikuti bab lain. Rapat pembahasan habis untuk memastikan semua orang membaca versi yang sama.

## Inovasi/Solusi

Kami beralih ke satu dokumen kolaboratif di penyimpanan awan kantor. Setiap bidang menulis langsung pada bagian
masing-masing dengan mode saran, sehingga perubahan terlihat dan dapat diterima atau ditolak oleh koordinator. Tabel
angka ditautkan dari satu lembar kerja induk, sehingga perubahan pagu otomatis tampak di semua bagian. Riwayat versi
menggantikan kebiasaan menyimpan berkas dengan nama berbeda.

## Hasil dan Dampak

Penyusunan rancangan rencana kerja selesai 9 hari lebih cepat dibandingkan tahun sebelumnya. Jumlah selisih angka
yang ditemukan pada tahap verifikasi turun dari 23 menjadi 4. Rapat pembahasan berkurang dari enam menjadi tiga
kali.

## Cara Menerapkan

1. Tunjuk satu koordinator dokumen yang berwenang menerima atau menolak saran.
2. Buat kerangka dokumen dan pembagian bagian sebelum undangan menulis dikirim.
3. Gunakan mode saran untuk semua penulis selain koordinator.
4. Letakkan semua angka di lembar kerja induk dan tautkan ke dokumen.
5. Kunci dokumen setelah ditetapkan dan simpan salinan PDF sebagai arsip.

## Kontak

Jonathan Hutagalung, Perencana Ahli Muda, Bappeda Kota Medan.
""",
    ),
    ArticleData(
        author=LESTARI,
        title="Pengaduan Pencemaran Lingkungan yang Terlacak dari Laporan sampai Tindak Lanjut",
        tags=("berorientasi-pelayanan", "pengaduan", "pelayanan-publik", "lingkungan"),
        body="""
## Latar Belakang

Bau menyengat dari saluran air, asap pembakaran sampah, dan limbah usaha rumahan adalah tiga jenis pengaduan yang
paling sering kami terima. Warga melapor melalui telepon, media sosial, surat, bahkan datang langsung ke kantor.

## Permasalahan

Pengaduan tercatat di beberapa buku dan percakapan pesan yang terpisah. Warga tidak mengetahui apakah laporannya
sudah ditindaklanjuti, sehingga melapor ulang melalui kanal lain. Pimpinan juga sulit mengetahui berapa pengaduan
yang masih terbuka.

## Inovasi/Solusi

Semua pengaduan kini dicatat dalam satu register daring dengan nomor tiket. Petugas yang menerima pengaduan melalui
kanal apa pun wajib memasukkannya ke register dalam hari yang sama. Setiap tiket memiliki status: diterima,
diverifikasi, ditinjau lapangan, ditindaklanjuti, atau selesai. Warga menerima nomor tiket dan dapat menanyakan
perkembangannya kapan saja.

## Hasil dan Dampak

Dalam lima bulan tercatat 318 pengaduan. Sebanyak 274 pengaduan selesai, dengan waktu penyelesaian rata-rata 6 hari
kerja. Pengaduan ganda turun sekitar setengahnya karena warga dapat memantau status laporannya.

## Cara Menerapkan

1. Susun daftar kanal pengaduan yang ada dan petugas penanggung jawab setiap kanal.
2. Buat register bersama dengan kolom wajib: tanggal, kanal, lokasi, jenis, dan status.
3. Sepakati batas waktu untuk setiap status.
4. Berikan nomor tiket kepada pelapor sejak pertama kali pengaduan diterima.
5. Tampilkan rekap pengaduan terbuka dalam rapat mingguan.

## Kontak

Lestari Wulandari, Pengendali Dampak Lingkungan, Dinas Lingkungan Hidup Kota Medan.
""",
    ),
    ArticleData(
        author=ANDI,
        title="Jadwal Uji Berkala Kendaraan yang Dapat Dipesan Secara Daring",
        tags=("berorientasi-pelayanan", "antrean-daring", "pelayanan-publik"),
        body="""
## Latar Belakang

Pemilik angkutan barang dan angkutan umum wajib melakukan uji berkala kendaraan. Bagi pengusaha kecil, satu hari
menunggu di tempat pengujian berarti satu hari kendaraan tidak beroperasi.

## Permasalahan

Kendaraan uji datang menumpuk pada awal bulan dan menjelang masa berlaku habis. Antrean kendaraan meluber ke badan
jalan dan mengganggu lalu lintas di sekitar lokasi pengujian. Penguji bekerja di bawah tekanan waktu, padahal
ketelitian adalah inti pekerjaan kami.

## Inovasi/Solusi

Kami menyediakan pemesanan jadwal uji secara daring. Pemilik kendaraan mengisi nomor kendaraan dan memilih hari
serta sesi pagi atau siang. Sehari sebelum jadwal, pemohon menerima pengingat beserta daftar dokumen yang harus
dibawa. Kuota setiap sesi disesuaikan dengan jumlah penguji dan jalur uji yang berfungsi.

## Hasil dan Dampak

Tiga bulan setelah dimulai, 55 persen kendaraan uji datang sesuai jadwal pesanan. Panjang antrean pada jam sibuk
berkurang dari sekitar 40 kendaraan menjadi 15 kendaraan. Jumlah kendaraan yang ditolak karena dokumen tidak lengkap
turun dari 11 persen menjadi 4 persen berkat pengingat daftar dokumen.

## Cara Menerapkan

1. Catat jumlah kendaraan uji harian selama satu bulan untuk mengetahui pola kedatangan.
2. Tentukan kuota sesi berdasarkan kapasitas jalur uji, bukan berdasarkan permintaan.
3. Kirim pengingat sehari sebelumnya beserta daftar dokumen.
4. Tetap layani kendaraan tanpa pesanan pada sisa kuota.
5. Umumkan layanan melalui asosiasi pengusaha angkutan.

## Kontak

Andi Saputra Ginting, Penguji Kendaraan Bermotor, Dinas Perhubungan Kota Medan.
""",
    ),
    ArticleData(
        author=FITRI,
        title="Peta Proses Bisnis sebagai Dasar Digitalisasi Layanan",
        tags=("akuntabel", "proses-bisnis", "manajemen-perubahan"),
        body="""
## Latar Belakang

"Kita buat saja aplikasinya." Kalimat ini sering terdengar ketika sebuah layanan dianggap lambat. Pengalaman kami di
Sekretariat Daerah menunjukkan bahwa aplikasi yang dibangun di atas proses yang berbelit hanya memindahkan kerumitan
ke layar.

## Permasalahan

Dua aplikasi layanan internal yang dibangun beberapa tahun lalu jarang dipakai. Setelah ditelusuri, alur dalam
aplikasi tidak sesuai dengan praktik nyata: ada paraf yang tidak diatur dalam aplikasi, dan ada tahapan yang
sebenarnya sudah tidak dilakukan.

## Inovasi/Solusi

Sebelum digitalisasi, kami kini mewajibkan pemetaan proses bisnis. Tim kecil mengamati layanan dari awal sampai
akhir, mencatat setiap langkah, pelaksana, dokumen, dan waktu tunggu. Peta proses dibahas bersama pelaksana dan
pimpinan untuk menghapus langkah yang tidak memberi nilai tambah. Hanya proses yang sudah disederhanakan yang
kemudian didigitalkan.

## Hasil dan Dampak

Pada layanan permohonan ruang rapat, jumlah langkah berkurang dari 11 menjadi 6 dan waktu proses dari 3 hari menjadi
1 hari, bahkan sebelum formulir daring dibuat. Pada layanan permintaan data kepegawaian, dua paraf berlapis dihapus
dengan persetujuan pimpinan.

## Cara Menerapkan

1. Pilih satu layanan yang sering dikeluhkan dan volumenya cukup besar.
2. Amati layanan secara langsung, jangan hanya membaca SOP.
3. Gambarkan alur dengan simbol sederhana yang dipahami semua orang.
4. Tandai langkah yang menunggu, mengulang, atau sekadar memeriksa ulang.
5. Sepakati alur baru, perbarui SOP, baru kemudian bangun formulir atau aplikasinya.

## Kontak

Fitri Handayani Pohan, Analis Organisasi, Sekretariat Daerah Kota Medan.
""",
    ),
    ArticleData(
        author=TEGUH,
        title="SOP Digital yang Mudah Dicari oleh Seluruh Pegawai",
        tags=("akuntabel", "sop", "arsip-digital"),
        body="""
## Latar Belakang

Standar operasional prosedur (SOP) seharusnya menjadi pegangan kerja sehari-hari. Kenyataannya, banyak pegawai tidak
mengetahui letak SOP unitnya, dan salinan yang beredar sering merupakan versi lama.

## Permasalahan

SOP disimpan dalam bentuk cetak di ruang kepala bagian atau tersebar sebagai berkas di komputer pribadi. Ketika
terjadi mutasi pegawai, pengetahuan tentang prosedur ikut berpindah. Pada saat evaluasi, kami menemukan tiga versi
SOP yang berbeda untuk layanan yang sama.

## Inovasi/Solusi

Bagian Organisasi menyusun pustaka SOP digital di penyimpanan awan Pemerintah Kota Medan. Setiap SOP disimpan
sebagai PDF yang sudah disahkan, dengan nama berkas yang seragam: kode unit, nomor SOP, dan judul singkat. Sebuah
daftar induk memuat tautan ke setiap SOP, tanggal penetapan, dan penanggung jawab pembaruan. Pegawai hanya diberi
akses baca, sedangkan pembaruan dilakukan melalui pengajuan resmi.

## Hasil dan Dampak

Sebanyak 286 SOP dari 19 perangkat daerah telah masuk ke pustaka. Survei sederhana kepada 120 pegawai menunjukkan 81
persen responden dapat menemukan SOP unitnya dalam waktu kurang dari 3 menit. Versi ganda berkurang karena semua
tautan mengarah ke satu berkas.

## Cara Menerapkan

1. Kumpulkan SOP yang berlaku dan tandai yang sudah tidak dipakai.
2. Tetapkan pola penamaan berkas sebelum mengunggah apa pun.
3. Buat daftar induk dengan kolom tanggal penetapan dan penanggung jawab.
4. Berikan akses baca kepada semua pegawai, akses ubah hanya kepada pengelola.
5. Jadwalkan peninjauan SOP setiap tahun.

## Kontak

Teguh Wibowo, Analis Tata Laksana, Bagian Organisasi Setda Kota Medan.
""",
    ),
    ArticleData(
        author=YOHANA,
        title="Kertas Kerja Audit di Penyimpanan Awan dengan Hak Akses Bertingkat",
        tags=("akuntabel", "loyal", "penyimpanan-awan", "keamanan-informasi"),
        body="""
## Latar Belakang

Tim audit Inspektorat bekerja berpindah-pindah dari satu perangkat daerah ke perangkat daerah lain. Kertas kerja
audit dahulu disimpan di laptop masing-masing auditor dan disatukan menjelang penyusunan laporan.

## Permasalahan

Pengendali teknis sulit memantau kemajuan pemeriksaan secara langsung. Risiko kehilangan data juga tinggi: satu
laptop yang rusak pernah membuat tim harus menyusun ulang sebagian kertas kerja. Di sisi lain, dokumen audit
bersifat terbatas sehingga tidak boleh dibagikan sembarangan.

## Inovasi/Solusi

Kami menyusun folder audit di penyimpanan awan dinas dengan tiga tingkat akses. Anggota tim dapat mengubah folder
penugasannya sendiri, pengendali teknis dapat mengubah seluruh folder timnya, dan pengendali mutu memiliki akses
baca ke semua folder. Tautan publik dinonaktifkan. Setiap akun wajib memakai verifikasi dua langkah, dan akses
anggota tim dicabut setelah laporan hasil audit terbit.

## Hasil dan Dampak

Pada 14 penugasan audit terakhir, tidak ada lagi kertas kerja yang hilang. Waktu reviu oleh pengendali teknis
berkurang rata-rata 2 hari per penugasan karena reviu dapat dilakukan bertahap. Temuan reviu juga terdokumentasi
sebagai komentar pada berkas.

## Cara Menerapkan

1. Petakan peran dalam tim dan tentukan hak akses setiap peran.
2. Buat templat struktur folder penugasan.
3. Nonaktifkan pembagian melalui tautan publik untuk folder audit.
4. Wajibkan verifikasi dua langkah sebelum akun diberi akses.
5. Catat tanggal pencabutan akses dalam daftar periksa penutupan penugasan.

## Kontak

Yohana Br Sembiring, Auditor Ahli Pertama, Inspektorat Kota Medan.
""",
    ),
    ArticleData(
        author=IQBAL,
        title="Laporan Patroli Berbasis Foto dan Lokasi",
        tags=("berorientasi-pelayanan", "pelaporan-lapangan", "akuntabel"),
        body="""
## Latar Belakang

Regu patroli Satpol PP Kota Medan bertugas setiap hari untuk penegakan peraturan daerah dan ketertiban umum. Hasil
patroli dahulu dilaporkan dalam buku mutasi yang ditulis tangan pada akhir giliran tugas.

## Permasalahan

Laporan tulisan tangan sulit dibaca dan sering tidak mencantumkan lokasi secara tepat. Ketika ada pengaduan warga
tentang pedagang yang kembali berjualan di trotoar, kami tidak dapat memastikan kapan lokasi tersebut terakhir
diperiksa.

## Inovasi/Solusi

Setiap regu kini mengisi formulir daring dari telepon genggam di lokasi patroli. Formulir meminta jenis kegiatan,
foto sebelum dan sesudah penertiban, koordinat lokasi, serta tindakan yang diambil. Data masuk ke lembar kerja yang
dipantau kepala seksi operasional. Rekap mingguan menampilkan titik yang paling sering dikunjungi dan titik yang
berulang kali bermasalah.

## Hasil dan Dampak

Dalam tiga bulan terkumpul 1.126 laporan patroli dengan foto dan koordinat. Kami dapat menjawab 23 pengaduan warga
dengan bukti waktu dan foto pemeriksaan terakhir. Jadwal patroli juga digeser ke titik yang berulang kali
bermasalah, misalnya di sekitar pasar di Medan Petisah dan Medan Baru.

## Cara Menerapkan

1. Sederhanakan formulir sampai dapat diisi dalam dua menit.
2. Aktifkan pengambilan lokasi dan wajibkan minimal satu foto.
3. Latih komandan regu terlebih dahulu, lalu mereka melatih anggotanya.
4. Sediakan paket data atau titik akses bagi regu yang membutuhkan.
5. Gunakan rekap untuk menyusun jadwal patroli minggu berikutnya.

## Kontak

Muhammad Iqbal Rangkuti, Polisi Pamong Praja Penyelia, Satpol PP Kota Medan.
""",
    ),
    ArticleData(
        author=SRI,
        title="Formulir Daring untuk Kunjungan Penyuluh Keluarga Berencana",
        tags=("adaptif", "formulir-daring", "data"),
        body="""
## Latar Belakang

Penyuluh keluarga berencana mengunjungi keluarga dan kelompok kegiatan di kelurahan binaan setiap minggu. Data
kunjungan diperlukan untuk laporan bulanan dan untuk menentukan sasaran penyuluhan berikutnya.

## Permasalahan

Catatan kunjungan ditulis di buku saku lalu dipindahkan ke format laporan pada akhir bulan. Proses pemindahan ini
menyita dua sampai tiga hari kerja. Beberapa catatan tidak terbaca atau hilang, sehingga angka laporan kurang dapat
dipertanggungjawabkan.

## Inovasi/Solusi

Kami memakai formulir daring sederhana yang diisi segera setelah kunjungan. Isiannya mencakup kelurahan, jenis
kegiatan, jumlah peserta, topik, dan tindak lanjut. Data pribadi warga tidak dicatat dalam formulir; yang dicatat
hanya angka agregat dan nomor register kelompok. Koordinator penyuluh mendapatkan rekap otomatis per kelurahan.

## Hasil dan Dampak

Sebanyak 14 penyuluh di empat kecamatan memakai formulir ini sejak tiga bulan lalu. Laporan bulanan kini tersusun
dalam setengah hari. Koordinator dapat melihat bahwa dua kelurahan belum tersentuh kegiatan kelompok selama dua
bulan, lalu menjadwalkan kunjungan ke sana.

## Cara Menerapkan

1. Tentukan data minimum yang memang dibutuhkan laporan.
2. Hindari mencatat data pribadi di formulir kecuali ada dasar dan pengamanannya.
3. Uji formulir bersama dua penyuluh sebelum dipakai semua orang.
4. Bagikan rekap kembali kepada penyuluh agar mereka melihat manfaatnya.

## Kontak

Sri Rahayu Batubara, Penyuluh Keluarga Berencana, DP3APMP2KB Kota Medan.
""",
    ),
    ArticleData(
        author=HENDRIK,
        title="Pelaporan Jalan Rusak Bersama Kecamatan dalam Satu Lembar Kerja",
        tags=("kolaboratif", "pengaduan", "infrastruktur"),
        body="""
## Latar Belakang

Kerusakan jalan lingkungan sering pertama kali diketahui oleh kepala lingkungan dan staf kecamatan. Informasi
tersebut kemudian diteruskan ke Dinas SDABMBK melalui surat, telepon, atau pesan singkat.

## Permasalahan

Laporan yang sama bisa datang dari tiga orang berbeda dengan alamat yang ditulis berlainan. Sebaliknya, ada laporan
yang tidak pernah sampai karena terselip di percakapan grup. Kecamatan juga tidak memperoleh kabar apakah laporan
mereka sudah dijadwalkan untuk perbaikan.

## Inovasi/Solusi

Kami membuat satu lembar kerja bersama untuk 21 kecamatan. Setiap kecamatan memiliki akses ubah ke tab miliknya dan
mengisi lokasi, koordinat, foto, serta perkiraan luas kerusakan. Tim teknis dinas memberi status dan perkiraan
jadwal penanganan pada kolom yang hanya dapat diubah oleh dinas. Rekap seluruh kecamatan dibahas setiap dua minggu.

## Hasil dan Dampak

Dalam empat bulan tercatat 392 titik kerusakan. Sebanyak 211 titik sudah ditangani, dan 64 titik lain dijadwalkan.
Laporan ganda dapat dikenali dari koordinat yang berdekatan. Camat Medan Sunggal dan Medan Tuntungan menyampaikan
bahwa mereka kini dapat menjawab pertanyaan warga dengan informasi jadwal yang jelas.

## Cara Menerapkan

1. Sepakati kolom wajib bersama perwakilan kecamatan.
2. Lindungi kolom status agar hanya diubah oleh dinas teknis.
3. Wajibkan koordinat dan foto untuk setiap titik.
4. Bahas rekap secara berkala dan umumkan kriteria prioritas penanganan.

## Kontak

Hendrik Manurung, Teknik Jalan dan Jembatan Ahli Muda, Dinas SDABMBK Kota Medan.
""",
    ),
    ArticleData(
        author=PUTRI,
        title="Penyuluhan Pertanian Perkotaan melalui Kelas Video Singkat",
        tags=("adaptif", "penyuluhan", "berorientasi-pelayanan"),
        body="""
## Latar Belakang

Minat warga Medan terhadap pertanian perkotaan meningkat: kebun sayur di pekarangan, budi daya ikan dalam ember, dan
hidroponik sederhana. Permintaan penyuluhan datang dari kelompok wanita tani, sekolah, dan pengurus lingkungan.

## Permasalahan

Jumlah penyuluh pertanian tidak sebanding dengan jumlah kelompok yang meminta pendampingan. Pertemuan tatap muka
biasanya diadakan pada jam kerja, sementara banyak anggota kelompok baru dapat berkumpul pada sore hari.

## Inovasi/Solusi

Kami menyusun seri kelas video singkat berdurasi 5 sampai 8 menit, misalnya menyemai benih, membuat pupuk kompos
dari sampah dapur, dan merawat tanaman hidroponik. Video direkam dengan telepon genggam di kebun percontohan dan
dibagikan melalui grup pesan kelompok tani. Setiap dua minggu penyuluh mengadakan sesi tanya jawab daring selama 45
menit pada sore hari.

## Hasil dan Dampak

Sebanyak 12 video telah dibuat dan ditonton lebih dari 3.400 kali. Sesi tanya jawab diikuti rata-rata 38 peserta
dari 17 kelompok, termasuk kelompok di Medan Tuntungan dan Medan Johor. Kunjungan lapangan kini lebih terarah karena
pertanyaan dasar sudah terjawab melalui video.

## Cara Menerapkan

1. Kumpulkan pertanyaan yang paling sering diajukan kelompok tani.
2. Buat satu video untuk satu topik, dengan durasi singkat.
3. Gunakan bahasa sehari-hari yang tetap santun dan mudah dipahami.
4. Jadwalkan sesi tanya jawab pada waktu yang sesuai bagi peserta.

## Kontak

Putri Ayu Lestari, Penyuluh Pertanian, DKPPP Kota Medan.
""",
    ),
    ArticleData(
        author=AGUS,
        title="Catatan Kejadian Kebakaran yang Siap Diolah dalam Satu Jam",
        tags=("berorientasi-pelayanan", "data", "akuntabel"),
        body="""
## Latar Belakang

Setiap kejadian kebakaran meninggalkan banyak pertanyaan: berapa lama waktu tanggap, berapa kerugian, apa
penyebabnya, dan wilayah mana yang paling rawan. Jawaban atas pertanyaan ini menentukan penempatan pos dan program
pencegahan.

## Permasalahan

Laporan kejadian disusun dalam dokumen naratif yang panjang. Untuk mengetahui rata-rata waktu tanggap dalam satu
tahun, petugas harus membaca ulang ratusan laporan satu per satu. Data yang sama juga sering diminta oleh DPRD dan
media, dengan tenggat yang singkat.

## Inovasi/Solusi

Kami menambahkan formulir ringkas yang wajib diisi komandan regu setelah setiap kejadian: waktu laporan diterima,
waktu berangkat, waktu tiba, kecamatan, jenis bangunan, dugaan penyebab, dan perkiraan kerugian. Laporan naratif
tetap dibuat, tetapi angka-angka pokok kini tersimpan dalam tabel yang rapi.

## Hasil dan Dampak

Permintaan data dari DPRD yang dahulu memerlukan tiga hari kini dapat dijawab dalam satu jam. Dari data 9 bulan,
kami mengetahui bahwa waktu tanggap rata-rata ke wilayah utara kota 6 menit lebih lama dibandingkan wilayah lain.
Temuan ini menjadi bahan usulan penambahan pos di wilayah tersebut.

## Cara Menerapkan

1. Pilih angka pokok yang paling sering ditanyakan.
2. Buat formulir dengan format waktu yang seragam.
3. Wajibkan pengisian sebelum giliran tugas berakhir.
4. Periksa kelengkapan data setiap minggu dan kembalikan yang belum lengkap.

## Kontak

Agus Salim Pulungan, Analis Kebakaran, Dinas Pemadam Kebakaran dan Penyelamatan Kota Medan.
""",
    ),
    ArticleData(
        author=KRISTINA,
        title="Pendampingan Koperasi Menyusun Laporan Keuangan dengan Lembar Kerja Standar",
        tags=("kompeten", "pendampingan", "umkm"),
        body="""
## Latar Belakang

Rapat anggota tahunan mensyaratkan laporan pertanggungjawaban pengurus, termasuk laporan keuangan. Banyak koperasi
kecil di Medan dikelola oleh pengurus yang sangat berdedikasi, tetapi belum terbiasa dengan pembukuan.

## Permasalahan

Laporan keuangan koperasi yang kami terima sering tidak seimbang atau memakai format yang berbeda setiap tahun.
Pengawas koperasi menghabiskan banyak waktu untuk memperbaiki laporan, bukan untuk membina usaha koperasi.

## Inovasi/Solusi

Kami menyusun lembar kerja standar dengan rumus yang sudah terkunci untuk buku kas, neraca, dan perhitungan hasil
usaha. Pengurus cukup mengisi transaksi di lembar input. Lembar kerja dapat dibuka dengan aplikasi perkantoran
berbayar maupun aplikasi bebas seperti LibreOffice Calc. Pendampingan dilakukan dalam kelas kecil berisi lima
koperasi, tiga kali pertemuan.

## Hasil dan Dampak

Sebanyak 37 koperasi telah mengikuti pendampingan. Sebanyak 30 koperasi menyampaikan laporan keuangan yang seimbang
pada rapat anggota tahunan berikutnya, dibandingkan 12 koperasi pada tahun sebelumnya. Waktu pemeriksaan laporan
oleh pengawas berkurang kira-kira setengahnya.

## Cara Menerapkan

1. Mulai dari format laporan yang diwajibkan, lalu susun lembar kerja mundur dari sana.
2. Kunci sel yang berisi rumus agar tidak terhapus.
3. Sediakan contoh pengisian dengan data fiktif.
4. Dampingi dalam kelas kecil, bukan dalam ruang besar.
5. Sediakan waktu konsultasi lanjutan satu bulan sebelum rapat anggota tahunan.

## Kontak

Kristina Situmorang, Pengawas Koperasi, Diskop UKM Perindag Kota Medan.
""",
    ),
    ArticleData(
        author=FADLI,
        title="Workshop Peta Digital bersama Politeknik Negeri Medan",
        tags=("kolaboratif", "kerja-sama-kampus", "data-spasial", "pelatihan"),
        body="""
## Latar Belakang

Pekerjaan penataan ruang tidak terlepas dari peta. Namun, di kantor kami hanya beberapa orang yang mampu mengolah
data spasial, dan mereka menjadi tempat bertanya bagi semua bidang.

## Permasalahan

Permintaan peta sederhana, misalnya sebaran perumahan yang mengajukan persetujuan bangunan, menumpuk pada dua orang
operator. Pegawai lain sebenarnya mampu belajar, tetapi belum pernah mendapatkan pelatihan yang sesuai dengan
pekerjaan mereka.

## Inovasi/Solusi

Dinas PKPCKTR bersama dosen Politeknik Negeri Medan mengadakan workshop peta digital selama empat hari dengan
perangkat lunak sistem informasi geografis yang bebas dipakai. Materi disusun dari kebutuhan nyata: mengimpor
koordinat dari lembar kerja, menampilkan batas kecamatan, memberi simbol, dan mencetak peta ke PDF. Mahasiswa
tingkat akhir mendampingi peserta dan sekaligus melaksanakan praktik kerja.

## Hasil dan Dampak

Sebanyak 24 pegawai dari Dinas PKPCKTR, Dinas SDABMBK, dan Bappeda mengikuti workshop. Sebanyak 19 peserta mampu
membuat peta tematik secara mandiri pada hari terakhir. Dalam dua bulan setelahnya, permintaan peta yang diteruskan
ke dua operator lama turun dari sekitar 30 menjadi 12 per bulan.

## Cara Menerapkan

1. Kumpulkan contoh peta yang paling sering diminta di kantor Anda.
2. Pilih perangkat lunak yang dapat dipasang di semua komputer kantor tanpa biaya lisensi.
3. Susun materi bersama kampus dari contoh tersebut.
4. Siapkan data latihan yang tidak memuat informasi rahasia.
5. Bentuk grup tanya jawab alumni workshop untuk pendampingan lanjutan.

## Kontak

Fadli Hasibuan, Penata Ruang Ahli Pertama, Dinas PKPCKTR Kota Medan.
""",
    ),
    ArticleData(
        author=RATNA,
        title="Risalah Rapat yang Terbit pada Hari yang Sama",
        tags=("akuntabel", "dokumen-bersama", "kolaboratif"),
        body="""
## Latar Belakang

Sekretariat DPRD menyelenggarakan banyak rapat dalam satu minggu: rapat komisi, rapat kerja dengan perangkat daerah,
dan rapat dengar pendapat. Setiap rapat memerlukan risalah yang akurat.

## Permasalahan

Risalah disusun setelah rapat selesai dengan mendengarkan ulang rekaman. Satu risalah bisa memerlukan dua sampai
tiga hari. Sementara itu, anggota dewan dan perangkat daerah sudah memerlukan daftar kesimpulan rapat untuk
ditindaklanjuti.

## Inovasi/Solusi

Kami membagi penyusunan risalah menjadi dua keluaran. Selama rapat, dua notulis menulis bersamaan di satu dokumen
bersama: satu mencatat jalannya pembahasan, satu lagi khusus mencatat kesimpulan dan tindak lanjut. Daftar
kesimpulan dibacakan oleh pimpinan rapat sebelum rapat ditutup, lalu dibagikan dalam bentuk PDF pada hari yang sama.
Risalah lengkap tetap disusun dari rekaman, tetapi tidak lagi menghambat tindak lanjut.

## Hasil dan Dampak

Pada 46 rapat selama satu masa sidang, daftar kesimpulan terbit rata-rata 2 jam setelah rapat. Permintaan
klarifikasi tentang isi kesimpulan berkurang karena kesimpulan sudah dibacakan dan disepakati di akhir rapat.

## Cara Menerapkan

1. Siapkan templat dokumen dengan bagian pembahasan dan bagian kesimpulan.
2. Tetapkan dua notulis dengan tugas yang berbeda.
3. Minta pimpinan rapat membacakan kesimpulan sebelum menutup rapat.
4. Kunci dokumen, ekspor ke PDF, dan bagikan pada hari yang sama.

## Kontak

Ratna Sari Dewi Matondang, Analis Legislatif, Sekretariat DPRD Kota Medan.
""",
    ),
    ArticleData(
        author=IRWAN,
        title="Layanan Surat Keterangan Kecamatan dengan Pelacakan Status",
        tags=("berorientasi-pelayanan", "layanan-kecamatan", "pelayanan-publik"),
        body="""
## Latar Belakang

Kantor kecamatan melayani berbagai surat keterangan, mulai dari keterangan domisili usaha sampai rekomendasi
administrasi. Bagian Tata Pemerintahan membina pelayanan di 21 kecamatan di Kota Medan.

## Permasalahan

Warga sering bolak-balik ke kantor kecamatan hanya untuk menanyakan apakah surat sudah selesai. Petugas loket juga
kewalahan menjawab pertanyaan lewat telepon. Di Medan Baru, kami menghitung bahwa sekitar sepertiga kedatangan warga
hanya bertujuan menanyakan status.

## Inovasi/Solusi

Kami merancang pelacakan status yang sederhana. Setiap permohonan dicatat dalam register daring dan mendapatkan
nomor permohonan. Warga dapat mengetahui status permohonan melalui halaman pelacakan dengan memasukkan nomor
tersebut. Status yang dipakai: diterima, diverifikasi, menunggu tanda tangan, dan siap diambil.

## Hasil dan Dampak

Uji coba di Kecamatan Medan Baru dan Medan Johor selama tiga bulan mencatat 1.530 permohonan. Kedatangan warga yang
hanya menanyakan status turun sekitar 45 persen. Rata-rata waktu penyelesaian surat tidak berubah, tetapi kepuasan
warga pada survei meningkat dari 3,6 menjadi 4,1 pada skala 5.

## Cara Menerapkan

1. Seragamkan jenis layanan dan persyaratannya di seluruh kecamatan.
2. Tetapkan status yang sedikit dan mudah dipahami warga.
3. Cetak nomor permohonan pada tanda terima.
4. Perbarui status paling lambat pada akhir hari kerja.

## Kontak

Irwan Syahputra, Analis Pemerintahan, Bagian Tata Pemerintahan Setda Kota Medan.
""",
    ),
    ArticleData(
        author=MELATI,
        title="Dari Nota Kesepahaman ke Kegiatan Nyata: Mengelola Kerja Sama dengan Kampus",
        tags=("kolaboratif", "kerja-sama-kampus", "akuntabel"),
        body="""
## Latar Belakang

Pemerintah Kota Medan memiliki nota kesepahaman dengan sejumlah perguruan tinggi, antara lain Universitas Sumatera
Utara, Universitas Islam Negeri Sumatera Utara, Universitas Negeri Medan, dan Politeknik Negeri Medan. Dokumen
tersebut membuka peluang pelatihan, penelitian, dan magang mahasiswa.

## Permasalahan

Banyak perangkat daerah tidak mengetahui bahwa payung kerja sama sudah tersedia. Sebaliknya, ada kegiatan bersama
kampus yang berjalan tanpa perjanjian kerja sama turunan, sehingga pembagian tanggung jawab dan pelaporannya tidak
jelas.

## Inovasi/Solusi

Bagian Kerjasama menyusun katalog kerja sama yang dapat diakses semua perangkat daerah: ruang lingkup setiap nota
kesepahaman, masa berlakunya, unit kontak di kampus, dan contoh kegiatan yang pernah dilaksanakan. Kami juga
menyediakan templat perjanjian kerja sama turunan yang singkat, dengan lampiran rencana kegiatan, keluaran, dan
jadwal pelaporan.

## Hasil dan Dampak

Dalam satu tahun, jumlah perjanjian kerja sama turunan meningkat dari 6 menjadi 17. Di antaranya workshop literasi
data bersama USU, workshop peta digital bersama Politeknik Negeri Medan, dan pendampingan komunitas guru bersama
UNIMED. Semua kegiatan tersebut memiliki laporan akhir yang tersimpan di satu folder.

## Cara Menerapkan

1. Periksa katalog kerja sama sebelum menghubungi kampus.
2. Rumuskan kebutuhan kantor Anda dalam satu halaman: masalah, peserta, dan keluaran.
3. Gunakan templat perjanjian kerja sama turunan dan konsultasikan dengan Bagian Kerjasama.
4. Sepakati sejak awal siapa yang menanggung biaya dan siapa yang menyusun laporan.
5. Unggah laporan akhir ke folder katalog agar perangkat daerah lain dapat belajar.

## Kontak

Melati Br Tarigan, Analis Kerja Sama, Bagian Kerjasama Setda Kota Medan.
""",
    ),
    ArticleData(
        author=BONAR,
        title="Satu Data Indikator Kinerja: Menyatukan Angka Lintas Perangkat Daerah",
        tags=("akuntabel", "data", "dasbor", "perencanaan"),
        body="""
## Latar Belakang

Angka yang berbeda untuk indikator yang sama adalah pemandangan yang akrab dalam rapat evaluasi. Angka partisipasi
sekolah atau jumlah penduduk miskin bisa muncul dengan dua atau tiga versi, tergantung sumber yang dikutip.

## Permasalahan

Setiap perangkat daerah menyimpan data indikatornya sendiri dalam berkas yang berbeda. Definisi operasional dan
tahun rujukan tidak selalu dicantumkan. Ketika dokumen perencanaan disusun, tim Bappeda harus menelusuri ulang asal
setiap angka.

## Inovasi/Solusi

Kami menyusun daftar indikator kinerja daerah dalam satu lembar kerja induk. Setiap indikator memiliki kolom
definisi, rumus, satuan, sumber data, perangkat daerah penanggung jawab, dan tanggal pembaruan terakhir. Penanggung
jawab memperbarui angkanya sendiri, sedangkan Bappeda memeriksa konsistensi. Dari lembar induk itu disusun dasbor
yang dibaca pimpinan.

## Hasil dan Dampak

Sebanyak 134 indikator dari 27 perangkat daerah kini tercatat lengkap dengan definisinya. Pada penyusunan dokumen
perencanaan terakhir, waktu penelusuran angka berkurang dari sekitar tiga minggu menjadi satu minggu. Perbedaan
angka dalam rapat evaluasi masih ada, tetapi sumbernya dapat segera diketahui.

## Cara Menerapkan

1. Mulai dari indikator yang tercantum dalam dokumen perencanaan daerah.
2. Wajibkan definisi dan rumus untuk setiap indikator.
3. Tetapkan satu penanggung jawab per indikator.
4. Catat tanggal pembaruan agar angka yang usang mudah dikenali.

## Kontak

Bonar Simatupang, Statistisi Ahli Muda, Bappeda Kota Medan.
""",
    ),
    ArticleData(
        author=WAHYUNI,
        title="Pemantauan Stok Vaksin Puskesmas dalam Satu Lembar Kerja Bersama",
        tags=("akuntabel", "data", "kesehatan"),
        body="""
## Latar Belakang

Ketersediaan vaksin di puskesmas menentukan kelancaran imunisasi rutin. Vaksin memiliki masa kedaluwarsa dan
memerlukan penyimpanan khusus, sehingga kekurangan maupun kelebihan stok sama-sama merugikan.

## Permasalahan

Laporan stok dikirim setiap bulan dalam berkas terpisah. Kekurangan stok di satu puskesmas sering baru diketahui
ketika orang tua sudah datang membawa anaknya, padahal puskesmas tetangga memiliki persediaan berlebih.

## Inovasi/Solusi

Kami membuat lembar kerja bersama yang diperbarui setiap Jumat oleh pengelola vaksin di setiap puskesmas. Kolomnya
meliputi jenis vaksin, sisa stok, tanggal kedaluwarsa terdekat, dan perkiraan kebutuhan dua minggu. Format bersyarat
menandai stok di bawah batas aman dengan warna merah dan stok yang mendekati kedaluwarsa dengan warna kuning.

## Hasil dan Dampak

Dalam enam bulan, kejadian kekosongan stok turun dari 19 menjadi 5 kejadian. Sebanyak 23 kali dilakukan pemindahan
stok antarpuskesmas sebelum vaksin kedaluwarsa. Pengelola gudang farmasi dapat menyusun jadwal distribusi
berdasarkan data mingguan.

## Cara Menerapkan

1. Tentukan batas stok aman untuk setiap jenis vaksin bersama pengelola program.
2. Tetapkan hari pembaruan yang sama untuk semua puskesmas.
3. Gunakan format bersyarat agar masalah terlihat tanpa membaca angka satu per satu.
4. Sepakati prosedur pemindahan stok antarpuskesmas.

## Kontak

Wahyuni Siregar, Administrator Kesehatan, Dinas Kesehatan Kota Medan.
""",
    ),
    ArticleData(
        author=YUSUF,
        title="Kelas Singkat Aplikasi Perkantoran Awan dan LibreOffice untuk Staf Administrasi",
        tags=("kompeten", "pelatihan", "perkantoran-digital"),
        body="""
## Latar Belakang

Staf administrasi adalah pengguna aplikasi perkantoran yang paling intens. Mereka menyusun surat, mengolah daftar
hadir, dan menyiapkan bahan rapat setiap hari, tetapi jarang mendapat pelatihan khusus.

## Permasalahan

Banyak pekerjaan dilakukan secara manual karena fitur yang tersedia tidak diketahui, misalnya surat massal,
penomoran otomatis, atau komentar pada dokumen bersama. Kantor juga memakai dua jenis aplikasi: paket perkantoran
berbasis awan dari akun dinas dan LibreOffice di komputer yang tidak memiliki lisensi aplikasi berbayar.

## Inovasi/Solusi

Diskominfo menyelenggarakan kelas singkat 2 jam setiap Rabu selama enam minggu. Setiap pertemuan membahas satu
kebutuhan nyata: menyusun dokumen bersama, membuat surat massal dari daftar penerima, mengolah daftar hadir dengan
lembar kerja, menyiapkan presentasi, menyimpan berkas di penyimpanan awan, dan mengekspor dokumen ke PDF. Setiap
materi ditunjukkan di kedua aplikasi.

## Hasil dan Dampak

Kelas diikuti 58 staf dari 16 perangkat daerah. Pada survei akhir, 87 persen peserta menyatakan telah memakai
setidaknya dua fitur baru dalam pekerjaan. Permintaan bantuan teknis sederhana ke Diskominfo turun sekitar 20 persen
dalam dua bulan berikutnya.

## Cara Menerapkan

1. Tanyakan kepada staf pekerjaan apa yang paling menyita waktu.
2. Susun satu pertemuan untuk satu kebutuhan.
3. Tunjukkan langkah di aplikasi yang benar-benar dipakai di kantor.
4. Berikan latihan dengan berkas contoh, bukan berkas dinas yang asli.

## Kontak

Yusuf Effendi Lubis, Pranata Humas, Diskominfo Kota Medan.
""",
    ),
    ArticleData(
        author=CLARA,
        title="Komunitas Guru Belajar Digital Antarsekolah bersama UNIMED",
        tags=("kompeten", "komunitas-belajar", "kerja-sama-kampus", "pendidikan"),
        body="""
## Latar Belakang

Di sekolah kami, sebagian guru sudah lancar memakai kelas daring, kuis digital, dan lembar kerja bersama, sementara
sebagian lain masih ragu. Kesenjangan ini terlihat jelas ketika pembelajaran harus dilaksanakan sebagian secara
daring.

## Permasalahan

Pelatihan yang diikuti guru umumnya sekali datang dan tidak ada tindak lanjut. Guru yang mencoba hal baru di kelas
tidak memiliki tempat bertanya ketika menemui kendala, sehingga kembali ke cara lama.

## Inovasi/Solusi

Bersama sembilan sekolah di Medan Selayang dan Medan Baru, kami membentuk komunitas guru belajar digital. Komunitas
bertemu sebulan sekali secara bergiliran di sekolah anggota. Dosen Fakultas Teknik Universitas Negeri Medan (UNIMED)
mendampingi tiga pertemuan pertama dan membantu merancang format praktik mengajar. Di antara pertemuan, guru saling
berbagi contoh melalui grup daring.

## Hasil dan Dampak

Selama dua semester, 64 guru aktif mengikuti komunitas. Sebanyak 41 guru telah menerapkan setidaknya satu perangkat
digital di kelas dan membagikan refleksinya. Enam guru yang semula peserta kini menjadi pemandu pertemuan.

## Cara Menerapkan

1. Mulai dari sekolah yang berdekatan agar pertemuan mudah dihadiri.
2. Minta setiap pertemuan menghasilkan satu praktik yang dicoba di kelas.
3. Libatkan kampus sebagai pendamping, bukan sebagai penceramah.
4. Bergiliran menjadi tuan rumah agar rasa memiliki tumbuh.
5. Catat praktik baik dan bagikan melalui Simpul ASN.

## Kontak

Clara Angelina Sinaga, Guru Ahli Madya, Dinas Pendidikan dan Kebudayaan Kota Medan.
""",
    ),
    ArticleData(
        author=DARMAWAN,
        title="Jemput Bola Layanan Adminduk di Kelurahan dengan Jadwal Terbuka",
        tags=("berorientasi-pelayanan", "pelayanan-publik", "layanan-kecamatan"),
        body="""
## Latar Belakang

Tidak semua warga mudah datang ke kantor Disdukcapil. Lansia, penyandang disabilitas, dan pekerja harian sering
menunda pengurusan dokumen kependudukan karena biaya dan waktu perjalanan.

## Permasalahan

Kegiatan pelayanan keliling sudah lama dilaksanakan, tetapi jadwalnya tidak diketahui warga secara luas. Ada lokasi
yang dikunjungi dengan perangkat lengkap namun hanya melayani belasan warga, sementara di lokasi lain warga harus
pulang karena waktu habis.

## Inovasi/Solusi

Kami menyusun jadwal jemput bola bulanan bersama kecamatan dan mengumumkannya dua minggu sebelumnya melalui
kelurahan, kepala lingkungan, dan media sosial. Warga dapat mendaftar lebih dahulu melalui kepala lingkungan,
sehingga tim mengetahui perkiraan jumlah dan jenis layanan yang dibutuhkan. Kecamatan menyiapkan tempat yang mudah
dijangkau.

## Hasil dan Dampak

Dalam empat bulan dilaksanakan 32 kegiatan jemput bola di 16 kecamatan, dengan rata-rata 74 warga terlayani per
kegiatan, naik dari rata-rata 29 warga sebelum jadwal diumumkan terbuka. Perekaman KTP elektronik bagi lansia dan
penyandang disabilitas meningkat signifikan.

## Cara Menerapkan

1. Susun jadwal bersama camat dan lurah, bukan hanya diberitahukan kepada mereka.
2. Umumkan paling lambat dua minggu sebelum kegiatan.
3. Gunakan pendaftaran awal untuk memperkirakan kebutuhan tim dan peralatan.
4. Prioritaskan warga rentan pada jam pertama pelayanan.

## Kontak

Darmawan Purba, Analis Kependudukan, Disdukcapil Kota Medan.
""",
    ),
    ArticleData(
        author=INDAH,
        title="Bank Sampah Terdata: Pencatatan Setoran melalui Lembar Kerja Bersama",
        tags=("kolaboratif", "data", "lingkungan"),
        body="""
## Latar Belakang

Bank sampah di tingkat lingkungan berperan besar dalam mengurangi sampah yang diangkut ke tempat pemrosesan akhir.
Dinas Lingkungan Hidup membina puluhan bank sampah yang dikelola secara sukarela oleh warga.

## Permasalahan

Pengelola bank sampah mencatat setoran di buku tulis. Dinas kesulitan mengetahui berapa ton sampah yang berhasil
dipilah setiap bulan, padahal angka ini diperlukan untuk laporan pengurangan sampah dan untuk menentukan bank sampah
yang perlu dibina lebih intens.

## Inovasi/Solusi

Kami menyediakan lembar kerja bersama yang sederhana dengan satu tab untuk setiap bank sampah. Pengelola cukup
mengisi tanggal, jenis sampah, dan berat setoran. Bagi pengelola yang belum terbiasa, fasilitator kelurahan membantu
memindahkan catatan buku setiap minggu. Rekap otomatis menampilkan total per jenis sampah dan per kecamatan.

## Hasil dan Dampak

Sebanyak 28 bank sampah sudah mencatat setoran secara daring. Dalam tiga bulan tercatat 41,6 ton sampah terpilah,
angka yang sebelumnya hanya dapat diperkirakan. Dua bank sampah dengan setoran menurun segera mendapatkan kunjungan
pembinaan.

## Cara Menerapkan

1. Batasi isian pada data yang benar-benar dipakai.
2. Sediakan satu tab per bank sampah agar pengelola tidak saling menimpa data.
3. Libatkan fasilitator kelurahan bagi pengelola yang belum terbiasa.
4. Kembalikan rekap kepada pengelola sebagai bentuk apresiasi.

## Kontak

Indah Permata Sari, Analis Persampahan, Dinas Lingkungan Hidup Kota Medan.
""",
    ),
    ArticleData(
        author=RUDI,
        title="E-Kinerja Tanpa Tergesa-gesa di Akhir Bulan",
        tags=("akuntabel", "e-kinerja", "kepegawaian"),
        body="""
## Latar Belakang

Setiap akhir bulan, layanan bantuan aplikasi kinerja di BKPSDM dipenuhi pertanyaan yang serupa: lupa kata sandi,
realisasi yang tidak tersimpan, dan atasan yang belum memberi penilaian. Lalu lintas akses aplikasi juga memuncak
pada dua hari terakhir.

## Permasalahan

Banyak pegawai mengisi realisasi kinerja sebulan penuh dalam satu malam. Akibatnya isian kurang cermat, bukti dukung
tidak lengkap, dan atasan menerima puluhan permintaan penilaian pada waktu yang sama.

## Inovasi/Solusi

Kami menjalankan kampanye "isi sepekan sekali". Setiap Jumat pukul 15.00, pengelola kepegawaian di setiap perangkat
daerah mengirim pengingat singkat disertai tautan panduan. Kami juga membuat panduan bergambar dua halaman dan video
tiga menit tentang cara mengunggah bukti dukung. Layanan bantuan dibuka pada jam tetap setiap Selasa dan Kamis.

## Hasil dan Dampak

Dalam tiga bulan, proporsi pegawai yang mengisi realisasi sebelum tanggal 25 naik dari 34 persen menjadi 61 persen.
Permintaan bantuan pada dua hari terakhir bulan berkurang sekitar 40 persen. Atasan langsung menyampaikan bahwa
penilaian menjadi lebih tenang dan lebih objektif.

## Cara Menerapkan

1. Tunjuk satu pengelola kepegawaian per perangkat daerah sebagai pengirim pengingat.
2. Kirim pengingat pada hari dan jam yang sama setiap minggu.
3. Sediakan panduan singkat yang menjawab lima pertanyaan paling sering.
4. Pantau proporsi pengisian setiap minggu dan sampaikan kepada pimpinan.

## Kontak

Rudi Hartono Sihombing, Pranata Komputer Ahli Pertama, BKPSDM Kota Medan.
""",
    ),
    ArticleData(
        author=HENDRA,
        title="Satu Jam Belajar Setiap Jumat: Dukungan Pimpinan yang Sederhana",
        tags=("kepemimpinan", "kompeten", "manajemen-perubahan"),
        body="""
## Latar Belakang

Sebagai pimpinan, saya sering mendengar bahwa pegawai ingin belajar tetapi tidak memiliki waktu. Pekerjaan rutin
selalu terasa lebih mendesak daripada belajar, padahal tanpa belajar pekerjaan rutin itu tidak akan pernah menjadi
lebih ringan.

## Permasalahan

Pengembangan kompetensi selama ini bergantung pada undangan pelatihan dari luar. Pegawai yang ingin belajar mandiri
merasa sungkan melakukannya pada jam kerja, karena khawatir dianggap tidak bekerja.

## Inovasi/Solusi

Di lingkungan Asisten Administrasi Umum kami menetapkan pukul 14.00 sampai 15.00 setiap Jumat sebagai jam belajar.
Selama satu jam tersebut rapat tidak dijadwalkan, kecuali dalam keadaan mendesak. Pegawai boleh mengikuti kelas
daring, membaca praktik baik di Simpul ASN, atau belajar bersama rekan. Saya sendiri ikut hadir dalam beberapa sesi
dan meminta para kepala bagian melakukan hal yang sama.

## Hasil dan Dampak

Setelah empat bulan, rata-rata 70 persen pegawai memanfaatkan jam belajar setiap minggunya. Capaian JP pengembangan
kompetensi di unit kami naik dari rata-rata 9 JP menjadi 17 JP per pegawai dalam periode yang sama. Beberapa pegawai
mulai menawarkan diri untuk berbagi materi kepada rekannya.

## Cara Menerapkan

1. Tetapkan waktu belajar secara tertulis agar tidak dianggap sebagai kelonggaran pribadi.
2. Lindungi waktu tersebut dari jadwal rapat.
3. Hadirlah sesekali sebagai peserta, bukan sebagai penceramah.
4. Minta pegawai mencatat apa yang dipelajari secara singkat.
5. Akui hasil belajar dalam penilaian kinerja dan rapat staf.

## Kontak

Hendra Sitorus, Asisten Administrasi Umum, Sekretariat Daerah Kota Medan.
""",
    ),
    ArticleData(
        author=RINA,
        title="Apresiasi Bulanan bagi Pengguna Awal Aplikasi Baru",
        tags=("adaptif", "insentif", "manajemen-perubahan"),
        body="""
## Latar Belakang

Setiap kali aplikasi baru diperkenalkan, selalu ada pegawai yang antusias, ada yang menunggu, dan ada yang menolak.
Pengalaman kami menunjukkan bahwa kelompok yang menunggu adalah yang paling besar, dan mereka memperhatikan apa yang
terjadi pada rekan yang mencoba lebih dahulu.

## Permasalahan

Pegawai yang mencoba aplikasi baru sering justru mendapat beban tambahan: menjadi tempat bertanya, menanggung
kesalahan awal, dan tidak mendapatkan pengakuan apa pun. Akibatnya, pengguna awal pun kehilangan semangat.

## Inovasi/Solusi

BKPSDM memperkenalkan apresiasi bulanan bagi pengguna awal dan pendamping sebaya. Kriterianya terukur: penggunaan
aplikasi secara konsisten, bantuan kepada rekan, dan masukan perbaikan yang disampaikan secara tertulis. Bentuk
apresiasi tidak harus berupa uang: sertifikat dari kepala badan, pengakuan JP sebagai pemandu belajar, prioritas
mengikuti pelatihan lanjutan, dan penyebutan nama dalam apel pagi.

## Hasil dan Dampak

Dalam lima bulan, 38 pegawai menerima apresiasi. Jumlah pendamping sebaya bertambah dari 9 menjadi 26 orang. Survei
internal menunjukkan bahwa pegawai yang merasa "didukung ketika mencoba aplikasi baru" meningkat dari 42 persen
menjadi 68 persen.

## Cara Menerapkan

1. Tetapkan kriteria yang dapat diukur dan diumumkan sejak awal.
2. Pilih bentuk apresiasi yang sesuai aturan dan tidak memerlukan anggaran besar.
3. Umumkan penerima secara terbuka beserta alasannya.
4. Pastikan pendamping sebaya tidak menanggung beban kerja berlebih.

## Kontak

Rina Marpaung, Analis Sumber Daya Manusia Aparatur, BKPSDM Kota Medan.
""",
    ),
    ArticleData(
        author=BUDI,
        title="Duta Digital di Setiap Perangkat Daerah",
        tags=("adaptif", "harmonis", "manajemen-perubahan", "komunitas-belajar"),
        body="""
## Latar Belakang

Diskominfo tidak mungkin mendampingi setiap pegawai dari puluhan perangkat daerah secara langsung. Padahal hampir
setiap penerapan aplikasi baru memerlukan pendampingan di meja kerja, bukan hanya sosialisasi di aula.

## Permasalahan

Sosialisasi satu hari biasanya diikuti dengan antusias, tetapi pertanyaan baru muncul setelah pegawai kembali ke
kantor. Tanpa tempat bertanya yang dekat, penggunaan aplikasi cepat menurun.

## Inovasi/Solusi

Kami meminta setiap perangkat daerah menunjuk satu atau dua duta digital. Duta digital mendapatkan pelatihan lebih
awal, bergabung dalam grup koordinasi dengan Diskominfo, dan bertemu setiap bulan untuk membahas kendala. Mereka
menjadi tempat bertanya pertama di kantornya dan meneruskan masalah teknis yang tidak dapat diselesaikan. Tugas ini
dicantumkan dalam rencana kinerja mereka agar tidak dianggap pekerjaan sampingan.

## Hasil dan Dampak

Saat ini terdapat 47 duta digital dari 31 perangkat daerah dan kecamatan. Pada penerapan tanda tangan elektronik
untuk surat keluar, perangkat daerah yang memiliki duta digital aktif mencapai penggunaan 80 persen dua kali lebih
cepat dibandingkan yang belum memilikinya.

## Cara Menerapkan

1. Pilih duta digital berdasarkan minat dan kesediaan membantu, bukan hanya kemampuan teknis.
2. Berikan pelatihan dan akses informasi lebih awal.
3. Cantumkan tugas duta digital dalam rencana kinerja.
4. Adakan pertemuan rutin untuk saling belajar antarduta.

## Kontak

Budi Santoso Nasution, Analis Kebijakan, Diskominfo Kota Medan.
""",
    ),
    ArticleData(
        author=TEGUH,
        title="Mengolah Survei Kepuasan Masyarakat bersama Mahasiswa UINSU",
        tags=("berorientasi-pelayanan", "kerja-sama-kampus", "data", "pelayanan-publik"),
        body="""
## Latar Belakang

Survei kepuasan masyarakat wajib dilaksanakan oleh setiap unit penyelenggara pelayanan publik. Bagian Organisasi
menghimpun hasilnya dari perangkat daerah dan kecamatan untuk dilaporkan kepada pimpinan.

## Permasalahan

Hasil survei selama ini berhenti pada angka indeks. Jawaban terbuka dari warga, yang sering memuat saran sangat
konkret, jarang dibaca apalagi diolah. Unit pelayanan tidak mengetahui apa yang harus diperbaiki selain
"meningkatkan kualitas layanan".

## Inovasi/Solusi

Kami bekerja sama dengan dosen dan mahasiswa program studi ilmu sosial Universitas Islam Negeri Sumatera Utara
(UINSU). Mahasiswa membantu mengelompokkan ribuan jawaban terbuka ke dalam tema, misalnya waktu tunggu, keramahan
petugas, kejelasan persyaratan, dan fasilitas. Setelah itu, pegawai unit pelayanan mengikuti lokakarya satu hari
untuk membaca hasil pengelompokan dan menyusun rencana perbaikan.

## Hasil dan Dampak

Sebanyak 4.870 jawaban terbuka dari 18 unit pelayanan telah dikelompokkan. Setiap unit memperoleh tiga prioritas
perbaikan yang spesifik. Di dua kecamatan, perbaikan papan informasi persyaratan saja sudah menurunkan jumlah berkas
yang dikembalikan sebesar 30 persen.

## Cara Menerapkan

1. Pastikan formulir survei memuat pertanyaan terbuka.
2. Hapus data pribadi responden sebelum data dibagikan kepada mitra.
3. Sepakati daftar tema bersama mitra kampus.
4. Libatkan pegawai unit pelayanan dalam membaca hasil, bukan hanya menerima laporan.

## Kontak

Teguh Wibowo, Analis Tata Laksana, Bagian Organisasi Setda Kota Medan.
""",
    ),
)

ARTICLE_REVISIONS = (
    RevisionData(
        article="Migrasi Arsip Surat Masuk ke Aplikasi Arsip Daring dalam Tiga Bulan",
        editor=RIZKY,
        summary="menambah contoh pola penamaan berkas pindaian",
        body="""
## Latar Belakang

Setiap hari Sekretariat Diskominfo Kota Medan menerima rata-rata 35 surat masuk dari perangkat daerah, kecamatan,
dan instansi vertikal. Sampai awal tahun lalu, surat dicatat di buku agenda, difotokopi untuk lembar disposisi, lalu
disimpan dalam ordner menurut bulan.

## Permasalahan

Pencarian surat lama dapat memakan waktu setengah jam, terutama jika pimpinan hanya mengingat perihalnya. Lembar
disposisi sering tertahan di meja karena pejabat sedang dinas luar, sehingga tindak lanjut terlambat. Ruang arsip
pun semakin sempit.

## Inovasi/Solusi

Kami memindahkan pencatatan surat masuk ke aplikasi arsip surat daring yang dapat diakses melalui peramban. Surat
fisik dipindai pada hari yang sama, diberi metadata (nomor, tanggal, pengirim, perihal, dan klasifikasi), lalu
didisposisikan secara elektronik. Pejabat dapat memberi disposisi dari telepon genggam ketika berada di luar kantor.
Arsip fisik tetap disimpan sesuai jadwal retensi, tetapi tidak lagi menjadi sumber pencarian utama.

## Hasil dan Dampak

Dalam tiga bulan, 1.840 surat tercatat di aplikasi. Waktu rata-rata sejak surat diterima sampai disposisi pertama
turun dari 2 hari kerja menjadi 5 jam kerja. Pencarian surat kini rata-rata kurang dari 2 menit, dan pemakaian
kertas fotokopi untuk disposisi berkurang sekitar 60 persen.

## Cara Menerapkan

1. Tetapkan satu petugas penerima surat beserta seorang cadangan.
2. Sepakati kolom metadata wajib dan pola penamaan berkas pindaian, misalnya `TTTTBBHH_nomor-agenda_pengirim.pdf`,
   agar berkas tetap mudah dicari ketika diunduh dari aplikasi.
3. Latih pejabat penerima disposisi selama 30 menit, langsung pada peranti masing-masing.
4. Jalankan pencatatan ganda (buku agenda dan aplikasi) selama dua minggu, lalu hentikan buku agenda.
5. Tinjau bersama setiap akhir bulan surat yang belum ditindaklanjuti.

## Kontak

Siti Aminah Lubis, Pranata Komputer Ahli Muda, Diskominfo Kota Medan. Pertanyaan dapat diajukan melalui fitur Tanya
Jawab Simpul ASN dengan tag `arsip-digital`.
""",
    ),
    RevisionData(
        article="Tanda Tangan Elektronik untuk Nota Dinas: Dari Uji Coba ke Kebiasaan",
        editor=YOHANA,
        summary="memperjelas pemeriksaan keabsahan dan penyimpanan dokumen asli",
        body="""
## Latar Belakang

Berapa lama sebuah nota dinas menunggu tanda tangan? Di lingkungan kami jawabannya dahulu bisa tiga hari, karena
pejabat penandatangan kerap mengikuti rapat di luar kantor. Sertifikat elektronik untuk pejabat struktural
sebenarnya sudah diterbitkan, tetapi jarang dipakai.

## Permasalahan

Sebagian pejabat ragu apakah dokumen bertanda tangan elektronik diterima oleh penerima. Staf administrasi juga belum
terbiasa menyiapkan berkas PDF yang siap ditandatangani, sehingga dokumen sering dikembalikan karena formatnya tidak
sesuai.

## Inovasi/Solusi

Kami menjalankan uji coba selama delapan minggu khusus untuk nota dinas internal. Setiap bidang menunjuk satu
operator yang menyiapkan berkas PDF dari templat baku. Pejabat menandatangani melalui aplikasi tanda tangan
elektronik di laptop atau telepon genggam. Penerima dapat memeriksa keabsahan tanda tangan melalui panel tanda
tangan pada aplikasi pembaca PDF atau layanan verifikasi dokumen dari penyelenggara sertifikat elektronik, sehingga
cap basah tidak diperlukan lagi. Setiap Jumat kami mengirim rekap singkat kepada pimpinan: jumlah dokumen, waktu
tunggu, dan kendala yang muncul.

## Hasil dan Dampak

Selama uji coba, 412 nota dinas ditandatangani secara elektronik. Waktu tunggu rata-rata turun dari 2,7 hari menjadi
0,6 hari. Hanya 9 dokumen yang perlu diulang karena salah format, semuanya pada dua minggu pertama. Setelah uji
coba, penggunaan diperluas ke surat keluar dan undangan.

## Cara Menerapkan

1. Pastikan sertifikat elektronik pejabat aktif dan kata sandinya dikuasai oleh pemiliknya sendiri.
2. Siapkan templat nota dinas dengan ruang tanda tangan yang tetap.
3. Tunjuk operator per bidang dan latih cara mengekspor dokumen ke PDF.
4. Mulai dari dokumen internal yang risikonya rendah.
5. Ukur waktu tunggu sebelum dan sesudah, lalu laporkan kepada pimpinan setiap minggu.
6. Simpan berkas PDF asli yang bertanda tangan elektronik sebagai arsip, bukan hasil cetaknya, karena tanda tangan
   hanya dapat diverifikasi pada berkas elektronik.

## Kontak

Budi Santoso Nasution, Analis Kebijakan, Diskominfo Kota Medan. Saya bersedia berbagi templat nota dinas kepada OPD
yang ingin memulai.
""",
    ),
    RevisionData(
        article="Memenuhi 20 JP Pengembangan Kompetensi melalui Komunitas Belajar Internal",
        editor=RUDI,
        summary="mengoreksi jumlah pegawai setelah data ganda dihapus",
        body="""
## Latar Belakang

Setiap ASN berhak dan wajib mengikuti pengembangan kompetensi paling sedikit 20 jam pelajaran (JP) setiap tahun.
Data BKPSDM Kota Medan pada akhir tahun lalu menunjukkan masih banyak pegawai yang belum memenuhi angka tersebut,
terutama jabatan pelaksana di unit pelayanan.

## Permasalahan

Kuota pelatihan klasikal terbatas dan biayanya tidak kecil. Pegawai di loket pelayanan juga sulit meninggalkan
tempat tugas selama beberapa hari. Akibatnya pengembangan kompetensi dianggap sebagai kesempatan bagi segelintir
orang saja.

## Inovasi/Solusi

Kami merintis komunitas belajar internal. Setiap dua minggu, satu pegawai yang menguasai suatu keterampilan memandu
sesi 90 menit, misalnya mengolah data dengan lembar kerja, menulis surat dinas yang ringkas, atau melayani warga
yang kecewa. Sesi dicatat dalam daftar hadir daring, disertai tugas singkat, lalu direkap sebagai pembelajaran
nonklasikal setelah diverifikasi atasan langsung.

## Hasil dan Dampak

Dalam satu semester terselenggara 11 sesi dengan 264 kehadiran. Sebanyak 68 pegawai memperoleh tambahan 6 sampai 12
JP. Dua peserta kemudian menjadi pemandu sesi berikutnya. Biaya yang dikeluarkan hanya untuk konsumsi sederhana dan
cetak sertifikat.

## Cara Menerapkan

1. Petakan keterampilan yang dibutuhkan unit Anda dan pegawai yang dapat mengajarkannya.
2. Susun jadwal tetap, misalnya Kamis minggu kedua dan keempat pukul 14.00.
3. Gunakan daftar hadir daring dan tugas singkat sebagai bukti belajar.
4. Koordinasikan pengakuan JP dengan BKPSDM sejak awal.
5. Berikan apresiasi kepada pemandu sesi, misalnya surat penghargaan dari kepala perangkat daerah.

## Kontak

Dewi Kartika Siregar, Analis Pengembangan Kompetensi, BKPSDM Kota Medan.
""",
    ),
    RevisionData(
        article="Antrean Daring Layanan Adminduk: Mengurangi Penumpukan Pagi Hari",
        editor=DARMAWAN,
        summary="menambah langkah pengingat dan penanganan pemohon yang tidak hadir",
        body="""
## Latar Belakang

Pukul 06.30 pagi, puluhan warga sudah berdiri di depan kantor pelayanan administrasi kependudukan, padahal loket
baru dibuka pukul 08.00. Pemandangan ini kami anggap sebagai tanda bahwa pengaturan antrean harus berubah.

## Permasalahan

Nomor antrean fisik habis dalam satu jam pertama. Warga yang datang dari Medan Belawan atau Medan Marelan sering
pulang tanpa dilayani. Petugas juga kelelahan karena beban kerja menumpuk di pagi hari dan sepi pada siang hari.

## Inovasi/Solusi

Kami membuka pengambilan nomor antrean secara daring untuk layanan kartu keluarga, akta kelahiran, dan perubahan
data. Warga memilih tanggal dan rentang jam kedatangan, lalu menerima kode antrean. Kuota setiap rentang jam diatur
sesuai jumlah petugas. Sebanyak 30 persen kuota tetap disediakan untuk warga yang datang langsung, terutama lansia
dan penyandang disabilitas.

## Hasil dan Dampak

Setelah empat bulan, 62 persen pemohon datang dengan antrean daring. Waktu tunggu rata-rata di kantor turun dari 2
jam 10 menit menjadi 48 menit. Keluhan tentang antrean di kanal pengaduan berkurang dari 37 menjadi 12 per bulan.

## Cara Menerapkan

1. Hitung kapasitas layanan per jam berdasarkan jumlah petugas dan lama layanan rata-rata.
2. Bagi hari menjadi rentang jam dengan kuota yang realistis.
3. Sisakan kuota untuk warga yang datang langsung.
4. Kirim pengingat kepada pemohon sehari sebelum jadwal, lengkap dengan daftar dokumen yang harus dibawa.
5. Lepaskan kembali kuota pemohon yang tidak hadir 30 menit setelah rentang jamnya berakhir untuk warga yang datang
   langsung.
6. Umumkan perubahan melalui kelurahan, media sosial, dan spanduk di kantor.
7. Evaluasi setiap bulan: rentang jam mana yang selalu penuh dan mana yang sepi?

## Kontak

Rizky Pratama Daulay, Administrator Database Kependudukan, Disdukcapil Kota Medan.
""",
    ),
    RevisionData(
        article="Migrasi Arsip Surat Masuk ke Aplikasi Arsip Daring dalam Tiga Bulan",
        editor=TEGUH,
        summary="menambah tabel kolom metadata wajib",
        body="""
## Latar Belakang

Setiap hari Sekretariat Diskominfo Kota Medan menerima rata-rata 35 surat masuk dari perangkat daerah, kecamatan,
dan instansi vertikal. Sampai awal tahun lalu, surat dicatat di buku agenda, difotokopi untuk lembar disposisi, lalu
disimpan dalam ordner menurut bulan.

## Permasalahan

Pencarian surat lama dapat memakan waktu setengah jam, terutama jika pimpinan hanya mengingat perihalnya. Lembar
disposisi sering tertahan di meja karena pejabat sedang dinas luar, sehingga tindak lanjut terlambat. Ruang arsip
pun semakin sempit.

## Inovasi/Solusi

Kami memindahkan pencatatan surat masuk ke aplikasi arsip surat daring yang dapat diakses melalui peramban. Surat
fisik dipindai pada hari yang sama, diberi metadata (nomor, tanggal, pengirim, perihal, dan klasifikasi), lalu
didisposisikan secara elektronik. Kolom metadata yang kami wajibkan adalah sebagai berikut.

| Kolom | Contoh isian | Catatan |
|---|---|---|
| Nomor surat | 400.14/215/BAPPEDA | Ditulis persis seperti pada surat |
| Tanggal surat | 12 Maret | Tanggal pada surat, bukan tanggal diterima |
| Pengirim | Bappeda Kota Medan | Nama instansi lengkap tanpa singkatan |
| Perihal | Undangan rapat koordinasi | Ringkas dan tanpa singkatan |
| Klasifikasi | Kode klasifikasi arsip | Mengikuti pedoman klasifikasi arsip yang berlaku |

Pejabat dapat memberi disposisi dari telepon genggam ketika berada di luar kantor. Arsip fisik tetap disimpan sesuai
jadwal retensi, tetapi tidak lagi menjadi sumber pencarian utama.

## Hasil dan Dampak

Dalam tiga bulan, 1.840 surat tercatat di aplikasi. Waktu rata-rata sejak surat diterima sampai disposisi pertama
turun dari 2 hari kerja menjadi 5 jam kerja. Pencarian surat kini rata-rata kurang dari 2 menit, dan pemakaian
kertas fotokopi untuk disposisi berkurang sekitar 60 persen.

## Cara Menerapkan

1. Tetapkan satu petugas penerima surat beserta seorang cadangan.
2. Sepakati kolom metadata wajib dan pola penamaan berkas pindaian, misalnya `TTTTBBHH_nomor-agenda_pengirim.pdf`,
   agar berkas tetap mudah dicari ketika diunduh dari aplikasi.
3. Latih pejabat penerima disposisi selama 30 menit, langsung pada peranti masing-masing.
4. Jalankan pencatatan ganda (buku agenda dan aplikasi) selama dua minggu, lalu hentikan buku agenda.
5. Tinjau bersama setiap akhir bulan surat yang belum ditindaklanjuti.

## Kontak

Siti Aminah Lubis, Pranata Komputer Ahli Muda, Diskominfo Kota Medan. Pertanyaan dapat diajukan melalui fitur Tanya
Jawab Simpul ASN dengan tag `arsip-digital`.
""",
    ),
    RevisionData(
        article="Layanan Surat Keterangan Kecamatan dengan Pelacakan Status",
        editor=FITRI,
        summary="menambah tabel arti setiap status permohonan",
        body="""
## Latar Belakang

Kantor kecamatan melayani berbagai surat keterangan, mulai dari keterangan domisili usaha sampai rekomendasi
administrasi. Bagian Tata Pemerintahan membina pelayanan di 21 kecamatan di Kota Medan.

## Permasalahan

Warga sering bolak-balik ke kantor kecamatan hanya untuk menanyakan apakah surat sudah selesai. Petugas loket juga
kewalahan menjawab pertanyaan lewat telepon. Di Medan Baru, kami menghitung bahwa sekitar sepertiga kedatangan warga
hanya bertujuan menanyakan status.

## Inovasi/Solusi

Kami merancang pelacakan status yang sederhana. Setiap permohonan dicatat dalam register daring dan mendapatkan
nomor permohonan. Warga dapat mengetahui status permohonan melalui halaman pelacakan dengan memasukkan nomor
tersebut. Status yang dipakai sengaja dibuat sedikit:

| Status | Artinya bagi warga | Batas waktu |
|---|---|---|
| Diterima | Berkas sudah dicatat petugas loket | Hari yang sama |
| Diverifikasi | Persyaratan sedang atau sudah diperiksa | 1 hari kerja |
| Menunggu tanda tangan | Surat sudah disusun dan menunggu camat | 1 hari kerja |
| Siap diambil | Surat dapat diambil di loket | Setelah ditandatangani |

## Hasil dan Dampak

Uji coba di Kecamatan Medan Baru dan Medan Johor selama tiga bulan mencatat 1.530 permohonan. Kedatangan warga yang
hanya menanyakan status turun sekitar 45 persen. Rata-rata waktu penyelesaian surat tidak berubah, tetapi kepuasan
warga pada survei meningkat dari 3,6 menjadi 4,1 pada skala 5.

## Cara Menerapkan

1. Seragamkan jenis layanan dan persyaratannya di seluruh kecamatan.
2. Tetapkan status yang sedikit dan mudah dipahami warga.
3. Cetak nomor permohonan pada tanda terima.
4. Perbarui status paling lambat pada akhir hari kerja.

## Kontak

Irwan Syahputra, Analis Pemerintahan, Bagian Tata Pemerintahan Setda Kota Medan.
""",
    ),
    RevisionData(
        article="Memenuhi 20 JP Pengembangan Kompetensi melalui Komunitas Belajar Internal",
        editor=RINA,
        summary="menambah tabel contoh sesi dan pengakuan JP",
        body="""
## Latar Belakang

Setiap ASN berhak dan wajib mengikuti pengembangan kompetensi paling sedikit 20 jam pelajaran (JP) setiap tahun.
Data BKPSDM Kota Medan pada akhir tahun lalu menunjukkan masih banyak pegawai yang belum memenuhi angka tersebut,
terutama jabatan pelaksana di unit pelayanan.

## Permasalahan

Kuota pelatihan klasikal terbatas dan biayanya tidak kecil. Pegawai di loket pelayanan juga sulit meninggalkan
tempat tugas selama beberapa hari. Akibatnya pengembangan kompetensi dianggap sebagai kesempatan bagi segelintir
orang saja.

## Inovasi/Solusi

Kami merintis komunitas belajar internal. Setiap dua minggu, satu pegawai yang menguasai suatu keterampilan memandu
sesi 90 menit, misalnya mengolah data dengan lembar kerja, menulis surat dinas yang ringkas, atau melayani warga
yang kecewa. Sesi dicatat dalam daftar hadir daring, disertai tugas singkat, lalu direkap sebagai pembelajaran
nonklasikal setelah diverifikasi atasan langsung.

Contoh sesi dan pengakuannya:

| Topik sesi | Bentuk | Pengakuan |
|---|---|---|
| Mengolah data dengan lembar kerja | 90 menit dan tugas mandiri | 3 JP |
| Menulis surat dinas yang ringkas | 90 menit dan tugas mandiri | 3 JP |
| Melayani warga yang kecewa | 90 menit dan bermain peran | 3 JP |

## Hasil dan Dampak

Dalam satu semester terselenggara 11 sesi dengan 264 kehadiran. Sebanyak 68 pegawai memperoleh tambahan 6 sampai 12
JP. Dua peserta kemudian menjadi pemandu sesi berikutnya. Biaya yang dikeluarkan hanya untuk konsumsi sederhana dan
cetak sertifikat.

## Cara Menerapkan

1. Petakan keterampilan yang dibutuhkan unit Anda dan pegawai yang dapat mengajarkannya.
2. Susun jadwal tetap, misalnya Kamis minggu kedua dan keempat pukul 14.00.
3. Gunakan daftar hadir daring dan tugas singkat sebagai bukti belajar.
4. Koordinasikan pengakuan JP dengan BKPSDM sejak awal.
5. Berikan apresiasi kepada pemandu sesi, misalnya surat penghargaan dari kepala perangkat daerah.

## Kontak

Dewi Kartika Siregar, Analis Pengembangan Kompetensi, BKPSDM Kota Medan.
""",
    ),
    RevisionData(
        article="Kelas Singkat Aplikasi Perkantoran Awan dan LibreOffice untuk Staf Administrasi",
        editor=SITI,
        summary="memperjelas pilihan format berkas untuk kedua aplikasi",
        body="""
## Latar Belakang

Staf administrasi adalah pengguna aplikasi perkantoran yang paling intens. Mereka menyusun surat, mengolah daftar
hadir, dan menyiapkan bahan rapat setiap hari, tetapi jarang mendapat pelatihan khusus.

## Permasalahan

Banyak pekerjaan dilakukan secara manual karena fitur yang tersedia tidak diketahui, misalnya surat massal,
penomoran otomatis, atau komentar pada dokumen bersama. Kantor juga memakai dua jenis aplikasi: paket perkantoran
berbasis awan dari akun dinas dan LibreOffice di komputer yang tidak memiliki lisensi aplikasi berbayar.

## Inovasi/Solusi

Diskominfo menyelenggarakan kelas singkat 2 jam setiap Rabu selama enam minggu. Setiap pertemuan membahas satu
kebutuhan nyata: menyusun dokumen bersama, membuat surat massal dari daftar penerima, mengolah daftar hadir dengan
lembar kerja, menyiapkan presentasi, menyimpan berkas di penyimpanan awan, dan mengekspor dokumen ke PDF. Setiap
materi ditunjukkan di kedua aplikasi. Untuk berkas yang masih akan diubah oleh kantor lain, peserta dianjurkan
menyimpan dalam format yang disepakati penerima dan memeriksa tampilannya sebelum dikirim; untuk dokumen final,
gunakan PDF agar tata letaknya tidak berubah.

## Hasil dan Dampak

Kelas diikuti 58 staf dari 16 perangkat daerah. Pada survei akhir, 87 persen peserta menyatakan telah memakai
setidaknya dua fitur baru dalam pekerjaan. Permintaan bantuan teknis sederhana ke Diskominfo turun sekitar 20 persen
dalam dua bulan berikutnya.

## Cara Menerapkan

1. Tanyakan kepada staf pekerjaan apa yang paling menyita waktu.
2. Susun satu pertemuan untuk satu kebutuhan.
3. Tunjukkan langkah di aplikasi yang benar-benar dipakai di kantor.
4. Berikan latihan dengan berkas contoh, bukan berkas dinas yang asli.
5. Sertakan satu sesi tentang pertukaran berkas antaraplikasi, karena di sanalah kendala paling sering muncul.

## Kontak

Yusuf Effendi Lubis, Pranata Humas, Diskominfo Kota Medan.
""",
    ),
    RevisionData(
        article="Satu Data Indikator Kinerja: Menyatukan Angka Lintas Perangkat Daerah",
        editor=JONATHAN,
        summary="menambah langkah kalender pembaruan data",
        body="""
## Latar Belakang

Angka yang berbeda untuk indikator yang sama adalah pemandangan yang akrab dalam rapat evaluasi. Angka partisipasi
sekolah atau jumlah penduduk miskin bisa muncul dengan dua atau tiga versi, tergantung sumber yang dikutip.

## Permasalahan

Setiap perangkat daerah menyimpan data indikatornya sendiri dalam berkas yang berbeda. Definisi operasional dan
tahun rujukan tidak selalu dicantumkan. Ketika dokumen perencanaan disusun, tim Bappeda harus menelusuri ulang asal
setiap angka.

## Inovasi/Solusi

Kami menyusun daftar indikator kinerja daerah dalam satu lembar kerja induk. Setiap indikator memiliki kolom
definisi, rumus, satuan, sumber data, perangkat daerah penanggung jawab, dan tanggal pembaruan terakhir. Penanggung
jawab memperbarui angkanya sendiri, sedangkan Bappeda memeriksa konsistensi. Dari lembar induk itu disusun dasbor
yang dibaca pimpinan.

## Hasil dan Dampak

Sebanyak 134 indikator dari 27 perangkat daerah kini tercatat lengkap dengan definisinya. Pada penyusunan dokumen
perencanaan terakhir, waktu penelusuran angka berkurang dari sekitar tiga minggu menjadi satu minggu. Perbedaan
angka dalam rapat evaluasi masih ada, tetapi sumbernya dapat segera diketahui.

## Cara Menerapkan

1. Mulai dari indikator yang tercantum dalam dokumen perencanaan daerah.
2. Wajibkan definisi dan rumus untuk setiap indikator.
3. Tetapkan satu penanggung jawab per indikator.
4. Catat tanggal pembaruan agar angka yang usang mudah dikenali.
5. Sepakati kalender pembaruan, misalnya paling lambat akhir Februari untuk angka tahun sebelumnya, agar data siap
   sebelum tahapan penyusunan rencana kerja dimulai.

## Kontak

Bonar Simatupang, Statistisi Ahli Muda, Bappeda Kota Medan.
""",
    ),
    RevisionData(
        article="Satu Jam Belajar Setiap Jumat: Dukungan Pimpinan yang Sederhana",
        editor=DEWI,
        summary="menambah cara mencatat jam belajar sebagai JP",
        body="""
## Latar Belakang

Sebagai pimpinan, saya sering mendengar bahwa pegawai ingin belajar tetapi tidak memiliki waktu. Pekerjaan rutin
selalu terasa lebih mendesak daripada belajar, padahal tanpa belajar pekerjaan rutin itu tidak akan pernah menjadi
lebih ringan.

## Permasalahan

Pengembangan kompetensi selama ini bergantung pada undangan pelatihan dari luar. Pegawai yang ingin belajar mandiri
merasa sungkan melakukannya pada jam kerja, karena khawatir dianggap tidak bekerja.

## Inovasi/Solusi

Di lingkungan Asisten Administrasi Umum kami menetapkan pukul 14.00 sampai 15.00 setiap Jumat sebagai jam belajar.
Selama satu jam tersebut rapat tidak dijadwalkan, kecuali dalam keadaan mendesak. Pegawai boleh mengikuti kelas
daring, membaca praktik baik di Simpul ASN, atau belajar bersama rekan. Kegiatan yang dicatat dengan bukti, seperti
sertifikat kelas daring atau catatan belajar bersama yang diketahui atasan, dapat diusulkan sebagai pembelajaran
nonklasikal kepada BKPSDM. Saya sendiri ikut hadir dalam beberapa sesi dan meminta para kepala bagian melakukan hal
yang sama.

## Hasil dan Dampak

Setelah empat bulan, rata-rata 70 persen pegawai memanfaatkan jam belajar setiap minggunya. Capaian JP pengembangan
kompetensi di unit kami naik dari rata-rata 9 JP menjadi 17 JP per pegawai dalam periode yang sama. Beberapa pegawai
mulai menawarkan diri untuk berbagi materi kepada rekannya.

## Cara Menerapkan

1. Tetapkan waktu belajar secara tertulis agar tidak dianggap sebagai kelonggaran pribadi.
2. Lindungi waktu tersebut dari jadwal rapat.
3. Hadirlah sesekali sebagai peserta, bukan sebagai penceramah.
4. Minta pegawai mencatat apa yang dipelajari secara singkat.
5. Akui hasil belajar dalam penilaian kinerja dan rapat staf.

## Kontak

Hendra Sitorus, Asisten Administrasi Umum, Sekretariat Daerah Kota Medan.
""",
    ),
)

QUESTIONS = (
    QuestionData(
        author=NURHAYATI,
        title="Bagaimana menyiapkan dokumen Word agar dapat ditandatangani secara elektronik?",
        tags=("tanda-tangan-elektronik", "perkantoran-digital"),
        body="""
Kantor kami mulai memakai tanda tangan elektronik untuk surat keluar. Saya menyusun surat di aplikasi pengolah kata,
tetapi ketika diunggah ke aplikasi tanda tangan, berkasnya ditolak atau tata letaknya bergeser. Kop surat terpotong
dan ruang tanda tangan berpindah ke halaman berikutnya. Apakah ada langkah yang sebaiknya dilakukan sebelum dokumen
diunggah? Format PDF seperti apa yang diterima?
""",
        answers=(
            AnswerData(SITI, """
Aplikasi tanda tangan elektronik hanya menerima PDF, jadi dokumen perlu diekspor terlebih dahulu. Beberapa langkah
yang biasa kami sarankan:

1. Pastikan ukuran kertas di pengaturan halaman sama dengan templat (biasanya F4 atau A4, sesuai tata naskah dinas
   kantor Anda).
2. Gunakan fitur ekspor ke PDF, bukan mencetak ke pencetak PDF, agar huruf ikut tertanam.
3. Sisakan ruang kosong di bawah jabatan penandatangan; jangan meletakkan gambar tanda tangan atau cap di sana.
4. Buka PDF hasilnya dan periksa jumlah halaman sebelum diunggah.

Jika kop surat terpotong, biasanya penyebabnya adalah batas margin atas yang terlalu kecil. Atur margin atas minimal
1 cm.
"""),
            AnswerData(BUDI, """
Menambahkan jawaban Bu Siti: kami menyediakan templat surat dengan posisi ruang tanda tangan yang sudah diuji. Jika
kantor Ibu belum memilikinya, duta digital di kantor Ibu dapat memintanya ke Diskominfo. Dengan templat yang sama,
operator tidak perlu menggeser posisi tanda tangan setiap kali dokumen diunggah.
"""),
        ),
        accepted=0,
        comments=(
            CommentData(NURHAYATI, "Terima kasih, Bu. Ternyata masalahnya di margin atas. Sudah berhasil.", answer=0),
        ),
    ),
    QuestionData(
        author=FITRI,
        title="Apakah nota dinas bertanda tangan elektronik tetap sah tanpa cap basah?",
        tags=("tanda-tangan-elektronik", "akuntabel"),
        body="""
Beberapa pejabat di lingkungan kami masih meminta nota dinas dicetak lalu dicap setelah ditandatangani secara
elektronik. Alasannya, dokumen tanpa cap dianggap belum sah. Hal ini membuat manfaat tanda tangan elektronik
berkurang karena kami tetap harus mencetak dan menunggu. Apakah cap basah memang masih diperlukan? Adakah rujukan
yang dapat saya sampaikan kepada pimpinan?
""",
        answers=(
            AnswerData(BUDI, """
Tanda tangan elektronik tersertifikasi memiliki kekuatan hukum dan akibat hukum yang sah, sebagaimana diatur dalam
ketentuan tentang informasi dan transaksi elektronik beserta peraturan pelaksanaannya. Cap basah tidak diperlukan
karena identitas penandatangan dan keutuhan dokumen dijamin oleh sertifikat elektronik.

Yang sering kami sarankan: tunjukkan kepada pimpinan cara memeriksa keabsahan tanda tangan pada berkas PDF. Begitu
pimpinan melihat bahwa perubahan satu huruf saja membuat tanda tangan dinyatakan tidak valid, keraguan biasanya
hilang. Rujukan tertulis dapat Ibu minta kepada bagian hukum agar sesuai dengan peraturan yang berlaku saat ini.
"""),
            AnswerData(YOHANA, """
Dari sisi pemeriksaan, kami justru lebih mudah menguji dokumen elektronik yang bertanda tangan tersertifikasi,
karena waktu penandatanganan dan penandatangannya tercatat. Cetakan dengan cap tidak menambah keabsahan. Yang
penting, berkas PDF aslinya tersimpan dengan baik sebagai arsip. Jika dokumen dicetak untuk keperluan tertentu,
cetakan tersebut hanyalah salinan, sehingga yang diperiksa tetap berkas elektroniknya.
"""),
            AnswerData(RATNA, """
Di Sekretariat DPRD kami menerima surat bertanda tangan elektronik dari perangkat daerah tanpa cap basah, dan tidak
ada masalah dalam penatausahaannya. Yang kami perhatikan hanya dua hal: berkas diterima dalam bentuk PDF asli, bukan
hasil pindaian cetakan, dan tanda tangannya dinyatakan valid ketika dibuka. Jika keduanya terpenuhi, surat langsung
kami catat dan teruskan.
"""),
        ),
        accepted=0,
    ),
    QuestionData(
        author=PUTRI,
        title="Berapa JP yang diakui untuk mengikuti webinar satu hari?",
        tags=("pengembangan-kompetensi", "kompeten"),
        body="""
Saya sering mengikuti webinar tentang pertanian perkotaan yang diselenggarakan kementerian dan perguruan tinggi.
Biasanya berlangsung tiga sampai empat jam dan pesertanya mendapatkan sertifikat elektronik. Apakah webinar seperti
ini dapat dihitung sebagai JP pengembangan kompetensi? Jika bisa, bagaimana cara menghitungnya dan ke mana
sertifikat dilaporkan?
""",
        answers=(
            AnswerData(DEWI, """
Bisa, selama kegiatannya relevan dengan tugas jabatan dan ada bukti keikutsertaan. Satu JP setara dengan 45 menit,
sehingga webinar tiga jam dihitung sekitar 4 JP. Jika sertifikat sudah mencantumkan jumlah JP, angka itulah yang
dipakai.

Caranya: unggah sertifikat melalui menu riwayat pengembangan kompetensi di aplikasi kepegawaian, lalu pengelola
kepegawaian di kantor Ibu akan memverifikasinya. Simpan juga materi atau catatan webinar, karena kadang diminta
sebagai bukti tambahan.
"""),
            AnswerData(RUDI, """
Tambahan teknis: berkas sertifikat sebaiknya PDF dengan ukuran di bawah 1 MB. Sertifikat berupa tangkapan layar
sering ditolak saat verifikasi karena nama peserta atau tanggalnya tidak terbaca. Jika webinar tidak menerbitkan
sertifikat, simpan surel konfirmasi pendaftaran dan bukti kehadiran, lalu tanyakan kepada pengelola kepegawaian
apakah bukti tersebut dapat diterima.
"""),
        ),
        accepted=0,
        comments=(CommentData(AHMAD, "Perhatikan juga relevansi dengan jabatan agar verifikasinya lancar."),),
    ),
    QuestionData(
        author=ANDI,
        title="Lupa kata sandi akun e-kinerja, ke mana harus melapor?",
        tags=("e-kinerja", "kepegawaian"),
        body="""
Saya lupa kata sandi akun aplikasi kinerja, sementara batas pengisian realisasi bulan ini tinggal dua hari. Fitur
lupa kata sandi mengirim tautan ke alamat surel lama yang sudah tidak aktif. Siapa yang dapat membantu mengatur
ulang kata sandi, dan apa saja yang perlu saya siapkan?
""",
        answers=(
            AnswerData(RUDI, """
Hubungi pengelola kepegawaian di kantor Bapak terlebih dahulu. Mereka dapat meneruskan permintaan atur ulang ke
BKPSDM. Siapkan NIP, nama lengkap, dan alamat surel baru yang aktif. Sebaiknya gunakan akun surel dinas.

Setelah kata sandi diatur ulang, segera perbarui alamat surel di profil agar fitur lupa kata sandi dapat dipakai
sendiri di kemudian hari. Jika tenggat sudah sangat dekat, sampaikan juga kepada atasan langsung agar penilaian
tidak terlambat.
"""),
            AnswerData(ADMIN, """
Sebagai catatan, akun Simpul ASN terpisah dari akun aplikasi kinerja. Mengubah kata sandi di salah satunya tidak
mengubah yang lain. Jika Bapak juga kesulitan masuk ke Simpul ASN, gunakan fitur lupa kata sandi di halaman masuk.
Tautan pengaturan ulang dikirim ke alamat surel yang terdaftar di profil Simpul ASN Bapak.
"""),
        ),
        accepted=0,
    ),
    QuestionData(
        author=HENDRIK,
        title="Bagaimana membagikan folder penyimpanan awan hanya untuk satu bidang?",
        comments=(CommentData(HENDRIK, "Grup surel bidang sudah dibuat admin. Terima kasih, Bu Siti.", answer=0),),
        tags=("penyimpanan-awan", "keamanan-informasi"),
        body="""
Bidang kami ingin menyimpan gambar rencana teknis dan dokumen pengadaan di penyimpanan awan kantor. Dokumen tersebut
tidak boleh dilihat bidang lain, tetapi semua anggota bidang harus dapat mengubahnya. Saat ini saya membagikan
folder satu per satu ke alamat surel pegawai, dan ketika ada pegawai yang pindah, aksesnya lupa dicabut. Adakah cara
yang lebih rapi?
""",
        answers=(
            AnswerData(SITI, """
Cara yang lebih rapi adalah membagikan folder ke grup, bukan ke orang per orang. Minta admin akun dinas di kantor
Bapak membuat grup surel untuk bidang, misalnya "bidang-jalan", lalu bagikan folder ke grup tersebut dengan hak
ubah.

Ketika ada pegawai yang pindah, cukup keluarkan ia dari grup dan seluruh aksesnya ikut hilang. Beberapa hal lain:

- Matikan opsi berbagi melalui tautan untuk folder tersebut.
- Jadikan folder milik akun dinas atau drive bersama, bukan akun pribadi pegawai.
- Periksa daftar anggota grup setiap tiga bulan.
"""),
            AnswerData(YUSUF, """
Kami di bagian humas memakai cara yang sama. Satu hal yang sering terlupa: berkas yang dibuat di folder pribadi lalu
dipindahkan ke folder bersama tetap dimiliki oleh pembuatnya. Jadi, biasakan membuat berkas langsung di folder
bersama. Jika sudah telanjur, pemilik berkas dapat memindahkan kepemilikannya kepada akun dinas sebelum ia pindah
tugas.
"""),
        ),
        accepted=0,
    ),
    QuestionData(
        author=KRISTINA,
        title="Aplikasi apa yang cocok untuk membuat dasbor data koperasi tanpa biaya lisensi?",
        tags=("dasbor", "data", "umkm"),
        body="""
Kami memiliki data sekitar 600 koperasi aktif: jenis usaha, jumlah anggota, modal, dan status rapat anggota tahunan.
Pimpinan meminta dasbor sederhana yang dapat dibuka di telepon genggam. Anggaran untuk membeli lisensi aplikasi
tidak tersedia tahun ini. Aplikasi apa yang dapat kami pakai, dan apakah perlu bantuan programmer?
""",
        answers=(
            AnswerData(BONAR, """
Untuk 600 baris data, Ibu tidak memerlukan programmer. Ada dua pilihan yang kami pakai di Bappeda:

1. Lembar kerja di penyimpanan awan dinas, dengan tab ringkasan berisi tabel pivot dan grafik. Tab ringkasan dapat
   dibagikan dalam mode hanya baca dan cukup nyaman dibuka di telepon genggam.
2. Layanan pembuat dasbor berbasis awan yang tersedia tanpa biaya untuk akun dinas, yang dapat membaca langsung dari
   lembar kerja tersebut.

Saran saya, mulai dari pilihan pertama. Yang lebih penting daripada aplikasinya adalah merapikan data: satu baris
untuk satu koperasi, satu kolom untuk satu jenis isian, tanpa sel yang digabung.
"""),
            AnswerData(BUDI, """
Setuju dengan Pak Bonar. Satu catatan dari sisi tata kelola: jika data memuat nama dan nomor kontak pengurus,
pisahkan kolom tersebut dari data yang ditampilkan di dasbor. Penerima dasbor kadang tetap dapat membuka data
sumbernya, jadi sebaiknya dasbor membaca dari lembar ringkasan yang hanya memuat angka agregat.
"""),
            AnswerData(MARIA, """
Pengalaman kami di Dinkes, pimpinan lebih sering membuka dasbor jika jumlah grafiknya sedikit. Tanyakan lebih dahulu
tiga pertanyaan yang paling ingin dijawab pimpinan, lalu buat grafik untuk ketiganya saja. Setelah dasbor dipakai
beberapa minggu, biasanya muncul pertanyaan baru, dan saat itulah grafik tambahan layak dibuat.
"""),
        ),
        accepted=0,
        comments=(CommentData(KRISTINA, "Saran satu baris untuk satu koperasi sangat membantu. Kami rapikan dulu."),),
    ),
    QuestionData(
        author=AGUS,
        title="Bagaimana mengajukan kerja sama pelatihan dengan kampus di Medan?",
        tags=("kerja-sama-kampus", "pelatihan"),
        body="""
Dinas kami ingin mengadakan pelatihan pengolahan data kejadian kebakaran dengan melibatkan dosen statistika. Kami
belum pernah bekerja sama dengan perguruan tinggi. Apakah kami dapat langsung menghubungi program studi, atau harus
melalui Setda? Dokumen apa saja yang perlu disiapkan? Kami berharap kegiatan dapat dilaksanakan pada triwulan
berikutnya.
""",
        answers=(
            AnswerData(MELATI, """
Sebaiknya Bapak menghubungi Bagian Kerjasama Setda terlebih dahulu. Pemerintah Kota Medan sudah memiliki nota
kesepahaman dengan beberapa kampus, antara lain USU, UINSU, UNIMED, dan Politeknik Negeri Medan, sehingga dinas
Bapak cukup menyusun perjanjian kerja sama turunan.

Yang perlu disiapkan:

1. Kerangka acuan kegiatan satu sampai dua halaman: latar belakang, tujuan, peserta, jadwal, dan keluaran.
2. Usulan pembagian peran dan biaya.
3. Nama pejabat penanggung jawab di dinas.

Kami akan membantu memeriksa kesesuaian dengan nota kesepahaman dan menghubungkan Bapak dengan unit kerja sama di
kampus.
"""),
            AnswerData(AHMAD, """
Dari pengalaman workshop literasi data bersama USU, libatkan dosen sejak penyusunan materi. Kirimkan contoh data
Bapak yang sudah disamarkan, agar latihan sesuai dengan pekerjaan sehari-hari. Koordinasikan juga dengan BKPSDM agar
kegiatan diakui sebagai JP. Dengan koordinasi sejak awal, jadwal, daftar hadir, dan sertifikat dapat disusun sesuai
ketentuan sehingga tidak perlu diurus ulang setelah kegiatan selesai.
"""),
        ),
        accepted=0,
    ),
    QuestionData(
        author=SRI,
        title="Apakah formulir daring aman untuk mengumpulkan data pribadi warga?",
        tags=("formulir-daring", "keamanan-informasi", "data"),
        body="""
Kami berencana memakai formulir daring untuk mendaftar peserta kegiatan penyuluhan. Formulir akan meminta nama, NIK,
alamat, dan nomor telepon. Saya khawatir data tersebut bocor, apalagi jika formulir dibuat dengan akun pribadi. Apa
yang harus diperhatikan agar pengumpulan data pribadi tetap aman dan sesuai aturan?
""",
        answers=(
            AnswerData(SITI, """
Pertanyaan pertama yang perlu dijawab: apakah NIK benar-benar dibutuhkan? Jika hanya untuk daftar hadir, nama dan
kelurahan sering sudah cukup. Prinsipnya kumpulkan data seminimal mungkin.

Jika data pribadi memang diperlukan:

- Buat formulir dengan akun dinas, bukan akun pribadi.
- Batasi akses lembar jawaban hanya kepada petugas yang berwenang.
- Jangan membagikan tautan lembar jawaban di grup pesan.
- Cantumkan di formulir untuk apa data dipakai dan berapa lama disimpan.
- Hapus data setelah tidak diperlukan lagi.
"""),
            AnswerData(YOHANA, """
Menambahkan dari sisi pengawasan: dokumentasikan siapa saja yang memiliki akses dan kapan data dihapus. Catatan
sederhana seperti ini sangat membantu ketika ada pemeriksaan atau pengaduan. Jika formulir dipakai berulang, tinjau
juga daftar akses setiap kali ada pergantian petugas, karena akses lama yang lupa dicabut adalah celah yang paling
sering kami temukan.
"""),
        ),
        accepted=0,
    ),
    QuestionData(
        author=IQBAL,
        title="Bagaimana meyakinkan pegawai senior yang enggan memakai aplikasi baru?",
        tags=("manajemen-perubahan", "adaptif"),
        body="""
Di regu kami, beberapa anggota senior yang sangat berpengalaman di lapangan enggan memakai formulir laporan di
telepon genggam. Mereka merasa cara lama sudah cukup dan khawatir salah tekan. Saya tidak ingin memaksa, karena
pengalaman mereka sangat berharga. Bagaimana pengalaman rekan-rekan menghadapi situasi serupa?
""",
        answers=(
            AnswerData(RINA, """
Keengganan sering bukan penolakan terhadap teknologi, melainkan kekhawatiran terlihat tidak mampu di depan rekan
yang lebih muda. Dampingi secara pribadi, bukan di depan seluruh regu, dan biarkan mereka mencoba sendiri dengan
data latihan. Sediakan waktu khusus di luar jam sibuk agar mereka tidak merasa diburu-buru.
"""),
            AnswerData(AHMAD, """
Ada tiga hal yang biasanya berhasil:

1. Tunjukkan manfaat bagi mereka sendiri, misalnya tidak perlu lagi menulis buku mutasi di akhir giliran tugas.
2. Pasangkan dengan anggota muda sebagai pendamping, tetapi minta anggota senior yang menjadi penentu isi laporan.
   Dengan begitu pengalaman mereka tetap dihargai.
3. Beri masa transisi, misalnya dua minggu boleh memakai cara lama dan baru sekaligus.

Jangan lupa memberi pengakuan di depan regu ketika mereka sudah berhasil.
"""),
            AnswerData(HENDRA, """
Dari sisi pimpinan, saya menyampaikan dengan jelas bahwa kesalahan pada masa belajar tidak akan dinilai negatif.
Pernyataan seperti ini perlu diucapkan oleh atasan, bukan hanya oleh pendamping. Saya juga meminta kepala seksi ikut
memakai aplikasi yang sama, sehingga anggota melihat bahwa perubahan ini berlaku untuk semua tingkatan.
"""),
            AnswerData(TEGUH, """
Minta juga masukan mereka untuk memperbaiki formulir. Anggota senior biasanya paling tahu isian mana yang tidak
berguna di lapangan, dan mereka akan lebih memiliki formulir yang ikut mereka rancang. Rasa memiliki seperti ini
sering lebih kuat pengaruhnya daripada instruksi tertulis dari atasan.
"""),
        ),
        accepted=1,
        comments=(
            CommentData(IQBAL, "Masa transisi dua minggu akan kami coba mulai Senin depan.", answer=1),
            CommentData(RINA, "Setuju dengan Pak Ahmad, pengakuan di depan regu sangat berpengaruh.", answer=1),
        ),
    ),
    QuestionData(
        author=CLARA,
        title="Apakah berkas LibreOffice dapat dibuka dengan rapi di aplikasi perkantoran lain?",
        tags=("perkantoran-digital", "libreoffice"),
        body="""
Komputer di ruang guru memakai LibreOffice, sedangkan dinas mengirim templat laporan dalam format .docx dan .xlsx.
Ketika saya mengisi lalu mengirimkannya kembali, kadang tabelnya bergeser dan rumus di lembar kerja tidak berfungsi.
Apakah sebaiknya saya menyimpan dalam format lain? Bagaimana agar berkas tetap rapi di kedua aplikasi?
""",
        answers=(
            AnswerData(YUSUF, """
LibreOffice dapat membuka dan menyimpan .docx serta .xlsx, tetapi beberapa fitur tidak sama persis. Beberapa tips:

1. Jika templat dari dinas berformat .docx, simpan kembali dalam .docx, bukan .odt, dan pilih "gunakan format Word"
   ketika muncul pertanyaan.
2. Hindari tabel bersarang dan kotak teks; gunakan tabel biasa.
3. Untuk lembar kerja, hindari fungsi yang hanya ada di satu aplikasi. Fungsi umum seperti SUM, IF, dan VLOOKUP
   aman.
4. Jika dokumen tidak perlu diubah lagi oleh penerima, kirim dalam PDF.

Sebelum mengirim, buka kembali berkasnya sekali untuk memastikan tata letaknya tidak berubah.
"""),
            AnswerData(SITI, """
Tambahan: pasang huruf yang sama dengan yang dipakai di templat. Banyak pergeseran tata letak disebabkan huruf
pengganti yang lebarnya berbeda. Huruf yang dipakai templat dinas dapat dipasang di komputer sekolah oleh operator.
Jika tidak memungkinkan, sepakati dengan dinas untuk memakai huruf yang tersedia di kedua aplikasi.
"""),
        ),
        accepted=0,
    ),
    QuestionData(
        author=LESTARI,
        title="Bagaimana penomoran surat keluar jika arsip sudah daring?",
        comments=(CommentData(RATNA, "Di Sekretariat DPRD kami pernah mengalami nomor ganda yang sama persis."),),
        tags=("arsip-digital", "tata-naskah"),
        body="""
Kantor kami mulai memakai aplikasi arsip surat daring untuk surat masuk. Untuk surat keluar, nomor masih diambil
dari buku agenda di bagian umum. Akibatnya, ada nomor yang terlewat dan ada yang terpakai dua kali ketika dua orang
meminta nomor bersamaan. Apakah penomoran surat keluar sebaiknya juga dipindahkan ke aplikasi? Bagaimana masa
peralihannya?
""",
        answers=(
            AnswerData(TEGUH, """
Sebaiknya ya. Penomoran otomatis dari aplikasi mencegah nomor ganda karena nomor diberikan oleh sistem pada saat
surat dicatat. Untuk masa peralihan:

1. Tetapkan tanggal mulai, sebaiknya awal bulan.
2. Tutup buku agenda pada tanggal tersebut dan catat nomor terakhir.
3. Atur nomor awal di aplikasi agar melanjutkan nomor terakhir buku agenda.
4. Selama satu bulan pertama, bagian umum memeriksa setiap hari apakah ada surat yang dinomori di luar aplikasi.

Pastikan juga kode klasifikasi dipilih dengan benar, karena kode tersebut menjadi bagian dari nomor surat.
"""),
            AnswerData(SITI, """
Di Diskominfo kami melakukan hal yang sama. Satu tips: buat daftar kode klasifikasi yang paling sering dipakai di
kantor Ibu dan tempel di dekat meja operator. Sebagian besar surat hanya memakai sepuluh kode. Dengan begitu
operator tidak perlu membuka pedoman klasifikasi setiap kali mencatat surat.
"""),
        ),
        accepted=0,
    ),
    QuestionData(
        author=WAHYUNI,
        title="Bagaimana menggabungkan laporan dari 41 puskesmas tanpa menyalin manual?",
        tags=("data", "kesehatan"),
        body="""
Setiap bulan saya menerima 41 berkas lembar kerja dari puskesmas dengan format yang sama. Saya menyalin isinya satu
per satu ke berkas rekap, dan pekerjaan ini memakan waktu dua hari. Adakah cara menggabungkan berkas tersebut secara
otomatis? Saya tidak memiliki latar belakang pemrograman.
""",
        answers=(
            AnswerData(BONAR, """
Ada dua jalan tanpa pemrograman:

1. Ganti pengiriman berkas dengan formulir daring atau satu lembar kerja bersama. Setiap puskesmas mengisi baris
   miliknya, sehingga tidak ada lagi penggabungan. Ini solusi paling tuntas.
2. Jika berkas terpisah tetap harus dipakai, simpan semuanya di satu folder dan gunakan fitur impor data dari folder
   yang tersedia di aplikasi lembar kerja. Fitur ini menggabungkan semua berkas berformat sama menjadi satu tabel,
   dan cukup disegarkan setiap bulan.

Syarat keduanya sama: nama kolom dan urutannya harus persis sama di semua puskesmas. Kunci baris judul di templat
agar tidak diubah.
"""),
            AnswerData(MARIA, """
Kami di bidang pencegahan penyakit sudah memakai cara pertama untuk laporan DBD mingguan. Waktu rekap turun dari
sekitar 14 jam menjadi kurang dari 2 jam. Silakan mampir ke ruangan kami jika ingin melihat contohnya. Kuncinya
adalah menyepakati definisi dan batas waktu laporan terlebih dahulu bersama puskesmas.
"""),
        ),
        accepted=0,
    ),
    QuestionData(
        author=FADLI,
        title="Apakah sertifikat workshop dari kampus mitra dapat dihitung sebagai JP?",
        tags=("pengembangan-kompetensi", "kerja-sama-kampus"),
        body="""
Saya mengikuti workshop peta digital selama empat hari yang diselenggarakan dinas bersama Politeknik Negeri Medan.
Sertifikat diterbitkan oleh kampus, bukan oleh BKPSDM. Apakah sertifikat tersebut dapat diakui sebagai JP
pengembangan kompetensi? Berapa JP yang wajar untuk empat hari? Saya ingin mengunggahnya ke aplikasi sebelum akhir
bulan.
""",
        answers=(
            AnswerData(DEWI, """
Dapat, Pak. Pelatihan yang diselenggarakan bersama kampus mitra dapat diakui selama kegiatannya terencana, ada
daftar hadir, dan materinya relevan dengan jabatan. Jumlah JP mengikuti jadwal kegiatan: satu JP setara 45 menit.
Empat hari dengan enam jam efektif per hari kira-kira 32 JP.

Agar verifikasi lancar, minta panitia mencantumkan jumlah JP dan jadwal kegiatan pada sertifikat atau lampirannya.
Ke depan, sebaiknya penyelenggara berkoordinasi dengan BKPSDM sejak perencanaan.
"""),
            AnswerData(AHMAD, """
Benar yang disampaikan Bu Dewi. Untuk workshop berikutnya bersama kampus, BKPSDM dapat ikut menandatangani
sertifikat sehingga pengakuannya lebih sederhana. Kami juga dapat membantu menyusun jadwal dan daftar hadir yang
memenuhi syarat verifikasi, sehingga peserta tidak perlu mengurus pengakuan JP satu per satu.
"""),
        ),
        accepted=0,
    ),
    QuestionData(
        author=IRWAN,
        title="Bagaimana kecamatan memantau antrean layanan tanpa aplikasi berbayar?",
        tags=("antrean-daring", "layanan-kecamatan"),
        body="""
Beberapa kecamatan ingin mengetahui berapa lama warga menunggu di loket, tetapi belum memiliki mesin antrean.
Anggaran untuk aplikasi antrean juga belum tersedia. Adakah cara sederhana untuk mencatat waktu kedatangan dan waktu
dilayani, sehingga kecamatan dapat menentukan jam sibuk dan menambah petugas pada jam tersebut?
""",
        answers=(
            AnswerData(RIZKY, """
Sebelum memakai antrean daring, kami di Disdukcapil memulai dengan cara sederhana:

1. Petugas penerima mencatat nomor antrean dan jam kedatangan pada formulir daring di tablet.
2. Petugas loket mencatat jam mulai dilayani dengan memindai atau mengetik nomor antrean.
3. Jawaban formulir masuk ke satu lembar kerja yang menghitung selisih waktunya.

Dua minggu pencatatan sudah cukup untuk melihat pola jam sibuk. Hasil kami waktu itu menunjukkan 60 persen
kedatangan terjadi sebelum pukul 10.00, dan data inilah yang mendasari pengaturan kuota antrean daring.
"""),
            AnswerData(DARMAWAN, """
Cara Rizky juga kami pakai saat jemput bola. Catatan kecil: sertakan kolom jenis layanan, karena lama layanan kartu
keluarga dan akta berbeda jauh. Tanpa kolom itu, rata-rata waktu layanan bisa menyesatkan. Kami juga mencatat apakah
warga datang dengan berkas lengkap, karena berkas yang kurang membuat layanan berhenti di tengah jalan.
"""),
        ),
        accepted=0,
    ),
    QuestionData(
        author=RATNA,
        title="Bagaimana menyusun notula rapat bersama agar tidak saling menimpa?",
        comments=(CommentData(FITRI, "Pembagian tugas per bagian ini kami pakai juga di rapat evaluasi.", answer=0),),
        tags=("dokumen-bersama", "kolaboratif"),
        body="""
Kami mencoba menulis notula rapat bersama di satu dokumen awan. Ternyata dua notulis kadang mengetik di bagian yang
sama sehingga kalimat menjadi berantakan, dan ada yang tanpa sengaja menghapus tulisan rekannya. Bagaimana mengatur
pembagian tugas dan struktur dokumen agar penulisan bersama berjalan lancar?
""",
        answers=(
            AnswerData(JONATHAN, """
Masalahnya biasanya bukan pada aplikasinya, melainkan pada struktur dokumen. Yang kami lakukan di Bappeda:

- Siapkan templat dengan judul bagian yang tetap sebelum rapat dimulai, misalnya satu bagian untuk setiap agenda.
- Bagi tugas per bagian, bukan per waktu. Notulis A menulis pembahasan, notulis B menulis kesimpulan dan tindak
  lanjut.
- Gunakan komentar jika ingin mengoreksi tulisan rekan, jangan langsung menghapus.
- Jika ada yang terhapus, pulihkan dari riwayat versi.

Setelah rapat, satu orang merapikan dokumen dan menguncinya.
"""),
        ),
        accepted=0,
    ),
    QuestionData(
        author=YOHANA,
        title="Apa bukti yang cukup untuk audit jika dokumen hanya tersimpan di penyimpanan awan?",
        tags=("akuntabel", "penyimpanan-awan", "arsip-digital"),
        body="""
Semakin banyak perangkat daerah yang menyimpan dokumen hanya dalam bentuk elektronik di penyimpanan awan. Saat
audit, kami kadang menerima tautan berkas yang bisa diubah oleh siapa saja di kantor tersebut. Bagaimana memastikan
bahwa dokumen yang kami periksa adalah dokumen asli dan belum diubah setelah tanggal penetapan?
""",
        answers=(
            AnswerData(BUDI, """
Beberapa hal yang dapat diminta sebagai bukti:

1. Dokumen final dalam PDF bertanda tangan elektronik. Setiap perubahan setelah penandatanganan akan membuat tanda
   tangan tidak valid.
2. Riwayat versi dari penyimpanan awan, yang menunjukkan siapa mengubah apa dan kapan.
3. Salinan berkas yang diunduh pada saat audit dan disimpan di folder audit dengan akses terbatas.

Untuk dokumen kerja yang masih terbuka, seperti lembar kerja rekap, mintalah auditi mengekspornya ke PDF atau
mengunci versinya pada tanggal tertentu sebelum diperiksa.
"""),
            AnswerData(TEGUH, """
Dari sisi tata laksana, kami sedang menyusun pedoman agar dokumen yang sudah ditetapkan dipindahkan ke folder arsip
yang hanya dapat dibaca. Dengan begitu, pertanyaan tentang keaslian dokumen berkurang sejak awal. Pedoman ini juga
mengatur siapa yang boleh memindahkan dokumen ke folder arsip.
"""),
        ),
        accepted=0,
    ),
    QuestionData(
        author=DARMAWAN,
        title="Perlukah verifikasi dua langkah untuk akun surel dinas?",
        tags=("keamanan-informasi",),
        body="""
Akun surel dinas saya dipakai untuk masuk ke beberapa aplikasi, termasuk penyimpanan awan. Seorang rekan baru saja
mengalami akunnya dipakai orang lain untuk mengirim tautan mencurigakan. Apakah verifikasi dua langkah wajib
diaktifkan? Bagaimana jika telepon genggam hilang atau berganti nomor?
""",
        answers=(
            AnswerData(SITI, """
Sangat dianjurkan, terutama untuk akun yang dipakai masuk ke banyak aplikasi. Sebagian besar pembobolan akun terjadi
karena kata sandi bocor atau ditebak, dan verifikasi dua langkah mencegah penyalahgunaan meskipun kata sandi
diketahui orang lain.

Untuk mengantisipasi telepon hilang:

1. Gunakan aplikasi autentikator, bukan hanya pesan singkat.
2. Simpan kode cadangan di tempat aman, misalnya dicetak dan disimpan di laci terkunci.
3. Daftarkan lebih dari satu metode verifikasi.

Jika semua cara gagal, admin akun dinas di Diskominfo dapat membantu memulihkan akses setelah identitas Bapak
diverifikasi.
"""),
            AnswerData(RUDI, """
Di BKPSDM kami sudah mewajibkan verifikasi dua langkah untuk akun yang mengakses data kepegawaian. Awalnya ada
keluhan, tetapi setelah satu minggu semua terbiasa. Kami menyediakan panduan bergambar satu halaman dan mendampingi
pegawai yang kesulitan memasang aplikasi autentikator di telepon genggamnya.
"""),
        ),
        accepted=0,
        comments=(CommentData(DARMAWAN, "Sudah saya aktifkan dengan aplikasi autentikator. Terima kasih."),),
    ),
    QuestionData(
        author=MELATI,
        title="Bagaimana mengukur manfaat workshop bersama kampus selain daftar hadir?",
        tags=("kerja-sama-kampus", "pelatihan", "evaluasi"),
        body="""
Laporan kegiatan kerja sama dengan kampus selama ini hanya memuat jumlah peserta dan foto kegiatan. Pimpinan
bertanya apa manfaat nyata workshop tersebut bagi pekerjaan perangkat daerah. Indikator apa yang sebaiknya kami
kumpulkan, dan kapan waktu yang tepat untuk mengukurnya? Kami ingin laporan berikutnya lebih bermakna.
""",
        answers=(
            AnswerData(DEWI, """
Kami memakai empat tingkat ukuran yang sederhana:

1. Reaksi: kuesioner kepuasan di akhir kegiatan.
2. Pembelajaran: tes awal dan tes akhir dengan soal yang sama.
3. Penerapan: satu sampai tiga bulan kemudian, tanyakan kepada peserta dan atasannya apa yang sudah diterapkan.
4. Hasil: perubahan pada pekerjaan, misalnya waktu penyusunan laporan atau jumlah dasbor yang dipakai dalam rapat.

Tingkat ketiga dan keempat paling sering dilupakan, padahal itulah yang ditanyakan pimpinan. Cantumkan rencana
pengukurannya sejak kerangka acuan disusun.
"""),
            AnswerData(AHMAD, """
Pada workshop literasi data bersama USU, kami meminta peserta membawa data kantornya sendiri. Keluaran berupa dasbor
jadi memudahkan pengukuran: kami cukup menghitung berapa dasbor yang masih dipakai satu bulan kemudian. Pada
workshop tersebut, delapan dari dua puluh sembilan dasbor masih dipakai dalam rapat bulanan.
"""),
        ),
        accepted=0,
    ),
    QuestionData(
        author=INDAH,
        title="Apakah ada templat laporan kegiatan komunitas belajar?",
        tags=("komunitas-belajar", "pengembangan-kompetensi"),
        body="""
Beberapa rekan di DLH ingin memulai komunitas belajar tentang pengolahan data persampahan. Agar kegiatannya dapat
diakui sebagai JP, kami perlu membuat laporan. Apakah BKPSDM memiliki templat laporan kegiatan komunitas belajar?
Bagian apa saja yang wajib dimuat? Kami berencana bertemu dua kali sebulan.
""",
        answers=(
            AnswerData(DEWI, """
Ada, Bu. Templat laporan kami terdiri atas lima bagian:

1. Identitas kegiatan: judul, tanggal, tempat atau tautan, dan pemandu.
2. Tujuan pembelajaran dalam satu sampai tiga kalimat.
3. Ringkasan materi dan tugas yang diberikan.
4. Daftar hadir yang ditandatangani atau diekspor dari formulir daring.
5. Hasil tugas peserta dan pengesahan atasan langsung.

Templat dapat diminta melalui pengelola kepegawaian di kantor Ibu. Yang paling penting adalah tujuan pembelajaran
yang jelas dan bukti tugas, bukan panjangnya laporan.
"""),
            AnswerData(RINA, """
Jika komunitasnya lintas perangkat daerah, cantumkan asal instansi setiap peserta di daftar hadir agar pengakuan JP
dapat diproses di masing-masing instansi. Sertakan juga nama dan NIP pemandu, karena pemandu dapat memperoleh
pengakuan tersendiri. Simpan laporan dan daftar hadir di satu folder agar mudah ditunjukkan saat verifikasi.
"""),
        ),
        accepted=0,
    ),
    QuestionData(
        author=TEGUH,
        title="Bagaimana memperbarui SOP setelah layanan berpindah ke daring?",
        tags=("sop", "proses-bisnis"),
        body="""
Banyak layanan sudah berpindah ke formulir daring atau aplikasi, tetapi SOP-nya masih menggambarkan alur manual:
berkas diserahkan ke loket, diparaf, lalu dicatat di buku. Saat dievaluasi, SOP tersebut tidak lagi sesuai dengan
praktik. Bagaimana langkah yang baik untuk memperbarui SOP agar mencerminkan alur digital?
""",
        answers=(
            AnswerData(FITRI, """
Mulailah dari pengamatan, bukan dari dokumen SOP lama. Ikuti satu permohonan dari awal sampai selesai di aplikasi,
catat siapa melakukan apa, dan berapa lama.

Lalu:

1. Gambarkan alur baru dan tandai langkah yang dilakukan sistem secara otomatis, misalnya penomoran atau notifikasi.
2. Hapus paraf dan pencatatan yang sudah digantikan aplikasi.
3. Tambahkan langkah penanganan jika aplikasi tidak dapat diakses.
4. Bahas rancangan SOP dengan pelaksana sebelum diajukan untuk ditetapkan.

Langkah ketiga sering terlupa, padahal pelaksana perlu tahu apa yang harus dilakukan saat jaringan terganggu.
"""),
            AnswerData(IRWAN, """
Di kecamatan kami menambahkan satu kolom di SOP: "dilakukan di aplikasi" atau "dilakukan manual". Pegawai baru jadi
lebih cepat memahami bagian mana yang sudah daring. Kolom itu juga membantu ketika aplikasi sedang gangguan, karena
langkah manual penggantinya langsung terlihat. Pegawai tidak perlu menebak apa yang harus dilakukan.
"""),
        ),
        accepted=0,
    ),
    QuestionData(
        author=JONATHAN,
        title="Format data apa yang sebaiknya dipakai saat berbagi data antarperangkat daerah?",
        tags=("data", "kolaboratif"),
        body="""
Bappeda sering meminta data dari perangkat daerah untuk penyusunan dokumen perencanaan. Data yang kami terima
beragam: PDF hasil pindaian, lembar kerja dengan sel yang digabung, bahkan foto tabel. Saya ingin menyusun panduan
singkat tentang format data yang sebaiknya dikirim. Apa saja yang perlu dimuat dalam panduan tersebut?
""",
        answers=(
            AnswerData(BONAR, """
Beberapa hal pokok yang kami usulkan untuk panduan:

1. Kirim data dalam format lembar kerja (.xlsx atau .ods) atau CSV, bukan PDF atau gambar.
2. Satu tabel untuk satu jenis data, dengan satu baris judul kolom.
3. Tidak ada sel yang digabung dan tidak ada baris subtotal di tengah tabel.
4. Gunakan kode wilayah yang baku untuk kecamatan dan kelurahan.
5. Sertakan lembar keterangan: definisi, satuan, sumber, dan tanggal data.

Lampirkan satu contoh tabel yang baik dan satu yang kurang baik. Contoh lebih mudah dipahami daripada aturan.
"""),
            AnswerData(SITI, """
Untuk data yang dipertukarkan secara rutin, pertimbangkan lembar kerja bersama dengan kolom yang terkunci. Pengirim
tidak perlu mengirim berkas, dan formatnya otomatis seragam. Berikan akses ubah hanya pada baris atau tab milik
pengirim, dan kunci baris judul agar struktur tabel tidak berubah.
"""),
        ),
        accepted=0,
    ),
    QuestionData(
        author=BONAR,
        title="Bagaimana menangani NIK ganda pada rekap penerima program?",
        tags=("data", "kependudukan"),
        body="""
Saat menggabungkan data penerima beberapa program bantuan untuk analisis, kami menemukan NIK yang sama muncul dengan
nama yang ejaannya berbeda, dan ada pula NIK yang jumlah digitnya kurang. Bagaimana cara yang aman untuk
membersihkan data seperti ini? Apakah kami dapat memadankannya dengan data kependudukan?
""",
        answers=(
            AnswerData(DARMAWAN, """
Pemadanan dengan data kependudukan dapat dilakukan melalui mekanisme kerja sama pemanfaatan data, jadi perlu
permohonan resmi dari perangkat daerah Bapak kepada Disdukcapil. Kami tidak dapat melakukannya hanya berdasarkan
permintaan lisan. Silakan hubungi bidang kami untuk mendapatkan contoh surat permohonan dan daftar persyaratannya.
"""),
            AnswerData(RIZKY, """
Sebelum pemadanan resmi, ada pembersihan awal yang dapat dilakukan sendiri:

1. Tandai NIK yang panjangnya bukan 16 digit atau memuat karakter selain angka. Sering kali penyebabnya angka nol di
   depan yang hilang karena kolom diformat sebagai angka, jadi ubah format kolom menjadi teks.
2. Urutkan berdasarkan NIK dan tandai NIK yang muncul lebih dari sekali.
3. Untuk NIK ganda dengan nama berbeda, jangan memilih salah satu secara manual. Catat sebagai data yang perlu
   dipadankan.

Setelah itu, kirimkan hanya daftar yang bermasalah untuk dipadankan, bukan seluruh data. Prosesnya jauh lebih cepat.
"""),
        ),
        accepted=1,
        comments=(CommentData(BONAR, "Benar, ternyata sebagian besar karena kolom diformat sebagai angka.", answer=1),),
    ),
    QuestionData(
        author=MARIA,
        title="Bagaimana menampilkan peta sebaran kasus per kecamatan secara sederhana?",
        tags=("data-spasial", "dasbor", "kesehatan"),
        body="""
Dasbor DBD kami saat ini hanya berisi tabel dan grafik batang per kecamatan. Pimpinan meminta tampilan peta agar
wilayah dengan kasus tinggi langsung terlihat. Saya belum pernah membuat peta. Apakah ada cara sederhana untuk
membuat peta tematik per kecamatan tanpa harus menguasai perangkat lunak pemetaan yang rumit?
""",
        answers=(
            AnswerData(FADLI, """
Ada, Bu. Yang dibutuhkan adalah berkas batas wilayah kecamatan dan tabel jumlah kasus dengan nama atau kode
kecamatan yang sama persis.

Cara paling sederhana:

1. Minta berkas batas kecamatan Kota Medan ke Bappeda atau dinas kami.
2. Buka di aplikasi sistem informasi geografis yang bebas dipakai, lalu gabungkan dengan tabel kasus berdasarkan
   kode kecamatan.
3. Atur warna bertingkat, misalnya lima kelas dari terang ke gelap.
4. Ekspor sebagai gambar atau PDF untuk dimasukkan ke laporan.

Beberapa aplikasi dasbor berbasis awan juga dapat menampilkan peta jika diberi berkas batas wilayah. Saya bersedia
membantu langkah awalnya.
"""),
            AnswerData(BONAR, """
Pastikan penulisan nama kecamatan seragam, misalnya "Medan Johor" dan bukan "Md. Johor". Lebih aman memakai kode
wilayah, karena penggabungan tabel sering gagal hanya karena perbedaan ejaan. Kode wilayah dapat dimintakan ke
Bappeda dalam bentuk tabel yang siap digabungkan. Simpan kode itu sebagai teks agar angka nol di depannya tidak
hilang.
"""),
        ),
        accepted=0,
    ),
    QuestionData(
        author=YUSUF,
        title="Ukuran dan format gambar apa yang baik untuk konten media sosial perangkat daerah?",
        tags=("kehumasan", "perkantoran-digital"),
        body="""
Saya mengelola akun media sosial Diskominfo dan sering menerima bahan infografis dari perangkat daerah lain. Gambar
yang dikirim kadang buram setelah diunggah, atau teksnya terlalu kecil untuk dibaca di telepon genggam. Adakah
pedoman sederhana tentang ukuran, format, dan jumlah teks yang dapat saya bagikan kepada rekan-rekan humas di
perangkat daerah?
""",
        answers=(
            AnswerData(CLARA, """
Dari pengalaman membuat materi ajar bergambar, beberapa prinsip yang bisa dipakai:

- Buat dalam rasio persegi atau potret, karena sebagian besar warga membuka media sosial di telepon genggam.
- Simpan dalam PNG untuk gambar yang banyak teksnya, dan JPG untuk foto.
- Batasi teks menjadi satu judul dan paling banyak tiga poin.
- Ukuran huruf jangan terlalu kecil; cek dengan melihat gambar di layar telepon tanpa diperbesar.
- Cantumkan sumber data dan logo instansi secukupnya.

Sediakan templat dengan huruf dan warna yang seragam agar semua perangkat daerah tinggal mengisi.
"""),
        ),
        accepted=0,
    ),
    QuestionData(
        author=PUTRI,
        title="Bagaimana mengadakan kelas daring untuk kelompok tani yang sinyalnya lemah?",
        tags=("penyuluhan", "pelatihan"),
        body="""
Beberapa kelompok tani binaan kami berada di wilayah pinggiran dengan sinyal internet yang tidak stabil. Saat kelas
daring dengan video, banyak peserta terputus atau hanya mendengar suara yang patah-patah. Bagaimana cara
menyelenggarakan penyuluhan daring yang tetap efektif dalam kondisi seperti ini?
""",
        answers=(
            AnswerData(YUSUF, """
Kuncinya mengurangi ketergantungan pada video langsung:

1. Kirim materi lebih dahulu dalam bentuk video pendek berukuran kecil atau gambar dengan teks, sehingga dapat
   diunduh ketika sinyal baik.
2. Jadikan sesi langsung sebagai sesi tanya jawab dengan suara saja, tanpa video.
3. Sediakan kesempatan bertanya melalui pesan tertulis bagi yang terputus.
4. Rekam sesi dan bagikan ringkasannya dalam bentuk teks setelahnya.

Jika memungkinkan, minta peserta berkumpul di satu titik yang sinyalnya paling baik, misalnya balai kelompok tani.
"""),
            AnswerData(SRI, """
Kami di penyuluhan KB melakukan hal serupa: kader berkumpul di kantor kelurahan dan menonton bersama dari satu
perangkat. Diskusi langsung di tempat justru lebih hidup. Penyuluh cukup menyiapkan satu perangkat dengan pengeras
suara dan koneksi yang stabil. Kader juga dapat membantu peserta yang belum terbiasa bertanya.
"""),
        ),
        accepted=0,
    ),
    QuestionData(
        author=ANDI,
        title="Bagaimana mencegah penumpukan pemohon walaupun sudah ada antrean daring?",
        tags=("antrean-daring", "pelayanan-publik"),
        body="""
Kami sudah membuka pemesanan jadwal uji kendaraan secara daring. Namun, pada sesi pagi tetap terjadi penumpukan
karena banyak pemohon datang jauh sebelum jam pesanannya, ditambah pemohon tanpa pesanan. Bagaimana cara mengatur
kedatangan agar antrean daring benar-benar mengurangi penumpukan? Petugas kami juga kewalahan menjelaskan hal ini
kepada pemohon.
""",
        answers=(
            AnswerData(RIZKY, """
Kami mengalami hal yang sama pada bulan pertama. Yang membantu:

1. Perkecil rentang waktu pesanan, misalnya per satu jam, bukan per sesi pagi atau siang.
2. Cantumkan pada bukti pesanan bahwa pemohon dilayani sesuai jamnya, dan datang lebih awal tidak mempercepat
   layanan.
3. Pisahkan jalur pemohon berpesanan dan tanpa pesanan secara fisik, dengan papan petunjuk yang jelas.
4. Konsisten. Jika pemohon yang datang lebih awal tetap dilayani lebih dahulu, kebiasaan lama akan kembali.

Butuh sekitar satu bulan sampai pemohon percaya bahwa jam pesanan dihormati.
"""),
            AnswerData(IRWAN, """
Di kecamatan, papan informasi sederhana di pintu masuk yang menunjukkan jam layanan yang sedang berjalan cukup
membantu. Pemohon yang datang terlalu awal memilih menunggu di luar atau kembali nanti. Papan tersebut kami perbarui
setiap jam oleh petugas penerima. Pertanyaan kepada petugas loket pun berkurang.
"""),
        ),
        accepted=0,
    ),
    QuestionData(
        author=HENDRIK,
        title="Bagaimana mencatat pengaduan warga yang masuk melalui banyak saluran?",
        tags=("pengaduan", "pelayanan-publik"),
        body="""
Pengaduan jalan rusak datang melalui telepon kantor, pesan ke nomor pribadi pegawai, media sosial, surat, dan kanal
pengaduan resmi Pemerintah Kota Medan. Kami sering tidak tahu apakah dua laporan merujuk ke lokasi yang sama.
Bagaimana cara yang praktis untuk menyatukan pencatatannya?
""",
        answers=(
            AnswerData(LESTARI, """
Di DLH kami menerapkan satu prinsip: apa pun salurannya, semua pengaduan masuk ke satu register dengan nomor tiket.
Petugas yang menerima pengaduan wajib memasukkannya pada hari yang sama.

Kolom yang kami pakai: tanggal, saluran, lokasi dan koordinat, jenis pengaduan, foto, status, dan tanggal selesai.
Untuk mengenali laporan ganda, koordinat sangat membantu. Pengaduan yang lokasinya berdekatan dapat digabung di
bawah satu tiket induk.

Satu hal penting: minta pegawai tidak lagi menerima pengaduan melalui nomor pribadi, atau jika terpaksa, tetap
mencatatnya di register.
"""),
            AnswerData(IQBAL, """
Kami di Satpol PP juga menerima banyak laporan dari media sosial. Kami meminta admin media sosial mencatat tautan
unggahan warga di register, sehingga petugas lapangan dapat melihat foto aslinya. Setelah pengaduan selesai, admin
membalas unggahan warga dengan informasi tindak lanjut.
"""),
        ),
        accepted=0,
    ),
    QuestionData(
        author=KRISTINA,
        title="Apakah insentif bagi pengguna awal aplikasi diperbolehkan menurut aturan?",
        tags=("insentif", "manajemen-perubahan"),
        body="""
Kami ingin mendorong pegawai memakai aplikasi pelaporan koperasi yang baru. Salah satu usulan adalah memberi hadiah
bagi pegawai yang paling rajin memakainya. Saya ragu apakah pemberian hadiah seperti ini diperbolehkan dan dari mana
anggarannya. Adakah bentuk insentif lain yang lebih aman?
""",
        answers=(
            AnswerData(RINA, """
Insentif tidak harus berupa uang atau barang. Bentuk yang kami pakai di BKPSDM dan aman dari sisi aturan:

- Surat penghargaan dari kepala perangkat daerah.
- Pengakuan JP bagi pegawai yang menjadi pemandu atau pendamping sebaya.
- Prioritas mengikuti pelatihan lanjutan.
- Penyebutan dalam apel atau rapat staf.
- Catatan dalam penilaian kinerja sebagai bukti inovasi atau kolaborasi.

Untuk hadiah berupa uang atau barang, pastikan ada dasar anggaran dan konsultasikan terlebih dahulu dengan bagian
keuangan. Kriteria penerima juga harus terukur dan diumumkan sejak awal.
"""),
            AnswerData(HENDRA, """
Pengalaman saya, pengakuan yang disampaikan langsung oleh pimpinan sering lebih berarti daripada hadiah. Yang
penting pengakuan itu konsisten dan adil. Ucapan terima kasih di depan rekan-rekan, disertai penjelasan apa yang
telah dilakukan, membuat pegawai lain ikut terdorong untuk mencoba. Hal itu tidak memerlukan anggaran sama sekali.
"""),
            AnswerData(YOHANA, """
Dari sisi pengawasan, yang perlu dijaga adalah transparansi kriteria dan proses penetapan penerima. Dokumentasikan
keduanya. Insentif yang kriterianya tidak jelas berisiko menimbulkan kecemburuan dan dapat menjadi temuan.
Sebaliknya, kriteria yang terukur dan diumumkan sejak awal membuat penetapan penerima mudah dipertanggungjawabkan.
"""),
        ),
        accepted=0,
    ),
    QuestionData(
        author=SRI,
        title="Bagaimana menyimpan foto kegiatan agar mudah dicari kembali?",
        tags=("penyimpanan-awan", "arsip-digital"),
        body="""
Setiap bulan kami mengambil ratusan foto kegiatan penyuluhan. Semua tersimpan di telepon genggam masing-masing
penyuluh atau di folder dengan nama yang tidak beraturan. Ketika pimpinan meminta foto kegiatan tertentu untuk
laporan, kami butuh waktu lama mencarinya. Bagaimana cara menyimpan foto agar mudah ditemukan?
""",
        answers=(
            AnswerData(YUSUF, """
Di bagian humas kami memakai aturan sederhana:

1. Satu folder untuk satu kegiatan, dengan nama `TTTT-BB-HH_kelurahan_nama-kegiatan`.
2. Folder disimpan di penyimpanan awan dinas, bukan di telepon.
3. Pilih maksimal sepuluh foto terbaik dan letakkan di subfolder "pilihan". Foto lain tetap disimpan, tetapi laporan
   cukup mengambil dari subfolder tersebut.
4. Unggah pada hari yang sama selagi masih ingat konteksnya.

Dengan pola nama seperti itu, pencarian berdasarkan tanggal atau kelurahan menjadi sangat cepat.
"""),
        ),
        accepted=0,
    ),
    QuestionData(
        author=NURHAYATI,
        title="Adakah cara cepat membuat rekap supervisi untuk kepala dinas?",
        tags=("data", "pendidikan"),
        body="""
Setiap semester saya menyusun rekap hasil supervisi 12 sekolah untuk kepala dinas. Data sudah terkumpul dari
formulir daring, tetapi saya masih menyusun tabel dan grafik secara manual. Bagaimana membuat rekap yang cepat dan
mudah dibaca, sehingga semester berikutnya cukup diperbarui saja?
""",
        answers=(
            AnswerData(BONAR, """
Karena data sudah dari formulir daring, Ibu tinggal membuat lembar ringkasan yang membaca langsung dari lembar
jawaban:

1. Gunakan tabel pivot dengan baris sekolah dan kolom aspek supervisi, isinya nilai rata-rata.
2. Tambahkan format bersyarat agar nilai rendah berwarna merah.
3. Buat satu grafik perbandingan antarsekolah dan satu grafik perubahan dari semester sebelumnya.
4. Tambahkan kolom semester di formulir agar rekap dapat difilter.

Semester berikutnya, Ibu cukup menyegarkan tabel pivot.
"""),
            AnswerData(CLARA, """
Dari sisi sekolah, kami lebih terbantu jika rekap juga memuat satu kalimat rekomendasi untuk setiap sekolah, tidak
hanya angka. Kepala sekolah membutuhkan arahan yang dapat langsung dikerjakan. Misalnya, anjuran memperbanyak umpan
balik tertulis pada tugas siswa lebih bermanfaat daripada nilai rata-rata setiap aspek.
"""),
        ),
        accepted=0,
    ),
    QuestionData(
        author=AGUS,
        title="Bagaimana menghitung waktu tanggap pemadaman dari data laporan kejadian?",
        tags=("data", "berorientasi-pelayanan"),
        body="""
Kami sudah mencatat waktu laporan diterima, waktu berangkat, dan waktu tiba untuk setiap kejadian. Saya ingin
menghitung rata-rata waktu tanggap per kecamatan, tetapi hasilnya aneh karena ada kejadian yang tercatat tiba
sebelum berangkat. Bagaimana cara menghitung yang benar dan menangani data yang janggal?
""",
        answers=(
            AnswerData(BONAR, """
Pertama, pastikan kolom waktu tersimpan sebagai tanggal dan jam, bukan teks. Waktu tanggap dihitung sebagai waktu
tiba dikurangi waktu laporan diterima, lalu dikalikan 1.440 untuk mendapatkan menit.

Untuk data janggal:

1. Buat kolom pemeriksaan yang menandai selisih negatif atau di atas batas wajar, misalnya lebih dari 60 menit.
2. Jangan menghapus data janggal; kembalikan ke regu untuk dikoreksi.
3. Gunakan median selain rata-rata, karena median tidak terpengaruh oleh beberapa angka ekstrem.

Kejadian "tiba sebelum berangkat" biasanya terjadi pada kejadian yang melewati tengah malam ketika tanggal tidak
ikut dicatat.
"""),
        ),
        accepted=0,
        comments=(CommentData(AGUS, "Benar, kasusnya semua kejadian lewat tengah malam. Sudah kami perbaiki."),),
    ),
    QuestionData(
        author=LESTARI,
        title="Berapa lama arsip elektronik harus disimpan?",
        tags=("arsip-digital", "akuntabel"),
        body="""
Setelah surat dan dokumen kami pindahkan ke aplikasi arsip daring, muncul pertanyaan tentang masa simpan. Apakah
arsip elektronik mengikuti jadwal retensi yang sama dengan arsip kertas? Apakah arsip kertas boleh dimusnahkan
setelah dipindai? Kami tidak ingin salah langkah karena arsip menyangkut akuntabilitas kantor.
""",
        answers=(
            AnswerData(TEGUH, """
Masa simpan ditentukan oleh jenis arsipnya menurut jadwal retensi arsip, bukan oleh mediumnya. Jadi arsip elektronik
mengikuti jadwal retensi yang sama dengan arsip kertas untuk jenis yang sama.

Arsip kertas tidak otomatis boleh dimusnahkan setelah dipindai. Pemusnahan harus melalui prosedur pemusnahan arsip
sesuai ketentuan, termasuk penilaian dan persetujuan yang berwenang. Sebaiknya Ibu berkonsultasi dengan Dinas
Perpustakaan dan Kearsipan sebelum mengambil langkah apa pun terhadap arsip kertas.
"""),
            AnswerData(RATNA, """
Di Sekretariat DPRD kami tetap menyimpan arsip kertas sesuai jadwal retensi. Pemindaian memudahkan pencarian, tetapi
tidak menggantikan prosedur kearsipan. Setiap tahun kami berkonsultasi dengan Dinas Perpustakaan dan Kearsipan untuk
memastikan penataan arsip elektronik dan arsip kertas tetap sejalan. Konsultasi ini sekaligus memperbarui pemahaman
kami tentang ketentuan terbaru.
"""),
        ),
        accepted=0,
    ),
    QuestionData(
        author=FITRI,
        title="Bagaimana memulai komunitas belajar lintas perangkat daerah dari nol?",
        tags=("komunitas-belajar", "kolaboratif"),
        body="""
Beberapa analis organisasi dan analis tata laksana dari perangkat daerah berbeda ingin belajar bersama tentang
penyederhanaan proses bisnis. Kami belum tahu harus mulai dari mana: siapa yang mengundang, bagaimana formatnya, dan
bagaimana menjaga agar tidak berhenti setelah dua atau tiga pertemuan.
""",
        answers=(
            AnswerData(DEWI, """
Beberapa hal yang kami pelajari dari komunitas belajar yang bertahan:

1. Mulai kecil, lima sampai sepuluh orang yang benar-benar berminat.
2. Tetapkan jadwal tetap dan durasi singkat, misalnya 90 menit setiap dua minggu.
3. Setiap pertemuan membahas satu kasus nyata dari salah satu anggota.
4. Gilir peran pemandu agar beban tidak menumpuk pada satu orang.
5. Catat hasil setiap pertemuan dan bagikan, misalnya di Simpul ASN.

Koordinasikan dengan BKPSDM agar pertemuan dapat diakui sebagai pembelajaran nonklasikal. Pengakuan JP membantu
komunitas bertahan.
"""),
            AnswerData(CLARA, """
Komunitas guru kami bertahan karena setiap pertemuan menghasilkan sesuatu yang dicoba di kelas. Jika hanya
berdiskusi, semangat cepat turun. Karena itu, setiap pertemuan kami tutup dengan pertanyaan: apa yang akan dicoba
minggu ini, dan kapan hasilnya dibagikan? Pertanyaan sederhana ini membuat setiap anggota pulang dengan rencana yang
jelas.
"""),
            AnswerData(RINA, """
Gunakan kategori Pelatihan dan Pengembangan Kompetensi di forum ini untuk mengumumkan jadwal. Dengan begitu, rekan
dari perangkat daerah lain dapat ikut bergabung. Catatan setiap pertemuan juga dapat ditulis sebagai praktik baik,
sehingga rekan yang tidak hadir tetap dapat belajar. Jangan lupa memberi tag yang sesuai.
"""),
        ),
        accepted=0,
    ),
    QuestionData(
        author=RUDI,
        title="Bagaimana mengatur hak akses aplikasi kepegawaian saat pegawai mutasi?",
        tags=("keamanan-informasi", "kepegawaian"),
        body="""
Pengelola kepegawaian di perangkat daerah memiliki akses ke data pegawai di instansinya. Ketika pengelola tersebut
mutasi, aksesnya kadang masih aktif berbulan-bulan karena tidak ada yang melapor. Bagaimana prosedur yang baik agar
pencabutan dan pemberian akses berjalan tepat waktu? Kami ingin menutup celah ini sebelum ada penyalahgunaan.
""",
        answers=(
            AnswerData(SITI, """
Kaitkan pencabutan akses dengan proses mutasinya, bukan dengan laporan sukarela. Misalnya:

1. Setiap keputusan mutasi ditembuskan kepada admin aplikasi.
2. Admin mencabut akses paling lambat pada tanggal efektif mutasi.
3. Pengelola baru mengajukan akses dengan formulir yang disetujui atasan.
4. Setiap tiga bulan, admin mencocokkan daftar pemegang akses dengan daftar pegawai aktif.

Langkah keempat penting karena selalu ada kasus yang terlewat. Akun yang tidak dipakai selama 90 hari juga dapat
dinonaktifkan otomatis jika aplikasinya mendukung.
"""),
        ),
        accepted=0,
    ),
    QuestionData(
        author=WAHYUNI,
        title="Apakah laptop dinas boleh dipakai mengikuti kelas daring di luar jam kerja?",
        tags=("pengembangan-kompetensi", "kepegawaian"),
        body="""
Saya ingin mengikuti kelas daring tentang analisis data kesehatan yang diadakan pada malam hari. Laptop pribadi saya
sudah tidak memadai. Apakah laptop dinas boleh dibawa pulang dan dipakai untuk kelas tersebut? Apa yang perlu saya
perhatikan? Kelas tersebut berlangsung selama enam minggu.
""",
        answers=(
            AnswerData(AHMAD, """
Pada prinsipnya, barang milik daerah dipakai untuk kepentingan dinas. Mengikuti kelas yang relevan dengan jabatan
termasuk pengembangan kompetensi, sehingga dapat dipandang sebagai kepentingan dinas. Mintalah izin tertulis dari
atasan atau pengurus barang untuk membawa laptop pulang, dan sebutkan kegiatannya.

Jaga keamanan data: jangan memasang aplikasi yang tidak diperlukan, dan pastikan data pasien atau data pribadi tidak
tersimpan di folder yang dibagikan saat kelas. Jangan lupa, sertifikat kelas dapat diusulkan sebagai JP.
"""),
            AnswerData(YOHANA, """
Setuju. Izin tertulis sederhana sudah cukup sebagai dasar jika suatu saat ada pertanyaan tentang pemakaian barang
milik daerah. Pastikan laptop dikembalikan dalam kondisi baik dan data dinas di dalamnya tetap terlindungi dengan
kata sandi. Catat juga nomor inventaris laptop pada surat izin tersebut. Hal kecil ini memudahkan pengurus barang
dan menghindari salah paham di kemudian hari.
"""),
        ),
        accepted=0,
    ),
    QuestionData(
        author=CLARA,
        title="Bagaimana mengajak guru senior mengikuti pelatihan digital?",
        tags=("pendidikan", "manajemen-perubahan"),
        body="""
Di komunitas belajar kami, guru yang aktif kebanyakan berusia muda. Beberapa guru senior mengatakan bahwa mereka
sudah dekat masa pensiun dan tidak perlu belajar aplikasi baru. Padahal pengalaman mereka dalam mengelola kelas
sangat kami butuhkan. Bagaimana cara mengajak mereka tanpa membuat mereka merasa tersinggung?
""",
        answers=(
            AnswerData(NURHAYATI, """
Sebagai pengawas, saya melihat guru senior lebih mudah bergabung jika diundang sebagai narasumber, bukan sebagai
peserta. Minta mereka membagikan cara mengelola kelas, lalu pasangkan dengan guru muda yang membantu
menerjemahkannya ke perangkat digital. Pertukaran ini membuat keduanya saling belajar.

Mulailah dari aplikasi yang langsung meringankan pekerjaan mereka, misalnya pengolahan nilai, bukan dari aplikasi
yang terlihat rumit.
"""),
            AnswerData(DEWI, """
Dari sisi pengembangan kompetensi, guru senior tetap memiliki kewajiban JP. Sampaikan dengan santun bahwa
keikutsertaan dalam komunitas dapat membantu memenuhi kewajiban tersebut. Jika mereka menjadi narasumber, pengalaman
berbagi itu juga dapat diakui sebagai pengembangan kompetensi. Dengan demikian, mereka tidak merasa dipaksa, tetapi
dihargai.
"""),
        ),
        accepted=0,
    ),
    QuestionData(
        author=JONATHAN,
        title="Bagaimana mengelola masukan dari banyak bidang pada dokumen bersama menjelang tenggat?",
        tags=("dokumen-bersama", "perencanaan"),
        body="""
Menjelang tenggat penyampaian rancangan dokumen perencanaan, masukan dari berbagai bidang masuk bersamaan dalam
bentuk saran dan komentar. Koordinator kewalahan memeriksa ratusan saran dalam dua hari. Bagaimana rekan-rekan
mengatur alur masukan agar tidak menumpuk di akhir? Tahun lalu, beberapa saran penting terlewat karena waktu
pemeriksaan yang sempit.
""",
        answers=(
            AnswerData(RATNA, """
Kami menetapkan batas waktu per bagian, bukan satu batas waktu untuk seluruh dokumen. Setiap bagian dikunci setelah
batas waktunya, dan masukan setelah itu dicatat di lembar terpisah untuk dipertimbangkan pada versi berikutnya. Cara
ini membuat masukan datang lebih merata. Koordinator pun dapat memeriksa saran secara bertahap.
"""),
            AnswerData(FITRI, """
Coba minta setiap bidang menunjuk satu orang yang merangkum masukan bidangnya sebelum dituliskan sebagai saran.
Jumlah saran berkurang drastis dan kualitasnya lebih baik. Perbedaan pendapat di dalam bidang juga sudah
diselesaikan sebelum sampai ke koordinator, sehingga koordinator tidak perlu menengahi.
"""),
        ),
    ),
    QuestionData(
        author=IQBAL,
        title="Adakah aplikasi pencatat pelanggaran perda yang dapat dipakai tanpa internet?",
        comments=(CommentData(SITI, "Aplikasi formulir apa yang dipakai sekarang? Itu menentukan pilihannya."),),
        tags=("pelaporan-lapangan", "formulir-daring"),
        body="""
Sebagian wilayah patroli kami memiliki sinyal yang lemah, terutama di sekitar gedung tinggi dan di pinggiran kota.
Formulir daring yang kami pakai sekarang gagal terkirim ketika sinyal hilang, dan anggota regu harus mengisi ulang.
Apakah ada aplikasi atau cara agar laporan dapat diisi tanpa internet lalu terkirim otomatis setelah sinyal kembali?
""",
    ),
    QuestionData(
        author=KRISTINA,
        title="Adakah panduan singkat fungsi lembar kerja untuk pengawas koperasi?",
        tags=("perkantoran-digital", "pelatihan"),
        body="""
Rekan-rekan pengawas koperasi ingin meningkatkan kemampuan mengolah lembar kerja, terutama untuk memeriksa laporan
keuangan koperasi. Apakah ada panduan singkat atau kelas yang membahas fungsi-fungsi yang paling berguna? Kami tidak
membutuhkan materi yang terlalu umum. Sebagian besar rekan kami sudah terbiasa dengan rumus dasar.
""",
        answers=(
            AnswerData(YUSUF, """
Kelas singkat aplikasi perkantoran di Diskominfo membahas lembar kerja pada pertemuan ketiga dan keempat. Untuk
kebutuhan pemeriksaan laporan keuangan, fungsi yang paling berguna adalah SUMIF, VLOOKUP atau XLOOKUP, IF, serta
format bersyarat untuk menandai selisih. Kami dapat menyesuaikan contoh latihan jika Ibu mengirimkan contoh laporan
yang sudah disamarkan.
"""),
        ),
    ),
    QuestionData(
        author=RATNA,
        title="Bagaimana mengarsipkan rekaman rapat daring agar tidak memenuhi penyimpanan?",
        tags=("arsip-digital", "penyimpanan-awan"),
        body="""
Setiap rapat daring yang direkam menghasilkan berkas video berukuran besar. Dalam satu masa sidang, rekaman rapat
sudah memakai sebagian besar kuota penyimpanan awan kantor. Rekaman tersebut masih diperlukan untuk penyusunan
risalah dan sebagai arsip. Bagaimana cara menyimpannya secara efisien tanpa kehilangan nilai arsipnya?
""",
    ),
    QuestionData(
        author=DEWI,
        title="Bagaimana mencatat pembelajaran mandiri agar diakui sebagai JP?",
        comments=(CommentData(AHMAD, "Terima kasih, Bu Dewi. Jawaban di sini akan kami rujuk dalam surat edaran."),),
        tags=("pengembangan-kompetensi", "komunitas-belajar"),
        body="""
Pertanyaan ini sering saya terima, jadi saya ajukan di sini agar jawabannya dapat dibaca banyak orang. Banyak
pegawai belajar mandiri dari kursus daring terbuka, membaca buku, atau mengikuti komunitas belajar. Bukti seperti
apa yang sebaiknya mereka simpan, dan bagaimana rekan-rekan pengelola kepegawaian memverifikasinya?
""",
        answers=(
            AnswerData(RUDI, """
Dari sisi verifikasi di aplikasi, bukti yang paling mudah diproses adalah sertifikat yang mencantumkan nama,
tanggal, dan durasi. Untuk pembelajaran tanpa sertifikat, seperti membaca buku atau diskusi komunitas, catatan
belajar singkat yang diketahui atasan langsung biasanya cukup. Catatan itu memuat tanggal, durasi, dan ringkasan.
"""),
            AnswerData(RINA, """
Saya sarankan pegawai menyimpan semua bukti dalam satu folder per tahun. Ketika diminta, semuanya sudah siap dan
tidak ada yang tercecer. Beri nama berkas dengan tanggal dan judul kegiatan. Jika ada sertifikat yang ditolak saat
verifikasi, catat alasannya agar tidak terulang.
"""),
        ),
    ),
    QuestionData(
        author=FADLI,
        title="Apakah ada kelas lanjutan sistem informasi geografis setelah workshop dasar bersama Polmed?",
        tags=("data-spasial", "pelatihan", "kerja-sama-kampus"),
        body="""
Peserta workshop peta digital bersama Politeknik Negeri Medan sudah mampu membuat peta tematik sederhana. Beberapa
rekan ingin belajar lebih lanjut, misalnya analisis jarak layanan dan tumpang susun rencana tata ruang dengan data
perizinan. Apakah ada rencana kelas lanjutan, atau perangkat daerah lain yang ingin menyelenggarakannya bersama?
""",
    ),
    QuestionData(
        author=INDAH,
        title="Bagaimana mengolah data timbangan sampah harian menjadi grafik bulanan?",
        tags=("data", "lingkungan"),
        body="""
Kami mencatat berat sampah yang masuk dari setiap bank sampah setiap hari. Datanya kini berjumlah ribuan baris
dengan kolom tanggal, nama bank sampah, jenis sampah, dan berat. Saya ingin membuat grafik total per bulan dan per
jenis sampah yang dapat diperbarui otomatis. Langkah apa yang paling sederhana?
""",
    ),
    QuestionData(
        author=ANDI,
        title="Apakah pengingat melalui pesan singkat efektif mengurangi pemohon yang tidak datang?",
        tags=("antrean-daring", "pelayanan-publik"),
        body="""
Sekitar 15 persen pemohon yang sudah memesan jadwal uji kendaraan tidak datang, sehingga kuota terbuang. Kami sedang
mempertimbangkan pengiriman pengingat melalui pesan singkat sehari sebelumnya. Apakah ada yang sudah mencobanya?
Berapa penurunan yang dapat diharapkan? Biaya pengiriman pesan juga perlu kami hitung.
""",
        answers=(
            AnswerData(DARMAWAN, """
Kami mencobanya untuk antrean daring adminduk. Angka ketidakhadiran turun dari sekitar 18 persen menjadi 9 persen
dalam dua bulan. Pengingat yang memuat daftar dokumen juga mengurangi pemohon yang datang dengan berkas kurang
lengkap. Pesan kami kirim pukul 16.00 sehari sebelumnya.
"""),
            AnswerData(RIZKY, """
Tambahkan juga cara membatalkan pesanan di pesan pengingat. Pemohon yang berhalangan jadi membatalkan, dan kuotanya
dapat dipakai orang lain. Kami menyediakan tautan pembatalan yang sederhana. Kuota yang dibatalkan sampai pukul
20.00 langsung dibuka kembali untuk pemesanan berikutnya. Sejak itu, kuota yang terbuang berkurang cukup banyak.
"""),
        ),
    ),
    QuestionData(
        author=DARMAWAN,
        title="Bagaimana mengatur jadwal piket layanan jemput bola agar adil?",
        tags=("pelayanan-publik", "kepegawaian"),
        body="""
Layanan jemput bola adminduk sering dilaksanakan pada akhir pekan agar warga pekerja dapat hadir. Beberapa pegawai
merasa mendapat giliran lebih sering daripada yang lain. Saya ingin menyusun jadwal piket yang adil dan transparan,
dengan mempertimbangkan keahlian yang dibutuhkan di setiap lokasi. Bagaimana rekan-rekan menyusun jadwal seperti
ini?
""",
    ),
    QuestionData(
        author=PUTRI,
        title="Apakah komunitas belajar boleh mengundang narasumber dari luar pemerintahan?",
        tags=("komunitas-belajar", "kolaboratif"),
        body="""
Komunitas belajar penyuluh di kantor kami ingin mengundang petani hidroponik yang sukses dan pelaku usaha rintisan
bidang pertanian sebagai narasumber. Mereka bersedia berbagi tanpa honor. Apakah hal ini diperbolehkan, dan apakah
kegiatannya tetap dapat diakui sebagai JP? Hal apa saja yang perlu diperhatikan?
""",
    ),
)

THREADS = (
    ThreadData(
        author=RINA,
        category="umum",
        title="Selamat datang di Simpul ASN: perkenalkan diri dan instansi Anda",
        body="""
Selamat datang, rekan-rekan ASN Pemerintah Kota Medan. Simpul ASN adalah ruang untuk berbagi praktik baik, bertanya,
dan berdiskusi lintas perangkat daerah. Agar kita saling mengenal, silakan perkenalkan diri di utas ini: nama,
instansi, jabatan, dan satu hal yang sedang ingin Anda pelajari atau bagikan.

Beberapa kesepakatan kecil: gunakan bahasa yang santun, jangan mengunggah data pribadi warga atau dokumen yang
bersifat terbatas, dan beri tag nilai BerAKHLAK yang paling sesuai pada praktik baik yang Anda tulis. Moderator siap
membantu jika ada kendala.
""",
        replies=(
            ReplyData(SITI, """
Salam kenal, saya Siti dari Diskominfo, Pranata Komputer. Saat ini saya membantu beberapa OPD beralih ke arsip surat
daring. Saya ingin belajar dari rekan-rekan tentang cara mendampingi pegawai yang baru pertama kali memakai
aplikasi.
"""),
            ReplyData(IQBAL, """
Salam kenal, Iqbal dari Satpol PP. Kami sedang mencoba laporan patroli berbasis foto dan lokasi. Siap berbagi
pengalaman, termasuk kendala sinyal di lapangan.
"""),
            ReplyData(CLARA, """
Selamat pagi. Saya Clara, guru di lingkungan Disdikbud. Saya aktif di komunitas guru belajar digital dan ingin
belajar tentang pengolahan data nilai siswa yang lebih efisien.
"""),
            ReplyData(MELATI, """
Salam kenal dari Bagian Kerjasama Setda. Bagi rekan yang ingin bekerja sama dengan kampus, silakan bertanya. Kami
dapat membantu memeriksa nota kesepahaman yang sudah ada.
"""),
            ReplyData(PUTRI, """
Putri dari DKPPP, penyuluh pertanian. Saya ingin belajar membuat video penyuluhan yang lebih menarik dan berbagi
pengalaman tentang kelas daring untuk kelompok tani.
"""),
            ReplyData(BONAR, """
Bonar, statistisi di Bappeda. Jika ada yang bingung dengan tabel pivot atau grafik, silakan menyapa. Saya juga ingin
tahu data apa saja yang dikumpulkan OPD lain, siapa tahu bisa saling melengkapi.
"""),
            ReplyData(AGUS, """
Agus dari Damkar. Kami baru mulai merapikan data kejadian kebakaran. Senang sekali ada ruang seperti ini untuk
bertanya tanpa harus menunggu rapat koordinasi.
"""),
        ),
    ),
    ThreadData(
        author=HENDRA,
        category="pelatihan-dan-pengembangan-kompetensi",
        title="Dukungan pimpinan seperti apa yang paling Anda butuhkan untuk belajar?",
        body="""
Rekan-rekan, dalam berbagai rapat kita sepakat bahwa kecakapan digital ASN harus ditingkatkan. Namun, saya ingin
mendengar langsung dari rekan-rekan: dukungan apa dari pimpinan yang paling Anda butuhkan agar dapat belajar dan
menerapkan hal baru dalam pekerjaan?

Apakah waktu belajar di jam kerja, akses pelatihan, perangkat yang memadai, atau keberanian untuk mencoba tanpa
takut disalahkan? Masukan rekan-rekan akan saya bawa ke rapat pimpinan perangkat daerah bulan depan. Mohon
disampaikan secara terbuka.
""",
        replies=(
            ReplyData(DEWI, """
Terima kasih, Pak. Dari data pengembangan kompetensi, kendala terbesar adalah waktu. Banyak pegawai pelayanan tidak
dapat meninggalkan loket. Jam belajar yang dilindungi, seperti yang Bapak terapkan setiap Jumat, sangat membantu
jika diikuti perangkat daerah lain.
"""),
            ReplyData(ANDI, """
Bagi kami di lapangan, perangkat menjadi kendala. Komputer di ruang penguji sudah lama dan sering lambat. Pelatihan
aplikasi menjadi kurang bermanfaat jika perangkat di kantor tidak mendukung.
"""),
            ReplyData(FITRI, """
> **Hendra Sitorus** menulis: keberanian untuk mencoba tanpa takut disalahkan?

Menurut saya inilah yang paling penting, Pak. Ketika mencoba cara baru lalu ada kesalahan kecil, pegawai sering
ditegur di depan umum. Setelah itu, tidak ada lagi yang mau mencoba. Pernyataan terbuka dari pimpinan bahwa masa uji
coba boleh salah akan sangat berarti.
"""),
            ReplyData(NURHAYATI, """
Saya menambahkan: pengakuan. Guru dan pengawas yang berbagi praktik baik sering tidak mendapat catatan apa pun dalam
penilaian kinerja. Jika berbagi pengetahuan dihargai, lebih banyak orang akan melakukannya.
"""),
            ReplyData(RUDI, """
Usul teknis, Pak: izin resmi untuk mengikuti kelas daring pada jam kerja dengan bukti sertifikat. Saat ini banyak
pegawai mengikuti kelas di malam hari karena khawatir dianggap meninggalkan pekerjaan.
"""),
            ReplyData(HENDRA, """
Terima kasih atas masukan yang jujur. Saya mencatat empat hal: waktu belajar yang dilindungi, perangkat, rasa aman
untuk mencoba, dan pengakuan dalam penilaian kinerja. Keempatnya akan saya sampaikan dalam rapat pimpinan. Hasilnya
akan saya laporkan kembali di utas ini.
"""),
            ReplyData(TEGUH, """
Terima kasih, Pak. Jika diperlukan, Bagian Organisasi dapat membantu menyusun rancangan surat edaran tentang jam
belajar agar ada dasar tertulis bagi perangkat daerah.
"""),
        ),
    ),
    ThreadData(
        author=AHMAD,
        category="pelatihan-dan-pengembangan-kompetensi",
        title="Usulan tema workshop semester depan bersama kampus mitra",
        body="""
BKPSDM sedang menyusun rencana workshop semester depan bersama kampus mitra. Semester ini kita sudah melaksanakan
workshop literasi data bersama USU dan workshop peta digital bersama Politeknik Negeri Medan. Untuk semester depan,
kami ingin mendengar kebutuhan rekan-rekan.

Silakan usulkan tema beserta alasan singkat: masalah apa di kantor Anda yang ingin diselesaikan melalui workshop
tersebut. Usulan yang paling banyak didukung akan kami bahas bersama Bagian Kerjasama dan kampus mitra.
""",
        replies=(
            ReplyData(YUSUF, """
Usul saya: penulisan informasi layanan publik yang mudah dipahami warga. Banyak pengumuman persyaratan layanan masih
memakai kalimat panjang dan istilah teknis.
"""),
            ReplyData(WAHYUNI, """
Dari Dinkes: analisis data kesehatan lanjutan, terutama membaca tren dan menyajikan data untuk pimpinan. Workshop
literasi data kemarin sangat bagus, tetapi kami butuh tingkat berikutnya.
"""),
            ReplyData(MELATI, """
Saya mendukung usul manajemen risiko yang disampaikan Bu Yohana dalam rapat koordinasi minggu lalu. Untuk tema
penulisan layanan publik, UINSU memiliki program studi komunikasi yang relevan. Untuk analisis data lanjutan, kerja
sama dengan USU dapat dilanjutkan.
"""),
            ReplyData(YOHANA, """
Terima kasih, Bu Melati. Benar, usul saya manajemen risiko sederhana untuk unit pelayanan. Banyak OPD menyusun
daftar risiko hanya untuk memenuhi dokumen, bukan untuk dipakai.
"""),
            ReplyData(LESTARI, """
Dari DLH: pengelolaan pengaduan dan komunikasi dengan warga yang sedang kecewa. Petugas kami sering menerima
pengaduan dengan nada tinggi dan belum pernah mendapat pelatihan khusus.
"""),
            ReplyData(AHMAD, """
Terima kasih. Sementara ini ada lima usulan: penulisan informasi layanan, analisis data lanjutan, manajemen risiko,
pengelolaan pengaduan, dan komunikasi dengan warga. Kami akan membuat jajak pendapat singkat minggu depan untuk
menentukan dua tema prioritas.
"""),
        ),
    ),
    ThreadData(
        author=BUDI,
        category="transformasi-digital",
        title="Pengalaman pertama memakai tanda tangan elektronik: apa kendala Anda?",
        body="""
Beberapa bulan terakhir makin banyak perangkat daerah yang memakai tanda tangan elektronik untuk nota dinas dan
surat keluar. Saya ingin mengumpulkan pengalaman rekan-rekan, terutama kendala pada minggu-minggu pertama. Dari situ
kami di Diskominfo dapat memperbaiki panduan dan pelatihan.

Kendala yang sering kami dengar antara lain lupa kata sandi sertifikat, format PDF yang ditolak, dan keraguan
penerima tentang keabsahan dokumen. Adakah kendala lain yang Anda alami?
""",
        replies=(
            ReplyData(RATNA, """
Kendala kami adalah dokumen dengan banyak penandatangan, misalnya berita acara yang ditandatangani beberapa pihak.
Urutan tanda tangan sering tidak sesuai harapan.
"""),
            ReplyData(BUDI, """
> **Ratna Sari Dewi Matondang** menulis: Urutan tanda tangan sering tidak sesuai harapan.

Terima kasih, Bu. Aplikasi mendukung pengaturan urutan penandatangan, tetapi pengaturannya tersembunyi di langkah
kedua. Akan kami tambahkan ke panduan dengan gambar.
"""),
            ReplyData(KRISTINA, """
Di kantor kami, pejabat penandatangan sering menitipkan kata sandi kepada staf agar dokumen cepat selesai. Saya kira
ini tidak boleh. Mohon dipertegas dalam sosialisasi.
"""),
            ReplyData(SITI, """
Betul, Bu Kristina. Kata sandi sertifikat elektronik bersifat pribadi dan tidak boleh dititipkan. Tanda tangan
elektronik mewakili pemiliknya secara hukum. Jika pejabat sering di luar kantor, aplikasi dapat dipakai dari telepon
genggam, sehingga tidak ada alasan untuk menitipkan kata sandi.
"""),
            ReplyData(HENDRIK, """
Kendala kami sederhana: gambar teknik berukuran A3 yang harus dilampirkan. Solusinya kami pisahkan menjadi lampiran
tersendiri dan hanya surat pengantarnya yang ditandatangani.
"""),
        ),
    ),
    ThreadData(
        author=RIZKY,
        category="pelayanan-publik",
        title="Antrean daring: berapa kuota harian yang ideal?",
        body="""
Setelah empat bulan menjalankan antrean daring di layanan adminduk, kami masih sering mengubah kuota. Jika kuota
terlalu besar, petugas kewalahan dan waktu tunggu memanjang. Jika terlalu kecil, warga mengeluh tidak mendapatkan
jadwal.

Saat ini kami memakai rumus kasar: jumlah petugas dikali menit kerja efektif dibagi rata-rata lama layanan, lalu
dikurangi 30 persen untuk warga yang datang langsung. Bagaimana rekan-rekan di layanan lain menentukan kuota?
""",
        replies=(
            ReplyData(ANDI, """
Kami di pengujian kendaraan memakai kapasitas jalur uji sebagai dasar, bukan jumlah penguji, karena jalurlah yang
menjadi penghambat. Mungkin di layanan Bapak ada penghambat serupa, misalnya alat perekaman atau pencetak.
"""),
            ReplyData(IRWAN, """
Di kecamatan kami belum memakai antrean daring, tetapi pencatatan waktu menunjukkan lama layanan sangat bervariasi
menurut jenis surat. Apakah kuota Bapak dibedakan menurut jenis layanan?
"""),
            ReplyData(RIZKY, """
> **Irwan Syahputra** menulis: Apakah kuota Bapak dibedakan menurut jenis layanan?

Belum, Pak, dan sepertinya itu sumber masalahnya. Layanan perubahan data bisa tiga kali lebih lama dari pencetakan
kartu keluarga. Bulan depan kami coba membagi kuota per jenis layanan.
"""),
            ReplyData(DARMAWAN, """
Saran saya, sisakan juga sedikit kuota cadangan setiap hari untuk kasus mendesak, misalnya pengurusan akta kematian
atau dokumen untuk berobat. Kasus seperti ini tidak dapat menunggu jadwal.
"""),
        ),
    ),
    ThreadData(
        author=MELATI,
        category="kolaborasi-antarinstansi",
        title="Berbagi pengalaman kegiatan bersama USU, UINSU, UNIMED, dan Politeknik Negeri Medan",
        body="""
Dalam setahun terakhir, beberapa perangkat daerah telah melaksanakan kegiatan bersama kampus mitra: workshop
literasi data, workshop peta digital, pengolahan survei kepuasan masyarakat, dan pendampingan komunitas guru. Saya
mengajak rekan-rekan yang terlibat untuk berbagi pengalaman di utas ini.

Apa yang berjalan baik? Apa yang perlu diperbaiki dalam koordinasi dengan kampus? Masukan ini akan kami pakai untuk
memperbarui katalog kerja sama dan templat perjanjian kerja sama turunan.
""",
        replies=(
            ReplyData(FADLI, """
Workshop peta digital bersama Politeknik Negeri Medan berjalan baik karena materinya kami susun bersama dari contoh
nyata. Yang perlu diperbaiki: jadwal kampus mengikuti kalender akademik, sehingga kami harus merencanakan jauh hari,
terutama jika melibatkan mahasiswa.
"""),
            ReplyData(TEGUH, """
Bersama UINSU, kelebihan terbesar adalah tenaga mahasiswa untuk mengolah ribuan jawaban terbuka. Catatan kami:
sepakati sejak awal siapa pemilik data dan hasil olahan, serta bagaimana data dihapus setelah kegiatan selesai.
"""),
            ReplyData(CLARA, """
Pendampingan dari dosen UNIMED sangat membantu tiga pertemuan pertama komunitas guru. Setelah itu, komunitas dapat
berjalan sendiri. Menurut saya, model pendampingan di awal seperti ini lebih berkelanjutan daripada pelatihan sekali
datang.
"""),
            ReplyData(AHMAD, """
Dari workshop literasi data bersama USU: rasio pendamping yang kecil sangat berpengaruh. Satu mahasiswa untuk lima
peserta membuat peserta yang tertinggal tetap dapat mengikuti.
"""),
            ReplyData(MELATI, """
Terima kasih, rekan-rekan. Catatan tentang kalender akademik dan kepemilikan data akan kami masukkan ke templat
perjanjian kerja sama turunan. Pengalaman yang dibagikan di utas ini juga akan kami lampirkan dalam katalog sebagai
contoh.
"""),
        ),
    ),
    ThreadData(
        author=TEGUH,
        category="kepegawaian",
        title="Insentif apa yang adil bagi pegawai yang menjadi pendamping digital?",
        body="""
Di banyak perangkat daerah, ada satu atau dua pegawai yang selalu menjadi tempat bertanya ketika aplikasi baru
diterapkan. Mereka membantu rekan mengisi formulir, memperbaiki pengaturan, bahkan mengajari atasan. Pekerjaan ini
nyata, tetapi jarang tercatat.

Menurut rekan-rekan, bentuk insentif atau pengakuan apa yang adil dan sesuai aturan bagi mereka? Apakah cukup dengan
pengakuan JP, atau perlu dicantumkan dalam rencana kinerja? Saya ingin mendengar pengalaman rekan-rekan.
""",
        replies=(
            ReplyData(RINA, """
Di BKPSDM kami memakai apresiasi bulanan: sertifikat, pengakuan JP sebagai pemandu, dan prioritas pelatihan
lanjutan. Yang terpenting, kriterianya diumumkan di awal sehingga tidak ada kesan pilih kasih.
"""),
            ReplyData(BUDI, """
Untuk duta digital, kami meminta tugas pendampingan dicantumkan dalam rencana kinerja. Dengan begitu, waktu yang
dipakai untuk membantu rekan diakui sebagai kinerja, bukan gangguan terhadap pekerjaan utama.
"""),
            ReplyData(YOHANA, """
> **Budi Santoso Nasution** menulis: tugas pendampingan dicantumkan dalam rencana kinerja.

Setuju, dan sebaiknya disertai indikator yang jelas, misalnya jumlah pendampingan yang tercatat. Dengan begitu,
penilaiannya dapat dipertanggungjawabkan.
"""),
            ReplyData(RUDI, """
Sebagai orang yang sering menjadi tempat bertanya, saya merasa pengakuan dari atasan langsung sudah sangat berarti.
Yang melelahkan adalah ketika pertanyaan datang di luar jam kerja melalui pesan pribadi. Mungkin perlu ada jam
konsultasi yang jelas.
"""),
            ReplyData(HENDRA, """
Masukan Pak Rudi penting. Pendamping juga perlu dilindungi dari beban berlebih. Jam konsultasi yang jelas adalah
bentuk penghargaan terhadap waktu mereka.
"""),
            ReplyData(TEGUH, """
Terima kasih. Saya rangkum: kriteria yang diumumkan, pencantuman dalam rencana kinerja dengan indikator, pengakuan
JP, dan jam konsultasi yang jelas. Rangkuman ini akan saya tulis sebagai praktik baik jika sudah diuji di satu
perangkat daerah.
"""),
        ),
    ),
    ThreadData(
        author=SITI,
        category="transformasi-digital",
        title="Kebiasaan kecil menjaga keamanan akun dinas",
        body="""
Dalam tiga bulan terakhir, Diskominfo menerima beberapa laporan akun surel dinas yang dipakai pihak lain untuk
mengirim tautan mencurigakan. Hampir semuanya berawal dari kata sandi yang sama dengan akun lain atau dari tautan
palsu yang meminta pengguna masuk.

Saya ingin berbagi beberapa kebiasaan kecil: aktifkan verifikasi dua langkah, jangan memakai kata sandi yang sama
untuk akun pribadi dan dinas, periksa alamat situs sebelum memasukkan kata sandi, dan keluar dari akun di komputer
bersama. Silakan tambahkan kebiasaan baik lain yang Anda terapkan.
""",
        replies=(
            ReplyData(DARMAWAN, """
Di kantor kami, komputer loket dipakai bergantian. Kami menempelkan pengingat kecil di layar: "Sudah keluar dari
akun?" Sederhana, tetapi cukup efektif.
"""),
            ReplyData(YOHANA, """
Tambahan: jangan mengirim dokumen terbatas melalui aplikasi pesan pribadi. Gunakan penyimpanan awan dinas dengan
akses terbatas. Dokumen yang terkirim melalui aplikasi pesan pribadi sulit ditarik kembali dan tidak tercatat siapa
saja yang sudah membukanya.
"""),
            ReplyData(RUDI, """
Di BKPSDM kami menguji pegawai dengan simulasi surel palsu yang aman. Pegawai yang menekan tautan mendapat
penjelasan singkat. Dalam dua kali simulasi, angka yang menekan tautan turun dari 31 persen menjadi 12 persen.
"""),
            ReplyData(SITI, """
> **Rudi Hartono Sihombing** menulis: simulasi surel palsu yang aman.

Ide bagus, Pak Rudi. Boleh kita bahas bersama agar dapat dijalankan di OPD lain? Tentu dengan pemberitahuan kepada
pimpinan masing-masing terlebih dahulu.
"""),
        ),
    ),
    ThreadData(
        author=IRWAN,
        category="pelayanan-publik",
        title="Standar layanan kecamatan: apa yang sebaiknya diseragamkan?",
        body="""
Bagian Tata Pemerintahan sedang menyusun rancangan standar layanan yang berlaku di 21 kecamatan. Saat ini
persyaratan untuk jenis surat yang sama bisa berbeda antarkecamatan, dan warga yang pindah domisili sering bingung.

Menurut rekan-rekan, apa saja yang perlu diseragamkan: daftar layanan, persyaratan, waktu penyelesaian, atau juga
format surat? Apa yang sebaiknya tetap diserahkan kepada kebijakan masing-masing kecamatan? Masukan akan kami himpun
sebelum rapat koordinasi camat.
""",
        replies=(
            ReplyData(FITRI, """
Persyaratan dan waktu penyelesaian wajib diseragamkan karena keduanya langsung dirasakan warga. Format surat
sebaiknya juga seragam, agar instansi penerima tidak ragu dengan keabsahannya.
"""),
            ReplyData(DARMAWAN, """
Dari sisi adminduk, mohon dipastikan persyaratan di kecamatan tidak meminta fotokopi dokumen yang datanya sebenarnya
sudah dapat diperiksa secara elektronik. Ini sering membuat warga bolak-balik.
"""),
            ReplyData(TEGUH, """
Yang sebaiknya diserahkan kepada kecamatan adalah cara pelayanan, misalnya jam layanan tambahan atau layanan jemput
bola, karena kondisi wilayahnya berbeda. Standar cukup mengatur batas minimumnya.
"""),
            ReplyData(IRWAN, """
> **Teguh Wibowo** menulis: Standar cukup mengatur batas minimumnya.

Setuju, Pak. Kami akan memakai pendekatan standar minimum. Kecamatan boleh memberi layanan lebih cepat atau lebih
mudah, tetapi tidak boleh menambah persyaratan.
"""),
            ReplyData(HENDRA, """
Mohon rancangan standar ini diuji dengan warga, misalnya melalui survei singkat di dua kecamatan, sebelum
ditetapkan. Yang kita anggap jelas belum tentu jelas bagi warga.
"""),
        ),
    ),
    ThreadData(
        author=DEWI,
        category="pelatihan-dan-pengembangan-kompetensi",
        title="Komunitas belajar lembar kerja setiap Kamis sore: siapa ingin bergabung?",
        body="""
Mulai bulan depan, BKPSDM membuka komunitas belajar lembar kerja untuk pegawai dari semua perangkat daerah.
Pertemuan diadakan setiap Kamis minggu kedua dan keempat pukul 14.00 sampai 15.30, bergantian antara tatap muka di
BKPSDM dan daring.

Materi disusun dari kebutuhan peserta: merapikan data, tabel pivot, grafik, fungsi pencarian, dan format bersyarat.
Setiap pertemuan disertai tugas singkat, dan kehadiran dapat diakui sebagai pembelajaran nonklasikal. Silakan tulis
nama, instansi, dan satu pekerjaan yang ingin Anda selesaikan dengan lembar kerja.
""",
        replies=(
            ReplyData(INDAH, """
Indah, DLH. Saya ingin membuat rekap setoran bank sampah per bulan dan per jenis sampah secara otomatis. Saya ikut,
Bu.
"""),
            ReplyData(AGUS, """
Agus, Damkar. Ingin belajar menghitung waktu tanggap dan membuat grafik per kecamatan. Saya daftar. Data kejadian
kami sudah tersusun rapi, tetapi saya belum tahu cara mengolahnya.
"""),
            ReplyData(SRI, """
Sri, DP3APMP2KB. Ingin merapikan rekap kunjungan penyuluh agar tidak perlu diketik ulang. Apakah pertemuan daring
juga direkam, Bu? Kadang saya bertugas di lapangan pada Kamis sore.
"""),
            ReplyData(DEWI, """
> **Sri Rahayu Batubara** menulis: Apakah pertemuan daring juga direkam?

Ya, Bu Sri, pertemuan daring direkam dan dibagikan kepada peserta. Untuk pengakuan JP, tugas singkatnya tetap perlu
dikumpulkan.
"""),
            ReplyData(KRISTINA, """
Kristina, Diskop UKM Perindag. Saya ingin memeriksa laporan keuangan koperasi lebih cepat. Beberapa rekan pengawas
koperasi juga tertarik. Kami akan mendaftar bersama.
"""),
            ReplyData(BONAR, """
Jika dibutuhkan, saya bersedia memandu satu pertemuan tentang tabel pivot dan membersihkan data. Silakan atur
jadwalnya, Bu Dewi. Saya siapkan contoh data yang sudah disamarkan.
"""),
        ),
    ),
    ThreadData(
        author=YOHANA,
        category="kolaborasi-antarinstansi",
        title="Menyelaraskan temuan audit dengan perbaikan proses di perangkat daerah",
        body="""
Temuan audit yang sama sering berulang dari tahun ke tahun, misalnya dokumen pendukung yang tidak lengkap atau
prosedur yang tidak dijalankan sesuai SOP. Menurut saya, penyebabnya adalah tindak lanjut yang berhenti pada
pemenuhan dokumen, tanpa memperbaiki prosesnya.

Saya ingin mengajak rekan-rekan dari Bagian Organisasi dan perangkat daerah untuk berdiskusi: bagaimana agar
rekomendasi audit benar-benar menjadi perbaikan proses, bukan sekadar jawaban tertulis?
""",
        replies=(
            ReplyData(TEGUH, """
Dari sisi tata laksana, kami bisa membantu jika rekomendasi audit menyebut proses mana yang bermasalah. Selama ini
kami jarang menerima salinan rekomendasi yang berkaitan dengan SOP.
"""),
            ReplyData(FITRI, """
Usul saya, temuan yang berulang dijadikan bahan pemetaan proses bisnis. Jika prosesnya berbelit, pegawai memang
cenderung melewati langkah tertentu. Dengan begitu perbaikannya menyentuh akar masalah.
"""),
            ReplyData(YOHANA, """
Terima kasih. Kami akan mencoba menembuskan rekomendasi terkait prosedur kepada Bagian Organisasi, dan memilih dua
temuan berulang untuk dipetakan prosesnya bersama.
"""),
        ),
    ),
    ThreadData(
        author=MARIA,
        category="transformasi-digital",
        title="Dasbor yang benar-benar dibaca pimpinan: apa rahasianya?",
        body="""
Banyak dasbor dibuat dengan semangat, lalu jarang dibuka setelah bulan kedua. Dasbor DBD mingguan kami termasuk yang
bertahan, dan saya menduga alasannya adalah dasbor itu menjawab pertanyaan yang memang ditanyakan setiap minggu: di
mana kasus naik, dan apa yang harus dilakukan.

Bagaimana pengalaman rekan-rekan? Dasbor seperti apa yang benar-benar dipakai dalam pengambilan keputusan di kantor
Anda, dan mana yang akhirnya ditinggalkan?
""",
        replies=(
            ReplyData(BONAR, """
Pengalaman di Bappeda sama: dasbor yang bertahan adalah yang dibahas dalam rapat rutin. Jika tidak ada forum yang
membacanya, dasbor sebagus apa pun akan dilupakan.
"""),
            ReplyData(JONATHAN, """
Dasbor kami yang gagal berisi dua puluh grafik. Pimpinan bingung harus melihat yang mana. Versi baru hanya berisi
lima angka utama dengan warna merah, kuning, dan hijau, dan justru itu yang dipakai.
"""),
            ReplyData(HENDRA, """
Dari sisi pimpinan, saya membutuhkan dasbor yang menunjukkan perubahan dan penyebabnya, bukan hanya angka. Satu
kalimat penjelasan di bawah grafik sangat membantu.
"""),
            ReplyData(MARIA, """
> **Hendra Sitorus** menulis: Satu kalimat penjelasan di bawah grafik sangat membantu.

Terima kasih, Pak. Mulai minggu depan kami tambahkan catatan singkat dari petugas surveilans di bawah setiap grafik.
"""),
        ),
    ),
    ThreadData(
        author=NURHAYATI,
        category="pelatihan-dan-pengembangan-kompetensi",
        title="Pelatihan daring atau tatap muka untuk guru: mana yang lebih efektif?",
        body="""
Selama dua tahun terakhir, guru di wilayah binaan saya mengikuti pelatihan dalam dua bentuk: daring penuh dan tatap
muka. Kesan saya, pelatihan daring lebih mudah diikuti tetapi hasilnya kurang terlihat di kelas, sedangkan pelatihan
tatap muka lebih berkesan tetapi sulit diikuti karena guru harus meninggalkan kelas.

Apakah ada rekan yang pernah membandingkan hasil keduanya? Atau mungkin ada bentuk campuran yang terbukti lebih
baik?
""",
        replies=(
            ReplyData(CLARA, """
Komunitas guru kami memakai bentuk campuran: pertemuan tatap muka sebulan sekali untuk praktik, dan grup daring di
antaranya untuk berbagi hasil. Menurut saya yang menentukan bukan bentuknya, melainkan ada atau tidaknya praktik di
kelas.
"""),
            ReplyData(DEWI, """
Data BKPSDM menunjukkan tingkat penyelesaian pelatihan daring mandiri lebih rendah daripada pelatihan daring yang
memiliki jadwal pertemuan langsung dengan pengajar. Kehadiran pengajar, meskipun daring, ternyata berpengaruh.
"""),
            ReplyData(NURHAYATI, """
> **Clara Angelina Sinaga** menulis: yang menentukan bukan bentuknya, melainkan ada atau tidaknya praktik di kelas.

Setuju, Bu Clara. Sebagai pengawas, saya akan mencoba memasukkan praktik hasil pelatihan sebagai salah satu fokus
supervisi semester depan.
"""),
        ),
    ),
    ThreadData(
        author=LESTARI,
        category="pelayanan-publik",
        title="Menjawab pengaduan di media sosial: seberapa cepat seharusnya?",
        body="""
Warga semakin sering menyampaikan pengaduan melalui kolom komentar media sosial dinas, lengkap dengan foto. Sebagian
berharap dijawab dalam hitungan menit. Di sisi lain, petugas kami perlu memverifikasi lokasi dan berkoordinasi
sebelum memberi jawaban yang pasti.

Bagaimana rekan-rekan mengatur waktu tanggapan di media sosial? Apakah cukup dengan jawaban awal bahwa pengaduan
sudah diterima, lalu jawaban lengkap menyusul? Saya ingin mendengar praktik di kantor lain.
""",
        replies=(
            ReplyData(YUSUF, """
Di Diskominfo kami membedakan dua tanggapan: tanggapan awal paling lambat dalam jam kerja yang sama, berisi ucapan
terima kasih dan nomor tiket; lalu tanggapan akhir setelah ada tindak lanjut. Warga biasanya memahami selama mereka
tahu laporannya tercatat.
"""),
            ReplyData(IQBAL, """
Kami juga mengarahkan warga untuk mengirim lokasi tepat melalui pesan langsung, karena komentar publik sering tidak
mencantumkan alamat yang jelas.
"""),
            ReplyData(LESTARI, """
> **Yusuf Effendi Lubis** menulis: tanggapan awal paling lambat dalam jam kerja yang sama.

Terima kasih, Pak Yusuf. Kami akan menetapkan batas ini dan mencantumkan nomor tiket register pengaduan dalam setiap
tanggapan awal.
"""),
            ReplyData(HENDRIK, """
Catatan dari dinas teknis: mohon tanggapan awal tidak menjanjikan waktu perbaikan sebelum tim lapangan memeriksa.
Janji yang tidak tertepati justru memperburuk kepercayaan warga.
"""),
        ),
    ),
    ThreadData(
        author=FITRI,
        category="umum",
        title="Nilai BerAKHLAK dalam keseharian: contoh kecil dari meja kerja",
        body="""
Nilai BerAKHLAK sering kita hafalkan untuk apel dan ujian, tetapi wujudnya justru paling terlihat dalam hal-hal
kecil: membalas surel warga dengan santun, mencatat keputusan rapat dengan jujur, atau membantu rekan dari perangkat
daerah lain tanpa menunggu surat resmi.

Saya mengajak rekan-rekan berbagi satu contoh kecil dari pekerjaan sehari-hari yang menurut Anda mencerminkan salah
satu nilai BerAKHLAK: berorientasi pelayanan, akuntabel, kompeten, harmonis, loyal, adaptif, atau kolaboratif.
""",
        replies=(
            ReplyData(DARMAWAN, """
Berorientasi pelayanan: seorang rekan di loket selalu membaca ulang daftar persyaratan bersama warga sebelum warga
pulang. Kelihatannya sepele, tetapi warga yang kembali karena berkas kurang jauh berkurang.
"""),
            ReplyData(YOHANA, """
Akuntabel: mencatat alasan setiap keputusan dalam kertas kerja, termasuk keputusan untuk tidak menindaklanjuti
sesuatu. Ketika ditanya setahun kemudian, jawabannya sudah tersedia.
"""),
            ReplyData(AGUS, """
Kolaboratif: regu kami berbagi data lokasi hidran dengan PDAM dan kecamatan. Dulu masing-masing menyimpan datanya
sendiri. Kini data dapat dilihat bersama dan diperbarui setiap bulan.
"""),
            ReplyData(CLARA, """
Adaptif: guru senior di sekolah kami yang dua tahun lalu belum pernah memakai kelas daring, kini membuat kuis
digitalnya sendiri. Ia belajar dari murid-muridnya.
"""),
            ReplyData(SITI, """
Harmonis: di tim kami, setiap orang boleh mengatakan "saya belum paham" dalam rapat tanpa ditertawakan. Suasana
seperti ini membuat kami lebih cepat belajar.
"""),
            ReplyData(FITRI, """
Terima kasih atas contoh-contohnya. Rekan-rekan yang sudah menerapkan hal serupa dalam skala lebih besar, silakan
menuliskannya sebagai praktik baik dan memberi tag nilai yang sesuai.
"""),
        ),
    ),
    ThreadData(
        author=JONATHAN,
        category="kolaborasi-antarinstansi",
        title="Berbagi data antarperangkat daerah tanpa surat-menyurat panjang",
        body="""
Untuk memperoleh data dari perangkat daerah lain, kami biasanya mengirim surat permintaan, menunggu disposisi, lalu
menerima data beberapa minggu kemudian, sering kali dalam format yang sulit diolah. Padahal sebagian data tersebut
diperbarui secara rutin dan dibutuhkan berulang kali.

Apakah ada rekan yang sudah menerapkan pertukaran data rutin yang lebih sederhana, misalnya melalui lembar kerja
bersama dengan akses baca? Bagaimana pengaturan tanggung jawab dan keamanannya?
""",
        replies=(
            ReplyData(BONAR, """
Lembar indikator induk di Bappeda memakai cara itu: setiap perangkat daerah memperbarui angkanya sendiri, dan yang
lain hanya membaca. Surat tetap diperlukan sekali di awal untuk menetapkan penanggung jawab.
"""),
            ReplyData(RIZKY, """
Untuk data kependudukan, pertukaran harus melalui perjanjian pemanfaatan data, karena menyangkut data pribadi.
Namun, data agregat seperti jumlah penduduk per kelurahan dapat dibagikan lebih mudah.
"""),
            ReplyData(SITI, """
> **Rizky Pratama Daulay** menulis: data agregat seperti jumlah penduduk per kelurahan dapat dibagikan lebih mudah.

Betul. Saran saya, pisahkan sejak awal data agregat yang terbuka untuk antarperangkat daerah dan data rinci yang
memerlukan perjanjian. Aturan aksesnya jadi jelas.
"""),
            ReplyData(JONATHAN, """
Terima kasih. Kami akan memulai dengan data agregat yang dibutuhkan untuk penyusunan rencana kerja, dan menyusun
daftar penanggung jawabnya bersama perangkat daerah terkait.
"""),
        ),
    ),
    ThreadData(
        author=KRISTINA,
        category="pelatihan-dan-pengembangan-kompetensi",
        title="Pengalaman mengikuti kelas LibreOffice Calc",
        body="""
Minggu lalu saya menyelesaikan kelas singkat aplikasi perkantoran dari Diskominfo, termasuk dua pertemuan tentang
LibreOffice Calc. Sebelumnya saya mengira aplikasi ini jauh tertinggal, ternyata untuk kebutuhan pemeriksaan laporan
keuangan koperasi hampir semua yang saya perlukan tersedia.

Yang paling bermanfaat bagi saya adalah tabel pivot dan format bersyarat untuk menandai selisih. Ada rekan lain yang
sudah mengikutinya? Bagian mana yang paling berguna bagi pekerjaan Anda?
""",
        replies=(
            ReplyData(NURHAYATI, """
Saya mengikuti angkatan sebelumnya. Bagian yang paling berguna bagi saya adalah membuat grafik dari data supervisi.
Sebelumnya saya menggambar grafik di aplikasi presentasi secara manual.
"""),
            ReplyData(YUSUF, """
Terima kasih atas ulasannya, Bu Kristina. Masukan ini akan kami pakai untuk menambah porsi latihan tabel pivot pada
angkatan berikutnya.
"""),
            ReplyData(SRI, """
Apakah materi kelasnya dapat diunduh? Saya belum sempat mendaftar, tetapi ingin belajar mandiri dahulu. Jika ada
rekaman atau lembar latihan, saya ingin memakainya untuk belajar bersama rekan penyuluh.
"""),
        ),
    ),
    ThreadData(
        author=ANDI,
        category="transformasi-digital",
        title="Perlukah setiap perangkat daerah memiliki admin aplikasi sendiri?",
        body="""
Di dinas kami, setiap kali ada kendala aplikasi, misalnya akun terkunci atau menu tidak muncul, kami harus
menghubungi Diskominfo. Kadang kendala kecil memerlukan waktu beberapa hari sampai selesai.

Apakah sebaiknya setiap perangkat daerah memiliki admin aplikasi sendiri dengan kewenangan terbatas? Apa risikonya
jika terlalu banyak orang memiliki hak admin? Kami ingin mengusulkan hal ini dalam rapat koordinasi bulan depan,
sehingga ingin mendengar pertimbangan rekan-rekan terlebih dahulu.
""",
        replies=(
            ReplyData(SITI, """
Sebagian aplikasi sudah mendukung admin tingkat perangkat daerah, misalnya untuk membuka akun terkunci dan mengatur
ulang kata sandi. Kewenangan yang menyangkut struktur data dan keamanan tetap di Diskominfo. Pembagian seperti ini
mempercepat penyelesaian kendala kecil.
"""),
            ReplyData(YOHANA, """
Risikonya adalah hak admin yang tidak dicabut ketika admin mutasi, dan tidak ada catatan siapa mengubah apa. Jika
admin perangkat daerah dibentuk, pastikan ada jejak aktivitas dan peninjauan berkala.
"""),
            ReplyData(BUDI, """
Duta digital di setiap perangkat daerah dapat menjadi calon admin tingkat perangkat daerah. Mereka sudah mendapatkan
pelatihan lebih awal dan terhubung dengan Diskominfo.
"""),
            ReplyData(ANDI, """
> **Budi Santoso Nasution** menulis: Duta digital di setiap perangkat daerah dapat menjadi calon admin.

Ide yang baik, Pak. Kami akan mengusulkan duta digital kami untuk mendapatkan kewenangan admin terbatas.
"""),
        ),
    ),
    ThreadData(
        author=IQBAL,
        category="kepegawaian",
        title="Menyeimbangkan tugas lapangan dan kewajiban 20 JP",
        body="""
Anggota regu kami bekerja dengan sistem giliran, termasuk malam dan akhir pekan. Sulit bagi mereka untuk mengikuti
pelatihan yang hampir selalu diadakan pada jam kerja biasa. Akibatnya, capaian JP di unit kami tertinggal.

Bagaimana rekan-rekan di unit dengan sistem giliran, misalnya Damkar atau puskesmas, mengatur agar pegawai tetap
dapat memenuhi kewajiban pengembangan kompetensi? Kami ingin mencari cara yang adil bagi semua anggota.
""",
        replies=(
            ReplyData(AGUS, """
Di Damkar kami memanfaatkan waktu siaga di pos untuk belajar mandiri melalui kelas daring. Syaratnya, kegiatan
belajar dapat dihentikan kapan saja jika ada panggilan.
"""),
            ReplyData(DEWI, """
BKPSDM dapat menjadwalkan sesi komunitas belajar khusus yang diulang dua kali, pagi dan sore, agar pegawai dengan
giliran berbeda dapat mengikutinya. Silakan kirimkan jadwal giliran unit Bapak.
"""),
            ReplyData(WAHYUNI, """
Di puskesmas, kami bergiliran mengirim pegawai ke pelatihan dan mengatur penggantinya sejak awal bulan. Kuncinya
adalah perencanaan, bukan menunggu undangan.
"""),
        ),
    ),
    ThreadData(
        author=CLARA,
        category="kolaborasi-antarinstansi",
        title="Mahasiswa magang dari kampus mitra: bagaimana melibatkan mereka dengan baik?",
        body="""
Sekolah kami akan menerima mahasiswa praktik dari UNIMED selama satu semester. Pengalaman sebelumnya, mahasiswa
sering hanya diberi tugas administrasi ringan dan tidak benar-benar belajar, sementara kami juga tidak merasakan
manfaatnya.

Bagaimana rekan-rekan di perangkat daerah lain melibatkan mahasiswa magang agar kedua belah pihak memperoleh
manfaat? Kami ingin merancang tugas yang bermakna sejak minggu pertama dan menyusun jadwal pembimbingan yang jelas.
""",
        replies=(
            ReplyData(FADLI, """
Kami memberi mahasiswa Politeknik Negeri Medan satu proyek kecil yang jelas hasil akhirnya, misalnya merapikan data
spasial satu kecamatan. Mereka mendapat pengalaman nyata, dan kami mendapat data yang rapi.
"""),
            ReplyData(MELATI, """
Pastikan juga ada pembimbing dari pihak sekolah yang ditunjuk resmi, dan tujuan magang dituliskan dalam rencana
kegiatan bersama kampus. Hal ini memudahkan penilaian dari kampus.
"""),
            ReplyData(TEGUH, """
Ingatkan mahasiswa tentang kerahasiaan data sejak hari pertama. Jika perlu, minta mereka menandatangani pernyataan
menjaga kerahasiaan informasi. Hal ini melindungi mereka dan juga kantor.
"""),
            ReplyData(CLARA, """
Terima kasih. Kami akan memberi mereka proyek membuat bank soal digital untuk dua mata pelajaran, dengan guru mata
pelajaran sebagai pembimbing.
"""),
        ),
    ),
    ThreadData(
        author=HENDRIK,
        category="kolaborasi-antarinstansi",
        title="Koordinasi perbaikan jalan dengan kecamatan melalui grup pesan: efektif atau melelahkan?",
        body="""
Sebelum memakai lembar kerja bersama, koordinasi laporan jalan rusak dengan kecamatan berlangsung di grup pesan
dengan lebih dari 80 anggota. Pesan penting tenggelam di antara ucapan selamat dan informasi lain. Sekarang laporan
dicatat di lembar kerja, tetapi grup pesan masih dipakai untuk koordinasi cepat.

Bagaimana pengalaman rekan-rekan mengatur grup pesan koordinasi agar tetap efektif? Saya ingin mendengar cara yang
sudah terbukti.
""",
        replies=(
            ReplyData(IRWAN, """
Di grup koordinasi kecamatan, kami menetapkan aturan: grup hanya untuk informasi kedinasan, dan setiap laporan wajib
disertai nomor baris di lembar kerja. Admin grup menegur dengan santun jika ada yang melanggar.
"""),
            ReplyData(LESTARI, """
Kami memisahkan grup pengumuman, yang hanya admin dapat mengirim pesan, dan grup diskusi. Pengumuman penting tidak
tenggelam lagi. Diskusi tetap berjalan di grup kedua.
"""),
            ReplyData(HENDRIK, """
> **Irwan Syahputra** menulis: setiap laporan wajib disertai nomor baris di lembar kerja.

Aturan ini sangat praktis, Pak. Kami akan menerapkannya mulai minggu depan dan mengumumkannya di grup.
"""),
            ReplyData(IQBAL, """
Satu usul lagi: sepakati jam tanggapan. Pesan di luar jam kerja ditanggapi keesokan harinya, kecuali keadaan
darurat. Kesepakatan ini menjaga waktu istirahat pegawai.
"""),
        ),
    ),
    ThreadData(
        author=RUDI,
        category="transformasi-digital",
        title="Catatan dari sesi tanya jawab aplikasi kinerja di BKPSDM",
        body="""
Kamis lalu kami mengadakan sesi tanya jawab aplikasi kinerja yang diikuti pengelola kepegawaian dari 26 perangkat
daerah. Beberapa pertanyaan yang paling sering muncul: cara mengunggah bukti dukung berukuran besar, cara atasan
mengembalikan realisasi untuk diperbaiki, dan cara melihat riwayat penilaian bulan sebelumnya.

Ringkasan jawaban sudah kami masukkan ke panduan singkat. Silakan tambahkan pertanyaan yang belum terjawab di utas
ini, agar dapat kami bahas pada sesi berikutnya.
""",
        replies=(
            ReplyData(WAHYUNI, """
Pertanyaan dari kami: apakah bukti dukung dapat berupa tautan ke penyimpanan awan, bukan berkas yang diunggah?
Beberapa laporan kegiatan kami berukuran besar.
"""),
            ReplyData(RUDI, """
> **Wahyuni Siregar** menulis: apakah bukti dukung dapat berupa tautan ke penyimpanan awan?

Bisa, Bu, selama tautannya dapat dibuka oleh atasan penilai dan tidak dibagikan secara publik. Pastikan berkasnya
tidak dipindahkan setelah dinilai.
"""),
            ReplyData(ANDI, """
Terima kasih atas panduannya. Mohon sesi berikutnya juga membahas penilaian perilaku kerja, karena banyak pegawai
yang belum memahami kaitannya dengan nilai BerAKHLAK.
"""),
        ),
    ),
)
