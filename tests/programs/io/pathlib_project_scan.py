"""Builds a small project tree with pathlib inside a TemporaryDirectory, scans it with glob/rglob and
summarises it: line counts per suffix, the largest files, a backup made with shutil.copytree."""
import glob
import shutil
import tempfile
from pathlib import Path

FILES = {
    "src/app/main.py": "import util\n\ndef main():\n    return util.run()\n",
    "src/app/util.py": "def run():\n    return 42\n",
    "src/app/__init__.py": "",
    "src/lib/parse.py": "def parse(s):\n    return s.split(',')\n\n# end\n",
    "docs/index.md": "# Project\n\nSome docs.\n",
    "docs/api/ref.md": "## API\n",
    "README.txt": "read me\nplease\n",
    "data/values.csv": "a,b\n1,2\n3,4\n",
}


def build(root):
    for rel, text in FILES.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)


def summarise(root):
    by_suffix = {}
    for path in sorted(root.rglob("*")):
        if path.is_file():
            lines = path.read_text().count("\n")
            key = path.suffix or "(none)"
            count, total = by_suffix.get(key, (0, 0))
            by_suffix[key] = (count + 1, total + lines)
    for suffix in sorted(by_suffix):
        count, total = by_suffix[suffix]
        print(f"  {suffix:6} files={count} lines={total}")


with tempfile.TemporaryDirectory(prefix="pps_") as tmp:
    root = Path(tmp) / "project"
    build(root)
    print("top level:", sorted(p.name for p in root.iterdir()))
    print("python files:", [str(p.relative_to(root)) for p in sorted(root.glob("src/**/*.py"))])
    print("markdown:", sorted(p.relative_to(root).as_posix() for p in root.rglob("*.md")))
    print("dirs:", sorted(str(p.relative_to(root)) for p in root.glob("**/") if p != root))
    summarise(root)
    sizes = sorted(((p.stat().st_size, p.relative_to(root).as_posix()) for p in root.rglob("*") if p.is_file()), reverse=True)
    print("largest:", sizes[:3])
    backup = shutil.copytree(root, Path(tmp) / "backup", ignore=shutil.ignore_patterns("*.csv", "__init__.py"))
    copied = sorted(Path(p).relative_to(backup).as_posix() for p in glob.glob(str(backup) + "/**", recursive=True))
    print("backup:", copied)
    print("same text:", all((backup / p).read_text() == (root / p).read_text() for p in copied if (backup / p).is_file()))
    for p in root.rglob("*.py"):
        if p.stem == "util":
            print("renamed:", p.rename(p.with_stem("helpers")).relative_to(root))
    print("after rename:", sorted(p.name for p in (root / "src" / "app").iterdir()))
    shutil.rmtree(root / "docs")
    print("docs left:", (root / "docs").exists(), sorted(p.parts[-1] for p in root.iterdir()))
    saved = tmp
print("cleaned up:", not Path(saved).exists())
