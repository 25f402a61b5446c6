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
