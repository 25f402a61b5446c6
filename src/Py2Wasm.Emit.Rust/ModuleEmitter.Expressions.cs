using System.Globalization;
using System.Text;
using Py2Wasm.Emit.Rust.Scopes;
using Py2Wasm.Syntax;
using Py2Wasm.Syntax.Literals;

namespace Py2Wasm.Emit.Rust;

internal sealed partial class ModuleEmitter
{
    private static readonly Dictionary<SyntaxKind, string> s_binaryOps = new()
    {
        [SyntaxKind.AddExpression] = "add",
        [SyntaxKind.SubtractExpression] = "sub",
        [SyntaxKind.MultiplyExpression] = "mul",
        [SyntaxKind.MatrixMultiplyExpression] = "matmul",
        [SyntaxKind.DivideExpression] = "truediv",
        [SyntaxKind.FloorDivideExpression] = "floordiv",
        [SyntaxKind.ModuloExpression] = "modulo",
        [SyntaxKind.PowerExpression] = "pow",
        [SyntaxKind.LeftShiftExpression] = "lshift",
        [SyntaxKind.RightShiftExpression] = "rshift",
        [SyntaxKind.BitwiseAndExpression] = "bitand",
        [SyntaxKind.BitwiseOrExpression] = "bitor",
        [SyntaxKind.BitwiseXorExpression] = "bitxor",
    };

    /// <summary>Builtins implemented by <c>builtins::call_builtin</c> (functions and type constructors).</summary>
    private static readonly HashSet<string> s_callBuiltin = new(StringComparer.Ordinal)
    {
        "len", "repr", "ascii", "abs", "all", "any", "bin", "oct", "hex", "chr", "ord", "divmod", "pow", "round", "sum",
        "max", "min", "sorted", "reversed", "enumerate", "zip", "map", "filter", "next", "iter", "getattr", "setattr", "hasattr",
        "delattr", "isinstance", "issubclass", "hash", "id", "callable", "format", "input",
        "object", "int", "float", "complex", "str", "bool", "list", "tuple", "dict", "set", "frozenset", "bytes", "bytearray",
        "range", "slice", "type",
    };

    /// <summary>Built-in types that are generic in annotations (<c>list[int]</c>).</summary>
    private static readonly HashSet<string> s_genericTypes = new(StringComparer.Ordinal) { "list", "dict", "set", "frozenset", "tuple", "type" };

    /// <summary>A Rust expression of type <c>Obj</c> computing <paramref name="e"/>.</summary>
    private string Expr(ExpressionSyntax e)
    {
        if (_spilled.Count > 0 && _spilled.TryGetValue(e, out var spilled)) return spilled;
        if (!StackGuard.HasSufficientStack)
        {
            return StackGuard.RunOnLargeStack(Expr, e);
        }
        if (_typed is not null && FloatCode(e) is { } typedFloat) return "Obj::Float(" + typedFloat + ")";
        if (_typed is not null && IntCode(e) is { } typedInt) return typedInt + ".into_obj()";
        switch (e)
        {
            case IdentifierNameSyntax id:
                return LoadName(id.Identifier.Text, id);
            case LiteralExpressionSyntax lit:
                return Literal(lit);
            case ParenthesizedExpressionSyntax p:
                return Expr(p.Expression);
            case FStringExpressionSyntax:
            case ConcatenatedStringExpressionSyntax:
                return Strings(e);
            case BinaryExpressionSyntax b:
                return Binary(b);
            case UnaryExpressionSyntax u:
                return u.Kind switch
                {
                    SyntaxKind.UnaryMinusExpression => NegatedLiteral(u.Operand) ?? "ops::neg(&" + Ref(u.Operand) + ")?",
                    SyntaxKind.UnaryPlusExpression => "ops::pos(&" + Ref(u.Operand) + ")?",
                    SyntaxKind.BitwiseNotExpression => "ops::invert(&" + Ref(u.Operand) + ")?",
                    _ => "Obj::Bool(!" + Cond(u.Operand) + ")",
                };
            case ComparisonExpressionSyntax c:
                return "Obj::Bool(" + Comparison(c) + ")";
            case ConditionalExpressionSyntax c:
                return "(if " + Cond(c.Condition) + " { " + Expr(c.WhenTrue) + " } else { " + Expr(c.WhenFalse) + " })";
            case TupleExpressionSyntax t:
                return Sequence(t.Elements, "Obj::tuple");
            case ListExpressionSyntax l:
                return Sequence(l.Elements, "Obj::list");
            case SetExpressionSyntax s:
                // CPython compiles a display of more than two constants to BUILD_SET 0 + SET_UPDATE of a frozenset
                // constant (one merge: a different table layout, hence iteration order, than adding one by one);
                // as the iterable of a `for`, the AST optimizer leaves just the frozenset constant.
                return Sequence(s.Elements, s.Elements.Count > 2 && s.Elements.All(IsFoldedConstant)
                    ? (IsForIterable(s) ? "emit::frozenset_of_constants" : "emit::set_of_constants") : "emit::set_of", fallible: true);
            case DictExpressionSyntax d:
                return Dict(d);
            case MemberAccessExpressionSyntax m:
                return MemberAccess(m);
            case SubscriptExpressionSyntax s when s.Expression is IdentifierNameSyntax t && s_genericTypes.Contains(t.Identifier.Text) &&
                                                  KindOf(t.Identifier.Text, out _) == SymbolKind.Global && !_slots.ContainsKey(t.Identifier.Text):
                // `list[int]` outside an annotation (a type alias): a types.GenericAlias.
                return "emit::generic_alias(" + Expr(s.Expression) + ", " + Index(s.Index) + ")";
            case SubscriptExpressionSyntax s:
                return "ops::getitem(&" + Ref(s.Expression) + ", &" + Ref(s.Index) + ")?";
            case CallExpressionSyntax c:
                return Call(c);
            case NamedExpressionSyntax n:
                {
                    var t = Tmp();
                    return "{ let " + t + " = " + Expr(n.Value) + "; " + StoreName(n.Name.Identifier.Text, t + ".clone()") + " " + t + " }";
                }
            case LambdaExpressionSyntax l:
                return Lambda(l);
            case ComprehensionExpressionSyntax c:
                return Comprehension(c);
            case YieldExpressionSyntax or YieldFromExpressionSyntax:
                Error(EmitErrorCode.UnsupportedGenerator, e, "'yield' (generator functions)");
                return "Obj::None";
            case AwaitExpressionSyntax:
                Error(EmitErrorCode.UnsupportedExpression, e, "'await'");
                return "Obj::None";
            case StarredExpressionSyntax:
                Error(EmitErrorCode.UnsupportedExpression, e, "a starred expression here");
                return "Obj::None";
            case SliceExpressionSyntax s:
                return Slice(s);
            default:
                Error(EmitErrorCode.UnsupportedExpression, e, "this expression");
                return "Obj::None";
        }
    }

