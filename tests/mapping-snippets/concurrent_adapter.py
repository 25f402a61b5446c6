# Snippet for the 'concurrent' adapter (the package of concurrent.futures).
import concurrent
import concurrent.futures

print(concurrent.futures.ThreadPoolExecutor().submit(len, "four").result())
