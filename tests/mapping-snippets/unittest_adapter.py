# Snippet for the 'unittest' adapter (implemented in Python, compiled with the program).
import io
import unittest
from unittest import (SkipTest, skip, skipIf, skipUnless, expectedFailure, TestCase, FunctionTestCase, TestSuite, TestResult,
                      TextTestResult, TextTestRunner, TestLoader, defaultTestLoader, makeSuite, TestProgram, main)


class Sample(TestCase):
    def test_pass(self):
        self.assertEqual(sum([1, 2]), 3)

    def test_fail(self):
        self.assertIn(5, [1, 2], "five is missing")

    @skip("reason one")
    def test_skipped(self):
        pass

    @skipIf(True, "reason two")
    def test_skip_if(self):
        pass

    @skipUnless(False, "reason three")
    def test_skip_unless(self):
        pass

    @expectedFailure
    def test_expected(self):
        raise SkipTest("inside") if False else ValueError("known")

    def test_raises_skip(self):
        raise SkipTest("raised")


def plain():
    print("plain function test ran")


suite = TestSuite()
suite.addTests(defaultTestLoader.loadTestsFromTestCase(Sample))
suite.addTest(FunctionTestCase(plain))
print(suite.countTestCases(), TestLoader().getTestCaseNames(Sample), makeSuite(Sample).countTestCases())
stream = io.StringIO()
result = TextTestRunner(stream=stream, verbosity=2).run(suite)
print(isinstance(result, TextTestResult), isinstance(result, TestResult), result.testsRun, result.wasSuccessful())
print([(t.id(), msg.splitlines()[-1]) for t, msg in result.failures])
print([(str(t), reason) for t, reason in result.skipped])
print(len(result.expectedFailures), stream.getvalue().splitlines()[-1])
program = main(module="__main__", argv=["prog", "Sample.test_pass"], exit=False, testRunner=TextTestRunner(stream=io.StringIO()))
print(isinstance(program, TestProgram), program.result.testsRun, program.result.wasSuccessful(), unittest.TestCase.maxDiff)
