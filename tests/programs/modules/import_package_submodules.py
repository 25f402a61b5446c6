# Importing a package that imports its own submodules; aliasing submodules; package attributes.
import _units
import _units.length as length
from _units.temperature import to_celsius
from _units import convert, __version__

print(__version__, sorted(length.FACTORS))
for value, unit in [(5, "km"), (3, "mi"), (12, "in"), (98.6, "F"), (300, "K"), (21, "C")]:
    v, base = convert(value, unit)
    print(f"{value} {unit} = {v:.4f} {base}")
print(_units.temperature is __import__("_units.temperature").temperature, to_celsius(212, "F"))
try:
    convert(1, "parsec")
except ValueError as e:
    print("ValueError:", e)
