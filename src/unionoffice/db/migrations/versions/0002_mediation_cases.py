"""mediation cases: applicants, events, sessions, extension and outcome

Revision ID: 0002_mediation_cases
Revises: 0001_baseline
Create Date: 2026-11-21
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_mediation_cases"
down_revision = "0001_baseline"
branch_labels = None
depends_on = None

def _ledger_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
    ]
APPLICANT_COLUMNS = ["name", "gender", "id_number", "birth_date", "ethnicity", "phone",
                     "address", "post", "member_id"]


def _ledger_table(name, *columns):
    op.create_table(name, *_ledger_columns(), *columns,
                    sa.PrimaryKeyConstraint("id"))
    with op.batch_alter_table(name) as batch:
        batch.create_index(f"ix_{name}_change_seq", ["change_seq"])
        batch.create_index(f"ix_{name}_case_id", ["case_id"])


def upgrade() -> None:
    _ledger_table(
        "case_applicant",
        sa.Column("case_id", sa.String(), sa.ForeignKey("mediation_case.id"), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("gender", sa.String(length=1), nullable=True),
        sa.Column("id_number", sa.String(length=30), nullable=True),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("ethnicity", sa.String(length=20), nullable=True),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("address", sa.String(length=200), nullable=True),
        sa.Column("post", sa.String(length=50), nullable=True),
        sa.Column("member_id", sa.String(), sa.ForeignKey("member.id"), nullable=True),
        sa.Column("representative", sa.Boolean(), nullable=False),
    )
    _ledger_table(
        "case_event",
        sa.Column("case_id", sa.String(), sa.ForeignKey("mediation_case.id"), nullable=False),
        sa.Column("action", sa.String(length=30), nullable=False),
        sa.Column("from_state", sa.String(length=20), nullable=False),
        sa.Column("to_state", sa.String(length=20), nullable=False),
        sa.Column("on_date", sa.Date(), nullable=False),
        sa.Column("note", sa.String(length=500), nullable=True),
        sa.Column("operator", sa.String(length=50), nullable=False),
    )
    _ledger_table(
        "mediation_session",
        sa.Column("case_id", sa.String(), sa.ForeignKey("mediation_case.id"), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("mediator", sa.String(length=50), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
    )
    # Schema 1 kept one applicant on the case row: carry any such rows over, then drop them.
    op.execute(
        "INSERT INTO case_applicant (id, created_at, updated_at, change_seq, case_id, position, "
        f"{', '.join(APPLICANT_COLUMNS)}, representative) "
        "SELECT lower(hex(randomblob(16))), created_at, updated_at, change_seq, id, 1, "
        f"{', '.join('applicant_' + c for c in APPLICANT_COLUMNS)}, 0 FROM mediation_case")
    with op.batch_alter_table("mediation_case") as batch:
        for column in APPLICANT_COLUMNS:
            batch.drop_column(f"applicant_{column}")
        batch.add_column(sa.Column("limit_extended_to", sa.Date(), nullable=True))
        batch.add_column(sa.Column("extension_note", sa.String(length=500), nullable=True))
        batch.add_column(sa.Column("outcome_note", sa.String(length=500), nullable=True))
        batch.add_column(sa.Column("referral_on", sa.Date(), nullable=True))
        batch.alter_column("referral", type_=sa.String(length=30))
    op.execute("PRAGMA user_version = 2")


def downgrade() -> None:
    raise NotImplementedError("a ledger is never downgraded; restore a backup instead")
