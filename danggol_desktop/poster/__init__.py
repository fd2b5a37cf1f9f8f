"""QR codes and posters: the QR matrix, logo loading, the one renderer (QtGui only, no widgets), and outputs."""
