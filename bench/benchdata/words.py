"""Word lists for the benchmark data, written for this project: names, positions, tags, headings."""
from __future__ import annotations

MALE_NAMES = (
    "Ahmad", "Muhammad", "Rizky", "Budi", "Andi", "Agus", "Hendra", "Irwan", "Fadli", "Yusuf", "Darmawan", "Rudi",
    "Bonar", "Jonathan", "Teguh", "Hendrik", "Dedi", "Joko", "Fauzan", "Arif", "Bayu", "Dimas", "Eko", "Fajar",
    "Gilang", "Hafiz", "Ilham", "Indra", "Khairul", "Lukman", "Mahmud", "Nanda", "Rahmat", "Reza", "Ridwan",
    "Rizal", "Sahat", "Samuel", "Sandi", "Syahrul", "Taufik", "Togar", "Wahyu", "Yogi", "Zulkifli", "Hotman",
    "Parlindungan", "Marihot", "Tigor", "Ferdinand", "Daniel", "Yosua", "Benny", "Edward", "Kevin", "Hasan",
    "Iqbal", "Faisal", "Ramadhan", "Surya", "Aditya", "Erwin", "Gunawan", "Harun", "Imam", "Junaidi", "Lamhot",
    "Mangasi", "Nurdin", "Poltak", "Robert", "Sutrisno", "Tumpal", "Viktor", "Wilson", "Bambang", "Slamet",
    "Azhar", "Fikri", "Habibi", "Julianus", "Martin", "Roy", "Anton", "Dony", "Firman",
)
FEMALE_NAMES = (
    "Siti", "Dewi", "Maria", "Nurhayati", "Lestari", "Fitri", "Yohana", "Sri", "Putri", "Kristina", "Ratna",
    "Melati", "Wahyuni", "Clara", "Indah", "Rina", "Ayu", "Intan", "Rahmawati", "Sari", "Novita", "Desi",
    "Elisabeth", "Friska", "Grace", "Hana", "Ika", "Juliana", "Kartini", "Lina", "Mega", "Nadia", "Oktavia",
    "Pratiwi", "Rosmawati", "Santi", "Tiara", "Utami", "Vera", "Winda", "Yanti", "Zahra", "Aisyah", "Anggraini",
    "Butet", "Dian", "Erna", "Febri", "Herlina", "Irma", "Kiki", "Lusiana", "Mutiara", "Nurul", "Rosalina",
    "Sondang", "Tetty", "Uli", "Wulan", "Yuliana", "Nova", "Debora", "Martha", "Ruth", "Lidya", "Fransiska",
    "Cut", "Annisa", "Rini", "Tri",
)
MIDDLE_NAMES = {
    "1": ("Pratama", "Saputra", "Syahputra", "Rahman", "Hidayat", "Kurnia", "Fauzi", "Maulana", "Putra",
          "Dwi", "Eka", "Wijaya", "Arifin", "Hakim"),
    "2": ("Ayu", "Kartika", "Permata", "Sari", "Nur", "Dwi", "Eka", "Wulandari", "Handayani", "Rahayu",
          "Amalia", "Ramadhani", "Anggraini", "Lestari"),
}
FAMILY_NAMES = (
    "Lubis", "Nasution", "Siregar", "Harahap", "Simanjuntak", "Daulay", "Tanjung", "Hutagalung", "Ginting",
    "Pohan", "Sembiring", "Rangkuti", "Batubara", "Manurung", "Pulungan", "Situmorang", "Hasibuan", "Matondang",
    "Tarigan", "Simatupang", "Sinaga", "Purba", "Sihombing", "Sitorus", "Marpaung", "Panjaitan", "Pardede",
    "Sianturi", "Simbolon", "Hutapea", "Napitupulu", "Silalahi", "Pasaribu", "Tambunan", "Nainggolan",
    "Sitompul", "Saragih", "Damanik", "Girsang", "Munthe", "Sitepu", "Barus", "Bangun", "Surbakti", "Kaban",
    "Meliala", "Nababan", "Gultom", "Aritonang", "Lumbantobing", "Hutabarat", "Siahaan", "Tampubolon",
    "Manullang", "Rambe", "Ritonga", "Dalimunthe", "Sagala", "Situngkir", "Santoso", "Wibowo", "Hartono",
    "Setiawan", "Susanto", "Prasetyo", "Kusuma", "Hidayat", "Effendi", "Halim", "Chandra", "Wijaya", "Hakim",
    "Rahmadani", "Ramadhan", "Syahputra", "Nasir", "Pane", "Dongoran", "Hasugian", "Sinulingga",
)
BATAK_FAMILIES = frozenset({
    "Siregar", "Simanjuntak", "Hutagalung", "Ginting", "Sembiring", "Manurung", "Situmorang", "Tarigan",
    "Simatupang", "Sinaga", "Purba", "Sihombing", "Sitorus", "Marpaung", "Panjaitan", "Pardede", "Sianturi",
    "Simbolon", "Hutapea", "Napitupulu", "Silalahi", "Pasaribu", "Tambunan", "Nainggolan", "Sitompul",
    "Saragih", "Damanik", "Girsang", "Munthe", "Sitepu", "Barus", "Bangun", "Surbakti", "Kaban", "Meliala",
    "Nababan", "Gultom", "Aritonang", "Lumbantobing", "Hutabarat", "Siahaan", "Tampubolon", "Manullang",
    "Sagala", "Situngkir", "Hasugian", "Sinulingga",
})
DEGREES = ("S.Kom.", "S.E.", "S.H.", "S.Sos.", "S.T.", "M.Si.", "M.M.", "S.Pd.", "S.Kep.", "S.I.Kom.", "M.A.P.",
           "S.Ak.", "S.Psi.", "M.Kes.")

