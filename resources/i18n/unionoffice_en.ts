<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/about_dialog.py" line="29"/>
        <source>关于街道工会台账</source>
        <translation>About UnionOffice</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/about_dialog.py" line="33"/>
        <source>&lt;b&gt;街道工会台账 UnionOffice&lt;/b&gt;&lt;br&gt;版本 {version}</source>
        <translation>&lt;b&gt;UnionOffice&lt;/b&gt;&lt;br&gt;Version {version}</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/about_dialog.py" line="36"/>
        <source>Python {py}，Qt {qt}（PySide6 {pyside}）</source>
        <translation>Python {py}, Qt {qt} (PySide6 {pyside})</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/about_dialog.py" line="47"/>
        <source>组件</source>
        <translation>Component</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/about_dialog.py" line="47"/>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/about_dialog.py" line="48"/>
        <location filename="../../src/unionoffice/ui/dialogs/about_dialog.py" line="56"/>
        <source>许可证</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/about_dialog.py" line="55"/>
        <source>字体文件</source>
        <translation>Font file</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/about_dialog.py" line="55"/>
        <source>位置</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/about_dialog.py" line="61"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/about_dialog.py" line="65"/>
        <source>随程序提供的组件：</source>
        <translation>Components shipped with the program:</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/about_dialog.py" line="67"/>
        <source>文书使用的字体（本机已安装，程序不附带）：</source>
        <translation>Fonts the documents use (installed on this computer, not shipped):</translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/operators_dialog.py" line="40"/>
        <source>设置密码</source>
        <translation>Set password</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/operators_dialog.py" line="40"/>
        <source>新增账户</source>
        <translation>New account</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/operators_dialog.py" line="49"/>
        <location filename="../../src/unionoffice/ui/dialogs/operators_dialog.py" line="57"/>
        <source>原密码</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/operators_dialog.py" line="50"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/operators_dialog.py" line="51"/>
        <location filename="../../src/unionoffice/ui/dialogs/operators_dialog.py" line="59"/>
        <source>再输一次</source>
        <translation>Again</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/operators_dialog.py" line="52"/>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/operators_dialog.py" line="54"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/operators_dialog.py" line="55"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/operators_dialog.py" line="58"/>
        <source>密码（至少8位）</source>
        <translation>Password (8 or more characters)</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/operators_dialog.py" line="64"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/operators_dialog.py" line="64"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/operators_dialog.py" line="68"/>
        <source>两次输入的密码不一致</source>
        <translation>The two passwords differ</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/agreement_dialog.py" line="30"/>
        <source>签订调解协议</source>
        <translation>Sign the agreement</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/agreement_dialog.py" line="34"/>
        <source>协议条款</source>
        <translation>Agreement terms</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/agreement_dialog.py" line="35"/>
        <source>协议内容</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/agreement_dialog.py" line="35"/>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/agreement_dialog.py" line="36"/>
        <source>履行期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/agreement_dialog.py" line="36"/>
        <source>履行方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/agreement_dialog.py" line="38"/>
        <source>增加一项</source>
        <translation>Add a term</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/agreement_dialog.py" line="43"/>
        <source>签订日期</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/agreement_dialog.py" line="49"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/agreement_dialog.py" line="50"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../src/unionoffice/ui/app.py" line="42"/>
        <source>无法打开账本</source>
        <translation>Cannot open the ledger</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../src/unionoffice/ui/pages/audit.py" line="38"/>
        <source>序号</source>
        <translation>Seq</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/audit.py" line="38"/>
        <source>时间（北京）</source>
        <translation>Time (Beijing)</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/audit.py" line="38"/>
        <source>操作人</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/audit.py" line="39"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/audit.py" line="39"/>
        <source>对象</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/audit.py" line="39"/>
        <source>内容</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../src/unionoffice/ui/pages/audit.py" line="59"/>
        <source>操作人</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/audit.py" line="61"/>
        <source>操作类别</source>
        <translation>Kind of action</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/audit.py" line="62"/>
        <source>全部操作</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/audit.py" line="63"/>
        <source>日期</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/audit.py" line="67"/>
        <source>记录编号或内容中的文字</source>
        <translation>Record id or text in the details</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/audit.py" line="68"/>
        <location filename="../../src/unionoffice/ui/pages/audit.py" line="69"/>
        <source>查找</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/audit.py" line="70"/>
        <source>校验日志完整性</source>
        <translation>Check the log</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/audit.py" line="112"/>
        <source>全部操作人</source>
        <translation>All operators</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/audit.py" line="127"/>
        <source>显示最近 {n} 条</source>
        <translation>Showing the latest {n}</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/audit.py" line="128"/>
        <source>共 {n} 条</source>
        <translation>{n} entries</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/audit.py" line="131"/>
        <source>正在校验…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/audit.py" line="140"/>
        <source>日志完整：共 {n} 条，每条都与前一条相连，未被改动。</source>
        <translation>The log is intact: {n} entries, each linked to the one before, none altered.</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/audit.py" line="145"/>
        <source>第 {seq} 条被改动或断链（此前 {n} 条完好）。请保留现状并报告主席；可用备份核对。</source>
        <translation>Entry {seq} was altered or the chain is broken ({n} entries before it are intact). Leave everything as it is and report it to the chair; backups can be compared.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/backup_dialog.py" line="34"/>
        <source>备份与恢复</source>
        <translation>Backup and restore</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/backup_dialog.py" line="37"/>
        <source>程序每天自动备份账本，并在升级、导入和恢复之前各备份一次；保留最近7天每天一份、最近4周每周一份、最近12个月每月一份。备份在：{folder}</source>
        <translation>The ledger is backed up every day, and before each upgrade, import and restore; one copy a day is kept for the last 7 days, one a week for 4 weeks and one a month for 12 months. Backups are in: {folder}</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/backup_dialog.py" line="43"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/backup_dialog.py" line="43"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/backup_dialog.py" line="43"/>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/backup_dialog.py" line="44"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/backup_dialog.py" line="52"/>
        <source>立即备份</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/backup_dialog.py" line="53"/>
        <source>用所选备份恢复…</source>
        <translation>Restore the selected backup…</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/backup_dialog.py" line="55"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/backup_dialog.py" line="94"/>
        <source>已备份：{file}</source>
        <translation>Backed up: {file}</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/backup_dialog.py" line="98"/>
        <source>恢复账本</source>
        <translation>Restore the ledger</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/backup_dialog.py" line="99"/>
        <source>用 {time} 的备份替换当前账本？
当前账本会先另存一份（“恢复前”），不会丢失。
恢复后，生成下一个数据包前需要确认区总工会已收到的最后一个数据包序号。</source>
        <translation>Replace the current ledger by the backup of {time}?
The current ledger is saved first (&apos;before restore&apos;); nothing is lost.
After the restore, confirm the last bundle seq the district acknowledged before making the next bundle.</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/backup_dialog.py" line="117"/>
        <source>已恢复到 {file}。恢复前的账本另存为 {safety}。请到“月度上报”页确认区总工会已收到的最后一个数据包序号。</source>
        <translation>Restored to {file}. The ledger as it was is saved as {safety}. On the monthly return page, confirm the last bundle seq the district acknowledged.</translation>
    </message>
