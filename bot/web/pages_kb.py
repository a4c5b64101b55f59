"""Pengetahuan (admin): the FAQ list, the entry editor with previews, "coba pertanyaan",
revisions with a side-by-side diff and revert, YAML import with a dry run, export,
phrasing suggestions, and the election registry.

Every change goes through :mod:`knowledge.editing`, :mod:`knowledge.transfer` or
:mod:`knowledge.registry`: validated as `netralbot kb validate` does, revisioned and
audited, exactly as from chat.
"""

from __future__ import annotations

import datetime as dt
import difflib
import hashlib
import json
import time

from aiohttp import web
from pydantic import ValidationError

from netralbot.bot.web.app import KB, needs, page, session_of
from netralbot.handlers.access import audit
from netralbot.handlers.render import render_telegram_html, render_whatsapp
from netralbot.knowledge import editing, insight, registry
from netralbot.knowledge.editing import EditError
from netralbot.knowledge.engine import TOPIC_LABELS
from netralbot.knowledge.models import FaqEntry
from netralbot.knowledge.store import kb_version
from netralbot.knowledge.transfer import MAX_IMPORT_BYTES, apply_import, export_yaml, plan_import

VERDICTS = ("dilarang", "boleh", "hati-hati", "info")
LIST_FIELDS = ("phrasings", "conditions", "citations", "related", "steps", "statements")
TEXT_FIELDS = ("question", "answer", "sanction", "topic", "verdict", "valid_from")
PAGE_SIZE = 50


def routes(r: web.UrlDispatcher) -> None:
    r.add_get("/pengetahuan", entry_list)
    r.add_get("/pengetahuan/coba", try_question)
    r.add_get("/pengetahuan/baru", new_entry)
    r.add_post("/pengetahuan/baru", create_entry)
    r.add_post("/pengetahuan/pratinjau", preview)
    r.add_get("/pengetahuan/impor", import_form)
    r.add_post("/pengetahuan/impor", import_plan)
    r.add_post("/pengetahuan/impor/terapkan", import_apply)
    r.add_get("/pengetahuan/ekspor", export)
    r.add_get("/pengetahuan/usulan", suggestions)
    r.add_post("/pengetahuan/usulan/{cid:\\d+}", decide_suggestion)
    r.add_get("/pengetahuan/{faq_id}", edit_entry)
    r.add_post("/pengetahuan/{faq_id}", save_entry)
    r.add_get("/pengetahuan/{faq_id}/riwayat", revisions)
    r.add_post("/pengetahuan/{faq_id}/riwayat/{rev:\\d+}/pulihkan", revert)
    r.add_get("/registri", registry_page)
    r.add_get("/registri/ekspor", registry_export)
    r.add_post("/registri/impor", registry_plan)
    r.add_post("/registri/impor/terapkan", registry_apply)
    r.add_post("/registri/item", registry_save)
    r.add_post("/registri/hapus", registry_remove)
    r.add_get("/registri/riwayat", registry_history)
    r.add_post("/registri/pulihkan", registry_revert)


def _kb(request: web.Request):
    kb = request.app[KB]
    kb.refresh_if_changed()
    return kb


def _unverified(kb, entry: FaqEntry) -> bool:
    """An entry quoting wording the reference marks unverified."""
    return entry.id in _unverified_ids(kb)


def _unverified_ids(kb) -> frozenset[str]:
    """Computed once per knowledge-base version: the list page filters 10,000 entries."""
    cached = getattr(kb, "_console_unverified", None)
    if cached is None or cached[0] != kb.version:
        ids = frozenset(e.id for e in kb.entries.values()
                        if any((c := kb.citation(k)) is not None and not c.verified for k in e.citations))
        cached = (kb.version, ids)
        kb._console_unverified = cached
    return cached[1]


# --- list and search ------------------------------------------------------------------

@needs("admin")
async def entry_list(request: web.Request) -> web.Response:
    kb = _kb(request)
    q = request.query
    text, topic, verdict = q.get("q", "").strip().lower(), q.get("topik", ""), q.get("putusan", "")
    verification, since = q.get("verifikasi", ""), q.get("berlaku", "")
    rows = []
    for e in sorted(kb.entries.values(), key=lambda e: (e.topic, e.id)):
        if topic and e.topic != topic or verdict and e.verdict != verdict:
            continue
        unverified = _unverified(kb, e)
        if verification == "belum" and not unverified or verification == "sudah" and unverified:
            continue
        if since and e.valid_from.isoformat() < since:
            continue
        if text and text not in e.id and text not in e.question.lower() and not any(
                text in p.lower() for p in e.phrasings):
            continue
        rows.append((e, unverified))
    return page(request, "kb_list.html", {
        "rows": rows[:PAGE_SIZE], "total": len(rows), "shown": min(len(rows), PAGE_SIZE),
        "topics": TOPIC_LABELS, "verdicts": VERDICTS, "q": q,
    })


