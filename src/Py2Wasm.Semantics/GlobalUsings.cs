// Microsoft.CodeAnalysis has its own SyntaxNode/SyntaxToken; import only the diagnostic types from it.
global using Diagnostic = Microsoft.CodeAnalysis.Diagnostic;
global using DiagnosticDescriptor = Microsoft.CodeAnalysis.DiagnosticDescriptor;
global using DiagnosticSeverity = Microsoft.CodeAnalysis.DiagnosticSeverity;
global using Location = Microsoft.CodeAnalysis.Location;
global using Py2Wasm.Syntax.Literals;
