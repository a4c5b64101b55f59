"""`netralbot check` (is this content safe to share?) and `netralbot registry` (the
election registry the check matches: list, add, remove, history, revert, export, import)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from netralbot.bot.cli_common import actor
from netralbot.bot.config import load_settings


def _kb(args):
    from netralbot.knowledge.engine import KnowledgeBase

    return KnowledgeBase.open(args.db or load_settings().netralbot_db)


def _fail(message: str, code: int = 2) -> int:
    print(f"galat: {message}", file=sys.stderr)
    return code


def cmd_check(args) -> int:
    from netralbot.knowledge import image_text

    if args.image:
        read = image_text.read(Path(args.image).read_bytes())
        if read.problem == "unavailable":
            print("peringatan: pembaca teks gambar (extra `ocr`: pip install '.[ocr]') tidak terpasang; "
                  "hanya --caption yang diperiksa", file=sys.stderr)
        return _check_text(args, "\n".join(t for t in (args.caption, read.text) if t), image=read)
    if args.text is None:
        return _fail("berikan TEKS, atau - untuk membaca dari masukan standar")
    text = sys.stdin.read() if args.text == "-" else args.text
    return _check_text(args, text)


def _check_text(args, text: str, image=None) -> int:
    from netralbot.handlers.content_reply import check_text
    from netralbot.handlers.render import render_plain_text
    from netralbot.knowledge import content, registry

    kb = _kb(args)
    result = content.check(text, kb, registry.load(kb.db), from_image=image is not None and bool(image.text))
    if args.json:
        data = result.to_json()
        if image is not None:
            data["image"] = {"read": image.text is not None, "problem": image.problem}
        print(json.dumps(data, ensure_ascii=False))
    else:
        print(render_plain_text(check_text(result, image_unread=image is not None and image.text is None,
                                           image_problem=image.problem if image else None,
                                           image_read=image is not None and image.text is not None)))
    return 0


def cmd_registry_list(args) -> int:
    from netralbot.knowledge import registry

    kb_db = _kb(args).db
    reg = registry.load(kb_db)
    kinds = [args.kind] if args.kind else list(registry.KINDS)
    for kind in kinds:
        items = getattr(reg, kind)
        print(f"{kind} ({len(items)})")
        for item in items:
            print(f"  {registry.item_key(kind, item)}")
    return 0


def cmd_registry_add(args) -> int:
    from netralbot.knowledge import registry

    try:
        data = json.loads(args.data)
    except json.JSONDecodeError as e:
        return _fail(f"--data bukan JSON yang sah ({e.msg})")
    result = _change(args, "registry.save", lambda db: registry.save(db, args.kind, data, actor(args.actor)))
    if isinstance(result, int):
        return result
    key, rev = result
    print(f"{args.kind} {key}: disimpan (revisi {rev})")
    return 0


def _change(args, action: str, change):
    """One registry change and its audit row, in one transaction; an exit code on refusal."""
    from netralbot.handlers.access import audit
    from netralbot.knowledge import registry

    db = _kb(args).db
    try:
        with db.atomic():
            result = change(db)
            key, rev = result if isinstance(result, tuple) else (args.key, result)
            audit(db, actor(args.actor), action, f"{args.kind}/{key}", f"rev {rev}")
    except registry.RegistryError as e:
        return _fail(str(e))
    return result


def cmd_registry_remove(args) -> int:
    from netralbot.knowledge import registry

    rev = _change(args, "registry.remove", lambda db: (args.key, registry.remove(db, args.kind, args.key,
                                                                                 actor(args.actor))))
    if isinstance(rev, int):
        return rev
    print(f"{args.kind} {args.key}: dihapus (revisi {rev[1]}; kembalikan dengan `registry revert`)")
    return 0


def cmd_registry_history(args) -> int:
    from netralbot.knowledge import registry

    revs = registry.history(_kb(args).db, args.kind, args.key)
    if not revs:
        return _fail(f"tidak ada riwayat untuk {args.kind} {args.key}")
    for r in revs:
        print(f"rev {r.rev}\t{r.at}\t{r.actor}\t{r.action}")
    return 0


def cmd_registry_revert(args) -> int:
    from netralbot.knowledge import registry

    rev = _change(args, "registry.revert", lambda db: (args.key, registry.revert(db, args.kind, args.key, args.rev,
                                                                                 actor(args.actor))))
    if isinstance(rev, int):
        return rev
    print(f"{args.kind} {args.key}: dikembalikan ke revisi {args.rev} (revisi baru {rev[1]})")
    return 0


def cmd_registry_export(args) -> int:
    from netralbot.knowledge import registry

    text = registry.export_yaml(_kb(args).db)
    if args.file == "-":
        sys.stdout.write(text)
    else:
        Path(args.file).write_text(text, "utf-8")
        print(f"diekspor ke {args.file}", file=sys.stderr)
    return 0


def cmd_registry_import(args) -> int:
    from netralbot.handlers.access import audit
    from netralbot.knowledge import registry

    text = sys.stdin.read() if args.file == "-" else Path(args.file).read_text("utf-8")
    db = _kb(args).db
    plan = registry.plan_import(db, text)
    print(plan.summary())
    if plan.errors:
        return 1
    if not args.apply:
        print("\n(uji coba: belum ada yang diubah; ulangi dengan --apply --actor NAMA untuk menerapkan)")
        return 0
    if not args.actor:
        return _fail("--apply perlu --actor NAMA (dicatat di riwayat)")
    with db.atomic():
        n = registry.apply_import(db, plan, actor(args.actor))
        audit(db, actor(args.actor), "registry.import", args.file, f"{n} records")
    print(f"diterapkan: {n} catatan, masing-masing sebagai revisi oleh {actor(args.actor)}")
    return 0


def add_parsers(sub) -> None:
    c = sub.add_parser("check", help="is this content (a status, caption, poster text) safe to share?")
    c.add_argument("text", nargs="?", help="the content, or - to read it from standard input")
    c.add_argument("--image", metavar="FILE", help="an image (poster, screenshot)")
    c.add_argument("--caption", help="the caption that came with the image")
    c.add_argument("--json", action="store_true", help="print one JSON object")
    c.set_defaults(func=cmd_check)

    from netralbot.knowledge.registry import KINDS

    r = sub.add_parser("registry", help="the election registry: elections, candidates, parties, accounts, slogans")
    rs = r.add_subparsers(dest="registry_command", required=True)
    ls = rs.add_parser("list", help="the keys of every item, by kind")
    ls.add_argument("kind", nargs="?", choices=KINDS)
    ls.set_defaults(func=cmd_registry_list)
    add = rs.add_parser("add", help="create or change one item (a revision)")
    add.add_argument("kind", choices=KINDS)
    add.add_argument("--data", required=True, help='the item as JSON, e.g. \'{"text": "#BersamaDarmawan"}\'')
    add.add_argument("--actor")
    add.set_defaults(func=cmd_registry_add)
    rm = rs.add_parser("remove", help="remove one item (a revision; revert brings it back)")
    rm.add_argument("kind", choices=KINDS)
    rm.add_argument("key")
    rm.add_argument("--actor")
    rm.set_defaults(func=cmd_registry_remove)
    h = rs.add_parser("history", help="revisions of one item")
    h.add_argument("kind", choices=KINDS)
    h.add_argument("key")
    h.set_defaults(func=cmd_registry_history)
    rv = rs.add_parser("revert", help="back to the state after a revision (a new revision)")
    rv.add_argument("kind", choices=KINDS)
    rv.add_argument("key")
    rv.add_argument("rev", type=int)
    rv.add_argument("--actor")
    rv.set_defaults(func=cmd_registry_revert)
    ex = rs.add_parser("export", help="the whole registry as one YAML file")
    ex.add_argument("file", help="FILE.yaml, or - for standard output")
    ex.set_defaults(func=cmd_registry_export)
    im = rs.add_parser("import", help="dry run of a YAML file; --apply to apply it all or nothing")
    im.add_argument("file", help="FILE.yaml, or - for standard input")
    im.add_argument("--apply", action="store_true")
    im.add_argument("--actor")
    im.set_defaults(func=cmd_registry_import)