@needs("admin")
async def try_question(request: web.Request) -> web.Response:
    kb = _kb(request)
    question = request.query.get("q", "")[:1000]
    answer = kb.ask(question) if question.strip() else None
    context = {"answer": answer, "question": question,
               "frame": json.dumps(answer.frame, ensure_ascii=False) if answer and answer.frame else ""}
    if request.headers.get("HX-Request"):
        return page(request, "kb_try_result.html", context)
    return page(request, "kb_try.html", context)


# --- the editor ---------------------------------------------------------------------

def _form_values(entry: FaqEntry | None) -> dict:
    if entry is None:
        return {"id": "", "topic": "", "question": "", "verdict": "dilarang", "answer": "", "sanction": "",
                "valid_from": dt.date.today().isoformat(), **{f: "" for f in LIST_FIELDS}}
    d = entry.model_dump(mode="json")
    values = {k: d[k] or "" for k in ("id", *TEXT_FIELDS)}
    values.update({f: "\n".join(d[f]) for f in LIST_FIELDS})
    return values


def _entry_from_form(form, base: FaqEntry | None, faq_id: str) -> FaqEntry:
    data = base.model_dump() if base is not None else {"frame": None}
    data["id"] = faq_id
    for f in TEXT_FIELDS:
        data[f] = str(form.get(f, "")).strip()
    for f in LIST_FIELDS:
        data[f] = [ln.strip() for ln in str(form.get(f, "")).splitlines() if ln.strip()]
    return FaqEntry.model_validate(data)


def _errors(e: Exception) -> list[str]:
    if isinstance(e, ValidationError):
        return [f"{'.'.join(str(p) for p in err['loc']) or 'entri'}: {err['msg']}" for err in e.errors()]
    if isinstance(e, EditError):
        return e.errors
    return [str(e)]


def _editor(request, entry: FaqEntry | None, values: dict, errors=(), saved: int | None = None,
            status: int = 200) -> web.Response:
    return page(request, "kb_edit.html", {
        "entry": entry, "v": values, "errors": list(errors), "saved": saved, "topics": TOPIC_LABELS,
        "verdicts": VERDICTS, "is_new": entry is None,
    }, status=status)


@needs("admin")
async def edit_entry(request: web.Request) -> web.Response:
    entry = editing.get_entry(_kb(request).db, request.match_info["faq_id"])
    if entry is None:
        raise web.HTTPNotFound()
    return _editor(request, entry, _form_values(entry), saved=int(request.query["disimpan"])
                   if request.query.get("disimpan", "").isdigit() else None)


@needs("admin")
async def new_entry(request: web.Request) -> web.Response:
    return _editor(request, None, _form_values(None))


async def _save(request: web.Request, faq_id: str, base: FaqEntry | None) -> web.Response:
    kb = _kb(request)
    form = await request.post()
    try:
        entry = _entry_from_form(form, base, faq_id)
        rev = editing.save_entry(kb.db, entry, session_of(request).actor)
    except (ValidationError, EditError, ValueError) as e:
        values = {k: str(form.get(k, "")) for k in (*TEXT_FIELDS, *LIST_FIELDS)}
        values["id"] = faq_id
        return _editor(request, base, values, _errors(e), status=422)
    audit(kb.db, session_of(request).actor, "faq.update" if base else "faq.create", faq_id, f"rev {rev} (konsol)")
    kb.refresh_if_changed()
    raise web.HTTPSeeOther(f"/admin/pengetahuan/{faq_id}?disimpan={rev}")


@needs("admin")
async def save_entry(request: web.Request) -> web.Response:
    faq_id = request.match_info["faq_id"]
    base = editing.get_entry(_kb(request).db, faq_id)
    if base is None:
        raise web.HTTPNotFound()
    return await _save(request, faq_id, base)


