"""Only a running HeelCoach keeps another one out of its data folder; anything else that
stops the lock is named for what it is, with an exit status of its own."""

import errno
import os
import subprocess
import sys
import tempfile
import textwrap

import pytest

from heelcoach.system.instance_lock import (
    LOCK_FILE,
    AlreadyRunningError,
    DataFolderUnusableError,
    lock_data_folder,
)

HOLD = textwrap.dedent("""
    import fcntl, os, sys
    descriptor = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT, 0o600)
    fcntl.flock(descriptor, fcntl.LOCK_EX)
    print("held", flush=True)
    sys.stdin.read()
""")


def run_app(folder, *args, code=None):
    command = [sys.executable, "-c", code, *args] if code else [sys.executable, "-m", "heelcoach",
                                                                 *args]  # fmt: skip
    return subprocess.run(command, capture_output=True, text=True, timeout=120,
                          cwd=tempfile.gettempdir(),
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen",
                               "HEELCOACH_DATA_DIR": str(folder)})  # fmt: skip


@pytest.mark.parametrize(
    "content",
    [b"", b"\x00\x17garbage\xff", b"999999\n", f"{os.getpid()}\n".encode(), b"1\nlocalhost\n"],
    ids=["empty", "garbage", "a dead PID", "a live PID (reused)", "PID 1"],
)
def test_a_lock_file_left_behind_never_keeps_heelcoach_out(tmp_path, content):
    (tmp_path / LOCK_FILE).write_bytes(content)
    lock = lock_data_folder(tmp_path)
    assert (tmp_path / LOCK_FILE).read_text() == f"{os.getpid()}\n"
    lock.release()
    assert not (tmp_path / LOCK_FILE).exists()


def test_a_running_heelcoach_keeps_another_out_until_it_ends(tmp_path):
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(tmp_path / LOCK_FILE)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)  # fmt: skip
    try:
        assert holder.stdout.readline() == "held\n"
        with pytest.raises(AlreadyRunningError, match="already running"):
            lock_data_folder(tmp_path)
    finally:
        holder.kill()  # however it ends, the kernel lets go of its lock
        holder.wait()
    lock_data_folder(tmp_path).release()


@pytest.mark.parametrize(
    ("number", "words"),
    [
        (errno.EROFS, "the disk is read-only"),
        (errno.EACCES, "you do not have permission for it"),
        (errno.ENOSPC, "the disk is full"),
    ],
)
def test_a_lock_that_cannot_be_made_is_said_as_what_it_is(tmp_path, monkeypatch, number, words):
    real_open = os.open

    def failing_open(path, *args, **kwargs):
        if str(path).endswith(LOCK_FILE):
            raise OSError(number, os.strerror(number))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", failing_open)
    with pytest.raises(DataFolderUnusableError) as error:
        lock_data_folder(tmp_path)
    assert str(error.value) == f"HeelCoach cannot use its data folder {tmp_path}: {words}."
    assert "already running" not in str(error.value)


def test_the_app_names_the_problem_and_exits_with_a_status_of_its_own(tmp_path):
    code = textwrap.dedent("""
        import errno, os, sys
        real_open = os.open
        def read_only(path, *args, **kwargs):
            if str(path).endswith("heelcoach.lock"):
                raise OSError(errno.EROFS, os.strerror(errno.EROFS))
            return real_open(path, *args, **kwargs)
        os.open = read_only
        from heelcoach.app import main
        sys.exit(main(sys.argv[1:]))
    """)
    result = run_app(tmp_path, "--smoke-test", code=code)
    assert result.returncode == 4
    assert (
        f"HeelCoach cannot use its data folder {tmp_path}: the disk is read-only." in result.stderr
    )


def test_a_lock_file_with_a_live_pid_in_it_does_not_stop_the_app(tmp_path):
    tmp_path.chmod(0o700)
    (tmp_path / LOCK_FILE).write_text(f"{os.getppid()}\n")  # a process that is alive
    result = run_app(tmp_path, "--smoke-test")
    assert result.returncode == 0, result.stderr
    assert not (tmp_path / LOCK_FILE).exists()  # a clean exit takes its lock file along


def test_a_data_folder_that_is_a_file_is_said_so(tmp_path):
    (tmp_path / "data").write_text("in the way")
    result = run_app(tmp_path / "data", "--smoke-test")
    assert result.returncode == 4
    assert "is a file, not a folder" in result.stderr
    assert (tmp_path / "data").read_text() == "in the way"


def test_a_folder_in_the_lock_files_place_is_named_as_such(tmp_path):
    (tmp_path / LOCK_FILE).mkdir()
    with pytest.raises(DataFolderUnusableError) as error:
        lock_data_folder(tmp_path)
    assert str(error.value) == (
        f"HeelCoach cannot use its data folder {tmp_path}: its lock file is a folder or a link."
    )
