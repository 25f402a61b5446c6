namespace Py2Wasm.Cli.Commands;

/// <summary>
/// One verb of the CLI (<c>parse</c>, later <c>check</c>, <c>emit</c>, <c>build</c>, <c>run</c>, ...). To add a verb,
/// implement this interface and register it in <see cref="CommandLine.Default"/>.
/// </summary>
public interface ICommand
{
    /// <summary>The verb as typed on the command line.</summary>
    string Name { get; }

    /// <summary>One line for the verb list of <c>py2wasm --help</c>.</summary>
    string Summary { get; }

    /// <summary>The verb's full help text (usage and options).</summary>
    string Help { get; }

    /// <summary>Runs the verb with the arguments after it; returns the exit code.</summary>
    int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr);
}
