//! Typed containers keep Python's aliasing and error messages.
mod common;
use pyrt::typed::{TDict, TList, TSet};
use pyrt::Obj;

#[test]
fn typed_list_aliasing_and_errors() {
    let a: TList<i64> = TList::from_vec(vec![3, 1, 2]);
    let b = a.clone(); // b = a
    b.append(0);
    assert_eq!(a.to_vec(), vec![3, 1, 2, 0]);
    assert_eq!(a.get(-1).unwrap(), 0);
    assert_eq!(a.get(9).unwrap_err().type_and_message(), "IndexError: list index out of range");
    assert_eq!(a.set(-9, 1).unwrap_err().type_and_message(), "IndexError: list assignment index out of range");
    a.sort(false);
    assert_eq!(b.to_vec(), vec![0, 1, 2, 3]);
    assert_eq!(b.slice(None, None, Some(-2)).unwrap().to_vec(), vec![3, 1]);
    assert_eq!(TList::<i64>::new().pop(None).unwrap_err().type_and_message(), "IndexError: pop from empty list");
    assert_eq!(pyrt::repr::repr(&a.to_obj()), "[0, 1, 2, 3]");
}

#[test]
fn typed_dict_order_and_key_error() {
    let d: TDict<i64, f64> = TDict::new();
    d.set(5, 1.5);
    d.set(1, 2.0);
    d.set(5, 3.0);
    assert_eq!(d.keys(), vec![5, 1]);
    assert_eq!(d.get_or(&7, 0.0), 0.0);
    assert_eq!(d.get(&7).unwrap_err().type_and_message(), "KeyError: 7");
    assert_eq!(d.pop(&5).unwrap(), 3.0);
    assert_eq!(d.items(), vec![(1, 2.0)]);
    let _ = Obj::None;
}

#[test]
fn obj_is_two_words() {
    // Containers store Obj inline: keep it at 16 bytes (Complex is boxed for this).
    assert_eq!(std::mem::size_of::<Obj>(), 16);
    // Newer compilers also fold Result's tag into Obj's (16); 1.63 needs 24.
    assert!(std::mem::size_of::<pyrt::PyResult<Obj>>() <= 24);
    assert_eq!(std::mem::size_of::<Option<Obj>>(), 16);
}

#[test]
fn obj_payloads_start_at_the_second_word() {
    // `#[repr(u64)]` (docs/runtime.md): the tag is the whole first word and even `Bool`'s payload is the
    // second, so moving an `Obj` is two aligned word moves (with the default layout the `bool` sat at
    // byte 1 and rustc copied bytes 1..8 in overlapping pieces, stalling store forwarding).
    let t = Obj::Bool(true);
    let f = Obj::Bool(false);
    let word = |o: &Obj, i: usize| unsafe { *(o as *const Obj as *const u64).add(i) };
    assert_eq!(word(&t, 0), word(&f, 0));
    assert_eq!(word(&t, 1) & 0xff, 1);
    assert_eq!(word(&f, 1) & 0xff, 0);
    assert_ne!(word(&Obj::Int(5), 0), word(&t, 0));
    assert_eq!(word(&Obj::Int(5), 1), 5);
}

#[test]
fn typed_set_iterates_in_cpythons_order() {
    // Every `b:set` case of containers.jsonl (CPython's set of ints after
    // discards and adds), replayed on a TSet<i64>.
    let path = format!("{}/tests/data/containers.jsonl", env!("CARGO_MANIFEST_DIR"));
    let mut checked = 0;
    for line in std::fs::read_to_string(path).unwrap().lines() {
        let case = pyrt::iter::collect(&pyrt::json::loads(line).unwrap()).unwrap();
        if case[0].as_str() != Some("b:set") { continue; }
        let args: Vec<Obj> = pyrt::iter::collect(&case[1]).unwrap().iter().map(common::decode).collect();
        let ints = |o: &Obj| -> Option<Vec<i64>> { pyrt::iter::collect(o).unwrap().iter().map(|x| x.as_i64()).collect() };
        let (init, gone, added) = match (ints(&args[0]), ints(&args[1]), ints(&args[2])) { (Some(a), Some(b), Some(c)) => (a, b, c), _ => continue };
        let s: TSet<i64> = TSet::from_vec(init).unwrap();
        let alias = s.clone();
        for x in &gone { alias.discard(x).unwrap(); }
        for x in added { alias.add(x).unwrap(); }
        assert_eq!(pyrt::repr::repr(&s.to_obj()), case[2].as_str().unwrap(), "{}", line);
        assert_eq!(s.to_vec().len() as i64, s.len());
        checked += 1;
    }
    assert!(checked > 100, "only {} set cases", checked);
}
