a = 'single' "double" '''triple''' """triple double"""
b = r'raw\n', b'bytes' rb'raw bytes', u'unicode'
c = f'{x}' f"{x!r:>{width}}" f'{x=}' f'{"nested"}'
d = f'''multi
{line}'''
e = "implicit" f"concat {a}"
