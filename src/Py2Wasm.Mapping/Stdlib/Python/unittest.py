"""unittest for compiled programs: test cases and their assertions, skips, expected failures, subtests, cleanups,
class fixtures, suites, a loader, the text runner and main().

Py2Wasm implements this module in Python (a mapping adapter with Python source): the compiler compiles it with each
program that imports it. The runner reports on stderr in the layout of CPython's TextTestRunner and main() exits
with status 1 when a test failed, as CPython's does. Differences, all on stderr: a failure shows the exception line
without the traceback's frames, and long assertion messages are not shortened or diffed.
"""
import sys
import time


class SkipTest(Exception):
    """Raised by a test (or skipTest) to skip it."""


def _id(obj):
    return obj


def skip(reason):
    """Unconditionally skips the decorated test (or class)."""
    def decorator(test_item):
        test_item.__unittest_skip__ = True
        test_item.__unittest_skip_why__ = reason
        return test_item
    if callable(reason) and not isinstance(reason, str):
        item = reason
        reason = ""
        return decorator(item)
    return decorator


def skipIf(condition, reason):
    if condition:
        return skip(reason)
    return _id


def skipUnless(condition, reason):
    if not condition:
        return skip(reason)
    return _id


def expectedFailure(test_item):
    test_item.__unittest_expecting_failure__ = True
    return test_item


def _safe_repr(obj, short=False):
    try:
        result = repr(obj)
    except Exception:
        result = object.__repr__(obj)
    if not short or len(result) < 80:
        return result
    return result[:80] + " [truncated]..."


def _class_name(cls):
    return "%s.%s" % (cls.__module__, cls.__qualname__)


class _SubTest:
    def __init__(self, test_case, message, params):
        self.test_case = test_case
        self._message = message
        self.params = params
        self.failureException = test_case.failureException

    def _subDescription(self):
        parts = []
        if self._message is not None:
            parts.append("[{}]".format(self._message))
        if self.params:
            parts.append("({})".format(", ".join("{}={!r}".format(k, v) for k, v in self.params.items())))
        return " ".join(parts) or "(<subtest>)"

    def id(self):
        return "{} {}".format(self.test_case.id(), self._subDescription())

    def shortDescription(self):
        return self.test_case.shortDescription()

    def __str__(self):
        return "{} {}".format(self.test_case, self._subDescription())


class _SubTestContext:
    def __init__(self, case, message, params):
        self.case = case
        self.message = message
        self.params = params

    def __enter__(self):
        self.parent = self.case._subtest
        merged = {}
        if self.parent is not None:
            merged.update(self.parent.params)
        merged.update(self.params)
        self.case._subtest = _SubTest(self.case, self.message, merged)
        return None

    def __exit__(self, exc_type, exc, tb):
        sub = self.case._subtest
        self.case._subtest = self.parent
        result = self.case._result
        if exc_type is None:
            if result is not None:
                result.addSubTest(self.case, sub, None)
            return False
        if issubclass(exc_type, SkipTest):
            if result is not None:
                result.addSkip(sub, str(exc))
            return True
        if issubclass(exc_type, KeyboardInterrupt) or result is None:
            return False
        self.case._subtest_failed = True
        result.addSubTest(self.case, sub, exc)
        return True


class _AssertRaisesContext:
    def __init__(self, expected, test_case, regex=None, callable_name=None, msg=None):
        self.expected = expected
        self.test_case = test_case
        self.expected_regex = regex
        self.callable_name = callable_name
        self.msg = msg
        self.exception = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            try:
                exc_name = self.expected.__name__
            except AttributeError:
                exc_name = str(self.expected)
            if self.callable_name:
                self.test_case._fail_with(self.msg, "{} not raised by {}".format(exc_name, self.callable_name))
            self.test_case._fail_with(self.msg, "{} not raised".format(exc_name))
        if not issubclass(exc_type, self.expected):
            return False
        self.exception = exc_value
        if self.expected_regex is None:
            return True
        import re
        pattern = self.expected_regex
        if isinstance(pattern, str):
            pattern = re.compile(pattern)
        if not pattern.search(str(exc_value)):
            self.test_case._fail_with(self.msg, '"{}" does not match "{}"'.format(pattern.pattern, str(exc_value)))
        return True


