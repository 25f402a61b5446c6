# A small library management system: books, members, loans, fines, reports.
from dataclasses import dataclass, field


class LibraryError(Exception):
    pass


@dataclass
class Book:
    isbn: str
    title: str
    author: str
    copies: int = 1
    loaned: int = 0

    @property
    def available(self):
        return self.copies - self.loaned


@dataclass
class Member:
    name: str
    max_loans: int = 3
    loans: dict = field(default_factory=dict)
    fines: int = 0


class Library:
    FINE_PER_DAY = 25

    def __init__(self):
        self.books = {}
        self.members = {}
        self.day = 0
        self.events = []

    def add_book(self, isbn, title, author, copies=1):
        if isbn in self.books:
            self.books[isbn].copies += copies
        else:
            self.books[isbn] = Book(isbn, title, author, copies)

    def join(self, name, **kw):
        self.members[name] = Member(name, **kw)

    def lend(self, name, isbn, days=14):
        m, b = self.members[name], self.books[isbn]
        if m.fines > 100:
            raise LibraryError(f"{name} owes {m.fines} cents")
        if len(m.loans) >= m.max_loans:
            raise LibraryError(f"{name} reached the loan limit")
        if b.available <= 0:
            raise LibraryError(f"no copies of {b.title!r} available")
        b.loaned += 1
        m.loans[isbn] = self.day + days
        self.events.append((self.day, "lend", name, b.title))

    def give_back(self, name, isbn):
        m = self.members[name]
        due = m.loans.pop(isbn)
        self.books[isbn].loaned -= 1
        late = max(0, self.day - due)
        m.fines += late * self.FINE_PER_DAY
        self.events.append((self.day, "return", name, self.books[isbn].title + (f" ({late} days late)" if late else "")))

    def advance(self, days):
        self.day += days

    def overdue(self):
        return sorted((due, name, self.books[isbn].title) for name, m in self.members.items()
                      for isbn, due in m.loans.items() if due < self.day)


lib = Library()
lib.add_book("111", "Dune", "Herbert", 2)
lib.add_book("222", "Emma", "Austen")
lib.add_book("333", "Ulysses", "Joyce")
lib.add_book("111", "Dune", "Herbert")
lib.join("ann")
lib.join("bob", max_loans=1)
actions = [("lend", "ann", "111"), ("lend", "bob", "222"), ("lend", "bob", "333"), ("lend", "ann", "222"),
           ("advance", 20), ("return", "bob", "222"), ("lend", "ann", "333"), ("advance", 10),
           ("return", "ann", "111"), ("lend", "bob", "111")]
for act in actions:
    try:
        if act[0] == "lend":
            lib.lend(act[1], act[2])
        elif act[0] == "return":
            lib.give_back(act[1], act[2])
        else:
            lib.advance(act[1])
    except LibraryError as e:
        print(f"day {lib.day}: refused: {e}")
for ev in lib.events:
    print(*ev)
print("overdue:", lib.overdue())
print({n: m.fines for n, m in lib.members.items()}, {b.title: b.available for b in lib.books.values()})
