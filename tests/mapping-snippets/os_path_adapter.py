# Snippet for the 'os.path' adapter (posixpath string functions; file tests go through the OS).
import os.path as osp
from os.path import join, basename, dirname, split, splitext, isabs, normpath, exists, isfile, isdir
from os.path import sep, curdir, pardir, extsep, pathsep, defpath, devnull

for p in ["/usr/lib/x.tar.gz", "rel/dir/", "", "/", "a/./b/../c", "..", ".hidden"]:
    print(repr(p), split(p), splitext(p), repr(basename(p)), repr(dirname(p)), isabs(p), repr(normpath(p)))
print(join("a", "b", "/c", "d"), join("x/", "y"), osp.join("", ""))
print(exists("/no/such/path/here"), isfile("/no/such/path/here"), isdir("/no/such/path/here"), isdir(curdir))
print(sep, curdir, pardir, extsep, pathsep, repr(defpath), devnull)
try:
    join("a", None)
except TypeError as e:
    print("TypeError:", e)
import os
from os.path import getsize, abspath, relpath, commonprefix
with open("os_path_adapter_tmp.txt", "w") as f:
    f.write("12345")
print(getsize("os_path_adapter_tmp.txt"), abspath("x/../y") == abspath("y"), relpath("a/b/c", "a"), relpath("a", "a/b/c"), commonprefix(["abc", "abd", "ab"]))
os.remove("os_path_adapter_tmp.txt")
from os.path import islink, lexists, getmtime
with open("os_path_adapter_tmp2.txt", "w") as f:
    f.write("x")
print(islink("os_path_adapter_tmp2.txt"), lexists("os_path_adapter_tmp2.txt"), lexists("/no/such"), isinstance(getmtime("os_path_adapter_tmp2.txt"), float))
try:
    getmtime("/no/such")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
os.remove("os_path_adapter_tmp2.txt")
