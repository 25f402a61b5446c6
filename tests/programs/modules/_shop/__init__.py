# Helper package (not a program).
from .catalog import Catalog
from .pricing.discounts import apply_discount

VERSION = "1.2"
__all__ = ["Catalog", "apply_discount", "VERSION"]
