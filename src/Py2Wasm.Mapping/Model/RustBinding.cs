using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;

namespace Py2Wasm.Mapping;

/// <summary>How a <see cref="RustBinding"/> is called.</summary>
public enum RustBindingKind
{
    /// <summary>
    /// A name-keyed dispatcher of the runtime's convention, <c>fn(name: &amp;str, args: &amp;[Obj], kw: &amp;Kwargs) -&gt; PyResult&lt;Obj&gt;</c>:
    /// rendered as <c>dispatcher("key", {args}, {kwargs})</c>.
    /// </summary>
    Dispatch,
    /// <summary>A method looked up on the receiver at run time: <c>pyrt::ops::call_method({self}, "name", {args}, {kwargs})</c>.</summary>
    Method,
    /// <summary>Any Rust expression with placeholders (see <see cref="RustBinding.Template"/>).</summary>
    Template,
    /// <summary>A name that exists for type checking only (annotations); at run time it is <c>None</c>, as <c>typing</c> names are.</summary>
    TypeOnly,
    /// <summary>
    /// A name of a module implemented in Python (<see cref="ModuleAdapterBuilder.WithPythonSource"/>): the compiler
    /// compiles the module's source with the program, so the name is the module's own and has no Rust of its own.
    /// </summary>
    Python,
}

/// <summary>The Rust expressions a <see cref="RustBinding"/> is rendered with. Every expression is Rust source text.</summary>
public sealed record RustCall
{
    /// <summary>No receiver and no arguments: for values (constants, attributes, module objects).</summary>
    public static RustCall None { get; } = new();

    /// <summary>The receiver (<c>{self}</c>) of a method, an <c>Obj</c> expression.</summary>
    public string? Receiver { get; init; }

    /// <summary>The positional arguments (<c>{0}</c>, <c>{1}</c>, … and, as a slice, <c>{args}</c>).</summary>
    public ImmutableArray<string> Arguments { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>
    /// The positional arguments as one <c>&amp;[Obj]</c> expression (<c>{args}</c>) when they are only known at run time
    /// (<c>f(*xs)</c>); then <see cref="Arguments"/> is empty and a template with <c>{0}</c>…<c>{9}</c> cannot be rendered.
    /// </summary>
    public string? ArgumentSlice { get; init; }

    /// <summary>The keyword arguments as a <c>&amp;Kwargs</c> expression (<c>{kwargs}</c>); <c>&amp;[]</c> when null.</summary>
    public string? Keywords { get; init; }

    /// <summary>A call with the given positional arguments.</summary>
    public static RustCall With(params string[] arguments) => new() { Arguments = arguments.ToImmutableArray() };
}

/// <summary>
/// The Rust side of one Python name: a runtime dispatcher and key, a method name, or a template — Rust source with
/// placeholders <c>{self}</c>, <c>{args}</c> (positional arguments as a <c>&amp;[Obj]</c> slice), <c>{kwargs}</c>
/// (a <c>&amp;Kwargs</c>) and <c>{0}</c>…<c>{9}</c> (single arguments, for typed calls). Immutable.
/// </summary>
public sealed partial class RustBinding
{
    private static readonly ImmutableHashSet<string> s_named = ImmutableHashSet.Create(StringComparer.Ordinal, "self", "args", "kwargs");

    private RustBinding(RustBindingKind kind, string template, string? target, string? key)
    {
        Kind = kind;
        Template = template;
        Target = target;
        Key = key;
        Placeholders = PlaceholderPattern().Matches(template).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).ToImmutableArray();
        foreach (var p in Placeholders)
        {
            if (!s_named.Contains(p) && !(p.Length == 1 && char.IsAsciiDigit(p[0])))
            {
                throw new ArgumentException($"unknown placeholder '{{{p}}}' in Rust template '{template}' (use {{self}}, {{args}}, {{kwargs}} or {{0}}..{{9}})", nameof(template));
            }
        }
    }

    /// <summary>How it is called.</summary>
    public RustBindingKind Kind { get; }

    /// <summary>The Rust source with placeholders.</summary>
    public string Template { get; }

