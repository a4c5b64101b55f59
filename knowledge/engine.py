"""`KnowledgeBase`: question in, :class:`Answer` out. The one entry point that
handlers use; it owns the decision of answering, suggesting or abstaining.

The asymmetry is deliberate: a wrong "boleh" can cost someone their job, so a
"boleh" answer needs more confidence than any other verdict and is never given
while a "dilarang"/"hati-hati" entry scores close to it — the user gets the
choices instead.
"""

from __future__ import annotations

import logging
import re

from collections import Counter
from dataclasses import replace
from pathlib import Path

import sqlite_utils

from netralbot.knowledge import calibration, upgrade
from netralbot.knowledge.answer import REFERRAL, Answer, Citation, Outcome, StatementRef, Suggestion
from netralbot.knowledge.compose import compose, effective_question
from netralbot.knowledge.frame import (
    ASN_FAMILY, BOUND_ELSEWHERE, EXCEPTION_MANNERS, PASSIVE_ACTS, POLITICAL, RELATIVES, SOCIAL_ACTS, adds_social_post, boleh_at_risk, condition_denied, conditions_met, exception_named, relatives_side_only,
    relative_in_uniform, risky_acts,
)
from netralbot.knowledge.frame import fit as frame_fit
from netralbot.knowledge.frame import extract as extract_frame
from netralbot.knowledge.focus import focus
from netralbot.knowledge.guard import MAX_QUESTION_CHARS, Refusal, printable_text, screen
from netralbot.knowledge.guard import vocabulary as guard_vocabulary
from netralbot.knowledge.loader import load_seed
from netralbot.knowledge.matcher import Matcher
from netralbot.knowledge.models import FaqEntry, Verdict
from netralbot.knowledge.prefilter import compile_all, prefiltered
from netralbot.knowledge.respell import Respeller
from netralbot.knowledge.store import (
    ensure_index_current,
    kb_version,
    is_seeded,
    load_entries,
    load_provisions,
    load_regulations,
    load_statements,
    meta_set,
    open_db,
    seed,
)

_log = logging.getLogger(__name__)

# Calibrated P(the top entry's verdict is right) needed to answer. Leave-one-phrasing-out
# calibration is pessimistic (each phrasing was written to differ from its siblings), so
# 0.35 here already means a well-supported match; "boleh" keeps a much higher bar.
ANSWER_MIN = 0.35
INFO_MIN = 0.2  # ... for a question that asks the sanction, the steps, who decides or what a word means
# ... and to answer "boleh": a wrong "boleh" is the worst error, so ~98 % precision (0.85 was tried
# on 2026-12-02: no dangerous answer on the readable sets, one dangerous and four permissive on the sealed)
BOLEH_MIN = 0.9
# ... unless the question names nothing that can be a violation (0.75 until the fourteenth session;
# 0.65 answers "may I vote?" shared among allowed entries; 0.6 gave one permissive answer on the sealed set)
BOLEH_HARMLESS_MIN = 0.65
# ... or when the question itself states the condition a "boleh dengan syarat" entry names
# ("sudah resmi CLTN", "udah dapat izin tertulis"): the asker's own words carry the exception.
CONDITIONS_MET_MIN = 0.5
SUGGEST_MIN = 0.12  # below this: abstain
# "..., tapi kalau ...": the last turn of a sentence is what is asked
_TURN = prefiltered(r"\b(?:tapi|tetapi|namun|tp|tpi|tapinya|cuma kalau|terus kalau|kalau akhirnya)\b", re.I)
_SCOPE_SLOTS = ("actor", "means", "stage")  # who and when: what a scope ("cakupan") entry is about
ACT_AMONG = 3  # ... and the act's entry is looked for among this many, past other scope entries
OUT_OF_DOMAIN_MIN = 0.9  # no election word at all: answer only a near-certain match
OWN_ACT_LOGIT = 4.0  # how far below a lenient entry a prohibition of the asker's own act may rank
# "dipasang orang", "temen yang upload", "ditag": someone else did it
_BY_OTHERS = prefiltered(r"(?<!\w)(?:orang lain|org lain|orang|org|temen\w*|teman\w*|tetangga\w*|mereka|"
                        r"di(?:pasang|tempel|unggah|upload|posting|tag|taruh|kirim|masuk\w*|share|bagi\w*|kasih)\w*|"
                        r"ditandai|tanpa (?:sepengetahuan|izin)|bukan (?:saya|sy|aku)|(?:suami|istri|anak|bapak|ayah|ibu|"
                        r"kakak|adik|ortu|mertua|keluarga|atasan)\s+(?:saya|sy|aku|ku)?\s*(?:\([^)]{0,30}\)\s*)?"
                        r"(?:yang|yg|pasang|masang|memasang|nempel|tempel|menempel|pajang|upload|unggah|posting))(?!\w)", re.I)
# "trus aku upload foto bareng dia", "sy posting di IG": the asker posted it
_ASKER_UPLOADS = prefiltered(r"\b(saya|sy|aku|aq|gue|gw|sa|beta)\s+(\w+\s+){0,3}?(upload|uplod|unggah\w*|ngunggah|posting|post|ngepost\w*|"
                            r"share|ngeshare|bagikan|pajang)\b", re.I)
# "foto bareng dia", "selfie sama caleg": the asker is in the photo with someone
_PHOTO_WITH = prefiltered(r"\b(foto|poto|photo|selfie|swafoto|wefie)\w*\b.{0,25}\b(bareng|bersama|brg|sama|sm|dengan|dgn|ama)\b", re.I)
# the asker is the one who puts up, posts or hands out
_ASKER_DOES = prefiltered(r"(?<!\w)(?:(?:saya|sy|aku|gue|gw|sa|ulun|awak|kulo|abdi|ambo)\s+(?:\w+\s+){0,2}?"
                         r"|bole?h?\s+(?:kah\s+|gak\s+|ga\s+|nggak\s+)?(?:saya\s+|sy\s+|aku\s+)?(?:ikut\s+)?)"
                         r"(?:pasang|masang|memasang|tempel|tempelin|nempel|menempel|pajang|majang|bagi|bagiin|bagikan|"
                         r"kasih|kasi|ngasih|memberi|memberikan|"
                         r"membagikan|sebar|nyebar|menyebarkan|"
                         # "nolong masangnyo", "sy pasangi stiker", "sisipin ke amplop" (a donation has an entry of its own)
                         r"masangnyo|masangin|pasangin|pasangi|masangi|sisipin|selipin|nyelipin)(?!\w)", re.I)
MITIGATED_LOGIT, MITIGATED_AMONG = 4.0, 5  # how far below a prohibition, among how many, an entry for the manner may rank
_RETIRED = frozenset({"pensiunan"})
# "sy tetep blh nyoblos kan?", "beta PNS … sonde bisa coblos … betul ko?": the asker's own vote; not
# "suami blh ikut nyoblos bareng sy?", the relative's
_ASKER_VOTES = prefiltered(
    r"\b(saya|sy|aku|beta|sa|kula|abdi|gw|gue|aku dhewe|sy sendiri|saya sendiri)\s+(\w+\s+){0,3}?(boleh|blh|bole|bisa|oleh|kenging|punya hak pilih|msh punya hak)"
    r"(\s+\w+){0,2}?\s+(nyoblos|coblos|mencoblos|milih|memilih|pilih)\b"
    r"|\b(saya|sy|aku|beta|sa)\s+(\w+\s+){0,3}?(gak|ga|gk|tidak|ndak|ora|sonde|seng|nggak)\s+(boleh|blh|bole|oleh|bisa)\s+(\w+\s+)?(nyoblos|coblos|milih)\b"
    r"|\b(asn|pns|pppk)\s+(\w+\s+){0,3}?(gak|ga|gk|tidak|ndak|ora|sonde|seng|nggak)\s+(boleh|blh|bole|oleh|bisa)\s+(\w+\s+)?(nyoblos|coblos|milih)\b"
    r"|\b(saya|sy|aku|beta|sa)\s+(\w+\s+){0,2}?(nyoblos|coblos|milih)\s+(\w+\s+)?(boleh|blh|bole)\s+(kan|gak|ga|dong|ya|to)\b"
    # "TNI dan Polri kan tra bisa coblos, ASN juga sama ka?"
    r"|\b(asn|pns|pppk)\s+(juga|jg|jga)\s+(sama|begitu|gitu|gt|kah|ka)\b"
    # "sy jg hrs ikut gak nyoblos biar netral?"
    r"|\b(saya|sy|aku|beta|sa)\s+(\w+\s+){0,3}?(harus|hrs|wajib|mesti|musti|perlu)\s+(ikut\s+)?(gak|ga|gk|tidak|ndak|nggak|sonde|tra)\s+(nyoblos|coblos|mencoblos|milih|memilih)\b",
    re.I)
# "ASN bisa pi coblos ka seng?", "dados nggih tiang nyoblos", "boleh kan nyoblos caleg DPD pilihan sy sendiri?"
_MAY_I_VOTE = prefiltered(
    r"\b(boleh|blh|bole|bisa|oleh|kenging|meunang|dados|buliah|bisakah|bolehkah)\s+((kan|kah|ga|gak|teu|nggih|ka)\s+)?((\w+)\s+){0,2}?"
    r"(nyoblos|coblos|mencoblos|milih|memilih|pake hak pilih|pakai hak pilih|gunakan hak pilih|menggunakan hak pilih|ngiringan nyoblos)\b"
    r"|\b(nyoblos|coblos|mencoblos|milih|memilih)\b.{0,40}\b(boleh|blh|bole|oleh|bisa)\s+(kan|kn|ya|dong|to|toh|gak|ga|kah)\b", re.I)
# "sy polisi", "saya anggota TNI AD", "Sa anggota TNI": the asker is the one in uniform
_UNIFORMED_ASKER = prefiltered(r"\b(saya|sy|aku|sa|beta|gw|gue)\s+(ini\s+)?(anggota\s+)?(tni|polri|polisi|tentara)\b", re.I)
# "istri sy PNS", "istri saya guru PPPK": a relative who is a civil servant
_KIN_CIVIL_SERVANT = prefiltered(r"\b(istri|isteri|suami|bojo\w*|bini|anak|adik|kakak)\s+((sy|saya|sa|aku|ku|beta|gw)\s+)?(\w+\s+)?"
                                r"(pns|asn|pppk|p3k|guru pns|guru pppk)\b", re.I)
# "TNI dan Polri kan tra bisa coblos", "kan tni polri gak nyoblos": the forces' abstention, named to compare
_FORCES_DO_NOT_VOTE = prefiltered(r"\b(tni|polri|tentara|polisi)\b[^.?!]{0,30}\b(gak|ga|gk|tidak|tdk|tra|seng|sonde|nggak|ndak|ora)\s+"
                                 r"(\w+\s+)?(nyoblos|coblos|mencoblos|milih|memilih|punya hak pilih|ikut pemilu)\b", re.I)
_RELATIVE_VOTES = prefiltered(
    # (not "kata suami aku juga ga boleh nyoblos": what the husband says of the asker)
    r"(?<!kata )(?<!kata si )(?<!katanya )\b(suami|istri|bojo\w*|laki|bini|adik|kakak|anak|bapak|ayah|ibu|dia)(\s+(sy|saya|aku|ku|beta|sa))?\s+(\w+\s+){0,2}?"
    r"(boleh|blh|bole|bisa|ikut)\s+(\w+\s+)?(nyoblos|coblos|milih)\b(?!\s+(gak|ga|gk)\b.{0,30}\b(saya|sy|aku)\b)", re.I)
# "rumah kami dijadiin posko", "mobil keluarga dipasang stiker": a home or car the asker shares
_SHARED_HOME = prefiltered(r"\b(rumah|mobil|motor|pagar|teras|halaman)\s+(kami|kita|sy|saya|aku|gue|gw|keluarga|kita orang)\b"
                          # "nempel stiker capres di motornya. motor itu sering saya pake ke kantor": the asker uses it too
                          r"|\b(rumah|mobil|motor|kendaraan|warung|toko|kios)(nya)?\s+(itu\s+|tsb\s+|tersebut\s+)?((sering|juga|jg|kadang|biasa|tiap hari)\s+)?"
                          r"(saya|sy|aku|gue|gw)\s+(pake|pakai|bawa|naiki|kendarai|tempati|jaga)\b"
                          r"|\bposko\b", re.I)
