"""NetralBot installed as a library inside a host project that has its own `bot/` and
`handlers/` packages (most aiogram templates do): the README's "Inside an existing aiogram
bot" snippet must import and build, and the host's packages must stay the host's."""

import subprocess
import sys
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

HOST_MAIN = textwrap.dedent("""
    import sys
    from aiogram import Dispatcher, Router

    import bot, handlers                      # the host's own packages
    from handlers.start import my_router
    from netralbot.bot.aiogram_router import netralbot_router  # the README's import

    dp = Dispatcher()
    dp.include_router(my_router)
    dp.include_router(netralbot_router(db_path=sys.argv[1]))
    import netralbot.knowledge
    print("host", bot.NAME, handlers.NAME)
    print("netralbot", netralbot.knowledge.__file__)
""")


def _host_project(root: Path) -> Path:
    host = root / "host"
    (host / "bot").mkdir(parents=True)
    (host / "handlers").mkdir()
    (host / "bot" / "__init__.py").write_text("NAME = 'host-bot'\n")
    (host / "handlers" / "__init__.py").write_text("NAME = 'host-handlers'\n")
    (host / "handlers" / "start.py").write_text("from aiogram import Router\nmy_router = Router(name='host')\n")
    (host / "main.py").write_text(HOST_MAIN)
    return host


def test_readme_snippet_runs_inside_a_host_with_its_own_bot_and_handlers(tmp_path):
    # A real (non-editable) install of this repository into its own directory.
    site = tmp_path / "site"
    build = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation",
         "--disable-pip-version-check", "--target", str(site), str(REPO)],
        capture_output=True, text=True, timeout=300,
    )
    assert build.returncode == 0, build.stderr[-2000:]
    assert not (site / "bot").exists() and not (site / "handlers").exists()  # nothing at the top level
    assert (site / "netralbot" / "knowledge" / "data" / "lexicon.yaml").is_file()

    host = _host_project(tmp_path)
    run = subprocess.run(
        [sys.executable, "main.py", str(tmp_path / "kb.db")], cwd=host, capture_output=True, text=True,
        timeout=120, env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert "host host-bot host-handlers" in run.stdout
    assert f"netralbot {site}" in run.stdout  # the installed copy, not the repository