@needs("admin")
async def create_entry(request: web.Request) -> web.Response:
    form = await request.post()
    faq_id = str(form.get("id", "")).strip()
    if editing.get_entry(_kb(request).db, faq_id) is not None:
        values = {k: str(form.get(k, "")) for k in (*TEXT_FIELDS, *LIST_FIELDS)}
        values["id"] = faq_id
        return _editor(request, None, values, [f"id {faq_id} sudah dipakai entri lain"], status=422)
    return await _save(request, faq_id, None)


@needs("admin")
async def preview(request: web.Request) -> web.Response:
    """The answer as Telegram and WhatsApp would show it, from the form as it is now."""
    kb = _kb(request)
    form = await request.post()
    faq_id = str(form.get("id", "")).strip() or "pratinjau-entri"
    try:
        entry = _entry_from_form(form, editing.get_entry(kb.db, faq_id), faq_id)
    except (ValidationError, ValueError) as e:
        return page(request, "kb_preview.html", {"errors": _errors(e), "telegram": "", "whatsapp": ""})
    answer = kb.preview_entry(entry)
    return page(request, "kb_preview.html", {"errors": [], "telegram": render_telegram_html(answer),
                                             "whatsapp": render_whatsapp(answer)})


# --- revisions ------------------------------------------------------------------------

def _yaml_lines(d: dict | None) -> list[str]:
    if not d:
        return []
    import yaml
    return yaml.safe_dump(d, allow_unicode=True, sort_keys=False, width=100).splitlines()


@needs("admin")
async def revisions(request: web.Request) -> web.Response:
    kb = _kb(request)
    faq_id = request.match_info["faq_id"]
    history = editing.history(kb.db, faq_id)
    if not history:
        raise web.HTTPNotFound()
    shown = request.query.get("rev", "")
    rev = next((h for h in history if str(h.rev) == shown), history[-1])
    diff = difflib.HtmlDiff(wrapcolumn=60).make_table(
        _yaml_lines(rev.before), _yaml_lines(rev.after), "sebelum", f"revisi {rev.rev}", context=True, numlines=2)
    return page(request, "kb_history.html", {"faq_id": faq_id, "history": list(reversed(history)),
                                             "rev": rev, "diff": diff})


@needs("admin")
async def revert(request: web.Request) -> web.Response:
    kb = _kb(request)
    faq_id, rev = request.match_info["faq_id"], int(request.match_info["rev"])
    try:
        new = editing.revert(kb.db, faq_id, rev, session_of(request).actor)
    except EditError as e:
        return page(request, "error.html", {"status": 422, "message": "; ".join(e.errors)}, status=422)
    audit(kb.db, session_of(request).actor, "faq.revert", faq_id, f"ke revisi {rev} → rev {new} (konsol)")
    kb.refresh_if_changed()
    raise web.HTTPSeeOther(f"/admin/pengetahuan/{faq_id}/riwayat?rev={new}")


# --- import and export ----------------------------------------------------------------

def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "replace")).hexdigest()


PENDING_TTL_S = 60 * 60


def _keep_pending(db, request: web.Request, kind: str, text: str) -> str:
    """Keep an uploaded file between its dry run and its confirmation (for this session
    only, an hour at most): the confirmation then sends its digest, not a megabyte again."""
    digest = _digest(text)
    now = time.time()
    db["console_pending"].create({"digest": str, "sid_hash": str, "kind": str, "text": str, "created_at": float},
                                 pk=("digest", "sid_hash", "kind"), if_not_exists=True)
    with db.atomic():
        db.execute("delete from console_pending where created_at < ?", [now - PENDING_TTL_S])
        db["console_pending"].upsert({"digest": digest, "sid_hash": session_of(request).sid_hash, "kind": kind,
                                      "text": text, "created_at": now}, pk=("digest", "sid_hash", "kind"))
    return digest


def _take_pending(db, request: web.Request, kind: str, digest: str) -> str | None:
    if not db["console_pending"].exists():
        return None
    row = db.execute("select text from console_pending where digest = ? and sid_hash = ? and kind = ? "
                     "and created_at >= ?", [digest, session_of(request).sid_hash, kind,
                                             time.time() - PENDING_TTL_S]).fetchone()
    return row[0] if row else None


def _drop_pending(db, request: web.Request, kind: str, digest: str) -> None:
    with db.atomic():
        db.execute("delete from console_pending where digest = ? and sid_hash = ? and kind = ?",
                   [digest, session_of(request).sid_hash, kind])


