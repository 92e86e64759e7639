using System.Globalization;

namespace SpatialPlan.Core.Import;

/// <summary>
/// A parsed well-known-text CRS node: a keyword and its arguments (quoted text, numbers, bare words or nested
/// nodes). Reads WKT 1 (OGC and ESRI .prj) and WKT 2 alike, with '[' or '(' brackets. Hostile input is cut
/// short: at most 64 KB and 32 levels.
/// </summary>
public sealed record WktNode(string Keyword, IReadOnlyList<object> Arguments)
{
    private const int MaxLength = 64 * 1024;
    private const int MaxDepth = 32;

    /// <summary>The first argument as text, usually the name.</summary>
    public string? Name => Arguments.Count > 0 ? Arguments[0] as string : null;

    /// <summary>The number at this argument position, or null.</summary>
    public double? Number(int index) => index < Arguments.Count && Arguments[index] is double d ? d : null;

    /// <summary>Direct children with one of these keywords (case-insensitive).</summary>
    public IEnumerable<WktNode> Children(params string[] keywords) =>
        Arguments.OfType<WktNode>().Where(n => keywords.Contains(n.Keyword, StringComparer.OrdinalIgnoreCase));

    /// <summary>The first node with one of these keywords anywhere below (depth first), or null.</summary>
    public WktNode? Find(params string[] keywords)
    {
        foreach (var child in Arguments.OfType<WktNode>())
        {
            if (keywords.Contains(child.Keyword, StringComparer.OrdinalIgnoreCase))
            {
                return child;
            }

            if (child.Find(keywords) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>Parses WKT text; returns null with a reason when it is not well-formed.</summary>
    public static (WktNode? Node, string? Problem) Parse(string text)
    {
        if (text.Length > MaxLength)
        {
            return (null, $"longer than {MaxLength / 1024} KB");
        }

        var parser = new Parser(text);
        try
        {
            var node = parser.Node(0);
            parser.SkipSpace();
            return parser.AtEnd ? (node, null) : (null, $"unexpected text at character {parser.Position}");
        }
        catch (FormatException e)
        {
            return (null, e.Message);
        }
    }

    private sealed class Parser(string text)
    {
        public int Position { get; private set; }

        public bool AtEnd => Position >= text.Length;

        public WktNode Node(int depth)
        {
            if (depth > MaxDepth)
            {
                throw new FormatException($"nested deeper than {MaxDepth} levels");
            }

            var keyword = Word();
            SkipSpace();
            if (AtEnd || text[Position] is not ('[' or '('))
            {
                throw new FormatException($"'[' expected after {keyword} at character {Position}");
            }

            Position++;
            var arguments = new List<object>();
            while (true)
            {
                SkipSpace();
                arguments.Add(Argument(depth));
                SkipSpace();
                var c = AtEnd ? '\0' : text[Position++];
                if (c is ']' or ')')
                {
                    return new WktNode(keyword, arguments);
                }

                if (c != ',')
                {
                    throw new FormatException($"',' or ']' expected at character {Position}");
                }
            }
        }

        public void SkipSpace()
        {
            while (!AtEnd && char.IsWhiteSpace(text[Position]))
            {
                Position++;
            }
        }

        private object Argument(int depth)
        {
            if (AtEnd)
            {
                throw new FormatException("the text ends inside a bracket");
            }

            var c = text[Position];
            if (c == '"')
            {
                return Quoted();
            }

            if (c is '-' or '+' or '.' || char.IsAsciiDigit(c))
            {
                var start = Position;
                while (!AtEnd && (char.IsAsciiDigit(text[Position]) || text[Position] is '-' or '+' or '.' or 'e' or 'E'))
                {
                    Position++;
                }

                return double.TryParse(text.AsSpan(start, Position - start), NumberStyles.Float, CultureInfo.InvariantCulture, out var n)
                    ? n
                    : throw new FormatException($"bad number at character {start}");
            }

            var save = Position;
            Word();
            SkipSpace();
            var opens = !AtEnd && text[Position] is '[' or '(';
            Position = save;
            return opens ? Node(depth + 1) : Word(); // a bare word such as EAST in AXIS["x",EAST]
        }

        private string Quoted()
        {
            var builder = new System.Text.StringBuilder();
            Position++;
            while (!AtEnd)
            {
                var c = text[Position++];
                if (c != '"')
                {
                    builder.Append(c);
                }
                else if (!AtEnd && text[Position] == '"')
                {
                    builder.Append('"'); // "" inside quotes
                    Position++;
                }
                else
                {
                    return builder.ToString();
                }
            }

            throw new FormatException("a quoted name is not closed");
        }

        private string Word()
        {
            var start = Position;
            while (!AtEnd && (char.IsAsciiLetterOrDigit(text[Position]) || text[Position] == '_'))
            {
                Position++;
            }

            return Position > start ? text[start..Position] : throw new FormatException($"a keyword expected at character {start}");
        }
    }
}
