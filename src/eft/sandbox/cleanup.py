"""Remove a tree a candidate built, whatever it built: `remove_tree` never raises and never follows a link.

`shutil.rmtree` recurses once per level (a tree a few thousand levels deep raises RecursionError, which
`ignore_errors` does not catch) and gives up silently on a directory its owner made unreadable, so a
hostile scratch tree could crash the evaluator or leak. Here the walk is a loop holding one directory fd
at a time and a stack of names, so depth costs neither recursion nor file descriptors nor PATH_MAX: every
operation is relative to an fd opened with O_NOFOLLOW, a symlink is unlinked like a file, and the way back
up is `..` checked against the inode it must be. Permissions the candidate removed are given back (its
user owns the tree; root needs none), append-only/immutable flags are cleared where the caller may, and a
directory that still cannot be removed after a few tries is skipped. What is left is reported in one
warning line, never raised.
"""
from __future__ import annotations

import contextlib
import errno
import fcntl
import logging
import os
import stat
import struct

log = logging.getLogger(__name__)

_DIR_FLAGS = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC
_FILE_FLAGS = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC
_FS_IOC_GETFLAGS, _FS_IOC_SETFLAGS = 0x80086601, 0x40086602  # _IOR/_IOW('f', 1|2, long)
_FS_IMMUTABLE_FL, _FS_APPEND_FL = 0x10, 0x20
_OWNER_RWX = stat.S_IRWXU
TRIES = 3  # attempts at one directory before it counts as stuck


def _clear_flags(fd: int) -> None:
    """Drop append-only/immutable from the inode behind `fd` (needs CAP_LINUX_IMMUTABLE; best effort)."""
    with contextlib.suppress(OSError, ValueError):
        buf = fcntl.ioctl(fd, _FS_IOC_GETFLAGS, b"\0" * 8)
        flags = struct.unpack("=q", buf)[0]
        if flags & (_FS_IMMUTABLE_FL | _FS_APPEND_FL):
            fcntl.ioctl(fd, _FS_IOC_SETFLAGS, struct.pack("=q", flags & ~(_FS_IMMUTABLE_FL | _FS_APPEND_FL)))


def _make_usable(fd: int) -> None:
    """Give the directory behind `fd` back its owner's rwx, and clear flags that forbid removing entries."""
    with contextlib.suppress(OSError):
        mode = os.fstat(fd).st_mode
        if mode & _OWNER_RWX != _OWNER_RWX:
            os.fchmod(fd, stat.S_IMODE(mode) | _OWNER_RWX)
    _clear_flags(fd)


def _open_dir(parent: int, name: str) -> int:
    """fd of directory `name` in `parent`, restoring its read/search permission if needed (OSError if not)."""
    try:
        fd = os.open(name, _DIR_FLAGS, dir_fd=parent)
    except PermissionError:
        # it is a directory (the caller checked, and O_NOFOLLOW refuses a link swapped in): chmod without
        # following links, then retry
        with contextlib.suppress(OSError, ValueError, NotImplementedError):
            os.chmod(name, _OWNER_RWX, dir_fd=parent, follow_symlinks=False)
        fd = os.open(name, _DIR_FLAGS, dir_fd=parent)
    _make_usable(fd)
    return fd


def _unlink(parent: int, name: str, fix_parent: bool = True) -> OSError | None:
    """Unlink a non-directory entry of `parent`; None when gone, else the last error. `fix_parent`: the
    parent is inside the tree, so its permissions and flags may be restored."""
    for attempt in range(2):
        try:
            os.unlink(name, dir_fd=parent)
            return None
        except FileNotFoundError:
            return None
        except OSError as exc:
            if attempt:
                return exc
            if exc.errno == errno.EPERM:  # append-only/immutable file: clear its flags (never follows a link)
                with contextlib.suppress(OSError):
                    fd = os.open(name, _FILE_FLAGS, dir_fd=parent)
                    try:
                        _clear_flags(fd)
                    finally:
                        os.close(fd)
            if fix_parent:
                _make_usable(parent)
    return None


def _rmdir(parent: int, name: str, fix_parent: bool = True) -> OSError | None:
    """rmdir an entry of `parent`; None when gone, else the error (ENOTEMPTY: descend into it)."""
    for attempt in range(2):
        try:
            os.rmdir(name, dir_fd=parent)
            return None
        except FileNotFoundError:
            return None
        except OSError as exc:
            if attempt or exc.errno in (errno.ENOTEMPTY, errno.EEXIST, errno.ENOTDIR):
                return exc
            if fix_parent:
                _make_usable(parent)
            with contextlib.suppress(OSError):
                fd = os.open(name, _DIR_FLAGS, dir_fd=parent)
                try:
                    _clear_flags(fd)
                finally:
                    os.close(fd)
    return None


