"""The monthly bundle: format, minisign signatures, age encryption, export and verification."""
