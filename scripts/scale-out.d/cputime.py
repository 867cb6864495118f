"""CPU time of a process tree, read from /proc: robust on a busy machine, where wall clocks
are not. A process's own time (utime + stime) plus the time of the children it has reaped
(cutime + cstime), summed over every live process of the tree, counts each process exactly
once: one that died was reaped by a live parent, whose c-times now hold it in full. The
difference of two readings is the CPU time the tree spent between them."""

import os

TICK = os.sysconf("SC_CLK_TCK")


def _stat(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            text = f.read()
    except OSError:
        return None
    # The command name is in parentheses and may hold spaces: fields start after the last ')'.
    fields = text[text.rindex(")") + 2:].split()
    ppid = int(fields[1])
    utime, stime, cutime, cstime = (int(x) for x in fields[11:15])
    return ppid, utime + stime + cutime + cstime


def tree_seconds(root):
    """CPU seconds of `root` and every live descendant, with their reaped children."""
    parent, ticks = {}, {}
    for name in os.listdir("/proc"):
        if name.isdigit():
            s = _stat(int(name))
            if s:
                parent[int(name)], ticks[int(name)] = s
    total = 0
    for pid, t in ticks.items():
        p = pid
        while p and p != root:
            p = parent.get(p, 0)
        if p == root:
            total += t
    return total / TICK
