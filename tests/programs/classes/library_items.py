class Item:
    _registry = {}
    kind = "item"

    def __init__(self, title, year):
        self.title = title
        self.year = year
        self._checked_out_by = None
        Item._registry[self.key()] = self

    def key(self):
        return f"{self.kind}:{self.title.lower()}"

    @property
    def available(self):
        return self._checked_out_by is None

    @classmethod
    def lookup(cls, kind, title):
        return cls._registry.get(f"{kind}:{title.lower()}")

    @staticmethod
    def normalize(title):
        return " ".join(w.capitalize() for w in title.split())

    def __str__(self):
        status = "in" if self.available else f"out ({self._checked_out_by})"
        return f"{self.kind.title():<5} {self.title!r:<28} {self.year} [{status}]"

    def __eq__(self, other):
        return isinstance(other, Item) and self.key() == other.key()

    def __hash__(self):
        return hash(self.key())


class Book(Item):
    kind = "book"

    def __init__(self, title, year, author, pages):
        super().__init__(title, year)
        self.author = author
        self.pages = pages

    def __repr__(self):
        return f"Book({self.title!r}, {self.author!r})"


class DVD(Item):
    kind = "dvd"

    def __init__(self, title, year, minutes):
        super().__init__(title, year)
        self.minutes = minutes

    def __repr__(self):
        return f"DVD({self.title!r}, {self.minutes}min)"


class Member:
    def __init__(self, name, limit=2):
        self.name = name
        self.limit = limit
        self.items = []

    def checkout(self, item):
        if not item.available:
            raise RuntimeError(f"{item.title} already out")
        if len(self.items) >= self.limit:
            raise RuntimeError(f"{self.name} reached limit {self.limit}")
        item._checked_out_by = self.name
        self.items.append(item)

    def give_back(self, item):
        self.items.remove(item)
        item._checked_out_by = None


catalog = [
    Book("dune", 1965, "Herbert", 412),
    Book("the hobbit", 1937, "Tolkien", 310),
    DVD("alien", 1979, 117),
    Book("neuromancer", 1984, "Gibson", 271),
    DVD("the matrix", 1999, 136),
]
ann, ben = Member("ann"), Member("ben", limit=1)
actions = [(ann, "checkout", 0), (ben, "checkout", 0), (ben, "checkout", 2), (ben, "checkout", 3),
           (ann, "checkout", 4), (ann, "checkout", 1), (ann, "give_back", 0), (ben, "give_back", 2)]
for who, act, idx in actions:
    item = catalog[idx]
    try:
        getattr(who, act)(item)
        print(f"{who.name} {act} {item.title}: ok")
    except (RuntimeError, ValueError) as e:
        print(f"{who.name} {act} {item.title}: {type(e).__name__}: {e}")
for it in catalog:
    print(it)
print(Item.lookup("book", "DUNE"), Item.lookup("dvd", "Dune"), Item.normalize("the lord  of the rings"))
print(len(Item._registry), sorted(Item._registry), Book.kind, Item.kind, catalog[0].kind)
print(Book("Dune", 2000, "x", 1) == catalog[0], len(set(catalog)), len(Item._registry))
print([repr(i) for i in catalog if isinstance(i, DVD)], sum(b.pages for b in catalog if type(b) is Book))
print(ann.items, ben.items, [i.title for i in catalog if i.available])
print(sorted(catalog, key=lambda i: (i.kind, -i.year))[0], max(catalog, key=lambda i: i.year).title)
print(hasattr(catalog[2], "author"), getattr(catalog[2], "author", "n/a"), sorted(ann.__dict__))
