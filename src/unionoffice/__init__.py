"""UnionOffice (街道工会台账): the ledger of a Beijing subdistrict union office."""

__version__ = "0.1.0"
APP_NAME = "UnionOffice"
