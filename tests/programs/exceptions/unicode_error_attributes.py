# UnicodeDecodeError/UnicodeEncodeError/UnicodeTranslateError: the attributes codecs set, str() built from them,
# and the constructors' argument checks.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
def info(e):
    return (type(e).__name__, e.encoding, e.object, e.start, e.end, e.reason, str(e), len(e.args))
def catch(f):
    try:
        f()
    except UnicodeError as e:
        return info(e)
t("dec", lambda: catch(lambda: b'ab\xffc'.decode('utf-8')))
t("dec2", lambda: catch(lambda: b'ab\xe2\x82'.decode('utf-8')))
t("dec ascii", lambda: catch(lambda: b'ab\xffc'.decode('ascii')))
t("enc", lambda: catch(lambda: 'a\xe9\u20acb'.encode('ascii')))
t("enc1", lambda: catch(lambda: 'a\xe9b'.encode('latin-1') and 'a\u20acb'.encode('latin-1')))
t("dec16", lambda: catch(lambda: b'a'.decode('utf-16-le')))
t("ctor dec", lambda: info(UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 1, 'bad')))
t("ctor dec2", lambda: info(UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 2, 'bad')))
t("ctor enc", lambda: info(UnicodeEncodeError('ascii', '\xe9\u20ac\U0001F600', 1, 2, 'no')))
t("ctor enc3", lambda: info(UnicodeEncodeError('ascii', '\xe9\u20ac\U0001F600', 2, 3, 'no')))
t("ctor enc2", lambda: info(UnicodeEncodeError('ascii', 'ab', 0, 2, 'no')))
t("ctor bad", lambda: UnicodeDecodeError('utf-8'))
t("translate", lambda: str(UnicodeTranslateError('\xe9x', 0, 1, 'r')))