    /// <summary>For <see cref="RustBindingKind.Dispatch"/>: the dispatcher's path (<c>pyrt::modules::math::call</c>).</summary>
    public string? Target { get; }

    /// <summary>For <see cref="RustBindingKind.Dispatch"/> and <see cref="RustBindingKind.Method"/>: the name passed at run time.</summary>
    public string? Key { get; }

    /// <summary>
    /// How many arguments a template of single-argument placeholders takes (the highest <c>{n}</c> plus one); 0 when it
    /// uses none. The emitter renders such a template only for a call with exactly that many positional arguments.
    /// </summary>
    public int Arity => Placeholders.Where(p => p.Length == 1 && char.IsAsciiDigit(p[0])).Select(p => p[0] - '0' + 1).DefaultIfEmpty(0).Max();

    /// <summary>The placeholders the template uses, in order of first use.</summary>
    public ImmutableArray<string> Placeholders { get; }

    /// <summary>The Rust paths (<c>crate::module::item</c>) the template names, for checks against a crate's source.</summary>
    public ImmutableArray<string> Paths => RustPathPattern().Matches(PlaceholderPattern().Replace(Template, "_")).Select(m => m.Value).Distinct(StringComparer.Ordinal).ToImmutableArray();

    /// <summary>A call of a name-keyed dispatcher: <c>dispatcher("key", {args}, {kwargs})</c>.</summary>
    public static RustBinding Dispatch(string dispatcher, string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(dispatcher);
        ArgumentException.ThrowIfNullOrEmpty(key);
        return new RustBinding(RustBindingKind.Dispatch, dispatcher + "(" + Quote(key) + ", {args}, {kwargs})", dispatcher, key);
    }

    /// <summary>A method of the receiver, found at run time: <c>pyrt::ops::call_method({self}, "name", {args}, {kwargs})</c>.</summary>
    public static RustBinding Method(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return new RustBinding(RustBindingKind.Method, "pyrt::ops::call_method({self}, " + Quote(name) + ", {args}, {kwargs})", null, name);
    }

    /// <summary>Any Rust expression with placeholders.</summary>
    public static RustBinding FromTemplate(string template)
    {
        ArgumentException.ThrowIfNullOrEmpty(template);
        return new RustBinding(RustBindingKind.Template, template, null, null);
    }

    /// <summary>A name for annotations only; its run-time value is <c>None</c>.</summary>
    public static RustBinding TypeOnly { get; } = new(RustBindingKind.TypeOnly, "pyrt::obj::Obj::None", null, null);

    /// <summary>A name defined by the Python source of its module (see <see cref="RustBindingKind.Python"/>).</summary>
    public static RustBinding Python { get; } = new(RustBindingKind.Python, "pyrt::obj::Obj::None", null, null);

    /// <summary>The Rust expression for <paramref name="call"/>.</summary>
    public string Render(RustCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return PlaceholderPattern().Replace(Template, m => m.Groups[1].Value switch
        {
            "self" => call.Receiver ?? throw new ArgumentException($"the binding '{Template}' needs a receiver", nameof(call)),
            "args" => call.ArgumentSlice ?? "&[" + string.Join(", ", call.Arguments) + "]",
            "kwargs" => call.Keywords ?? "&[]",
            var digit => int.Parse(digit, System.Globalization.CultureInfo.InvariantCulture) is var i && i < call.Arguments.Length
                ? call.Arguments[i]
                : throw new ArgumentException($"the binding '{Template}' needs argument {i}", nameof(call)),
        });
    }

    /// <inheritdoc/>
    public override string ToString() => Template;

    private static string Quote(string s)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in s)
        {
            sb.Append(c switch { '"' => "\\\"", '\\' => "\\\\", _ => c.ToString() });
        }
        return sb.Append('"').ToString();
    }

    [GeneratedRegex(@"\{(self|args|kwargs|[A-Za-z_0-9]+)\}")]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex(@"\b[a-z_][a-z0-9_]*(?:::[A-Za-z_][A-Za-z0-9_]*)+")]
    private static partial Regex RustPathPattern();
}
