"""A content check as a chat reply: what was found, a verdict per act, the provisions
and the sanction. Text uses the same light markup as every reply (*bold*), which each
channel's renderer turns into its own."""

from __future__ import annotations

from netralbot.handlers.render import render_plain_text
from netralbot.knowledge.content import ACT_LABELS, ContentCheck

KIND_LABELS = {
    "kampanye": "⛔ KONTEN KAMPANYE",
    "informasi-resmi": "✅ INFORMASI RESMI",
    "berita": "⚠️ BERITA POLITIK",
    "netral": "✅ BUKAN KONTEN PEMILU",
    "tidak-terbaca": "❓ TIDAK TERBACA",
}
SHORT = {"dilarang": "⛔ dilarang", "boleh": "✅ boleh", "hati-hati": "⚠️ hati-hati"}
CUE_LABELS = {
    "ballot-call": "ajakan memilih nomor", "party": "partai", "candidate": "calon", "slogan": "slogan",
    "hashtag": "tagar", "fingers": "simbol jari", "event": "kegiatan kampanye", "attack": "serangan",
    "promote": "ajakan mendukung", "official": "penyelenggara/instansi", "official-site": "laman/akun resmi",
    "info": "informasi pemilu", "news": "ciri berita", "election": "kata pemilu",
}
NO_OCR = {
    "unavailable": "Pemasangan bot ini belum bisa membaca tulisan di dalam gambar. Saya hanya memeriksa "
                   "keterangannya (caption)",
    "too-large": "Gambarnya terlalu besar untuk saya baca. Saya hanya memeriksa keterangannya (caption)",
    "timeout": "Saya tidak sempat membaca gambarnya. Saya hanya memeriksa keterangannya (caption)",
}
NO_OCR_DEFAULT = "Saya tidak bisa membaca tulisan di dalam gambar ini. Saya hanya memeriksa keterangannya (caption)"
NO_OCR_TAIL = "; bila gambarnya memuat calon, nomor urut, logo, atau slogan, jangan dibagikan."
OCR_DONE = ("Saya membaca tulisan di gambar secara otomatis; foto, logo, atau wajah tanpa tulisan tidak terbaca, "
            "jadi periksa juga gambarnya sendiri.")
HOW_TO = ("Kirim atau teruskan kontennya ke saya (teks, keterangan foto), atau tulis /cek lalu tempel teksnya. "
          "Saya periksa apakah aman di-like, dikomentari, dibagikan, atau dijadikan status.")
DISCLAIMER = "Ini panduan berdasarkan peraturan, bukan keputusan hukum."


def _plain(text: str) -> str:
    """The content's own words, without characters our markup would read as formatting."""
    return "".join(ch for ch in text if ch not in "*_`<>[]")


def check_text(c: ContentCheck, image_unread: bool = False, image_problem: str | None = None,
               image_read: bool = False) -> str:
    lines = [f"*🔎 Cek konten: {KIND_LABELS[c.kind]}*", "", c.explanation]
    shown = [x for x in c.cues if x.type != "election"][:8]
    if shown:
        lines += ["", "*Yang saya temukan:*"]
        lines += [f"• {CUE_LABELS.get(x.type, x.type)}: \"{_plain(x.text)}\"" + (f" → {x.match}" if x.match else "")
                  for x in shown]
    if c.registry_note:
        lines += ["", c.registry_note]
    if image_unread:
        lines += ["", NO_OCR.get(image_problem or "", NO_OCR_DEFAULT) + NO_OCR_TAIL]
    elif image_read:
        lines += ["", OCR_DONE]
    lines += ["", "*Boleh saya…?*"]
    lines += [f"• {ACT_LABELS[a.act]}: {SHORT[a.verdict]}" for a in c.acts]
    if c.citations:
        lines += ["", "*Dasar hukum:*"] + [f"• {x.label}" + ("" if x.verified else " (bunyi belum terverifikasi)")
                                          for x in c.citations]
    if c.sanction:
        lines += ["", f"*Sanksi:* {c.sanction}"]
    lines += ["", DISCLAIMER]
    return "\n".join(lines)


def render_check_plain(c: ContentCheck) -> str:
    return render_plain_text(check_text(c))
