"""The socket a later launch hands "start" over: in a folder only this user can enter,
talking only to this user's HeelCoach, and still listening after a flood of connections."""

import os
import resource
import shutil
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalServer

from heelcoach.system.single_instance import START, InstanceServer, server_name


@pytest.fixture
def servers():
    """Starts servers for a test, and closes them at its end (their sockets with them)."""
    started = []

    def start(folder, on_request):
        started.append(InstanceServer(folder, on_request))
        return started[-1]

    yield start
    for server in started:
        server.close()
        server.deleteLater()


NOBODY = 65534  # another user: the tests run as root on CI, which may become it
HAND_OVER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from PySide6.QtCore import QCoreApplication
    from heelcoach.system import single_instance
    app = QCoreApplication([])
    if len(sys.argv) > 2:  # a socket somewhere else, as a squatter would offer it
        single_instance.server_name = lambda folder: sys.argv[2]
    print(single_instance.hand_over(Path(sys.argv[1]), b"start"))
""")


def hand_over_from_another_process(qtbot, folder, socket=None) -> str:
    launch = subprocess.Popen(
        [sys.executable, "-c", HAND_OVER, str(folder), *([socket] if socket else [])],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    qtbot.waitUntil(lambda: launch.poll() is not None, timeout=30_000)  # the server answers
    return launch.stdout.read().strip()


def test_the_socket_is_in_a_private_folder_even_where_the_runtime_folder_is_not(
    tmp_path, monkeypatch
):
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    assert os.path.dirname(server_name(tmp_path)) == str(runtime)
    runtime.chmod(0o777)  # anyone could plant a socket there
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    private = os.path.dirname(server_name(tmp_path))
    assert private == str(tmp_path / "cache" / "heelcoach-run")
    assert os.stat(private).st_mode & 0o777 == 0o700


def test_a_socket_squatted_under_the_old_name_in_tmp_is_handed_nothing(qtbot, tmp_path, servers):
    squatter = QLocalServer()
    old_name = os.path.basename(server_name(tmp_path))  # /tmp/heelcoach-<uid>-<digest>
    QLocalServer.removeServer(old_name)
    assert squatter.listen(old_name)
    asked = []
    server = servers(tmp_path, asked.append)
    assert server.listening
    assert hand_over_from_another_process(qtbot, tmp_path) == "True"
    assert asked == [START]
    assert not squatter.hasPendingConnections()
    squatter.close()


def test_a_socket_another_user_listens_on_is_handed_nothing(qtbot, tmp_path):
    shared = Path(tempfile.mkdtemp(prefix="heelcoach-shared-"))  # where another user can go
    shared.chmod(0o777)
    socket = str(shared / "heelcoach.sock")
    listener = textwrap.dedent(f"""
        import socket, sys
        server = socket.socket(socket.AF_UNIX)
        server.bind({socket!r})
        server.listen()
        print("listening", flush=True)
        server.settimeout(20)
        connection, _ = server.accept()
        connection.settimeout(3)
        try:
            print(repr(connection.recv(100)), flush=True)
        except OSError:
            print("nothing", flush=True)
    """)
    other_user = subprocess.Popen(
        ["/usr/bin/python3", "-c", listener],
        stdout=subprocess.PIPE,
        text=True,
        cwd="/",
        preexec_fn=lambda: os.setuid(NOBODY),
    )
    assert other_user.stdout.readline().strip() == "listening"
    assert hand_over_from_another_process(qtbot, tmp_path, socket) == "False"
    other_user.wait(timeout=30)
    assert other_user.stdout.read().strip() in ("nothing", "b''")
    shutil.rmtree(shared)


def test_a_flood_of_idle_connections_does_not_stop_the_hand_over(qtbot, tmp_path, servers):
    asked = []
    server = servers(tmp_path, asked.append)
    limits = resource.getrlimit(resource.RLIMIT_NOFILE)
    open_now = len(os.listdir("/proc/self/fd"))
    resource.setrlimit(resource.RLIMIT_NOFILE, (open_now + 200, limits[1]))  # a desktop's 1024
    try:
        flood_and_hand_over(qtbot, tmp_path, server, asked)
    finally:
        resource.setrlimit(resource.RLIMIT_NOFILE, limits)


def flood_and_hand_over(qtbot, tmp_path, server, asked):
    flooded = tmp_path / "flooded"
    flood = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import resource, socket, sys
        resource.setrlimit(resource.RLIMIT_NOFILE, (4096, resource.getrlimit(
            resource.RLIMIT_NOFILE)[1]))
        held = []
        for _ in range(1100):
            connection = socket.socket(socket.AF_UNIX)
            connection.setblocking(False)
            try:
                connection.connect({server_name(tmp_path)!r})
            except OSError:
                pass
            held.append(connection)
        open({str(flooded)!r}, "w").close()
        sys.stdin.read()  # the connections are held until the test lets go
    """)], stdin=subprocess.PIPE)  # fmt: skip
    try:
        qtbot.waitUntil(flooded.exists, timeout=60_000)
        qtbot.waitUntil(lambda: not server.waiting, timeout=10_000)  # idle ones dropped
        assert server.listening
        assert hand_over_from_another_process(qtbot, tmp_path) == "True"
    finally:
        flood.stdin.close()
        flood.wait(timeout=30)
    assert asked == [START]
