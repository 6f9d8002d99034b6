"""Collective contracts: rules, clocks, services, coverage."""
