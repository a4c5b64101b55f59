"""`netralbot` command line."""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
import warnings
from pathlib import Path

from netralbot.bot.cli_console import add_parsers as add_console_parsers
from netralbot.bot.cli_content import add_parsers as add_content_parsers
from netralbot.bot.cli_kb import add_parsers as add_kb_parsers
from netralbot.bot.cli_scheduler import add_parsers as add_scheduler_parsers
from netralbot.bot.config import load_settings
from netralbot.bot.failures import OperatorError, explain
from netralbot.bot.logsafety import add_secrets, install as install_logging, redact


def _kb(args):
    from netralbot.knowledge.engine import KnowledgeBase

    settings = load_settings()
    return KnowledgeBase.open(args.db or settings.netralbot_db)


def cmd_ask(args) -> int:
    from netralbot.handlers.render import render_plain

    kb = _kb(args)
    if args.id:
        answer = kb.answer_entry(args.id)
        if answer is None:
            print(f"tidak ada entri FAQ '{args.id}'", file=sys.stderr)
            return 2
    elif args.question is None:
        print("netralbot ask: berikan PERTANYAAN atau --id FAQ_ID", file=sys.stderr)
        return 2
    else:
        question = sys.stdin.buffer.read() if args.question == "-" else args.question
        answer = kb.ask(question)
    if args.json:
        print(json.dumps(answer.to_json(), ensure_ascii=False))
    else:
        print(render_plain(answer))
        if answer.suggestions:
            for i, s in enumerate(answer.suggestions, 1):
                print(f"  [{i}] {s.question}  (netralbot ask --id {s.faq_id})")
    return 0


def cmd_chat(args) -> int:
    from netralbot.bot.console import run_console
    from netralbot.handlers.conversation import Conversation

    from netralbot.handlers.access import Access

    kb = _kb(args)
    # bytes that are not UTF-8 (a paste from another encoding) become U+FFFD, not an error
    stdin = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="replace") if hasattr(sys.stdin, "buffer") else sys.stdin
    # whoever runs the console has the database file anyway: --superadmin lets them try staff commands
    return run_console(Conversation(kb, Access(kb.db, "console:console" if args.superadmin else None)), stdin=stdin)


def cmd_run(args) -> int:
    from netralbot.bot.run import configuration_error, run

    settings = load_settings()
    error = configuration_error(settings)
    if error:  # before opening anything: a one-line error
        print(error, file=sys.stderr)
        return 2
    kb = _kb(args)
    kb.warm()  # (a long-running bot compiles its patterns before the first question, not during it)
    return run(settings, kb)


def cmd_kb_validate(args) -> int:
    from netralbot.knowledge.loader import load_seed
    from netralbot.knowledge.validate import check

    data = load_seed(Path(args.data) if args.data else None)
    errors = list(data.errors)
    errs, warnings = check(data.regulations, data.provisions, data.entries, data.statements)
    errors += errs
    for w in warnings:
        print(f"peringatan: {w}")
    for e in errors:
        print(f"galat: {e}")
    print(
        f"{len(data.regulations)} peraturan, {len(data.provisions)} ketentuan, {len(data.entries)} entri FAQ "
        f"({sum(e.verdict == 'boleh' for e in data.entries)} boleh), "
        f"{sum(len(e.phrasings) for e in data.entries)} frasa, {len(data.statements)} pernyataan: "
        + ("OK" if not errors else f"{len(errors)} galat")
    )
    return 1 if errors else 0


def cmd_kb_calibrate(args) -> int:
    from netralbot.knowledge import calibration
    from netralbot.knowledge.evaluate import load_questions
    from netralbot.knowledge.matcher import Matcher
    from netralbot.knowledge.store import load_entries

    kb = _kb(args)
    blind = [item for path in args.blind for item in load_questions(path)] if args.blind else None
    report = calibration.fit(Matcher(kb.db, load_entries(kb.db)), blind)
    calibration.save(kb.db, report.model)
    print(f"fitted on {report.queries} phrasings and {len(blind or ())} unseen questions; "
          f"leave-one-out top-1 accuracy {report.top1_accuracy:.1%}")
    if args.ship:
        from netralbot.knowledge.text import stems_seen

        Path(args.ship).write_text(json.dumps(report.model.to_dict(), indent=1) + "\n", "utf-8")
        from netralbot.knowledge.store import write_shipped_index

        index = write_shipped_index(Path(args.ship).with_name("seed_index.json"))
        stems = Path(args.ship).with_name("stems.json")  # last: the index above stems words too
        stems.write_text(json.dumps(stems_seen(), ensure_ascii=False, sort_keys=True) + "\n", "utf-8")
        print(f"written to {args.ship}, {index} and {stems}")
    else:
        print(json.dumps(report.model.to_dict()))
    return 0


def cmd_kb_index(args) -> int:
    from netralbot.knowledge.store import write_shipped_index

    print(f"written to {write_shipped_index(Path(args.ship))}")
    return 0


