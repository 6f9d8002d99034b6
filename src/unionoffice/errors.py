"""Domain errors with stable codes; the UI and CLI turn them into text in the user's language."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from unionoffice import i18n

# Stable code -> (Simplified Chinese, English). Placeholders use str.format names.
MESSAGES: dict[str, tuple[str, str]] = {
    "required": ("不能为空", "is required"),
    "too_long": ("过长（最多 {max} 个字符）", "is too long (at most {max} characters)"),
    "choice": (
        "“{value}”不是可选值，可选：{choices}",
        "'{value}' is not allowed; choose one of: {choices}",
    ),
    "id_number.format": (
        "“{value}”格式不对：应为18位，前17位是数字，最后一位是数字或X",
        "'{value}' is malformed: 18 characters, 17 digits then a digit or X",
    ),
    "id_number.legacy15": (
        "“{value}”是旧的15位号码，请填写18位身份证号码",
        "'{value}' is an old 15-digit number; enter the 18-digit ID number",
    ),
    "id_number.checksum": (
        "“{value}”校验位不对（最后一位应为 {expected}），请核对是否抄错",
        "'{value}' has a wrong check character (expected {expected}); check for a typo",
    ),
    "id_number.birth_date": (
        "“{value}”中的出生日期 {date} 不是真实日期",
        "'{value}' holds birth date {date}, which is not a real date",
    ),
    "id_number.future_birth": (
        "“{value}”中的出生日期 {date} 在今天之后",
        "'{value}' holds birth date {date}, which is in the future",
    ),
    "id_number.birth_place": (
        "“{value}”的地址码 {code} 不在行政区划表中（可能是已撤销的旧代码或港澳台居住证），请核对",
        "'{value}' has address code {code}, which is not in the code table "
        "(an old code or a residence permit?); please check",
    ),
    "id_number.under_16": (
        "按身份证号码，此人未满16周岁（出生于 {date}）",
        "By the ID number this person is under 16 (born {date})",
    ),
    "id_number.gender_mismatch": (
        "性别“{given}”与身份证号码不符（号码表示{derived}）",
        "gender '{given}' does not match the ID number (which says {derived})",
    ),
    "id_number.birth_mismatch": (
        "出生日期 {given} 与身份证号码不符（号码中为 {derived}）",
        "birth date {given} does not match the ID number ({derived})",
    ),
    "id_number.duplicate": (
        "身份证号码 {value} 已属于会员“{name}”，同一人不能登记两次；请在原记录上办理会籍变动",
        "ID number {value} already belongs to member '{name}'; record a membership change "
        "on that record instead of adding the person twice",
    ),
    "uscc.format": (
        "“{value}”格式不对：应为18位，由数字和大写字母（不含 I O S V Z）组成",
        "'{value}' is malformed: 18 characters of digits and capitals (no I O S V Z)",
    ),
    "uscc.checksum": (
        "“{value}”校验位不对（最后一位应为 {expected}），请核对是否抄错",
        "'{value}' has a wrong check character (expected {expected}); check for a typo",
    ),
    "uscc.missing_reason": (
        "未填写统一社会信用代码时须说明原因（如：个体户无代码）",
        "without a credit code, give the reason (e.g. a sole trader has none)",
    ),
    "uscc.duplicate": (
        "统一社会信用代码 {value} 已属于“{name}”",
        "credit code {value} already belongs to '{name}'",
    ),
    "phone.format": (
        "“{value}”不是有效的手机号码（11位，以1开头）",
        "'{value}' is not a valid mobile number (11 digits starting with 1)",
    ),
    "phone.landline_format": (
        "“{value}”不是有效的电话号码（手机11位，或座机如 010-12345678）",
        "'{value}' is not a valid phone number (mobile, or a landline such as 010-12345678)",
    ),
    "date.format": (
        "“{value}”不是可识别的日期（可写 2024-01-01、2024/1/1、2024.1.1、2024年1月1日）",
        "'{value}' is not a date (write 2024-01-01, 2024/1/1, 2024.1.1 or 2024年1月1日)",
    ),
    "date.future": ("{value} 在今天之后", "{value} is in the future"),
    "date.before": (
        "{value} 早于{other}（{other_value}）",
        "{value} is before {other} ({other_value})",
    ),
    "number.format": ("“{value}”不是整数", "'{value}' is not a whole number"),
    "number.range": ("{value} 超出范围（{min}–{max}）", "{value} is out of range ({min}–{max})"),
    "member.not_found": ("找不到会员 {value}", "no member {value}"),
    "member.event_not_allowed": (
        "会员“{name}”当前状态为{status}，不能办理{event}",
        "member '{name}' is {status}; {event} is not possible",
    ),
    "member.event_date_order": (
        "日期 {value} 早于该会员上一次会籍变动（{last}）",
        "date {value} is before the member's last membership change ({last})",
    ),
    "member.reason_required": ("办理{event}须选择原因", "{event} needs a reason"),
    "member.transfer_join_date": (
        "转入须填写原入会日期（转入不是新入会）",
        "a transfer in needs the original join date (it is not a new membership)",
    ),
    "member.same_org": ("转入单位与原单位相同", "the new organization is the same as the old one"),
    # --- operators and access ---
    "access.sign_in": (
        "请先登录：{action}需要账户", "sign in first: to {action} needs an account",
    ),
    "access.denied": (
        "“{role}”不能{action}（只有{roles}可以）。如需办理，请由有权限的同事登录",
        "a {role} cannot {action} (only: {roles}). Ask a colleague who may to sign in",
    ),
    "auth.failed": (
        "用户名或密码不对，或账户已停用", "wrong user name or password, or the account is disabled",
    ),
    "password.too_short": ("密码至少 {min} 位", "the password needs at least {min} characters"),
    "operator.username": (
        "用户名“{value}”不可用：2–30 个字母、数字、汉字或 . _ -",
        "user name '{value}' is not allowed: 2–30 letters, digits, Chinese characters or . _ -",
    ),
    "operator.exists": ("用户名“{value}”已存在", "user name '{value}' exists already"),
    "operator.first_is_chair": (
        "第一个账户必须是“主席”（由主席管理其他账户）",
        "the first account must be a chair (the chair manages the others)",
    ),
    "operator.not_found": ("没有账户“{value}”", "no account '{value}'"),
    "operator.last_chair": (
        "不能停用最后一个主席账户", "the last chair account cannot be disabled",
    ),
    "operator.password_needed": (
        "账本已启用账户：请用 --operator 指定用户名，并在提示时输入密码（或设置环境变量 "
        "UNIONOFFICE_PASSWORD）",
        "the ledger has accounts: give --operator and the password when asked (or set "
        "UNIONOFFICE_PASSWORD)",
    ),
    "ledger.read_only": (
        "账本所在的文件夹“{path}”不能写入（{reason}）：可能是只读的共享文件夹、写保护的U盘或磁盘已满。"
        "账本未改动。请把整个文件夹复制到可写的位置后用 --data-dir 指定，或请管理员开放写入权限",
        "the ledger's folder '{path}' cannot be written ({reason}): a read-only share, a "
        "write-protected stick or a full disk. The ledger is unchanged. Copy the folder to a "
        "writable place and give it with --data-dir, or ask for write access",
    ),
    # --- the outbox ---
    "outbox.bad_url": (
        "“{value}”不是网址，应以 http:// 或 https:// 开头",
        "'{value}' is not an address; it starts with http:// or https://",
    ),
    "outbox.no_url": (
        "还没有设置区总工会的上报地址（设置：config set district-url，或“月度上报”页）",
        "the district's upload address is not set (config set district-url, or the monthly "
        "return page)",
    ),
    "outbox.no_bundle": ("没有第 {seq} 号数据包", "there is no bundle {seq}"),
    "outbox.unknown_file": (
        "“{file}”不是本账本生成的数据包", "'{file}' was not made by this ledger",
    ),
    "outbox.receipt_mismatch": (
        "区总工会的回执与第 {seq} 号数据包不符，已保留为未确认，将重试",
        "the district's receipt does not match bundle {seq}; kept unconfirmed, will retry",
    ),
    # --- backups and restore ---
    "backup.failed": (
        "无法备份账本：{reason}。请检查磁盘空间后重试；账本本身未受影响",
        "the ledger could not be backed up: {reason}. Check the free disk space and try "
        "again; the ledger itself is unaffected",
    ),
    "backup.not_found": ("找不到备份文件“{file}”", "backup file '{file}' not found"),
    "backup.damaged": (
        "备份文件“{file}”已损坏（完整性检查未通过），不能用于恢复；请选择另一个备份",
        "backup '{file}' is damaged (integrity check failed) and cannot be restored; choose "
        "another backup",
    ),
    "backup.not_a_ledger": (
        "“{file}”不是本程序的账本备份", "'{file}' is not a backup of a UnionOffice ledger",
    ),
    "bundle.ack_required": (
        "账本已从备份恢复。为避免数据包序号重复，请先确认区总工会已收到的最后一个数据包序号"
        "（“月度上报”页，或命令 bundle ack --seq N），再生成数据包",
        "the ledger was restored from a backup. To keep bundle numbers from repeating, first "
        "confirm the last bundle seq the district acknowledged (monthly return page, or "
        "bundle ack --seq N)",
    ),
    "bundle.ack_needs_receipt": (
        "本账本没有第 {seq} 号数据包的记录（备份早于该数据包）。请填写区总工会回执上该数据包的"
        "清单校验值（SHA-256，64位）",
        "this ledger has no record of bundle {seq} (the backup is older). Enter that bundle's "
        "manifest SHA-256 (64 hex digits) from the district's receipt",
    ),
    "bundle.ack_mismatch": (
        "填写的校验值与本账本中第 {seq} 号数据包不符，请核对回执",
        "the SHA-256 given does not match bundle {seq} in this ledger; check the receipt",
    ),
    # --- rosters (Excel / CSV import) ---
    "roster.not_found": ("找不到文件“{file}”", "file '{file}' not found"),
    "roster.file_type": (
        "不能导入“{file}”：{suffix} 不是表格文件。请在 Excel 中另存为 .xlsx 或 .csv 后再导入",
        "cannot import '{file}': {suffix} is not a spreadsheet. Save it from Excel as .xlsx "
        "or .csv and import that",
    ),
    "roster.damaged": (
        "无法读取“{file}”（{reason}）。文件可能已损坏或不是 Excel 文件；请用 Excel 打开确认，"
        "另存为 .xlsx 后再导入。账本未改动",
        "cannot read '{file}' ({reason}). It may be damaged or not an Excel file; open it in "
        "Excel, save it as .xlsx and import that. The ledger is unchanged",
    ),
    "roster.password": (
        "“{file}”设有打开密码，无法读取。请在 Excel 中取消密码后另存，再导入",
        "'{file}' is password-protected. Remove the password in Excel, save, and import again",
    ),
    "roster.encoding": (
        "无法识别“{file}”的文字编码。请在 Excel 中另存为“CSV UTF-8（逗号分隔）”或 .xlsx 后再导入",
        "cannot tell the text encoding of '{file}'. Save it from Excel as 'CSV UTF-8' or .xlsx "
        "and import that",
    ),
    "roster.no_header": (
        "在“{file}”前 {rows} 行中找不到表头。表头须至少有“姓名”和“身份证号码”两列；"
        "可以用“下载导入模板”得到标准表格",
        "no header row in the first {rows} rows of '{file}'. The header needs at least "
        "'姓名' (name) and '身份证号码' (ID number); the import template has the standard columns",
    ),
    "roster.missing_columns": (
        "“{file}”缺少必需的列：{columns}。请在“列对应”一步中指定，或在表格中补上这些列",
        "'{file}' lacks required columns: {columns}. Assign them in the column step or add them "
        "to the sheet",
    ),
    "roster.id_as_number": (
        "Excel 把证件号码存成了数字，末几位已丢失（现为 {value}），无法还原。请把该列设为“文本”"
        "格式，按原件重新填写",
        "Excel stored the ID number as a number and its last digits are lost (now {value}); "
        "it cannot be restored. Format the column as Text and type the number again",
    ),
    "roster.id_upgraded": (
        "15位旧号码 {old} 已升为18位 {new}，请与本人核对",
        "the old 15-digit number {old} was upgraded to {new}; please confirm with the person",
    ),
    "roster.month_only": (
        "“{value}”只有年月，缺少日。请填写完整日期，如 2019-05-01",
        "'{value}' has a year and month but no day; write the whole date, e.g. 2019-05-01",
    ),
    "roster.repeat_row": (
        "与第 {other} 行完全相同，已跳过", "identical to row {other}; skipped",
    ),
    "roster.duplicate_in_file": (
        "证件号码 {value} 在第 {rows} 行重复出现且内容不同，这几行都未导入；请核对后只保留一行",
        "ID number {value} appears on rows {rows} with different details; none of them was "
        "imported. Keep one row",
    ),
    "roster.name_mismatch": (
        "证件号码 {value} 在台账中属于“{name}”，与本行姓名“{given}”不符，未导入。请核对号码或姓名",
        "ID number {value} belongs to '{name}' in the ledger, not '{given}'; not imported. "
        "Check the number or the name",
    ),
    "roster.org_not_found": (
        "单位“{value}”不在台账中。请先在“单位”页新增，或导入时选择“自动新增单位”",
        "organization '{value}' is not in the ledger. Add it on the organizations page first, "
        "or choose 'create missing organizations'",
    ),
    "roster.org_name_needed": (
        "统一社会信用代码 {value} 不在台账中，且本行没有单位名称，无法新增单位",
        "credit code {value} is not in the ledger and the row has no organization name to "
        "create it with",
    ),
    "roster.org_ambiguous": (
        "台账中有多个名为“{value}”的单位。请在表中填写统一社会信用代码",
        "several organizations are named '{value}'; add the credit code to the sheet",
    ),
    "roster.org_uscc_mismatch": (
        "单位名称“{value}”与统一社会信用代码 {uscc} 不符（台账中为“{found}”），未导入",
        "organization '{value}' does not match credit code {uscc} (the ledger says "
        "'{found}'); not imported",
    ),
    "roster.org_created": (
        "单位“{value}”不在台账中，将新建；导入后请到“单位”页补全资料",
        "organization '{value}' is new and will be created; complete it on the organizations "
        "page afterwards",
    ),
    "roster.no_org": (
        "未填写工作单位，会员将不属于任何单位", "no organization given; the member will have none",
    ),
    "roster.org_differs": (
        "台账中该会员属于“{current}”，本表为“{value}”；单位未改动。如已换单位，请在会员页办理转出/转入",
        "the ledger has this member in '{current}', the sheet says '{value}'; the organization "
        "was not changed. If they moved, record a transfer on the members page",
    ),
    "roster.join_date_missing": (
        "缺少入会日期。请在表中填写，或导入时指定默认入会日期",
        "no join date; fill it in, or give a default join date for the import",
    ),
    "roster.join_date_differs": (
        "入会日期 {value} 与台账中的 {current} 不同，未改动（入会日期由会籍变动记录决定）",
        "join date {value} differs from the ledger's {current}; not changed (it comes from the "
        "membership history)",
    ),
    "roster.not_member": (
        "该人在台账中的会籍状态为“{status}”，只更新了资料；如重新入会，请在会员页办理",
        "this person's membership in the ledger is '{status}'; only the details were updated. "
        "Record a new 入会 on the members page if they rejoin",
    ),
    "roster.export_write": (
        "无法写入“{file}”：{reason}。请确认该文件没有在 Excel 中打开，且磁盘有空间",
        "cannot write '{file}': {reason}. Make sure it is not open in Excel and the disk has "
        "room",
    ),
    "org.not_found": ("找不到单位“{value}”", "no organization '{value}'"),
    "org.ambiguous": (
        "“{value}”对应多个单位，请改用统一社会信用代码",
        "'{value}' matches several organizations; use the credit code",
    ),
    "org.has_members": (
        "单位“{name}”仍有 {count} 名会员，不能删除",
        "organization '{name}' still has {count} members; it cannot be deleted",
    ),
    "org.referenced": (
        "单位“{name}”仍被会籍变动、集体合同或调解案件引用，不能删除",
        "organization '{name}' is still referred to by membership changes, contracts or "
        "cases; it cannot be deleted",
    ),
    "money.format": (
        "“{value}”不是有效金额（元，最多两位小数，不能为负）",
        "'{value}' is not an amount (yuan, at most 2 decimals, not negative)",
    ),
    "case.not_found": ("找不到调解案件 {value}", "no mediation case {value}"),
    "case.action_not_allowed": (
        "案件当前状态为“{state}”，不能{action}",
        "the case is '{state}'; it cannot be '{action}'",
    ),
    "case.date_order": (
        "日期 {value} 早于案件的上一步（{last}）",
        "date {value} is before the case's previous step ({last})",
    ),
    "case.applicant_required": ("至少要有一名申请人", "at least one applicant is needed"),
    "case.representatives_required": (
        "{n} 名劳动者的集体争议须推选代表（至少一名申请人标为代表）",
        "a collective dispute of {n} workers needs elected representatives (mark at least one)",
    ),
    "case.terms_required": (
        "调解协议至少要有一项协议内容",
        "an agreement needs at least one term",
    ),
    "case.term_deadline_required": (
        "第 {n} 项须写明履行期限和履行方式",
        "term {n} needs a deadline and a method of performance",
    ),
    "case.extension_invalid": (
        "延长后的期限 {value} 须晚于当前期限 {current}，并写明双方同意的情况",
        "the new limit {value} must be after the current one ({current}), with the parties' "
        "consent noted",
    ),
    "case.no_agreement": (
        "案件 {value} 没有调解协议（当前状态：{state}）",
        "case {value} has no agreement (state: {state})",
    ),
    "case.referral_not_allowed": (
        "案件当前状态为“{state}”，不能{referral}",
        "the case is '{state}'; {referral} is not possible",
    ),
    "case.payment_order_not_eligible": (
        "支付令只适用于拖欠劳动报酬、工伤医疗费、经济补偿或赔偿金且逾期未履行的协议",
        "a payment order only applies to overdue agreements on wage arrears, injury medical "
        "costs, compensation or damages",
    ),
    "pdf.missing_glyphs": (
        "以下字符在本机所有中文字体中都找不到，无法打印：{chars}（{codes}）。"
        "请安装包含这些字的字体（如 Windows 的宋体扩展或 Noto/文泉驿字体），或核对录入的文字。",
        "these characters are in no installed font, so the document cannot be printed: "
        "{chars} ({codes}). Install a font that has them, or check the text as entered.",
    ),
    "pdf.no_font": (
        "找不到可嵌入的中文 TrueType 字体。Windows 需有仿宋/宋体；Linux 请安装 "
        "fonts-arphic-uming（Debian/Ubuntu）。",
        "no embeddable Chinese TrueType font found. Windows needs FangSong/SimSun; on Linux "
        "install fonts-arphic-uming (Debian/Ubuntu).",
    ),
    "case.number_pattern": (
        "案件编号格式“{value}”不可用：须含 {{n}}（序号），"
        "可用 {{year}}（年份）和 {{short}}（简称）",
        "case number pattern '{value}' is not usable: it needs {{n}} (the serial) and may use "
        "{{year}} and {{short}}",
    ),
    "contract.not_found": ("找不到集体合同 {value}", "no collective contract {value}"),
    "contract.action_not_allowed": (
        "合同当前状态为“{state}”，不能{action}",
        "the contract is '{state}'; it cannot be '{action}'",
    ),
    "contract.vote_invalid": (
        "职代会表决无效：应到 {total} 人、实到 {present} 人、赞成 {yes} 人。"
        "须至少三分之二代表出席，且赞成票超过全体代表半数（《集体合同规定》第三十六条）",
        "the congress vote is not valid: {total} representatives, {present} present, {yes} "
        "in favour. At least two thirds must be present and more than half of all must vote "
        "in favour (Art. 36)",
    ),
    "contract.term_unusual": (
        "合同期限约 {years} 年，超出通常的1至3年（《集体合同规定》第三十八条），请核对",
        "a term of about {years} years is outside the usual 1 to 3 (Art. 38); please check",
    ),
    "contract.too_early": (
        "报送后15日审查期未满，{value} 还不能生效（最早 {earliest}，第四十七条）",
        "the 15-day review after filing has not passed: it cannot take effect on {value} "
        "(earliest {earliest}, Art. 47)",
    ),
    "contract.organization_required": (
        "单一企业的集体合同须选择签约企业", "a single-employer contract needs its employer"),
    "contract.coverage_required": (
        "区域性、行业性集体合同须列出覆盖的企业", "a regional or industry contract needs the "
        "employers it covers"),
    "contract.coverage_duplicate": (
        "同一家企业在覆盖名单中出现了两次", "an employer is listed twice among those covered"),
    "contract.negotiators": (
        "每方协商代表只有 {n} 人，《集体合同规定》要求每方至少3人",
        "only {n} negotiators a side; the Provisions ask for at least 3",
    ),
    "report.format": (
        "不支持的文件类型：{value}。请用 .pdf、.xlsx 或 .json 结尾的文件名",
        "unsupported file type: {value}. Use a name ending .pdf, .xlsx or .json",
    ),
    "period.format": (
        "月份“{value}”格式不对，应写成 2026-10 这样的年-月",
        "period '{value}' is malformed; write year-month such as 2026-10",
    ),
    "bundle.no_recipient": (
        "尚未设置区总工会的接收公钥，含个人信息的数据包无法加密，因此不予生成。请先运行 "
        "unionoffice config set district-recipient age1…（或在“设置”中填写），"
        "或加 --aggregates-only 只生成不含个人信息的汇总数据包。",
        "the district's recipient key is not set, so a bundle with personal data cannot be "
        "encrypted and is not made. Run 'unionoffice config set district-recipient age1…' (or "
        "fill it in Settings), or use --aggregates-only for a bundle without personal data.",
    ),
    "bundle.bad_recipient": (
        "“{value}”不是有效的 age 接收公钥（应以 age1 开头）",
        "'{value}' is not an age recipient (it starts with age1)",
    ),
    "bundle.bad_identity": ("身份文件中没有有效的 age 私钥（AGE-SECRET-KEY-…）",
                            "the identity file holds no age secret key (AGE-SECRET-KEY-…)"),
    "bundle.identity_needed": ("数据包已加密，须用 --identity 指定解密用的 age 身份文件",
                               "the bundle is encrypted: give the age identity with --identity"),
    "bundle.decrypt_failed": ("无法解密数据包：不是发给这把密钥的，或文件已损坏",
                              "the bundle cannot be decrypted: not for this key, or damaged"),
    "bundle.not_a_bundle": ("这不是 UnionOffice 数据包，或文件已损坏",
                            "this is not a UnionOffice bundle, or it is damaged"),
    "bundle.unsafe_zip": ("数据包结构不安全（{reason}），拒绝处理",
                          "the bundle's archive is unsafe ({reason}); refused"),
    "bundle.bad_pubkey": ("公钥文件格式不对（应为 minisign 公钥）",
                          "the public key file is not a minisign public key"),
    "bundle.bad_signature_file": ("签名文件格式不对", "the signature file is malformed"),
    "bundle.wrong_key": (
        "签名所用密钥 {found} 不是登记的密钥 {expected}",
        "signed with key {found}, not the registered key {expected}",
    ),
    "bundle.bad_signature": ("签名验证失败：清单被改动过，或不是用该密钥签的",
                             "the signature does not verify: the manifest was changed, or "
                             "another key signed it"),
    "bundle.bad_manifest": ("清单无效（{detail}）", "the manifest is invalid ({detail})"),
    "bundle.unlisted_file": ("数据包中有清单未列出的文件 {path}",
                             "the bundle holds a file the manifest does not list: {path}"),
    "bundle.missing_file": ("清单列出的文件 {path} 不在数据包中",
                            "the manifest lists {path}, which is missing"),
    "bundle.hash_mismatch": ("文件 {path} 的校验值与清单不符（被改动或替换）",
                             "{path} does not match the manifest's hash (changed or swapped)"),
    "bundle.seq_taken": ("第 {seq} 号数据包已由另一操作生成，请重试",
                         "bundle {seq} was made meanwhile by another action; try again"),
    "district.not_initialised": (
        "{path} 还不是区总工会的数据库，请先运行 unionoffice district init",
        "{path} is not a district store yet; run 'unionoffice district init' first",
    ),
    "district.unknown_key": (
        "街道 {office} 的签名密钥 {key} 未登记，拒绝接收（请先 district register）",
        "key {key} of office {office} is not registered; refused (run 'district register')",
    ),
    "district.key_not_valid": ("街道 {office} 的密钥 {key} 在数据包日期不在有效期内",
                               "key {key} of office {office} was not valid on the bundle's date"),
    "district.seq_conflict": (
        "街道 {office} 的第 {seq} 号数据包已接收过，且内容不同，拒绝接收",
        "bundle {seq} of office {office} was already accepted with different contents; refused",
    ),
    "district.old_seq": (
        "街道 {office} 的第 {seq} 号数据包比已接收的第 {last} 号更旧，拒绝接收",
        "bundle {seq} of office {office} is older than the accepted {last}; refused",
    ),
    "district.missing_seq": (
        "街道 {office} 缺少第 {missing} 号数据包，须先接收它，才能接收第 {seq} 号",
        "office {office} is missing bundle {missing}; it must come before bundle {seq}",
    ),
    "district.broken_chain": (
        "街道 {office} 第 {seq} 号数据包的前序校验值与已接收的上一号不符，拒绝接收",
        "bundle {seq} of office {office} does not chain to the last accepted one; refused",
    ),
    "bundle.bad_rotation": (
        "数据包中的换钥声明无效（须由已登记的旧密钥和新密钥共同签名）",
        "the key rotation statement is invalid (it must be signed by the registered old key "
        "and the new key)",
    ),
    "office.missing": (
        "账本还没有设置本街道信息，请先运行 unionoffice init（或 demo）",
        "the ledger has no office yet; run 'unionoffice init' (or 'demo') first",
    ),
    "ledger.exists": (
        "{path} 已有账本，不能再次初始化",
        "a ledger already exists at {path}; it cannot be initialised again",
    ),
    "ledger.too_new": (
        "账本 {path} 由更新版本的 UnionOffice 创建"
        "（数据结构版本 {found}，本程序支持到 {supported}）。"
        "请安装新版本后再打开，本程序不会改动它。",
        "the ledger {path} was made by a newer UnionOffice (schema {found}; this program knows up "
        "to {supported}). Install the newer version; this program leaves it untouched.",
    ),
    "ledger.locked": (
        "账本 {path} 正被另一个 UnionOffice 程序使用{holder}。请先关闭那个程序，再重试。",
        "the ledger {path} is in use by another UnionOffice program{holder}. "
        "Close it and try again.",
    ),
    "ledger.not_a_ledger": (
        "{path} 不是 UnionOffice 账本文件或已损坏：{detail}",
        "{path} is not a UnionOffice ledger or is damaged: {detail}",
    ),
    "ledger.disk_full": (
        "磁盘空间不足，未能保存（账本保持原样）。请清理磁盘后重试。",
        "the disk is full; nothing was saved (the ledger is unchanged). Free space and retry.",
    ),
    "keyring.unavailable": (
        "系统钥匙串不可用（{backend}），无法保存本街道的签名密钥。请在系统中启用钥匙串服务"
        "（Windows 凭据管理器、macOS 钥匙串、Linux 的 Secret Service），或通过环境变量 "
        "PYTHON_KEYRING_BACKEND 或 keyringrc.cfg 明确指定 keyring 后端。",
        "no usable keyring ({backend}), so the office signing key cannot be stored. Enable the "
        "system keyring (Windows Credential Manager, macOS Keychain, Secret Service on Linux) or "
        "choose a keyring backend explicitly with PYTHON_KEYRING_BACKEND or keyringrc.cfg.",
    ),
    "keyring.insecure_implicit": (
        "keyring 自动选择了不安全的后端 {backend}（明文文件）。本程序不会把密钥静默存成明文；"
        "请启用系统钥匙串，或确需如此时通过 PYTHON_KEYRING_BACKEND 明确指定。",
        "keyring picked the insecure backend {backend} (a plaintext file) on its own. The key is "
        "never stored in plaintext silently; enable the system keyring, or choose that backend "
        "explicitly with PYTHON_KEYRING_BACKEND if you really mean it.",
    ),
    "keyring.key_missing": (
        "钥匙串中没有街道 {office} 的签名密钥",
        "the keyring holds no signing key for office {office}",
    ),
    "demo.not_empty": (
        "账本中已有数据；演示数据只能填入空账本（以免与真实数据混在一起）。"
        "请用 --data-dir 指定一个新目录。",
        "the ledger already holds data; demo data only goes into an empty ledger (so it is never "
        "mixed with real records). Use --data-dir with a new folder.",
    ),
    "keyring.plaintext_warning": (
        "警告：签名密钥保存在不安全的 keyring 后端 {backend} 中（按配置明确选择）",
        "warning: the signing key is kept by the insecure keyring backend {backend} "
        "(chosen explicitly by configuration)",
    ),
    "office.code": (
        "街道代码“{value}”应为9位数字（如 110101004）",
        "office code '{value}' must be 9 digits (e.g. 110101004)",
    ),
    "district.code": (
        "区代码“{value}”应为6位数字（如 110101）",
        "district code '{value}' must be 6 digits (e.g. 110101)",
    ),
}

FIELD_LABELS: dict[str, tuple[str, str]] = {
    "name": ("姓名", "name"),
    "gender": ("性别", "gender"),
    "id_number": ("证件号码", "ID number"),
    "birth_date": ("出生日期", "birth date"),
    "phone": ("手机号码", "phone"),
    "join_date": ("入会日期", "join date"),
    "event_date": ("变动日期", "date of change"),
    "organization": ("工作单位", "organization"),
    "uscc": ("统一社会信用代码", "credit code"),
    "uscc_missing_reason": ("无代码原因", "reason for no code"),
    "employees": ("职工人数", "employees"),
    "female_employees": ("女职工人数", "female employees"),
    "founded_on": ("建会日期", "founded on"),
    "office_code": ("街道代码", "office code"),
    "district_code": ("区代码", "district code"),
    "short_name": ("简称", "short name"),
    "district_name": ("区总工会名称", "district federation name"),
    "education": ("学历", "education"),
    "household_type": ("户籍类型", "household type"),
    "employment_status": ("就业状况", "employment status"),
    "employment_form": ("用工形式", "employment form"),
    "new_form_group": ("新就业形态", "new form of employment"),
    "model_worker_level": ("劳模", "model worker"),
    "industry": ("行业", "industry"),
    "address": ("地址", "address"),
    "chair": ("工会主席", "union chair"),
    "contact_person": ("联系人", "contact person"),
    "members": ("会员人数", "members"),
    "applicants": ("申请人", "applicants"),
    "respondent_name": ("被申请人", "respondent"),
    "respondent_uscc": ("被申请人统一社会信用代码", "respondent's credit code"),
    "claimed_amount": ("涉及金额", "amount claimed"),
    "received_on": ("收到申请日期", "application received"),
    "terms": ("协议内容", "agreement terms"),
    "amount": ("金额", "amount"),
    "on_date": ("日期", "date"),
    "case": ("案件", "case"),
    "category": ("争议类别", "category"),
    "claims": ("请求事项", "requests"),
    "case_number_pattern": ("案件编号格式", "case number pattern"),
    "title": ("合同名称", "title"),
    "contract_type": ("合同类型", "contract type"),
    "scope": ("适用范围", "scope"),
    "coverage": ("覆盖企业", "covered employers"),
    "votes": ("职代会表决", "congress vote"),
    "term_start": ("合同起始日期", "term start"),
    "term_end": ("合同终止日期", "term end"),
    "negotiators_per_side": ("每方协商代表人数", "negotiators a side"),
    "wage_increase_pct": ("工资增长幅度", "wage increase"),
    "contract": ("集体合同", "collective contract"),
    "coverage_rule": ("覆盖计数规则", "coverage counting rule"),
    "period": ("月份", "period"),
    "reason": ("原因", "reason"),
    "kind": ("类型", "kind"),
    "ledger": ("账本", "ledger"),
    "keyring": ("钥匙串", "keyring"),
    "member": ("会员", "member"),
    "contact_phone": ("联系电话", "contact phone"),
    "organization_uscc": ("单位统一社会信用代码", "organization's credit code"),
    "ethnicity": ("民族", "ethnicity"),
    "political_status": ("政治面貌", "political status"),
    "migrant_worker": ("是否农民工", "migrant worker"),
    "platform": ("所属平台", "platform"),
    "hardship": ("是否困难职工", "hardship"),
    "card_number": ("会员卡号", "card number"),
    "username": ("用户名", "user name"),
    "display_name": ("姓名", "name"),
    "role": ("角色", "role"),
    "password": ("密码", "password"),
    "seq": ("序号", "seq"),
    "years": ("保留年限", "years kept"),
    "url": ("网址", "address"),
}


def field_label(name: str) -> str:
    """The field's label in the current language."""
    zh, en = FIELD_LABELS.get(name, (name, name))
    return i18n.pick(zh, en)