# … said to be shared in the plural only ("rumah kami", not "rumah saya sendiri": frame._OUR_HOME, which the relatives'
# reading uses, counts the singular too, but an asker outside the rules may own a home the civil servant does not live in)
_HOME_SAID_SHARED = prefiltered(r"\b(rumah|mobil|motor|pagar|teras|halaman|garasi)\s+(kami|kita|keluarga|kita orang|bersama)\b", re.I)
MITIGATING_MANNERS = frozenset({"tugas-dinas", "tidak-sengaja"})  # sent by the office; did not know
GENTLER_LOGIT = 2.5  # how far below a prohibition an entry about the situation *without* the denied act may rank
TIE_LOGIT = 0.25  # ranking logits this close are a tie: the word statistics, not the question, ordered them
CLOSE_LOGIT = 2.0  # a risky entry this close to a "boleh" top turns the answer into choices (ranking logits; every correct boleh on blind, dev and questions.yaml is >= 2.2 ahead)

TOPIC_LABELS = {
    "media-sosial": "Media sosial",
    "foto-atribut": "Foto, pose, dan atribut",
    "kampanye-kegiatan": "Kampanye dan kegiatan",
    "alat-peraga": "Spanduk dan alat peraga",
    "jabatan-fasilitas": "Jabatan, keputusan, dan fasilitas negara",
    "partai-politik": "Partai politik",
    "pencalonan": "Mencalonkan diri",
    "keluarga": "Keluarga dan pasangan calon",
    "hak-pilih-petugas": "Hak pilih dan petugas pemilu",
    "sanksi": "Sanksi",
    "pelaporan": "Melapor dan bertanya",
    "cakupan": "Siapa dan kapan aturan berlaku",
    "umum": "Umum",
}

_OUT_OF_SCOPE = (
    "Maaf, saya tidak tahu. Saya hanya menjawab pertanyaan tentang netralitas ASN (PNS dan PPPK) "
    "dalam pemilu dan pilkada, dan pertanyaan ini di luar pengetahuan saya."
)
_REFUSALS = {
    Refusal.EMPTY: "Pesan Anda kosong. Silakan tulis pertanyaan tentang netralitas ASN, misalnya: "
    "\"bolehkah like postingan caleg?\"",
    Refusal.NO_TEXT: "Saya hanya bisa membaca pertanyaan berupa teks. Silakan tulis pertanyaan Anda "
    "tentang netralitas ASN dalam pemilu atau pilkada.",
    Refusal.GIBBERISH: "Maaf, saya tidak memahami pesan itu. Silakan tulis pertanyaan Anda tentang "
    "netralitas ASN dalam pemilu atau pilkada.",
    Refusal.INJECTION: "Saya tidak dapat mengubah aturan atau peran saya. Jawaban saya selalu "
    "mengikuti peraturan netralitas ASN yang berlaku. Silakan ajukan pertanyaan Anda.",
    Refusal.OUT_OF_SCOPE: _OUT_OF_SCOPE,
    Refusal.PERSONAL_DATA: "Saya tidak memberikan atau menyusun data pribadi siapa pun, termasuk kontak calon "
    "dan daftar siapa mendukung siapa. Silakan ajukan pertanyaan tentang netralitas ASN.",
    Refusal.SMALL_TALK: "Halo! Saya NetralBot. Saya menjawab pertanyaan tentang netralitas ASN (PNS dan PPPK) "
    "dalam pemilu dan pilkada, misalnya: \"bolehkah like postingan caleg?\" atau \"apa sanksinya kalau ikut "
    "kampanye?\"",
    Refusal.EVASION: "Saya tidak membantu menyiasati atau menyembunyikan pelanggaran aturan netralitas. "
    "Bila Anda ragu suatu perbuatan boleh atau tidak, tanyakan perbuatannya kepada saya, atau ke "
    "BKPSDM/BKD dan Inspektorat instansi Anda.",
    Refusal.ELECTION_FACT: "Maaf, saya tidak tahu: hasil, jadwal pemungutan dan penghitungan suara, serta "
    "data pemilih adalah informasi penyelenggara pemilu. Silakan cek kanal resmi KPU (situs KPU atau KPU "
    "kabupaten/kota setempat). Saya hanya menjawab pertanyaan tentang netralitas ASN.",
    Refusal.CANDIDATE: "Saya tidak menyebut, menilai, atau mempromosikan calon maupun partai mana pun. "
    "Pilihan Anda bersifat rahasia dan ASN wajib menjaga netralitas; gunakan hak pilih Anda di TPS "
    "sesuai hati nurani.",
}
_NO_MATCH = (
    "Maaf, saya tidak tahu jawaban yang pasti untuk pertanyaan itu, dan saya tidak ingin menebak "
    "dalam urusan yang bisa berujung sanksi."
)
_NEAREST_PROHIBITION = (
    "Situasi Anda tidak persis sama dengan yang saya kenal, tetapi perbuatan yang Anda sebut diatur "
    "oleh larangan ini; anggap dilarang sampai dipastikan ke BKPSDM/BKD instansi Anda."
)
_CONDITIONS_MET = "Boleh, karena syarat yang Anda sebutkan terpenuhi; pastikan semua syarat di bawah tetap dipenuhi."
_MAY_REPORT = ("Boleh: melaporkan dugaan pelanggaran netralitas, atau bertanya dulu ke BKPSDM/Bawaslu, bukan "
               "keberpihakan; laporan dapat disampaikan lewat kanal di bawah.")
# the permission asked is the report itself ("boleh gak ASN ngelaporin atasannya ke Bawaslu?", "blh nanya dulu ke
# bkpsdm?"), not something the story reports ("atasan boleh gitu? trus sy harus ke mana?") nor a greeting
# ("min boleh tanya, kalau mau lapor … gimana?": that asks how)
_ASKS_MAY_REPORT = prefiltered(
    r"\b(boleh|blh|bole|bolehkah|dibolehkan|diperbolehkan)\s+((gak|ga|gk|nggak|tidak|ya|kah|kan|sih)\s+)?((saya|sy|aku|sa|asn|pns|pppk|kami|kita)\s+)?"
    r"((jadi|menjadi|jd)\s+)?(\w*lapor\w*|pelapor|ngadu\w*|mengadu\w*"
    # asking first is asked about too ("blh gk pns nanya2 dulu ke bkpsdm"), not the greeting "boleh tanya, …"
    r"|(nanya\w*|tanya\w*|bertanya|konsultasi)\s+(dulu|dl|ke|sama|kepada)\b)\b"
    r"|\b(gak|ga|gk|nggak|tidak)\s+boleh\s+(ya\s+)?((saya|sy|aku|asn|pns|pppk)\s+)?(\w*lapor\w*|pelapor|ngadu\w*)\b", re.I)
_CONDITIONS_FIRST = "Hati-hati: boleh hanya bila semua syarat di bawah terpenuhi; pastikan dulu sebelum melakukannya."
_CONDITION_DENIED = "Hati-hati: menurut yang Anda sebutkan, syaratnya belum terpenuhi, jadi jangan lakukan dulu sampai syarat itu dipenuhi."
_EVEN_HANDED = (
    "Hati-hati: Anda menyebut semua calon secara sama, tanpa memihak satu pun. Larangan di bawah "
    "ditujukan pada dukungan kepada calon tertentu, jadi yang menentukan adalah isinya: tetap berimbang, "
    "tanpa ajakan memilih, tanpa nomor urut atau simbol satu calon; bila ragu, tanyakan ke BKPSDM/BKD "
    "instansi Anda. Untuk perbuatan yang memihak satu calon, aturannya:"
)
_MITIGATED = (
    "Hati-hati: Anda menyebut bahwa Anda {why}. Larangan di bawah tetap berlaku bagi perbuatannya; apakah Anda "
    "dinilai melanggar bergantung pada peran Anda di sana dan penilaian Satgas/instansi. Jangan ikut mendukung, "
    "jangan berfoto atau mengunggah, dan catat kronologinya. Aturannya:"
)
_MITIGATED_WHY = {"tidak-sengaja": "tidak tahu sebelumnya apa acaranya", "tugas-dinas": "hadir karena tugas kedinasan"}
_MITIGATED_CONDITIONS = (
    "Anda benar-benar tidak tahu sebelumnya, atau hadir karena tugas kedinasan yang tertulis.",
    "Anda tidak ikut memberi dukungan: tanpa pose, yel-yel, sambutan, atribut, atau unggahan.",
    "Begitu tahu acaranya mengarah ke dukungan, Anda menjaga jarak atau meninggalkan acara.",
)
_PRESENCE_ACTS = frozenset({"hadir", "kampanye", "deklarasi", "undang", "foto"})
_EVEN_HANDED_CONDITIONS = (
    "Isinya benar-benar berimbang untuk semua calon, tidak menonjolkan satu pun.",
    "Tidak ada ajakan memilih, nomor urut, atau simbol keberpihakan kepada satu calon.",
    "Bukan like, komentar, atau follow di akun calon atau akun pemenangannya (itu tetap dilarang).",
)
# "visi misi smua paslon", "ketiga capres", "mengundang SEMUA caleg dapil": every side alike
_ALL_CANDIDATES = prefiltered(
    r"\b(semua|smua|ketiga|keempat|seluruh|masing-masing|masing2|tiap|setiap)\s+(pasangan calon|paslon|calon|capres|"
    r"cawapres|caleg|kandidat|cagub|cabup|cawalkot|partai peserta)\b", re.I)
# acts on a candidate's own account: balance does not make them allowed (SKB huruf B angka 6)
_ACCOUNT_ACTS = frozenset({"like", "komentar", "follow", "gabung-grup", "foto-profil", "pose", "atribut", "pasang-apk"})
# "fotonya dia upload", "diunggah temen", "dipake kakak di IG-nya": someone else put it online
_OTHERS_POSTED = prefiltered(
    r"\b(di(upload|unggah|posting|post|pake|pakai|share|sebar)\w*|(dia|beliau|mereka|orang|temen|teman|kakak|adik|"
    r"suami|istri|tim|timses|panitia|fotografer|humas)\s+(\w+\s+)?(upload|unggah|posting|post|share|pake|pakai|tag|nge-?tag))\b",
    re.I)
_ASKER_DID_NOT_POST = prefiltered(
    r"\b(saya|sy|aku|gue|gw)\s+(sendiri\s+)?(sama sekali\s+)?(gk|ga|gak|nggak|ngga|enggak|tidak|tdk|nda|belum|blm)\s+"
    r"(pernah\s+|ikut\s+)?(upload|unggah|mengunggah|posting|post|ngepost|share|ngeshare|nyebar)\w*"
    r"|\b(gk|ga|gak|nggak|tidak|tdk|bukan)\s+(saya|sy|aku)\s+(yang\s+|yg\s+)?(upload|unggah|posting|post|share)\w*",
    re.I)
_UPLOADED_BY_OTHERS = "umum-foto-diunggah-orang-lain"
# acts a question names in so many words when the asker did them (a photo, a post, a like, a banner):
# a neighbour about one of these the question does not name is another situation. A call to vote, a
# campaign or a team is often told without its word ("bisik2 'pilih nomor 2 aja'"): never set aside.
_SEEN_WHEN_DONE = frozenset({"foto", "pose", "posting", "share", "like", "komentar", "follow", "foto-profil",
                             "golput", "atribut", "pasang-apk", "gabung-grup", "keputusan", "bagi-barang", "terima",
                             "fasilitas", "petugas", "saksi", "survei", "sumbangan"})
# "suami caleg", "keluargaku yang caleg", "adik sy jadi calon": the relative is the candidate
_RELATIVE_RUNS = prefiltered(
    r"\b(suami|istri|bojo|anak|bapak|ibu|ayah|adik|adek|kakak|mertua|ortu|keluarga|saudara|sodara|sepupu|ipar|om|paman|tante|"
    r"ponakan|keponakan|pakde|bude|paklik)\w*\s+(\w+\s+){0,3}?(caleg|calon|nyaleg|nyalon|cabup|cagub|cawalkot|capres|kandidat|"
    r"maju|mencalonkan)\w*\b", re.I)
