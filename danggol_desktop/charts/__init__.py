"""Charts painted with QPainter (Qt Charts is deprecated and Qt Graphs does not draw offscreen)."""
