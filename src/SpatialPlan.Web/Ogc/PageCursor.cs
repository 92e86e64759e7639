using System.Buffers.Text;
using System.Text;

namespace SpatialPlan.Web.Ogc;

/// <summary>The <c>cursor</c> of a next link: the last feature id of the page, base64url so it stays opaque and
/// URL-safe. Clients pass it back as they got it; the store continues after that id (keyset paging).</summary>
public static class PageCursor
{
    public static string Encode(string lastId) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(lastId));

    /// <summary>The feature id, or null when the text is not a cursor this server made.</summary>
    public static string? Decode(string cursor)
    {
        try
        {
            return Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
