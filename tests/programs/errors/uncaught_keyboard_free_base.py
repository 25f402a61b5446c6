# Expected: a user-defined exception inheriting from BaseException is not caught by
# "except Exception" and terminates the program.


class Abort(BaseException):
    pass


def worker(jobs):
    for j in jobs:
        try:
            if j == "abort":
                raise Abort("operator requested abort")
            if j == "bad":
                raise ValueError("bad job")
            print("did", j)
        except Exception as e:
            print("job failed:", e)


worker(["a", "bad", "b", "abort", "c"])