# "boleh saya menolak?", "nolaknya boleh gak?": the asker asks whether they may refuse
_ASKS_TO_REFUSE = prefiltered(
    r"\b(boleh|bolehkah|blh|bisa|bisakah|apakah)\s+(saya|sy|aku|kami|gue|gw)\s+(menolak|nolak|tolak)\b"
    r"|\b(menolak|nolak)(nya)?\s+(boleh|bisa|blh)\b|\b(boleh|blh|bole|bisa|bs)\s+(gak|ga|gk|g|nggak|ngga|tidak|tdk|ndak)\s+(saya\s+|sy\s+|aku\s+)?(menolak|nolak|nlak|nolk|tolak)\b"
    # "sa tolak bisa kah?", "beta tolak boleh ko?"
    r"|\b(saya|sy|aku|sa|beta|ambo|kami|kita|katong)\s+(tolak|nolak|menolak)\s+(bisa|boleh|blh|bole)\b"
    # "sa boleh tolak ka?"
    r"|\b(saya|sy|aku|sa|beta|ambo|kami|katong)\s+(boleh|blh|bole)\s+(tolak|nolak|menolak)(\s+(ka|kah|ko|to|gak|ga|gk|nggak|tidak|ndak|tra))?\s*(\?|$)"
    # "bukan pelanggaran kan kalau aku nolak perintah kabid …?", "ga melanggar kan kalau aku nolak disuruh kadis …?"
    r"|\b(bukan pelanggaran|tidak melanggar|ga melanggar|gak melanggar|gk melanggar|nggak melanggar|ga salah|gak salah|aman)\s+"
    r"(kan|kn|dong|ya)\s+(kalau|kalo|klo|kl|jika|bila)\s+(saya|sy|aku|gue|gw|sa|beta|kami)\s+(\w+\s+)?(nolak|menolak|tolak)\b"
    # "Apa saya salah karena menolak?"
    r"|\b(saya|sy|aku|gue|gw|sa|beta|kami)\s+(salah|melanggar|kena|dianggap salah)\s+(\w+\s+)?(karena|krn|gara2|gara-gara|soalnya)\s+(menolak|nolak|tolak)\b", re.I)
# a retiree back at work for the state, or an asker who works there, in a retiree's story
_STILL_WORKING = prefiltered(
    r"\b(dikontrak|kontrak lagi|diangkat (lagi|kembali|jadi|jd|sbg|sebagai)|diperpanjang|masih\s+(aktif|kerja|bekerja|ngajar|mengajar|"
    r"dinas|ngantor|jadi|jd|tercatat|terdaftar|honorer|pppk)|honorer|ppnpn|tenaga kontrak|tenaga ahli)\b", re.I)
_ASKER_AT_WORK = prefiltered(
    r"\b(sy|saya|aku|aq|gue|gw|ambo|awak|beta|sa|kulo|abdi)\s+((?!pensiun|mantan|bekas|eks|purna|dulu|dulunya)\w+\s+)?(guru|dokter|bidan|perawat|lurah|camat|sekcam|kabid|kasi|kasubag|"
    r"staf|pegawai|dosen|pns|asn|pppk|cpns|honorer|kepala|penyuluh|polisi|tni|kades|sekdes|perangkat|pejabat|kepsek)\b", re.I)
# twenty-ninth session: whether the ASN rules still bind someone ("beliau masih kena aturan netralitas ASN ga?")
_STILL_BOUND = prefiltered(
    r"\b(masih|msh|tetap|tetep|ttp|apa|apakah)\s+(kena|kna|terikat|berlaku|tunduk|diatur)\b.{0,40}\b(aturan|netralitas|larangan|ketentuan)\b",
    re.I)
# campaigning in a place of worship, education or government, or in the quiet period: rules beyond the ASN
# ones may bind anyone there, and the reference does not hold them, so no "boleh" is given (the answer
# falls back to the prohibitions near it or to a referral)
_CAMPAIGN_WORK = frozenset({"kampanye", "tim", "ajak", "pasang-apk", "bagi-barang", "deklarasi"})
_CLOSED_PLACE = prefiltered(
    r"\b(di|ke|dalam|depan)\s+(\w+\s+){0,2}?(sekolah\w*|sklh|kampus|madrasah|pesantren|ponpes|masjid|mesjid|musala|mushola|musholla|surau|"
    r"langgar|gereja|pura|vihara|klenteng|rumah ibadah|tempat ibadah|kantor\w*|balai desa|balai kota|puskesmas|rumah sakit|rsud"
    # thirtieth session: a state house or vehicle ("pasang baliho caleg di rumah dinas istri")
    r"|rumah dinas|rumdin|rumah jabatan|mobil dinas|motor dinas|kendaraan dinas|gedung pemerintah|gedung pemda)\b", re.I)


def _campaigns_where_none_may(frame, text: str) -> bool:
    risky = risky_acts(frame)
    campaigning = bool(risky & {"kampanye", "tim", "deklarasi"}) or bool(risky & _CAMPAIGN_WORK and frame.get("target") & POLITICAL)
    # (reporting someone who campaigns there is no campaigning of one's own)
    return campaigning and "lapor" not in frame.get("act") and (
        "masa-tenang" in frame.get("stage") or bool(_CLOSED_PLACE.search(text)))


_WITHDRAWING = frozenset({"unfollow"})  # unfollowing, muting, blocking
# voting twice, in someone else's name, or for someone else
# (not "nyoblos di TPS lain": moving one's vote is KPU's procedure, and allowed)
_VOTE_FRAUD = prefiltered(
    r"\b(nyoblos\w*|mencoblos|coblos|milih|memilih)\b[^.?!]{0,20}\b(dua kali|2 kali|2x|berkali|lebih dari sekali|dua tps|2 tps)"
    r"|\b(pakai|pake|pakek|dengan|dgn|modal)\s+(ktp|e-?ktp|undangan|c6|c-?pemberitahuan|surat undangan|nama)\s+(orang|org|milik orang|punya orang|tetangga|saudara|ortu|orang tua|almarhum|yang sudah meninggal)"
    r"|\b(nyoblosin|coblosin|mencoblos\w* untuk|nyoblos\w* buat|wakilin nyoblos|mewakili (nyoblos|mencoblos|memilih))"
    r"|\b(surat suara|kertas suara)\s+(\w+\s+){0,2}?(orang|org|ortu|orang tua|tetangga|sisa|lebih|cadangan)\w*", re.I)
# "sy bohongin biar rekan ga kena", "pake keterangan palsu", "surat izinnya sy palsukan": a lie or a forgery
_DECEIT = prefiltered(r"\b(bohong|bohongin|boongin|ngebohongin|berbohong|membohongi|dusta|keterangan palsu|kesaksian palsu|"
                     r"memalsukan|malsuin|dipalsukan|dipalsuin|palsuin|surat palsu|data palsu|tanda tangan palsu)\b", re.I)
# "sambil nyebar fitnah soal calon dia", "bikin kampanye hitam": a smear the asker spreads, told beside a report
_SMEAR = prefiltered(r"\b(nyebar\w*|sebar\w*|menyebar\w*|bikin|buat|nulis|posting)\s+(\w+\s+){0,2}?(fitnah|hoaks|hoax|kabar bohong)\b"
                    r"|\b(memfitnah|fitnahin|jelek-jelekin|jelek2in|jelekin|kampanye hitam|black campaign)\b", re.I)
# "Klo sy ikut nyetir gmn, dan sy boleh nolak ga?": doing what was ordered is asked about too, before the refusal
_ASKS_IF_I_DO = prefiltered(r"\b(kalau|kalo|klo|kl|jika|bila|kalu)\s+(saya|sy|aku|ak|gue|gw)\s+(ikut|ikutan|tetap|tetep|jadi|terpaksa|nurut|ngikut)"
                           r"(\s+\w+){0,3}?\s+(gimana|gmn|gmna|bagaimana|gimn|gmana|kena|kna)\b", re.I)
# "sebenernya boleh gk?": beside asking whether one may refuse, whether the act itself is allowed
_ASKS_ABOUT_THE_ACT = prefiltered(
    r"\b(sebenarnya|sebenernya|sbnrnya|sebetulnya|sebenarny|aslinya|emang|memang|emangnya)\s+(boleh|blh|bole|dilarang|melanggar)\b", re.I)
_VOICED = (
    "Kata-kata yang Anda tulis atau ucapkan di depan orang lain itu berisi dukungan kepada calon, "
    "jadi yang dinilai adalah isinya, bukan cara menyampaikannya (nonton, menulis, membalas). Aturannya:"
)
# the second person in eastern Indonesian Malay and elsewhere, read as "kamu" by the guard
_REGIONAL_YOU = prefiltered(r"\b(ko|ngana|ose|ale|kau|engkau)\b", re.I)
# a call to vote or to back someone: never licensed by an allowed entry that does not name it
_CALLS_BEYOND_THE_ENTRY = frozenset({"ajak", "kerahkan"})
# the asker's own words take a side, and no prohibition about words was found: never a plain "boleh"
_VOICED_CAUTION = (
    "Hati-hati: perbuatannya sendiri mungkin tidak dilarang, tetapi kata-kata yang Anda kutip menunjukkan "
    "dukungan atau keberpihakan kepada satu pihak, dan larangan keberpihakan berlaku sebelum, selama, dan "
    "sesudah masa kampanye. Yang menentukan adalah isi tulisan atau ucapan itu."
)
_VOICED_CONDITIONS = (
    "Tulisan atau ucapan Anda menunjukkan dukungan kepada satu calon atau pihak, atau netral.",
    "Tulisan itu dapat dilihat atau didengar orang lain (unggahan, status, grup).",
)
# acts by which the asker's own words reach others
_VOICE_ACTS = frozenset({"komentar", "posting", "share", "ajak", "kampanye", "pembicara", "gabung-grup", "ucapan"})
# … and those that carry words of the asker's own (a share or a group membership carries others')
_SPEECH_ACTS = frozenset({"komentar", "posting", "ajak", "pembicara", "ucapan"})
_SOCIAL_MEDIA = r"live|medsos|fb|facebook|ig|instagram|tiktok|twitter|youtube|yt|status|story|grup|group"
# words said online …
_ONLINE = prefiltered(rf"\b({_SOCIAL_MEDIA}|komen\w*|posting\w*|upload\w*|wa|whatsapp|telegram|thread|x)\b", re.I)
# … and the places and audiences that make them public
_AUDIENCE = prefiltered(
    rf"\b({_SOCIAL_MEDIA}|siaran|gc|kolom komen\w*|di depan|jamaah|jemaah|warga|peserta|murid|siswa|mic|panggung|"
    r"pengumuman|mading|ceramah|sambutan|pidato|forum|rapat|kelas)\b", re.I)
_NOT_COVERED = (
    "Maaf, saya tidak tahu pasti. Situasi yang Anda gambarkan (pelakunya, sasarannya, atau keadaannya) "
    "berbeda dari yang dibahas entri-entri terdekat saya, jadi jawaban mereka tidak bisa dipakai untuk "
    "kasus Anda. Entri terdekat saya cantumkan sebagai bahan, bukan sebagai jawaban."
)
_SUGGEST = "Saya belum yakin maksud pertanyaan Anda. Apakah maksud Anda salah satu dari ini?"


def _states_circumstances(entry: FaqEntry, q) -> bool:
    """The question states the circumstance an entry is about, if it is about one (in uniform,
    on a superior's order, in the quiet period): otherwise the entry describes another situation."""
    return all(not getattr(entry.frame, slot) or set(getattr(entry.frame, slot)) & q.get(slot)
               for slot in ("manner", "means", "stage"))


