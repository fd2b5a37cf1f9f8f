"""One function per thing a person does with the data — add a shop, record a count, import a file, restore a
backup … — called alike by the screens and the command line. Validation, transactions, backups and the sorting of
failures into plain error codes live here once. No Qt."""
