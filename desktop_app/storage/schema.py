"""The schema version this code writes, readable without importing the migration machinery.

Equal to the number of migrations in ``migrations/`` (a test checks it); stored in
``PRAGMA user_version`` after migrating, so a database that is already current opens fast.
"""

SCHEMA_VERSION = 23
