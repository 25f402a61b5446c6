using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace Py2Wasm.Syntax.Generators;

/// <summary>The parsed contents of Syntax.xml.</summary>
internal sealed class SyntaxModel
{
    public List<TokenDef> Tokens { get; } = new();
    public List<TokenDef> Trivia { get; } = new();
    public List<NodeDef> Nodes { get; } = new();

    public static SyntaxModel Parse(string xml)
    {
        var model = new SyntaxModel();
        var root = XDocument.Parse(xml).Root!;
        foreach (var t in root.Element("Tokens")!.Elements())
        {
            model.Tokens.Add(new TokenDef(t.Name.LocalName, (string)t.Attribute("Name")!, (string?)t.Attribute("Text"), (string?)t.Attribute("Doc")));
        }
        foreach (var t in root.Element("Trivia")!.Elements("Kind"))
        {
            model.Trivia.Add(new TokenDef("Trivia", (string)t.Attribute("Name")!, null, (string?)t.Attribute("Doc")));
        }
        foreach (var n in root.Elements().Where(e => e.Name.LocalName is "Node" or "AbstractNode"))
        {
            var node = new NodeDef(
                (string)n.Attribute("Name")!,
                (string)n.Attribute("Base")!,
                n.Name.LocalName == "AbstractNode",
                (string?)n.Attribute("Doc"))
            {
                Cacheable = (bool?)n.Attribute("Cache") ?? true,
            };
            foreach (var k in n.Elements("Kind"))
            {
                node.Kinds.Add((string)k.Attribute("Name")!);
            }
            if (!node.IsAbstract && node.Kinds.Count == 0)
            {
                node.Kinds.Add(node.Name.EndsWith("Syntax") ? node.Name.Substring(0, node.Name.Length - "Syntax".Length) : node.Name);
            }
            foreach (var f in n.Elements("Field"))
            {
                node.Fields.Add(new FieldDef(
                    (string)f.Attribute("Name")!,
                    (string)f.Attribute("Type")!,
                    (bool?)f.Attribute("Optional") ?? false,
                    (string?)f.Attribute("Doc")));
            }
            model.Nodes.Add(node);
        }
        return model;
    }
}

internal sealed class TokenDef
{
    public TokenDef(string category, string name, string? text, string? doc)
    {
        Category = category;
        Name = name;
        Text = text;
        Doc = doc;
    }

    /// <summary>Token, Keyword, SoftKeyword or Trivia.</summary>
    public string Category { get; }
    public string Name { get; }
    public string? Text { get; }
    public string? Doc { get; }
}

internal sealed class NodeDef
{
    public NodeDef(string name, string baseName, bool isAbstract, string? doc)
    {
        Name = name;
        Base = baseName;
        IsAbstract = isAbstract;
        Doc = doc;
    }

    public string Name { get; }
    public string Base { get; }
    public bool IsAbstract { get; }
    public string? Doc { get; }
    public List<string> Kinds { get; } = new();
    public List<FieldDef> Fields { get; } = new();

    /// <summary>False when the parser may attach diagnostics to a fresh node of this class (so it must not be shared).</summary>
    public bool Cacheable { get; set; } = true;

    /// <summary>Small nodes are shared through the green node cache.</summary>
    public bool UsesCache => Cacheable && !IsAbstract && Fields.Count > 0 && Fields.Count <= 4;

    /// <summary>Name without the "Syntax" suffix, used for visitor and factory method names.</summary>
    public string ShortName => Name.EndsWith("Syntax") ? Name.Substring(0, Name.Length - 6) : Name;
}

internal sealed class FieldDef
{
    public FieldDef(string name, string type, bool optional, string? doc)
    {
        Name = name;
        Type = type;
        Optional = optional;
        Doc = doc;
    }

    public string Name { get; }
    public string Type { get; }
    public bool Optional { get; }
    public string? Doc { get; }

    public bool IsToken => Type == "SyntaxToken";
    public bool IsTokenList => Type == "SyntaxTokenList";
    public bool IsList => Type.StartsWith("SyntaxList<");
    public bool IsSeparatedList => Type.StartsWith("SeparatedSyntaxList<");
    public bool IsAnyList => IsList || IsSeparatedList || IsTokenList;
    public bool IsNode => !IsToken && !IsAnyList;

    /// <summary>Optional fields and lists (an empty list is stored as null) can be absent from a green node.</summary>
    public bool MayBeAbsent => Optional || IsAnyList;

    public string ElementType => IsAnyList && !IsTokenList ? Type.Substring(Type.IndexOf('<') + 1, Type.Length - Type.IndexOf('<') - 2) : Type;

    public string CamelName => char.ToLowerInvariant(Name[0]) + Name.Substring(1);

    public string ParamName => CamelName switch
    {
        "default" or "class" or "operator" or "base" or "in" or "is" or "as" or "if" or "else" or "string" or "object" => "@" + CamelName,
        var n => n,
    };
}
