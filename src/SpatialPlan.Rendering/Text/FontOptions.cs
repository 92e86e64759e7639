namespace SpatialPlan.Rendering.Text;

/// <summary>Where to find a font that draws Chinese (configuration section <c>Export:Fonts</c>).</summary>
public sealed class FontOptions
{
    /// <summary>Font files (.ttf, .otf, .ttc) to try first, in order.</summary>
    public IList<string> Paths { get; } = [];

    /// <summary>Also try the usual places of Debian's and other distributions' CJK fonts.</summary>
    public bool UseWellKnownPaths { get; set; } = true;

    /// <summary>Debian's fonts-noto-cjk first; then other CJK fonts distributions ship.</summary>
    public static IReadOnlyList<string> WellKnownPaths { get; } =
    [
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
        "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
        "/System/Library/Fonts/PingFang.ttc",
        @"C:\Windows\Fonts\msyh.ttc",
    ];
}
