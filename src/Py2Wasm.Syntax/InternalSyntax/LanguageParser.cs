using Microsoft.CodeAnalysis.Text;

namespace Py2Wasm.Syntax.InternalSyntax;

internal sealed partial class LanguageParser
{
    public static GreenNode ParseCompilationUnit(SourceText text, PythonParseOptions options)
    {
        throw new NotImplementedException();
    }
}
