namespace Py2Wasm.Cli.Commands;

/// <summary>Dispatches <c>py2wasm VERB ...</c> to the registered <see cref="ICommand"/>s and prints help.</summary>
public sealed class CommandLine
{
    private readonly Dictionary<string, ICommand> _commands = new(StringComparer.Ordinal);

    /// <summary>The CLI with every built-in verb.</summary>
    public static CommandLine Default { get; } = new CommandLine().Add(new ParseCommand())
        .Add(new SymtableCommand())
        .Add(new TypesCommand())
        .Add(new CheckCommand())
        .Add(new EmitCommand())
        .Add(new BuildCommand())
        .Add(new RunCommand());

    /// <summary>Registers a verb.</summary>
    public CommandLine Add(ICommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        _commands.Add(command.Name, command);
        return this;
    }

    /// <summary>The registered verbs, by name.</summary>
    public IEnumerable<ICommand> Commands => _commands.Values.OrderBy(c => c.Name, StringComparer.Ordinal);

    /// <summary>Runs the command line; exit code 2 for usage errors.</summary>
    public int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Count == 0 || args[0] is "-h" or "--help" or "help")
        {
            if (args.Count >= 2 && _commands.TryGetValue(args[1], out var helped))
            {
                stdout.WriteLine(helped.Help);
                return 0;
            }
            WriteUsage(stdout);
            return args.Count == 0 ? 2 : 0;
        }
        if (!_commands.TryGetValue(args[0], out var command))
        {
            stderr.WriteLine($"py2wasm: unknown command '{args[0]}'.");
            WriteUsage(stderr);
            return 2;
        }
        var rest = args.Skip(1).ToArray();
        if (rest.Any(a => a is "-h" or "--help"))
        {
            stdout.WriteLine(command.Help);
            return 0;
        }
        try
        {
            return command.Run(rest, stdout, stderr);
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"py2wasm {command.Name}: {e.Message}");
            stderr.WriteLine($"Run 'py2wasm {command.Name} --help' for usage.");
            return 2;
        }
    }

    private void WriteUsage(TextWriter writer)
    {
        writer.WriteLine("usage: py2wasm COMMAND [options]");
        writer.WriteLine();
        writer.WriteLine("Commands:");
        foreach (var command in Commands)
        {
            writer.WriteLine($"  {command.Name,-10} {command.Summary}");
        }
        writer.WriteLine();
        writer.WriteLine("Run 'py2wasm COMMAND --help' for a command's options.");
    }
}

/// <summary>A command-line mistake: reported with the verb's name and exit code 2.</summary>
public sealed class UsageException : Exception
{
    /// <summary>Creates the exception with a message for the user.</summary>
    public UsageException(string message)
        : base(message)
    {
    }
}
