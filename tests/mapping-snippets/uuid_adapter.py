# Snippet for the 'uuid' adapter (implemented in Python, compiled with the program).
import uuid
from uuid import (UUID, SafeUUID, uuid1, uuid3, uuid4, uuid5, getnode, NAMESPACE_DNS, NAMESPACE_URL, NAMESPACE_OID,
                  NAMESPACE_X500, RESERVED_NCS, RFC_4122, RESERVED_MICROSOFT, RESERVED_FUTURE)

print(NAMESPACE_DNS, NAMESPACE_URL, NAMESPACE_OID, NAMESPACE_X500)
print(RESERVED_NCS, RFC_4122, RESERVED_MICROSOFT, RESERVED_FUTURE, sep=" | ")
print(SafeUUID.safe, SafeUUID.unsafe.value, SafeUUID.unknown, list(SafeUUID))
print(uuid.int_ is int, uuid.bytes_ is bytes)
u = UUID("{12345678-1234-5678-1234-567812345678}")
for v in [u, UUID("urn:uuid:12345678-1234-5678-1234-567812345678"), UUID(bytes=b"\x12\x34\x56\x78" * 4),
          UUID(bytes_le=b"\x78\x56\x34\x12\x34\x12\x78\x56" + b"\x12\x34\x56\x78\x12\x34\x56\x78"),
          UUID(fields=(0x12345678, 0x1234, 0x5678, 0x12, 0x34, 0x567812345678)),
          UUID(int=0x12345678123456781234567812345678), UUID("12345678123456781234567812345678", version=4)]:
    print(v, repr(v), v == u, v.version, v.variant, v.is_safe)
print(u.bytes, u.bytes_le, u.fields, u.hex, u.int, u.urn)
print(u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low, u.node, u.time, u.clock_seq)
print(int(u), str(u), hash(u) == hash(u.int), u < UUID(int=u.int + 1), u >= u, u > u, u <= u, u != NAMESPACE_DNS)
print(u.__getstate__(), UUID(int=5, is_safe=SafeUUID.safe).__getstate__())
print(uuid3(NAMESPACE_DNS, "python.org"), uuid5(NAMESPACE_DNS, "python.org"), uuid3(NAMESPACE_URL, "héllo"))
r = uuid4()
print(r.version, r.variant, len(str(r)), r != uuid4())
t = uuid1()
print(t.version, t.variant, t.node == getnode(), uuid1(node=0x123456789abc, clock_seq=0x1234).node,
      uuid1(clock_seq=7).clock_seq)
print(0 <= getnode() < 2 ** 48, getnode() == getnode())
for bad in [lambda: UUID("xyz"), lambda: UUID(), lambda: UUID(bytes=b"1"), lambda: UUID(int=-1),
            lambda: UUID(fields=(1, 2, 3)), lambda: UUID(fields=(1 << 32, 0, 0, 0, 0, 0)), lambda: UUID(int=1, version=9),
            lambda: setattr(u, "int", 3), lambda: u < 3]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
