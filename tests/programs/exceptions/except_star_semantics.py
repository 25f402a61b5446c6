# except* (PEP 654): split by class or tuple, naked exceptions wrapped, handlers run once, raised and re-raised parts
# combined as CPython 3.11 does, TypeError for except* ExceptionGroup, else/finally, notes, custom derive, generators.

import sys


def show(label, e, depth=0):
    pad = "  " * depth
    if isinstance(e, BaseExceptionGroup):
        print(f"{pad}{label}{type(e).__name__}({e.message!r}) [{len(e.exceptions)}]")
        for sub in e.exceptions:
            show("", sub, depth + 1)
    else:
        print(f"{pad}{label}{type(e).__name__}({e})")


def run(name, body):
    print("==", name)
    try:
        body()
    except BaseException as e:
        show("escaped: ", e)
        ctx = e.__context__
        print("  context:", None if ctx is None else type(ctx).__name__ + ":" + str(ctx))
        print("  cause:", None if e.__cause__ is None else type(e.__cause__).__name__)
    else:
        print("completed")


def basic():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3), KeyError("k")])
    except* ValueError as e:
        show("VE handler: ", e)
        print("exc_info is match:", sys.exc_info()[1] is e)
    except* (TypeError, KeyError) as e:
        show("TE/KE handler: ", e)
    print("after try")


def partial():
    try:
        raise ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), ValueError("c")]), OSError("d")])
    except* ValueError as e:
        show("VE: ", e)


def naked():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        show("naked caught: ", e)
        print("wrapped type:", type(e).__name__, repr(e.message))


def naked_base():
    try:
        raise KeyboardInterrupt("kb")
    except* KeyboardInterrupt as e:
        print("kb wrapped:", type(e).__name__)


def naked_unmatched():
    try:
        raise ValueError("plain")
    except* TypeError:
        print("not here")


def naked_reraise():
    try:
        raise ValueError("plain2")
    except* ValueError:
        raise


def raise_in_handler():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise RuntimeError("from handler")


def raise_in_handler_no_rest():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise RuntimeError("only")


def raise_from_in_handler():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        raise RuntimeError("with cause") from e


def bare_reraise_keeps_nesting():
    try:
        raise ExceptionGroup("top", [ValueError(1), ExceptionGroup("mid", [ValueError(2), TypeError(3)])])
    except* ValueError:
        raise
    except* TypeError:
        pass


def raise_e_is_new():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e


def two_handlers_raise():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise KeyError("x")
    except* TypeError:
        raise IndexError("y")


def eg_type_error():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ExceptionGroup:
        print("never")


def eg_tuple_type_error():
    try:
        raise ValueError(1)
    except* (ValueError, BaseExceptionGroup):
        print("never")


def not_exception_type():
    try:
        raise ValueError(1)
    except* int:
        print("never")


def later_bad_type():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        print("first ran")
    except* str:
        print("never")


def else_finally():
    for bad in (False, True):
        try:
            if bad:
                raise ExceptionGroup("eg", [ValueError("v")])
            print("body ok")
        except* ValueError as e:
            print("handled", repr(e.exceptions[0]))
        else:
            print("else runs")
        finally:
            print("finally runs", bad)


def finally_with_escape():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("VE handled")
    finally:
        print("finally before escape")


def name_unbound():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as err:
        pass
    try:
        print(err)
    except UnboundLocalError as u:
        print("unbound:", u)


def each_handler_once():
    calls = []
    try:
        raise ExceptionGroup("eg", [ValueError(i) for i in range(5)])
    except* ValueError as e:
        calls.append(len(e.exceptions))
    print("calls", calls)


def loop_in_handler():
    try:
        raise ExceptionGroup("eg", [ValueError(1), ValueError(2), ValueError(3)])
    except* ValueError as e:
        total = 0
        for sub in e.exceptions:
            if sub.args[0] == 2:
                continue
            total += sub.args[0]
            if total > 10:
                break
        print("total", total)


class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "'", excs)


def custom_derive():
    try:
        raise MyGroup("mine", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        show("custom match: ", e)


def nested_try_star():
    try:
        try:
            raise ExceptionGroup("inner", [ValueError(1), TypeError(2), KeyError(3)])
        except* ValueError:
            print("inner VE")
    except* TypeError as e:
        show("outer TE: ", e)
    except* KeyError as e:
        show("outer KE: ", e)


def notes_and_cause():
    g = ExceptionGroup("noted", [ValueError(1), TypeError(2)])
    g.add_note("a note")
    try:
        try:
            raise g from OSError("root")
        except* ValueError:
            pass
    except BaseExceptionGroup as e:
        print(type(e).__name__, e, getattr(e, "__notes__", None), type(e.__cause__).__name__)


def context_of_handler_raise():
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1)])
        except* ValueError as e:
            raise TypeError("t")
    except TypeError as t:
        c = t.__context__
        print("ctx:", type(c).__name__, c, [repr(x) for x in c.exceptions])


def handler_calls_function():
    def helper(g):
        raise g.exceptions[0]
    try:
        raise ExceptionGroup("eg", [ValueError("leaf"), TypeError("t")])
    except* ValueError as e:
        helper(e)


def exception_from_subfunction():
    def inner():
        raise ExceptionGroup("deep", [ValueError(1), TypeError(2)])
    try:
        inner()
    except* TypeError as e:
        print("caught from callee", repr(e.exceptions))


def base_exception_group():
    try:
        raise BaseExceptionGroup("beg", [KeyboardInterrupt(), ValueError(1)])
    except* ValueError as e:
        print("match type", type(e).__name__)
    except* KeyboardInterrupt as e:
        print("kb type", type(e).__name__)


def catch_base_exception_whole():
    try:
        raise ExceptionGroup("whole", [ValueError(1), TypeError(2)])
    except* BaseException as e:
        print("whole is same:", type(e).__name__, e)
        raise


def in_generator():
    def gen():
        for i in range(3):
            try:
                if i == 1:
                    raise ExceptionGroup("g", [ValueError(i), TypeError(i)])
            except* ValueError as e:
                print("gen handled", e.exceptions)
            except* TypeError as e:
                print("gen handled", e.exceptions, "exception() is match:", sys.exception() is e)
            yield i
    print(list(gen()))


def no_exception():
    try:
        x = 1
    except* ValueError:
        print("never")
    print("x", x)


for f in [basic, partial, naked, naked_base, naked_unmatched, naked_reraise, raise_in_handler, raise_in_handler_no_rest,
          raise_from_in_handler, bare_reraise_keeps_nesting, raise_e_is_new, two_handlers_raise, eg_type_error,
          eg_tuple_type_error, not_exception_type, later_bad_type, else_finally, finally_with_escape, name_unbound,
          each_handler_once, loop_in_handler, custom_derive, nested_try_star, notes_and_cause, context_of_handler_raise,
          handler_calls_function, exception_from_subfunction, base_exception_group, catch_base_exception_whole, in_generator, no_exception]:
    run(f.__name__, f)
