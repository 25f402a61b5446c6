import unittest


def add(a, b):
    return a + b


class T(unittest.TestCase):
    def test_ok(self):
        self.assertEqual(add(1, 2), 3)

    def test_bad(self):
        self.assertEqual(add("a", "b"), "ba")

    @unittest.skip("not ready")
    def test_skip(self):
        self.fail("never")

    @unittest.expectedFailure
    def test_xfail(self):
        self.assertEqual(1, 2)


print("start")
unittest.main()