    /// <summary>A Rust <c>bool</c> expression: the truth value of <paramref name="e"/>.</summary>
    private string Cond(ExpressionSyntax e)
    {
        if (_spilled.Count > 0 && _spilled.ContainsKey(e)) return "ops::truthy(&" + Expr(e) + ")?";
        if (_typed is not null && IntCode(e) is { } typedInt) return "!" + typedInt + ".is_zero()";
        switch (e)
        {
            case ParenthesizedExpressionSyntax p:
                return Cond(p.Expression);
            case ComparisonExpressionSyntax c:
                return Comparison(c);
            case UnaryExpressionSyntax { Kind: SyntaxKind.LogicalNotExpression } u:
                return "!" + Cond(u.Operand);
            case BinaryExpressionSyntax { Kind: SyntaxKind.LogicalAndExpression } b:
                return "(" + Cond(b.Left) + " && " + Cond(b.Right) + ")";
            case BinaryExpressionSyntax { Kind: SyntaxKind.LogicalOrExpression } b:
                return "(" + Cond(b.Left) + " || " + Cond(b.Right) + ")";
            case LiteralExpressionSyntax { Kind: SyntaxKind.TrueLiteralExpression }:
                return "true";
            case LiteralExpressionSyntax { Kind: SyntaxKind.FalseLiteralExpression }:
                return "false";
            default:
                {
                    var r = Ref(e);
                    // `if o.name:` on an attribute read through the inline cache: one call, no copy of the value.
                    if (e is MemberAccessExpressionSyntax && AttributeIcRead(r) is { } rest)
                    {
                        return "emit::getattr_truthy_ic(&" + rest;
                    }
                    return "ops::truthy(&" + r + ")?";
                }
        }
    }

    private string Binary(BinaryExpressionSyntax b)
    {
        if (b.Kind == SyntaxKind.LogicalAndExpression || b.Kind == SyntaxKind.LogicalOrExpression)
        {
            var t = Tmp();
            var left = Expr(b.Left);
            var right = Expr(b.Right);
            return b.Kind == SyntaxKind.LogicalAndExpression
                ? "{ let " + t + " = " + left + "; if ops::truthy(&" + t + ")? { " + right + " } else { " + t + " } }"
                : "{ let " + t + " = " + left + "; if ops::truthy(&" + t + ")? { " + t + " } else { " + right + " } }";
        }
        return "ops::" + s_binaryOps[b.Kind] + "(&" + Ref(b.Left) + ", &" + Ref(b.Right) + ")?";
    }

