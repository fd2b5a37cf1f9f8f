"""Pure-Python core of the app: no Qt here (a unit test checks the imports)."""
