# Content-addressed storage: blobs keyed by SHA-256, integrity checks with CRC-32 and Adler-32,
# tokens in URL-safe base64, and a hex dump of each record.
import base64
import binascii
import hashlib
import zlib


class BlobStore:
    def __init__(self):
        self.blobs = {}
        self.checksums = {}

    def put(self, data: bytes) -> str:
        key = hashlib.sha256(data).hexdigest()
        self.blobs[key] = data
        self.checksums[key] = (zlib.crc32(data), zlib.adler32(data))
        return key

    def get(self, key: str) -> bytes:
        data = self.blobs[key]
        if (zlib.crc32(data), zlib.adler32(data)) != self.checksums[key]:
            raise ValueError("corrupt blob " + key[:12])
        return data

    def corrupt(self, key: str) -> None:
        data = bytearray(self.blobs[key])
        data[0] ^= 0x01
        self.blobs[key] = bytes(data)


def make_token(user: str, secret: bytes) -> str:
    mac = hashlib.sha1(secret + user.encode()).digest()[:9]
    return base64.urlsafe_b64encode(user.encode() + b"." + mac).decode("ascii")


def check_token(token: str, secret: bytes) -> str:
    raw = base64.urlsafe_b64decode(token)
    user, _, mac = raw.partition(b".")
    expected = hashlib.sha1(secret + user).digest()[:9]
    if mac != expected:
        raise PermissionError("bad token")
    return user.decode()


store = BlobStore()
docs = [b"hello world", "naïve café".encode("utf-8"), bytes(range(40)), b"x" * 1000]
keys = [store.put(d) for d in docs]
for k, d in zip(keys, docs):
    crc, adler = store.checksums[k]
    print(k[:16], len(d), f"{crc:08x}", f"{adler:08x}", store.get(k) == d)

store.corrupt(keys[2])
try:
    store.get(keys[2])
except ValueError as e:
    print("error:", e)

secret = b"s3cr3t"
for user in ["alice", "bob", "zoë"]:
    tok = make_token(user, secret)
    print(user, tok, check_token(tok, secret))
forged = base64.urlsafe_b64encode(b"mallory." + b"\x00" * 9).decode()
try:
    check_token(forged, secret)
except PermissionError as e:
    print("rejected", forged, e)

for name in ["md5", "sha1", "sha512"]:
    h = hashlib.new(name)
    for d in docs:
        h.update(d)
    print(name, h.digest_size, h.hexdigest()[:32])

record = b"\x01\x02record\xff"
print(binascii.hexlify(record, " ").decode(), base64.b16encode(record), base64.b32encode(record))
print(base64.b64encode(hashlib.md5(record).digest()), binascii.unhexlify(binascii.hexlify(record)) == record)
print(base64.encodebytes(bytes(range(60))).decode(), end="")