POSITIONS = (
    "Pranata Komputer Ahli Pertama", "Pranata Komputer Ahli Muda", "Analis Kebijakan Ahli Muda",
    "Analis Sumber Daya Manusia Aparatur", "Analis Pengembangan Kompetensi", "Perencana Ahli Muda",
    "Perencana Ahli Pertama", "Auditor Ahli Pertama", "Auditor Ahli Muda", "Arsiparis Ahli Pertama",
    "Arsiparis Terampil", "Pranata Humas Ahli Muda", "Statistisi Ahli Pertama", "Analis Keuangan",
    "Pengelola Pengadaan Barang/Jasa", "Analis Tata Laksana", "Analis Organisasi", "Analis Pemerintahan",
    "Penyuluh Keluarga Berencana", "Penyuluh Pertanian", "Pengawas Koperasi", "Epidemiolog Kesehatan",
    "Administrator Kesehatan", "Perawat Ahli Pertama", "Bidan Terampil", "Guru Ahli Pertama", "Guru Ahli Muda",
    "Pengawas Sekolah", "Polisi Pamong Praja Penyelia", "Analis Kebakaran", "Penguji Kendaraan Bermotor",
    "Penata Ruang Ahli Pertama", "Pengendali Dampak Lingkungan", "Administrator Database Kependudukan",
    "Analis Kependudukan", "Pengelola Layanan Operasional", "Penata Layanan Operasional",
    "Pengadministrasi Perkantoran", "Kepala Seksi Pelayanan", "Kepala Subbagian Umum dan Kepegawaian",
    "Sekretaris Kecamatan", "Lurah", "Kepala Bidang Pengembangan SDM", "Analis Anggaran",
)
LEADER_POSITIONS = ("Kepala Dinas", "Sekretaris Dinas", "Kepala Badan", "Camat", "Kepala Bidang",
                    "Asisten Administrasi Umum", "Inspektur Pembantu")
STAFF_POSITIONS = ("Operator Sistem Informasi", "Analis Sumber Daya Manusia Aparatur", "Pranata Komputer Ahli Muda")

