"""Helper package (not a program): unit conversions with a lazily used submodule."""
from _units.length import to_meters, FACTORS as LENGTH_FACTORS
from _units import temperature

__version__ = "0.3"


def convert(value, unit):
    if unit in LENGTH_FACTORS:
        return to_meters(value, unit), "m"
    return temperature.to_celsius(value, unit), "C"
