"""The audit trail: every change, hash-chained, and its labels for people."""
