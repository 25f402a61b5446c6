# A unittest suite run programmatically; results are summarised deterministically on stdout (the
# runner's own stream, which contains timings, is captured and discarded).
import io
import unittest


def slugify(text):
    return "-".join("".join(c for c in w if c.isalnum()) for w in text.lower().split())


class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def pop(self):
        if not self.items:
            raise IndexError("empty")
        return self.items.pop()


class SlugTests(unittest.TestCase):
    def test_basic(self):
        self.assertEqual(slugify("Hello World"), "hello-world")

    def test_punctuation(self):
        self.assertEqual(slugify("Hi, there!"), "hi-there")

    def test_deliberate_failure(self):
        self.assertEqual(slugify("A  B"), "a--b")


class StackTests(unittest.TestCase):
    def setUp(self):
        self.s = Stack()

    def test_push_pop(self):
        self.s.push(1)
        self.s.push(2)
        self.assertEqual([self.s.pop(), self.s.pop()], [2, 1])

    def test_empty_pop_raises(self):
        with self.assertRaises(IndexError):
            self.s.pop()

    def test_error(self):
        self.s.pop()

    @unittest.skip("not implemented")
    def test_peek(self):
        pass


loader = unittest.TestLoader()
suite = unittest.TestSuite([loader.loadTestsFromTestCase(SlugTests), loader.loadTestsFromTestCase(StackTests)])
result = unittest.TextTestRunner(stream=io.StringIO(), verbosity=0).run(suite)
print("tests", suite.countTestCases())  # testsRun counts skipped tests on 3.11 but not on 3.12
print("failures", sorted(t.id().split(".", 1)[1] for t, _ in result.failures))
print("errors", sorted(t.id().split(".", 1)[1] for t, _ in result.errors))
print("skipped", [(t.id().split(".", 1)[1], reason) for t, reason in result.skipped])
print("success", result.wasSuccessful())
