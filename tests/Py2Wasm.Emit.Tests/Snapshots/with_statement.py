class Resource:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, kind, value, tb):
        print("exit", kind is None)
        return False

with Resource() as r:
    print("inside")
