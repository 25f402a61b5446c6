"""Runs each runtime/tests/programs/*.py under CPython and records stdout,
stderr (without 3.11's caret lines, which the runtime does not print) and the
exit status in <name>.expected (JSON)."""
import glob
import json
import os
import re
import subprocess
import sys

here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "programs")
for path in sorted(glob.glob(os.path.join(here, "*.py"))):
    name = os.path.basename(path)
    p = subprocess.run([sys.executable, name], cwd=here, capture_output=True, text=True)
    stderr = p.stderr.replace(here + os.sep, "").replace(os.path.realpath(here) + os.sep, "")
    err = "".join(l for l in stderr.splitlines(keepends=True) if not re.fullmatch(r"[\s|]*[\^~]+\s*", l))
    with open(path[:-3] + ".expected", "w") as f:
        json.dump({"stdout": p.stdout, "stderr": err, "status": p.returncode}, f, indent=1)
    print(name, p.returncode)
