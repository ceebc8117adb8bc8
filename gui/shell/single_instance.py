"""One Yuepi per user: a report opened from the file manager while Yuepi runs goes to the
running application over a local socket (QLocalServer/QLocalSocket) instead of starting a
second process.

The protocol is one UTF-8 JSON line, {"open": ["/abs/path", …]}, answered by "ok\\n" once
the running application has taken the paths. The server name is per user (a hash of the
user name, so it is safe in a socket file name) and only that user may connect. Editing the
same report from two processes stays possible (the sidecar lock handles it); this only
spares the reviewer a second process and a second window for the same file.
"""
from __future__ import annotations

import getpass
import hashlib
import json

from PySide6.QtCore import QByteArray, QEventLoop, QObject, QTimer, Signal, Slot
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket

CONNECT_MS = 500
REPLY_MS = 3000
_ACK = b"ok\n"
_MAX_REQUEST = 1 << 20  # a request line longer than this is not ours
_BUFFER = "yuepi_request"  # a connection's partial request line, as a socket property


def server_name() -> str:
    """The running application's socket name for this user."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment or the password file
        user = "unknown"
    return "yuepi-" + hashlib.sha256(user.encode("utf-8", "replace")).hexdigest()[:16]


def hand_off(paths: list[str], name: str) -> bool:
    """Ask the running application to open `paths`; True once it said it did. False when
    none runs (or it did not answer in time): then this process opens them itself.

    Waits in a local event loop, not with QLocalSocket.waitFor…, so that the other end
    may even live in this process (the tests) and the GIL is never held while waiting."""
    socket = QLocalSocket()
    loop = QEventLoop()
    reply = bytearray()
    request = json.dumps({"open": paths}, ensure_ascii=False).encode("utf-8") + b"\n"

    def read() -> None:
        reply.extend(bytes(socket.readAll().data()))
        if reply.endswith(b"\n") or len(reply) > len(_ACK):
            loop.quit()

    def give_up_unless_connected() -> None:
        if socket.state() != QLocalSocket.LocalSocketState.ConnectedState:
            loop.quit()

    socket.connected.connect(lambda: socket.write(QByteArray(request)))
    socket.readyRead.connect(read)
    socket.errorOccurred.connect(lambda *_: loop.quit())
    socket.disconnected.connect(loop.quit)
    QTimer.singleShot(CONNECT_MS, loop, give_up_unless_connected)
    QTimer.singleShot(REPLY_MS, loop, loop.quit)
    socket.connectToServer(name)
    if socket.state() == QLocalSocket.LocalSocketState.UnconnectedState:
        return False  # refused at once: nobody listens
    loop.exec()
    socket.abort()
    return bytes(reply) == _ACK


class InstanceServer(QObject):
    """Listens for other Yuepi processes of this user; emits open_requested(path) for each
    report they hand over."""

    open_requested = Signal(str)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self.name = name

    def listen(self) -> bool:
        """Start serving. A socket file left by a crashed instance is removed (nobody
        answered on it, or hand_off would have succeeded)."""
        if self._server.listen(self.name):
            return True
        if self._server.serverError() == QAbstractSocket.SocketError.AddressInUseError:
            QLocalServer.removeServer(self.name)
            return self._server.listen(self.name)
        return False

    def close(self) -> None:
        self._server.close()

    @Slot()
    def _accept(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.setProperty(_BUFFER, QByteArray())
            socket.readyRead.connect(self._read)
            socket.disconnected.connect(socket.deleteLater)

    @Slot()
    def _read(self) -> None:
        socket = self.sender()
        if not isinstance(socket, QLocalSocket):
            return
        data = bytes(socket.property(_BUFFER).data()) + bytes(socket.readAll().data())
        if b"\n" not in data:
            if len(data) > _MAX_REQUEST:
                socket.abort()
            else:
                socket.setProperty(_BUFFER, QByteArray(data))
            return
        line = data.split(b"\n", 1)[0]
        try:
            paths = json.loads(line.decode("utf-8")).get("open", [])
        except (ValueError, AttributeError):
            socket.abort()
            return
        socket.write(QByteArray(_ACK))
        socket.flush()
        for path in paths if isinstance(paths, list) else []:
            if isinstance(path, str) and path:
                self.open_requested.emit(path)
