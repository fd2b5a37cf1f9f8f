"""Qt widgets. Only this package (and app.py) import PySide6 widgets."""
