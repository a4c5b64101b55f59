"""Knowledge-base commands for admins, in chat: search, view, add, change, delete,
history, restore, YAML import, phrasing suggestions and anonymous statistics.

Every change goes through :mod:`knowledge.editing` (validated like
`netralbot kb validate`, recorded as a revision) and the audit log; the matcher
sees it at once because the knowledge base reloads when its version changes.
"""

from __future__ import annotations

import datetime as dt
import re

from rapidfuzz import process

from netralbot.handlers.access import audit
from netralbot.handlers.dialogs import Ask, Form, StaleForm
from netralbot.handlers.messages import Button, Reply
from netralbot.handlers.render import VERDICT_LABELS, render_plain
from netralbot.knowledge import editing, insight
from netralbot.knowledge.editing import EditError
from netralbot.knowledge.engine import TOPIC_LABELS, KnowledgeBase
from netralbot.knowledge.models import FaqEntry
from netralbot.knowledge.store import kb_version
from netralbot.knowledge.transfer import plan_import

VERDICTS = ("dilarang", "boleh", "hati-hati", "info")
FIELDS = {
    "question": "Pertanyaan baku",
    "phrasings": "Variasi pertanyaan (frasa)",
    "verdict": "Putusan",
    "answer": "Jawaban singkat",
    "conditions": "Syarat (untuk hati-hati)",
    "citations": "Dasar hukum (kunci ketentuan)",
    "sanction": "Sanksi",
    "topic": "Topik",
    "related": "Entri terkait (ID)",
    "valid_from": "Berlaku sejak (tanggal)",
}
STALE_IMPORT = ("Formulir impor ini sudah kedaluwarsa: basis pengetahuan berubah sejak pratinjaunya dibuat "
                "(impor lain, suntingan, atau impor ini sudah diterapkan). Tidak ada yang diubah; kirim berkasnya lagi "
                "untuk pratinjau baru.")
USAGE_ID = "Tulis ID entri, misalnya: /{cmd} medsos-like-akun-calon (cari ID dengan /faq_cari KATA)."


def _lines(text: str) -> list[str]:
    return [ln.strip(" -•\t") for ln in text.splitlines() if ln.strip(" -•\t")]


def _slug(text: str, taken: set[str]) -> str:
    words = [w for w in re.sub(r"[^a-z0-9 ]", " ", text.lower()).split()
             if w not in {"apakah", "bolehkah", "asn", "yang", "dan", "di", "ke", "pada", "untuk", "atau"}]
    base = "-".join(words[:6])[:40].strip("-") or "entri"
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug


