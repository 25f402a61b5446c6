global using Diagnostic = Microsoft.CodeAnalysis.Diagnostic;
global using DiagnosticDescriptor = Microsoft.CodeAnalysis.DiagnosticDescriptor;
global using DiagnosticSeverity = Microsoft.CodeAnalysis.DiagnosticSeverity;
global using Location = Microsoft.CodeAnalysis.Location;
