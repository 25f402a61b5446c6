# A vending machine state machine using the state pattern (one class per state).


class State:
    def insert(self, m, coins):
        m.out.append(f"[{self}] cannot insert")
        return self

    def select(self, m, item):
        m.out.append(f"[{self}] cannot select")
        return self

    def __str__(self):
        return type(self).__name__


class Idle(State):
    def insert(self, m, coins):
        m.credit += coins
        m.out.append(f"credit {m.credit}")
        return HasCredit()


class HasCredit(State):
    def insert(self, m, coins):
        m.credit += coins
        m.out.append(f"credit {m.credit}")
        return self

    def select(self, m, item):
        price = m.prices.get(item)
        if price is None:
            m.out.append(f"unknown item {item}")
            return self
        if m.stock[item] == 0:
            m.out.append(f"{item} sold out")
            return self
        if m.credit < price:
            m.out.append(f"need {price - m.credit} more for {item}")
            return self
        m.stock[item] -= 1
        m.credit -= price
        m.out.append(f"vend {item}, change {m.credit}")
        m.credit = 0
        return Idle()


class Machine:
    def __init__(self, prices, stock):
        self.prices, self.stock = prices, stock
        self.credit = 0
        self.state = Idle()
        self.out = []

    def insert(self, coins):
        self.state = self.state.insert(self, coins)

    def select(self, item):
        self.state = self.state.select(self, item)


m = Machine({"cola": 150, "chips": 100}, {"cola": 1, "chips": 5})
m.select("cola")
m.insert(100)
m.select("cola")
m.insert(100)
m.select("cola")
m.insert(200)
m.select("cola")
m.select("gum")
m.select("chips")
print("\n".join(m.out))
print(m.state, m.stock)