class KnowledgeBase:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self.reload()

    @classmethod
    def open(cls, path: str | Path | None = None, data_dir: Path | None = None) -> KnowledgeBase:
        """Open the database, seeding it from the YAML the first time."""
        db = open_db(path)
        bootstrap(db, data_dir)
        return cls(db)

    def reload(self) -> None:
        """Re-read everything from the database (after an edit, an import…)."""
        self.version = kb_version(self.db)
        self.regulations = load_regulations(self.db)
        self.provisions = load_provisions(self.db)
        self.statements = load_statements(self.db)
        self.entries: dict[str, FaqEntry] = {e.id: e for e in load_entries(self.db)}
        self.matcher = Matcher(self.db, list(self.entries.values()), calibration.load(self.db))

    def warm(self) -> None:
        """Do now what the first questions would otherwise wait for: compile the guard's and
        the frame's patterns (they compile lazily, so that a one-off `netralbot ask` starts fast)."""
        compile_all()
        self.ask("boleh like postingan caleg?")

    def _guard_respeller(self) -> Respeller:
        """The matcher's respeller, plus the words the refusal patterns are written with
        (built again only when a reload gave the matcher a new one)."""
        if getattr(self, "_guard_speller_base", None) is not self.matcher.respeller:
            self._guard_speller = self.matcher.respeller.widened(guard_vocabulary())
            self._guard_speller_base = self.matcher.respeller
        return self._guard_speller

    def vocabulary(self) -> frozenset[str]:
        """Lower-cased words of the knowledge base (capitalised ones there are not names)."""
        if getattr(self, "_vocab_version", None) != self.version:
            words: set[str] = set()
            for e in self.entries.values():
                for text in (e.question, e.answer, e.sanction, *e.phrasings, *e.conditions):
                    words.update(w.strip(".,;:!?()\"'").lower() for w in text.split())
            words.update(r.lower() for r in self.regulations)
            self._vocab, self._vocab_version = frozenset(words), self.version
        return self._vocab

    def refresh_if_changed(self) -> bool:
        """Reload when the knowledge base was edited (here or by another process)."""
        if kb_version(self.db) == self.version:
            return False
        self.reload()
        return True

    # --- lookups ------------------------------------------------------------------

    def citation(self, key: str) -> Citation | None:
        p = self.provisions.get(key)
        if p is None:
            return None
        reg = self.regulations.get(p.regulation)
        return Citation(
            key=p.key, regulation=p.regulation, title=reg.title if reg else p.regulation,
            article=p.article, text=p.text, verified=p.verified, wording=p.wording, status=p.status,
        )

    def topics(self) -> list[tuple[str, str, int]]:
        """(slug, label, entry count), in the order of TOPIC_LABELS."""
        counts = Counter(e.topic for e in self.entries.values())
        order = list(TOPIC_LABELS) + sorted(set(counts) - set(TOPIC_LABELS))
        return [(t, TOPIC_LABELS.get(t, t), counts[t]) for t in order if counts[t]]

    def entries_in_topic(self, topic: str) -> list[FaqEntry]:
        return sorted((e for e in self.entries.values() if e.topic == topic), key=lambda e: e.question)

    # --- answering ----------------------------------------------------------------

    def answer_entry(self, faq_id: str, confidence: float = 1.0) -> Answer | None:
        """The full answer of one entry (a tapped suggestion, a topic browse)."""
        e = self.entries.get(faq_id)
        if e is None:
            return None
        return self.preview_entry(e, confidence)

    def preview_entry(self, e: FaqEntry, confidence: float = 1.0) -> Answer:
        """The answer an entry gives, saved or not (the console's editor previews a draft)."""
        cites = tuple(c for c in (self.citation(k) for k in e.citations) if c is not None)
        related = tuple(
            Suggestion(r, self.entries[r].question) for r in e.related if r in self.entries
        )
        statements = tuple(
            StatementRef(st.id, st.who, st.agency, st.date.isoformat() if st.date else None, st.publication,
                         st.source, st.quote, st.verified)
            for st in (self.statements.get(i) for i in e.statements) if st is not None
        )
        return Answer(
            verdict=e.verdict, outcome=Outcome.ANSWERED, confidence=confidence, text=e.answer,
            faq_id=e.id, question=e.question, conditions=tuple(e.conditions), citations=cites,
            sanction=e.sanction, related=related, topic=e.topic, valid_from=e.valid_from.isoformat(),
            steps=tuple(e.steps), statements=statements,
        )

    def _abstain(self, reason: str, text: str, confidence: float = 0.0) -> Answer:
        return Answer(
            verdict=Verdict.TIDAK_TAHU, outcome=Outcome.ABSTAINED, confidence=confidence, text=text,
            reason=reason, referral=REFERRAL,
        )

    def ask(self, question: str | bytes | None) -> Answer:
        text = printable_text(question)[:MAX_QUESTION_CHARS]
        refusal = screen(text)
        if refusal is None:
            respelled = self.matcher.respeller.text(text)
            if respelled != text:  # "tolong bandingin visii misi psln 1 dan 2": read once typos are fixed
                refusal = screen(respelled)
        if refusal is None and self.matcher.respeller.leaves_unknown(text):
            # … and with the refusals' own words known too ("Tolong rannking 3 capres")
            respelled = self._guard_respeller().text(text)
            if respelled != text:
                refusal = screen(respelled)
        if refusal is None and _REGIONAL_YOU.search(text):
            # "Ko sekarang jadi konsultan tim pemenangan", "Pura-pura ko bukan bot": eastern Indonesian "ko", "ngana",
            # "ose" address the bot as "kamu" does
            refusal = screen(_REGIONAL_YOU.sub("kamu", text))
        if refusal is Refusal.GIBBERISH and self.matcher.in_domain(self.matcher.query_tokens(text)):
            refusal = None  # vowel-less chat ("gk pny nip trlapor, mo lpr kmn y") that the matcher can read
        if refusal is not None:
            return self._abstain(str(refusal), _REFUSALS[refusal])
        whole, text = text, focus(text)
        m = self.matcher.match(text)
        if text != whole and not m.in_domain and m.ranked and self.matcher.in_domain(self.matcher.query_tokens(whole)):
            # "ikut pengajian rutin RT boleh ya? beda kan sama pengajian yg ngarahin milih calon": the contrast set
            # aside is what places the question among elections
            m = replace(m, in_domain=True, confidence=self.matcher.probability(m.ranked, 0, True))
        answer = self._decide(text, m)
        if "ucap-dukungan" in m.frame.get("manner") and effective_question(m.frame.question, text) == "permission" and (
                answer.verdict != Verdict.DILARANG or not self._about_speech(answer.faq_id, m)):
            voiced = self._voiced_prohibition(m, text)
            if voiced is not None:
                answer = replace(self.answer_entry(voiced, max(answer.confidence, m.confidence)),
                                 text=f"{_VOICED} {self.entries[voiced].answer}", reason="voiced-support")
        if (answer.verdict == Verdict.BOLEH and m.frame.get("manner") & {"ucap-dukungan", "pilihan-menang"}
                and effective_question(m.frame.question, text) == "permission"):
            # "foto bareng presiden yg sudah dilantik, caption 'akhirnya pilihanku jadi presiden'": the act is
            # allowed, the words take a side
            answer = replace(answer, verdict=Verdict.HATI_HATI, text=f"{_VOICED_CAUTION} {answer.text}",
                             conditions=_VOICED_CONDITIONS, reason="voiced-side")
        prohibition = self.entries.get(answer.faq_id) if answer.verdict == Verdict.DILARANG else None
        if prohibition is not None and self._even_handed(text, m, prohibition):
            answer = replace(answer, verdict=Verdict.HATI_HATI, text=f"{_EVEN_HANDED} {answer.text}",
                             conditions=_EVEN_HANDED_CONDITIONS, reason="even-handed")
        elif (prohibition is not None and _UPLOADED_BY_OTHERS in self.entries
                and self._posted_by_others(text, m, prohibition)):
            answer = replace(self.answer_entry(_UPLOADED_BY_OTHERS, answer.confidence), reason="posted-by-others")
        elif prohibition is not None and self._mitigated(text, m, prohibition):
            why = " dan ".join(_MITIGATED_WHY[x] for x in sorted(m.frame.get("manner") & MITIGATING_MANNERS, reverse=True))
            answer = replace(answer, verdict=Verdict.HATI_HATI, text=f"{_MITIGATED.format(why=why)} {answer.text}",
                             conditions=_MITIGATED_CONDITIONS, reason="mitigated")
        return replace(answer, frame=m.frame.to_json())

    @staticmethod
    def _mitigated(text: str, m, entry: FaqEntry) -> bool:
        """ "Pas sampai ternyata isinya sosialisasi caleg; saya duduk di belakang dan pulang duluan",
        "rapat koordinasi resmi yang dihadiri bupati petahana": a prohibition about being at an event
        answers a question whose asker did not know or was there on duty, and did nothing else
        risky. Being there was not support (the reference table's rows on an official event with the
        incumbent and on a declaration attended without support say "hati-hati"), so the answer says
        what it depends on. An entry written about that very manner keeps its own verdict."""
        manners = m.frame.get("manner") & MITIGATING_MANNERS
        if not manners or "mengizinkan" in m.frame.get("manner") or effective_question(m.frame.question, text) != "permission":
            return False
        if entry.frame is not None and manners & set(entry.frame.manner):
            return False
        return bool(m.frame.get("act") & _PRESENCE_ACTS) and not (risky_acts(m.frame) - _PRESENCE_ACTS)

    def _about_speech(self, fid: str | None, m) -> bool:
        """An entry about words the asker says or writes (a comment, a post, a call, a speech), in
        no circumstance the question does not state."""
        e = self.entries.get(fid) if fid else None
        return bool(e and e.frame and set(e.frame.act) & _SPEECH_ACTS and _states_circumstances(e, m.frame))

    def _voiced_prohibition(self, m, text: str) -> str | None:
        """ "Live TikTok sambil bilang 'paslon ini paling keren'": the asker's own words, said
        where others hear or read them, back a candidate. Whatever the act looks like, the
        answer is the best-ranked prohibition of voicing support (a comment, a post, a call to
        vote, a speech), preferring one about the act the question names. Words said in
        private ("bilang ke ibu saya") are left to the ranking."""
        asked = m.frame.get("act")
        if not (asked & _VOICE_ACTS or _AUDIENCE.search(text)):
            return None
        fits = [e for s in m.ranked[:10] if (e := self.entries[s.faq_id]).verdict == "dilarang"
                and e.frame is not None and set(e.frame.act) & _SPEECH_ACTS and set(e.frame.target) & POLITICAL
                and _states_circumstances(e, m.frame)]
        # said online, the entry about social media first; then one about the act the question names
        online = bool(_ONLINE.search(text))
        if not fits and online and asked & (_SPEECH_ACTS | {"share"}):
            # "share potongan jawaban petahana pake caption 'mantap pak, lanjutkan'": none retrieved, the prohibitions
            # on social media about the act named answer (posts and comments carrying the asker's words)
            fits = [e for _, e in sorted(self.entries.items()) if e.verdict == "dilarang" and e.topic == "media-sosial"
                    and e.frame is not None and set(e.frame.act) & asked & (_SPEECH_ACTS | {"share"})
                    and set(e.frame.target) & POLITICAL and not e.frame.requires and _states_circumstances(e, m.frame)
                    and not frame_fit(e.frame, m.frame).excluded]
            # (the most acts asked about, then the fewest others: the entry closest to the act named)
            fits.sort(key=lambda e: (-len(set(e.frame.act) & asked), len(set(e.frame.act) - asked)))
        fits.sort(key=lambda e: ((online and e.topic != "media-sosial"), not asked & _SPEECH_ACTS & set(e.frame.act)))
        return fits[0].id if fits else None

    def _decide(self, text: str, m) -> Answer:
        if not m.tokens:
            return self._abstain("out-of-scope" if not m.in_domain else "no-match",
                                 _OUT_OF_SCOPE if not m.in_domain else _NO_MATCH)
        if not m.ranked:
            if m.excluded and m.in_domain:  # retrieved, but about another target or another person
                return self._not_covered(m)
            return self._abstain("out-of-scope" if not m.in_domain else "no-match",
                                 _OUT_OF_SCOPE if not m.in_domain else _NO_MATCH)
        conf = m.confidence
        top = m.ranked[0]
        if not m.in_domain and conf < OUT_OF_DOMAIN_MIN:
            return self._abstain("out-of-scope", _OUT_OF_SCOPE, conf)

        entry = self.entries[top.faq_id]
        qtype = effective_question(m.frame.question, text)
        refusal = self._refusal_entry(m) if (qtype == "permission" and _ASKS_TO_REFUSE.search(text)
                                             and not _ASKS_IF_I_DO.search(text)) else None
        if refusal is not None:
            return replace(self.answer_entry(refusal, conf), reason="asks-to-refuse")
        relative = self._relative_s_own_entry(m, text) if qtype == "permission" else None
        if relative is not None:
            return relative
        outsider = self._outsider_s_own_entry(m, text) if qtype == "permission" else None
        if outsider is not None:
            return outsider
        colleague = self._colleague_s_act(m) if qtype == "permission" else None
        if colleague is not None:
            return colleague
        own_vote = self._asker_s_own_vote(m, entry, qtype, text, conf)
        if own_vote is not None:
            return own_vote
        vote = self._plain_vote(m, qtype, text, conf)
        if vote is not None:
            return vote
        retiree = self._retiree_s_act(m, entry, text)
        if retiree is not None:
            return retiree
        act_answer = self._act_behind_info(m, entry, qtype, text) or self._act_beside_procedure(m, entry, qtype, conf, text)
        if act_answer is not None:
            return act_answer
        verdict = entry.verdict
        # A sanction or steps question about a "boleh" act is not a licence: no extra bar.
        boleh_bar = self._boleh_bar(m.frame)
        bar_ok = verdict != "boleh" or qtype != "permission" or (
            conf >= boleh_bar or self._twin_confidence(m) >= boleh_bar or self._focused_confidence(m, qtype) >= boleh_bar)
        boleh_ok = bar_ok and (verdict != "boleh" or qtype != "permission" or not self._shadowed(m))
        if not boleh_ok and conf >= CONDITIONS_MET_MIN and exception_named(entry.frame, m.frame):
            # "atasan nyuruh ikut kampanye, saya menolak: salah?": the prohibitions next to the
            # refusal entry are about doing what the asker refused to do.
            boleh_ok = not boleh_at_risk(entry.frame, m.frame, self.matcher.phrasing_frame(entry.id))
        if (not boleh_ok and conf >= CONDITIONS_MET_MIN and "tidak-terlibat" in m.frame.get("manner")
                and "ikut-sendiri" not in m.frame.get("manner")
                and verdict == "boleh" and entry.frame is not None and "bukan-asn" in entry.frame.actor
                and len(m.ranked) > 1 and top.score - m.ranked[1].score >= CLOSE_LOGIT):
            # "anak saya relawan capres dan rajin posting; saya PNS dan gak ikut-ikutan": the
            # entry on relatives outside the ASN rules leads clearly, what they do is theirs, and
            # the asker says they take no part
            boleh_ok = not boleh_at_risk(entry.frame, _as_read_by(entry, m.frame), self.matcher.phrasing_frame(entry.id))
        if not boleh_ok and conf >= ANSWER_MIN and self._only_scope_beside(m, entry, text):
            # "bapak saya pensiunan, diajak jadi timses, masih kena aturan netralitas?": the allowed
            # entry for that very person leads, and what stands near it only says the rules no longer bind him
            boleh_ok = True
        if boleh_ok and verdict == "boleh" and qtype == "permission" and self._exception_dropped(text, entry):
            boleh_ok = False
        # (for an entry about a relative, the campaigning the relative does is not the asker's: "Cuma suami sy ikut
        # tim sukses caleg. Apa sy tetep boleh jadi KPPS?")
        read = _as_read_by(entry, m.frame)  # (the question as the entry on top reads it; used again below)
        asker = (relatives_side_only(entry.frame, m.frame) or m.frame) if read is not m.frame else m.frame
        if boleh_ok and verdict == "boleh" and qtype == "permission" and _campaigns_where_none_may(asker, text):
            # "sy pensiunan PNS, boleh kampanye di masjid?": a place or a time where rules the reference
            # does not hold may bind whoever campaigns
            boleh_ok = False
        if (boleh_ok and verdict == "boleh" and qtype == "permission" and self._side_beyond(entry, m)):
            # "staf Bawaslu boleh like postingan paslon?": a like aimed at a candidate, and the allowed entry's
            # declared frame (likes on the election bodies' posts) names no candidate
            boleh_ok = False
        if (boleh_ok and verdict == "boleh" and qtype == "permission"
                and _CALLS_BEYOND_THE_ENTRY & self._acts_beyond(entry, m)):
            # "nyoblos adik sendiri jelas boleh. tp kalo aku ngajak om tante milih dia juga?": the allowed entry
            # leads on the vote, and the question adds a call to vote that it does not cover
            boleh_ok = False
        if (boleh_ok and verdict == "boleh" and qtype == "permission" and "membagi-sendiri" in m.frame.get("manner")
                and "bagi-barang" in self._acts_beyond(entry, m)):
            # "takziah ke rumah caleg …, di sana sy ikut bagi kartu nama caleg": the visit is allowed, the
            # candidate's things the asker hands out there are not (thirtieth session)
            boleh_ok = False
        if boleh_ok and verdict == "boleh" and _DECEIT.search(text):
            # "beri keterangan ke bawaslu, tapi sy bohongin biar rekan sy ga kena": a lie told to the examiners or a
            # forged paper is never what the allowed entry allows (thirtieth session)
            boleh_ok = False
        if boleh_ok and verdict == "boleh" and _VOTE_FRAUD.search(text):
            # "pns boleh nyoblos dua kali?", "nyoblos pakai KTP orang lain": an election offence, never the
            # allowed entry on voting (the reference does not hold those articles: the referral answers)
            boleh_ok = False
        if (boleh_ok and verdict == "boleh" and entry.frame is not None and "menolak" in entry.frame.manner
                and (_ASKS_ABOUT_THE_ACT.search(text) or _ASKS_IF_I_DO.search(text))):
            # "bisa nolak gk sih, sebenernya boleh gk?": the act itself is asked about too, and
            # refusing being allowed says nothing of it
            boleh_ok = False
        # One word ("partai", "kampanye") names a topic, not a situation: offer the choices.
        # ... though "apa itu sanksi moral?" asks what one term means, and an entry that defines it answers
        specific = len(set(m.tokens)) >= 2 or (
            qtype in ("definition", "sanction") and entry.frame is not None and entry.frame.question == "definition")
        # A sanction, steps, authority or definition question is answered with `info`, never a licence:
        # a lower bar serves it ("tmn sy asn jd pengurus prtai diem2, sanksinya ap")
        bar = INFO_MIN if qtype != "permission" and m.in_domain else ANSWER_MIN
        if conf >= bar and boleh_ok and specific:
            if qtype == "permission" and verdict == "hati-hati":
                stricter = (self._own_photo_with_candidate(m, entry, text) or self._stricter_neighbour(m)
                            or self._own_act_prohibition(m, text) or self._handout_prohibition(m))
                if stricter is not None:
                    return self.answer_entry(stricter, conf)
            if qtype == "permission" and verdict == "dilarang":
                gentler = self._gentler_neighbour(m) or self._mitigated_neighbour(m)
                if gentler is not None:
                    return self.answer_entry(gentler, conf)
            # "CLTN saya baru diajukan, belum disetujui": the condition that would allow it does not hold,
            # so the prohibition that this condition lifts answers
            if qtype == "permission" and verdict == "hati-hati" and condition_denied(entry.frame, m.frame):
                lifted = self._prohibition_lifted_by(m, set(entry.frame.boleh_if))
                if lifted is not None:
                    return self.answer_entry(lifted, conf)
            answer = self.answer_entry(top.faq_id, conf)
            if (qtype == "permission" and verdict == "hati-hati" and conf >= CONDITIONS_MET_MIN
                    and conditions_met(entry.frame, m.frame)
                    # (an entry about a relative reads the question without what the relative does)
                    and not boleh_at_risk(entry.frame, read, self.matcher.phrasing_frame(entry.id))
                    # "lagi CLTN, boleh bikin story IG kampanye buat suami?": a post the exception does not name
                    and not adds_social_post(entry.frame, read, self.matcher.phrasing_frame(entry.id))):
                return _allowed_as_stated(answer)
            if qtype == "permission" and verdict == "boleh" and condition_denied(entry.frame, m.frame):
                return replace(answer, verdict=Verdict.HATI_HATI, text=f"{_CONDITION_DENIED} {answer.text}")
            if (qtype == "permission" and verdict == "info" and entry.frame is not None and set(entry.frame.act) == {"lapor"}
                    and _ASKS_MAY_REPORT.search(text)
                    # (not "lapor rekan ke bawaslu sambil nyebar fitnah soal calon dia": a smear or a lie told beside it)
                    and not _DECEIT.search(text) and not _SMEAR.search(text)):
                # "boleh gak ASN jadi pelapor ke Bawaslu?": reporting or asking the authorities takes no side; the
                # channel entry on top says where, the answer says it is allowed
                return replace(answer, verdict=Verdict.BOLEH, text=f"{_MAY_REPORT} {answer.text}", reason="may-report")
            return compose(answer, entry, qtype, self.citation)
        # A "boleh dengan syarat" entry (its conditions written out: resign once named a candidate, a written
        # permit for KPPS) that leads but misses the "boleh" bar: what it depends on is known, so say so
        # ("hati-hati", the conditions first) rather than abstain. Never when a prohibition stands close.
        if (verdict == "boleh" and qtype == "permission" and not bar_ok and entry.conditions and conf >= ANSWER_MIN
                and specific and m.in_domain and not self._shadowed(m) and not self._exception_dropped(text, entry)
                and not _campaigns_where_none_may(m.frame, text) and not _VOTE_FRAUD.search(text)):
            answer = self.answer_entry(top.faq_id, conf)
            return replace(answer, verdict=Verdict.HATI_HATI, text=f"{_CONDITIONS_FIRST} {answer.text}",
                           reason="conditions-unstated")
        # ... unless a "boleh" entry about every risky act named leads clearly and only missed
        # the bar ("anak saya relawan capres, saya kena?"): then offer the choices
        if m.in_domain and qtype == "permission" and specific and not (
                verdict == "boleh" and conf >= ANSWER_MIN and len(m.ranked) > 1
                and top.score - m.ranked[1].score >= CLOSE_LOGIT and entry.frame is not None
                and risky_acts(_as_read_by(entry, m.frame)) <= set(entry.frame.act)) and not (
                # "bapak saya pensiunan, diajak jadi timses": the allowed entry for that very person
                # (not bound by the ASN rules) leads; the prohibitions near it are for serving ASN
                verdict == "boleh" and entry.frame is not None and m.frame.outside_asn <= _RETIRED
                and m.frame.outside_asn & set(entry.frame.actor)) and not (
                # "SK pemberhentian saya sudah keluar, boleh kampanye?": an allowed entry that only applies
                # when the question states its condition (`requires`, beyond naming a relative) was written for it
                verdict == "boleh" and entry.frame is not None and set(entry.frame.requires) - RELATIVES):
            risky = self._prohibition_for_risky_act(m)
            if risky is not None:
                return risky
        if conf >= SUGGEST_MIN and m.in_domain:  # no election word: abstain, do not guess at topics
            picks = [
                s for i, s in enumerate(m.ranked[:3])
                if i == 0 or self.matcher.probability(m.ranked, i, m.in_domain) >= SUGGEST_MIN / 2
            ]
            return Answer(
                verdict=Verdict.TIDAK_TAHU, outcome=Outcome.SUGGESTED, confidence=conf, text=_SUGGEST,
                suggestions=tuple(Suggestion(s.faq_id, self.entries[s.faq_id].question) for s in picks),
                reason="close-call", referral=REFERRAL,
            )
        return self._abstain("no-match", _NO_MATCH, conf)

    def _asker_s_own_vote(self, m, entry: FaqEntry, qtype: str, text: str, conf: float) -> Answer | None:
        """ "Suami sy TNI jd gk nyoblos. Sy PNS, berarti sy jg gk boleh nyoblos?": the entry on top says who
        votes and who does not (``info``), the asker, a civil servant, asks about their own vote, and
        nothing risky is named: the allowed entry on civil servants' vote that it points to answers."""
        f = m.frame
        if (entry.verdict == "info" and qtype == "permission" and conf >= ANSWER_MIN and not risky_acts(f)
                and _UNIFORMED_ASKER.search(text) and _KIN_CIVIL_SERVANT.search(text) and _RELATIVE_VOTES.search(text)):
            # "Sy polisi, istri sy PNS. Dia tetep boleh nyoblos kan walau sy ga boleh?": the asker is the one in uniform,
            # and the civil servant whose vote is asked about is their relative: the entry on civil servants' vote
            # (the entries it points to, and those they point to)
            near = [*entry.related, *(n for rid in entry.related if rid in self.entries for n in self.entries[rid].related)]
            for rid in near:
                r = self.entries.get(rid)
                if r is not None and r.verdict == "boleh" and r.frame is not None and set(r.frame.act) == {"coblos"}:
                    return replace(self.answer_entry(r.id, conf), reason="relative-s-vote")
        # ("kan TNI Polri gak nyoblos, berarti ASN juga gak boleh?": the forces are what the vote is compared with)
        if (entry.verdict != "info" or qtype != "permission" or conf < ANSWER_MIN or not f.get("actor") & ASN_FAMILY
                or ("tni-polri" in f.get("actor") and not _FORCES_DO_NOT_VOTE.search(text)) or risky_acts(f)
                or not _ASKER_VOTES.search(text) or _RELATIVE_VOTES.search(text)):
            return None
        for rid in entry.related:
            r = self.entries.get(rid)
            if (r is not None and r.verdict == "boleh" and r.frame is not None and f.get("act")
                    and f.get("act") <= set(r.frame.act) and not frame_fit(r.frame, f).excluded):
                return replace(self.answer_entry(r.id, conf), reason="own-vote")
        return None

    def _plain_vote(self, m, qtype: str, text: str, conf: float) -> Answer | None:
        """ "ASN bisa pi coblos ka seng? katong harus netral to", "meunang teu ngiringan nyoblos pilkada?": a civil
        servant asks whether they may vote, and voting is all the question names: the allowed entry on civil
        servants' own vote answers when it is among the first four, however unsure the match (the voting booth
        is the one place the reference says neutrality does not reach)."""
        f = m.frame
        if (qtype != "permission" or conf < ANSWER_MIN or f.get("act") != {"coblos"} or not f.get("actor") & ASN_FAMILY
                or f.get("actor") & (BOUND_ELSEWHERE | {"tni-polri"}) or not _MAY_I_VOTE.search(text)
                or _RELATIVE_VOTES.search(text) or _VOTE_FRAUD.search(text) or risky_acts(f) or relative_in_uniform(text)):
            return None  # (a relative in uniform asked about too: who votes and who does not is the answer)
        for s in m.ranked[:4]:
            e = self.entries[s.faq_id]
            if (e.verdict == "boleh" and e.frame is not None and set(e.frame.act) == {"coblos"}
                    and set(e.frame.actor) & ASN_FAMILY and not frame_fit(e.frame, f).excluded):
                return replace(self.answer_entry(e.id, conf), reason="own-vote")
        return None

    def _relative_s_own_entry(self, m, text: str) -> Answer | None:
        """ "Istri sy ibu rumah tangga mau ikut kampanye. Itu hak dia kan?": the permission asked is a
        relative's who is outside the ASN rules, and nothing risky is the asker's own; the entry on
        such relatives (it says what still binds the asker) answers, not a prohibition on helping."""
        f = m.frame
        # a relative who is a village head, soldier or BUMN worker has rules of their own: not this entry's
        if (m.confidence < ANSWER_MIN or "tidak-terlibat" not in f.get("manner") or f.get("manner") & {"kerabat-asn", "ikut-sendiri"}
                or f.get("actor") & BOUND_ELSEWHERE or relative_in_uniform(text)
                or not f.get("target") & RELATIVES or _SHARED_HOME.search(text) or risky_acts(f) - f.others_acts):
            return None
        for s in m.ranked[:5]:
            e = self.entries[s.faq_id]
            if (e.frame is not None and "bukan-asn" in e.frame.actor and set(e.frame.requires) & RELATIVES
                    and set(e.frame.target) & f.get("target") & RELATIVES  # a spouse's entry for a spouse
                    and e.verdict != "dilarang"):  # (a prohibition on hosting them is about the asker's act)
                return self._relatives_entry_answer(e, f, m.confidence, condition_bar=CONDITIONS_MET_MIN)
        # "ibu saya (bukan ASN) bagi2 kalender caleg, saya sendiri ga ikut apa2": the entry on relatives who
        # campaign was not retrieved (the words were the relative's act); it answers all the same
        # (not when the relative is the candidate, whom the asker is asked to help, nor for a retiree)
        if ("nyalon" in f.get("act") or "pensiunan" in f.get("actor") or _RELATIVE_RUNS.search(text)
                or self.entries[m.ranked[0].faq_id].verdict != "dilarang"):
            return None
        for e in self._relatives_campaign_entries:
            if set(e.frame.target) & f.get("target") & RELATIVES:
                # ("istri bukan ASN bikin status dukung caleg, sy ga ikut2an": the spouse's entry, its condition met;
                # not retrieved, so the ranking's confidence says nothing of it and no bar applies)
                return self._relatives_entry_answer(e, f, m.confidence, condition_bar=0.0)
        return None

    def _relatives_entry_answer(self, e: FaqEntry, f, confidence: float, condition_bar: float) -> Answer:
        """A relatives' entry as the answer: a "hati-hati" one whose condition the frame meets (the asker takes
        no part) is allowed as stated, when the match is at least ``condition_bar`` sure."""
        answer = self.answer_entry(e.id, confidence)
        if e.verdict == "hati-hati" and confidence >= condition_bar and conditions_met(e.frame, _as_read_by(e, f)):
            return _allowed_as_stated(answer)
        return answer

    def _outsider_s_own_entry(self, m, text: str) -> Answer | None:
        """ "Aku dudu PNS, bojoku PNS. Aku oleh posting dukungan capres?": the asker says they are outside the ASN
        rules and a relative is the civil servant (the frame's "warga"); the entry written for that asker, among
        the first three, answers rather than one about the civil servant's own part."""
        f = m.frame
        # (not in a home said to be shared with the civil servant: "rapat tim sering di rumah kami", the entry on hosting
        # answers; "di rumah saya sendiri" with the civil servant living in another town is the asker's own)
        if (m.confidence < ANSWER_MIN or "warga" not in f.get("actor") or f.get("actor") & BOUND_ELSEWHERE
                or _campaigns_where_none_may(f, text) or _VOTE_FRAUD.search(text) or _HOME_SAID_SHARED.search(text)):
            return None
        for s in m.ranked[:3]:
            e = self.entries[s.faq_id]
            if e.verdict == "boleh" and e.frame is not None and "warga" in e.frame.requires:
                return self.answer_entry(e.id, m.confidence)
        return None

    def _colleague_s_act(self, m) -> Answer | None:
        """ "Temen sekantorku posting dukung caleg terus, aku ga ikut2an. Aku bakal kena juga?": every risky act
        told is a colleague's and the asker says they take no part (the frame's "rekan-berbuat"); the allowed
        entry on others' support answers, not the prohibitions on the colleague's acts."""
        # (the reading, not the ranking, finds this: the entry shares few words with the colleague's acts told)
        if not m.in_domain or "rekan-berbuat" not in m.frame.get("manner"):
            return None
        for _, e in sorted(self.entries.items()):
            if e.verdict == "boleh" and e.frame is not None and "rekan-berbuat" in e.frame.boleh_if:
                return self.answer_entry(e.id, max(m.confidence, ANSWER_MIN))
        return None

    @property
    def _relatives_campaign_entries(self) -> list[FaqEntry]:
        """The allowed entries on relatives outside the ASN rules who campaign or join a team, and those allowed
        once the asker takes no part (a spouse's campaigning: ``boleh_if: [tidak-terlibat]``)."""
        return [e for _, e in sorted(self.entries.items())
                if (e.verdict == "boleh" or (e.verdict == "hati-hati" and e.frame is not None
                                             and "tidak-terlibat" in e.frame.boleh_if))
                and e.frame is not None
                and "bukan-asn" in e.frame.actor and set(e.frame.requires) & RELATIVES
                and set(e.frame.act) & {"kampanye", "tim"}]

    def _prohibition_lifted_by(self, m, conditions: set[str]) -> str | None:
        """The prohibition among the best-ranked entries whose exception is one of ``conditions``."""
        for s in m.ranked[:5]:
            e = self.entries[s.faq_id]
            if e.verdict == "dilarang" and e.frame is not None and set(e.frame.unless) & conditions:
                return e.id
        return None

    def _refusal_entry(self, m) -> str | None:
        """ "Atasan wajibkan hadir kampanye … boleh saya menolak?": the refusal is what is asked,
        and refusing is allowed whatever the act refused, so the allowed entry about refusing
        answers even when the story ranked it low or set it aside. A superior's order, or
        someone else's invitation: the entry for that one first."""
        near = [s.faq_id for s in m.ranked[:8]] + list(m.excluded)
        refusals = [fid for fid in near if self.entries[fid].verdict == "boleh"
                    and self.entries[fid].frame is not None and "menolak" in self.entries[fid].frame.manner]
        ordered = "diperintah" in m.frame.get("manner")
        refusals.sort(key=lambda fid: ("diperintah" in self.entries[fid].frame.manner) != ordered)
        return refusals[0] if refusals else None

    def _act_behind_info(self, m, entry: FaqEntry, qtype: str, text: str) -> Answer | None:
        """ "Aturan like capres berlaku ke CPNS juga?", "boleh share poster paslon di luar jam
        kerja?": the top entry explains who or when the rules cover (``info``), but the asker
        wants the verdict on an act they name. Answer with the best-ranked entry about that
        act when it is close enough; its verdict is the one the asker needs."""
        asked = m.frame.get("act")
        if entry.verdict != "info" or qtype != "permission" or not asked:
            return None
        # Search again for the act alone: the who and when words are what drew the info entry.
        act = self.matcher.match(text, drop_slots=_SCOPE_SLOTS)
        # the scope entries found again are set aside: the act's entry is weighed against the others
        pool = [s for s in act.ranked if not _explains_rules(self.entries[s.faq_id])
                and self.entries[s.faq_id].frame is not None and self.entries[s.faq_id].frame.act
                and not _about_steps(self.entries[s.faq_id])
                # ("mantan sekda, pensiun bulan lalu, ditawari jadi ketua timses": no serving ASN drawn in)
                and not _retiree_draws_none_in(m.frame, self.entries[s.faq_id])]
        for s in act.ranked[:ACT_AMONG]:
            e = self.entries[s.faq_id]
            if e.verdict == "info" and not _explains_rules(e):
                return None  # a procedure the asker asks about ("kapan harus mundur"), not a scope
            if e.verdict == "info" or e.frame is None or not asked & set(e.frame.act):
                continue  # a scope entry again ("masih masa percobaan"), or an act the asker did not name
            if s not in pool:
                continue  # what to do about it once done ("unggahan lama sebelum jadi ASN"), not whether to do it
            i = pool.index(s)
            conf = act.confidence if s is act.ranked[0] else self.matcher.probability(pool, i, act.in_domain)
            if _retiree_allowed(m.frame, e, text) and conf >= ANSWER_MIN:
                return replace(self.answer_entry(e.id, conf), reason="retiree-allowed")
            if conf < (self._boleh_bar(m.frame) if e.verdict == "boleh" else ANSWER_MIN):
                return None
            if e.verdict == "hati-hati":
                # a prohibition of the same act in a near tie is the stricter reading ("pasang spanduk caleg di pagar":
                # the entry on a banner someone else put up and the prohibition on putting one up, a hair apart)
                for t in act.ranked[act.ranked.index(s) + 1:ACT_AMONG]:
                    d = self.entries[t.faq_id]
                    if s.score - t.score >= TIE_LOGIT:
                        break
                    if d.verdict == "dilarang" and d.frame is not None and asked & set(d.frame.act) >= asked & set(e.frame.act):
                        return replace(self.answer_entry(d.id, conf), reason="act-behind-info")
            return replace(self.answer_entry(e.id, conf), reason="act-behind-info")
        return None

    def _act_beside_procedure(self, m, entry: FaqEntry, qtype: str, conf: float, text: str) -> Answer | None:
        """ "PNS boleh jadi pengurus partai?", "belum CLTN, baru ngobrol sama partai, aman?": the
        entry on top is a procedure (resign first, to join a party or to run) or a definition (what
        CLTN is), but the asker only asks whether an act is allowed, with no word of resigning, or
        names a risky act the definition leaves out: the close prohibition about that act answers.
        Never a "boleh", but for a retiree's own act that the retirees' allowed entry covers ("bapak sy
        pensiunan, mau jd jurkam caleg. masih kena aturan netralitas?")."""
        f = entry.frame
        asked = m.frame.get("act")
        if entry.verdict != "info" or qtype != "permission" or f is None or not asked or conf < ANSWER_MIN:
            return None
        if f.question == "what-to-do" and "mundur" in f.act:
            if "mundur" in asked:
                return None
        elif f.question == "definition":
            if not risky_acts(m.frame) - set(f.act):
                return None
        else:
            return None
        top = m.ranked[0]
        for s in m.ranked[1:3]:
            e = self.entries[s.faq_id]
            if top.score - s.score >= CLOSE_LOGIT:
                break
            if _retiree_allowed(m.frame, e, text):
                # "bapak sy pensiunan PNS, mau jd jurkam caleg. masih kena aturan netralitas?": the retirees' own
                # allowed entry covers the act, and no serving ASN is drawn in
                return replace(self.answer_entry(e.id, conf), reason="retiree-allowed")
            if (e.verdict in ("dilarang", "hati-hati") and e.frame is not None and asked & set(e.frame.act)
                    and not _about_steps(e)):
                if _retiree_draws_none_in(m.frame, e):
                    continue  # (a retiree drawing serving ASN in is not asked about)
                return replace(self.answer_entry(e.id, conf), reason="act-beside-procedure")
        return None

    @staticmethod
    def _boleh_bar(frame) -> float:
        """The confidence a "boleh" needs. A question that names nothing that can be a
        violation (no risky act, no candidate, party or team: "PNS boleh nyoblos?", "ikut
        arisan RT"), or only watches or reads ("baca visi misi semua capres di web KPU"), cannot
        turn a wrong "boleh" into a sanction, so a lower bar serves it."""
        acts = frame.get("act")
        # reading or watching to decide one's own vote ("nonton debat … sebelum memilih") is passive too
        if "tonton" in acts:
            acts = acts - {"coblos"}
        risky = risky_acts(frame)
        # "kaos 'Pemilu Damai' bagian KPU", "poster KPU 'Ayo ke TPS'": the election body's or the government's
        # things worn or put up are no campaign attribute (as boleh_at_risk reads them)
        if (frame.get("target") & {"penyelenggara", "pemerintah"} and not frame.get("target") & (POLITICAL | RELATIVES)
                and "nyalon" not in acts):
            # ("spanduk KPU 'Jangan Golput, Datang ke TPS'": the body's own call to vote, no candidate in it)
            risky = risky - {"atribut", "pasang-apk", "opini", "ajak"}
        # "boleh ngajak keluarga jgn golput kan? asal ga nyebut calon": a call to vote at all, the candidate ruled
        # out in so many words and no side named
        if (risky <= {"ajak"} and acts & {"coblos", "golput"} and "calon" in frame.neg("target")
                and not frame.get("target") & POLITICAL):
            risky = risky - {"ajak"}
        # "spanduk 'Tolak Politik Uang' bikinan sendiri": a banner whose message takes no side is no campaign prop
        if "pesan-netral" in frame.get("manner"):
            risky = risky - {"atribut", "pasang-apk"}
        # "jd pengurus IDI cabang, bukan partai politik lho": a post in an organisation the asker says is
        # no party; the only risk an office carries, a party's, is ruled out in so many words
        if (risky and risky <= {"pengurus"} and "organisasi" in frame.get("target")
                and not frame.get("target") & POLITICAL and "partai" in frame.neg("target")):
            return BOLEH_HARMLESS_MIN
        # "ibuku PNS, aku bukan ASN, boleh ikut kampanye?": the asker is outside the ASN rules, so no
        # sanction of theirs rests on the answer (the frame sets "warga" only when they say so)
        if "warga" in frame.get("actor"):
            return BOLEH_HARMLESS_MIN
        # "SK pemberhentian saya sudah keluar, boleh kampanye?": the asker has left the civil service
        # (the frame sets "mundur" with "bukan-asn" only when no serving ASN is named)
        if "bukan-asn" in frame.get("actor") and "mundur" in acts and not frame.get("actor") & ASN_FAMILY:
            return BOLEH_HARMLESS_MIN
        # withdrawing from a candidate's account ("unfollow smua akun paslon biar aman?") is as harmless as watching
        if risky or (frame.get("target") & POLITICAL and not (acts and acts <= PASSIVE_ACTS | _WITHDRAWING)):
            return BOLEH_MIN
        return BOLEH_HARMLESS_MIN

    def _side_beyond(self, entry: FaqEntry, m) -> bool:
        """A social-media act aimed at a candidate, party or team that the entry's declared frame does not name
        (its phrasings may name one to rule it out: "bukan akun paslon")."""
        q = _as_read_by(entry, m.frame)
        if not q.get("act") & SOCIAL_ACTS or entry.frame is None or not entry.frame.target:
            return False
        return bool((q.get("target") & POLITICAL) - set(entry.frame.target))

    def _acts_beyond(self, entry: FaqEntry, m) -> set[str]:
        """The question's acts that neither the entry's frame nor its own phrasings name."""
        seen = self.matcher.phrasing_frame(entry.id)
        covered = set(entry.frame.act if entry.frame else ()) | (seen.get("act") if seen is not None else set())
        return set(_as_read_by(entry, m.frame).get("act")) - covered

    def _retiree_s_act(self, m, entry: FaqEntry, text: str) -> Answer | None:
        """ "Bapak sy pensiunan PNS sejak 2022, diminta jadi saksi partai di TPS. Beliau masih kena aturan netralitas
        ASN ga?": the entry on whom the rules bind leads, and the retiree's act is told; the retirees' allowed entry
        that covers that act answers with its verdict (as ``_act_behind_info`` does for a permission asked), unless
        the act is one none may do there, with an office's means, or calls on serving civil servants."""
        f = m.frame
        if (m.confidence < ANSWER_MIN or entry.verdict != "info" or entry.frame is None
                or set(entry.frame.actor) != _RETIRED or entry.frame.question != "definition"
                or f.outside_asn != _RETIRED or not risky_acts(f) or f.get("means") or "ikut-sendiri" in f.get("manner")
                or not _STILL_BOUND.search(text) or _STILL_WORKING.search(text) or _VOTE_FRAUD.search(text)):
            return None
        for _, e in sorted(self.entries.items()):
            if _retiree_allowed(f, e, text):
                return replace(self.answer_entry(e.id, m.confidence), reason="retiree-s-act")
        return None

    def _only_scope_beside(self, m, entry: FaqEntry, text: str) -> bool:
        """A retiree who was only invited ("diajak jadi timses"), or is said to be retired already
        ("bapak sy pensiunan PNS, skrg mau jd tim sukses"), asks whether the ASN rules still bind him:
        the allowed entry for that very person leads, and every close neighbour is an
        ``info`` entry about whom the rules bind, for that same person. Nothing near it is a
        prohibition, and the question names no risky act, uniform or office means it leaves out."""
        f = entry.frame
        outside = m.frame.outside_asn
        if (entry.verdict != "boleh" or f is None or not outside or not outside <= _RETIRED
                or not outside & set(f.actor) or not m.frame.get("manner") & {"hanya-diajak", "sudah-pensiun"}
                or m.frame.get("means")):
            return False
        if "hanya-diajak" not in m.frame.get("manner") and (
                "ikut-sendiri" in m.frame.get("manner") or _STILL_WORKING.search(text)
                or (m.frame.get("target") & RELATIVES and _ASKER_AT_WORK.search(text))):
            # retired, and not merely invited: only when nobody in the story still works for the state
            # ("sy lurah, bapak sy pensiunan jd timses, sy boleh ikut?", "pensiunan, dikontrak lagi sm dinas")
            return False
        if risky_acts(m.frame) - set(f.act) - self.matcher.phrasing_frame(entry.id).get("act"):
            return False
        top = m.ranked[0]
        for s in m.ranked[1:4]:
            if top.score - s.score >= CLOSE_LOGIT:
                break
            near = self.entries[s.faq_id]
            if near.frame is None or not set(near.frame.actor) & set(f.actor):
                return False
            # an info entry on whom the rules bind, or one about another act of that same person
            # ("pensiunan ngajak ASN aktif" beside "pensiunan jadi timses")
            if not (near.verdict == "info" and not near.frame.act) and (set(near.frame.act) - set(f.act)) & m.frame.get("act"):
                return False
        return True

    def _exception_dropped(self, text: str, entry: FaqEntry) -> bool:
        """ "Tadinya saya menolak, tapi kalau akhirnya saya datang ke kampanye boleh?": an entry
        allowed because of the asker's refusal, CLTN or permission does not answer a last
        clause that asks about the risky act without that exception."""
        if entry.frame is None or not set(entry.frame.manner) & EXCEPTION_MANNERS:
            return False
        last = _TURN.split(text)[-1]
        if last == text:
            return False
        tail = extract_frame(last, self.matcher.lex)
        return bool(risky_acts(tail)) and not tail.get("manner") & EXCEPTION_MANNERS

    @staticmethod
    def _posted_by_others(text: str, m, entry: FaqEntry) -> bool:
        """ "Fotonya dipake kakak di IG kampanyenya … sy sama sekali gk upload apa2": the
        prohibition is on *posting* the photo (SKB huruf B angka 7); when the asker says they
        posted nothing and someone else did, the answer is what to do about that upload. Not
        for a pose or symbol the asker made, which is a violation however it got online."""
        acts = set(entry.frame.act) if entry.frame else set()
        return (bool(acts) and acts <= {"foto", "posting", "tag"} and bool(_ASKER_DID_NOT_POST.search(text))
                and "pose" not in m.frame.get("act") and bool(_OTHERS_POSTED.search(text)))

    @staticmethod
    def _even_handed(text: str, m, entry: FaqEntry) -> bool:
        """ "Bikin konten TikTok bahas visi misi smua paslon secara netral": a prohibition of
        support for one candidate does not settle content or an event that treats every
        candidate alike, unless the entry is itself about such content (the all-candidates
        meme) or the act is one on a candidate's account, a symbol or a banner."""
        return (bool(_ALL_CANDIDATES.search(text)) and not _ALL_CANDIDATES.search(entry.question)
                and not m.frame.get("act") & _ACCOUNT_ACTS and not m.frame.get("target") & {"partai"})

    def _handout_prohibition(self, m) -> str | None:
        """ "beli 200 kaos bergambar capres buat dibagiin ke warga": handing out a candidate's things is never a
        mere caution; when the "hati-hati" entry on top does not declare that act, the best-ranked prohibition
        that does answers, however far down the ranking it stands."""
        top = self.entries[m.ranked[0].faq_id]
        asked = _as_read_by(top, m.frame)
        if ("membagi-sendiri" not in asked.get("manner") or "bagi-barang" not in risky_acts(asked)
                or (top.frame is not None and "bagi-barang" in top.frame.act)):
            return None
        for s in m.ranked[1:]:
            e = self.entries[s.faq_id]
            if e.verdict == "dilarang" and e.frame is not None and "bagi-barang" in e.frame.act and e.frame.question in (None, "permission"):
                return e.id
        return None

    def _own_act_prohibition(self, m, text: str) -> str | None:
        """ "Blh gk sy tempel poster cabup di ruang tunggu?": a "hati-hati" entry about what to
        do when *someone else* put up, uploaded or tagged something (or about a place that has
        a poster) is not the answer to whether the asker may do it; a close prohibition of that
        act, written as a permission question, is. Kept when the question says someone else
        did it; for entries that are not what-to-do ones, only when the asker says they do it."""
        top = self.entries[m.ranked[0].faq_id]
        if top.frame is None:
            return None
        # both readings are made as typed and once typos are fixed ("sy dmasukin k grp wa relawn tnp izin",
        # "sy tmpel poster"), with the typos fixed once
        respelled = self.matcher.respeller.text(text)
        if _BY_OTHERS.search(text) or _BY_OTHERS.search(respelled):
            return None
        if top.frame.question != "what-to-do" and not (_ASKER_DOES.search(text) or _ASKER_DOES.search(respelled)):
            return None  # "boleh saya pasang poster caleg di warung saya?", not "warung yang dipasangi poster"
        return self._close_prohibition(m, risky_acts(_as_read_by(top, m.frame)), within=OWN_ACT_LOGIT, among=4,
                                       permission_form=True)

    def _own_photo_with_candidate(self, m, top: FaqEntry, text: str) -> str | None:
        """ "Sekarang dia udah ditetapin KPU jadi calon, trus aku upload foto bareng dia pas peresmian": a
        "hati-hati" entry about the occasion (an official event, a family visit) leads, but the asker says they
        posted a photo with the candidate, which SKB 2022 forbids with no pose or attribute; the prohibition on
        that act answers (not for a what-to-do entry, nor a photo someone else posted)."""
        f = m.frame
        # (not on voting day or after it, where the winner's photo and the inked finger have entries of their
        # own, nor in a story of a relative's upload)
        if (not {"foto", "posting"} <= f.get("act") or top.frame is None or top.frame.question == "what-to-do"
                or "tidak-terlibat" in f.get("manner") or f.get("stage") & {"pemungutan", "pasca"}
                or f.get("target") & RELATIVES or not _ASKER_UPLOADS.search(text) or not _PHOTO_WITH.search(text)):
            return None
        for e in self._photo_with_candidate_entries:
            if set(e.frame.target) <= f.get("target") and not frame_fit(e.frame, f).excluded:
                return e.id
        return None

    @property
    def _photo_with_candidate_entries(self) -> list[FaqEntry]:
        """The prohibitions on posting a photo with a candidate or a bakal calon, one target each."""
        return [e for _, e in sorted(self.entries.items()) if e.verdict == "dilarang" and e.frame is not None
                and set(e.frame.act) == {"foto", "posting"} and len(e.frame.target) == 1
                and set(e.frame.target) <= {"calon", "bakal-calon"} and not e.frame.requires]

    def _stricter_neighbour(self, m) -> str | None:
        """A "hati-hati" top that does not cover a risky act the question adds ("temen yang
        upload foto saya *salam dua jari* bareng caleg") gives way to a close "dilarang"
        entry about that act: the stricter reading is the safe one."""
        top = self.entries[m.ranked[0].faq_id]
        covered = set(top.frame.act if top.frame else ())
        if "diundang" in m.frame.get("manner"):  # an invitation received is no inviting: attending is the act
            covered.add("undang")
        return self._close_prohibition(m, risky_acts(_as_read_by(top, m.frame)) - covered, within=CLOSE_LOGIT, among=3)

    def _close_prohibition(self, m, acts: frozenset[str] | set[str], within: float, among: int,
                           permission_form: bool = False) -> str | None:
        """The best-ranked "dilarang" entry among the ``among`` runners-up, at most ``within``
        logits below the top, about one of ``acts`` (and, with ``permission_form``, written as a
        permission question)."""
        if not acts:
            return None
        for s in m.ranked[1:1 + among]:
            e = self.entries[s.faq_id]
            if (e.verdict == "dilarang" and m.ranked[0].score - s.score < within and e.frame is not None
                    and (not permission_form or e.frame.question in (None, "permission"))
                    and acts & set(e.frame.act)
                    # "kaos calon kupake ke ladang, bukan ke kampanye": not a prohibition the question rules out
                    and not set(e.frame.act) & m.frame.neg("act")):
                return e.id
        return None

    def _gentler_neighbour(self, m) -> str | None:
        """ "Cuma nonton kampanye, ga pakai kaos partai": a close "hati-hati" entry whose
        situation is explicitly *without* what the question rules out answers instead of the
        prohibition on top, unless that prohibition is itself about the situation without it,
        or the question adds a risky act the gentler entry does not cover. Never a "boleh"."""
        denied = _ruled_out(m.frame)
        if not denied:
            return None
        top = m.ranked[0]
        top_frame = self.entries[top.faq_id].frame
        if top_frame is not None and set(top_frame.without) & denied:
            return None
        for s in m.ranked[1:5]:
            e = self.entries[s.faq_id]
            if top.score - s.score < GENTLER_LOGIT and self._without_what_is_ruled_out(e, m, denied):
                return e.id
        return None

    def _without_what_is_ruled_out(self, e: FaqEntry, m, denied: set[str]) -> bool:
        """``e`` is the "hati-hati" entry about the situation without something the question
        rules out, and the question adds no risky act it does not cover."""
        return (e.verdict == "hati-hati" and e.frame is not None and bool(set(e.frame.without) & denied)
                and not boleh_at_risk(e.frame, m.frame, self.matcher.phrasing_frame(e.id)))

    def _mitigated_neighbour(self, m) -> str | None:
        """ "Saya yang ngatur antrean sesuai surat tugas, yang nyerahin bantuan bupati petahana",
        "belakangan baru tahu panitianya timses": an asker sent by the office (``tugas-dinas``) or
        who did not know (``tidak-sengaja``) is not the one the prohibition on top is about, unless
        they add a risky act of their own; a close "hati-hati" entry about that manner answers.
        Never "boleh"."""
        manners = m.frame.get("manner") & MITIGATING_MANNERS
        if not manners or "mengizinkan" in m.frame.get("manner"):
            return None  # "acara dinas, saya kasih slot sambutan buat calon": the asker gave the stage
        top = m.ranked[0]
        top_frame = self.entries[top.faq_id].frame
        if top_frame is not None and manners & set(top_frame.manner):
            return None
        for s in m.ranked[1:1 + MITIGATED_AMONG]:
            e = self.entries[s.faq_id]
            if not (e.verdict == "hati-hati" and top.score - s.score < MITIGATED_LOGIT and e.frame is not None
                    and manners & set(e.frame.manner)
                    and (not e.frame.act or set(e.frame.act) & m.frame.get("act"))):
                continue
            seen = self.matcher.phrasing_frame(e.id)
            if not risky_acts(m.frame) - set(e.frame.act) - seen.get("act") and not boleh_at_risk(e.frame, m.frame, seen):
                return e.id
        return None

    def _twin_confidence(self, m) -> float:
        """Two allowed entries about neighbouring situations ("pengurus KORPRI" and "pengurus
        masjid", KPPS and PPS) split the ranking between them, though both say "boleh": the
        confidence the top one would have without its allowed twin right behind it. Only when
        the twin is the sole close neighbour; any other near entry keeps the plain confidence."""
        r = m.ranked
        if len(r) < 2 or self.entries[r[0].faq_id].verdict != "boleh" or self.entries[r[1].faq_id].verdict != "boleh":
            return 0.0
        if r[0].score - r[1].score >= CLOSE_LOGIT or (len(r) > 2 and r[0].score - r[2].score < CLOSE_LOGIT):
            return 0.0
        return self.matcher.probability([r[0], *r[2:]], 0, m.in_domain)

    def _focused_confidence(self, m, qtype: str) -> float:
        """The confidence of the top entry among the neighbours the question reaches. An entry about
        more than was asked ("foto jari bertinta lalu upload" beside "boleh nyoblos?") or that answers
        another kind of question ("mengapa TNI tidak memilih") is a different situation, not a rival
        reading; when the top entry is about exactly what was asked, those neighbours are set aside."""
        r, asked = m.ranked, m.frame.get("act")
        top = self.entries[r[0].faq_id].frame
        if len(r) < 2 or top is None or not top.act or not set(top.act) <= asked:
            return 0.0
        kept = [s for s in r[1:] if (f := self.entries[s.faq_id].frame) is None
                or not (set(f.act) - asked and set(f.act) - asked <= _SEEN_WHEN_DONE or f.question not in (qtype, None, ""))]
        if len(kept) == len(r) - 1:
            return 0.0
        return self.matcher.probability([r[0], *kept], 0, m.in_domain)

    def _shadowed(self, m) -> bool:
        """A dilarang/hati-hati neighbour scores close to the top and every act it is about is
        in the question (a "photo of the inked finger" entry does not shadow "may I vote?")."""
        top, asked = m.ranked[0], m.frame.get("act")
        for s in m.ranked[1:4]:
            e = self.entries[s.faq_id]
            if (e.verdict in ("dilarang", "hati-hati") and top.score - s.score < CLOSE_LOGIT
                    and not set(e.frame.act if e.frame else ()) - asked):
                return True
        return False

    def _prohibition_for_risky_act(self, m) -> Answer | None:
        """Unsure which entry is meant, but the question names a risky act (an invitation to
        vote, a banner, a like on a candidate's post…) that a prohibition among the nearest
        candidates covers for the same target: warn with that prohibition rather than stay
        silent. Never "boleh"; never an entry about another target (those are excluded)."""
        top = self.entries[m.ranked[0].faq_id]
        # "anak saya relawan capres dan sering posting": with an entry about non-ASN relatives on
        # top, what the relative does is theirs; only the asker's own acts call for a prohibition
        asker = m.frame.for_relatives_entry() if top.frame is not None and "bukan-asn" in top.frame.actor else m.frame
        wanted = risky_acts(asker)
        if not wanted:
            return None
        if self._without_what_is_ruled_out(top, m, _ruled_out(m.frame)):
            # "nonton aja dr pinggir, ga pake kaos apa2": the top entry is the situation without
            # what the question rules out; it says what the answer depends on
            return replace(self.answer_entry(top.id, m.confidence), reason="nearest-without")
        for s in m.ranked[:3]:
            e = self.entries[s.faq_id]
            if e.verdict == "dilarang" and e.frame is not None and wanted & set(e.frame.act):
                if s is m.ranked[0]:
                    # "nonton aja dr pinggir, ga pake kaos apa2": the question rules out what makes
                    # the prohibition; the close entry about the situation without it says what it depends on
                    gentler = self._gentler_neighbour(m)
                    if gentler is not None:
                        return replace(self.answer_entry(gentler, m.confidence), reason="nearest-without")
                answer = self.answer_entry(e.id, m.confidence)
                return replace(answer, text=f"{_NEAREST_PROHIBITION} {answer.text}", reason="nearest-prohibition")
        return None

    def _not_covered(self, m) -> Answer:
        """The question's situation contradicts every retrieved entry: say so, never the
        nearest prohibition about someone or something else."""
        picks = m.excluded[:3]
        return Answer(
            verdict=Verdict.TIDAK_TAHU, outcome=Outcome.ABSTAINED, confidence=0.0, text=_NOT_COVERED,
            suggestions=tuple(Suggestion(i, self.entries[i].question) for i in picks if i in self.entries),
            reason="frame-not-covered", referral=REFERRAL,
        )