</context>
<context>
    <name>CaseDetailDialog</name>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/case_detail.py" line="129"/>
        <source>记录调解</source>
        <translation>Record a session</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/case_detail.py" line="129"/>
        <source>修改登记信息</source>
        <translation>Edit the registration</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/case_detail.py" line="130"/>
        <source>延长调解期限</source>
        <translation>Extend the mediation limit</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/case_detail.py" line="130"/>
        <source>转仲裁/司法确认/支付令</source>
        <translation>Refer (arbitration, court, payment order)</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/case_detail.py" line="57"/>
        <source>调解协议书</source>
        <translation>Mediation agreement</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/case_detail.py" line="58"/>
        <source>受理通知书</source>
        <translation>Acceptance notice</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/case_detail.py" line="59"/>
        <source>调解不成告知书</source>
        <translation>Notice of failed mediation</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/case_detail.py" line="61"/>
        <source>文书：</source>
        <translation>Documents:</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/case_detail.py" line="85"/>
        <source>调解申请（未受理）</source>
        <translation>Application (not accepted yet)</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/case_detail.py" line="88"/>
        <source>〔代表〕</source>
        <translation> [representative]</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/case_detail.py" line="93"/>
        <source>申请人：{people}；共 {n} 名劳动者</source>
        <translation>Applicants: {people}; {n} workers in all</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/case_detail.py" line="94"/>
        <source>被申请人：{name}</source>
        <translation>Respondent: {name}</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/case_detail.py" line="95"/>
        <source>类别：{category}&#x3000;请求：{claims}</source>
        <translation>Category: {category}   Requests: {claims}</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/case_detail.py" line="99"/>
        <source>涉及金额 {claimed} 元&#x3000;协议金额 {agreed} 元&#x3000;已履行 {paid} 元</source>
        <translation>Claimed {claimed} yuan   Agreed {agreed} yuan   Paid {paid} yuan</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/case_detail.py" line="106"/>
        <source>已逾期 {n} 天</source>
        <translation>{n} days overdue</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/case_detail.py" line="107"/>
        <source>剩 {n} 天</source>
        <translation>{n} days left</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/case_detail.py" line="111"/>
        <source>协议约定的给付逾期未履行，劳动者可以持调解协议书向人民法院申请支付令（第十六条）。</source>
        <translation>An agreed payment is overdue: the worker may take the agreement to a court for a payment order (Art. 16).</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/case_detail.py" line="113"/>
        <source>没有正在计算的期限。</source>
        <translation>No clock is running.</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/case_detail.py" line="140"/>
        <source>调解员</source>
        <translation>Mediator</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/case_detail.py" line="139"/>
        <source>调解笔录</source>
        <translation>Session record</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/case_detail.py" line="144"/>
        <source>双方同意延长的情况</source>
        <translation>How both parties agreed to extend</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/case_detail.py" line="145"/>
        <source>延长至</source>
        <translation>Extend to</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/case_form.py" line="54"/>
        <source>登记调解申请</source>
        <translation>Register an application</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/case_form.py" line="55"/>
        <source>修改登记信息</source>
        <translation>Edit the registration</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/case_form.py" line="62"/>
        <source>申请人</source>
        <translation>Applicants</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/case_form.py" line="64"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/case_form.py" line="64"/>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/case_form.py" line="64"/>
        <source>手机号码</source>
        <translation>Mobile phone</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/case_form.py" line="64"/>
        <source>工作岗位</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/case_form.py" line="65"/>
        <source>代表</source>
        <translation>Rep.</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/case_form.py" line="67"/>
        <source>增加申请人</source>
        <translation>Add an applicant</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/case_form.py" line="72"/>
        <source>（不在台账中，手工填写）</source>
        <translation>(not in the ledger: type it in)</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/case_form.py" line="86"/>
        <source>如：支付2026年8月至10月拖欠工资12000元</source>
        <translation>e.g. pay the wages owed for Aug–Oct 2026, 12,000 yuan</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/case_form.py" line="88"/>
        <source>元</source>
        <translation>yuan</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/case_form.py" line="93"/>
        <source>收到申请日期</source>
        <translation>Application received on</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/case_form.py" line="94"/>
        <source>申请方式</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/case_form.py" line="95"/>
        <source>申请人（10人以上为集体争议，须标明代表）</source>
        <translation>Applicants (10 or more make a collective dispute: mark the representatives)</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/case_form.py" line="101"/>
        <source>涉及劳动者人数</source>
        <translation>Workers involved</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/case_form.py" line="106"/>
        <source>被申请人（用人单位）</source>
        <translation>Respondent (employer)</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/case_form.py" line="108"/>
        <source>台账中的单位</source>
        <translation>Organization in the ledger</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/case_form.py" line="109"/>
        <source>名称*</source>
        <translation>Name*</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/case_form.py" line="110"/>
        <source>统一社会信用代码</source>
        <translation>Credit code (USCC)</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/case_form.py" line="112"/>
        <source>住所</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/case_form.py" line="114"/>
        <source>法定代表人</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/case_form.py" line="115"/>
        <source>职务</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/case_form.py" line="116"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/case_form.py" line="120"/>
        <source>争议</source>
        <translation>Dispute</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/case_form.py" line="122"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/case_form.py" line="123"/>
        <source>具体事项</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/case_form.py" line="124"/>
        <source>请求事项</source>
        <translation>Requests</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/case_form.py" line="125"/>
        <source>涉及金额（元）</source>
        <translation>Amount claimed (yuan)</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/case_form.py" line="126"/>
        <source>争议事实</source>
        <translation>Facts</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/case_form.py" line="127"/>
        <source>调解员</source>
        <translation>Mediators</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/case_form.py" line="133"/>
        <source>登记</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/case_form.py" line="134"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/case_form.py" line="187"/>
        <source>（不细分）</source>
        <translation>(not narrowed)</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../src/unionoffice/ui/pages/cases.py" line="23"/>
        <source>案件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/cases.py" line="23"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/cases.py" line="23"/>
        <source>收到申请</source>
        <translation>Applications</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/cases.py" line="24"/>
        <source>申请人</source>
        <translation>Applicants</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/cases.py" line="24"/>
        <source>被申请人</source>
        <translation>Respondent</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/cases.py" line="24"/>
        <source>涉及金额</source>
        <translation>Claimed</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/cases.py" line="25"/>
        <source>期限</source>
        <translation>Clock</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/cases.py" line="25"/>
        <source>剩余</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/cases.py" line="32"/>
        <source>等{n}人</source>
        <translation> and others ({n})</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/cases.py" line="34"/>
        <source>（未受理）</source>
        <translation>(not accepted)</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../src/unionoffice/ui/pages/cases.py" line="55"/>
        <source>查找案件</source>
        <translation>Find cases</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/cases.py" line="56"/>
        <source>输入案件编号、申请人或被申请人…</source>
        <translation>Type a case number, applicant or respondent…</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/cases.py" line="46"/>
        <source>案件状态</source>
        <translation>Case state</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/cases.py" line="47"/>
        <source>只看未结案</source>
        <translation>Open cases only</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/cases.py" line="49"/>
        <source>登记调解申请</source>
        <translation>Register an application</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/cases.py" line="51"/>
        <source>案件列表</source>
        <translation>Case list</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/cases.py" line="57"/>
        <source>没有案件。
点击“登记调解申请”记录一件劳动争议调解申请（口头申请也当场登记）。</source>
        <translation>No cases.
Click “Register an application” to record a dispute (oral applications are recorded on the spot too).</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/cases.py" line="59"/>
        <source>没有符合条件的案件。请换个关键词，或取消“只看未结案”。</source>
        <translation>No cases match. Try other words, or untick “Open cases only”.</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/cases.py" line="81"/>
        <source>共 {n} 件</source>
        <translation>{n} cases</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/import_pages.py" line="266"/>
        <source>第三步：预检结果</source>
        <translation>Step 3: check results</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/import_pages.py" line="267"/>
        <source>已逐行检查，账本尚未改动。有问题的行不会导入；可保存问题清单，改正后再导入这些行。</source>
        <translation>Every row was checked; the ledger is not changed yet. Rows with problems are not imported; save the problem list, correct them and import those rows again.</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/import_pages.py" line="273"/>
        <source>数据行</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/import_pages.py" line="273"/>
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/import_pages.py" line="274"/>
        <source>更新</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/import_pages.py" line="274"/>
        <source>无变化</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/import_pages.py" line="275"/>
        <source>未导入</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/import_pages.py" line="275"/>
        <source>提示</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/import_pages.py" line="300"/>
        <source>保存问题清单（Excel）…</source>
        <translation>Save problem list (Excel)…</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/import_pages.py" line="319"/>
        <source>正在检查…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/import_pages.py" line="322"/>
        <source>正在检查花名册…</source>
        <translation>Checking the roster…</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/import_pages.py" line="331"/>
        <source>选中一行可看到完整说明和修改方法。</source>
        <translation>Select a row to see the whole problem and how to fix it.</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/import_pages.py" line="336"/>
        <source>点击“导入”，将新增 {new} 人、更新 {upd} 人（一次完成，可取消）。</source>
        <translation>Click &apos;Import&apos; to add {new} and update {upd} members (all in one go; can be cancelled).</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/import_pages.py" line="338"/>
        <source>没有可以导入的行。请改正问题后重新选择文件。</source>
        <translation>There are no rows to import. Correct the problems and choose the file again.</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/import_pages.py" line="359"/>
        <source>保存问题清单</source>
        <translation>Save problem list</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/import_pages.py" line="360"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/import_pages.py" line="367"/>
        <source>问题清单已保存到 {path}</source>
        <translation>Problem list saved to {path}</translation>
    </message>
