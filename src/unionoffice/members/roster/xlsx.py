"""Saving workbooks safely: a temporary file in the same folder, then an atomic rename.

A full disk, a file held open by Excel or a cancelled export never leaves a truncated .xlsx
where the clerk expects a good one.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from openpyxl import Workbook

from unionoffice.errors import LedgerError


def save_atomically(book: Workbook, path: Path) -> Path:
    """``book.save`` to ``path`` through a temporary file; LedgerError on any OS failure."""
    path = Path(path)
    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=".~", suffix=".xlsx", dir=path.parent)
        os.close(fd)
        book.save(tmp_name)
        # mkstemp makes the file private (0600); give it the mode any new file would get.
        os.chmod(tmp_name, 0o666 & ~_umask())
        os.replace(tmp_name, path)
        tmp_name = None
    except OSError as exc:
        raise LedgerError("roster.export_write", file=str(path),
                          reason=exc.strerror or str(exc)) from exc
    finally:
        if tmp_name:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
    return path


def _umask() -> int:
    mask = os.umask(0o022)  # the only portable way to read it is to set it
    os.umask(mask)
    return mask
