//! `OSError(errno, strerror, ...)`: attributes, `str`, and the errno-specific subclass; values from CPython 3.11.
use pyrt::{builtins, ops, Obj};

fn os_error(args: &[Obj]) -> Obj {
    builtins::instantiate(&pyrt::err::exc_class(pyrt::ExcKind::OSError), args, &[]).unwrap()
}

#[test]
fn os_error_parses_errno_and_picks_subclass() {
    let e = os_error(&[Obj::Int(2), Obj::str("No such file"), Obj::str("f.txt")]);
    assert_eq!(pyrt::repr::repr(&e), "FileNotFoundError(2, 'No such file')");
    assert_eq!(pyrt::repr::str(&e), "[Errno 2] No such file: 'f.txt'");
    assert_eq!(pyrt::repr::repr(&ops::getattr(&e, "errno").unwrap()), "2");
    assert_eq!(pyrt::repr::repr(&ops::getattr(&e, "filename").unwrap()), "'f.txt'");
    let e = os_error(&[Obj::Int(5), Obj::str("x")]);
    assert_eq!(pyrt::repr::repr(&e), "OSError(5, 'x')");
    assert_eq!(pyrt::repr::str(&e), "[Errno 5] x");
    let e = os_error(&[Obj::Int(2), Obj::str("x"), Obj::str("f"), Obj::None, Obj::str("g")]);
    assert_eq!(pyrt::repr::str(&e), "[Errno 2] x: 'f' -> 'g'");
    let e = os_error(&[Obj::str("plain")]);
    assert_eq!(pyrt::repr::str(&e), "plain");
    assert_eq!(pyrt::repr::repr(&ops::getattr(&e, "errno").unwrap()), "None");
    let e = os_error(&[Obj::Int(1), Obj::Int(2), Obj::Int(3), Obj::Int(4), Obj::Int(5), Obj::Int(6)]);
    assert_eq!(pyrt::repr::str(&e), "(1, 2, 3, 4, 5, 6)");
}
