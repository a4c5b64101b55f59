"""`netralbot kb history | revert | export | import | phrasings`: the knowledge base's
history and bulk changes from the command line, recorded like chat edits (revision
and audit log, with the operator's name)."""

from __future__ import annotations

import sys
from pathlib import Path

from netralbot.bot.cli_common import actor, open_database
from netralbot.handlers.access import audit
from netralbot.knowledge import editing, insight
from netralbot.knowledge.transfer import apply_import, export_yaml, plan_import


def _db(args):
    return open_database(args, seeded=True)


def _actor(args) -> str:
    return actor(getattr(args, "actor", None))


def cmd_history(args) -> int:
    revs = editing.history(_db(args), args.id)
    if not revs:
        print(f"galat: tidak ada riwayat untuk '{args.id}'", file=sys.stderr)
        return 2
    for r in revs:
        changed = ", ".join(r.changed_fields()) if r.before else "(dibuat)"
        print(f"rev {r.rev}\t{r.at}\t{r.actor}\t{r.action}\t{changed}")
    return 0


def cmd_revert(args) -> int:
    db = _db(args)
    try:
        rev = editing.revert(db, args.id, args.rev, _actor(args))
    except editing.EditError as e:
        print("galat: " + "; ".join(e.errors), file=sys.stderr)
        return 2
    audit(db, _actor(args), "faq.revert", args.id, f"to rev {args.rev}, new rev {rev}")
    print(f"{args.id}: dikembalikan ke revisi {args.rev} (revisi baru {rev})")
    return 0


def cmd_export(args) -> int:
    text = export_yaml(_db(args))
    if args.file == "-":
        sys.stdout.write(text)
    else:
        Path(args.file).write_text(text, encoding="utf-8")
        print(f"diekspor ke {args.file}", file=sys.stderr)
    return 0


def cmd_import(args) -> int:
    db = _db(args)
    raw = sys.stdin.buffer.read() if args.file == "-" else Path(args.file).read_bytes()
    plan = plan_import(db, raw, Path(args.file).name)
    print(plan.summary())
    if args.diff:
        for c in plan.changes:
            for line in c.diff:
                print(f"    {c.key}: {line}")
    if not plan.ok:
        return 1
    if not args.apply:
        if plan.changes:
            print("\n(uji coba: belum ada yang diubah; ulangi dengan --apply --actor NAMA untuk menerapkan)")
        return 0
    if not args.actor:
        print("galat: --apply perlu --actor NAMA (dicatat di riwayat)", file=sys.stderr)
        return 2
    try:
        n = apply_import(db, plan, _actor(args))
    except ValueError as e:
        print(f"galat: {e}", file=sys.stderr)
        return 2
    audit(db, _actor(args), "kb.import", Path(args.file).name, f"{n} records")
    print(f"diterapkan: {n} catatan, masing-masing sebagai revisi oleh {_actor(args)}")
    return 0


def cmd_phrasings(args) -> int:
    db = _db(args)
    if args.action == "list":
        items = insight.pending_candidates(db, 50)
        if not items:
            print("belum ada usulan frasa")
        for c in items:
            print(f"#{c.id}\t{c.faq_id}\t{c.n}×\t{c.text}")
        return 0
    c = insight.candidate(db, args.cid or 0)
    if c is None:
        print("galat: tidak ada usulan menunggu dengan nomor itu", file=sys.stderr)
        return 2
    if args.action == "accept":
        entry = editing.get_entry(db, c.faq_id)
        try:
            editing.save_entry(db, entry.model_copy(update={"phrasings": [*entry.phrasings, c.text]}),
                               _actor(args), "phrasing")
        except (editing.EditError, AttributeError) as e:
            print(f"galat: {e}", file=sys.stderr)
            return 2
    insight.decide(db, c.id, args.action == "accept", _actor(args))
    audit(db, _actor(args), f"phrasing.{args.action}", c.faq_id, f"#{c.id}")
    print(f"usulan #{c.id} {'diterima' if args.action == 'accept' else 'ditolak'}")
    return 0


def cmd_upgrade(args) -> int:
    """The shipped release against this database: what it would add and change, and what it leaves
    to the admins' versions. Opening the database already takes a new release in once; this shows it
    again, and ``--apply`` retries entries held back after an admin resolved the clash."""
    from netralbot.knowledge import upgrade
    from netralbot.knowledge.loader import load_seed

    db = _db(args)
    data = load_seed()
    if data.errors:
        print("galat: data rilis tidak valid; jalankan `netralbot kb validate`", file=sys.stderr)
        return 2
    plan = upgrade.plan_upgrade(db, data, upgrade.shipped_digest())
    for label, ids in (("baru", [e.id for e in plan.added]), ("diperbarui", [a.id for _, a in plan.updated]),
                       ("ditarik", [e.id for e in plan.withdrawn]),
                       ("suntingan admin dibiarkan", plan.kept), ("ditahan karena bentrok", plan.held)):
        for faq_id in ids:
            print(f"{label}\t{faq_id}")
    print(plan.summary())
    if args.apply and plan.changes:
        upgrade.apply_upgrade(db, plan, force=True)
        audit(db, _actor(args), "kb.upgrade", "-", plan.summary())
        print("diterapkan")
    return 0


def add_parsers(kbs) -> None:
    u = kbs.add_parser("upgrade", help="the shipped release against this database: what it adds, changes, "
                                       "leaves to admins' edits or holds back; --apply to take it in")
    u.add_argument("--apply", action="store_true")
    u.add_argument("--actor", help="your name, for the audit log")
    u.set_defaults(func=cmd_upgrade)
    h = kbs.add_parser("history", help="revisions of an FAQ entry")
    h.add_argument("id")
    h.set_defaults(func=cmd_history)
    r = kbs.add_parser("revert", help="restore an FAQ entry as it was after a revision (a new revision)")
    r.add_argument("id")
    r.add_argument("rev", type=int)
    r.add_argument("--actor", help="your name, for the history")
    r.set_defaults(func=cmd_revert)
    e = kbs.add_parser("export", help="the whole knowledge base as one YAML file")
    e.add_argument("file", help="FILE.yaml, or - for standard output")
    e.set_defaults(func=cmd_export)
    i = kbs.add_parser("import", help="dry-run diff of a YAML file; --apply to apply it all or nothing")
    i.add_argument("file", help="FILE.yaml, or - for standard input")
    i.add_argument("--apply", action="store_true")
    i.add_argument("--actor", help="who applies it (required with --apply)")
    i.add_argument("--diff", action="store_true", help="show the changed lines of each entry")
    i.set_defaults(func=cmd_import)
    p = kbs.add_parser("phrasings", help="phrasings suggested by close calls: list, accept N, reject N")
    p.add_argument("action", choices=("list", "accept", "reject"), nargs="?", default="list")
    p.add_argument("cid", type=int, nargs="?")
    p.add_argument("--actor")
    p.set_defaults(func=cmd_phrasings)