def cmd_eval(args) -> int:
    if args.content:
        from netralbot.knowledge import registry
        from netralbot.knowledge.evaluate_content import load_items, run as run_content

        kb, items = _kb(args), load_items(args.file)
        if args.typos is not None:
            import random

            from netralbot.knowledge.typos import add_typos

            rng = random.Random(args.typos)
            items = [{**it, "text": add_typos(str(it.get("text") or ""), rng)} for it in items]
        report = run_content(kb, registry.load(kb.db), items, images=args.images)
        print(report.summary(items=not args.summary))
        return 0
    from netralbot.knowledge.evaluate import load_questions, run, with_typos

    try:
        items = load_questions(args.file)
    except ValueError as e:  # a wrong label or a missing key: the file's line, not a traceback
        raise OperatorError(f"berkas soal tidak sah: {e}") from None
    kb = _kb(args)
    if args.typos is not None:
        noisy = with_typos(items, args.typos)
        report = run(kb, noisy)
        print(report.summary(items=not args.summary))
        print(report.kept_line(run(kb, items)))
        return 0
    report = run(kb, items)
    print(report.summary(items=not args.summary))
    return 0


def cmd_stats(args) -> int:
    from netralbot.handlers.render import render_plain_text
    from netralbot.knowledge import insight
    from netralbot.knowledge.store import open_db

    db = open_db(args.db or load_settings().netralbot_db)
    if args.quiz:  # % correct per entry and the weekly trend of quiz reminders (anonymous counts)
        from netralbot.scheduler import quizzes

        print(render_plain_text(quizzes.stats(db).text(limit=50)))
        return 0
    print(render_plain_text(insight.report(db, args.days).text()))
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="netralbot", description="NetralBot: netralitas ASN dalam pemilu dan pilkada")
    p.add_argument("--db", help="SQLite database file (default: $NETRALBOT_DB or the user data dir)")
    sub = p.add_subparsers(dest="command", required=True)

    a = sub.add_parser("ask", help="answer one question")
    a.add_argument("question", nargs="?", help="the question, or - to read it from standard input")
    a.add_argument("--id", help="show the answer of one FAQ entry")
    a.add_argument("--json", action="store_true", help="print one JSON object")
    a.set_defaults(func=cmd_ask)

    c = sub.add_parser("chat", help="talk to the bot in this terminal")
    c.add_argument("--superadmin", action="store_true", help="act as a superadmin (try the admin and HR commands)")
    c.set_defaults(func=cmd_chat)

    r = sub.add_parser("run", help="run every configured channel, the reminders and broadcast delivery")
    r.set_defaults(func=cmd_run)

    kb = sub.add_parser("kb", help="knowledge base tools")
    kbs = kb.add_subparsers(dest="kb_command", required=True)
    v = kbs.add_parser("validate", help="check the YAML knowledge base")
    v.add_argument("--data", help="data directory (default: the packaged one)")
    v.set_defaults(func=cmd_kb_validate)
    cal = kbs.add_parser("calibrate", help="refit the matcher's confidence model on the database")
    cal.add_argument("--blind", nargs="+", metavar="FILE",
                     help="labelled questions that are not KB phrasings, to fit confidence on")
    cal.add_argument("--ship", metavar="FILE", help="also write the model there (knowledge/data/model.json), "
                     "and the seed's index and stems beside it")
    cal.set_defaults(func=cmd_kb_calibrate)

    ix = kbs.add_parser("index", help="rebuild the seed's shipped index (after editing the FAQ YAML or the lexicon)")
    ix.add_argument("--ship", metavar="FILE", required=True, help="where to write it (knowledge/data/seed_index.json)")
    ix.set_defaults(func=cmd_kb_index)

    e = sub.add_parser("eval", help="score a labelled question file")
    e.add_argument("file")
    e.add_argument("--summary", action="store_true",
                   help="aggregates and per-category figures only, never the questions (for sealed sets)")
    e.add_argument("--content", action="store_true", help="FILE is labelled content for `check` (kinds)")
    e.add_argument("--images", action="store_true", help="with --content: draw the items marked `render` and read "
                                                          "them with OCR (needs the `ocr` extra)")
    e.add_argument("--typos", type=int, metavar="SEED", help="ask every question again with typing slips "
                   "(seeded) and report how many answers kept their verdict; with --content, check "
                   "the texts with slips instead")
    e.set_defaults(func=cmd_eval)

    add_kb_parsers(kbs)
    add_scheduler_parsers(sub)
    add_content_parsers(sub)
    add_console_parsers(sub)
    st = sub.add_parser("stats", help="anonymous statistics: questions, outcomes, feedback, unanswered")
    st.add_argument("--days", type=int, default=14)
    st.add_argument("--quiz", action="store_true", help="quiz results: %% correct per entry and the weekly trend")
    st.set_defaults(func=cmd_stats)
    return p


def main(argv: list[str] | None = None) -> int:
    try:
        settings = load_settings()
    except Exception as e:  # a malformed .env or variable: pydantic names the field
        print(f"galat: konfigurasi tidak valid ({redact(str(e)).splitlines()[0]}); periksa .env dan variabel "
              "lingkungan NETRALBOT_*, TELEGRAM_*, WHATSAPP_*", file=sys.stderr)
        return 2
    install_logging(settings.netralbot_log_level)
    # python-telegram-bot 22 warns inside RetryAfter's own constructor; we read both forms
    warnings.filterwarnings("ignore", message=".*retry_after.*", category=UserWarning, module="telegram")
    add_secrets((settings.telegram_bot_token, settings.telegram_webhook_secret, settings.whatsapp_token,
                 settings.whatsapp_app_secret, settings.whatsapp_verify_token))
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader went away (`netralbot chat | head`): stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as e:  # no traceback for operators: one line that says what to check
        from netralbot.knowledge.store import default_db_path

        db = getattr(args, "db", None) or settings.netralbot_db or default_db_path()
        print(explain(e, str(db), settings), file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
