"""Turn an :class:`Answer` into text for a channel: plain text (console) and
Telegram HTML. Every piece of knowledge-base or user text is escaped for HTML."""

from __future__ import annotations

import html
import re

from knowledge.answer import Answer, Citation

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


# --- plain text ------------------------------------------------------------------

def plain_citation(c: Citation, full: bool = False) -> str:
    quote = c.text if full else shorten(c.text)
    flags = citation_flags(c)
    line = f"{c.label}: \"{quote}\""
    if flags:
        line += f" ({'; '.join(flags)})"
    return line


def render_plain(a: Answer, full_citations: bool = False) -> str:
    parts = [VERDICT_LABELS.get(a.verdict, a.verdict.upper())]
    if a.question and a.faq_id:
        parts.append(a.question)
    parts.append(a.text)
    if a.conditions:
        parts.append("Tergantung pada:\n" + "\n".join(f"- {c}" for c in a.conditions))
    if a.citations:
        parts.append("Dasar hukum:\n" + "\n".join(f"- {plain_citation(c, full_citations)}" for c in a.citations))
    if a.sanction:
        parts.append(f"Sanksi: {a.sanction}")
    if a.referral:
        parts.append(a.referral)
    if a.faq_id:
        parts.append(f"Catatan: {a.disclaimer}")
    return "\n\n".join(parts)


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


def render_telegram_html(a: Answer, full_citations: bool = False) -> str:
    e = html.escape
    parts = [f"<b>{e(VERDICT_LABELS.get(a.verdict, a.verdict.upper()))}</b>"]
    if a.question and a.faq_id:
        parts.append(f"<i>{e(a.question)}</i>")
    parts.append(e(a.text))
    if a.conditions:
        parts.append("<b>Tergantung pada:</b>\n" + "\n".join(f"• {e(c)}" for c in a.conditions))
    if a.citations:
        parts.append("<b>Dasar hukum:</b>\n" + "\n\n".join(html_citation(c, full_citations) for c in a.citations))
    if a.sanction:
        parts.append(f"<b>Sanksi:</b> {e(a.sanction)}")
    if a.referral:
        parts.append(e(a.referral))
    if a.faq_id:
        parts.append(f"<i>{e(a.disclaimer)}</i>")
    return "\n\n".join(parts)


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


def render_whatsapp(a: Answer, full_citations: bool = False) -> str:
    parts = [f"*{VERDICT_LABELS.get(a.verdict, a.verdict.upper())}*"]
    if a.question and a.faq_id:
        parts.append(f"_{a.question}_")
    parts.append(a.text)
    if a.conditions:
        parts.append("*Tergantung pada:*\n" + "\n".join(f"• {c}" for c in a.conditions))
    if a.citations:
        parts.append("*Dasar hukum:*\n" + "\n\n".join(whatsapp_citation(c, full_citations) for c in a.citations))
    if a.sanction:
        parts.append(f"*Sanksi:* {a.sanction}")
    if a.referral:
        parts.append(a.referral)
    if a.faq_id:
        parts.append(f"_{a.disclaimer}_")
    return "\n\n".join(parts)


def render_whatsapp_text(text: str) -> str:
    """The handlers' ``*bold*`` markup is WhatsApp's own."""
    return text
