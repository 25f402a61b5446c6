//! Typed containers keep Python's aliasing and error messages.
use pyrt::typed::{TDict, TList};
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
}
