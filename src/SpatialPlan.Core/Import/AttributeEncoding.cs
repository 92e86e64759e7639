using System.Text;

namespace SpatialPlan.Core.Import;

/// <summary>
/// The text encoding of a shapefile's attribute table (.dbf), and why it was chosen: the planner's choice, else the
/// <c>.cpg</c> beside it, else a look at the bytes. Files from Chinese CAD and GIS tools are usually GBK and come
/// without a <c>.cpg</c>; a strict UTF-8 decode tells them apart (Chinese text in GBK is almost never valid UTF-8),
/// and GB18030, a superset of GBK, reads them.
/// </summary>
/// <param name="Name">The canonical name: <c>UTF-8</c>, <c>GBK</c> or <c>GB18030</c>.</param>
/// <param name="From">Why: <c>requested</c>, <c>.cpg</c> or <c>detected</c>.</param>
/// <param name="Reason">The reason in words, for the report.</param>
public sealed record AttributeEncoding(string Name, string From, string Reason)
{
    /// <summary>The names <see cref="Parse"/> takes, as the API lists them.</summary>
    public const string Supported = "UTF-8, GBK, GB18030";

    static AttributeEncoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance); // GBK, GB18030

    /// <summary>The canonical name an encoding name means (UTF-8, UTF8, 65001; GBK, CP936, 936, GB2312; GB18030,
    /// 54936; any case, a BOM or spaces around it ignored), or null for one not supported.</summary>
    public static string? Parse(string? name) => name?.Trim().TrimStart('\uFEFF').Trim().ToUpperInvariant() switch
    {
        "UTF-8" or "UTF8" or "65001" => "UTF-8",
        "GBK" or "CP936" or "936" or "GB2312" or "ANSI 936" => "GBK",
        "GB18030" or "54936" => "GB18030",
        _ => null,
    };

    /// <summary>The .NET encoding of <see cref="Name"/>.</summary>
    public Encoding Encoding => Name switch
    {
        "GBK" => Encoding.GetEncoding(936),
        "GB18030" => Encoding.GetEncoding(54936),
        _ => new UTF8Encoding(false),
    };

    /// <summary>
    /// Chooses the encoding of a .dbf: <paramref name="requested"/> (a canonical name) wins, then a <c>.cpg</c> naming
    /// one this knows, then the bytes: valid UTF-8 is UTF-8, anything else that decodes as GB18030 is GB18030. Null when
    /// none fits (not UTF-8, not GB18030): the planner must say.
    /// </summary>
    /// <param name="dbf">The attribute table's bytes.</param>
    /// <param name="cpg">The .cpg's bytes, or null without one.</param>
    /// <param name="requested">The canonical name the planner asked for, or null.</param>
    public static AttributeEncoding? Choose(byte[] dbf, byte[]? cpg, string? requested)
    {
        if (requested is not null)
        {
            return new AttributeEncoding(requested, "requested", $"{requested} as requested");
        }

        var cpgText = cpg is null ? null : Encoding.ASCII.GetString(cpg).Trim();
        if (Parse(cpg is null ? null : Encoding.UTF8.GetString(cpg)) is { } named)
        {
            return new AttributeEncoding(named, ".cpg", $"the .cpg says {cpgText}");
        }

        var text = Records(dbf);
        var prefix = cpg is null ? "no .cpg" : $"the .cpg's '{Text.EchoedText.Shorten(cpgText ?? "", 20)}' is not known";
        if (Decodes(text, new UTF8Encoding(false, throwOnInvalidBytes: true)))
        {
            return new AttributeEncoding("UTF-8", "detected", text.Any(b => b >= 0x80)
                ? $"{prefix}; the text is valid UTF-8"
                : $"{prefix}; the text is plain ASCII");
        }

        var gb18030 = Encoding.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        return Decodes(text, gb18030)
            ? new AttributeEncoding("GB18030", "detected", $"{prefix}; the text is not valid UTF-8 and reads as GB18030 (which includes GBK)")
            : null;
    }

    /// <summary>The .dbf's records, without its header (whose field names are ASCII and whose bytes are binary).</summary>
    private static byte[] Records(byte[] dbf)
    {
        var headerLength = dbf.Length >= 10 ? dbf[8] | (dbf[9] << 8) : dbf.Length;
        return headerLength < dbf.Length ? dbf[headerLength..] : [];
    }

    private static bool Decodes(byte[] bytes, Encoding strict)
    {
        try
        {
            strict.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
