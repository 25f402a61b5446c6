print("init", __name__)
from .util import clamp

DEFAULT_SPEED = 3


class Engine:
    def __init__(self, speed=DEFAULT_SPEED):
        self.speed = clamp(speed, 0, 10)

    def run(self, steps):
        return [self.speed * k for k in range(steps)]
