print("init", __name__)
from .. import util as parent_util
from ..core import DEFAULT_SPEED as BASE