async def _uploaded_text(request: web.Request) -> tuple[str, str | None]:
    form = await request.post()
    upload = form.get("berkas")
    if upload is not None and hasattr(upload, "file"):
        raw = upload.file.read(MAX_IMPORT_BYTES + 1)
        if len(raw) > MAX_IMPORT_BYTES:
            return "", f"berkas lebih dari {MAX_IMPORT_BYTES // 1_000_000} MB"
        if raw:
            return raw.decode("utf-8", "replace"), None
    return str(form.get("yaml", "")), None


@needs("admin")
async def import_form(request: web.Request) -> web.Response:
    return page(request, "kb_import.html", {"plan": None, "error": None})


@needs("admin")
async def import_plan(request: web.Request) -> web.Response:
    kb = _kb(request)
    text, error = await _uploaded_text(request)
    if error or not text.strip():
        return page(request, "kb_import.html", {"plan": None, "error": error or "berkas atau teks YAML kosong"},
                    status=422)
    plan = plan_import(kb.db, text, "konsol")
    digest = _keep_pending(kb.db, request, "kb", text) if plan.ok and plan.changes else ""
    return page(request, "kb_import.html", {"plan": plan, "digest": digest, "error": None,
                                            "version": plan.base_version}, status=200 if plan.ok else 422)


@needs("admin")
async def import_apply(request: web.Request) -> web.Response:
    kb = _kb(request)
    form = await request.post()
    digest = str(form.get("digest", ""))
    text = _take_pending(kb.db, request, "kb", digest)
    plan = plan_import(kb.db, text, "konsol") if text is not None else None
    if plan is None or str(plan.base_version) != form.get("version") or not plan.ok:
        return page(request, "kb_import.html", {
            "plan": None, "error": "Pratinjau sudah kedaluwarsa (isi atau basis pengetahuan berubah). "
                                               "Tidak ada yang diubah; unggah lagi untuk pratinjau baru."}, status=409)
    try:
        n = apply_import(kb.db, plan, session_of(request).actor)
    except ValueError as e:
        return page(request, "kb_import.html", {"plan": None, "error": str(e)}, status=409)
    _drop_pending(kb.db, request, "kb", digest)
    audit(kb.db, session_of(request).actor, "kb.import", "konsol", f"{n} perubahan")
    kb.refresh_if_changed()
    return page(request, "kb_import.html", {"plan": None, "error": None, "applied": n})


@needs("admin")
async def export(request: web.Request) -> web.Response:
    text = export_yaml(_kb(request).db)
    return web.Response(text=text, content_type="application/x-yaml", charset="utf-8", headers={
        "Content-Disposition": f'attachment; filename="netralbot-kb-{dt.date.today().isoformat()}.yaml"'})


# --- phrasing suggestions -------------------------------------------------------------

@needs("admin")
async def suggestions(request: web.Request) -> web.Response:
    kb = _kb(request)
    items = [(c, kb.entries.get(c.faq_id)) for c in insight.pending_candidates(kb.db, 50)]
    return page(request, "kb_suggestions.html", {"items": items})


@needs("admin")
async def decide_suggestion(request: web.Request) -> web.Response:
    kb = _kb(request)
    form = await request.post()
    cid = int(request.match_info["cid"])
    c = insight.candidate(kb.db, cid)
    if c is None:
        raise web.HTTPNotFound()
    accept = form.get("keputusan") == "terima"
    problem = insight.settle(kb.db, cid, accept, session_of(request).actor)
    if problem is not None:
        return page(request, "error.html", {"status": 422, "message": problem}, status=422)
    audit(kb.db, session_of(request).actor, "phrasing.accept" if accept else "phrasing.reject", c.faq_id, f"#{cid}")
    kb.refresh_if_changed()
    raise web.HTTPSeeOther("/admin/pengetahuan/usulan")


# --- the election registry -------------------------------------------------------------

def _registry_page(request: web.Request, status: int = 200, **context) -> web.Response:
    db = _kb(request).db
    registry.ensure_seeded(db)
    reg = registry.load(db)
    keys = {kind: [(registry.item_key(kind, i), i) for i in getattr(reg, kind)] for kind in registry.KINDS}
    base = {"reg": reg, "keys": keys, "kinds": registry.KINDS, "plan": None, "error": None, "item_kind": "slogans",
            "item_yaml": ""}
    return page(request, "registry.html", {**base, **context}, status=status)


@needs("admin")
async def registry_page(request: web.Request) -> web.Response:
    return _registry_page(request)