    /// <summary>For the Rust of an attribute read through the inline cache (<see cref="MemberAccess"/>:
    /// <c>emit::getattr_ic(&amp;OBJ, "name", pyrt::ic!())?</c>), the text after <c>emit::getattr_ic(&amp;</c>,
    /// to be completed with another <c>emit::getattr_*_ic(&amp;</c> helper of the same arguments; otherwise null.</summary>
    private static string? AttributeIcRead(string rust)
    {
        const string prefix = "emit::getattr_ic(&";
        return rust.StartsWith(prefix, StringComparison.Ordinal) && rust.EndsWith(", pyrt::ic!())?", StringComparison.Ordinal)
            ? rust.Substring(prefix.Length)
            : null;
    }

    private string Comparison(ComparisonExpressionSyntax c)
    {
        if (TypedComparison(c) is { } typedComparison) return typedComparison;
        // `o.name is None` / `o.name is not None` on an attribute read through the inline cache:
        // one call, no copy of the value.
        if (c.Comparisons.Count == 1 && c.Comparisons[0].OperatorToken.Kind == SyntaxKind.IsKeyword &&
            c.Left is MemberAccessExpressionSyntax && c.Comparisons[0].Right is LiteralExpressionSyntax { Kind: SyntaxKind.NoneLiteralExpression })
        {
            var r = Ref(c.Left);
            if (AttributeIcRead(r) is { } rest)
            {
                var negated = !c.Comparisons[0].SecondOperatorToken.IsNone;
                return (negated ? "!" : "") + "emit::getattr_is_none_ic(&" + rest;
            }
            var tmp = Tmp("c");
            return "{ let " + tmp + ": &Obj = &" + r + "; " + CompareOp(c.Comparisons[0], tmp, "&Obj::None") + " }";
        }
        var sb = new StringBuilder();
        var left = Tmp("c");
        sb.Append("{ let ").Append(left).Append(": &Obj = &").Append(Ref(c.Left)).Append("; ");
        int closes = 0;
        for (int i = 0; i < c.Comparisons.Count; i++)
        {
            var op = c.Comparisons[i];
            var right = Tmp("c");
            if (i > 0)
            {
                sb.Append(" && { ");
                closes++;
            }
            sb.Append("let ").Append(right).Append(": &Obj = &").Append(Ref(op.Right)).Append("; ");
            sb.Append(CompareOp(op, left, right));
            left = right;
        }
        sb.Append(new string('}', closes).Replace("}", " }", StringComparison.Ordinal));
        sb.Append(" }");
        return sb.ToString();
    }

    private static string CompareOp(ComparisonOperandSyntax op, string a, string b)
    {
        bool second = !op.SecondOperatorToken.IsNone;
        return op.OperatorToken.Kind switch
        {
            SyntaxKind.LessThanToken => "ops::lt(" + a + ", " + b + ")?",
            SyntaxKind.LessThanEqualsToken => "ops::le(" + a + ", " + b + ")?",
            SyntaxKind.GreaterThanToken => "ops::gt(" + a + ", " + b + ")?",
            SyntaxKind.GreaterThanEqualsToken => "ops::ge(" + a + ", " + b + ")?",
            SyntaxKind.EqualsEqualsToken => "ops::eq(" + a + ", " + b + ")?",
            SyntaxKind.ExclamationEqualsToken => "ops::ne(" + a + ", " + b + ")?",
            SyntaxKind.InKeyword => "ops::contains(" + b + ", " + a + ")?",
            SyntaxKind.NotKeyword => "!ops::contains(" + b + ", " + a + ")?",
            SyntaxKind.IsKeyword when second => "!" + a + ".is(" + b + ")",
            SyntaxKind.IsKeyword => a + ".is(" + b + ")",
            _ => "false",
        };
    }

    private string Literal(LiteralExpressionSyntax lit)
    {
        switch (lit.Kind)
        {
            case SyntaxKind.NoneLiteralExpression:
                return "Obj::None";
            case SyntaxKind.TrueLiteralExpression:
                return "Obj::Bool(true)";
            case SyntaxKind.FalseLiteralExpression:
                return "Obj::Bool(false)";
            case SyntaxKind.EllipsisLiteralExpression:
                return "emit::ellipsis()";
            case SyntaxKind.NumericLiteralExpression:
                {
                    var v = NumberLiteral.Parse(lit.Token.Text);
                    switch (v.Kind)
                    {
                        case NumberLiteralKind.Integer:
                            return v.IsSmallInteger
                                ? "Obj::Int(" + RustLiterals.I64(v.SmallInteger) + ")"
                                : "emit::big_int(" + Str(v.Integer.ToString(CultureInfo.InvariantCulture)) + ")";
                        case NumberLiteralKind.Float:
                            return "Obj::Float(" + RustLiterals.F64(v.Double) + ")";
                        default:
                            return "Obj::complex(0.0, " + RustLiterals.F64(v.Double) + ")";
                    }
                }
            default:
                return Strings(lit);
        }
    }

