"""Realistic synthetic ledgers for demonstrations, screenshots and benchmarks."""
