import logging
import sys

logging.basicConfig(level=logging.DEBUG, format="%(levelname)s:%(name)s:%(message)s", stream=sys.stdout)
log = logging.getLogger("app")
log.debug("debug %d", 1)
log.info("info %s", "two")
log.warning("warn")
log.error("error %r", [1, 2])
sub = logging.getLogger("app.sub")
sub.setLevel(logging.WARNING)
sub.info("hidden")
sub.warning("shown from sub")
print(logging.getLevelName(logging.INFO), logging.getLevelName(30), log.isEnabledFor(logging.DEBUG))
try:
    1 / 0
except ZeroDivisionError:
    log.exception("boom") if False else log.error("caught division")
logging.info("root info")
logging.warning("root %s", "warning")


class Account:
    log = logging.getLogger("bank")

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            self.log.warning("insufficient funds for %s: %d > %d", self.owner, amount, self.balance)
            return False
        self.balance -= amount
        self.log.info("%s withdrew %d", self.owner, amount)
        return True


acc = Account("ann", 100)
acc.withdraw(30)
acc.withdraw(300)
print(acc.balance)
logging.disable(logging.CRITICAL)
log.error("not shown")
logging.disable(logging.NOTSET)
log.critical("critical shown")
