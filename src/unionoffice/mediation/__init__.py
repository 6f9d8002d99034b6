"""Labour-dispute mediation cases: rules, clocks, services, documents."""
