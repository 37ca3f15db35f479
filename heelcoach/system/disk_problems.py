"""Why something could not be read or saved, in words a runner can act on, in their language."""

from __future__ import annotations

import errno

_FULL = (errno.ENOSPC, errno.EDQUOT)
_READ_ONLY = (errno.EROFS,)
_NO_PERMISSION = (errno.EACCES, errno.EPERM)


class ReadOnlyByChoiceError(Exception):
    """A file HeelCoach keeps read-only on purpose (the journal of a newer version)."""


def plain_words(error: BaseException) -> str:
    from PySide6.QtCore import QCoreApplication  # the error classes above are Qt-free

    translate = QCoreApplication.translate
    if isinstance(error, ReadOnlyByChoiceError):
        return translate("DiskProblem", "the journal is read-only (the notice at the top says why)")
    number = getattr(error, "errno", None)
    if number in _FULL:
        return translate("DiskProblem", "the disk is full")
    if number in _READ_ONLY:
        return translate("DiskProblem", "the disk is read-only")
    if number in _NO_PERMISSION:
        return translate("DiskProblem", "you do not have permission for it")
    if number == errno.EIO:
        return translate("DiskProblem", "the disk reported an error")
    if number == errno.ELOOP:
        return translate("DiskProblem", "a symbolic link is in the way")
    if number == errno.ENOENT:
        return translate("DiskProblem", "a folder on the way there does not exist")
    if number in (errno.EISDIR, errno.ENOTDIR, errno.EEXIST):
        return translate("DiskProblem", "a file or folder of that name is in the way")
    strerror = getattr(error, "strerror", None)
    return strerror or str(error)
