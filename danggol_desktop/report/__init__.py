"""The market report's printable pages and the friend chart painter they share with the screen (QtGui only)."""
