"""The baseline: a bare PySide6 QMainWindow that reports its first painted frame and exits."""

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, painted)
        return False


def painted():
    print("first frame painted", flush=True)
    if "--stay" not in sys.argv:
        app.quit()


app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(960, 720)
watcher = FirstPaint()
window.installEventFilter(watcher)
window.show()
app.exec()
