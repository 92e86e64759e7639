using SpatialPlan.Rendering.Spec;

namespace SpatialPlan.Web.Export;

/// <summary>Map export settings (configuration section <c>ExportOptions</c>).</summary>
public sealed class ExportOptions
{
    /// <summary>Renders at once; more wait for none and get 503. 0 means twice the processor count.</summary>
    public int MaxConcurrentRenders { get; set; }

    /// <summary>A render still running after this is abandoned with 503.</summary>
    public double RenderTimeoutSeconds { get; set; } = 60;

    /// <summary>The Retry-After a client gets when every render slot is taken.</summary>
    public int RetryAfterSeconds { get; set; } = 5;

    public long MaxPixels { get; set; } = new RenderLimits().MaxPixels;

    /// <summary>Font files that draw Chinese, tried before the well-known paths (fonts-noto-cjk on Debian).</summary>
    public IList<string> FontPaths { get; } = [];

    public bool UseWellKnownFontPaths { get; set; } = true;

    public int ConcurrentRenders => MaxConcurrentRenders > 0 ? MaxConcurrentRenders : 2 * Environment.ProcessorCount;

    public RenderLimits Limits => new() { MaxPixels = MaxPixels };
}
