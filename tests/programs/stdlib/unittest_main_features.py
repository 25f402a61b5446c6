# A test module run by unittest.main(): assertions of every kind, fixtures, cleanups, skips, expected failures,
# subtests and assertRaises contexts. Tests print what they check on stdout; the runner's report goes to stderr and
# main() exits with status 1 because some tests fail on purpose.
import unittest


class Inventory:
    def __init__(self):
        self.items = {}

    def add(self, name, qty=1):
        if qty <= 0:
            raise ValueError(f"quantity must be positive, got {qty}")
        self.items[name] = self.items.get(name, 0) + qty

    def remove(self, name, qty=1):
        if self.items.get(name, 0) < qty:
            raise KeyError(name)
        self.items[name] -= qty
        if not self.items[name]:
            del self.items[name]


log = []


class InventoryTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("setUpClass")

    @classmethod
    def tearDownClass(cls):
        log.append("tearDownClass")
        print("class fixture log:", log)

    def setUp(self):
        self.inv = Inventory()
        self.inv.add("apple", 3)
        self.addCleanup(log.append, "cleanup " + self._testMethodName)

    def test_add_and_count(self):
        self.inv.add("pear")
        self.assertEqual(self.inv.items, {"apple": 3, "pear": 1})
        self.assertIn("pear", self.inv.items)
        self.assertNotIn("plum", self.inv.items)
        self.assertTrue(self.inv.items)
        self.assertFalse({})
        print("add ok", sorted(self.inv.items))

    def test_remove_errors(self):
        with self.assertRaises(KeyError) as cm:
            self.inv.remove("plum")
        print("KeyError args:", cm.exception.args)
        with self.assertRaisesRegex(ValueError, r"positive, got -\d"):
            self.inv.add("x", -2)
        self.assertRaises(KeyError, self.inv.remove, "apple", 10)
        try:
            with self.assertRaises(ZeroDivisionError):
                pass
        except AssertionError as e:
            print("caught:", e)

    def test_numbers(self):
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertNotAlmostEqual(1.0, 1.1)
        self.assertAlmostEqual(100, 101, delta=2)
        self.assertGreater(3, 2)
        self.assertLessEqual(2, 2)
        self.assertIsInstance(3, int)
        self.assertIsNone(None)
        self.assertIsNot([], [])
        self.assertCountEqual([1, 2, 2, 3], [3, 2, 1, 2])
        for call in [lambda: self.assertEqual(1, 2), lambda: self.assertTrue(0), lambda: self.assertIn(4, [1, 2]),
                     lambda: self.assertAlmostEqual(1.0, 1.1), lambda: self.assertIs(None, 0), lambda: self.assertEqual(3, 4, "custom note"),
                     lambda: self.assertLess(5, 1), lambda: self.assertIsInstance("s", int), lambda: self.assertNotEqual(2, 2)]:
            try:
                call()
            except AssertionError as e:
                print("message:", e)

    def test_deliberate_failure(self):
        self.assertEqual(self.inv.items["apple"], 4, "apples were miscounted")

    def test_deliberate_error(self):
        self.inv.remove("banana")

    def test_subtests(self):
        for n in range(5):
            with self.subTest(n=n):
                self.assertNotEqual(n % 4, 3)
        print("subtests done")

    @unittest.skip("waiting for the pricing module")
    def test_prices(self):
        print("never printed")

    @unittest.skipIf(2 > 1, "math still works")
    def test_skip_if(self):
        print("never printed")

    @unittest.expectedFailure
    def test_known_bug(self):
        self.assertEqual(len(self.inv.items), 2)


class HelperTests(unittest.TestCase):
    def test_id_and_str(self):
        print(self.id())
        print(str(self))
        print(repr(self))

    def test_skip_inside(self):
        self.skipTest("not today")


if __name__ == "__main__":
    unittest.main()
