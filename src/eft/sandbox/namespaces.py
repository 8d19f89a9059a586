"""Namespaces of a sandboxed child (stdlib only; loaded by path inside `supervisor.py`).

Two modes, chosen by the parent from its privileges:
- "root": new mount and IPC namespaces. The candidate will run as a fresh unprivileged uid, which may not
  be able to reach what it needs (an interpreter under a 0700 home, a program written 0600 to /tmp). So,
  in the child's private mount table only, each blocking directory on the way to a needed path is covered
  by a tmpfs holding bind mounts of all its entries (same contents, same permissions below, but
  searchable), and a needed file the uid cannot read is covered by a read-only copy. Nothing outside the
  child sees any of it; the whole table dies with its last process.
- "user" (no root): a user namespace mapping only the caller's own uid, with new mount and IPC namespaces;
  every mount is remounted read-only except the writable paths (the scratch dir), so the candidate cannot
  change files or their metadata (mode, times, extended attributes) anywhere else, although it owns them.
The IPC namespace takes System V objects and POSIX message queues down with the run (seccomp refuses
them too, where namespaces are unavailable).
"""
import ctypes
import os
import stat

CLONE_NEWNS, CLONE_NEWIPC, CLONE_NEWUSER = 0x00020000, 0x08000000, 0x10000000
MS_RDONLY, MS_NOSUID, MS_NODEV, MS_NOEXEC, MS_REMOUNT = 1, 2, 4, 8, 32
MS_NOATIME, MS_NODIRATIME, MS_BIND, MS_REC, MS_PRIVATE = 1024, 2048, 4096, 16384, 1 << 18
MS_RELATIME, MS_STRICTATIME = 1 << 21, 1 << 24
_ST_TO_MS = ((os.ST_NOSUID, MS_NOSUID), (os.ST_NODEV, MS_NODEV), (os.ST_NOEXEC, MS_NOEXEC),
             (os.ST_NODIRATIME, MS_NODIRATIME))
MAX_ENTRIES = 4096  # a blocking directory with more entries than this is not opened up
MAX_COPY_BYTES = 64 << 20

_libc = ctypes.CDLL(None, use_errno=True)
_libc.mount.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_ulong, ctypes.c_char_p]


def _check(result, what):
    if result != 0:
        code = ctypes.get_errno()
        raise OSError(code, f"{what}: {os.strerror(code)}")


def _mount(source, target, fstype, flags, data=None):
    enc = [None if x is None else os.fsencode(x) for x in (source, target, fstype, data)]
    _check(_libc.mount(enc[0], enc[1], enc[2], flags, enc[3]), f"mount {target}")


def _bind(source, target, flags=0):
    _mount(source, target, None, MS_BIND | MS_REC | flags)


def _write(path, text):
    with open(path, "w", encoding="ascii") as fh:
        fh.write(text)


def _may(st, uid, gid, bits):
    """Whether uid/gid (no supplementary groups, no capabilities) has all permission `bits` (r=4, w=2, x=1)."""
    if st.st_uid == uid:
        return (st.st_mode >> 6) & bits == bits
    if st.st_gid == gid:
        return (st.st_mode >> 3) & bits == bits
    return st.st_mode & bits == bits


def blocked(paths, uid, gid):
    """(directories to open up, outermost first; files to copy) so that uid can use every path in `paths`."""
    dirs, files = [], []
    for path in paths:
        try:
            real = os.path.realpath(path)
            st = os.stat(real)
        except OSError:
            continue
        parts = real.split("/")[1:]
        for depth in range(1, len(parts)):
            parent = "/" + "/".join(parts[:depth])
            if not _may(os.stat(parent), uid, gid, 1) and parent not in dirs:
                dirs.append(parent)
        if stat.S_ISDIR(st.st_mode):
            if not _may(st, uid, gid, 5) and real not in dirs:
                dirs.append(real)
        elif stat.S_ISREG(st.st_mode) and not _may(st, uid, gid, 4) and real not in files:
            files.append(real)
    dirs.sort(key=lambda d: d.count("/"))
    return dirs, files


