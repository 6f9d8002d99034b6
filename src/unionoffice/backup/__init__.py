"""Copies of the ledger and restoring from them."""
