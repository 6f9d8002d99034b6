"""Screenshots of every page, in a real window, on a demo ledger (run under xvfb-run).

Usage: python scripts/screenshot.py OUT_DIR [zh|en]   (no language: both, one process each)
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# The 月度上报 page needs no key to show; a missing keyring says so there.
PAGES = ["home", "members", "organizations", "contracts", "cases", "reports", "sync",
         "audit", "settings"]


def shoot(out: Path, lang: str) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from unionoffice import i18n
    from unionoffice.db.migrate import open_ledger
    from unionoffice.demo.generate import generate_demo
    from unionoffice.paths import DataPaths
    from unionoffice.ui.main_window import MainWindow
    from unionoffice.ui.settings import UiSettings
    from unionoffice.ui.tasks import TaskManager
    from unionoffice.ui.translations import install_translators

    app = QApplication(sys.argv)
    i18n.set_language(lang)
    install_translators(app, lang)
    tasks = TaskManager()

    def settle() -> None:
        for _ in range(10):
            tasks.wait_idle()
            app.processEvents()

    with tempfile.TemporaryDirectory() as tmp, open_ledger(DataPaths(Path(tmp))) as ledger:
        for _ in generate_demo(ledger.engine, members=20000, seed=1):
            pass
        window = MainWindow(ledger, tasks, UiSettings(DataPaths(Path(tmp))), lang)
        window.resize(1280, 800)
        window.show()
        for page_id in PAGES:
            window.show_page(page_id)
            settle()
            path = out / f"{lang}-{page_id}.png"
            window.grab().save(str(path))
            print(path)
        window.show_page("members")
        settle()
        window.members.model.data(window.members.model.index(3, 0))  # asks for the rows
        settle()
        window.members.open_member(window.members.model.data(window.members.model.index(3, 0),
                                                             Qt.ItemDataRole.UserRole))
        settle()
        form = window.members.current_form
        form.adjustSize()
        form.grab().save(str(out / f"{lang}-member-form.png"))
        form.reject()
        window.members.create_new()
        settle()
        form = window.members.current_form
        form.id_number.setText("110105194912310021")
        form.phone.setText("1381234")
        settle()
        form.grab().save(str(out / f"{lang}-member-form-errors.png"))
        form.reject()
        from unionoffice.mediation.queries import list_cases

        window.show_page("cases")
        settle()
        effective = next(r for r in list_cases(ledger.engine) if r.state == "effective")
        detail = window.cases.open_case(effective.id)
        settle()
        detail.grab().save(str(out / f"{lang}-case-detail.png"))
        detail.open_document("agreement")
        settle()
        detail.viewer.resize(820, 1000)
        for _ in range(40):  # QPdfView renders pages on its own thread
            app.processEvents()
            time.sleep(0.05)
        detail.viewer.grab().save(str(out / f"{lang}-agreement-preview.png"))
        detail.viewer.close()
        detail.close()
        from unionoffice.contracts.queries import list_contracts

        window.show_page("contracts")
        settle()
        signed = next(r for r in list_contracts(ledger.engine) if r.state == "effective")
        contract = window.contracts.open_contract(signed.id)
        settle()
        contract.grab().save(str(out / f"{lang}-contract-detail.png"))
        contract.close()
        shoot_import(window, ledger, Path(tmp), out, lang, settle)
        dialog = window.open_operators()
        settle()
        dialog.grab().save(str(out / f"{lang}-accounts.png"))
        dialog.close()
        window.settings_page.backup_button.click()
        dialog = window.current_dialog
        dialog.backup_now()
        settle()
        dialog.grab().save(str(out / f"{lang}-backups.png"))
        dialog.close()
        window.show_page("home")
        settle()
        window.grab().save(str(out / f"{lang}-home.png"))
        window.close()
        tasks.wait_idle()


def shoot_import(window, ledger, tmp: Path, out: Path, lang: str, settle) -> None:
    """The import wizard's three steps on a messy roster, then the members list after it."""
    import datetime as dt

    import openpyxl
    from sqlalchemy import text

    from unionoffice.common.validation import make_id_number

    with ledger.engine.connect() as conn:
        org, known = conn.execute(text(
            "SELECT o.name, m.id_number FROM member m JOIN organization o "
            "ON o.id = m.organization_id WHERE o.name IN (SELECT name FROM organization "
            "GROUP BY name HAVING count(*) = 1) AND m.status = 'active' LIMIT 1")).first()
        known_name = conn.execute(text("SELECT name FROM member WHERE id_number = :n"),
                                  {"n": known}).scalar_one()
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append([f"{org}工会会员花名册"])
    sheet.append(["序号", "姓名", "性别", "身份证号", "联系电话", "工作单位", "入会时间", "学历",
                  "备注"])
    rows = [
        ["张伟", "男", make_id_number("110101", dt.date(1988, 3, 2), 11), "13812345678",
         org, dt.date(2026, 10, 9), "本科", ""],
        ["李娜", "女", make_id_number("110105", dt.date(1992, 7, 19), 22), "１３９１２３４５６７８",
         org, 46304, "大专", ""],
        [known_name, "", known, "13700001111", org, "", "硕士", "更新手机号"],
        ["王芳", "女", 110101199001011000.0, "", org, "2026-10-12", "高中", ""],
        ["赵强", "男", make_id_number("110101", dt.date(1985, 1, 5), 33)[:-1] + "0", "",
         org, "2026年10月", "", ""],
        ["刘洋", "女", make_id_number("110101", dt.date(1990, 2, 3), 42), "138123", org,
         "2026/10/15", "中专", ""],
        ["陈静", "女", make_id_number("110102", dt.date(1995, 9, 9), 44), "", "北京未登记公司",
         "2026-10-20", "本科", ""],
    ]
    for n, row in enumerate(rows, start=1):
        sheet.append([n, *row])
    path = tmp / "花名册.xlsx"
    book.save(path)
    window.show_page("members")
    settle()
    wizard = window.members.open_import()
    wizard.file_page.load_file(path)
    settle()
    wizard.grab().save(str(out / f"{lang}-import-1-file.png"))
    wizard.next()
    settle()
    wizard.grab().save(str(out / f"{lang}-import-2-columns.png"))
    wizard.next()
    settle()
    wizard.check_page.issues.selectRow(1)
    wizard.grab().save(str(out / f"{lang}-import-3-check.png"))
    wizard.accept()
    settle()
    window.grab().save(str(out / f"{lang}-members-after-import.png"))


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    if len(sys.argv) > 2:
        shoot(out, sys.argv[2])
        return 0
    for lang in ("zh", "en"):  # a process each: one translator per application
        subprocess.run([sys.executable, __file__, str(out), lang], check=True,
                       env=dict(os.environ))
    return 0


if __name__ == "__main__":
    sys.exit(main())