def render(code: str, params: dict[str, Any], lang: str | None = None) -> str:
    """Render a message code with its parameters in ``lang`` (default: the current language)."""
    zh, en = MESSAGES.get(code, (code, code))
    template = (zh if lang == "zh" else en) if lang else i18n.pick(zh, en)
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template


@dataclass(frozen=True)
class Problem:
    """One thing wrong (or worth a warning) with one field."""

    code: str
    field: str
    params: dict[str, Any] = field(default_factory=dict)
    severity: str = "error"  # "error" refuses the write, "warning" only informs

    @property
    def message(self) -> str:
        return render(self.code, self.params)

    def describe(self) -> str:
        """'<field>: <message>' in the current language."""
        sep = "：" if i18n.language() == "zh" else ": "
        return f"{field_label(self.field)}{sep}{self.message}"


class LedgerError(Exception):
    """Base of every error the user can be told about; carries a stable code."""

    def __init__(self, code: str, field: str = "", **params: Any) -> None:
        self.code = code
        self.field = field
        self.params = params
        super().__init__(self.describe())

    def describe(self) -> str:
        return Problem(self.code, self.field, self.params).describe() if self.field else render(
            self.code, self.params
        )

    def __str__(self) -> str:  # re-render so a language switch after raising is honoured
        return self.describe()


class ValidationFailed(LedgerError):
    """A write refused because of one or more problems; nothing was written."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = [p for p in problems if p.severity == "error"]
        self.warnings = [p for p in problems if p.severity == "warning"]
        first = self.problems[0]
        super().__init__(first.code, first.field, **first.params)

    def describe(self) -> str:
        return "\n".join(p.describe() for p in self.problems)


class NotFound(LedgerError):
    """The thing asked for does not exist."""


class RuleViolation(LedgerError):
    """A domain rule refuses the operation (e.g. an event not allowed in the member's status)."""


class LedgerUnavailable(LedgerError):
    """The ledger cannot be opened: locked, too new, damaged."""


class KeyringError(LedgerError):
    """The signing key cannot be stored or read."""
