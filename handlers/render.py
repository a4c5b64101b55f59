"""Turn an :class:`Answer` into text for a channel: plain text (console) and
Telegram HTML. Every piece of knowledge-base or user text is escaped for HTML."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass

from netralbot.knowledge.answer import Answer, Citation

VERDICT_LABELS = {
    "dilarang": "⛔ DILARANG",
    "boleh": "✅ BOLEH",
    "hati-hati": "⚠️ HATI-HATI (tergantung situasi)",
    "info": "ℹ️ INFO",
    "tidak-tahu": "❓ SAYA TIDAK TAHU",
}
QUOTE_PREVIEW = 220  # characters of a quoted provision shown in the answer itself


def citation_flags(c: Citation) -> list[str]:
    flags = []
    if c.wording == "paraphrase":
        flags.append("ringkasan isi, bunyi pasal belum terverifikasi")
    elif not c.verified:
        flags.append("bunyi persis belum terverifikasi")
    if c.status == "superseded":
        flags.append("peraturan ini sudah dicabut")
    return flags


def shorten(text: str, limit: int = QUOTE_PREVIEW) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + " …"


def _star_bold_to_html(text: str) -> str:
    """Escape, then turn the handlers' ``*bold*`` markup into <b>."""
    return re.sub(r"\*([^*\n]+)\*", r"<b>\1</b>", html.escape(text, quote=False))


# --- one layout, three markups -----------------------------------------------------

@dataclass(frozen=True)
class Markup:
    """How one channel writes bold, italics and escapes; the layout is shared."""

    bold: Callable[[str], str]
    italic: Callable[[str], str]
    escape: Callable[[str], str]
    citation: Callable[[Citation, bool], str]
    bullet: str
    citation_sep: str
    disclaimer: Callable[[str], str]


def render(a: Answer, m: Markup, full_citations: bool = False) -> str:
    """Verdict, question, answer, conditions, citations, sanction, referral, disclaimer."""
    e = m.escape
    parts = [m.bold(e(VERDICT_LABELS.get(a.verdict, a.verdict.upper())))]
    if a.question and a.faq_id:
        parts.append(m.italic(e(a.question)))
    parts.append(e(a.text))
    if a.conditions:
        parts.append(m.bold("Tergantung pada:") + "\n" + "\n".join(f"{m.bullet} {e(c)}" for c in a.conditions))
    if a.citations:
        parts.append(m.bold("Dasar hukum:") + "\n" + m.citation_sep.join(m.citation(c, full_citations)
                                                                          for c in a.citations))
    if a.steps:
        parts.append(m.bold("Langkah:") + "\n" + "\n".join(f"{i}. {e(st)}" for i, st in enumerate(a.steps, 1)))
    if a.sanction:
        parts.append(f"{m.bold('Sanksi:')} {e(a.sanction)}")
    if a.statements:
        lines = []
        for st in a.statements:
            flag = "" if st.verified else " (bunyi kutipan belum terverifikasi dua sumber)"
            lines.append(f"{m.bullet} {e(st.label)}: \"{e(shorten(st.quote))}\"{e(flag)}")
        parts.append(m.bold("Pernyataan pejabat (bukan bunyi peraturan):") + "\n" + "\n".join(lines))
    if a.referral:
        parts.append(e(a.referral))
    if a.faq_id:
        parts.append(m.disclaimer(e(a.disclaimer)))
    return "\n\n".join(parts)


def _same(text: str) -> str:
    return text


# --- plain text ------------------------------------------------------------------

def plain_citation(c: Citation, full: bool = False) -> str:
    quote = c.text if full else shorten(c.text)
    flags = citation_flags(c)
    line = f"- {c.label}: \"{quote}\""
    if flags:
        line += f" ({'; '.join(flags)})"
    return line


PLAIN = Markup(_same, _same, _same, plain_citation, "-", "\n", lambda t: f"Catatan: {t}")


def render_plain(a: Answer, full_citations: bool = False) -> str:
    return render(a, PLAIN, full_citations)


def render_plain_text(text: str) -> str:
    return re.sub(r"\*([^*\n]+)\*", r"\1", text)


# --- Telegram HTML ---------------------------------------------------------------

def html_citation(c: Citation, full: bool = False) -> str:
    e = html.escape
    quote = c.text if full else shorten(c.text)
    flags = citation_flags(c)
    out = f"<b>{e(c.label)}</b>\n<blockquote>{e(quote)}</blockquote>"
    if flags:
        out += f"\n<i>({e('; '.join(flags))})</i>"
    return out


TELEGRAM_HTML = Markup(lambda t: f"<b>{t}</b>", lambda t: f"<i>{t}</i>", html.escape, html_citation, "•", "\n\n",
                       lambda t: f"<i>{t}</i>")


def render_telegram_html(a: Answer, full_citations: bool = False) -> str:
    return render(a, TELEGRAM_HTML, full_citations)


def render_telegram_text(text: str) -> str:
    return _star_bold_to_html(text)


# --- WhatsApp --------------------------------------------------------------------
# WhatsApp formats *bold* and _italic_ itself and shows everything else as typed:
# no HTML, no escaping. Quotes of provisions are in italics.

def whatsapp_citation(c: Citation, full: bool = False) -> str:
    quote = (c.text if full else shorten(c.text)).replace("_", " ")
    flags = citation_flags(c)
    out = f"*{c.label}*\n_\"{quote}\"_"
    if flags:
        out += f"\n({'; '.join(flags)})"
    return out


WHATSAPP = Markup(lambda t: f"*{t}*", lambda t: f"_{t}_", _same, whatsapp_citation, "•", "\n\n",
                  lambda t: f"_{t}_")


def render_whatsapp(a: Answer, full_citations: bool = False) -> str:
    return render(a, WHATSAPP, full_citations)


def render_whatsapp_text(text: str) -> str:
    """The handlers' ``*bold*`` markup is WhatsApp's own."""
    return text
