# Snippet for the 'base64' adapter.
import base64
from base64 import b64encode, b64decode

for data in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))]:
    e = b64encode(data)
    print(e, b64decode(e) == data, base64.b32encode(data)[:40], base64.b16encode(data)[:40])
    assert base64.b32decode(base64.b32encode(data)) == data and base64.b16decode(base64.b16encode(data)) == data
print(base64.standard_b64encode(b"\xfb\xff\xfe"), base64.urlsafe_b64encode(b"\xfb\xff\xfe"), b64encode(b"\xfb\xff", altchars=b"*!"))
print(base64.standard_b64decode("+/+/"), base64.urlsafe_b64decode("-_-_"), b64decode(b"*!*!", b"*!"), b64decode("aGVs bG8=\n"))
print(b64decode("YWJj=", validate=True), b64decode(b"YQ==YQ"), b64decode("YW=Jj"))
print(base64.encodebytes(b"x" * 100), base64.encodebytes(b""), base64.decodebytes(b"eHh4\neHh4\n"))
print(base64.b32decode("mzxw6ytb", casefold=True), base64.b32decode("MZXW6YTBOI======"), base64.b32decode("0O======", map01="L"))
print(base64.b16decode("666f6f", casefold=True), base64.b16decode(b"00FF"))
for bad in [lambda: b64decode("YQ="), lambda: b64decode("Y"), lambda: b64decode("Y Q==", validate=True), lambda: b64decode("=YQ", validate=True),
            lambda: b64decode("YQ==YQ", validate=True), lambda: b64decode("é"), lambda: b64decode(5), lambda: b64encode("str"),
            lambda: base64.b32decode("ABC"), lambda: base64.b32decode("ABCDEFG1"), lambda: base64.b32decode("AB======A======="),
            lambda: base64.b16decode("abc"), lambda: base64.b16decode("ABC")]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
