using SpatialPlan.Core.Catalogue;
using SpatialPlan.Core.Features;
using SpatialPlan.Rendering.Output;
using SpatialPlan.Rendering.Spec;
using SpatialPlan.Rendering.Text;

namespace SpatialPlan.Rendering.Export;

/// <summary>
/// Exports a map: builds the scene from the catalogue and the store (either store: it only queries by box),
/// checks that the font can draw every text (never tofu boxes), and writes the file in the spec's format.
/// The spec must have passed <see cref="MapSpecValidator"/>.
/// </summary>
public sealed class MapExporter(LayerCatalogue catalogue, IFeatureReader store, FontSet fonts, TimeProvider time)
{
    /// <summary>Most features of one layer held at once; a layer with more in the frame is drawn page by page.</summary>
    public int FeaturePageSize { get; init; } = Drawing.FramePages.DefaultPageSize;

    public async Task<ExportOutcome> ExportAsync(MapSpec spec, CancellationToken cancellationToken)
    {
        var scene = await BuildSceneAsync(spec, cancellationToken);
        if (CheckGlyphs(scene) is { } failure)
        {
            return failure;
        }

        var baseName = FileNames.For(scene.Title ?? MapTitleFallback(spec), scene.Date);
        return spec.Format switch
        {
            ExportFormat.Pdf => new ExportedFile(await VectorWriter.PdfAsync(scene, fonts, cancellationToken), "application/pdf", baseName + ".pdf"),
            ExportFormat.Svg => new ExportedFile(await VectorWriter.SvgAsync(scene, fonts, cancellationToken), "image/svg+xml", baseName + ".svg"),
            ExportFormat.PngGeoref => new ExportedFile(
                GeorefPackage.Zip(baseName, await RasterWriter.PngAsync(scene, fonts, cancellationToken), WorldFile.For(scene),
                    scene.Frame.Projection.EsriWkt, GdalPamFile.For(scene.Frame.Projection)),
                "application/zip", baseName + ".zip"),
            ExportFormat.GeoTiff => new ExportedFile(await GeoTiffWriter.TiffAsync(scene, fonts, cancellationToken), GeoTiffWriter.MediaType, baseName + ".tif"),
            _ => new ExportedFile(await RasterWriter.PngAsync(scene, fonts, cancellationToken), "image/png", baseName + ".png"),
        };
    }

    /// <summary>The scene without drawing it: what the tests inspect (legend, scale bar, labels, frame).</summary>
    public Task<MapScene> BuildSceneAsync(MapSpec spec, CancellationToken cancellationToken) =>
        SceneBuilder.BuildAsync(spec, catalogue, store, fonts, DateOnly.FromDateTime(time.GetLocalNow().DateTime), FeaturePageSize, cancellationToken);

    private ExportFailure? CheckGlyphs(MapScene scene)
    {
        foreach (var (field, text) in scene.Texts())
        {
            if (fonts.FirstMissing(text) is not { } missing)
            {
                continue;
            }

            var code = $"U+{char.ConvertToUtf32(missing, 0):X4}";
            return field.Length > 0
                ? new ExportFailure(ExportFailureKind.ClientTextNotDrawable, field,
                    $"the font ({fonts.Source}) has no glyph for '{missing}' ({code}); remove that character")
                : new ExportFailure(ExportFailureKind.FontUnavailable, "",
                    $"no installed font can draw '{missing}' ({code}) in the map's own text; the font in use is {fonts.Source}. " +
                    "Install a CJK font (Debian: fonts-noto-cjk) or set ExportOptions:FontPaths");
        }

        return null;
    }

    private static string MapTitleFallback(MapSpec spec) => spec.Title ?? Furniture.MapNote.DefaultTitle(spec.Language);
}
