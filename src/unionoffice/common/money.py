"""Money: integer fen in the ledger; yuan in figures and in capitals (大写) on paper."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from unionoffice.errors import Problem, ValidationFailed


def parse_yuan(raw: object, *, field: str = "amount") -> int:
    """'12,000.50' / '12000.5元' / 12000 → fen. Refuses negatives and more than 2 decimals."""
    text = str(raw if raw is not None else "").strip().replace(",", "").replace("，", "")
    text = text.removesuffix("元").removeprefix("¥").removeprefix("￥").strip() or "0"
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise ValidationFailed([Problem("money.format", field, {"value": str(raw)})]) from None
    if value < 0 or value != value.quantize(Decimal("0.01")):
        raise ValidationFailed([Problem("money.format", field, {"value": str(raw)})])
    return int(value * 100)


def yuan(fen: int) -> str:
    """12000000 → '120,000.00'."""
    return f"{Decimal(fen) / 100:,.2f}"


def capitals(fen: int) -> str:
    """1200000 → '人民币壹万贰仟元整' (the form written on agreements)."""
    if fen == 0:
        return "人民币零元整"
    import cn2an  # its tables load in 0.1 s: only when a document needs capitals

    return "人民币" + cn2an.an2cn(str(Decimal(fen) / 100), "rmb")
