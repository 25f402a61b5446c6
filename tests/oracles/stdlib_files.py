#!/usr/bin/env python3
"""Prints the sorted list of the running CPython's standard-library ``.py`` files, one absolute path a line.

The stdlib folder is ``sysconfig.get_paths()["stdlib"]``; everything under a ``site-packages`` folder is left out
(third-party code is not part of the corpus). Paths are sorted by their UTF-8 bytes so every consumer sees the same
order. The first line is a header ``# <stdlib folder>\t<python version>`` so callers can key caches on it.
"""
import os
import sys
import sysconfig


def stdlib_files(root):
    found = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if d != "site-packages" and d != "__pycache__"]
        for name in files:
            if name.endswith(".py"):
                found.append(os.path.join(folder, name))
    found.sort(key=lambda p: p.encode("utf-8", "surrogateescape"))
    return found


def main():
    root = sysconfig.get_paths()["stdlib"]
    out = sys.stdout
    out.write("# %s\t%s\n" % (root, sys.version.split()[0]))
    for path in stdlib_files(root):
        out.write(path + "\n")


if __name__ == "__main__":
    main()
