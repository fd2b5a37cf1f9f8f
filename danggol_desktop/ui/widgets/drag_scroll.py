"""Every page's scrolling part can be dragged like on a phone: tablets at the stall have no wheel.

Apart from ui.input_guard (installed a quarter of a second after start) because the first screen needs it at once."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractScrollArea, QScroller, QScrollerProperties


def enable_drag_scrolling(area: QAbstractScrollArea) -> None:
    """Drag the page with a finger or the mouse, as on a phone; a tap still presses what is under it."""
    QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
    scroller = QScroller.scroller(area.viewport())
    props = scroller.scrollerProperties()
    props.setScrollMetric(QScrollerProperties.ScrollMetric.OvershootDragResistanceFactor, 0.0)
    props.setScrollMetric(QScrollerProperties.ScrollMetric.OvershootScrollDistanceFactor, 0.0)
    props.setScrollMetric(QScrollerProperties.ScrollMetric.DragStartDistance, 0.004)
    props.setScrollMetric(QScrollerProperties.ScrollMetric.MousePressEventDelay, 0.0)  # a tap acts at once
    scroller.setScrollerProperties(props)