    /// <summary><c>-1</c>, <c>-2.5</c>: the negated constant itself (no run-time negation), for ints whose negation fits i64 and floats.</summary>
    private static string? NegatedLiteral(ExpressionSyntax operand)
    {
        while (operand is ParenthesizedExpressionSyntax p) operand = p.Expression;
        if (operand is not LiteralExpressionSyntax { Kind: SyntaxKind.NumericLiteralExpression } lit) return null;
        var v = NumberLiteral.Parse(lit.Token.Text);
        return v.Kind switch
        {
            NumberLiteralKind.Integer when v.IsSmallInteger && v.SmallInteger != long.MinValue => "Obj::Int(" + RustLiterals.I64(-v.SmallInteger) + ")",
            NumberLiteralKind.Float => "Obj::Float(" + RustLiterals.F64(-v.Double) + ")",
            _ => null,
        };
    }

    // ------------------------------------------------------------------ strings

    /// <summary>A string, bytes, f-string or concatenation of them.</summary>
    private string Strings(ExpressionSyntax e)
    {
        var parts = e is ConcatenatedStringExpressionSyntax c ? c.Strings.ToList() : new List<ExpressionSyntax> { e };
        bool isBytes = parts.Count > 0 && parts[0] is LiteralExpressionSyntax first && (StringLiteral.ParsePrefix(first.Token.Text, out _) & StringPrefix.Bytes) != 0;
        if (isBytes)
        {
            var bytes = new List<byte>();
            foreach (var p in parts)
            {
                var v = StringLiteral.Decode(((LiteralExpressionSyntax)p).Token.Text);
                if (v.Bytes is null)
                {
                    Error(EmitErrorCode.UnsupportedExpression, p, "this bytes literal");
                    return "Obj::None";
                }
                bytes.AddRange(v.Bytes);
            }
            return "emit::bytes_lit(" + RustLiterals.Bytes(bytes.ToArray()) + ")";
        }
        if (parts.All(p => p is LiteralExpressionSyntax))
        {
            var text = new StringBuilder();
            foreach (var p in parts)
            {
                var s = DecodeText((LiteralExpressionSyntax)p);
                if (s is null) return "Obj::None";
                text.Append(s);
            }
            return StrConstant(text.ToString());
        }
        var buf = Tmp("s");
        var sb = new StringBuilder();
        sb.Append("{ let mut ").Append(buf).Append(" = String::new(); ");
        foreach (var p in parts)
        {
            if (p is LiteralExpressionSyntax l)
            {
                var s = DecodeText(l);
                if (s is null) return "Obj::None";
                sb.Append(buf).Append(".push_str(").Append(Str(s)).Append("); ");
            }
            else if (p is FStringExpressionSyntax f)
            {
                AppendFString(sb, buf, f.Contents, IsRaw(f.StartToken));
            }
        }
        sb.Append("Obj::string(").Append(buf).Append(") }");
        return sb.ToString();
    }

    /// <summary>
    /// A str constant: one <c>static STR_n: emit::StrConst</c> per distinct text in the module, made on first use
    /// and shared, so a literal in a loop neither allocates nor rehashes (<c>PyStr</c> caches its hash), and equal
    /// literals are one object (a dict key written through one site and read through another compares by pointer).
    /// CPython shares constants too; <c>+=</c> on a shared string copies, so sharing is not observable beyond <c>is</c>.
    /// </summary>
    private string StrConstant(string text)
    {
        if (!_strConsts.TryGetValue(text, out var n))
        {
            n = _strConsts.Count;
            _strConsts.Add(text, n);
        }
        return "STR_" + n.ToString(CultureInfo.InvariantCulture) + ".get()";
    }

    private static bool IsRaw(SyntaxToken start) => (StringLiteral.ParsePrefix(start.Text, out _) & StringPrefix.Raw) != 0;

    /// <summary>The text of a str literal as a .NET string of scalar values; null (after a diagnostic) for lone surrogates.</summary>
    private string? DecodeText(LiteralExpressionSyntax lit)
    {
        var v = StringLiteral.Decode(lit.Token.Text);
        if (v.Text is null)
        {
            Error(EmitErrorCode.UnsupportedExpression, lit, "this string literal");
            return null;
        }
        return CheckScalars(v.Text, lit);
    }

    private string? CheckScalars(PyString text, SyntaxNode at)
    {
        var sb = new StringBuilder();
        foreach (var cp in text.EnumerateCodePoints())
        {
            if (cp is >= 0xD800 and <= 0xDFFF)
            {
                Error(EmitErrorCode.UnrepresentableLiteral, at, cp.ToString("X4", CultureInfo.InvariantCulture));
                return null;
            }
            sb.Append(char.ConvertFromUtf32(cp));
        }
        return sb.ToString();
    }

