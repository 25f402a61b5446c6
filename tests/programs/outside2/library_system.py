from datetime import date, timedelta
from collections import defaultdict


class LibraryError(Exception):
    pass


class Item:
    loan_days = 14
    _count = 0

    def __init__(self, title, year):
        self.title = title
        self.year = year
        Item._count += 1
        self.item_id = f"{type(self).__name__[0]}{Item._count:03d}"

    def __str__(self):
        return f"{self.title} ({self.year})"

    def __lt__(self, other):
        return (self.year, self.title) < (other.year, other.title)


class Book(Item):
    def __init__(self, title, year, author, isbn):
        super().__init__(title, year)
        self.author = author
        self.isbn = isbn

    def __str__(self):
        return f"{super().__str__()} by {self.author}"


class DVD(Item):
    loan_days = 7

    def __init__(self, title, year, minutes):
        super().__init__(title, year)
        self.minutes = minutes


class Member:
    def __init__(self, name, limit=3):
        self.name = name
        self.limit = limit
        self.loans = {}

    def __repr__(self):
        return f"Member({self.name!r}, loans={sorted(self.loans)})"


class Library:
    def __init__(self):
        self.catalog = {}
        self.members = {}
        self.history = defaultdict(list)

    def add(self, *items):
        for it in items:
            self.catalog[it.item_id] = it

    def join(self, name, **kw):
        m = Member(name, **kw)
        self.members[name] = m
        return m

    def checkout(self, name, item_id, today):
        m = self.members[name]
        if len(m.loans) >= m.limit:
            raise LibraryError(f"{name} reached limit of {m.limit}")
        if any(item_id in mm.loans for mm in self.members.values()):
            raise LibraryError(f"{item_id} already on loan")
        item = self.catalog[item_id]
        due = today + timedelta(days=item.loan_days)
        m.loans[item_id] = due
        self.history[item_id].append(name)
        return due

    def checkin(self, name, item_id, today):
        m = self.members[name]
        due = m.loans.pop(item_id)
        late = (today - due).days
        return max(0, late) * 0.25

    def search(self, text):
        text = text.lower()
        return sorted(i for i in self.catalog.values() if text in i.title.lower())


lib = Library()
lib.add(Book("Dune", 1965, "Herbert", "0441013597"), Book("Neuromancer", 1984, "Gibson", "0441569595"),
        DVD("Dune", 2021, 155), Book("Foundation", 1951, "Asimov", "0553293354"))
ann = lib.join("ann", limit=2)
bob = lib.join("bob")
d0 = date(2024, 2, 20)
print(lib.checkout("ann", "B001", d0), lib.checkout("ann", "D003", d0))
for args in [("ann", "B002"), ("bob", "B001")]:
    try:
        lib.checkout(*args, d0)
    except LibraryError as e:
        print("LibraryError:", e)
print(ann, bob)
print(lib.checkin("ann", "B001", d0 + timedelta(days=20)), lib.checkin("ann", "D003", date(2024, 2, 27)))
print([str(i) for i in lib.search("dune")], [i.item_id for i in sorted(lib.catalog.values())])
print(dict(lib.history), d0.isoformat(), d0.weekday(), d0.strftime("%Y/%m/%d %a %b"), (d0 + timedelta(days=10)).day)
print(date(2024, 3, 1) - date(2024, 2, 1), date.fromisoformat("2023-12-31").replace(year=2020), d0 > date(2024, 1, 1))
print(timedelta(days=1, hours=5, minutes=3), timedelta(seconds=90).total_seconds(), repr(timedelta(days=2)))
