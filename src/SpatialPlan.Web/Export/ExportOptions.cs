using SpatialPlan.Rendering.Spec;

namespace SpatialPlan.Web.Export;

/// <summary>Map export settings (configuration section <c>ExportOptions</c>).</summary>
public sealed class ExportOptions
{
    /// <summary>The configuration section it is bound from.</summary>
    public const string Section = nameof(ExportOptions);

    /// <summary>Renders at once; more wait in the queue. 0 means twice the processor count.</summary>
    public int MaxConcurrentRenders { get; set; }

    /// <summary>Renders that may wait for a slot; beyond them a request gets 503 at once. 0: no queue.</summary>
    public int MaxQueuedRenders { get; set; } = 4;

    /// <summary>How long a queued render waits for a slot before it gets 503.</summary>
    public double QueueWaitSeconds { get; set; } = 10;

    /// <summary>A render still running after this is cancelled (cooperatively) and answered 503.</summary>
    public double RenderTimeoutSeconds { get; set; } = 30;

    /// <summary>The Retry-After a client gets when every render slot is taken.</summary>
    public int RetryAfterSeconds { get; set; } = 5;

    public long MaxPixels { get; set; } = new RenderLimits().MaxPixels;

    /// <summary>Font files that draw Chinese, tried before the well-known paths (fonts-noto-cjk on Debian).</summary>
    public IList<string> FontPaths { get; } = [];

    public bool UseWellKnownFontPaths { get; set; } = true;

    public int ConcurrentRenders => MaxConcurrentRenders > 0 ? MaxConcurrentRenders : 2 * Environment.ProcessorCount;

    public RenderLimits Limits => new() { MaxPixels = MaxPixels };
}
