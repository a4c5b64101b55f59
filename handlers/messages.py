"""What flows between a channel adapter and the conversation: plain dataclasses,
no chat-framework types, so console, Telegram, WhatsApp and aiogram share them."""

from __future__ import annotations

from dataclasses import dataclass, field

from netralbot.knowledge.answer import Answer


@dataclass(frozen=True)
class Inbound:
    """One thing a person did: sent text, or tapped a button (``callback``)."""

    text: str | None = None
    callback: str | None = None
    chat_id: str = "console"
    user_id: str = "console"
    channel: str = "console"
    is_group: bool = False
    addressed: bool = True  # in a group: a mention of the bot or a reply to it
    bot_username: str | None = None
    chat_kind: str = "private"  # private | group | channel
    document: bytes | None = None  # a file sent to the bot (admins import YAML this way)
    document_name: str | None = None
    forwarded: bool = False  # forwarded from someone else: check the content, not a question
    image: bool = False  # a photo or image came with it (``text`` is its caption)
    image_text: str | None = None  # what OCR read on the image (the adapter runs it, off the event loop)
    image_problem: str | None = None  # why it was not read: unavailable | too-large | timeout | …
    quoted: str | None = None  # the text of the message this one replies to (/cek as a reply)

    def __post_init__(self) -> None:
        # Every channel's text passes here: nothing downstream (SQLite, the matcher, the
        # renderers) ever sees a lone surrogate such as "\ud800" from a JSON payload.
        for name in ("text", "callback", "document_name", "quoted", "image_text"):
            value = getattr(self, name)
            if value is not None:
                object.__setattr__(self, name, valid_unicode(value))


def valid_unicode(text: str) -> str:
    """Pairs of surrogates become their character; a lone one becomes U+FFFD."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


@dataclass(frozen=True)
class Button:
    label: str
    data: str  # callback payload, at most 64 bytes (Telegram's limit)

    def __post_init__(self) -> None:
        if len(self.data.encode()) > 64:
            raise ValueError(f"callback data over 64 bytes: {self.data!r}")


@dataclass(frozen=True)
class Reply:
    """A message to send: either an :class:`Answer` to render, or ready text.

    ``text`` uses a tiny markup every renderer understands: ``*bold*`` only.
    """

    text: str | None = None
    answer: Answer | None = None
    buttons: tuple[tuple[Button, ...], ...] = ()
    notice: str | None = None  # a short toast for a tapped button (answerCallbackQuery)
    edit: bool = False  # replace the message whose button was tapped
    meta: dict = field(default_factory=dict)
