# Snippet for the 'fileinput' adapter (implemented in Python, compiled with the program).
import fileinput
import os
from fileinput import FileInput

base = "fileinput_adapter_dir"
os.makedirs(base, exist_ok=True)
paths = []
for name, body in [("a.txt", "one\ntwo\n"), ("b.txt", "three")]:
    paths.append(os.path.join(base, name))
    with open(paths[-1], "w") as f:
        f.write(body)
for line in fileinput.input(paths):
    print(fileinput.filename(), fileinput.lineno(), fileinput.filelineno(), fileinput.isfirstline(), fileinput.isstdin(), repr(line))
print(fileinput.fileno(), fileinput.lineno())
fileinput.close()
with FileInput(paths, mode="rb") as f:
    print([line for line in f], f.lineno())
for line in fileinput.input(paths):
    fileinput.nextfile()
    print("first:", line.strip())
fileinput.close()
with fileinput.input(paths[0], inplace=True) as f:
    for line in f:
        print(line.upper(), end="")
print(open(paths[0]).read().split())
for p in paths:
    os.remove(p)
os.rmdir(base)
