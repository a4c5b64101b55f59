"""Privileged commands: which role each needs, and the guided forms they start.

:class:`Staff` is asked first by the conversation for every command, button and
document; it answers ``None`` when the input is not a staff matter. The role is
checked here, on the server, for every command, every step of a form, every
button and right before a change is committed; a refusal changes nothing.
Staff commands work in private chats only (an admin's draft has no place in a group).
"""

from __future__ import annotations

import logging
import re

from netralbot.handlers import dialogs
from netralbot.handlers.access import ROLE_LABELS, ROLES, Access, audit, audit_entries
from netralbot.handlers.dialogs import Dialog, Form
from netralbot.handlers.hr import Hr
from netralbot.handlers.kb_admin import KbAdmin
from netralbot.handlers.messages import Inbound, Reply
from netralbot.knowledge import editing, insight
from netralbot.knowledge.editing import EditError
from netralbot.knowledge.engine import KnowledgeBase
from netralbot.knowledge.store import kb_version

log = logging.getLogger(__name__)

# command -> role needed ("superadmin" for role management)
COMMANDS = {
    "peran": "superadmin", "audit": "superadmin",
    "faq_cari": "admin", "faq_lihat": "admin", "faq_baru": "admin", "faq_ubah": "admin", "faq_hapus": "admin",
    "faq_riwayat": "admin", "faq_kembalikan": "admin", "faq_kunci": "admin", "frasa": "admin",
    "statistik": "admin", "registri": "admin", "slogan": "admin", "slogan_hapus": "admin",
    "pengingat": "hr", "siaran": "hr", "siaran_status": "hr",
}
REFUSED = "⛔ Perintah ini khusus {role}. Anda tidak memiliki akses; tidak ada yang diubah."
PRIVATE_ONLY = "Perintah petugas hanya bisa dipakai di chat pribadi dengan bot."
CONSOLE_REFUSED = "⛔ Konsol web khusus staf (admin, HR, superadmin). Anda tidak memiliki akses; tidak ada yang diubah."
CONSOLE_OFF = ("Konsol web belum diaktifkan di server ini (NETRALBOT_PUBLIC_URL belum diisi). "
               "Hubungi pengelola NetralBot.")
CONSOLE_LINK = ("🔐 Tautan masuk konsol NetralBot (sekali pakai, berlaku 10 menit):\n{url}\n\n"
                "Jangan teruskan tautan ini kepada siapa pun.")
PERAN_USAGE = ("Pemakaian:\n/peran tambah USER_ID admin|hr\n/peran hapus USER_ID admin|hr\n/peran daftar\n\n"
               "USER_ID adalah ID Telegram (angka) orang itu; ia bisa melihatnya dengan /saya.")
DOC_NOT_ALLOWED = "Saya hanya membaca pertanyaan berupa teks. Berkas tidak diproses."
DOC_NOT_YAML = "Kirim berkas .yaml hasil `netralbot kb export` atau `netralbot registry export` untuk diimpor."
CHANGED = "Gagal menyimpan, tidak ada yang diubah:\n{errors}"


STAFF_HELP = {
    "admin": ("Admin basis pengetahuan", [
        "/faq_cari KATA – cari entri", "/faq_lihat ID – lihat entri", "/faq_baru – tambah entri (dipandu)",
        "/faq_ubah ID – ubah entri", "/faq_hapus ID – hapus entri", "/faq_riwayat ID – riwayat perubahan",
        "/faq_kembalikan ID REV – kembalikan revisi", "/faq_kunci – daftar kunci ketentuan",
        "/frasa – usulan frasa baru", "/statistik – statistik anonim",
        "/registri – isi registri pemilu (partai, calon, akun resmi, slogan)",
        "/slogan TEKS – catat slogan atau tagar kampanye", "/slogan_hapus TEKS – hapus slogan",
        "Kirim berkas .yaml – impor basis pengetahuan atau registri (uji coba dulu)"]),
    "hr": ("HR", ["/pengingat – daftar, buat, jeda, hapus pengingat", "/siaran – kirim siaran (dipandu)",
                  "/siaran_status [ID] – kemajuan siaran"]),
    "superadmin": ("Superadmin", ["/peran tambah|hapus USER_ID admin|hr", "/peran daftar", "/audit – log audit"]),
    "console": ("Konsol web", ["/masuk – tautan masuk sekali pakai ke konsol web"]),
}