</context>
<context>
    <name>ChooseFilePage</name>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/import_pages.py" line="92"/>
        <source>第一步：选择花名册文件</source>
        <translation>Step 1: choose the roster file</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/import_pages.py" line="93"/>
        <source>支持 Excel（.xlsx、.xls）和 CSV 文件。表头至少要有“姓名”和“身份证号码”两列，列的顺序不限。</source>
        <translation>Excel (.xlsx, .xls) and CSV files. The header needs at least a name column and an ID number column, in any order.</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/import_pages.py" line="98"/>
        <source>花名册文件</source>
        <translation>Roster file</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/import_pages.py" line="99"/>
        <source>选择文件…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/import_pages.py" line="100"/>
        <source>下载导入模板…</source>
        <translation>Save import template…</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/import_pages.py" line="105"/>
        <location filename="../../src/unionoffice/ui/dialogs/import_pages.py" line="119"/>
        <source>表中没有单位时归入</source>
        <translation>Rows without an organization go to</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/import_pages.py" line="106"/>
        <source>（不指定）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/import_pages.py" line="107"/>
        <source>表中没有入会日期时，按此日期</source>
        <translation>Rows without a join date get</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/import_pages.py" line="110"/>
        <source>表中的单位不在台账中时，自动新增该单位</source>
        <translation>Create organizations that are not in the ledger</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/import_pages.py" line="144"/>
        <source>正在读取…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/import_pages.py" line="152"/>
        <source>工作表“{sheet}”，</source>
        <translation>sheet &apos;{sheet}&apos;, </translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/import_pages.py" line="154"/>
        <source>已读取：{where}表头在第 {header} 行，其下共 {n} 行。</source>
        <translation>Read: {where}header on row {header}, {n} rows below it.</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/import_pages.py" line="165"/>
        <source>选择花名册文件</source>
        <translation>Choose roster file</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/import_pages.py" line="166"/>
        <source>表格文件 (*.xlsx *.xls *.csv);;所有文件 (*)</source>
        <translation>Spreadsheets (*.xlsx *.xls *.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/import_pages.py" line="172"/>
        <source>保存导入模板</source>
        <translation>Save import template</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/import_pages.py" line="173"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/import_pages.py" line="179"/>
        <source>导入模板已保存到 {path}</source>
        <translation>Import template saved to {path}</translation>
    </message>
</context>
<context>
    <name>ClockTableModel</name>
    <message>
        <location filename="../../src/unionoffice/ui/pages/records.py" line="41"/>
        <source>逾期{n}天</source>
        <translation>{n} days overdue</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/records.py" line="42"/>
        <source>{n}天</source>
        <translation>{n} days</translation>
    </message>
</context>
<context>
    <name>ContractDetailDialog</name>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/contract_detail.py" line="48"/>
        <source>类型：{kind}&#x3000;范围：{scope}&#x3000;覆盖企业 {n} 家、职工 {w} 人（女 {f} 人）</source>
        <translation>Type: {kind}   Scope: {scope}   Covers {n} employers, {w} workers ({f} women)</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/contract_detail.py" line="53"/>
        <source>期限：{start} 至 {end}</source>
        <translation>Term: {start} to {end}</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/contract_detail.py" line="56"/>
        <source>职代会：应到 {t} 人，实到 {p} 人，赞成 {y} 人</source>
        <translation>Congress: {t} representatives, {p} present, {y} in favour</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/contract_detail.py" line="62"/>
        <source>审查意见：{text}</source>
        <translation>Objection: {text}</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/contract_detail.py" line="71"/>
        <source>应到代表</source>
        <translation>Representatives in all</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/contract_detail.py" line="72"/>
        <source>实到代表</source>
        <translation>Representatives present</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/contract_detail.py" line="73"/>
        <source>赞成票</source>
        <translation>Votes in favour</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/contract_detail.py" line="78"/>
        <source>合同起始日期</source>
        <translation>Term starts</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/contract_detail.py" line="80"/>
        <source>合同终止日期</source>
        <translation>Term ends</translation>
    </message>
</context>
<context>
    <name>ContractForm</name>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/contract_form.py" line="43"/>
        <source>新增集体合同</source>
        <translation>New contract</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/contract_form.py" line="52"/>
        <location filename="../../src/unionoffice/ui/dialogs/contract_form.py" line="108"/>
        <source>（请选择）</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/contract_form.py" line="65"/>
        <source>工资专项：年度工资增长幅度，如 3.5</source>
        <translation>wage contracts: the year&apos;s wage increase, e.g. 3.5</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/contract_form.py" line="67"/>
        <source>覆盖企业</source>
        <translation>Employer covered</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/contract_form.py" line="67"/>
        <source>职工数</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/contract_form.py" line="68"/>
        <source>女职工数</source>
        <translation>Women</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/contract_form.py" line="70"/>
        <source>增加覆盖企业</source>
        <translation>Add an employer</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/contract_form.py" line="74"/>
        <source>合同名称*</source>
        <translation>Title*</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/contract_form.py" line="74"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/contract_form.py" line="76"/>
        <source>适用范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/contract_form.py" line="76"/>
        <source>签约企业</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/contract_form.py" line="78"/>
        <source>覆盖职工数</source>
        <translation>Workers covered</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/contract_form.py" line="79"/>
        <source>其中女职工</source>
        <translation>of whom women</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/contract_form.py" line="80"/>
        <source>职工方首席代表</source>
        <translation>Workers&apos; chief negotiator</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/contract_form.py" line="81"/>
        <source>企业方首席代表</source>
        <translation>Employer&apos;s chief negotiator</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/contract_form.py" line="82"/>
        <source>每方协商代表人数</source>
        <translation>Negotiators a side</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/contract_form.py" line="83"/>
        <source>工资增长幅度（%）</source>
        <translation>Wage increase (%)</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/contract_form.py" line="91"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/contract_form.py" line="92"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/contract_form.py" line="95"/>
        <source>区域性、行业性合同覆盖的企业：</source>
        <translation>Employers covered by a regional or industry contract:</translation>
    </message>
</context>
<context>
    <name>ContractTableModel</name>
    <message>
        <location filename="../../src/unionoffice/ui/pages/contracts.py" line="25"/>
        <source>合同名称</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/contracts.py" line="25"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/contracts.py" line="25"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/contracts.py" line="26"/>
        <source>签订日期</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/contracts.py" line="26"/>
        <source>期满日期</source>
        <translation>Expires</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/contracts.py" line="26"/>
        <source>覆盖职工</source>
        <translation>Workers covered</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/contracts.py" line="27"/>
        <source>下一期限</source>
        <translation>Next clock</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/contracts.py" line="27"/>
        <source>剩余</source>
        <translation>Left</translation>
    </message>
</context>
<context>
    <name>ContractsPage</name>
    <message>
        <location filename="../../src/unionoffice/ui/pages/contracts.py" line="48"/>
        <source>合同状态</source>
        <translation>Contract state</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/contracts.py" line="50"/>
        <source>期满</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/contracts.py" line="51"/>
        <source>不限期满时间</source>
        <translation>Any expiry</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/contracts.py" line="52"/>
        <source>90天内期满</source>
        <translation>Expiring within 90 days</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/contracts.py" line="52"/>
        <source>30天内期满</source>
        <translation>Expiring within 30 days</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/contracts.py" line="53"/>
        <source>新增集体合同</source>
        <translation>New contract</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/contracts.py" line="55"/>
        <source>合同列表</source>
        <translation>Contract list</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/contracts.py" line="59"/>
        <source>查找合同</source>
        <translation>Find contracts</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/contracts.py" line="60"/>
        <source>输入合同名称或企业名称…</source>
        <translation>Type a contract title or an employer…</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/contracts.py" line="61"/>
        <source>还没有集体合同。
点击“新增集体合同”登记正在协商的合同。</source>
        <translation>No collective contracts yet.
Click “New contract” to record one being negotiated.</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/contracts.py" line="62"/>
        <source>没有符合条件的集体合同。</source>
        <translation>No contracts match.</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/contracts.py" line="91"/>
        <source>共 {n} 份。生效合同 {c} 份，覆盖企业 {e} 家、职工 {w} 人（女 {f} 人）；工资专项覆盖职工 {ww} 人；签订率 {rate}（{rule}）</source>
        <translation>{n} contracts. In force: {c}, covering {e} employers and {w} workers ({f} women); wage contracts cover {ww} workers; signing rate {rate} ({rule})</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../src/unionoffice/ui/pages/dashboard.py" line="63"/>
        <source>在会会员</source>
        <translation>Members in the union</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/dashboard.py" line="64"/>
        <source>保留会籍</source>
        <translation>Retained</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/dashboard.py" line="65"/>
        <source>工会组织 / 企业</source>
        <translation>Unions / employers</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/dashboard.py" line="66"/>
        <source>本月新入会</source>
        <translation>Joined this month</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/dashboard.py" line="78"/>
        <source>查找会员 (Ctrl+F)</source>
        <translation>Find members (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/dashboard.py" line="79"/>
        <source>新增会员 (Ctrl+N)</source>
        <translation>New member (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/dashboard.py" line="82"/>
        <source>到期提醒（调解案件）</source>
        <translation>Deadlines (mediation cases)</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/dashboard.py" line="86"/>
        <source>到期和逾期的案件</source>
        <translation>Cases due or overdue</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/dashboard.py" line="89"/>
        <source>集体合同提醒（报送、期满、续签）</source>
        <translation>Contracts (filing, expiry, renewal)</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/dashboard.py" line="93"/>
        <source>集体合同提醒</source>
        <translation>Contract reminders</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/dashboard.py" line="135"/>
        <source>上月（{period}）数据包：第 {seq} 号（{kind}），{when} 生成，上传状态：{state}</source>
        <translation>Last month&apos;s ({period}) bundle: no. {seq} ({kind}), made {when}, upload: {state}</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/dashboard.py" line="139"/>
        <source>待上传</source>
        <translation>waiting to upload</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/dashboard.py" line="143"/>
        <source>上月（{period}）的数据包还没有生成，请在“月度上报”中生成。</source>
        <translation>Last month&apos;s ({period}) bundle has not been made yet; make it in Monthly return.</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/dashboard.py" line="151"/>
        <source>本月至今：新发展会员 {j} 人（上月 {jl}），其中新就业形态 {n} 人（上月 {nl}）；收到调解申请 {r} 件（上月 {rl}），调解成功 {s} 件（上月 {sl}）；集体合同覆盖职工 {c} 人（上月末 {cl}）。</source>
        <translation>This month so far: {j} new members (last month {jl}), {n} in new forms of employment (last month {nl}); {r} dispute applications (last month {rl}), {s} settled (last month {sl}); contracts cover {c} workers (end of last month {cl}).</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/dashboard.py" line="161"/>
        <source>新发展会员（近12个月）</source>
        <translation>New members (12 months)</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/dashboard.py" line="162"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/dashboard.py" line="163"/>
        <source>新就业形态</source>
        <translation>New forms of employment</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/dashboard.py" line="165"/>
        <source>调解案件（近12个月）</source>
        <translation>Mediation cases (12 months)</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/dashboard.py" line="166"/>
        <source>收到申请</source>
        <translation>Applications</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/dashboard.py" line="167"/>
        <source>调解成功</source>
        <translation>Settled</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/dashboard.py" line="168"/>
        <source>集体合同覆盖职工（月末）</source>
        <translation>Workers covered by contracts (month-end)</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/dashboard.py" line="169"/>
        <source>覆盖职工</source>
        <translation>Workers covered</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/dashboard.py" line="179"/>
        <source>须在 {date} 前报送劳动保障部门</source>
        <translation>file with the labour bureau by {date}</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/dashboard.py" line="180"/>
        <source>{date} 期满</source>
        <translation>expires {date}</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/dashboard.py" line="181"/>
        <source>{date} 期满，已进入续签期</source>
        <translation>expires {date}; renewal window open</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/dashboard.py" line="188"/>
        <source>没有需要报送或即将期满的集体合同。</source>
        <translation>No contract is due for filing or about to expire.</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/dashboard.py" line="200"/>
        <source>已逾期 {n} 天</source>
        <translation>{n} days overdue</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/dashboard.py" line="201"/>
        <source>今天到期</source>
        <translation>due today</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/dashboard.py" line="201"/>
        <source>剩 {n} 天</source>
        <translation>{n} days left</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/dashboard.py" line="210"/>
        <source>没有临近或超过期限的案件。</source>
        <translation>No case is near or past a deadline.</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/dashboard.py" line="218"/>
        <source>尚未设置本街道信息（见“设置”页）</source>
        <translation>The office is not set up yet (see Settings)</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/document_viewer.py" line="45"/>
        <source>共 {n} 页</source>
        <translation>{n} pages</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/document_viewer.py" line="46"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/document_viewer.py" line="48"/>
        <source>另存为PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/document_viewer.py" line="50"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/document_viewer.py" line="68"/>
        <source>无法开始打印</source>
        <translation>Could not start printing</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/document_viewer.py" line="88"/>
        <source>打印失败</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/document_viewer.py" line="98"/>
        <source>另存为PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/document_viewer.py" line="104"/>
        <source>保存失败</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/document_viewer.py" line="105"/>
        <source>无法保存到 {path}：{error}</source>
        <translation>Could not save to {path}: {error}</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/event_dialog.py" line="32"/>
        <source>{event}：{name}</source>
        <translation>{event}: {name}</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/event_dialog.py" line="36"/>
        <location filename="../../src/unionoffice/ui/dialogs/event_dialog.py" line="37"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/event_dialog.py" line="39"/>
        <location filename="../../src/unionoffice/ui/dialogs/event_dialog.py" line="57"/>
        <location filename="../../src/unionoffice/ui/dialogs/event_dialog.py" line="61"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/event_dialog.py" line="40"/>
        <source>转到本街道的单位</source>
        <translation>To an organization in this subdistrict</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/event_dialog.py" line="41"/>
        <source>转到外单位工会</source>
        <translation>To a union outside this subdistrict</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/event_dialog.py" line="43"/>
        <source>单位</source>
        <translation>Organization</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/event_dialog.py" line="44"/>
        <source>（请选择）</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/event_dialog.py" line="47"/>
        <source>外单位工会名称</source>
        <translation>Name of the outside union</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/event_dialog.py" line="49"/>
        <location filename="../../src/unionoffice/ui/dialogs/event_dialog.py" line="73"/>
        <source>原入会日期</source>
        <translation>Original join date</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/event_dialog.py" line="51"/>
        <location filename="../../src/unionoffice/ui/dialogs/event_dialog.py" line="76"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/event_dialog.py" line="62"/>
        <source>除名须经基层工会委员会决定，请在说明中写明决定文号。</source>
        <translation>Expulsion needs a decision of the union committee; put its reference in the note.</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/event_dialog.py" line="67"/>
        <location filename="../../src/unionoffice/ui/dialogs/event_dialog.py" line="71"/>
        <source>转入单位</source>
        <translation>To organization</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/event_dialog.py" line="69"/>
        <source>外单位工会</source>
        <translation>Outside union</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/event_dialog.py" line="72"/>
        <source>原所在工会</source>
        <translation>Previous union</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/event_dialog.py" line="75"/>
        <source>入会单位</source>
        <translation>Joining union</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/event_dialog.py" line="78"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/event_dialog.py" line="79"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/event_dialog.py" line="83"/>
        <source>请填写除名决定（说明）。</source>
        <translation>Enter the committee&apos;s decision (note).</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/event_dialog.py" line="87"/>
        <source>请选择转入的单位。</source>
        <translation>Choose the organization to move to.</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/event_dialog.py" line="90"/>
        <source>请填写外单位工会名称。</source>
        <translation>Enter the name of the outside union.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/export_dialog.py" line="15"/>
        <source>导出会员名册</source>
        <translation>Export members</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/export_dialog.py" line="16"/>
        <source>按当前的查找和筛选条件，导出 {n} 名会员到 Excel 文件。</source>
        <translation>Export the {n} members of the current search and filters to an Excel file.</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/export_dialog.py" line="19"/>
        <source>包含完整的证件号码和手机号码</source>
        <translation>Include full ID and phone numbers</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/export_dialog.py" line="21"/>
        <source>默认遮盖为 110101********1234、138****1234。导出完整号码会记入操作日志；文件含个人信息，请妥善保管，用后删除。</source>
        <translation>By default they are masked as 110101********1234 and 138****1234. Exporting full numbers is recorded in the audit log; the file holds personal data: keep it safe and delete it after use.</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/export_dialog.py" line="25"/>
        <source>选择保存位置…</source>
        <translation>Choose where to save…</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/export_dialog.py" line="25"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <location filename="../../src/unionoffice/ui/widgets/form.py" line="129"/>
        <source>有 {n} 处需要修改，见各栏下方的提示。</source>
        <translation>{n} field(s) need correcting; see the notes under them.</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/widgets/form.py" line="134"/>
        <source>保存失败：{error}。账本未改动。</source>
        <translation>Could not save: {error}. The ledger is unchanged.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../src/unionoffice/ui/widgets/history.py" line="13"/>
        <source>办理经过</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/widgets/history.py" line="14"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/widgets/history.py" line="15"/>
        <source>步骤</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/widgets/history.py" line="16"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/widgets/history.py" line="17"/>
        <source>经办人</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/widgets/history.py" line="30"/>
        <source>登记</source>
        <translation>Registered</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/import_pages.py" line="61"/>
        <source>第 {row} 行“{column}”：{message}
如何修改：{hint}</source>
        <translation>Row {row}, &apos;{column}&apos;: {message}
How to fix: {hint}</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/import_wizard.py" line="44"/>
        <source>导入会员花名册</source>
        <translation>Import member roster</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/import_wizard.py" line="48"/>
        <source>下一步</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/import_wizard.py" line="49"/>
        <source>上一步</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/import_wizard.py" line="50"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/import_wizard.py" line="51"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/import_wizard.py" line="66"/>
        <source>正在导入…</source>
        <translation>Importing…</translation>
    </message>
</context>
<context>
    <name>IssueModel</name>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/import_pages.py" line="71"/>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/import_pages.py" line="71"/>
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/import_pages.py" line="71"/>
        <source>原值</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/import_pages.py" line="71"/>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/import_pages.py" line="72"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/import_pages.py" line="83"/>
        <source>错误</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/import_pages.py" line="83"/>
        <source>提示</source>
        <translation>warning</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../src/unionoffice/ui/pages/base.py" line="140"/>
        <source>无法读取列表：{error}</source>
        <translation>The list could not be read: {error}</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/base.py" line="142"/>
        <source>查询失败</source>
        <translation>query failed</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/login_dialog.py" line="29"/>
        <source>已锁定</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/login_dialog.py" line="29"/>
        <location filename="../../src/unionoffice/ui/dialogs/login_dialog.py" line="43"/>
        <source>登录</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/login_dialog.py" line="30"/>
        <source>窗口因长时间未操作已锁定，请重新登录。</source>
        <translation>The window locked itself after a while without use. Sign in again.</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/login_dialog.py" line="31"/>
        <source>请登录街道工会台账。</source>
        <translation>Sign in to UnionOffice.</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/login_dialog.py" line="35"/>
        <location filename="../../src/unionoffice/ui/dialogs/login_dialog.py" line="46"/>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/login_dialog.py" line="39"/>
        <location filename="../../src/unionoffice/ui/dialogs/login_dialog.py" line="47"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/login_dialog.py" line="43"/>
        <source>退出程序</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/unionoffice/ui/main_window.py" line="54"/>
        <source>街道工会台账</source>
        <translation>UnionOffice</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/main_window.py" line="58"/>
        <source>功能导航</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/main_window.py" line="72"/>
        <source>首页</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/main_window.py" line="73"/>
        <source>会员</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/main_window.py" line="74"/>
        <source>工会组织/企业</source>
        <translation>Organizations</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/main_window.py" line="75"/>
        <source>集体合同</source>
        <translation>Collective contracts</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/main_window.py" line="76"/>
        <source>调解案件</source>
        <translation>Mediation cases</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/main_window.py" line="77"/>
        <source>报表</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/main_window.py" line="78"/>
        <source>月度上报</source>
        <translation>Monthly return</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/main_window.py" line="79"/>
        <source>操作日志</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/main_window.py" line="80"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/main_window.py" line="102"/>
        <source>锁定</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/main_window.py" line="154"/>
        <source>{name}（{role}）</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/main_window.py" line="260"/>
        <source>尚未设置本街道信息</source>
        <translation>Office not set up yet</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/main_window.py" line="267"/>
        <source>钥匙串：{name}</source>
        <translation>Keyring: {name}</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/main_window.py" line="269"/>
        <source>（不安全）</source>
        <translation> (insecure)</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/main_window.py" line="274"/>
        <source>钥匙串不可用</source>
        <translation>Keyring unavailable</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/main_window.py" line="287"/>
        <source>密钥保存位置不安全</source>
        <translation>The signing key is not kept safely</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/main_window.py" line="298"/>
        <location filename="../../src/unionoffice/ui/main_window.py" line="319"/>
        <source>演示数据</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/main_window.py" line="299"/>
        <source>账本中已有数据，演示数据只能加载到空账本中。</source>
        <translation>The ledger already holds data; demo data only goes into an empty ledger.</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/main_window.py" line="301"/>
        <source>加载演示数据</source>
        <translation>Load demo data</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/main_window.py" line="302"/>
        <source>要加载演示数据（{n} 名虚构会员及其单位）来熟悉程序吗？
演示数据只用于练习，请不要在正式账本中加载。</source>
        <translation>Load demo data ({n} invented members and their organizations) to try the program?
Demo data is for practice only; do not load it into a real ledger.</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/main_window.py" line="307"/>
        <source>正在生成演示数据…</source>
        <translation>Making demo data…</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/main_window.py" line="320"/>
        <source>已取消，账本未改动。</source>
        <translation>Cancelled; the ledger is unchanged.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/import_pages.py" line="189"/>
        <source>第二步：核对列的对应关系</source>
        <translation>Step 2: check the columns</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/import_pages.py" line="190"/>
        <source>已按列名自动对应。“不导入”的列将被忽略；如对应有误，请在右侧修改。</source>
        <translation>Columns were matched by their names. Columns set to &apos;Not imported&apos; are ignored; correct any wrong match on the right.</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/import_pages.py" line="193"/>
        <source>文件中的列</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/import_pages.py" line="193"/>
        <source>导入为</source>
        <translation>Imported as</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/import_pages.py" line="194"/>
        <source>前几行的值</source>
        <translation>First values</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/import_pages.py" line="211"/>
        <source>不导入</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/import_pages.py" line="213"/>
        <source>（无列名）</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/import_pages.py" line="215"/>
        <source>“{header}”导入为</source>
        <translation>&apos;{header}&apos; imported as</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/import_pages.py" line="245"/>
        <source>还缺少必需的列：{columns}。请在“导入为”中指定。</source>
        <translation>Required columns are missing: {columns}. Assign them under &apos;Imported as&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/import_pages.py" line="251"/>
        <source>将导入 {n} 列。</source>
        <translation>{n} columns will be imported. </translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/import_pages.py" line="252"/>
        <source>不导入的列：{columns}</source>
        <translation>Not imported: {columns}</translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/member_form.py" line="47"/>
        <source>在岗</source>
        <translation>Employed</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/member_form.py" line="47"/>
        <source>待岗</source>
        <translation>Awaiting post</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/member_form.py" line="48"/>
        <source>失业</source>
        <translation>Unemployed</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/member_form.py" line="48"/>
        <source>退休</source>
        <translation>Retired</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/member_form.py" line="49"/>
        <source>离休</source>
        <translation>Retired (pre-1949 cadre)</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/member_form.py" line="49"/>
        <source>退职</source>
        <translation>Resigned</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/member_form.py" line="50"/>
        <source>内退</source>
        <translation>Early internal retirement</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/member_form.py" line="50"/>
        <source>病休</source>
        <translation>Sick leave</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/member_form.py" line="51"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/member_form.py" line="67"/>
        <source>新增会员</source>
        <translation>New member</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/member_form.py" line="67"/>
        <source>会员信息</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/member_form.py" line="92"/>
        <source>（未填）</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/member_form.py" line="93"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/member_form.py" line="94"/>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/member_form.py" line="94"/>
        <source>18位身份证号码</source>
        <translation>18-digit citizen ID number</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/member_form.py" line="98"/>
        <source>显示完整号码</source>
        <translation>Show full number</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/member_form.py" line="108"/>
        <location filename="../../src/unionoffice/ui/dialogs/member_form.py" line="148"/>
        <source>手机号码</source>
        <translation>Mobile phone</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/member_form.py" line="108"/>
        <source>11位手机号码</source>
        <translation>11-digit mobile number</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/member_form.py" line="109"/>
        <location filename="../../src/unionoffice/ui/dialogs/member_form.py" line="150"/>
        <source>民族</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/member_form.py" line="109"/>
        <source>如：汉族</source>
        <translation>e.g. 汉族</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/member_form.py" line="110"/>
        <location filename="../../src/unionoffice/ui/dialogs/member_form.py" line="151"/>
        <source>学历</source>
        <translation>Education</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/member_form.py" line="112"/>
        <location filename="../../src/unionoffice/ui/dialogs/member_form.py" line="152"/>
        <source>政治面貌</source>
        <translation>Political status</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/member_form.py" line="115"/>
        <location filename="../../src/unionoffice/ui/dialogs/member_form.py" line="153"/>
        <source>户籍类型</source>
        <translation>Household registration</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/member_form.py" line="117"/>
        <source>农民工</source>
        <translation>Migrant worker</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/member_form.py" line="119"/>
        <location filename="../../src/unionoffice/ui/dialogs/member_form.py" line="155"/>
        <source>就业状况</source>
        <translation>Employment status</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/member_form.py" line="122"/>
        <location filename="../../src/unionoffice/ui/dialogs/member_form.py" line="156"/>
        <source>用工形式</source>
        <translation>Employment form</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/member_form.py" line="125"/>
        <location filename="../../src/unionoffice/ui/dialogs/member_form.py" line="157"/>
        <source>新就业形态</source>
        <translation>New forms of employment</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/member_form.py" line="128"/>
        <location filename="../../src/unionoffice/ui/dialogs/member_form.py" line="158"/>
        <source>平台</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/member_form.py" line="128"/>
        <source>如：美团</source>
        <translation>e.g. Meituan</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/member_form.py" line="129"/>
        <location filename="../../src/unionoffice/ui/dialogs/member_form.py" line="149"/>
        <source>工作单位</source>
        <translation>Organization</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/member_form.py" line="130"/>
        <source>（街道直属）</source>
        <translation>(directly under the office)</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/member_form.py" line="135"/>
        <location filename="../../src/unionoffice/ui/dialogs/member_form.py" line="159"/>
        <source>会员卡号</source>
        <translation>Member card number</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/member_form.py" line="136"/>
        <location filename="../../src/unionoffice/ui/dialogs/member_form.py" line="160"/>
        <source>劳模</source>
        <translation>Model worker</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/member_form.py" line="138"/>
        <source>困难职工</source>
        <translation>Worker in hardship</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/member_form.py" line="139"/>
        <location filename="../../src/unionoffice/ui/dialogs/member_form.py" line="162"/>
        <source>更正原因</source>
        <translation>Reason for correction</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/member_form.py" line="140"/>
        <source>本人要求更正时填写原因（记入操作日志）</source>
        <translation>When the person asks for a correction: the reason (goes into the audit log)</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/member_form.py" line="145"/>
        <source>姓名*</source>
        <translation>Name*</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/member_form.py" line="146"/>
        <source>证件号码*</source>
        <translation>ID number*</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/member_form.py" line="169"/>
        <source>基本信息</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/member_form.py" line="184"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/member_form.py" line="185"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/member_form.py" line="186"/>
        <source>个人信息报告…</source>
        <translation>Personal data report…</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/member_form.py" line="203"/>
        <source>入会</source>
        <translation>Joining</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/member_form.py" line="206"/>
        <source>入会日期</source>
        <translation>Joined on</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/member_form.py" line="207"/>
        <source>由外单位工会转入（不是新入会）</source>
        <translation>Transferred in from another union (not a new member)</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/member_form.py" line="208"/>
        <location filename="../../src/unionoffice/ui/dialogs/member_form.py" line="213"/>
        <source>原所在工会</source>
        <translation>Previous union</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/member_form.py" line="210"/>
        <location filename="../../src/unionoffice/ui/dialogs/member_form.py" line="214"/>
        <source>原入会日期</source>
        <translation>Original join date</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/member_form.py" line="211"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/member_form.py" line="237"/>
        <source>只有主席可以查看完整号码</source>
        <translation>Only the chair may see full numbers</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/member_form.py" line="239"/>
        <source>性别：{gender}&#x3000;出生日期：{date}</source>
        <translation>Gender: {gender}   born: {date}</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/member_form.py" line="290"/>
        <source>个人信息报告</source>
        <translation>Personal data report</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/member_form.py" line="320"/>
        <source>性别：{gender}&#x3000;出生日期：{date}（由证件号码得出）</source>
        <translation>Gender: {gender}   Born: {date} (from the ID number)</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/member_form.py" line="349"/>
        <source>外单位</source>
        <translation>another union</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <location filename="../../src/unionoffice/ui/models/member_table.py" line="17"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/models/member_table.py" line="18"/>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/models/member_table.py" line="19"/>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/models/member_table.py" line="20"/>
        <source>手机号码</source>
        <translation>Mobile phone</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/models/member_table.py" line="21"/>
        <source>工作单位</source>
        <translation>Organization</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/models/member_table.py" line="22"/>
        <source>会籍状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/models/member_table.py" line="23"/>
        <source>入会日期</source>
        <translation>Joined on</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/models/member_table.py" line="24"/>
        <source>新就业形态</source>
        <translation>New forms of employment</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../src/unionoffice/ui/pages/members.py" line="58"/>
        <source>查找会员</source>
        <translation>Find members</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/members.py" line="59"/>
        <source>输入姓名、拼音或首字母、证件号或手机号后4位…</source>
        <translation>Type a name, pinyin or initials, or the last 4 digits of an ID or phone…</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/members.py" line="32"/>
        <source>会籍状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/members.py" line="33"/>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/members.py" line="38"/>
        <source>工作单位</source>
        <translation>Organization</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/members.py" line="43"/>
        <source>用工形式</source>
        <translation>Employment form</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/members.py" line="44"/>
        <source>全部用工形式</source>
        <translation>All employment forms</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/members.py" line="47"/>
        <source>新就业形态</source>
        <translation>New forms of employment</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/members.py" line="48"/>
        <source>全部人员</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/members.py" line="50"/>
        <source>新增会员</source>
        <translation>New member</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/members.py" line="52"/>
        <source>导入花名册…</source>
        <translation>Import roster…</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/members.py" line="54"/>
        <source>导出Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/members.py" line="60"/>
        <source>会员列表</source>
        <translation>Member list</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/members.py" line="63"/>
        <source>还没有会员。
点击“新增会员”录入第一位会员，或在“设置”页加载演示数据。</source>
        <translation>No members yet.
Click “New member” to enter the first one, or load demo data in Settings.</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/members.py" line="65"/>
        <source>没有找到匹配的会员。
可以输入姓名的开头、拼音（如 zhangwei）或首字母（如 zw），或证件号码、手机号码的后4位；也可以清除筛选条件。</source>
        <translation>No matching members.
Type the start of a name, its pinyin (zhangwei) or initials (zw), or the last 4 digits of an ID number or phone; or clear the filters.</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/members.py" line="123"/>
        <source>全部单位</source>
        <translation>All organizations</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/members.py" line="145"/>
        <source>匹配的人很多，只列出前 {n} 人；请多输入几个字缩小范围。</source>
        <translation>Many people match; only the first {n} are listed. Type more to narrow the search.</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/members.py" line="148"/>
        <source>共 {n} 人</source>
        <translation>{n} members</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/members.py" line="182"/>
        <source>已导入“{file}”：新增 {new} 人，更新 {upd} 人，{rej} 行未导入。</source>
        <translation>Imported &apos;{file}&apos;: {new} added, {upd} updated, {rej} rows rejected.</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/members.py" line="199"/>
        <source>导出会员名册</source>
        <translation>Export members</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/members.py" line="200"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/members.py" line="214"/>
        <source>已导出 {n} 名会员到 {path}</source>
        <translation>{n} members exported to {path}</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/members.py" line="215"/>
        <source>（证件号码和手机号码已遮盖）</source>
        <translation> (ID and phone numbers masked)</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/members.py" line="221"/>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
</context>
<context>
    <name>MembershipPanel</name>
    <message>
        <location filename="../../src/unionoffice/ui/widgets/membership_panel.py" line="41"/>
        <source>会籍</source>
        <translation>Membership</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/widgets/membership_panel.py" line="50"/>
        <source>会籍变动记录</source>
        <translation>Membership history</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/widgets/membership_panel.py" line="52"/>
        <source>日期</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/widgets/membership_panel.py" line="52"/>
        <source>变动</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/widgets/membership_panel.py" line="52"/>
        <source>单位</source>
        <translation>Organization</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/widgets/membership_panel.py" line="52"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/widgets/membership_panel.py" line="73"/>
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/widgets/membership_panel.py" line="74"/>
        <source>当前状态：{status}&#x3000;入会日期：{date}</source>
        <translation>Status: {status}   Joined: {date}</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/widgets/membership_panel.py" line="82"/>
        <source>原入会日期 {date}</source>
        <translation>originally joined {date}</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/widgets/membership_panel.py" line="102"/>
        <source>请确认</source>
        <translation>Please confirm</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/widgets/membership_panel.py" line="103"/>
        <source>确定为“{name}”办理{event}吗？会籍变动记入档案，不能删除。</source>
        <translation>Record {event} for {name}? Membership changes stay on record and cannot be deleted.</translation>
    </message>
</context>
<context>
    <name>OperatorsDialog</name>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/operators_dialog.py" line="80"/>
        <source>账户管理</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/operators_dialog.py" line="85"/>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/operators_dialog.py" line="85"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/operators_dialog.py" line="85"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/operators_dialog.py" line="86"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/operators_dialog.py" line="86"/>
        <source>最近登录</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/operators_dialog.py" line="91"/>
        <source>新增账户…</source>
        <translation>New account…</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/operators_dialog.py" line="92"/>
        <source>重设密码…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/operators_dialog.py" line="93"/>
        <source>停用/启用</source>
        <translation>Disable / enable</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/operators_dialog.py" line="94"/>
        <source>修改我的密码…</source>
        <translation>Change my password…</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/operators_dialog.py" line="95"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/operators_dialog.py" line="127"/>
        <source>每个人用自己的账户登录；录入员编辑会员和单位，调解员办理调解案件，主席管理账户、生成数据包、查看完整证件号码。</source>
        <translation>Everyone signs in with their own account: clerks edit members and organizations, mediators work on mediation cases, the chair manages accounts, makes bundles and sees full ID numbers.</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/operators_dialog.py" line="129"/>
        <source>目前为单人模式：不需要登录，操作日志记录计算机用户名。新增的第一个账户须为主席；此后每次启动都需要登录，并按角色限制操作。</source>
        <translation>Single-user mode: no sign-in, and the audit log names the computer account. The first account added must be the chair&apos;s; from then on everyone signs in at start and may do what their role allows.</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/operators_dialog.py" line="136"/>
        <source>启用</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/operators_dialog.py" line="136"/>
        <source>停用</source>
        <translation>disabled</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/operators_dialog.py" line="150"/>
        <source>已新增账户 {name}</source>
        <translation>Account {name} added</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/operators_dialog.py" line="165"/>
        <source>已重设 {name} 的密码</source>
        <translation>Password of {name} reset</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/operators_dialog.py" line="172"/>
        <source>已更改 {name} 的状态</source>
        <translation>Status of {name} changed</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/operators_dialog.py" line="181"/>
        <source>密码已更改</source>
        <translation>Password changed</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <location filename="../../src/unionoffice/ui/ops.py" line="42"/>
        <source>已取消，账本未改动。</source>
        <translation>Cancelled; the ledger is unchanged.</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/ops.py" line="43"/>
        <source>程序内部错误，操作未完成，账本未改动。详情见日志。
（{error}）</source>
        <translation>Internal error: nothing was done and the ledger is unchanged. Details are in the log.
({error})</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/ops.py" line="52"/>
        <source>无法完成</source>
        <translation>Could not be done</translation>
    </message>
</context>
<context>
    <name>OrganizationForm</name>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/organization_form.py" line="39"/>
        <source>新增单位</source>
        <translation>New organization</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/organization_form.py" line="39"/>
        <source>单位信息</source>
        <translation>Organization</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/organization_form.py" line="45"/>
        <source>18位统一社会信用代码</source>
        <translation>18-character unified social credit code</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/organization_form.py" line="47"/>
        <source>无代码时填写原因，如：个体户未办理</source>
        <translation>If there is no code, say why (e.g. a sole trader without one)</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/organization_form.py" line="55"/>
        <source>（未填）</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/organization_form.py" line="62"/>
        <source>如 2020-05-01</source>
        <translation>e.g. 2020-05-01</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/organization_form.py" line="68"/>
        <source>名称*</source>
        <translation>Name*</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/organization_form.py" line="69"/>
        <source>统一社会信用代码</source>
        <translation>Credit code (USCC)</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/organization_form.py" line="70"/>
        <source>无代码原因</source>
        <translation>Reason for no code</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/organization_form.py" line="71"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/organization_form.py" line="72"/>
        <source>单位类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/organization_form.py" line="73"/>
        <source>行业</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/organization_form.py" line="74"/>
        <source>职工人数</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/organization_form.py" line="75"/>
        <source>女职工人数</source>
        <translation>Female employees</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/organization_form.py" line="76"/>
        <source>建会日期</source>
        <translation>Union founded on</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/organization_form.py" line="77"/>
        <source>工会主席</source>
        <translation>Union chair</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/organization_form.py" line="78"/>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/organization_form.py" line="79"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/organization_form.py" line="80"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/organization_form.py" line="88"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/organization_form.py" line="89"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>OrganizationTableModel</name>
    <message>
        <location filename="../../src/unionoffice/ui/models/organization_table.py" line="16"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/models/organization_table.py" line="17"/>
        <source>统一社会信用代码</source>
        <translation>Credit code (USCC)</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/models/organization_table.py" line="18"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/models/organization_table.py" line="19"/>
        <source>行业</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/models/organization_table.py" line="20"/>
        <source>职工数</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/models/organization_table.py" line="21"/>
        <source>会员数</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/models/organization_table.py" line="30"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>OrganizationsPage</name>
    <message>
        <location filename="../../src/unionoffice/ui/pages/organizations.py" line="39"/>
        <source>查找单位</source>
        <translation>Find organizations</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/organizations.py" line="40"/>
        <source>输入单位名称、拼音或统一社会信用代码…</source>
        <translation>Type a name, its pinyin, or a credit code…</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/organizations.py" line="30"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/organizations.py" line="31"/>
        <source>全部类型</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/organizations.py" line="32"/>
        <source>新增单位</source>
        <translation>New organization</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/organizations.py" line="33"/>
        <source>查看会员</source>
        <translation>Show members</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/organizations.py" line="41"/>
        <source>单位列表</source>
        <translation>Organization list</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/organizations.py" line="44"/>
        <source>还没有工会组织或企业。
点击“新增单位”录入，或在“设置”页加载演示数据。</source>
        <translation>No unions or employers yet.
Click “New organization” to enter one, or load demo data in Settings.</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/organizations.py" line="45"/>
        <source>没有找到匹配的单位。请换个关键词或清除筛选。</source>
        <translation>No matching organizations. Try other words or clear the filter.</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/organizations.py" line="83"/>
        <source>共 {n} 个单位</source>
        <translation>{n} organizations</translation>
    </message>
</context>
<context>
    <name>RecordDetail</name>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/record_detail.py" line="53"/>
        <source>正在读取…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/record_detail.py" line="70"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/record_detail.py" line="128"/>
        <source>无法读取：{error}</source>
        <translation>Could not be read: {error}</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/record_detail.py" line="142"/>
        <source>请确认</source>
        <translation>Please confirm</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/record_detail.py" line="142"/>
        <source>确定办理“{step}”吗？此步骤记入档案。</source>
        <translation>Record “{step}”? The step goes on the record.</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <location filename="../../src/unionoffice/ui/pages/records.py" line="57"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/records.py" line="58"/>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../src/unionoffice/ui/pages/reports.py" line="43"/>
        <location filename="../../src/unionoffice/ui/pages/reports.py" line="58"/>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/reports.py" line="46"/>
        <source>预览 / 打印…</source>
        <translation>Preview / print…</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/reports.py" line="47"/>
        <source>导出 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/reports.py" line="49"/>
        <source>本月指标</source>
        <translation>This month&apos;s figures</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/reports.py" line="50"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/reports.py" line="50"/>
        <source>指标</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/reports.py" line="50"/>
        <source>数值</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/reports.py" line="54"/>
        <source>按业务发生日期统计：补录的会籍变动计入其发生的月份；存量为月末数。</source>
        <translation>Counted by the date things happened: a change entered late counts in its own month; stocks are at month-end.</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/reports.py" line="101"/>
        <source>月度统计 {period}</source>
        <translation>Monthly figures {period}</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/reports.py" line="111"/>
        <source>导出 Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/reports.py" line="129"/>
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/reports.py" line="130"/>
        <source>无法保存到 {path}：{error}</source>
        <translation>Could not save to {path}: {error}</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../src/unionoffice/ui/pages/settings.py" line="44"/>
        <location filename="../../src/unionoffice/ui/pages/settings.py" line="76"/>
        <location filename="../../src/unionoffice/ui/pages/settings.py" line="220"/>
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/settings.py" line="51"/>
        <source>设置本街道信息…</source>
        <translation>Set up the office…</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/settings.py" line="54"/>
        <location filename="../../src/unionoffice/ui/pages/settings.py" line="87"/>
        <source>案件编号格式</source>
        <translation>Case number pattern</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/settings.py" line="55"/>
        <source>保存编号格式</source>
        <translation>Save pattern</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/settings.py" line="59"/>
        <source>备份与恢复…</source>
        <translation>Backup and restore…</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/settings.py" line="62"/>
        <source>账户管理…</source>
        <translation>Accounts…</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/settings.py" line="67"/>
        <source> 分钟</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/settings.py" line="68"/>
        <source>不自动锁定</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/settings.py" line="69"/>
        <location filename="../../src/unionoffice/ui/pages/settings.py" line="80"/>
        <source>无操作自动锁定</source>
        <translation>Lock when idle for</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/settings.py" line="72"/>
        <source>加载演示数据…</source>
        <translation>Load demo data…</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/settings.py" line="77"/>
        <source>账本文件</source>
        <translation>Ledger file</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/settings.py" line="78"/>
        <source>备份</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/settings.py" line="79"/>
        <source>账户</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/settings.py" line="81"/>
        <source>本街道</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/settings.py" line="82"/>
        <source>密钥保存位置</source>
        <translation>Signing key kept by</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/settings.py" line="89"/>
        <source>演示数据</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/settings.py" line="90"/>
        <source>关于本程序…</source>
        <translation>About…</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/settings.py" line="93"/>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/settings.py" line="99"/>
        <source> 年</source>
        <translation> years</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/settings.py" line="100"/>
        <source>不限</source>
        <translation>no limit</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/settings.py" line="104"/>
        <source>保存保留期限</source>
        <translation>Save retention periods</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/settings.py" line="105"/>
        <source>清理到期的个人信息…</source>
        <translation>Purge expired personal data…</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/settings.py" line="135"/>
        <source>{name}（{code}），签名密钥 {key}</source>
        <translation>{name} ({code}), signing key {key}</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/settings.py" line="137"/>
        <source>未生成</source>
        <translation>not made</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/settings.py" line="139"/>
        <source>尚未设置</source>
        <translation>Not set up yet</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/settings.py" line="146"/>
        <source>演示数据只能加载到空账本中</source>
        <translation>Demo data can only go into an empty ledger</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/settings.py" line="169"/>
        <source>已保存。以后受理的案件编号形如：{sample}</source>
        <translation>Saved. Cases accepted from now on are numbered like: {sample}</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/settings.py" line="185"/>
        <source>已保存保留期限。</source>
        <translation>Retention periods saved.</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/settings.py" line="195"/>
        <source>没有超过保留期限的个人信息。</source>
        <translation>No personal data is past its retention period.</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/settings.py" line="197"/>
        <source>清理个人信息</source>
        <translation>Purge personal data</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/settings.py" line="198"/>
        <source>将清除 {m} 名离会人员和 {c} 名调解申请人的姓名、证件号码、电话等个人信息（统计数字不变）。此操作不能撤销。继续吗？</source>
        <translation>The names, ID numbers, phones and other personal data of {m} former members and {c} mediation applicants will be removed (the figures stay the same). This cannot be undone. Go on?</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/settings.py" line="210"/>
        <source>已清理：离会人员 {m} 名，调解申请人 {c} 名。</source>
        <translation>Purged: {m} former members, {c} mediation applicants.</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/settings.py" line="221"/>
        <source>界面语言已更改，重新启动程序后生效。</source>
        <translation>The language changes when you restart the program.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/setup_dialog.py" line="29"/>
        <source>首次使用：设置本街道信息</source>
        <translation>First start: set up the office</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/setup_dialog.py" line="32"/>
        <source>欢迎使用街道工会台账。请填写本街道工会的信息。保存后会生成本街道的签名密钥，私钥只保存在本机系统钥匙串中，用于每月上报数据包的签名。</source>
        <translation>Welcome to UnionOffice. Enter your subdistrict union&apos;s details. Saving makes the office&apos;s signing key; its secret is kept only in this computer&apos;s keyring and signs the monthly bundles.</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/setup_dialog.py" line="38"/>
        <source>如：东城区龙潭街道总工会</source>
        <translation>e.g. 东城区龙潭街道总工会</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/setup_dialog.py" line="40"/>
        <source>如：龙潭（用于调解案件编号）</source>
        <translation>e.g. 龙潭 (used in case numbers)</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/setup_dialog.py" line="44"/>
        <source>如：东城区总工会</source>
        <translation>e.g. 东城区总工会</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/setup_dialog.py" line="47"/>
        <source>街道代码（9位）</source>
        <translation>Subdistrict code (9 digits)</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/setup_dialog.py" line="48"/>
        <source>街道工会名称</source>
        <translation>Union office name</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/setup_dialog.py" line="49"/>
        <source>简称</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/setup_dialog.py" line="50"/>
        <source>区代码（6位）</source>
        <translation>District code (6 digits)</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/setup_dialog.py" line="51"/>
        <source>区总工会名称</source>
        <translation>District federation</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/setup_dialog.py" line="58"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/setup_dialog.py" line="59"/>
        <source>以后再说</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/step_dialog.py" line="34"/>
        <location filename="../../src/unionoffice/ui/dialogs/step_dialog.py" line="35"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/step_dialog.py" line="42"/>
        <source>去向</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/step_dialog.py" line="44"/>
        <source>元，如 8000 或 8000.50</source>
        <translation>yuan, e.g. 8000 or 8000.50</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/step_dialog.py" line="46"/>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/step_dialog.py" line="58"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/step_dialog.py" line="59"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/step_dialog.py" line="70"/>
        <source>请填写{what}。</source>
        <translation>Please fill in: {what}.</translation>
    </message>
</context>
<context>
    <name>StepPanel</name>
    <message>
        <location filename="../../src/unionoffice/ui/widgets/step_panel.py" line="26"/>
        <source>办理</source>
        <translation>Steps</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../src/unionoffice/ui/pages/sync.py" line="64"/>
        <source>上报月份</source>
        <translation>Month to report</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/sync.py" line="71"/>
        <source>生成数据包</source>
        <translation>Make the bundle</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/sync.py" line="73"/>
        <source>只生成汇总数据包（不含个人信息）</source>
        <translation>Totals only (no personal data)</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/sync.py" line="74"/>
        <source>打开文件夹</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/sync.py" line="96"/>
        <source>已生成的数据包</source>
        <translation>Bundles made</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/sync.py" line="97"/>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/sync.py" line="97"/>
        <location filename="../../src/unionoffice/ui/pages/sync.py" line="131"/>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/sync.py" line="98"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/sync.py" line="86"/>
        <location filename="../../src/unionoffice/ui/pages/sync.py" line="98"/>
        <source>清单SHA-256</source>
        <translation>Manifest SHA-256</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/sync.py" line="48"/>
        <source>区总工会于 {at}（UTC）收到第 {seq} 号；回执{checked}</source>
        <translation>The district received bundle {seq} at {at} (UTC); receipt {checked}</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/sync.py" line="51"/>
        <source>已核验</source>
        <translation>checked</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/sync.py" line="52"/>
        <source>未核验（未设置回执公钥）</source>
        <translation>not checked (no receipt key set)</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/sync.py" line="79"/>
        <source>账本已从备份恢复：请确认区总工会已收到的最后一个数据包</source>
        <translation>The ledger was restored from a backup: confirm the last bundle the district acknowledged</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/sync.py" line="83"/>
        <source>区总工会已收到的最后序号</source>
        <translation>Last seq the district acknowledged</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/sync.py" line="85"/>
        <source>本账本没有该数据包时，填写回执上的清单SHA-256</source>
        <translation>If this ledger lacks that bundle: the manifest SHA-256 from the receipt</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/sync.py" line="87"/>
        <source>确认</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/sync.py" line="89"/>
        <source>最后序号</source>
        <translation>Last seq</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/sync.py" line="99"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/sync.py" line="99"/>
        <source>上传</source>
        <translation>Upload</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/sync.py" line="103"/>
        <source>上传到区总工会</source>
        <translation>Upload to the district</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/sync.py" line="107"/>
        <location filename="../../src/unionoffice/ui/pages/sync.py" line="149"/>
        <source>区总工会上报地址</source>
        <translation>District upload address</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/sync.py" line="111"/>
        <source>区总工会提供的回执公钥（.pub 文件的内容）</source>
        <translation>The district&apos;s receipt key (the content of its .pub file)</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/sync.py" line="112"/>
        <location filename="../../src/unionoffice/ui/pages/sync.py" line="153"/>
        <source>区总工会回执公钥</source>
        <translation>District receipt key</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/sync.py" line="123"/>
        <source>本街道公钥</source>
        <translation>Office public key</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/sync.py" line="124"/>
        <source>复制公钥</source>
        <translation>Copy key</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/sync.py" line="125"/>
        <source>更换签名密钥…</source>
        <translation>Rotate the signing key…</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/sync.py" line="128"/>
        <location filename="../../src/unionoffice/ui/pages/sync.py" line="145"/>
        <source>区总工会接收公钥</source>
        <translation>District&apos;s recipient key</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/sync.py" line="108"/>
        <location filename="../../src/unionoffice/ui/pages/sync.py" line="113"/>
        <location filename="../../src/unionoffice/ui/pages/sync.py" line="129"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/sync.py" line="141"/>
        <source>本街道公钥（交区总工会登记）</source>
        <translation>Office public key (register it with the district)</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/sync.py" line="199"/>
        <source>{period} 汇总：在会会员 {a}，新发展会员 {j}（新就业形态 {n}）；集体合同覆盖职工 {w}；受理调解 {acc} 件，调解成功 {res} 件。</source>
        <translation>{period} totals: {a} members, {j} new ({n} in new forms of employment); contracts cover {w} workers; {acc} cases accepted, {res} settled.</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/sync.py" line="210"/>
        <source>（第{n}次）</source>
        <translation> (try {n})</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/sync.py" line="222"/>
        <source>正在生成数据包…</source>
        <translation>Making the bundle…</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/sync.py" line="251"/>
        <source>第 {seq} 号数据包：{state}</source>
        <translation>Bundle {seq}: {state}</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/sync.py" line="263"/>
        <source>已保存回执公钥 {key}。</source>
        <translation>Receipt key {key} saved.</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/sync.py" line="269"/>
        <source>已保存上报地址。</source>
        <translation>Upload address saved.</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/sync.py" line="275"/>
        <source>已生成：{file}</source>
        <translation>Made: {file}</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/sync.py" line="284"/>
        <source>已取消，未生成数据包。</source>
        <translation>Cancelled; no bundle was made.</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/sync.py" line="294"/>
        <source>已确认。下一个数据包为第 {n} 号。</source>
        <translation>Confirmed. The next bundle is number {n}.</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/sync.py" line="297"/>
        <source>更换签名密钥</source>
        <translation>Rotate the signing key</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/sync.py" line="298"/>
        <source>生成新的签名密钥？下一个数据包将携带由新旧密钥共同签名的换钥声明，区总工会据此登记新密钥。</source>
        <translation>Make a new signing key? The next bundle carries a hand-over signed by the old and the new key, from which the district registers the new one.</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/sync.py" line="306"/>
        <source>已更换签名密钥：{old} → {new}</source>
        <translation>Signing key rotated: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/pages/sync.py" line="311"/>
        <source>已保存接收公钥。</source>
        <translation>Recipient key saved.</translation>
    </message>
</context>
<context>
    <name>TaskManager</name>
    <message>
        <location filename="../../src/unionoffice/ui/tasks.py" line="117"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TextReportDialog</name>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/document_viewer.py" line="123"/>
        <source>内容含完整个人信息：只交给本人，不要外传；本次查询已记入操作日志。</source>
        <translation>This holds full personal data: give it to the person only; this request is in the audit log.</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/document_viewer.py" line="126"/>
        <source>保存为文件…</source>
        <translation>Save as file…</translation>
    </message>
    <message>
        <location filename="../../src/unionoffice/ui/dialogs/document_viewer.py" line="127"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
</TS>