    private void AppendFString(StringBuilder sb, string buf, SyntaxList<FStringContentSyntax> contents, bool raw)
    {
        foreach (var part in contents)
        {
            switch (part)
            {
                case FStringTextSyntax t:
                    {
                        var v = StringLiteral.DecodeFStringMiddle(t.TextToken.Text, raw);
                        if (v.Text is null)
                        {
                            Error(EmitErrorCode.UnsupportedExpression, t, "this f-string text");
                            break;
                        }
                        var s = CheckScalars(v.Text, t);
                        if (s is not null && s.Length > 0) sb.Append(buf).Append(".push_str(").Append(Str(s)).Append("); ");
                        break;
                    }
                case FStringInterpolationSyntax i:
                    {
                        char? conv = i.Conversion.IsNone ? null : i.Conversion.Text.Length == 1 ? i.Conversion.Text[0] : null;
                        if (!i.EqualsToken.IsNone)
                        {
                            // f"{x = }" prints the expression text (with its spacing) before the value.
                            var start = i.OpenBraceToken.Span.End;
                            var end = i.EqualsToken.Span.End;
                            var src = _module.Tree.Text.ToString(new Microsoft.CodeAnalysis.Text.TextSpan(start, end - start)) +
                                TrailingTriviaText(i.EqualsToken);
                            sb.Append(buf).Append(".push_str(").Append(Str(src)).Append("); ");
                            if (conv is null && i.FormatSpecifier is null) conv = 'r';
                        }
                        string spec = "\"\"";
                        if (i.FormatSpecifier is not null)
                        {
                            var sp = Tmp("s");
                            var ssb = new StringBuilder();
                            ssb.Append("&{ let mut ").Append(sp).Append(" = String::new(); ");
                            AppendFString(ssb, sp, i.FormatSpecifier.Contents, raw);
                            ssb.Append(sp).Append(" }");
                            spec = ssb.ToString();
                        }
                        sb.Append("emit::push_field(&mut ").Append(buf).Append(", &").Append(Ref(i.Expression)).Append(", ")
                          .Append(conv is null ? "None" : "Some('" + conv.Value + "')").Append(", ").Append(spec).Append(")?; ");
                        break;
                    }
            }
        }
    }

    private static string TrailingTriviaText(SyntaxToken token)
    {
        var sb = new StringBuilder();
        foreach (var t in token.TrailingTrivia) sb.Append(t.Text);
        return sb.ToString();
    }

    // ------------------------------------------------------------------ displays

    /// <summary>An expression CPython's compiler sees as a constant after AST optimisation (literals, signed
    /// numbers, tuples of constants); binary operations it may also fold are left out (then the set is built
    /// element by element).</summary>
    private static bool IsFoldedConstant(ExpressionSyntax e) => e switch
    {
        LiteralExpressionSyntax => true, // numbers, str/bytes (f-strings are FStringExpressions), None, True, False, ...
        UnaryExpressionSyntax { Kind: SyntaxKind.UnaryMinusExpression or SyntaxKind.UnaryPlusExpression, Operand: LiteralExpressionSyntax { Kind: SyntaxKind.NumericLiteralExpression } } => true,
        ParenthesizedExpressionSyntax p => IsFoldedConstant(p.Expression),
        TupleExpressionSyntax t => t.Elements.All(x => x is not StarredExpressionSyntax && IsFoldedConstant(x)),
        _ => false,
    };

    private static bool IsForIterable(ExpressionSyntax e) => e.Parent switch
    {
        ForStatementSyntax f => f.Iterable == e,
        ComprehensionForClauseSyntax c => c.Iterable == e,
        _ => false,
    };

    private string Sequence(SeparatedSyntaxList<ExpressionSyntax> elements, string ctor, bool fallible = false)
    {
        var suffix = fallible ? "?" : "";
        if (!elements.Any(x => x is StarredExpressionSyntax))
        {
            return ctor + "(vec![" + string.Join(", ", elements.Select(Expr)) + "])" + suffix;
        }
        var v = Tmp("v");
        var sb = new StringBuilder("{ let mut " + v + ": Vec<Obj> = Vec::new(); ");
        foreach (var el in elements)
        {
            if (el is StarredExpressionSyntax s)
            {
                sb.Append(v).Append(".extend(pyrt::iter::collect(&").Append(Expr(s.Expression)).Append(")?); ");
            }
            else
            {
                sb.Append(v).Append(".push(").Append(Expr(el)).Append("); ");
            }
        }
        sb.Append(ctor).Append('(').Append(v).Append(')').Append(suffix).Append(" }");
        return sb.ToString();
    }

    private string Dict(DictExpressionSyntax d)
    {
        var v = Tmp("d");
        var sb = new StringBuilder("{ let mut " + v + ": Vec<(Obj, Obj)> = Vec::new(); ");
        foreach (var el in d.Elements)
        {
            if (el is KeyValueElementSyntax kv)
            {
                sb.Append(v).Append(".push((").Append(Expr(kv.Key)).Append(", ").Append(Expr(kv.Value)).Append(")); ");
            }
            else if (el is DictUnpackElementSyntax u)
            {
                sb.Append("emit::extend_dict_items(&mut ").Append(v).Append(", &").Append(Expr(u.Expression)).Append(")?; ");
            }
        }
        sb.Append("emit::dict_of(").Append(v).Append(")? }");
        return sb.ToString();
    }