def _ruled_out(frame) -> set[str]:
    """What the question denies: "ga pake kaos", "bukan calon", "bukan di jam kerja"."""
    return set().union(*(frame.neg(slot) for slot in ("act", "target", "means")))


def _explains_rules(entry: FaqEntry) -> bool:
    """An ``info`` entry on whom or when the rules cover, or what they are and whether they still
    hold ("SKB 2022 masih berlaku?"): not the answer to an act the asker names next to it."""
    return entry.verdict == "info" and (
        entry.topic == "cakupan" or (entry.frame is not None and entry.frame.question == "definition"))


def _retiree_asks(frame) -> bool:
    """A retiree asks about their own act, and draws no serving ASN in ("bapak sy pensiunan, mau jd jurkam")."""
    return bool(frame.outside_asn & _RETIRED) and not frame.get("act") & _CALLS_BEYOND_THE_ENTRY


# what a retiree, bound by no ASN rule, may do on a team beyond campaigning: lead it, post for it, wear its things,
# join its groups and witness for its party at a polling station (the last two added in the twenty-ninth session)
_A_RETIREE_S_TEAM_WORK = frozenset({"pengurus", "posting", "share", "like", "komentar", "atribut", "pasang-apk", "gabung-grup",
                                    "saksi"})


def _retiree_allowed(frame, e: FaqEntry, text: str) -> bool:
    """The retirees' own allowed entry covers every risky act a retiree names (team work counted in), at no
    place or time where rules beyond the ASN ones bind anyone who campaigns."""
    if not _retiree_asks(frame) or e.verdict != "boleh" or e.frame is None or not set(e.frame.actor) & _RETIRED:
        return False
    covered = set(e.frame.act) | (_A_RETIREE_S_TEAM_WORK if "tim" in e.frame.act else set())
    return not risky_acts(frame) - covered and not _campaigns_where_none_may(frame, text)


