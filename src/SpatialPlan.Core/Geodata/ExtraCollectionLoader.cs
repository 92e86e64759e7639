using System.Text.RegularExpressions;
using SpatialPlan.Core.Catalogue;

namespace SpatialPlan.Core.Geodata;

/// <summary>
/// Adds configured extra collections (e.g. a cadastre) to the loaded plan data, checked by the same rules as the
/// plan's own files, so both stores serve them like any collection. A bad id or a missing file stops start-up here
/// with a <see cref="GeodataException"/> naming the file; the features are read when a store first needs them
/// (<see cref="DeferredLayer"/>), and a problem in them stops start-up there.
/// </summary>
public static partial class ExtraCollectionLoader
{
    /// <summary>Below plan-zones (30) and above the basemap outlines (20), so the plan stays readable on top.</summary>
    public const int DrawOrder = 25;

    /// <summary>Neutral, thin and almost transparent: context, not content.</summary>
    private static readonly PathStyle NeutralStyle = new()
    {
        Color = "#757575", Weight = 0.5, Opacity = 0.8, FillColor = "#bdbdbd", FillOpacity = 0.15,
    };

    /// <summary>The plan data with one deferred basemap layer per source, after the plan's own layers; <paramref name="geodata"/>
    /// itself when there are none. No feature is read here.</summary>
    /// <exception cref="GeodataException">An id is malformed or already used, or a file is missing.</exception>
    public static PlanGeodata Add(PlanGeodata geodata, IReadOnlyList<ExtraCollectionSource> sources)
    {
        if (sources.Count == 0)
        {
            return geodata;
        }

        var layers = geodata.Catalogue.Layers.ToList();
        var deferred = new Dictionary<string, DeferredLayer>(geodata.Deferred, StringComparer.Ordinal);
        var problems = new List<GeodataProblem>();
        foreach (var source in sources)
        {
            var idProblem = CheckId(source, layers);
            if (idProblem is not null)
            {
                problems.Add(new GeodataProblem(source.Path, null, idProblem));
                continue;
            }

            var layer = Define(source);
            if (!File.Exists(source.Path))
            {
                problems.Add(new GeodataProblem(source.Path, null, $"not found (extra collection '{source.Id}')"));
                continue;
            }

            layers.Add(layer);
            deferred[layer.Id] = new DeferredLayer(layer, geodata.Catalogue.Extent);
        }

        if (problems.Count > 0)
        {
            throw new GeodataException(problems);
        }

        return geodata with { Catalogue = geodata.Catalogue with { Layers = layers }, Deferred = deferred };
    }

    private static string? CheckId(ExtraCollectionSource source, List<LayerDefinition> layers)
    {
        if (string.IsNullOrWhiteSpace(source.Id) || !SafeId().IsMatch(source.Id))
        {
            return $"extra collection id '{source.Id}' must be letters, digits, '-' or '_'";
        }

        if (string.IsNullOrWhiteSpace(source.Path))
        {
            return $"extra collection '{source.Id}' has no Path";
        }

        return layers.Any(l => l.Id == source.Id)
            ? $"extra collection id '{source.Id}' is already a collection of the catalogue; choose another id"
            : null;
    }

    private static LayerDefinition Define(ExtraCollectionSource source)
    {
        var title = string.IsNullOrWhiteSpace(source.Title) ? source.Id : source.Title;
        return new LayerDefinition
        {
            Id = source.Id,
            File = Path.GetFullPath(source.Path),
            Title = new LocalizedText(title, title),
            Description = new LocalizedText("附加图层 (配置)", "Extra collection (configuration)"),
            Group = LayerGroup.Basemap,
            GeometryType = "Geometry",
            DrawOrder = DrawOrder,
            Writable = false,
            Style = NeutralStyle,
            Legend = new LocalizedText(title, title),
            Source = Path.GetFileName(source.Path),
            Licence = "see source",
        };
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex SafeId();
}
