"""SQLite storage through sqlite-utils: opening, pragmas, migrations, repositories, backups. No Qt here."""
