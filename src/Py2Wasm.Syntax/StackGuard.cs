using System.Runtime.CompilerServices;

namespace Py2Wasm.Syntax;

/// <summary>
/// Keeps deep recursion (a million nested brackets, 100,000-term chains) from overflowing the stack: when the
/// current stack runs low, the work continues on a fresh thread with a large stack.
/// </summary>
public static class StackGuard
{
    /// <summary>Stack size of each continuation thread.</summary>
    public const int ContinuationStackSize = 256 * 1024 * 1024;

    /// <summary>True when there is enough stack left for a typical recursive step.</summary>
    public static bool HasSufficientStack => RuntimeHelpers.TryEnsureSufficientExecutionStack();

    /// <summary>Runs <paramref name="action"/> here, or on a large-stack thread when this stack runs low.</summary>
    public static T Run<T>(Func<T> action)
    {
        if (RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            return action();
        }
        return RunOnLargeStack(action);
    }

    // The overloads below take the arguments separately. A recursive method that guards itself with a lambda
    // capturing its parameters (`() => Visit(node)`) allocates that closure on every call, not only when the
    // lambda runs: the C# compiler creates closures at the start of the method. A method group converted to a
    // delegate inside the rarely taken branch allocates nothing on the common path.

    /// <summary>Runs <c>action(arg)</c> on a new thread with a large stack and waits for it.</summary>
    public static void RunOnLargeStack<T>(Action<T> action, T arg) => RunOnLargeStack(() =>
    {
        action(arg);
        return 0;
    });

    /// <summary>Runs <c>action(arg1, arg2)</c> on a new thread with a large stack and waits for it.</summary>
    public static void RunOnLargeStack<T1, T2>(Action<T1, T2> action, T1 arg1, T2 arg2) => RunOnLargeStack(() =>
    {
        action(arg1, arg2);
        return 0;
    });

    /// <summary>Runs <c>function(arg)</c> on a new thread with a large stack, waits for it and returns its result.</summary>
    public static TResult RunOnLargeStack<T, TResult>(Func<T, TResult> function, T arg) => RunOnLargeStack(() => function(arg));

    /// <summary>Runs <paramref name="action"/> on a new thread with a large stack and waits for it.</summary>
    public static T RunOnLargeStack<T>(Func<T> action)
    {
        T result = default!;
        Exception? error = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = action();
            }
            catch (Exception e)
            {
                error = e;
            }
        }, ContinuationStackSize);
        thread.Start();
        thread.Join();
        if (error is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(error).Throw();
        }
        return result;
    }
}
