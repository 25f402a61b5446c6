# Snippet for the 'pathlib' adapter (implemented in Python, compiled with the program).
import os
import pathlib
from pathlib import Path, PurePath, PurePosixPath, PosixPath

p = PurePath("a", "b/c.tar.gz")
print(p, repr(p), p.name, p.stem, p.suffix, p.suffixes, p.parent, list(p.parents), p.parts, p.drive, p.root, p.anchor)
print(repr(PurePosixPath("/x//y/./z/")), PurePath("//srv/a").root, PurePath("///srv").parts, PurePath(), PurePath("/").name)
print(p.parents[0], p.parents[-1], p.parents[1:], len(p.parents), p.parents)
q = Path("x") / "y" / "z.txt"
print(repr(q), q.with_suffix(".md"), q.with_suffix(""), q.with_name("w"), q.with_stem("s"), q.relative_to("x"), q.relative_to("x/y"))
print(q.match("*.txt"), q.match("y/*.txt"), q.match("/x/*/*.txt"), q.match("a/*.txt"), Path("/x/y").match("/x/*"))
print(Path("/a/b").is_absolute(), Path("a").is_absolute(), "/r" / Path("s"), Path("a").joinpath("b", "/c", "d"))
print(sorted([Path("b"), Path("a/c"), Path("a")]), Path("a") == PurePosixPath("a"), Path("a") < Path("b"), Path("a/b") != Path("a"))
print(len({Path("a"), Path("a/"), Path("./a"), Path("b")}), isinstance(Path("a"), PosixPath), type(PurePath("x")).__name__)
print(Path(".hidden").suffix, Path("x.").suffixes, Path("..").parent, Path("a.b.c").stem, PurePath("a").is_relative_to("a"))
for bad in [lambda: q.relative_to("w"), lambda: Path("/a").relative_to("a"), lambda: q.with_name("a/b"), lambda: q.with_suffix("md"),
            lambda: Path("/").with_name("x"), lambda: Path("a").match(""), lambda: Path(3)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
d = Path("pathlib_adapter_dir")
(d / "sub" / "deep").mkdir(parents=True, exist_ok=True)
(d / "sub" / "f.txt").write_text("hello\n")
(d / "sub" / "deep" / "g.txt").write_text("deep")
(d / "g.py").write_bytes(b"xy")
(d / "t.txt").touch()
(d / "t.txt").touch()
print(sorted(str(x) for x in d.iterdir()), sorted(d.rglob("*.txt")), sorted(d.glob("*")), sorted(d.glob("**/")))
print(sorted(d.glob("*/*.txt")), sorted(d.glob("**/*.txt")), sorted(d.glob("sub/deep/*")), list(d.glob("nope/*")))
print((d / "g.py").stat().st_size, (d / "g.py").lstat().st_size, (d / "sub" / "f.txt").read_text(), (d / "g.py").read_bytes())
print((d / "g.py").exists(), (d / "nope").exists(), d.is_dir(), (d / "g.py").is_file(), (d / "g.py").is_symlink(), d.is_file())
with (d / "g.py").open() as f:
    print(f.read())
with (d / "g.py").open("a") as f:
    f.write("z")
print(open(d / "g.py").read(), os.path.join(d, "k"), os.fspath(d), os.path.exists(d / "g.py"))
print(repr((d / "g.py").rename(d / "h.py")), (d / "h.py").replace(d / "g.py"), (d / "h.py").exists())
try:
    (d / "sub").mkdir()
except FileExistsError as e:
    print("FileExistsError", e)
try:
    (d / "nope").unlink()
except FileNotFoundError as e:
    print("FileNotFoundError", e)
try:
    (d / "t.txt").touch(exist_ok=False)
except FileExistsError as e:
    print("FileExistsError", e)
try:
    (d / "x").write_text(b"x")
except TypeError as e:
    print("TypeError", e)
(d / "nope").unlink(missing_ok=True)
for f in [d / "sub" / "deep" / "g.txt", d / "sub" / "f.txt", d / "g.py", d / "t.txt"]:
    f.unlink()
(d / "sub" / "deep").rmdir()
(d / "sub").rmdir()
d.rmdir()
print(d.exists(), Path.cwd() == Path(os.getcwd()), Path.cwd().is_absolute(), d.absolute() == Path.cwd() / d, d.resolve() == Path.cwd() / d)
print(Path("a/../b").resolve() == Path.cwd() / "b", pathlib.Path("q").absolute().name)
