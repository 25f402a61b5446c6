namespace Py2Wasm.Syntax;

/// <summary>Hand-written facts about kinds.</summary>
public static partial class SyntaxFacts
{
    /// <summary>The binary expression kind for an operator token, or None.</summary>
    public static SyntaxKind GetBinaryExpressionKind(SyntaxKind token) => token switch
    {
        SyntaxKind.PlusToken => SyntaxKind.AddExpression,
        SyntaxKind.MinusToken => SyntaxKind.SubtractExpression,
        SyntaxKind.StarToken => SyntaxKind.MultiplyExpression,
        SyntaxKind.AtToken => SyntaxKind.MatrixMultiplyExpression,
        SyntaxKind.SlashToken => SyntaxKind.DivideExpression,
        SyntaxKind.DoubleSlashToken => SyntaxKind.FloorDivideExpression,
        SyntaxKind.PercentToken => SyntaxKind.ModuloExpression,
        SyntaxKind.DoubleStarToken => SyntaxKind.PowerExpression,
        SyntaxKind.LessThanLessThanToken => SyntaxKind.LeftShiftExpression,
        SyntaxKind.GreaterThanGreaterThanToken => SyntaxKind.RightShiftExpression,
        SyntaxKind.AmpersandToken => SyntaxKind.BitwiseAndExpression,
        SyntaxKind.BarToken => SyntaxKind.BitwiseOrExpression,
        SyntaxKind.CaretToken => SyntaxKind.BitwiseXorExpression,
        SyntaxKind.AndKeyword => SyntaxKind.LogicalAndExpression,
        SyntaxKind.OrKeyword => SyntaxKind.LogicalOrExpression,
        _ => SyntaxKind.None,
    };

    /// <summary>The binary expression kind an augmented assignment operator (<c>+=</c>, <c>//=</c>, ...) applies, or None.</summary>
    public static SyntaxKind GetAugmentedAssignmentExpressionKind(SyntaxKind token) => token switch
    {
        SyntaxKind.PlusEqualsToken => SyntaxKind.AddExpression,
        SyntaxKind.MinusEqualsToken => SyntaxKind.SubtractExpression,
        SyntaxKind.StarEqualsToken => SyntaxKind.MultiplyExpression,
        SyntaxKind.AtEqualsToken => SyntaxKind.MatrixMultiplyExpression,
        SyntaxKind.SlashEqualsToken => SyntaxKind.DivideExpression,
        SyntaxKind.DoubleSlashEqualsToken => SyntaxKind.FloorDivideExpression,
        SyntaxKind.PercentEqualsToken => SyntaxKind.ModuloExpression,
        SyntaxKind.DoubleStarEqualsToken => SyntaxKind.PowerExpression,
        SyntaxKind.LessThanLessThanEqualsToken => SyntaxKind.LeftShiftExpression,
        SyntaxKind.GreaterThanGreaterThanEqualsToken => SyntaxKind.RightShiftExpression,
        SyntaxKind.AmpersandEqualsToken => SyntaxKind.BitwiseAndExpression,
        SyntaxKind.BarEqualsToken => SyntaxKind.BitwiseOrExpression,
        SyntaxKind.CaretEqualsToken => SyntaxKind.BitwiseXorExpression,
        _ => SyntaxKind.None,
    };

    /// <summary>True for the augmented assignment operators (+=, -=, ...).</summary>
    public static bool IsAugmentedAssignmentOperator(SyntaxKind kind) => kind is
        SyntaxKind.PlusEqualsToken or SyntaxKind.MinusEqualsToken or SyntaxKind.StarEqualsToken or SyntaxKind.SlashEqualsToken or
        SyntaxKind.DoubleSlashEqualsToken or SyntaxKind.PercentEqualsToken or SyntaxKind.AtEqualsToken or SyntaxKind.AmpersandEqualsToken or
        SyntaxKind.BarEqualsToken or SyntaxKind.CaretEqualsToken or SyntaxKind.GreaterThanGreaterThanEqualsToken or
        SyntaxKind.LessThanLessThanEqualsToken or SyntaxKind.DoubleStarEqualsToken;

    /// <summary>True for comparison operator tokens (the first token of 'not in' and 'is not' included).</summary>
    public static bool IsComparisonOperator(SyntaxKind kind) => kind is
        SyntaxKind.LessThanToken or SyntaxKind.GreaterThanToken or SyntaxKind.LessThanEqualsToken or SyntaxKind.GreaterThanEqualsToken or
        SyntaxKind.EqualsEqualsToken or SyntaxKind.ExclamationEqualsToken or SyntaxKind.InKeyword or SyntaxKind.NotKeyword or SyntaxKind.IsKeyword;
}
