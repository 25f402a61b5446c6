import unittest


def slugify(s):
    return "-".join("".join(ch for ch in w if ch.isalnum()).lower() for w in s.split() if any(c.isalnum() for c in w))


class Stack:
    def __init__(self):
        self._items = []

    def push(self, x):
        self._items.append(x)

    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def __len__(self):
        return len(self._items)


class TestSlug(unittest.TestCase):
    def test_basic(self):
        self.assertEqual(slugify("Hello World"), "hello-world")

    def test_punct(self):
        self.assertEqual(slugify("  It's a -- test! "), "its-a-test")

    def test_empty(self):
        self.assertEqual(slugify(""), "")


class TestStack(unittest.TestCase):
    def setUp(self):
        self.s = Stack()

    def test_push_pop(self):
        self.s.push(1)
        self.s.push(2)
        self.assertEqual(self.s.pop(), 2)
        self.assertEqual(len(self.s), 1)

    def test_empty_pop(self):
        with self.assertRaises(IndexError):
            self.s.pop()

    def test_raises_msg(self):
        with self.assertRaisesRegex(IndexError, "empty"):
            self.s.pop()

    def test_misc(self):
        self.assertTrue(len(self.s) == 0)
        self.assertFalse(self.s._items)
        self.assertIn(3, [1, 2, 3])
        self.assertNotIn(4, [1, 2, 3])
        self.assertIsNone(None)
        self.assertIsInstance(self.s, Stack)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertGreater(3, 2)
        self.assertListEqual([1, 2], [1, 2])
        self.assertDictEqual({"a": 1}, {"a": 1})

    def test_subtests(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertEqual(i % 1, 0)


if __name__ == "__main__":
    print("running tests")
    unittest.main(exit=False, verbosity=0)
    print("after tests")
    unittest.main()
