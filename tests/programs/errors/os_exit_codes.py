# os._exit ends the process at once: no finally blocks, no atexit functions, and (as stdout is a pipe, so block
# buffered) nothing printed since the last flush reaches the output. Flushed output survives.
import atexit
import os
import sys


def goodbye():
    print("atexit handler ran")


atexit.register(goodbye)
print("report header", flush=True)
for i in range(3):
    print("line", i)
sys.stdout.flush()
print("this line is still in the buffer")
try:
    print("inside try")
    os._exit(7)
finally:
    print("finally ran")
