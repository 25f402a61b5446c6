# expect: RuntimeError: py2wasm: Timer.start() would block forever: no other thread is running
# The timer's function runs after the delay in CPython, after "main goes on".
import threading

t = threading.Timer(0.01, print, args=["timer fired"])
t.start()
print("main goes on")
t.join()
