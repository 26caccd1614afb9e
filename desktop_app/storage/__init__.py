"""The SQLite store: opening, migrations, backups and one repository per area. No Qt."""