def _open_up(directory):
    """Cover `directory` with a searchable tmpfs that holds bind mounts of (or links like) its entries."""
    entries = []
    try:
        with os.scandir(directory) as it:
            for entry in it:
                if len(entries) >= MAX_ENTRIES:
                    raise OSError(f"{directory} has more than {MAX_ENTRIES} entries")
                try:  # an entry may vanish meanwhile (other jobs share /tmp): it is then simply not there
                    if entry.is_symlink():
                        entries.append((entry.name, "link", os.readlink(entry.path)))
                    else:
                        fd = os.open(entry.path, os.O_PATH | os.O_NOFOLLOW | os.O_CLOEXEC)
                        entries.append((entry.name, "dir" if entry.is_dir(follow_symlinks=False) else "file", fd))
                except FileNotFoundError:
                    continue
    except BaseException:
        # a failure half-way (EMFILE in a crowded dir, too many entries) must not leave the fds open: the
        # layers after this one (Landlock) still need to open paths
        for _name, kind, value in entries:
            if kind != "link":
                os.close(value)
        raise
    _mount("tmpfs", directory, "tmpfs", MS_NOSUID | MS_NODEV, "mode=0755,size=1m")
    for name, kind, value in entries:
        target = os.path.join(directory, name)
        if kind == "link":
            os.symlink(value, target)
            continue
        try:
            if kind == "dir":
                os.mkdir(target)
            else:
                os.close(os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o444))
            _bind(f"/proc/self/fd/{value}", target)
        finally:
            os.close(value)


def expose(paths, uid, gid, staging):
    """Make `paths` usable by uid in this mount namespace; `staging`: an empty dir to hold file copies."""
    dirs, files = blocked(paths, uid, gid)
    copies = []
    for path in files:
        with open(path, "rb") as fh:
            copies.append((path, fh.read(MAX_COPY_BYTES)))
    if copies:
        _mount("tmpfs", staging, "tmpfs", MS_NOSUID | MS_NODEV, "mode=0755")
    for directory in dirs:
        _open_up(directory)
    for index, (path, data) in enumerate(copies):
        copy = os.path.join(staging, str(index))
        with open(copy, "wb") as fh:
            fh.write(data)
        os.chmod(copy, 0o444)
        _bind(copy, path, 0)
    return len(dirs), len(files)


def _mount_points():
    """Mount points of this namespace, from /proc/self/mountinfo (octal escapes decoded)."""
    points = []
    with open("/proc/self/mountinfo", "rb") as fh:
        for line in fh:
            raw = line.split()[4]
            points.append(os.fsdecode(raw.decode("unicode_escape").encode("latin-1")))
    return points


def readonly_view(writable):
    """Remount everything read-only except the `writable` paths (each becomes its own writable bind)."""
    writable = [os.path.realpath(p) for p in writable]
    for path in writable:
        _bind(path, path)
    failed = 0
    for point in _mount_points():
        if any(point == w or point.startswith(w + "/") for w in writable):
            continue
        try:
            st = os.statvfs(point)
        except OSError:
            continue
        flags = MS_REMOUNT | MS_BIND | MS_RDONLY
        flags |= sum(ms for st_flag, ms in _ST_TO_MS if st.f_flag & st_flag)
        flags |= MS_NOATIME if st.f_flag & os.ST_NOATIME else (
            MS_RELATIME if st.f_flag & os.ST_RELATIME else MS_STRICTATIME)
        try:
            _mount(None, point, None, flags)
        except OSError:
            failed += 1  # shadowed or kernel-locked mounts (under /proc, /sys); Landlock still guards them
    return failed


def enter(mode, *, uid=None, gid=None, needed=(), writable=(), staging=None):
    """Enter the namespaces of `mode`; returns the one-word names of what is now active."""
    if mode == "user":
        outer_uid, outer_gid = os.getuid(), os.getgid()
        _check(_libc.unshare(CLONE_NEWUSER | CLONE_NEWNS | CLONE_NEWIPC), "unshare")
        _write("/proc/self/setgroups", "deny")
        _write("/proc/self/uid_map", f"{outer_uid} {outer_uid} 1")
        _write("/proc/self/gid_map", f"{outer_gid} {outer_gid} 1")
    else:
        _check(_libc.unshare(CLONE_NEWNS | CLONE_NEWIPC), "unshare")
    _mount(None, "/", None, MS_REC | MS_PRIVATE)
    active = ["userns"] if mode == "user" else []
    active += ["mnt", "ipc"]
    if mode == "user":
        readonly_view(writable)
        active.append("read-only view")
    elif uid is not None:
        expose(needed, uid, gid, staging)
    return active


def probe():
    """Exit status 0 if a user namespace with a read-only view can be built here (run as a subprocess)."""
    import tempfile
    try:
        enter("user", writable=[tempfile.gettempdir()])
    except OSError:
        raise SystemExit(1) from None


if __name__ == "__main__":
    probe()
