"""Wawasan (all staff): anonymous charts of what staff ask, quiz results, and subscriber counts.

Everything here is a count: questions per day by outcome, answered questions per
topic, 👍/👎 per entry, % correct per quiz entry and its weekly trend, the scrubbed
unanswered questions, and subscribers per segment. No identity is stored to show.
"""

from __future__ import annotations

import datetime as dt

from aiohttp import web
from markupsafe import Markup

from netralbot.bot.web import charts
from netralbot.bot.web.app import KB, needs, page
from netralbot.knowledge import insight
from netralbot.knowledge.engine import TOPIC_LABELS
from netralbot.scheduler import quizzes, subscriptions

PERIODS = (7, 14, 30, 90)


def routes(r: web.UrlDispatcher) -> None:
    r.add_get("/wawasan", insight_page)


def _topics(db, days: int) -> list[tuple[str, int]]:
    since = (dt.date.today() - dt.timedelta(days=days - 1)).isoformat()
    rows = db.execute("select topic, sum(n) from topic_daily where day >= ? group by topic order by sum(n) desc",
                      [since]).fetchall()
    return [(TOPIC_LABELS.get(t, t), int(n)) for t, n in rows]


def _segments(db) -> dict[str, list[tuple[str, int]]]:
    subscriptions.ensure_schema(db)
    out = {}
    for key, label in (("channel", "Kanal"), ("kind", "Jenis obrolan"), ("timezone", "Zona waktu"),
                       ("province", "Provinsi"), ("instansi", "Instansi")):
        # grouped by the bare column: its index is already in that order (no temporary b-tree)
        rows = db.execute(f"select {key}, count(*) from subscribers where active = 1 group by {key}").fetchall()
        rows = sorted(rows, key=lambda r: -r[1])[:40]
        out[label] = [(subscriptions.TZ_LABELS.get(v, v) if v else "(belum diisi)", n) for v, n in rows]
    return out


@needs("admin", "hr")
async def insight_page(request: web.Request) -> web.Response:
    db = request.app[KB].db
    days = int(request.query.get("hari", "14")) if request.query.get("hari", "14") in {str(p) for p in PERIODS} else 14
    report = insight.report(db, days)
    # every day of the period, zero where nobody asked: the chart's gaps are real
    by_day = dict(report.days)
    start = dt.date.today() - dt.timedelta(days=days - 1)
    series = [((start + dt.timedelta(days=i)).isoformat(), by_day.get((start + dt.timedelta(days=i)).isoformat(), {}))
              for i in range(days)]
    topics = _topics(db, days)
    segments = _segments(db)
    quiz = quizzes.stats(db)
    hardest = [(e.faq_id, round(100 * e.share)) for e in quiz.entries if e.answered][:12]
    return page(request, "insight.html", {
        "days": days, "periods": PERIODS, "report": report, "series": series,
        "chart_days": Markup(charts.stacked_days(series)),
        "chart_topics": Markup(charts.bars(topics[:12], title="Pertanyaan terjawab per topik")),
        "chart_feedback": Markup(charts.feedback(report.feedback[:12])),
        "chart_quiz": Markup(charts.bars(hardest, colour="#7a4fa3", title="Kuis: persen benar per entri")),
        "quiz": quiz, "weeks": [(w, round(100 * c / a) if a else None, a) for w, c, a in quiz.weeks[-12:]],
        "topics": topics, "segments": segments, "labels": charts.LABELS,
        "subscribers": subscriptions.count(db),
    })