class TestCase:
    """A test case: its test methods (named test*) run one by one, each on a new instance."""

    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8
    _registry = []

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        TestCase._registry.append(cls)

    def __init__(self, methodName="runTest"):
        self._testMethodName = methodName
        self._cleanups = []
        self._subtest = None
        self._subtest_failed = False
        self._result = None
        self._testMethodDoc = None
        if methodName != "runTest" or hasattr(self, "runTest"):
            try:
                method = getattr(self, methodName)
            except AttributeError:
                raise ValueError("no such test method in %s: %s" % (self.__class__, methodName))
            self._testMethodDoc = method.__doc__

    def setUp(self):
        pass

    def tearDown(self):
        pass

    @classmethod
    def setUpClass(cls):
        pass

    @classmethod
    def tearDownClass(cls):
        pass

    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        return TestResult()

    def addCleanup(self, function, *args, **kwargs):
        self._cleanups.append((function, args, kwargs))

    def doCleanups(self):
        ok = True
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            try:
                function(*args, **kwargs)
            except KeyboardInterrupt:
                raise
            except SkipTest as e:
                if self._result is not None:
                    self._result.addSkip(self, str(e))
            except BaseException as e:
                ok = False
                if self._result is not None:
                    self._result.addError(self, e)
        return ok

    def shortDescription(self):
        doc = self._testMethodDoc
        if not doc:
            return None
        return doc.strip().split("\n")[0].strip()

    def id(self):
        return "%s.%s" % (_class_name(self.__class__), self._testMethodName)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._testMethodName == other._testMethodName

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def __str__(self):
        return "%s (%s.%s)" % (self._testMethodName, _class_name(self.__class__), self._testMethodName)

    def __repr__(self):
        return "<%s testMethod=%s>" % (_class_name(self.__class__), self._testMethodName)

    def subTest(self, msg=None, **params):
        return _SubTestContext(self, msg, params)

    def _call_protected(self, result, function):
        """Runs function(); records an error or skip in result. True when it returned normally."""
        try:
            function()
            return True
        except KeyboardInterrupt:
            raise
        except SkipTest as e:
            result.addSkip(self, str(e))
        except self.failureException as e:
            result.addFailure(self, e)
        except BaseException as e:
            result.addError(self, e)
        return False

    def run(self, result=None):
        if result is None:
            result = self.defaultTestResult()
        result.startTest(self)
        self._result = result
        self._subtest_failed = False
        try:
            method = getattr(self, self._testMethodName)
            if getattr(self.__class__, "__unittest_skip__", False) or getattr(method, "__unittest_skip__", False):
                why = getattr(self.__class__, "__unittest_skip_why__", "") or getattr(method, "__unittest_skip_why__", "")
                result.addSkip(self, why)
                return result
            expecting_failure = getattr(method, "__unittest_expecting_failure__", False) or \
                getattr(self, "__unittest_expecting_failure__", False)
            if not self._call_protected(result, self.setUp):
                self.doCleanups()
                return result
            outcome = self._run_method(result, method, expecting_failure)
            teardown_ok = self._call_protected(result, self.tearDown)
            cleanups_ok = self.doCleanups()
            if outcome == "ok" and teardown_ok and cleanups_ok and not self._subtest_failed:
                if expecting_failure:
                    result.addUnexpectedSuccess(self)
                else:
                    result.addSuccess(self)
            return result
        finally:
            self._result = None
            result.stopTest(self)

    def _run_method(self, result, method, expecting_failure):
        try:
            method()
            if expecting_failure and self._subtest_failed:
                return "expected"
            return "ok"
        except KeyboardInterrupt:
            raise
        except SkipTest as e:
            result.addSkip(self, str(e))
        except BaseException as e:
            if expecting_failure:
                result.addExpectedFailure(self, e)
            elif isinstance(e, self.failureException):
                result.addFailure(self, e)
            else:
                result.addError(self, e)
        return "failed"

    def __call__(self, *args, **kwargs):
        return self.run(*args, **kwargs)

    def debug(self):
        self.setUp()
        getattr(self, self._testMethodName)()
        self.tearDown()
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            function(*args, **kwargs)

    def skipTest(self, reason):
        raise SkipTest(reason)

    # -- assertions -----------------------------------------------------------------------------------------

    def _formatMessage(self, msg, standardMsg):
        if not self.longMessage:
            return msg or standardMsg
        if msg is None:
            return standardMsg
        return "%s : %s" % (standardMsg, msg)

    def _fail_with(self, msg, standardMsg):
        raise self.failureException(self._formatMessage(msg, standardMsg))

    def fail(self, msg=None):
        raise self.failureException(msg)

    def assertTrue(self, expr, msg=None):
        if not expr:
            self._fail_with(msg, "%s is not true" % _safe_repr(expr))

    def assertFalse(self, expr, msg=None):
        if expr:
            self._fail_with(msg, "%s is not false" % _safe_repr(expr))

    def assertEqual(self, first, second, msg=None):
        if not first == second:
            self._fail_with(msg, "%s != %s" % (_safe_repr(first), _safe_repr(second)))

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            self._fail_with(msg, "%s == %s" % (_safe_repr(first), _safe_repr(second)))

    def assertMultiLineEqual(self, first, second, msg=None):
        if not isinstance(first, str):
            self._fail_with(msg, "First argument is not a string")
        if not isinstance(second, str):
            self._fail_with(msg, "Second argument is not a string")
        self.assertEqual(first, second, msg)

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        if seq_type is not None:
            name = seq_type.__name__
            if not isinstance(seq1, seq_type):
                self._fail_with(msg, "First sequence is not a %s: %s" % (name, _safe_repr(seq1)))
            if not isinstance(seq2, seq_type):
                self._fail_with(msg, "Second sequence is not a %s: %s" % (name, _safe_repr(seq2)))
        if not seq1 == seq2:
            kind = seq_type.__name__.capitalize() + "s" if seq_type is not None else "Sequences"
            self._fail_with(msg, "%s differ: %s != %s" % (kind, _safe_repr(seq1, True), _safe_repr(seq2, True)))

    def assertListEqual(self, list1, list2, msg=None):
        self.assertSequenceEqual(list1, list2, msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        self.assertSequenceEqual(tuple1, tuple2, msg, seq_type=tuple)

    def assertSetEqual(self, set1, set2, msg=None):
        if not set1 == set2:
            self._fail_with(msg, "%s != %s" % (_safe_repr(set1), _safe_repr(set2)))

    def assertDictEqual(self, d1, d2, msg=None):
        if not isinstance(d1, dict):
            self._fail_with(msg, "First argument is not a dictionary")
        if not isinstance(d2, dict):
            self._fail_with(msg, "Second argument is not a dictionary")
        if d1 != d2:
            self._fail_with(msg, "%s != %s" % (_safe_repr(d1, True), _safe_repr(d2, True)))

    def assertCountEqual(self, first, second, msg=None):
        a = list(first)
        b = list(second)
        missing = list(b)
        extra = []
        for item in a:
            found = False
            for i in range(len(missing)):
                if missing[i] == item:
                    del missing[i]
                    found = True
                    break
            if not found:
                extra.append(item)
        if extra or missing:
            self._fail_with(msg, "Element counts were not equal")

    def assertIs(self, expr1, expr2, msg=None):
        if expr1 is not expr2:
            self._fail_with(msg, "%s is not %s" % (_safe_repr(expr1), _safe_repr(expr2)))

    def assertIsNot(self, expr1, expr2, msg=None):
        if expr1 is expr2:
            self._fail_with(msg, "unexpectedly identical: %s" % _safe_repr(expr1))

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self._fail_with(msg, "%s is not None" % _safe_repr(obj))

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self._fail_with(msg, "unexpectedly None")

    def assertIn(self, member, container, msg=None):
        if member not in container:
            self._fail_with(msg, "%s not found in %s" % (_safe_repr(member), _safe_repr(container)))

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            self._fail_with(msg, "%s unexpectedly found in %s" % (_safe_repr(member), _safe_repr(container)))

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            self._fail_with(msg, "%s is not an instance of %r" % (_safe_repr(obj), cls))

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            self._fail_with(msg, "%s is an instance of %r" % (_safe_repr(obj), cls))

    def assertLess(self, a, b, msg=None):
        if not a < b:
            self._fail_with(msg, "%s not less than %s" % (_safe_repr(a), _safe_repr(b)))

    def assertLessEqual(self, a, b, msg=None):
        if not a <= b:
            self._fail_with(msg, "%s not less than or equal to %s" % (_safe_repr(a), _safe_repr(b)))

    def assertGreater(self, a, b, msg=None):
        if not a > b:
            self._fail_with(msg, "%s not greater than %s" % (_safe_repr(a), _safe_repr(b)))

    def assertGreaterEqual(self, a, b, msg=None):
        if not a >= b:
            self._fail_with(msg, "%s not greater than or equal to %s" % (_safe_repr(a), _safe_repr(b)))

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if first == second:
            return
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        diff = abs(first - second)
        if delta is not None:
            if diff <= delta:
                return
            standardMsg = "%s != %s within %s delta (%s difference)" % (_safe_repr(first), _safe_repr(second), _safe_repr(delta), _safe_repr(diff))
        else:
            if places is None:
                places = 7
            if round(diff, places) == 0:
                return
            standardMsg = "%s != %s within %r places (%s difference)" % (_safe_repr(first), _safe_repr(second), places, _safe_repr(diff))
        self._fail_with(msg, standardMsg)

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        diff = abs(first - second)
        if delta is not None:
            if not (first == second) and diff > delta:
                return
            standardMsg = "%s == %s within %s delta (%s difference)" % (_safe_repr(first), _safe_repr(second), _safe_repr(delta), _safe_repr(diff))
        else:
            if places is None:
                places = 7
            if not (first == second) and round(diff, places) != 0:
                return
            standardMsg = "%s == %s within %r places" % (_safe_repr(first), _safe_repr(second), places)
        self._fail_with(msg, standardMsg)

    def assertRaises(self, expected_exception, *args, **kwargs):
        if not args:
            return _AssertRaisesContext(expected_exception, self, msg=kwargs.pop("msg", None))
        function = args[0]
        context = _AssertRaisesContext(expected_exception, self, callable_name=getattr(function, "__name__", str(function)))
        with context:
            function(*args[1:], **kwargs)
        return None

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        if not args:
            return _AssertRaisesContext(expected_exception, self, regex=expected_regex, msg=kwargs.pop("msg", None))
        function = args[0]
        context = _AssertRaisesContext(expected_exception, self, regex=expected_regex,
                                       callable_name=getattr(function, "__name__", str(function)))
        with context:
            function(*args[1:], **kwargs)
        return None

    def assertRegex(self, text, expected_regex, msg=None):
        import re
        if isinstance(expected_regex, str):
            expected_regex = re.compile(expected_regex)
        if not expected_regex.search(text):
            self._fail_with(msg, "Regex didn't match: %r not found in %r" % (expected_regex.pattern, text))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        import re
        if isinstance(unexpected_regex, str):
            unexpected_regex = re.compile(unexpected_regex)
        match = unexpected_regex.search(text)
        if match:
            self._fail_with(msg, "Regex matched: %r matches %r in %r" % (text[match.start():match.end()], unexpected_regex.pattern, text))


class FunctionTestCase(TestCase):
    """A test case around a plain function."""

    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super().__init__()
        self._setUpFunc = setUp
        self._tearDownFunc = tearDown
        self._testFunc = testFunc
        self._description = description
        self._testMethodName = "runTest"

    def setUp(self):
        if self._setUpFunc is not None:
            self._setUpFunc()

    def tearDown(self):
        if self._tearDownFunc is not None:
            self._tearDownFunc()

    def runTest(self):
        self._testFunc()

    def id(self):
        return self._testFunc.__name__

    def __str__(self):
        return "%s (%s)" % (_class_name(self.__class__), self._testFunc.__name__)

    def __repr__(self):
        return "<%s tec=%s>" % (_class_name(self.__class__), self._testFunc)

    def shortDescription(self):
        if self._description is not None:
            return self._description
        doc = self._testFunc.__doc__
        return doc and doc.split("\n")[0].strip() or None


class _ClassFixtureError:
    """Stands for a failed setUpClass/tearDownClass in the report."""

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def __str__(self):
        return self.description


class TestSuite:
    """An ordered collection of tests (test cases and suites)."""

    def __init__(self, tests=()):
        self._tests = []
        self.addTests(tests)

    def __repr__(self):
        return "<%s tests=%s>" % (_class_name(self.__class__), list(self))

    def __iter__(self):
        return iter(self._tests)

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return list(self) == list(other)

    def countTestCases(self):
        return sum(test.countTestCases() for test in self._tests)

    def addTest(self, test):
        if not callable(test):
            raise TypeError("{} is not callable".format(repr(test)))
        if isinstance(test, type) and issubclass(test, (TestCase, TestSuite)):
            raise TypeError("TestCases and TestSuites must be instantiated before passing them to addTest()")
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError("tests must be an iterable of tests, not a string")
        for test in tests:
            self.addTest(test)

    def run(self, result):
        previous = None
        for test in _flatten(self):
            if result.shouldStop:
                break
            cls = test.__class__
            if cls is not previous:
                if previous is not None:
                    _tear_down_class(previous, result)
                previous = cls
                _set_up_class(cls, result)
            if getattr(cls, "_classSetupFailed", False):
                continue
            test(result)
        if previous is not None:
            _tear_down_class(previous, result)
        return result

    def __call__(self, *args, **kwargs):
        return self.run(*args, **kwargs)


def _flatten(suite):
    out = []
    for test in suite:
        if isinstance(test, TestSuite):
            out.extend(_flatten(test))
        else:
            out.append(test)
    return out


def _set_up_class(cls, result):
    cls._classSetupFailed = False
    if not isinstance(cls, type) or not issubclass(cls, TestCase) or getattr(cls, "__unittest_skip__", False):
        return
    try:
        cls.setUpClass()
    except SkipTest as e:
        cls._classSetupFailed = True
        result.addSkip(_ClassFixtureError("setUpClass (%s)" % _class_name(cls)), str(e))
    except BaseException as e:
        cls._classSetupFailed = True
        result.addError(_ClassFixtureError("setUpClass (%s)" % _class_name(cls)), e)


def _tear_down_class(cls, result):
    if not isinstance(cls, type) or not issubclass(cls, TestCase) or getattr(cls, "_classSetupFailed", False) or \
            getattr(cls, "__unittest_skip__", False):
        return
    try:
        cls.tearDownClass()
    except BaseException as e:
        result.addError(_ClassFixtureError("tearDownClass (%s)" % _class_name(cls)), e)


class TestResult:
    """Collects the outcome of tests."""

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failfast = False
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.shouldStop = False
        self.buffer = False

    def startTest(self, test):
        self.testsRun += 1

    def stopTest(self, test):
        pass

    def startTestRun(self):
        pass

    def stopTestRun(self):
        pass

    def _exc_info_to_string(self, err, test):
        return "Traceback (most recent call last):\n%s\n" % _format_exception_only(err)

    def addError(self, test, err):
        self.errors.append((test, self._exc_info_to_string(err, test)))
        if self.failfast:
            self.stop()

    def addFailure(self, test, err):
        self.failures.append((test, self._exc_info_to_string(err, test)))
        if self.failfast:
            self.stop()

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if isinstance(err, test.failureException):
                self.failures.append((subtest, self._exc_info_to_string(err, test)))
            else:
                self.errors.append((subtest, self._exc_info_to_string(err, test)))
            if self.failfast:
                self.stop()

    def addSuccess(self, test):
        pass

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        return len(self.failures) == len(self.errors) == 0 and len(self.unexpectedSuccesses) == 0

    def stop(self):
        self.shouldStop = True

    def __repr__(self):
        return "<%s run=%i errors=%i failures=%i>" % (_class_name(self.__class__), self.testsRun, len(self.errors), len(self.failures))


def _format_exception_only(err):
    name = type(err).__name__
    module = type(err).__module__
    if module not in ("builtins", "__main__"):
        name = module + "." + name
    text = str(err)
    return "%s: %s" % (name, text) if text else name


class _WritelnDecorator:
    def __init__(self, stream):
        self.stream = stream

    def write(self, text):
        self.stream.write(text)

    def writeln(self, text=""):
        self.stream.write(text + "\n")

    def flush(self):
        self.stream.flush()


class TextTestResult(TestResult):
    """A result that reports progress and errors to a stream, as CPython's text runner does."""

    separator1 = "=" * 70
    separator2 = "-" * 70

    def __init__(self, stream, descriptions, verbosity):
        super().__init__(stream, descriptions, verbosity)
        self.stream = stream
        self.showAll = verbosity > 1
        self.dots = verbosity == 1
        self.descriptions = descriptions
        self._newline = True

    def getDescription(self, test):
        doc = test.shortDescription()
        if self.descriptions and doc:
            return "\n".join((str(test), doc))
        return str(test)

    def startTest(self, test):
        super().startTest(test)
        if self.showAll:
            self.stream.write(self.getDescription(test))
            self.stream.write(" ... ")
            self.stream.flush()
            self._newline = False

    def _write_status(self, test, status):
        if not self._newline:
            pass
        self.stream.writeln(status)
        self.stream.flush()
        self._newline = True

    def _progress(self, long_text, short_text):
        if self.showAll:
            self._write_status(None, long_text)
        elif self.dots:
            self.stream.write(short_text)
            self.stream.flush()

    def addSuccess(self, test):
        super().addSuccess(test)
        self._progress("ok", ".")

    def addError(self, test, err):
        super().addError(test, err)
        self._progress("ERROR", "E")

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._progress("FAIL", "F")

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if self.showAll:
                if self._newline:
                    self.stream.write("  ")
                else:
                    self.stream.writeln()
                    self.stream.write("  ")
                self.stream.write(self.getDescription(subtest))
                self.stream.write(" ... ")
                self._write_status(subtest, "FAIL" if isinstance(err, test.failureException) else "ERROR")
            elif self.dots:
                self.stream.write("F" if isinstance(err, test.failureException) else "E")
                self.stream.flush()
        super().addSubTest(test, subtest, err)

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._progress("skipped {0!r}".format(reason), "s")

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._progress("expected failure", "x")

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._progress("unexpected success", "u")

    def printErrors(self):
        if self.dots or self.showAll:
            self.stream.writeln()
            self.stream.flush()
        self.printErrorList("ERROR", self.errors)
        self.printErrorList("FAIL", self.failures)
        for test in self.unexpectedSuccesses:
            self.stream.writeln(self.separator1)
            self.stream.writeln("UNEXPECTED SUCCESS: %s" % self.getDescription(test))
        self.stream.flush()

    def printErrorList(self, flavour, errors):
        for test, err in errors:
            self.stream.writeln(self.separator1)
            self.stream.writeln("%s: %s" % (flavour, self.getDescription(test)))
            self.stream.writeln(self.separator2)
            self.stream.writeln("%s" % err)
            self.stream.flush()


class TextTestRunner:
    """Runs a test or suite and reports on a stream (stderr by default)."""

    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False, buffer=False, resultclass=None,
                 warnings=None, *, tb_locals=False):
        if stream is None:
            stream = sys.stderr
        self.stream = _WritelnDecorator(stream)
        self.descriptions = descriptions
        self.verbosity = verbosity
        self.failfast = failfast
        self.buffer = buffer
        if resultclass is not None:
            self.resultclass = resultclass

    def _makeResult(self):
        return self.resultclass(self.stream, self.descriptions, self.verbosity)

    def run(self, test):
        result = self._makeResult()
        result.failfast = self.failfast
        start = time.perf_counter()
        result.startTestRun()
        try:
            test(result)
        finally:
            result.stopTestRun()
        taken = time.perf_counter() - start
        result.printErrors()
        self.stream.writeln(result.separator2)
        run = result.testsRun
        self.stream.writeln("Ran %d test%s in %.3fs" % (run, run != 1 and "s" or "", taken))
        self.stream.writeln()
        infos = []
        if not result.wasSuccessful():
            self.stream.write("FAILED")
            if result.failures:
                infos.append("failures=%d" % len(result.failures))
            if result.errors:
                infos.append("errors=%d" % len(result.errors))
        elif run == 0 and not result.skipped:
            self.stream.write("NO TESTS RAN")
        else:
            self.stream.write("OK")
        if result.skipped:
            infos.append("skipped=%d" % len(result.skipped))
        if result.expectedFailures:
            infos.append("expected failures=%d" % len(result.expectedFailures))
        if result.unexpectedSuccesses:
            infos.append("unexpected successes=%d" % len(result.unexpectedSuccesses))
        if infos:
            self.stream.writeln(" (%s)" % (", ".join(infos),))
        else:
            self.stream.write("\n")
        self.stream.flush()
        return result


