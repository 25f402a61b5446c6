using Py2Wasm.Cli.Commands;

namespace Py2Wasm.Cli;

/// <summary>The <c>py2wasm</c> command line: <c>py2wasm VERB [options]</c>.</summary>
public static class Program
{
    /// <summary>Entry point; returns the process exit code.</summary>
    public static int Main(string[] args)
    {
        var stdout = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false)) { AutoFlush = false, NewLine = "\n" };
        try
        {
            return CommandLine.Default.Run(args, stdout, Console.Error);
        }
        finally
        {
            stdout.Flush();
        }
    }
}
