namespace SpatialPlan.Web.Http;

/// <summary>Which web origins may read the API from their own pages (CORS), for GET and HEAD only, never with credentials.</summary>
public sealed class CrossOriginOptions
{
    /// <summary>The configuration section it is bound from.</summary>
    public const string Section = "Cors";

    /// <summary>Origins such as <c>https://gis.example.cn</c>, separated by commas or spaces, or <c>*</c> for any (the
    /// default: reading is public). Empty: no cross-origin reads. One string, not a list, because a bound list would be
    /// added to the default instead of replacing it.</summary>
    public string AllowedOrigins { get; set; } = "*";

    /// <summary>The origins one by one.</summary>
    public string[] Origins() => AllowedOrigins.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