class TestLoader:
    """Finds the tests of test case classes."""

    testMethodPrefix = "test"
    suiteClass = TestSuite

    def getTestCaseNames(self, testCaseClass):
        names = set()
        for klass in testCaseClass.__mro__:
            if klass is object:
                continue
            for name, value in klass.__dict__.items():
                if name.startswith(self.testMethodPrefix) and callable(getattr(testCaseClass, name)):
                    names.add(name)
        return sorted(names)

    def loadTestsFromTestCase(self, testCaseClass):
        if issubclass(testCaseClass, TestSuite):
            raise TypeError("Test cases should not be derived from TestSuite. Maybe you meant to derive from TestCase?")
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, "runTest"):
            names = ["runTest"]
        return self.suiteClass([testCaseClass(name) for name in names])

    def loadTestsFromModule(self, module, *args, pattern=None, **kws):
        name = module if isinstance(module, str) else module.__name__
        classes = [c for c in TestCase._registry if c.__module__ == name and c.__qualname__ == c.__name__]
        classes.sort(key=lambda c: c.__name__)
        return self.suiteClass([self.loadTestsFromTestCase(c) for c in classes])

    def loadTestsFromName(self, name, module=None):
        parts = name.split(".")
        for cls in TestCase._registry:
            if cls.__name__ == parts[0] and (module is None or cls.__module__ == (module if isinstance(module, str) else module.__name__)):
                if len(parts) == 1:
                    return self.loadTestsFromTestCase(cls)
                return self.suiteClass([cls(parts[1])])
        raise AttributeError("module %r has no attribute %r" % (module if isinstance(module, str) else "__main__", parts[0]))

    def loadTestsFromNames(self, names, module=None):
        return self.suiteClass([self.loadTestsFromName(name, module) for name in names])


