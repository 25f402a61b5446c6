using System.Globalization;
using System.Text;
using Py2Wasm.Syntax;

namespace Py2Wasm.Emit.Rust;

internal sealed partial class ModuleEmitter
{
    /// <summary>
    /// <c>match</c>: the subject is evaluated once; each case is a Rust condition that tests the pattern and binds
    /// its names as it goes (as CPython does), then the guard; the first case that holds runs and leaves the block.
    /// </summary>
    private void EmitMatch(MatchStatementSyntax s)
    {
        var n = (++_uid).ToString(CultureInfo.InvariantCulture);
        var subject = "subj" + n;
        _w.Line("let " + subject + " = " + Expr(s.Subject) + ";");
        _w.Open("'m" + n + ": loop");
        foreach (var c in s.Cases)
        {
            MarkLine(c);
            var cond = Pattern(c.Pattern, subject);
            if (c.Guard is not null) cond = "(" + cond + " && " + Cond(c.Guard.Condition) + ")";
            _w.Open("if " + cond);
            EmitBlock(c.Body);
            _w.Line("break 'm" + n + ";");
            _w.Close();
        }
        _w.Line("break 'm" + n + ";");
        _w.Close();
    }

    private string Bind(string name, string value) => "({ " + StoreName(name, value + ".clone()") + " true })";

    /// <summary>A Rust bool expression: does <paramref name="subject"/> (a place of type Obj) match, binding names as it goes.</summary>
    private string Pattern(PatternSyntax p, string subject)
    {
        switch (p)
        {
            case CapturePatternSyntax c:
                return c.Name.Text == "_" ? "true" : Bind(c.Name.Text, subject);
            case ValuePatternSyntax v:
                return "ops::eq(&" + subject + ", &" + Expr(v.Value) + ")?";
            case SingletonPatternSyntax s:
                return s.Token.Kind switch
                {
                    SyntaxKind.NoneKeyword => subject + ".is(&Obj::None)",
                    SyntaxKind.TrueKeyword => "matches!(" + subject + ", Obj::Bool(true))",
                    _ => "matches!(" + subject + ", Obj::Bool(false))",
                };
            case AsPatternSyntax a:
                return "(" + Pattern(a.Pattern, subject) + " && " + Bind(a.Name.Text, subject) + ")";
            case OrPatternSyntax o:
                return "(" + string.Join(" || ", o.Patterns.Select(x => Pattern(x, subject))) + ")";
            case GroupPatternSyntax g:
                return Pattern(g.Pattern, subject);
            case SequencePatternSyntax seq:
                {
                    var items = Tmp("items");
                    var list = seq.Patterns.ToList();
                    int star = list.FindIndex(x => x is StarPatternSyntax);
                    int before = star < 0 ? list.Count : star;
                    int after = star < 0 ? 0 : list.Count - star - 1;
                    var conds = new List<string>();
                    for (int i = 0; i < list.Count; i++)
                    {
                        var item = items + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
                        if (list[i] is StarPatternSyntax sp)
                        {
                            if (sp.Name.Text != "_") conds.Add(Bind(sp.Name.Text, item));
                        }
                        else
                        {
                            conds.Add(Pattern(list[i], item));
                        }
                    }
                    return "(match emit::match_sequence(&" + subject + ", " + before.ToString(CultureInfo.InvariantCulture) + ", " +
                        after.ToString(CultureInfo.InvariantCulture) + ", " + (star >= 0 ? "true" : "false") + ")? { Some(" + items + ") => " +
                        (conds.Count == 0 ? "true" : "(" + string.Join(" && ", conds) + ")") + ", None => false })";
                }
            case MappingPatternSyntax map:
                {
                    var values = Tmp("vals");
                    var keys = new List<string>();
                    var conds = new List<string>();
                    string? rest = null;
                    foreach (var el in map.Elements)
                    {
                        if (el is KeyPatternSyntax kp)
                        {
                            var item = values + "[" + keys.Count.ToString(CultureInfo.InvariantCulture) + "]";
                            keys.Add(Expr(kp.Key));
                            conds.Add(Pattern(kp.Pattern, item));
                        }
                        else if (el is DoubleStarPatternSyntax ds)
                        {
                            rest = ds.Name.Text;
                        }
                    }
                    if (rest is not null) conds.Add(Bind(rest, values + "[" + keys.Count.ToString(CultureInfo.InvariantCulture) + "]"));
                    return "(match emit::match_mapping(&" + subject + ", &[" + string.Join(", ", keys) + "], " + (rest is not null ? "true" : "false") +
                        ")? { Some(" + values + ") => " + (conds.Count == 0 ? "true" : "(" + string.Join(" && ", conds) + ")") + ", None => false })";
                }
            case ClassPatternSyntax cp:
                {
                    var values = Tmp("vals");
                    var positional = new List<PatternSyntax>();
                    var keywords = new List<KeywordPatternSyntax>();
                    foreach (var a in cp.Arguments)
                    {
                        if (a is KeywordPatternSyntax k) keywords.Add(k);
                        else if (a is PatternSyntax ps) positional.Add(ps);
                    }
                    var conds = new List<string>();
                    int i = 0;
                    foreach (var ps in positional) conds.Add(Pattern(ps, values + "[" + (i++).ToString(CultureInfo.InvariantCulture) + "]"));
                    foreach (var k in keywords) conds.Add(Pattern(k.Pattern, values + "[" + (i++).ToString(CultureInfo.InvariantCulture) + "]"));
                    return "(match emit::match_class(&" + subject + ", &" + Expr(cp.Class) + ", " + positional.Count.ToString(CultureInfo.InvariantCulture) +
                        ", &[" + string.Join(", ", keywords.Select(k => Str(k.Name.Text))) + "])? { Some(" + values + ") => " +
                        (conds.Count == 0 ? "true" : "(" + string.Join(" && ", conds) + ")") + ", None => false })";
                }
            default:
                Error(EmitErrorCode.UnsupportedStatement, p, "this pattern");
                return "false";
        }
    }
}
