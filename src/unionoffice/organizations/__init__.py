"""Grassroots unions and employers."""