defaultTestLoader = TestLoader()


def makeSuite(testCaseClass, prefix="test", sortUsing=None, suiteClass=TestSuite):
    loader = TestLoader()
    loader.testMethodPrefix = prefix
    loader.suiteClass = suiteClass
    return loader.loadTestsFromTestCase(testCaseClass)


class TestProgram:
    """unittest.main(): loads the tests of the module (__main__ by default), runs them and exits with 1 on failure."""

    def __init__(self, module="__main__", defaultTest=None, argv=None, testRunner=None, testLoader=defaultTestLoader,
                 exit=True, verbosity=1, failfast=None, catchbreak=None, buffer=None, warnings=None, *, tb_locals=False):
        if argv is None:
            argv = sys.argv
        self.exit = exit
        self.verbosity = verbosity
        self.failfast = failfast
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.module = module
        names = []
        for arg in argv[1:]:
            if arg in ("-v", "--verbose"):
                self.verbosity = 2
            elif arg in ("-q", "--quiet"):
                self.verbosity = 0
            elif arg in ("-f", "--failfast"):
                self.failfast = True
            elif not arg.startswith("-"):
                names.append(arg)
        if not names and defaultTest is not None:
            names = [defaultTest] if isinstance(defaultTest, str) else list(defaultTest)
        if names:
            self.test = testLoader.loadTestsFromNames(names, module)
        else:
            self.test = testLoader.loadTestsFromModule(module)
        self.runTests()

    def runTests(self):
        runner = self.testRunner
        if runner is None:
            runner = TextTestRunner(verbosity=self.verbosity, failfast=bool(self.failfast))
        elif isinstance(runner, type):
            runner = runner(verbosity=self.verbosity, failfast=bool(self.failfast))
        self.result = runner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram
