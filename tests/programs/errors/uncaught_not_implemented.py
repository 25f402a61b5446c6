# Expected: NotImplementedError from an abstract-style base method that a subclass forgot.


class Exporter:
    def export(self, rows):
        header = self.header()
        return [header] + [self.row(r) for r in rows]

    def header(self):
        return "id,name"

    def row(self, r):
        raise NotImplementedError(f"{type(self).__name__}.row")


class CsvExporter(Exporter):
    def row(self, r):
        return f"{r[0]},{r[1]}"


class BrokenExporter(Exporter):
    pass


rows = [(1, "a"), (2, "b")]
for exp in (CsvExporter(), BrokenExporter()):
    print("\n".join(exp.export(rows)))
