namespace SpatialPlan.Core.Text;

/// <summary>Client text quoted back in an error message, cut short so a hostile value cannot flood a response or log.</summary>
public static class EchoedText
{
    /// <summary>
    /// <paramref name="text"/> itself when it has at most <paramref name="maxLength"/> UTF-16 code units, else its
    /// first <paramref name="maxLength"/> followed by "…" (a surrogate pair at the cut may be split).
    /// </summary>
    public static string Shorten(string text, int maxLength) =>
        text.Length <= maxLength ? text : text[..maxLength] + "…";
}