    private string Slice(SliceExpressionSyntax s) =>
        "ops::slice(" + (s.Lower is null ? "Obj::None" : Expr(s.Lower)) + ", " + (s.Upper is null ? "Obj::None" : Expr(s.Upper)) + ", " +
        (s.Step is null ? "Obj::None" : Expr(s.Step)) + ")";

    private string Index(ExpressionSyntax index) => Expr(index);

    // ------------------------------------------------------------------ attributes and calls

    /// <summary>If <paramref name="e"/> names a module bound by a module-level <c>import</c>, the Rust module-object expression.</summary>
    private string? ModuleAlias(ExpressionSyntax e, out string moduleName)
    {
        moduleName = "";
        if (e is IdentifierNameSyntax id && _scope.Lookup(id.Identifier.Text) == SymbolKind.Global &&
            _importedModules.TryGetValue(id.Identifier.Text, out var m))
        {
            moduleName = m;
            return _moduleAliases[id.Identifier.Text];
        }
        // `a.b` where some `import a.b` made the mapped submodule `b` an attribute of `a`.
        if (e is MemberAccessExpressionSyntax sub && ModuleAlias(sub.Expression, out var parent) is { } parentObject &&
            !_program.ProgramModules.Contains(parent) && _program.IsImportedSubmodule(parent + "." + sub.Name.Text) &&
            _program.MappedModule(parent + "." + sub.Name.Text) is { ModuleObject.Kind: not Py2Wasm.Mapping.RustBindingKind.TypeOnly } adapter)
        {
            moduleName = adapter.ModuleName;
            return _program.IsSealed(parent) && _program.IsSealed(moduleName)
                ? ProgramContext.ModuleObject(adapter)
                : "emit::getattr(&" + parentObject + ", " + Str(sub.Name.Text) + ")?";
        }
        return null;
    }

    private string MemberAccess(MemberAccessExpressionSyntax m)
    {
        if (TypeOnlyModuleMember(m) is { } typeOnly) return typeOnly;
        var name = Private(m.Name.Text);
        if (ModuleAlias(m.Expression, out var moduleName) is { } mod)
        {
            if (_program.ProgramModules.Contains(moduleName))
            {
                return _program.ModulePath(moduleName) + "::getattr(" + Str(name) + ")?";
            }
            return MappedMemberRead(m, moduleName, mod);
        }
        if (IsSuperCall(m.Expression, out var superArgs))
        {
            return SuperGetattr(superArgs, name);
        }
        return "emit::getattr_ic(&" + Ref(m.Expression) + ", " + Str(name) + ", pyrt::ic!())?";
    }

    /// <summary><c>super().name</c> / <c>super(C, obj).name</c> read (explicit operands are checked, left to right, as CPython does).</summary>
    private string SuperGetattr((string Class, string Self, bool Explicit) sup, string name) =>
        "emit::super_getattr" + (sup.Explicit ? "_explicit" : "") + "(&" + sup.Class + ", &" + sup.Self + ", " + Str(name) + ")?";

