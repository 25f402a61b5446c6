def handle(g):
    try:
        raise g
    except* ValueError as e:
        print("values", len(e.exceptions))
    except* (TypeError, KeyError):
        raise RuntimeError("bad")
    else:
        print("nothing raised")
    finally:
        print("done")


handle(ExceptionGroup("g", [ValueError(1), OSError(2)]))