def _retiree_draws_none_in(frame, e: FaqEntry) -> bool:
    """A retirees' prohibition about calling serving ASN in, which the retiree asking does not do."""
    return (_retiree_asks(frame) and e.frame is not None and set(e.frame.actor) <= _RETIRED
            and bool(set(e.frame.act) & _CALLS_BEYOND_THE_ENTRY))


def _about_steps(entry: FaqEntry) -> bool:
    """An entry on what to do once something is done ("unggahan lama sebelum jadi ASN"): it answers no "may I"
    asked about an act, behind a scope or beside a procedure entry alike."""
    return entry.frame is not None and entry.frame.question == "what-to-do"


def _allowed_as_stated(answer: Answer) -> Answer:
    """A "hati-hati" answer whose conditions the question itself states: "boleh", saying so."""
    return replace(answer, verdict=Verdict.BOLEH, text=f"{_CONDITIONS_MET} {answer.text}")


def _as_read_by(entry: FaqEntry, frame):
    """The question's frame as ``entry`` reads it: an entry about a non-ASN relative, or about what
    a relative does ("mertua masang baliho di pagar rumahnya, saya tinggal di situ"), leaves out
    what the relative does ("suami saya wiraswasta. Dia ditawari jadi timses"), as the ranker does."""
    if entry.frame is not None and ("bukan-asn" in entry.frame.actor
                                    or (entry.verdict != "dilarang" and set(entry.frame.target) & RELATIVES)):
        return frame.for_relatives_entry()
    return frame


