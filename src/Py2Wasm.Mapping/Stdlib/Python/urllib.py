"""urllib for compiled programs: the package of urllib.parse.

Only urllib.parse is implemented (Stdlib/Python/urllib.parse.py); urllib.request, urllib.error and the other
submodules need the network and are rejected at compile time.
"""
