"""One clear line for every failure an operator can meet, instead of a traceback.

``explain`` turns an exception into "galat: what failed — what to check", with secrets
masked (bot/logsafety.py). The CLI's ``main`` prints it and exits non-zero; nothing else
of the exception reaches the terminal.
"""

from __future__ import annotations

import errno
import sqlite3

from netralbot.bot.logsafety import redact


class OperatorError(Exception):
    """A failure already phrased for the operator (one line, Indonesian, no secret)."""


def explain(exc: BaseException, db_path: str | None = None, settings=None) -> str:
    where = f" ({db_path})" if db_path else ""
    if isinstance(exc, OperatorError):
        return f"galat: {redact(str(exc))}"
    telegram = _telegram_line(exc, settings)
    if telegram:
        return telegram
    if isinstance(exc, sqlite3.DatabaseError):
        text = str(exc).lower()
        if "readonly" in text or "read-only" in text:
            return (f"galat: basis data{where} hanya bisa dibaca; periksa izin tulis berkas itu dan folder "
                    "tempatnya (NETRALBOT_DB)")
        if "unable to open" in text:
            return (f"galat: basis data{where} tidak bisa dibuka; periksa bahwa NETRALBOT_DB menunjuk ke "
                    "berkas (bukan folder) di folder yang ada dan bisa ditulis")
        if "locked" in text or "busy" in text:
            return f"galat: basis data{where} sedang dikunci proses lain; coba lagi sebentar lagi"
        if isinstance(exc, sqlite3.IntegrityError):
            return (f"galat: isi basis data{where} tidak konsisten ({redact(str(exc))[:160]}); pulihkan dari "
                    "cadangan atau laporkan ke pengelola NetralBot")
        if "no such table" in text or "no such column" in text:
            return (f"galat: basis data{where} berasal dari versi NetralBot lain ({redact(str(exc))[:120]}); "
                    "pakai berkas lain di NETRALBOT_DB atau pulihkan dari cadangan")
        return (f"galat: berkas{where} bukan basis data NetralBot yang utuh ({redact(str(exc))[:120]}); "
                "pindahkan berkas itu ke tempat lain (NetralBot membuat yang baru) atau pulihkan dari cadangan")
    if isinstance(exc, IsADirectoryError):
        return f"galat: {exc.filename or db_path} adalah folder, bukan berkas; periksa jalurnya (NETRALBOT_DB?)"
    if isinstance(exc, FileNotFoundError):
        return f"galat: berkas tidak ditemukan: {exc.filename}; periksa jalurnya"
    if isinstance(exc, PermissionError):
        return f"galat: tidak ada izin membuka {exc.filename}; periksa pemilik dan izin berkas itu"
    if isinstance(exc, OSError) and exc.errno == errno.EADDRINUSE:
        port = getattr(settings, "netralbot_http_port", "?")
        host = getattr(settings, "netralbot_http_host", "?")
        return (f"galat: port HTTP {host}:{port} sudah dipakai proses lain; ubah NETRALBOT_HTTP_PORT "
                "atau hentikan proses itu")
    if isinstance(exc, OSError) and exc.errno in (errno.EADDRNOTAVAIL, errno.EACCES):
        return (f"galat: tidak bisa membuka port HTTP ({redact(exc.strerror or str(exc))}); periksa "
                "NETRALBOT_HTTP_HOST dan NETRALBOT_HTTP_PORT (port di bawah 1024 perlu hak root)")
    if isinstance(exc, UnicodeDecodeError):
        return "galat: berkas atau masukan bukan teks UTF-8; simpan ulang sebagai UTF-8"
    if isinstance(exc, RecursionError):
        return "galat: isi berkas bersarang terlalu dalam untuk dibaca; periksa strukturnya"
    if isinstance(exc, MemoryError):
        return "galat: memori tidak cukup untuk pekerjaan ini"
    return (f"galat tak terduga ({type(exc).__name__}: {redact(str(exc))[:200]}); "
            "laporkan ke pengelola NetralBot beserta perintah yang dijalankan")


def _telegram_line(exc: BaseException, settings) -> str | None:
    try:
        from telegram import error as tg
    except ImportError:  # pragma: no cover - python-telegram-bot is a dependency
        return None
    if isinstance(exc, tg.InvalidToken):
        return ("galat: Telegram menolak token bot; periksa TELEGRAM_BOT_TOKEN (salin ulang dari @BotFather, "
                "atau /revoke lalu pakai token baru)")
    if isinstance(exc, (tg.NetworkError, tg.TimedOut)):
        base = getattr(settings, "telegram_api_base_url", "Bot API")
        return (f"galat: Telegram Bot API tidak bisa dihubungi di {redact(str(base))} ({redact(str(exc))[:120]}); "
                "periksa jaringan, proxy, dan TELEGRAM_API_BASE_URL")
    if isinstance(exc, tg.TelegramError):
        return f"galat: Telegram menolak permintaan saat mulai ({redact(str(exc))[:200]})"
    return None
