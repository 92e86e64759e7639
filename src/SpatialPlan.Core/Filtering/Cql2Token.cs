namespace SpatialPlan.Core.Filtering;

/// <summary>The tokens of CQL2 text (keywords are identifiers, told apart by the parser).</summary>
public enum Cql2Token
{
    /// <summary>A property name or a keyword (AND, LIKE, S_INTERSECTS, …).</summary>
    Identifier,
    /// <summary>A double-quoted property name.</summary>
    QuotedIdentifier,
    /// <summary>A single-quoted text literal ('' stands for ').</summary>
    Text,
    /// <summary>A number literal.</summary>
    Number,
    /// <summary>A WKT geometry literal or a BBOX(…), kept whole for the WKT reader.</summary>
    Geometry,
    /// <summary>=, &lt;&gt;, &lt;, &lt;=, &gt;, &gt;=</summary>
    Comparison,
    /// <summary>(</summary>
    LeftParen,
    /// <summary>)</summary>
    RightParen,
    /// <summary>,</summary>
    Comma,
}
