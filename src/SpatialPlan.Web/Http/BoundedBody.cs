using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace SpatialPlan.Web.Http;

/// <summary>
/// Reads a request body of at most a given size. The declared length is checked first, Kestrel is told the
/// limit (so it stops a chunked upload early), and the count is kept while reading for servers that enforce
/// nothing (the test server).
/// </summary>
public static class BoundedBody
{
    /// <summary>True when the Content-Type is JSON: application/json, application/geo+json or any +json type.</summary>
    public static bool IsJson(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var type) &&
        (type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) ||
         type.MediaType.Equals("application/geo+json", StringComparison.OrdinalIgnoreCase) ||
         type.MediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase));

    /// <summary>Tells the server the largest body this request may have, before anything reads it.</summary>
    public static void Limit(HttpRequest request, long limit)
    {
        var feature = request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (feature is { IsReadOnly: false })
        {
            feature.MaxRequestBodySize = limit;
        }
    }

    /// <summary>True when the declared Content-Length already exceeds the limit.</summary>
    public static bool DeclaredTooLarge(HttpRequest request, long limit) => request.ContentLength > limit;

    /// <summary>The whole body, or null when it is larger than <paramref name="limit"/> bytes.</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        if (DeclaredTooLarge(request, limit))
        {
            return null;
        }

        Limit(request, limit);
        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null; // Kestrel stopped the body at the limit
        }

        return buffer.ToArray();
    }
}