def bootstrap(db: sqlite_utils.Database, data_dir: Path | None = None) -> None:
    """Seed an empty database, take in a newer release's knowledge base, refresh a stale
    index, fit the matcher if needed."""
    changed = False
    if not is_seeded(db):
        seed(db, load_seed(data_dir))
        meta_set(db, upgrade.DIGEST_KEY, upgrade.shipped_digest(data_dir))
        changed = True
    else:
        digest = upgrade.pending(db, data_dir)
        if digest is not None:
            data = load_seed(data_dir)
            if data.errors:  # a broken package: `kb validate` says what; the database keeps what it has
                _log.warning("pembaruan basis pengetahuan dari rilis dilewati: data rilis tidak valid "
                             "(jalankan `netralbot kb validate`)")
            else:
                plan = upgrade.plan_upgrade(db, data, digest)
                if upgrade.apply_upgrade(db, plan):
                    if plan.kept or plan.held:  # an admin may want to look: shown at the default level
                        _log.warning("%s", plan.summary())
                    elif plan.changes:
                        _log.info("%s", plan.summary())
                    changed |= bool(plan.changes)
    changed |= ensure_index_current(db)
    if changed or calibration.load(db) is None:
        # The model's features describe how a question fits an entry, not which entry,
        # so the model fitted and shipped with the package serves any knowledge base;
        # fitting here (seconds) is only for a package shipped without one.
        model = calibration.shipped()
        if model is None:
            model = calibration.fit(Matcher(db, load_entries(db))).model
        calibration.save(db, model)
