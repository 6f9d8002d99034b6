"""Who may use the ledger and what each role may do: permissions, operators."""