    private bool IsSuperCall(ExpressionSyntax e, out (string Class, string Self, bool Explicit) args)
    {
        args = default;
        if (e is not CallExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.Text: "super" } } call) return false;
        if (_scope.Lookup("super") != SymbolKind.Global || _slots.ContainsKey("super")) return false;
        var superArgs = call.ArgumentList.Arguments;
        if (superArgs.Count == 2 && superArgs.All(a => a.Name.IsNone && a.StarToken.IsNone))
        {
            // `super(C, obj).name`: the same MRO walk from explicit operands, which the runtime checks as CPython does
            // (C a type, obj an instance or subclass of it).
            args = (Expr(superArgs[0].Expression), Expr(superArgs[1].Expression), true);
            return true;
        }
        if (superArgs.Count != 0)
        {
            Error(EmitErrorCode.UnsupportedExpression, call, "super() with other than zero or two positional arguments");
            return false;
        }
        var fn = _scope;
        while (fn.Kind != ScopeKind.Function && fn.Parent is not null) fn = fn.Parent;
        if (fn.Kind != ScopeKind.Function || fn.Parameters.Count == 0 || fn.Node is not FunctionDefinitionSyntax)
        {
            Error(EmitErrorCode.UnsupportedExpression, call, "super() outside a method");
            return false;
        }
        var self = fn.Parameters[0];
        var selfRead = fn == _scope ? LoadName(self, call) : LoadName(self, call);
        args = ("emit::free_get(&" + CellVar("__class__") + ", \"__class__\")?", selfRead, false);
        return true;
    }

    private string Call(CallExpressionSyntax c)
    {
        if (InlineReduction(c) is { } inline) return inline;
        var argList = c.ArgumentList.Arguments;
        bool dynamicArgs = argList.Any(a => !a.StarToken.IsNone);
        var positional = new List<string>();
        var keywords = new List<string>();
        string argsExpr, kwExpr, prelude = "";
        if (!dynamicArgs)
        {
            foreach (var a in argList)
            {
                if (!a.Name.IsNone)
                {
                    keywords.Add("(Rc::from(" + Str(a.Name.Text) + "), " + Expr(a.Expression) + ")");
                }
                else
                {
                    positional.Add(Expr(a.Expression));
                }
            }
            argsExpr = "&[" + string.Join(", ", positional) + "]";
            kwExpr = keywords.Count == 0 ? "&[]" : "&[" + string.Join(", ", keywords) + "]";
        }
        else
        {
            var av = Tmp("a");
            var kv = Tmp("k");
            var sb = new StringBuilder();
            sb.Append("let mut ").Append(av).Append(": Vec<Obj> = Vec::new(); let mut ").Append(kv).Append(": Vec<(Rc<str>, Obj)> = Vec::new(); ");
            foreach (var a in argList)
            {
                if (a.StarToken.Kind == SyntaxKind.StarToken)
                {
                    sb.Append("emit::extend_star_args(&mut ").Append(av).Append(", &").Append(Expr(a.Expression)).Append(")?; ");
                }
                else if (a.StarToken.Kind == SyntaxKind.DoubleStarToken)
                {
                    sb.Append("emit::extend_star_kwargs(&mut ").Append(kv).Append(", &").Append(Expr(a.Expression)).Append(", ")
                      .Append(Str(CalleeName(c.Expression))).Append(")?; ");
                }
                else if (!a.Name.IsNone)
                {
                    sb.Append(kv).Append(".push((Rc::from(").Append(Str(a.Name.Text)).Append("), ").Append(Expr(a.Expression)).Append(")); ");
                }
                else
                {
                    sb.Append(av).Append(".push(").Append(Expr(a.Expression)).Append("); ");
                }
            }
            prelude = sb.ToString();
            argsExpr = "&" + av;
            kwExpr = "&" + kv;
        }
        var call = CallTarget(c, argsExpr, kwExpr, positional, keywords.Count, dynamicArgs);
        return prelude.Length == 0 ? call : "{ " + prelude + call + " }";
    }

    private static string CalleeName(ExpressionSyntax callee) => callee switch
    {
        IdentifierNameSyntax id => id.Identifier.Text,
        MemberAccessExpressionSyntax m => m.Name.Text,
        _ => "function",
    };

    /// <summary>
    /// <c>__import__("a.b")</c> with one string literal naming a module of the program or a mapped module: imports it
    /// as <c>import a.b</c> does and gives the top-level package, as CPython's <c>__import__</c> does without a fromlist.
    /// Null (the call stays rejected as dynamic code) for any other form.
    /// </summary>
    private string? StaticImport(CallExpressionSyntax c)
    {
        if (c.ArgumentList.Arguments.Count != 1 || c.ArgumentList.Arguments[0] is not { StarToken.IsNone: true, Name.IsNone: true, Expression: LiteralExpressionSyntax lit }
            || lit.Token.Kind != SyntaxKind.StringToken || StringLiteral.Decode(lit.Token.Text).Text?.ToString() is not { } dotted) return null;
        var top = dotted.Split('.')[0];
        if (_program.ProgramModules.Contains(dotted))
        {
            return "{ " + _program.ModulePath(dotted) + "::init()?; " + _program.ModulePath(top) + "::module_obj() }";
        }
        if (!dotted.Contains('.') && _program.MappedModule(dotted) is { } adapter && adapter.ModuleObject.Kind != Py2Wasm.Mapping.RustBindingKind.TypeOnly)
        {
            return ProgramContext.ModuleObject(adapter);
        }
        return null;
    }

    private string CallTarget(CallExpressionSyntax c, string args, string kw, List<string> positional, int nkw, bool dynamicArgs)
    {
        switch (c.Expression)
        {
            case IdentifierNameSyntax id when KindOf(id.Identifier.Text, out _) == SymbolKind.Global && !_slots.ContainsKey(id.Identifier.Text)
                                              && !_moduleAliases.ContainsKey(id.Identifier.Text):
                {
                    var name = id.Identifier.Text;
                    if (name == "vars" && positional.Count == 1 && nkw == 0 && !dynamicArgs) return "emit::vars(" + args + ", " + kw + ")?";
                    if (name == "__import__" && StaticImport(c) is { } imported) return imported;
                    if (name is "locals" or "vars" or "dir" && positional.Count == 0 && nkw == 0 && !dynamicArgs && LocalsSnapshot() is { } snapshot)
                    {
                        return name == "dir" ? "emit::sorted_keys(&" + snapshot + ")?" : snapshot;
                    }
                    if (name == "dir" && positional.Count == 1 && nkw == 0 && !dynamicArgs) return "emit::dir(&(" + args + ")[0])?";
                    if (name == "dir" && positional.Count == 0 && nkw == 0 && !dynamicArgs && _scope.Kind == ScopeKind.Module)
                    {
                        _usesModuleDir = true;
                        return "module_dir()";
                    }
                    if (!CheckBuiltinUse(name, id, bound: false))
                    {
                        if (KnownNames.DynamicCode.Contains(name) || KnownNames.OtherBuiltins.Contains(name) || name == "super") return "Obj::None";
                        return "ops::call(&emit::name_error(" + Str(name) + ")?, " + args + ", " + kw + ")?";
                    }
                    if (name == "print") return "builtins::print(" + args + ", " + kw + ")?";
                    if (name == "len" && positional.Count == 1 && nkw == 0 && !dynamicArgs)
                    {
                        var arg = c.ArgumentList.Arguments[0].Expression;
                        return "builtins::len(&" + (arg is IdentifierNameSyntax && CanBorrowLocal(((IdentifierNameSyntax)arg).Identifier.Text) ? Ref(arg) : positional[0]) + ")?";
                    }
                    if (name == "next") return "emit::next(" + args + ", " + kw + ")?";
                    if (name == "dict") return "emit::dict_call(" + args + ", " + kw + ")?";
                    if (name is "getattr" or "hasattr" or "setattr" or "delattr") return "emit::attr_builtin(" + Str(name) + ", " + args + ", " + kw + ")?";
                    if (name is "exit" or "quit") return "return Err(pyrt::emit::sys::exit((" + args + ").first().cloned()))";
                    if (s_callBuiltin.Contains(name)) return "builtins::call_builtin(" + Str(name) + ", " + args + ", " + kw + ")?";
                    return "ops::call(&" + BuiltinValue(name) + ", " + args + ", " + kw + ")?";
                }
            case MemberAccessExpressionSyntax m:
                {
                    if (TypeOnlyModuleMember(m) is { } typeOnly) return "ops::call(&" + typeOnly + ", " + args + ", " + kw + ")?";
                    var name = Private(m.Name.Text);
                    if (ModuleAlias(m.Expression, out var moduleName) is { } mod)
                    {
                        if (_program.ProgramModules.Contains(moduleName))
                        {
                            return "ops::call(&" + _program.ModulePath(moduleName) + "::getattr(" + Str(name) + ")?, " + args + ", " + kw + ")?";
                        }
                        if (MappedCall(m, moduleName, args, kw, positional, nkw, dynamicArgs) is { } mapped) return mapped;
                        return "emit::call_method(&" + mod + ", " + Str(name) + ", " + args + ", " + kw + ")?";
                    }
                    if (MappedClassMemberCall(m, args, kw, positional, nkw, dynamicArgs) is { } classCall) return classCall;
                    if (IsSuperCall(m.Expression, out var sup))
                    {
                        return "ops::call(&" + SuperGetattr(sup, name) + ", " + args + ", " + kw + ")?";
                    }
                    return "emit::call_method_ic(&" + Ref(m.Expression) + ", " + Str(name) + ", " + args + ", " + kw + ", pyrt::ic!())?";
                }
            case IdentifierNameSyntax id when nkw == 0 && !dynamicArgs && KindOf(id.Identifier.Text, out _) == SymbolKind.Global
                                              && _directDefs.TryGetValue(Private(id.Identifier.Text), out var direct) && direct.Positional == positional.Count:
                {
                    // The global is read (or found unchanged) before the arguments are evaluated, as CPython does.
                    var name = Private(id.Identifier.Text);
                    var callee = Tmp("c");
                    var temps = positional.Select(_ => Tmp("a")).ToList();
                    var sb = new StringBuilder();
                    sb.Append("{ let ").Append(callee).Append(" = if GLOBALS.is_def(").Append(Slot(name)).Append(") { None } else { Some(gget(")
                      .Append(Slot(name)).Append(", ").Append(Str(name)).Append(")?) }; ");
                    for (int i = 0; i < temps.Count; i++) sb.Append("let ").Append(temps[i]).Append(" = ").Append(positional[i]).Append("; ");
                    sb.Append("match ").Append(callee).Append(" { None => ").Append(direct.DirectName).Append("(")
                      .Append(string.Join(", ", temps.Select(t => "Some(" + t + ")"))).Append("), Some(f) => ops::call(&f, &[")
                      .Append(string.Join(", ", temps)).Append("], &[]) }? }");
                    return sb.ToString();
                }
            default:
                return "ops::call(&" + Expr(c.Expression) + ", " + args + ", " + kw + ")?";
        }
    }
}