@needs("admin")
async def registry_save(request: web.Request) -> web.Response:
    """One item, written as a YAML mapping (the same fields as in the exported file)."""
    import yaml

    db = _kb(request).db
    form = await request.post()
    kind, text = str(form.get("kind", "")), str(form.get("item", ""))
    try:
        data = yaml.safe_load(text)
        if not isinstance(data, dict):
            raise registry.RegistryError("tulis satu item sebagai pasangan kunci: nilai, misalnya  text: \"#Tagar\"")
        key, rev = registry.save(db, kind, data, session_of(request).actor)
    except (yaml.YAMLError, RecursionError):
        return _registry_page(request, 422, error="YAML tidak valid", item_kind=kind, item_yaml=text)
    except registry.RegistryError as e:
        return _registry_page(request, 422, error=str(e), item_kind=kind, item_yaml=text)
    audit(db, session_of(request).actor, "registry.save", f"{kind}/{key}", f"rev {rev} (konsol)")
    return _registry_page(request, done=f"{kind} {key} disimpan (revisi {rev}).")


@needs("admin")
async def registry_remove(request: web.Request) -> web.Response:
    db = _kb(request).db
    form = await request.post()
    kind, key = str(form.get("kind", "")), str(form.get("key", ""))
    try:
        rev = registry.remove(db, kind, key, session_of(request).actor)
    except registry.RegistryError as e:
        return _registry_page(request, 422, error=str(e))
    audit(db, session_of(request).actor, "registry.remove", f"{kind}/{key}", f"rev {rev} (konsol)")
    return _registry_page(request, done=f"{kind} {key} dihapus (revisi {rev}; bisa dipulihkan dari riwayatnya).")


@needs("admin")
async def registry_history(request: web.Request) -> web.Response:
    db = _kb(request).db
    kind, key = request.query.get("jenis", ""), request.query.get("kunci", "")
    history = registry.history(db, kind, key)
    if not history:
        raise web.HTTPNotFound()
    return page(request, "registry_history.html", {"kind": kind, "key": key, "history": list(reversed(history)),
                                                   "dump": lambda d: "\n".join(_yaml_lines(d))})


@needs("admin")
async def registry_revert(request: web.Request) -> web.Response:
    db = _kb(request).db
    form = await request.post()
    kind, key, rev = str(form.get("kind", "")), str(form.get("key", "")), str(form.get("rev", ""))
    try:
        new = registry.revert(db, kind, key, int(rev) if rev.isdigit() else -1, session_of(request).actor)
    except registry.RegistryError as e:
        return _registry_page(request, 422, error=str(e))
    audit(db, session_of(request).actor, "registry.revert", f"{kind}/{key}", f"ke revisi {rev} → rev {new} (konsol)")
    return _registry_page(request, done=f"{kind} {key} dipulihkan ke revisi {rev} (revisi baru {new}).")


@needs("admin")
async def registry_export(request: web.Request) -> web.Response:
    db = _kb(request).db
    registry.ensure_seeded(db)
    return web.Response(text=registry.export_yaml(db), content_type="application/x-yaml", charset="utf-8",
                        headers={"Content-Disposition": 'attachment; filename="netralbot-registri.yaml"'})


@needs("admin")
async def registry_plan(request: web.Request) -> web.Response:
    db = _kb(request).db
    registry.ensure_seeded(db)
    text, error = await _uploaded_text(request)
    plan = None if error or not text.strip() else registry.plan_import(db, text)
    ok = plan is not None and not plan.errors
    digest = _keep_pending(db, request, "registry", text) if ok and plan.changes else ""
    return _registry_page(request, 200 if ok else 422, plan=plan, digest=digest,
                          error=error or (None if text.strip() else "berkas atau teks YAML kosong"))


@needs("admin")
async def registry_apply(request: web.Request) -> web.Response:
    db = _kb(request).db
    form = await request.post()
    digest = str(form.get("digest", ""))
    text = _take_pending(db, request, "registry", digest)
    plan = registry.plan_import(db, text) if text is not None else None
    if plan is None or plan.errors:
        return _registry_page(request, 409, error="Pratinjau sudah kedaluwarsa atau berisi galat; tidak ada yang diubah.")
    try:
        n = registry.apply_import(db, plan, session_of(request).actor)
        _drop_pending(db, request, "registry", digest)
    except ValueError as e:
        return _registry_page(request, 409, error=str(e))
    audit(db, session_of(request).actor, "registry.import", "konsol", f"{n} perubahan")
    return _registry_page(request, done=f"Impor registri diterapkan: {n} perubahan.")