class _Walk:
    """State of one removal: the fd of the current directory, the names and inodes leading to it."""

    def __init__(self, fd: int):
        self.fd = fd
        self.names: list[str] = []
        self.inodes: list[tuple[int, int]] = [self._id(fd)]
        # entries are known by (device and inode of their directory, name): readdir's d_ino is not
        # always the inode fstat reports (overlayfs), names are
        self.failures: dict[tuple[tuple[int, int], str], int] = {}
        self.stuck: set[tuple[tuple[int, int], str]] = set()
        self.last_error: OSError | None = None

    @staticmethod
    def _id(fd: int) -> tuple[int, int]:
        st = os.fstat(fd)
        return st.st_dev, st.st_ino

    def next_subdir(self) -> str | None:
        """Unlink every other entry of the current directory; the first subdirectory left to descend into."""
        here = self.inodes[-1]
        with os.scandir(self.fd) as entries:
            for entry in entries:
                key = (here, entry.name)
                if key in self.stuck:
                    continue
                try:
                    is_dir = entry.is_dir(follow_symlinks=False)
                except OSError:
                    continue
                if not is_dir:
                    if error := _unlink(self.fd, entry.name):
                        self.last_error = error
                        self.stuck.add(key)
                elif error := _rmdir(self.fd, entry.name):  # an empty one goes without a descent
                    if error.errno in (errno.ENOTEMPTY, errno.EEXIST):
                        return entry.name
                    self.last_error = error
                    self.stuck.add(key)
        return None

    def descend(self, name: str) -> None:
        """Make `name` the current directory; one that cannot be opened is stuck."""
        try:
            child = _open_dir(self.fd, name)
        except OSError as exc:
            self.last_error = exc
            self.stuck.add((self.inodes[-1], name))
            return
        os.close(self.fd)
        self.fd = child
        self.names.append(name)
        self.inodes.append(self._id(child))

    def ascend(self) -> None:
        """Back to the parent via `..`, which must be the directory we came from; then rmdir the child."""
        name = self.names.pop()
        self.inodes.pop()
        parent = os.open("..", _DIR_FLAGS, dir_fd=self.fd)
        os.close(self.fd)
        self.fd = parent
        if self._id(parent) != self.inodes[-1]:
            raise OSError(errno.ESTALE, "the tree moved while it was being removed")
        if error := _rmdir(parent, name):
            key = (self.inodes[-1], name)
            self.last_error = error
            self.failures[key] = self.failures.get(key, 0) + 1
            if self.failures[key] >= TRIES:
                self.stuck.add(key)

    def run(self) -> None:
        while True:
            if (name := self.next_subdir()) is not None:
                self.descend(name)
            elif self.names:
                self.ascend()
            else:
                return


def remove_tree(path: str | os.PathLike) -> bool:
    """Remove `path` (a directory, file or link) and everything under it; True when nothing is left.

    Never raises: what cannot be removed is logged as one warning line and the call returns False.
    """
    path = os.path.abspath(os.fspath(path))
    parent_path, name = os.path.split(path)
    error: BaseException | None = None
    try:
        parent = os.open(parent_path, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    except FileNotFoundError:
        return True
    except OSError as exc:
        log.warning("could not remove %s: %s", path, exc.strerror or exc)
        return False
    try:
        st = os.stat(name, dir_fd=parent, follow_symlinks=False)
        if not stat.S_ISDIR(st.st_mode):
            error = _unlink(parent, name, fix_parent=False)  # the parent is not ours to change
        else:
            walk = _Walk(_open_dir(parent, name))
            try:
                walk.run()
            finally:
                os.close(walk.fd)
            removed = _rmdir(parent, name, fix_parent=False)
            error = walk.last_error or removed
    except FileNotFoundError:
        pass
    except Exception as exc:  # noqa: BLE001 - a cleanup must not take the evaluator down
        error = exc
    finally:
        os.close(parent)
    if not os.path.lexists(path):
        return True
    reason = (error.strerror if isinstance(error, OSError) and error.strerror else str(error)) or "unknown"
    log.warning("could not remove %s: %s", path, " ".join(str(reason).split())[:200])
    return False
