# An asset registry keyed by UUIDs: deterministic name-based ids (uuid3/uuid5), parsing ids in every accepted
# spelling, sorting and hashing, field access, and random ids (uuid4) whose values are not printed.
import uuid

NAMESPACE_ASSETS = uuid.uuid5(uuid.NAMESPACE_DNS, "assets.example.com")
print("namespace:", NAMESPACE_ASSETS, NAMESPACE_ASSETS.version)


class Asset:
    def __init__(self, name, kind):
        self.name = name
        self.kind = kind
        self.id = uuid.uuid5(NAMESPACE_ASSETS, f"{kind}/{name}")

    def __repr__(self):
        return f"Asset({self.name!r}, {self.kind!r}, id={self.id})"


assets = [Asset("logo.png", "image"), Asset("intro.mp4", "video"), Asset("readme.md", "doc"),
          Asset("banner.png", "image"), Asset("theme.css", "style")]
registry = {a.id: a for a in assets}
for a in sorted(assets, key=lambda a: a.id):
    print(a.id.hex[:8], a)

# lookups with ids given as text in different spellings
wanted = str(assets[2].id)
for text in [wanted, wanted.upper(), "{" + wanted + "}", "urn:uuid:" + wanted, wanted.replace("-", "")]:
    key = uuid.UUID(text)
    print(f"{text:45} -> {registry[key].name}", key == assets[2].id, key in registry)

u = assets[0].id
print(repr(u), u.urn, u.variant, u.version)
print(u.bytes.hex(), u.bytes_le.hex(), len(u.bytes))
print(u.fields, u.time_low, u.node, u.clock_seq)
print(int(u) == u.int, uuid.UUID(int=u.int) == u, uuid.UUID(bytes=u.bytes) == u, uuid.UUID(fields=u.fields) == u,
      uuid.UUID(bytes_le=u.bytes_le) == u)
print(uuid.uuid3(uuid.NAMESPACE_URL, "https://example.com/a"), uuid.uuid3(uuid.NAMESPACE_OID, "1.3.6.1"))
print(uuid.uuid5(uuid.NAMESPACE_X500, "CN=Example"), uuid.uuid5(uuid.NAMESPACE_URL, "ünïcødé"))

# ordering and set semantics
ids = [uuid.UUID(int=n) for n in (5, 1, 2 ** 127, 3, 1)]
print(sorted(ids)[:2], max(ids), len(set(ids)), min(ids) < max(ids))
print(uuid.UUID(int=0), uuid.UUID(int=2 ** 128 - 1), uuid.UUID("00000000-0000-0000-0000-000000000000").variant)

# random ids: only their shape
batch = [uuid.uuid4() for _ in range(100)]
print(len(set(batch)), all(b.version == 4 and b.variant == uuid.RFC_4122 for b in batch),
      all(len(str(b)) == 36 and str(b)[14] == "4" for b in batch))
session = uuid.uuid4().hex
print(len(session), all(c in "0123456789abcdef" for c in session))

for bad in ["not-a-uuid", "1234", "g" * 32]:
    try:
        uuid.UUID(bad)
    except ValueError as e:
        print("bad id", repr(bad), "->", e)
try:
    u.node = 5
except TypeError as e:
    print("TypeError:", e)
