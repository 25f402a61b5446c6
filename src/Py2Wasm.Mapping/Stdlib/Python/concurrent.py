"""concurrent for compiled programs: the package of concurrent.futures (Stdlib/Python/concurrent.futures.py)."""
