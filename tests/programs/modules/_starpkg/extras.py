print("init", __name__)
ITEMS = (1, 2, 3)
