//! `re.Pattern` methods take `pos`/`endpos` (not flags) after the subject string; values from CPython 3.11.
use pyrt::{ops, Obj};

fn call(p: &Obj, m: &str, args: &[Obj]) -> String {
    let r = ops::call_method(p, m, args, &[]).unwrap();
    pyrt::repr::repr(&r)
}

#[test]
fn pattern_methods_take_pos_and_endpos() {
    let re = pyrt::modules::import("re").unwrap();
    let compile = |pat: &str| ops::call(&ops::getattr(&re, "compile").unwrap(), &[Obj::str(pat)], &[]).unwrap();
    let digits = compile(r"\d+");
    let s = Obj::str("ab12cd345");
    let i = Obj::Int;
    assert_eq!(call(&digits, "match", &[s.clone(), i(2)]), "<re.Match object; span=(2, 4), match='12'>");
    assert_eq!(call(&digits, "match", &[s.clone(), i(1)]), "None");
    assert_eq!(call(&digits, "search", &[s.clone(), i(4)]), "<re.Match object; span=(6, 9), match='345'>");
    assert_eq!(call(&digits, "search", &[s.clone(), i(0), i(3)]), "<re.Match object; span=(2, 3), match='1'>");
    assert_eq!(call(&digits, "findall", &[s.clone(), i(3)]), "['2', '345']");
    assert_eq!(call(&digits, "fullmatch", &[Obj::str("x123y"), i(1), i(4)]), "<re.Match object; span=(1, 4), match='123'>");
    assert_eq!(call(&digits, "match", &[Obj::str("12"), i(5)]), "None");
    assert_eq!(call(&digits, "match", &[Obj::str("12"), i(1), i(0)]), "None");
    let kw: Vec<(std::rc::Rc<str>, Obj)> = vec![("pos".into(), i(0)), ("endpos".into(), i(8))];
    assert_eq!(pyrt::repr::repr(&ops::call_method(&digits, "findall", &[s.clone()], &kw).unwrap()), "['12', '34']");
    // `^` still means the real start of the string; `$` matches at `endpos`.
    assert_eq!(call(&compile("^a"), "search", &[Obj::str("ba"), i(1)]), "None");
    assert_eq!(call(&compile("a$"), "search", &[Obj::str("ab"), i(0), i(1)]), "<re.Match object; span=(0, 1), match='a'>");
}
