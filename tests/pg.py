"""A throwaway PostgreSQL for the district tests: initdb in a temp dir, a localhost port.

Debian's postgresql package provides the binaries (make test installs it). initdb refuses to
run as root, so as root the server runs as the ``postgres`` account.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path


def _bindir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with contextlib.closing(socket.socket()) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Postgres:
    """Start with :meth:`start`; :meth:`database` makes an empty database and returns its URL."""

    def __init__(self) -> None:
        self.bindir = _bindir()
        self.base = Path(tempfile.mkdtemp(prefix="uo-pg-"))
        self.port = _free_port()
        self.as_root = os.geteuid() == 0
        self._count = 0

    def _run(self, *args: str) -> None:
        cmd = [str(a) for a in args]
        if self.as_root:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        subprocess.run(cmd, check=True, capture_output=True, timeout=120)

    def start(self) -> str:
        if self.bindir is None:
            raise RuntimeError("PostgreSQL is not installed (make test installs it)")
        data, sock = self.base / "data", self.base / "sock"
        sock.mkdir()
        if self.as_root:
            shutil.chown(self.base, "postgres")
            shutil.chown(sock, "postgres")
        self._run(self.bindir / "initdb", "-D", data, "-A", "trust", "-U", "uo", "-E", "UTF8",
                  "--locale=C", "--no-sync")
        self._run(self.bindir / "pg_ctl", "-D", data, "-w", "-l", self.base / "log", "-o",
                  f"-p {self.port} -k {sock} -c listen_addresses=127.0.0.1 -c fsync=off "
                  "-c synchronous_commit=off -c full_page_writes=off", "start")
        return self.url("postgres")

    def url(self, database: str) -> str:
        return f"postgresql://uo@127.0.0.1:{self.port}/{database}"

    def database(self) -> str:
        import psycopg

        self._count += 1
        name = f"district_{self._count}"
        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name}")
            conn.execute(f"CREATE DATABASE {name}")
        return self.url(name)

    def stop(self) -> None:
        with contextlib.suppress(Exception):
            self._run(self.bindir / "pg_ctl", "-D", self.base / "data", "-m", "immediate",
                      "stop")
        shutil.rmtree(self.base, ignore_errors=True)
