"""The ledger database: engine, tables, queries and migrations."""