class KbAdmin:
    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb

    def _changed(self, actor: str, action: str, target: str, detail: str = "") -> None:
        """After a saved change: the audit log, and this process's matcher sees it at once."""
        audit(self.kb.db, actor, action, target, detail)
        self.kb.reload()

    # --- parsing helpers (raise ValueError with what to fix) ---------------------------

    def _text(self, minimum: int, maximum: int, what: str):
        def parse(value: str, data: dict) -> str:
            value = " ".join(value.split())
            if not minimum <= len(value) <= maximum:
                raise ValueError(f"{what} harus {minimum}–{maximum} karakter. Coba lagi.")
            return value
        return parse

    def _phrasings(self, value: str, data: dict) -> list[str]:
        items = list(dict.fromkeys(_lines(value)))
        if len(items) < 6:
            raise ValueError(f"Perlu sedikitnya 6 variasi (satu per baris); baru {len(items)}. Kirim ulang semuanya.")
        if any(len(p) > 300 for p in items):
            raise ValueError("Satu variasi paling panjang 300 karakter.")
        return items

    def _citations(self, value: str, data: dict) -> list[str]:
        keys = [k for k in re.split(r"[\s,;]+", value.strip()) if k]
        unknown = [k for k in keys if k not in self.kb.provisions]
        if not keys:
            raise ValueError("Tulis sedikitnya satu kunci ketentuan.")
        if unknown:
            hints = []
            for k in unknown[:3]:
                best = process.extractOne(k, list(self.kb.provisions))
                hints.append(f"'{k}' tidak dikenal" + (f" (maksudnya {best[0]}?)" if best and best[1] > 60 else ""))
            raise ValueError("; ".join(hints) + ". Daftar kunci: /faq_kunci")
        return list(dict.fromkeys(keys))

    def _related(self, value: str, data: dict) -> list[str]:
        ids = [] if value.strip() == "-" else [k for k in re.split(r"[\s,;]+", value.strip()) if k]
        unknown = [k for k in ids if k not in self.kb.entries or k == data.get("faq_id")]
        if unknown:
            raise ValueError(f"ID tidak dikenal: {', '.join(unknown[:5])}. Cari dengan /faq_cari.")
        return list(dict.fromkeys(ids))

    def _date(self, value: str, data: dict) -> str:
        try:
            return dt.date.fromisoformat(value.strip()).isoformat()
        except ValueError:
            raise ValueError("Tulis tanggal sebagai TTTT-BB-HH, misalnya 2024-09-22.") from None

    def _conditions(self, value: str, data: dict) -> list[str]:
        items = [] if value.strip() == "-" else _lines(value)
        if data.get("verdict") == "hati-hati" and not items:
            raise ValueError("Putusan hati-hati wajib menyebut syaratnya (satu per baris).")
        return items

    def _choice(self, options):
        def parse(value: str, data: dict) -> str:
            value = value.strip().lower()
            if value not in options:
                raise ValueError("Pilih salah satu tombol.")
            return value
        return parse

    # --- forms ------------------------------------------------------------------------

    def _field_asks(self) -> dict[str, Ask]:
        topics = list(TOPIC_LABELS)
        return {
            "question": Ask("question", "Tulis *pertanyaan baku* (satu kalimat tanya yang jelas).",
                            self._text(10, 300, "Pertanyaan")),
            "phrasings": Ask("phrasings", "Kirim *variasi pertanyaan* seperti orang mengetiknya, satu per baris, "
                             "sedikitnya 6 (boleh bahasa chat: \"klo like postingan caleg boleh gk\").",
                             self._phrasings),
            "verdict": Ask("verdict", "Pilih *putusan*.", self._choice(VERDICTS),
                           choices=lambda d: [(VERDICT_LABELS[v], v) for v in VERDICTS]),
            "answer": Ask("answer", "Tulis *jawaban singkat* (paling banyak 3 kalimat).", self._answer),
            "conditions": Ask("conditions", "Tulis *syarat* yang menentukan jawabannya, satu per baris "
                              "(ketik - bila tidak ada).", self._conditions),
            "citations": Ask("citations", "Tulis *kunci ketentuan* dasar hukumnya, dipisah koma, misalnya "
                             "SKB-2022/L2/D-6, PP-94-2021/5/n/2. Daftar kunci: /faq_kunci", self._citations),
            "sanction": Ask("sanction", "Tulis *sanksinya* (atau keterangan bila tidak ada sanksi).",
                            self._text(3, 800, "Sanksi")),
            "topic": Ask("topic", "Pilih *topik*.", self._choice(topics),
                         choices=lambda d: [(TOPIC_LABELS[t], t) for t in topics]),
            "related": Ask("related", "Tulis ID *entri terkait*, dipisah koma (ketik - bila tidak ada).",
                           self._related),
            "valid_from": Ask("valid_from", "Sejak tanggal berapa jawaban ini berlaku? (TTTT-BB-HH)", self._date),
        }

    def _answer(self, value: str, data: dict) -> str:
        value = self._text(10, 800, "Jawaban")(value, data)
        try:
            FaqEntry.model_validate({**self._dummy(), "answer": value})
        except Exception:
            raise ValueError("Jawaban paling banyak 3 kalimat. Ringkas lagi.") from None
        return value

    def _dummy(self) -> dict:
        return {"id": "xxx", "topic": "umum", "question": "x" * 10, "phrasings": ["a"] * 6, "verdict": "info",
                "answer": "x" * 10, "citations": ["x"], "sanction": "xxx", "valid_from": dt.date.today()}

    def new_form(self) -> Form:
        asks = self._field_asks()
        new_asks = tuple(a for k, a in asks.items() if k not in ("related", "valid_from"))  # defaults: none, today
        return Form("faq_baru", "admin", new_asks, self._preview_new, self._commit_new)

    def _entry_from(self, data: dict, base: FaqEntry | None = None) -> FaqEntry:
        fields = {k: data[k] for k in FIELDS if k in data}
        if base is not None:
            return FaqEntry.model_validate({**base.model_dump(), **fields})
        taken = set(editing_ids(self.kb))
        return FaqEntry.model_validate({"id": _slug(data["question"], taken), "related": [],
                                        "valid_from": dt.date.today(), **fields})

    def _preview_entry(self, e: FaqEntry, title: str) -> str:
        lines = [title, f"ID: {e.id}", f"Topik: {TOPIC_LABELS.get(e.topic, e.topic)}", "",
                 render_plain(self._draft_answer(e)), "",
                 f"Variasi ({len(e.phrasings)}): " + "; ".join(e.phrasings[:8]) + (" …" if len(e.phrasings) > 8 else "")]
        return "\n".join(lines)

    def _draft_answer(self, e: FaqEntry):
        from netralbot.knowledge.answer import Answer, Outcome

        cites = tuple(c for c in (self.kb.citation(k) for k in e.citations) if c is not None)
        return Answer(verdict=e.verdict, outcome=Outcome.ANSWERED, confidence=1.0, text=e.answer, faq_id=e.id,
                      question=e.question, conditions=tuple(e.conditions), citations=cites, sanction=e.sanction)

    def _preview_new(self, data: dict) -> str:
        try:
            e = self._entry_from(data)
        except Exception as exc:  # noqa: BLE001
            return f"Draf belum valid: {exc}"
        return self._preview_entry(e, "*Pratinjau entri baru*")

    def _commit_new(self, data: dict, actor: str) -> list[Reply]:
        e = self._entry_from(data)
        rev = editing.save_entry(self.kb.db, e, actor, "create")
        self._changed(actor, "faq.create", e.id, f"rev {rev}")
        return [Reply(text=f"✅ Entri *{e.id}* disimpan (revisi {rev}). Bot langsung memakainya.")]

    def edit_form(self, faq_id: str) -> Form:
        asks = self._field_asks()

        def value_prompt(d: dict) -> str:
            current = getattr(self.kb.entries[d["faq_id"]], d["field"])
            shown = "\n".join(current) if isinstance(current, list) else str(current)
            return asks[d["field"]].text(d) + f"\n\nSaat ini:\n{shown}"

        def parse_value(value: str, d: dict):
            return asks[d["field"]].parse(value, d)

        def value_choices(d: dict):
            ask = asks[d["field"]]
            return ask.choices(d) if ask.choices else []

        pick = Ask("field", f"Ubah entri *{faq_id}*: pilih bagian yang diubah.", self._choice(FIELDS),
                   choices=lambda d: [(label, k) for k, label in FIELDS.items()])
        value = Ask("value", value_prompt, parse_value, choices=lambda d: value_choices(d) or None)
        return Form("faq_ubah", "admin", (pick, value), self._preview_edit, self._commit_edit)

    def _edited(self, data: dict) -> FaqEntry:
        base = self.kb.entries[data["faq_id"]]
        return self._entry_from({data["field"]: data["value"]}, base)

    def _preview_edit(self, data: dict) -> str:
        if data["faq_id"] not in self.kb.entries:
            return "Entri ini sudah tidak ada."
        return self._preview_entry(self._edited(data), f"*Pratinjau perubahan {FIELDS[data['field']].lower()}*")

    def _commit_edit(self, data: dict, actor: str) -> list[Reply]:
        if data["faq_id"] not in self.kb.entries:
            raise ValueError("Entri ini sudah tidak ada.")
        e = self._edited(data)
        rev = editing.save_entry(self.kb.db, e, actor, "update")
        self._changed(actor, "faq.update", e.id, f"{data['field']}, rev {rev}")
        return [Reply(text=f"✅ Entri *{e.id}* diubah (revisi {rev}). Lihat riwayat: /faq_riwayat {e.id}")]

    def delete_form(self, faq_id: str) -> Form:
        def commit(data: dict, actor: str) -> list[Reply]:
            rev = editing.delete_entry(self.kb.db, data["faq_id"], actor)
            self._changed(actor, "faq.delete", data["faq_id"], f"rev {rev}")
            return [Reply(text=f"🗑 Entri *{data['faq_id']}* dihapus (revisi {rev}). "
                               f"Kembalikan dengan /faq_kembalikan {data['faq_id']} {rev - 1}")]
        return Form("faq_hapus", "admin", (), lambda d: f"Hapus entri *{d['faq_id']}*: "
                    f"{self.kb.entries[d['faq_id']].question}?" if d["faq_id"] in self.kb.entries else "Entri sudah tidak ada.",
                    commit, confirm_label="🗑 Hapus")

    def revert_form(self) -> Form:
        def preview(d: dict) -> str:
            r = next(r for r in editing.history(self.kb.db, d["faq_id"]) if r.rev == d["rev"])
            return (f"Kembalikan *{d['faq_id']}* ke keadaan sesudah revisi {r.rev} ({r.action}, {r.at[:16]}, "
                    f"oleh {r.actor})?\n\n" + (r.after or {}).get("question", ""))

        def commit(d: dict, actor: str) -> list[Reply]:
            rev = editing.revert(self.kb.db, d["faq_id"], d["rev"], actor)
            self._changed(actor, "faq.revert", d["faq_id"], f"to rev {d['rev']}, new rev {rev}")
            return [Reply(text=f"↩ Entri *{d['faq_id']}* dikembalikan ke revisi {d['rev']} (revisi baru {rev}).")]
        return Form("faq_kembalikan", "admin", (), preview, commit, confirm_label="↩ Kembalikan")

    def import_form(self) -> Form:
        def preview(d: dict) -> str:
            return plan_import(self.kb.db, d["yaml"], d.get("name", "berkas")).summary()

        def ready(d: dict) -> bool:
            return plan_import(self.kb.db, d["yaml"], d.get("name", "berkas")).ok

        def commit(d: dict, actor: str) -> list[Reply]:
            from netralbot.knowledge.transfer import apply_import

            if d.get("base") is not None and kb_version(self.kb.db) != d["base"]:
                raise StaleForm(STALE_IMPORT)
            plan = plan_import(self.kb.db, d["yaml"], d.get("name", "berkas"))
            if not plan.ok:
                raise ValueError(plan.summary())
            n = apply_import(self.kb.db, plan, actor)
            self._changed(actor, "kb.import", d.get("name", "berkas"), f"{n} records")
            return [Reply(text=f"✅ Impor selesai: {n} catatan diubah, masing-masing sebagai revisi.")]
        return Form("impor", "admin", (), preview, commit, confirm_label="✅ Terapkan", ready=ready)

    # --- one-shot commands ------------------------------------------------------------

    def search(self, query: str) -> Reply:
        if not query.strip():
            return Reply(text="Tulis kata yang dicari, misalnya: /faq_cari spanduk")
        choices = {e.id: f"{e.id} {e.question} {' '.join(e.phrasings)}" for e in self.kb.entries.values()}
        hits = process.extract(query, choices, limit=8)
        rows = tuple((Button(f"{k}"[:60], f"adm:v:{k}"),) for _, score, k in hits if score > 40)
        if not rows:
            return Reply(text="Tidak ada entri yang cocok.")
        text = "*Hasil pencarian*\n" + "\n".join(
            f"• {k}: {self.kb.entries[k].question}" for _, score, k in hits if score > 40)
        return Reply(text=text, buttons=rows)

    def view(self, faq_id: str) -> Reply:
        e = self.kb.entries.get(faq_id)
        if e is None:
            return Reply(text=f"Tidak ada entri aktif '{faq_id}'. {USAGE_ID.format(cmd='faq_lihat')}")
        text = (self._preview_entry(e, f"*Entri {e.id}*") +
                f"\n\n/faq_ubah {e.id} · /faq_riwayat {e.id} · /faq_hapus {e.id}")
        return Reply(text=text)

    def keys(self) -> Reply:
        lines = [f"{k}: {p.regulation} {p.article or ''}".strip() for k, p in sorted(self.kb.provisions.items())]
        return Reply(text="*Kunci ketentuan*\n" + "\n".join(lines))

    def history(self, faq_id: str) -> Reply:
        revs = editing.history(self.kb.db, faq_id)
        if not revs:
            return Reply(text=f"Tidak ada riwayat untuk '{faq_id}'.")
        lines = [f"*Riwayat {faq_id}*"]
        for r in revs[-15:]:
            changed = ", ".join(r.changed_fields()) if r.before else "dibuat"
            lines.append(f"rev {r.rev} · {r.at[:16].replace('T', ' ')} · {r.actor} · {r.action} · {changed}")
        lines.append(f"\nKembalikan: /faq_kembalikan {faq_id} REV")
        return Reply(text="\n".join(lines))

    def phrasings(self) -> Reply:
        items = insight.pending_candidates(self.kb.db)
        if not items:
            return Reply(text="Belum ada usulan frasa baru.")
        lines = ["*Usulan frasa baru* (dari pertanyaan yang dijawab lewat pilihan \"Maksud Anda…\")"]
        rows = []
        for c in items:
            lines.append(f"#{c.id} → {c.faq_id} ({c.n}×): \"{c.text}\"")
            rows.append((Button(f"✅ #{c.id}", f"adm:pa:{c.id}"), Button(f"❌ #{c.id}", f"adm:pr:{c.id}")))
        return Reply(text="\n".join(lines), buttons=tuple(rows))

    def decide_phrasing(self, cid: int, accept: bool, actor: str) -> Reply:
        c = insight.candidate(self.kb.db, cid)
        if c is None:
            return Reply(notice="Usulan ini sudah diputuskan.")
        problem = insight.settle(self.kb.db, cid, accept, actor)
        if problem is not None:
            return Reply(text=problem)
        self.kb.refresh_if_changed()
        audit(self.kb.db, actor, "phrasing.accept" if accept else "phrasing.reject", c.faq_id, f"#{cid}")
        return Reply(text=f"Usulan #{cid} {'diterima: frasa ditambahkan ke ' + c.faq_id if accept else 'ditolak'}.")


def editing_ids(kb: KnowledgeBase) -> list[str]:
    from netralbot.knowledge.store import load_entries

    return [e.id for e in load_entries(kb.db, include_deleted=True)]
