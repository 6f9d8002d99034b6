"""Shared test set-up: headless Qt, a temp data dir, a test keyring backend, a template ledger."""

from __future__ import annotations

import json
import os
import tempfile

# Before anything imports Qt: no display in tests, ever. The offscreen screen is given a
# desktop size (its default, 800×600, is smaller than the main window's minimum).
_SCREEN = os.path.join(tempfile.mkdtemp(prefix="uo-qpa-"), "offscreen.json")
with open(_SCREEN, "w", encoding="utf-8") as _f:
    json.dump({"synchronousWindowSystemEvents": False, "windowFrameMargins": False,
               "screens": [{"name": "OffscreenScreen", "x": 0, "y": 0, "width": 1440,
                            "height": 900, "logicalDpiX": 96, "logicalDpiY": 96, "dpr": 1}]},
              _f)
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"

import shutil  # noqa: E402
from pathlib import Path  # noqa: E402

import keyring  # noqa: E402
import pytest  # noqa: E402

from unionoffice import i18n  # noqa: E402
from unionoffice.db.migrate import open_ledger  # noqa: E402
from unionoffice.paths import DataPaths  # noqa: E402

TEST_KEYRING = "keyrings.alt.file.PlaintextKeyring"


@pytest.fixture(autouse=True)
def isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Each test: its own data dir, its own keyring file, Chinese messages, a fixed operator."""
    data = tmp_path / "data"
    monkeypatch.setenv("UNIONOFFICE_DATA_DIR", str(data))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", TEST_KEYRING)
    monkeypatch.setenv("UNIONOFFICE_OPERATOR", "测试员")
    monkeypatch.delenv("DISPLAY", raising=False)
    from keyrings.alt.file import PlaintextKeyring

    previous = keyring.get_keyring()
    keyring.set_keyring(PlaintextKeyring())
    i18n.set_language("zh")
    from unionoffice.accounts import permissions

    permissions.reset()
    yield data
    permissions.reset()
    keyring.set_keyring(previous)
    i18n.set_language("zh")


@pytest.fixture(scope="session")
def template_ledger(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty, migrated ledger built once; tests get copies (Anki's approach)."""
    root = tmp_path_factory.mktemp("template")
    with open_ledger(DataPaths(root)):
        pass
    return root / "ledger.db"


@pytest.fixture
def data_paths(isolated_env: Path, template_ledger: Path) -> DataPaths:
    paths = DataPaths(isolated_env).ensure()
    shutil.copyfile(template_ledger, paths.ledger)
    return paths


@pytest.fixture(scope="session")
def demo_templates(tmp_path_factory: pytest.TempPathFactory):
    """Demo ledgers built once per session (per worker), one per (members, seed)."""
    from unionoffice.demo.generate import generate_demo

    built: dict[tuple[int, int], Path] = {}

    def template(members: int, seed: int) -> Path:
        if (members, seed) not in built:
            root = tmp_path_factory.mktemp(f"demo-{members}-{seed}")
            with open_ledger(DataPaths(root)) as opened:
                for _ in generate_demo(opened.engine, members=members, seed=seed):
                    pass
            built[members, seed] = root / "ledger.db"
        return built[members, seed]

    return template


_OPENED: set[Path] = set()


@pytest.fixture
def demo_ledger(request: pytest.FixtureRequest, data_paths: DataPaths, demo_templates):
    """The test's ledger, opened on a copy of a demo ledger.

    The test module names the demo it wants: ``DEMO = {"members": 1500, "seed": 5}``. The copy
    is the same ledger ``generate_demo`` would make in the test (the generator's own tests in
    tests/db/test_demo.py still run it), without building it again for every test.
    """
    spec = request.module.DEMO
    if data_paths.ledger in _OPENED:
        raise RuntimeError("demo_ledger must be requested before ledger or engine")
    shutil.copyfile(demo_templates(spec["members"], spec["seed"]), data_paths.ledger)
    return request.getfixturevalue("ledger")


@pytest.fixture
def ledger(data_paths: DataPaths):
    from unionoffice.accounts import permissions

    _OPENED.add(data_paths.ledger)
    with open_ledger(data_paths) as opened:
        # As the app does at start (ui/app.py), before any window: whether the ledger has
        # accounts is read once, and the window reads only the cached answer.
        permissions.accounts_enabled(opened.engine)
        yield opened
    _OPENED.discard(data_paths.ledger)


@pytest.fixture
def engine(ledger):
    return ledger.engine


@pytest.fixture(scope="session")
def postgres():
    """One throwaway PostgreSQL server for the session (district store tests)."""
    from tests.pg import Postgres

    server = Postgres()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def pg_url(postgres) -> str:
    """An empty database on the throwaway server."""
    return postgres.database()
