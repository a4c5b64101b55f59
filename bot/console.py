"""Console channel: the whole bot in a terminal, through the same handlers as
Telegram and WhatsApp. Buttons become numbered choices; type the number."""

from __future__ import annotations

import sys
from typing import TextIO

from netralbot.handlers.conversation import Conversation
from netralbot.handlers.messages import Button, Inbound, Reply
from netralbot.handlers.render import render_plain, render_plain_text

PROMPT = "Anda> "
BYE = "Sampai jumpa. Tetap netral! 👋"


def render_reply(reply: Reply) -> tuple[str, list[Button]]:
    """Text for one reply, and its buttons in the order they are numbered."""
    parts = []
    if reply.notice:
        parts.append(f"[{reply.notice}]")
    if reply.answer is not None:
        parts.append(render_plain(reply.answer))
    if reply.text:
        parts.append(render_plain_text(reply.text))
    buttons = [b for row in reply.buttons for b in row]
    return "\n\n".join(parts), buttons


def run_console(conv: Conversation, stdin: TextIO = sys.stdin, stdout: TextIO = sys.stdout) -> int:
    def emit(replies: list[Reply]) -> list[Button]:
        choices: list[Button] = []
        for reply in replies:
            text, buttons = render_reply(reply)
            if text:
                print(text, file=stdout)
            for b in buttons:
                choices.append(b)
                print(f"  [{len(choices)}] {b.label}", file=stdout)
            print(file=stdout)
        if choices:
            print("(ketik nomor pilihan, atau tulis pertanyaan baru; /keluar untuk berhenti)", file=stdout)
        return choices

    choices = emit(conv.handle(Inbound(text="/start")))
    interactive = stdin.isatty()
    while True:
        if interactive:
            print(PROMPT, end="", file=stdout, flush=True)
        line = stdin.readline()
        if not line:
            break
        line = line.strip()
        if line.lower() in ("/keluar", "/exit", "/quit", "keluar", "exit", "quit"):
            break
        if not interactive:
            print(f"{PROMPT}{line}", file=stdout)
        if line.isdigit() and choices and 1 <= int(line) <= len(choices):
            inbound = Inbound(callback=choices[int(line) - 1].data)
        else:
            inbound = Inbound(text=line)
        new_choices = emit(conv.handle(inbound))
        if new_choices or inbound.text is not None:
            choices = new_choices
    print(BYE, file=stdout)
    return 0
