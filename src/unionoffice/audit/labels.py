"""Names of audit actions and their groups, in the user's language (for the audit view)."""

from __future__ import annotations

from unionoffice.i18n import pick

GROUPS: list[tuple[str, tuple[str, str]]] = [
    ("member.", ("会员", "members")), ("organization.", ("单位", "organizations")),
    ("case.", ("调解案件", "mediation cases")), ("contract.", ("集体合同", "contracts")),
    ("roster.", ("花名册导入", "roster imports")), ("bundle.", ("数据包", "bundles")),
    ("auth.", ("登录", "sign-ins")), ("operator.", ("账户", "accounts")),
    ("ledger.", ("账本", "ledger")), ("office.", ("本街道设置", "office settings")),
]
ACTIONS: dict[str, tuple[str, str]] = {
    "member.create": ("新增会员", "member added"), "member.update": ("修改会员", "member edited"),
    "member.delete": ("删除误录会员", "member deleted"),
    "member.import": ("导入会员", "member imported"),
    "member.export": ("导出会员名册", "members exported"),
    "member.reveal_id": ("查看完整证件号码", "full ID shown"),
    "member.join": ("入会", "joined"), "member.transfer_in": ("转入", "transferred in"),
    "member.transfer_out": ("转出", "transferred out"), "member.retain": ("保留会籍", "retained"),
    "member.restore": ("恢复会籍", "restored"), "member.leave": ("退会", "left"),
    "member.expel": ("除名", "expelled"),
    "organization.create": ("新增单位", "organization added"),
    "organization.update": ("修改单位", "organization edited"),
    "organization.delete": ("删除单位", "organization deleted"),
    "roster.import": ("导入花名册", "roster imported"),
    "bundle.create": ("生成数据包", "bundle made"),
    "bundle.ack_confirmed": ("确认区总工会回执", "district receipt confirmed"),
    "auth.login": ("登录", "signed in"), "auth.failed": ("登录失败", "sign-in failed"),
    "auth.sign_out": ("退出登录", "signed out"), "auth.lock": ("锁定", "locked"),
    "operator.create": ("新增账户", "account added"),
    "operator.password": ("更改密码", "password changed"),
    "operator.disable": ("停用账户", "account disabled"),
    "operator.enable": ("启用账户", "account enabled"),
    "ledger.restore": ("从备份恢复", "restored from backup"),
    "office.init": ("设置本街道", "office set up"),
    "office.rotate_key": ("更换签名密钥", "signing key rotated"),
    "demo.generate": ("加载演示数据", "demo data loaded"),
}


def action_label(action: str) -> str:
    if action in ACTIONS:
        return pick(*ACTIONS[action])
    for prefix, names in GROUPS:
        if action.startswith(prefix):
            return f"{pick(*names)}：{action[len(prefix):]}"
    return action


def group_choices() -> list[tuple[str, str]]:
    return [(prefix, pick(*names)) for prefix, names in GROUPS]
