"""Printed documents (reportlab): mediation agreement, notices, reports."""
