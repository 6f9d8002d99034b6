"""The month's figures and their labels, as Excel and PDF."""