def staff_help(roles: set[str]) -> str:
    """The staff part of /bantuan: only the commands this person may use."""
    blocks = []
    for role in ("admin", "hr", "superadmin"):
        if role in roles:
            title, lines = STAFF_HELP[role]
            blocks.append(f"\n\n*{title}:*\n" + "\n".join(lines))
    if blocks:
        title, lines = STAFF_HELP["console"]
        blocks.append(f"\n\n*{title}:*\n" + "\n".join(lines))
    return "".join(blocks) + ("\n/batal – batalkan isian yang sedang berjalan" if blocks else "")


def actor_of(msg: Inbound) -> str:
    return f"{msg.channel}:{msg.user_id}"



def _is_registry_file(text: str) -> bool:
    """A YAML file whose top-level keys are the registry's (elections, candidates, parties…)."""
    from netralbot.knowledge.registry import KINDS

    keys = set(re.findall(r"(?m)^([a-z_]+):", text))
    return bool(keys) and keys <= set(KINDS)


def _number(text: str) -> bool:
    """ASCII digits only ("٣".isdigit() is True, and int() accepts it)."""
    return text.isascii() and text.isdigit()

class Staff:
    def __init__(self, kb: KnowledgeBase, access: Access, broadcast_rate: float = 25.0,
                 console_url: str | None = None) -> None:
        self.kb, self.access = kb, access
        self.console_url = console_url  # NETRALBOT_PUBLIC_URL: where /masuk links point
        dialogs.ensure_schema(kb.db)
        self.admin = KbAdmin(kb)
        self.hr = Hr(kb.db, broadcast_rate)

    @property
    def db(self):
        return self.kb.db

    def _refuse(self, role: str) -> list[Reply]:
        return [Reply(text=REFUSED.format(role=ROLE_LABELS.get(role, role)))]

    def _allowed(self, msg: Inbound, role: str) -> bool:
        return self.access.allowed(msg.channel, msg.user_id, role)

    # --- commands ---------------------------------------------------------------------

    def command(self, name: str, arg: str, msg: Inbound) -> list[Reply] | None:
        if name == "saya":
            roles = sorted(self.access.roles_of(msg.channel, msg.user_id))
            return [Reply(text=f"ID Anda: {msg.user_id}\nPeran: {', '.join(roles) if roles else 'pengguna biasa'}")]
        if name == "batal":
            done = dialogs.clear(self.db, msg.channel, msg.user_id)
            return [Reply(text=dialogs.CANCELLED if done else "Tidak ada yang sedang berlangsung.")]
        if name == "masuk":
            return self.console_login(msg)
        role = COMMANDS.get(name)
        if role is None:
            return None
        if msg.is_group:
            return [Reply(text=PRIVATE_ONLY)]
        if not self._allowed(msg, role):
            log.info("staff: refused a privileged command")  # no user id, no command text
            return self._refuse(role)
        return getattr(self, f"cmd_{name}")(arg.strip(), msg)

    # --- the web console ---------------------------------------------------------------

    def console_login(self, msg: Inbound) -> list[Reply]:
        """/masuk: a one-time link to the web console, in a private chat, for staff only."""
        from netralbot.handlers import console_login

        if msg.is_group:
            return [Reply(text=PRIVATE_ONLY)]
        if not self.access.roles_of(msg.channel, msg.user_id):
            log.info("staff: refused a console login")  # no user id
            return [Reply(text=CONSOLE_REFUSED)]
        if not self.console_url:
            return [Reply(text=CONSOLE_OFF)]
        url = console_login.issue_link(self.db, self.access, msg.channel, msg.user_id, self.console_url)
        return [Reply(text=CONSOLE_LINK.format(url=url))]  # every channel sends it without a link preview

    # --- the election registry (the content check matches it) ------------------------------

    def cmd_registri(self, arg: str, msg: Inbound) -> list[Reply]:
        from netralbot.knowledge import registry

        reg = registry.load(self.db)
        lines = ["*Registri pemilu*", f"Pemilihan: {len(reg.elections)}", f"Calon: {len(reg.candidates)}",
                 f"Partai: {len(reg.parties)}", f"Akun/laman resmi: {len(reg.accounts)}",
                 f"Slogan/tagar: {len(reg.slogans)}"]
        lines += [f"• {x.text}" for x in reg.slogans[:20]]
        lines += ["", "Tambah slogan: /slogan TEKS. Calon daerah dan data lain: `netralbot registry` di server "
                  "(impor/ekspor YAML, riwayat, kembalikan)."]
        return [Reply(text="\n".join(lines))]

    def cmd_slogan(self, arg: str, msg: Inbound) -> list[Reply]:
        from netralbot.knowledge import registry

        if not arg:
            return [Reply(text="Pemakaian: /slogan TEKS, misalnya /slogan #BersamaDarmawan")]
        try:
            with self.db.atomic():
                key, rev = registry.save(self.db, "slogans", {"text": " ".join(arg.split())}, actor_of(msg))
                audit(self.db, actor_of(msg), "registry.save", f"slogans/{key}", f"rev {rev}")
        except registry.RegistryError as e:
            return [Reply(text=CHANGED.format(errors=str(e)))]
        return [Reply(text=f"✅ Slogan dicatat (revisi {rev}). Konten yang memuatnya kini dinilai sebagai kampanye.")]

    def cmd_slogan_hapus(self, arg: str, msg: Inbound) -> list[Reply]:
        from netralbot.knowledge import registry

        try:
            with self.db.atomic():
                rev = registry.remove(self.db, "slogans", " ".join(arg.split()).lower(), actor_of(msg))
                audit(self.db, actor_of(msg), "registry.remove", f"slogans/{arg.lower()}", f"rev {rev}")
        except registry.RegistryError as e:
            return [Reply(text=CHANGED.format(errors=str(e)))]
        return [Reply(text=f"🗑 Slogan dihapus (revisi {rev}; bisa dikembalikan dari riwayat).")]

    def cmd_peran(self, arg: str, msg: Inbound) -> list[Reply]:
        parts = arg.split()
        if parts[:1] == ["daftar"]:
            grants = self.access.grants()
            supers = sorted(f"{c}:{u}" for c, u in self.access.superadmins)
            lines = ["*Peran*", "superadmin (dari konfigurasi): " + (", ".join(supers) or "-")]
            lines += [f"{g.role}: {g.channel}:{g.user_id} (oleh {g.granted_by}, {g.granted_at[:10]})" for g in grants]
            return [Reply(text="\n".join(lines))]
        if len(parts) != 3 or parts[0] not in ("tambah", "hapus") or parts[2] not in ROLES:
            return [Reply(text=PERAN_USAGE)]
        verb, user, role = parts
        try:
            if verb == "tambah":
                done = self.access.grant(msg.channel, user, role, actor_of(msg))
                return [Reply(text=f"✅ {user} sekarang {ROLE_LABELS[role]}." if done else f"{user} sudah {role}.")]
            done = self.access.revoke(msg.channel, user, role, actor_of(msg))
            return [Reply(text=f"Peran {role} {user} dicabut." if done else f"{user} tidak memiliki peran {role}.")]
        except ValueError as e:
            return [Reply(text=f"{e}\n\n{PERAN_USAGE}")]

    def cmd_audit(self, arg: str, msg: Inbound) -> list[Reply]:
        rows = audit_entries(self.db, 25)
        if not rows:
            return [Reply(text="Log audit masih kosong.")]
        lines = ["*Log audit* (terbaru dulu)"] + [
            f"{r['at'][:16].replace('T', ' ')} · {r['actor']} · {r['action']} {r['target']} {r['detail'] or ''}".rstrip()
            for r in rows]
        return [Reply(text="\n".join(lines))]

    def cmd_faq_cari(self, arg, msg):
        return [self.admin.search(arg)]

    def cmd_faq_lihat(self, arg, msg):
        return [self.admin.view(arg)]

    def cmd_faq_kunci(self, arg, msg):
        return [self.admin.keys()]

    def cmd_faq_riwayat(self, arg, msg):
        return [self.admin.history(arg)] if arg else [Reply(text="Tulis ID entri: /faq_riwayat ID")]

    def cmd_frasa(self, arg, msg):
        return [self.admin.phrasings()]

    def cmd_statistik(self, arg, msg):
        from netralbot.scheduler import quizzes

        return [Reply(text=insight.report(self.db).text()), Reply(text=quizzes.stats(self.db).text())]

    def cmd_faq_baru(self, arg, msg):
        return self.start(msg, self.admin.new_form(), {})

    def cmd_faq_ubah(self, arg, msg):
        if arg not in self.kb.entries:
            return [Reply(text=(f"Tidak ada entri aktif '{arg}'. " if arg else "") + "Pemakaian: /faq_ubah ID")]
        return self.start(msg, self.admin.edit_form(arg), {"faq_id": arg})

    def cmd_faq_hapus(self, arg, msg):
        if arg not in self.kb.entries:
            return [Reply(text=(f"Tidak ada entri aktif '{arg}'. " if arg else "") + "Pemakaian: /faq_hapus ID")]
        return self.start(msg, self.admin.delete_form(arg), {"faq_id": arg})

    def cmd_faq_kembalikan(self, arg, msg):
        parts = arg.split()
        if len(parts) != 2 or not _number(parts[1]):
            return [Reply(text="Pemakaian: /faq_kembalikan ID REV (lihat nomor revisi dengan /faq_riwayat ID)")]
        faq_id, rev = parts[0], int(parts[1])
        if not any(r.rev == rev and r.after for r in editing.history(self.db, faq_id)):
            return [Reply(text=f"Tidak ada revisi {rev} untuk '{faq_id}'. Lihat /faq_riwayat {faq_id}")]
        return self.start(msg, self.admin.revert_form(), {"faq_id": faq_id, "rev": rev})

    def cmd_pengingat(self, arg, msg):
        return [self.hr.reminder_list()]

    def cmd_siaran(self, arg, msg):
        return self.start(msg, self.hr.broadcast_form(), {})

    def cmd_siaran_status(self, arg, msg):
        return [self.hr.broadcast_status(arg)]

    # --- forms ------------------------------------------------------------------------

    def _form(self, d: Dialog) -> Form | None:
        if d.form == "faq_baru":
            return self.admin.new_form()
        if d.form == "faq_ubah":
            return self.admin.edit_form(d.data.get("faq_id", ""))
        if d.form == "faq_hapus":
            return self.admin.delete_form(d.data.get("faq_id", ""))
        if d.form == "faq_kembalikan":
            return self.admin.revert_form()
        if d.form == "impor":
            return self.admin.import_form()
        if d.form == "impor_registri":
            return self.registry_import_form()
        if d.form == "siaran":
            return self.hr.broadcast_form()
        if d.form == "pengingat":
            return self.hr.reminder_form()
        return None

    def start(self, msg: Inbound, form: Form, data: dict) -> list[Reply]:
        d = Dialog(form.name, 0, dict(data))
        reply = dialogs.prompt(form, d)
        dialogs.save(self.db, msg.channel, msg.user_id, d)
        return [reply]

    def active(self, msg: Inbound) -> Dialog | None:
        if msg.is_group:
            return None
        return dialogs.load(self.db, msg.channel, msg.user_id)

    def on_text(self, msg: Inbound, text: str) -> list[Reply] | None:
        """A plain message while a form is open goes to the form."""
        d = self.active(msg)
        if d is None:
            return None
        return self._step(msg, d, text, from_button=False)

    def _step(self, msg: Inbound, d: Dialog, value: str, from_button: bool) -> list[Reply]:
        form = self._form(d)
        if form is None:
            dialogs.clear(self.db, msg.channel, msg.user_id)
            return [Reply(text=dialogs.EXPIRED)]
        if not self._allowed(msg, form.role):  # the role may have been revoked mid-form
            dialogs.clear(self.db, msg.channel, msg.user_id)
            return self._refuse(form.role)
        reply, error = dialogs.answer(form, d, value, from_button)
        if error:
            return [Reply(text=error)]
        dialogs.save(self.db, msg.channel, msg.user_id, d)
        return [reply]

    def _confirm(self, msg: Inbound, d: Dialog) -> list[Reply]:
        form = self._form(d)
        if form is None or not dialogs.complete(form, d):
            return [Reply(notice=dialogs.EXPIRED)]
        if not self._allowed(msg, form.role):
            dialogs.clear(self.db, msg.channel, msg.user_id)
            return self._refuse(form.role)
        if form.ready is not None and not form.ready(d.data):
            return [Reply(notice=dialogs.NOT_READY)]
        try:
            # the change, its audit row and closing the form commit together: a crash leaves
            # either all three or none (sqlite-utils' atomic(); nested ones are savepoints)
            with self.db.atomic():
                replies = form.commit(d.data, actor_of(msg))
                dialogs.clear(self.db, msg.channel, msg.user_id)
        except dialogs.StaleForm as e:
            dialogs.clear(self.db, msg.channel, msg.user_id)
            return [Reply(text=str(e))]
        except EditError as e:
            return [Reply(text=CHANGED.format(errors="\n".join(f"• {x}" for x in e.errors[:8])))]
        except ValueError as e:
            return [Reply(text=CHANGED.format(errors=str(e)))]
        return replies

    # --- buttons and documents ----------------------------------------------------------

    def on_button(self, msg: Inbound, data: str) -> list[Reply] | None:
        kind, _, rest = data.partition(":")
        if kind == "dlg":
            d = self.active(msg)
            if d is None:
                return [Reply(notice=dialogs.EXPIRED)]
            if rest == "no":
                dialogs.clear(self.db, msg.channel, msg.user_id)
                return [Reply(text=dialogs.CANCELLED, edit=True)]
            if rest == "ok":
                return self._confirm(msg, d)
            return self._step(msg, d, rest, from_button=True)
        if kind == "adm":
            if not self._allowed(msg, "admin"):
                return self._refuse("admin")
            action, _, value = rest.partition(":")
            if action == "v":
                return [self.admin.view(value)]
            if action in ("pa", "pr") and _number(value):
                return [self.admin.decide_phrasing(int(value), action == "pa", actor_of(msg))]
            return [Reply(notice=dialogs.EXPIRED)]
        if kind == "hr":
            if not self._allowed(msg, "hr"):
                return self._refuse("hr")
            if rest == "new":
                return self.start(msg, self.hr.reminder_form(), {})
            action, _, rid = rest.partition(":")
            if action in ("pause", "resume", "del") and _number(rid):
                return [self.hr.reminder_action(action, int(rid), actor_of(msg))]
            return [Reply(notice=dialogs.EXPIRED)]
        return None

    def on_document(self, msg: Inbound) -> list[Reply]:
        if msg.is_group:
            return []
        if not self._allowed(msg, "admin"):
            return [Reply(text=DOC_NOT_ALLOWED)]
        name = (msg.document_name or "berkas").strip()[:80]
        if not name.lower().endswith((".yaml", ".yml")):
            return [Reply(text=DOC_NOT_YAML)]
        if not msg.document:
            return [Reply(text="Berkas kosong atau lebih dari 2 MB; tidak ada yang diubah.")]
        try:
            text = msg.document.decode("utf-8")
        except UnicodeDecodeError:
            return [Reply(text="Berkas bukan teks UTF-8; tidak ada yang diubah.")]
        if _is_registry_file(text):  # `netralbot registry export` output: the election registry
            from netralbot.knowledge import registry

            audit(self.db, actor_of(msg), "registry.import.preview", name)
            return self.start(msg, self.registry_import_form(),
                              {"yaml": text, "name": name, "base": registry.load(self.db).version})
        audit(self.db, actor_of(msg), "kb.import.preview", name)
        return self.start(msg, self.admin.import_form(), {"yaml": text, "name": name, "base": kb_version(self.db)})

    def registry_import_form(self) -> Form:
        """The election registry replaced by a YAML file, dry run first, all or nothing."""
        from netralbot.knowledge import registry

        def preview(d: dict) -> str:
            return registry.plan_import(self.db, d["yaml"]).summary()

        def ready(d: dict) -> bool:
            plan = registry.plan_import(self.db, d["yaml"])
            return not plan.errors and bool(plan.changes)

        def commit(d: dict, actor: str) -> list[Reply]:
            if d.get("base") is not None and registry.load(self.db).version != d["base"]:
                raise dialogs.StaleForm("Formulir impor registri ini sudah kedaluwarsa: registri berubah sejak "
                                        "pratinjaunya dibuat. Tidak ada yang diubah; kirim berkasnya lagi.")
            plan = registry.plan_import(self.db, d["yaml"])
            if plan.errors:
                raise ValueError(plan.summary())
            n = registry.apply_import(self.db, plan, actor)
            audit(self.db, actor, "registry.import", d.get("name", "berkas"), f"{n} records")
            return [Reply(text=f"✅ Impor registri selesai: {n} catatan diubah, masing-masing sebagai revisi.")]
        return Form("impor_registri", "admin", (), preview, commit, confirm_label="✅ Terapkan", ready=ready)
