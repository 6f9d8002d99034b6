"""Union members: membership rules, the services that change them, queries, search keys,
and the roster (Excel in and out)."""