# Topic tags as ASN in Medan would use them (the demo's own tags and the BerAKHLAK values come on top).
TOPIC_TAGS = (
    "arsip-digital", "arsip-dinamis", "tata-naskah-dinas", "nota-dinas", "surat-elektronik", "disposisi",
    "tanda-tangan-elektronik", "sertifikat-elektronik", "e-kinerja", "skp", "penilaian-kinerja", "ekinerja-bulanan",
    "absensi-daring", "presensi", "cuti", "kenaikan-pangkat", "mutasi", "jabatan-fungsional", "penyetaraan-jabatan",
    "angka-kredit", "uji-kompetensi", "diklat", "pelatihan", "webinar", "komunitas-belajar", "mentoring",
    "coaching", "jp-pengembangan-kompetensi", "e-learning", "literasi-digital", "literasi-data", "data",
    "satu-data", "statistik-sektoral", "dasbor", "visualisasi-data", "spreadsheet", "tabel-pivot",
    "analisis-data", "keamanan-informasi", "kata-sandi", "phishing", "cadangan-data", "penyimpanan-awan",
    "jaringan-kantor", "wifi", "helpdesk", "aplikasi-daring", "aplikasi-seluler", "website-opd", "domain-go-id",
    "media-sosial", "kehumasan", "siaran-pers", "desain-grafis", "video-pendek", "podcast", "survei-kepuasan",
    "ikm", "pengaduan", "sp4n-lapor", "maklumat-pelayanan", "standar-pelayanan", "antrean-daring",
    "mal-pelayanan-publik", "pelayanan-terpadu", "perizinan", "oss", "adminduk", "ktp-el", "kartu-keluarga",
    "akta-kelahiran", "identitas-kependudukan-digital", "layanan-kelurahan", "layanan-kecamatan", "musrenbang",
    "perencanaan", "renstra", "renja", "rkpd", "anggaran", "dpa", "pengadaan", "e-katalog", "tender",
    "swakelola", "keuangan-daerah", "sipd", "pajak-daerah", "pbb", "retribusi", "aset-daerah", "barang-milik-daerah",
    "inventaris", "akuntabilitas-kinerja", "sakip", "lakip", "reformasi-birokrasi", "zona-integritas", "wbk",
    "pengendalian-gratifikasi", "spip", "manajemen-risiko", "audit-internal", "pengawasan", "tindak-lanjut-temuan",
    "inovasi-daerah", "inovasi-pelayanan", "proyek-perubahan", "manajemen-perubahan", "budaya-kerja",
    "kepemimpinan", "kolaborasi", "kerja-sama-kampus", "kerja-sama-daerah", "csr", "umkm", "koperasi",
    "pasar-tradisional", "harga-pangan", "ketahanan-pangan", "pertanian-kota", "perikanan", "peternakan",
    "kesehatan", "puskesmas", "posyandu", "stunting", "imunisasi", "dbd", "jkn", "rumah-sakit", "rujukan",
    "kesehatan-jiwa", "gizi", "sanitasi", "air-bersih", "drainase", "banjir", "jalan-lingkungan", "jembatan",
    "penerangan-jalan", "tata-ruang", "pbg", "bangunan-gedung", "perumahan", "rusunawa", "persampahan",
    "bank-sampah", "daur-ulang", "ruang-terbuka-hijau", "kualitas-udara", "lingkungan-hidup", "transportasi",
    "angkutan-umum", "parkir", "lalu-lintas", "uji-kir", "pemadam-kebakaran", "kebencanaan", "mitigasi-bencana",
    "ketertiban-umum", "satpol-pp", "pkl", "pendidikan", "sekolah", "ppdb", "guru", "kurikulum-merdeka",
    "perpustakaan", "literasi", "kepemudaan", "olahraga", "pariwisata", "kebudayaan", "event-kota",
    "ekonomi-kreatif", "ketenagakerjaan", "pelatihan-kerja", "bansos", "dtks", "disabilitas", "lansia",
    "perlindungan-anak", "kesetaraan-gender", "keluarga-berencana", "kependudukan", "kelurahan", "kecamatan",
    "kepala-lingkungan", "gotong-royong", "partisipasi-warga", "rapat-koordinasi", "notulen", "rapat-daring",
    "manajemen-waktu", "kerja-hibrida", "kesejahteraan-pegawai", "kesehatan-pegawai", "pensiun", "taspen",
    "bpjs-ketenagakerjaan", "pppk", "cpns", "orientasi-pegawai-baru", "etika-asn", "netralitas-asn",
    "disiplin-pegawai", "whistleblowing", "regulasi", "peraturan-wali-kota", "sop", "proses-bisnis",
    "peta-proses", "simplifikasi-birokrasi", "spbe", "arsitektur-spbe", "interoperabilitas", "api",
    "open-source", "otomasi-perkantoran", "formulir-daring", "google-form", "qr-code", "chatbot",
    "kecerdasan-artifisial", "smart-city", "command-center", "cctv", "medan-berkah", "sumut",
)

HEADINGS = (
    "Latar Belakang", "Permasalahan", "Inovasi/Solusi", "Hasil dan Dampak", "Cara Menerapkan",
    "Pelajaran yang Dipetik", "Kendala di Lapangan", "Langkah Berikutnya", "Ringkasan", "Tujuan",
    "Sasaran dan Penerima Manfaat", "Pihak yang Terlibat", "Biaya dan Sumber Daya", "Dasar Hukum",
    "Tahapan Pelaksanaan", "Indikator Keberhasilan", "Keberlanjutan", "Catatan Penting", "Rekomendasi",
    "Kesimpulan",
)
LEAD_INS = ("Catatan:", "Tips:", "Penting:", "Pengalaman kami:", "Saran:", "Pertanyaan lanjutan:")

REVISION_SUMMARIES = (
    "Menambahkan data terbaru", "Memperbaiki salah ketik", "Melengkapi langkah penerapan",
    "Memperjelas latar belakang", "Menambahkan hasil evaluasi triwulan", "Merapikan struktur tulisan",
    "Memperbarui dasar hukum", "Menambahkan kendala di lapangan", "Menyesuaikan dengan SOP baru",
    "Menambahkan tautan ke aturan terkait",
)
ADOPTION_NOTES = (
    "Kami menerapkan langkah-langkahnya di bidang pelayanan dengan sedikit penyesuaian.",
    "Diterapkan bertahap mulai dari satu seksi sebagai percontohan.",
    "Kami meniru alurnya dan memakai templat yang dibagikan penulis.",
    "Sudah berjalan dua bulan; formulir kami sesuaikan dengan kebutuhan kecamatan.",
)
ADOPTION_OUTCOMES = (
    "Waktu layanan turun sekitar sepertiga dan keluhan warga berkurang.",
    "Pegawai lebih cepat menemukan dokumen; rapat evaluasi kini memakai data dari aplikasi.",
    "Hasilnya baik, tetapi masih perlu pelatihan tambahan bagi petugas baru.",
)
AWARD_TITLES = ("Kontributor Pengetahuan Terbaik", "Inovator Pelayanan Publik", "Penjawab Paling Membantu",
                "Teladan Berbagi Praktik Baik", "Penggerak Komunitas Belajar")
