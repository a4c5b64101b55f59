"""Siaran (HR): compose with audience segments and a live recipient count, preview,
send after a confirmation, watch the progress bar without reloading, cancel, history.

Sending queues the broadcast exactly as /siaran in chat does
(:func:`scheduler.outbox.queue_broadcast`); the delivery loop of `netralbot run`
sends it at the channel's rate.
"""

from __future__ import annotations

from aiohttp import web

from netralbot.bot.web.app import KB, needs, page, session_of
from netralbot.handlers.access import audit
from netralbot.handlers.hr import segment_label
from netralbot.handlers.render import render_telegram_text, render_whatsapp_text
from netralbot.scheduler import outbox, subscriptions

STATE_LABELS = {"queued": "antre", "sending": "mengirim", "done": "selesai", "cancelled": "dibatalkan"}


def routes(r: web.UrlDispatcher) -> None:
    r.add_get("/siaran", composer)
    r.add_get("/siaran/hitung", recipient_count)
    r.add_post("/siaran/pratinjau", confirm)
    r.add_post("/siaran/kirim", send)
    r.add_get("/siaran/{bid:\\d+}", view)
    r.add_get("/siaran/{bid:\\d+}/progres", progress_fragment)
    r.add_post("/siaran/{bid:\\d+}/batal", cancel)


def segment_from(values) -> dict:
    seg = {k: " ".join(str(values.get(k, "")).split()) for k in subscriptions.SEGMENT_KEYS}
    return {k: v for k, v in seg.items() if v}


def segment_choices(db) -> dict:
    """Values to pick from: channels and kinds, time zones, provinces, and the agencies
    subscribers gave (agency names only, never who)."""
    subscriptions.ensure_schema(db)
    agencies = [r[0] for r in db.execute(
        "select distinct instansi from subscribers where active = 1 and instansi is not null order by instansi")]
    return {"channel": ["telegram", "whatsapp"], "kind": list(subscriptions.KINDS),
            "timezone": list(subscriptions.TZ_LABELS), "province": sorted(subscriptions.PROVINCES),
            "instansi": agencies, "tz_labels": subscriptions.TZ_LABELS}


def _history(db) -> list:
    return [p for p in (outbox.progress(db, i) for i in outbox.recent(db, 20)) if p is not None]


@needs("hr")
async def composer(request: web.Request) -> web.Response:
    db = request.app[KB].db
    return page(request, "broadcast_new.html", {"choices": segment_choices(db), "history": _history(db),
                                                "count": subscriptions.count(db), "text": "", "seg": {},
                                                "error": None, "labels": STATE_LABELS})


@needs("hr")
async def recipient_count(request: web.Request) -> web.Response:
    try:
        n = subscriptions.count(request.app[KB].db, segment_from(request.query))
    except ValueError:
        n = 0
    return web.Response(text=f"{n} penerima", content_type="text/plain")


@needs("hr")
async def confirm(request: web.Request) -> web.Response:
    db = request.app[KB].db
    form = await request.post()
    text, seg = str(form.get("text", "")), segment_from(form)
    try:
        text = outbox.check_text(text)
        n = subscriptions.count(db, seg)
    except (outbox.BroadcastError, ValueError) as e:
        return page(request, "broadcast_new.html", {"choices": segment_choices(db), "history": _history(db),
                                                    "count": subscriptions.count(db), "text": text, "seg": seg,
                                                    "error": str(e), "labels": STATE_LABELS}, status=422)
    return page(request, "broadcast_confirm.html", {
        "text": text, "seg": seg, "audience": segment_label(seg), "count": n,
        "telegram": render_telegram_text(text), "whatsapp": render_whatsapp_text(text)})


@needs("hr")
async def send(request: web.Request) -> web.Response:
    db = request.app[KB].db
    form = await request.post()
    seg = segment_from(form)
    actor = session_of(request).actor
    try:
        bid = outbox.queue_broadcast(db, str(form.get("text", "")), seg, source="console", actor=actor)
    except (outbox.BroadcastError, ValueError) as e:
        return page(request, "error.html", {"status": 422, "message": str(e)}, status=422)
    audit(db, actor, "broadcast.send", f"#{bid}", segment_label(seg))
    raise web.HTTPSeeOther(f"/admin/siaran/{bid}")


def _progress(request: web.Request):
    p = outbox.progress(request.app[KB].db, int(request.match_info["bid"]))
    if p is None:
        raise web.HTTPNotFound()
    total = p.total or 0
    failed = sum(n for k, n in p.counts.items() if k not in ("sent", "pending", "sending", "cancelled"))
    share = (p.finished / total) if total else (1.0 if p.state == "done" else 0.0)
    return {"p": p, "total": total, "failed": failed, "percent": round(share * 100),
            "state": STATE_LABELS.get(p.state, p.state), "audience": segment_label(p.segment),
            "live": p.state in ("queued", "sending"), "cancelled": p.counts.get("cancelled", 0)}


@needs("hr")
async def view(request: web.Request) -> web.Response:
    return page(request, "broadcast_view.html", _progress(request))


@needs("hr")
async def progress_fragment(request: web.Request) -> web.Response:
    return page(request, "broadcast_progress.html", _progress(request))


@needs("hr")
async def cancel(request: web.Request) -> web.Response:
    db = request.app[KB].db
    bid = int(request.match_info["bid"])
    if outbox.progress(db, bid) is None:
        raise web.HTTPNotFound()
    n = outbox.cancel(db, bid)
    audit(db, session_of(request).actor, "broadcast.cancel", f"#{bid}", f"{n} dibatalkan")
    raise web.HTTPSeeOther(f"/admin/siaran/{bid}")
