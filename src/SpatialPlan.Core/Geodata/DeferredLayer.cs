using SpatialPlan.Core.Catalogue;
using SpatialPlan.Core.Features;

namespace SpatialPlan.Core.Geodata;

/// <summary>
/// A collection read from its file on first use, not at start-up: an extra collection of 10⁵ parcels takes seconds
/// to read and check, and the database store needs it only when the file has changed since it was loaded
/// (a hash of the file tells). Reading it checks it by the same rules as the plan's files; a problem throws
/// <see cref="GeodataException"/> naming the file, every time it is asked for.
/// </summary>
public sealed class DeferredLayer
{
    private readonly Lazy<IReadOnlyList<PlanFeature>> _features;

    /// <summary>A layer whose <see cref="LayerDefinition.File"/> is absolute, checked against <paramref name="extent"/> when read; reads nothing yet.</summary>
    public DeferredLayer(LayerDefinition layer, PlanExtent extent)
    {
        Layer = layer;
        _features = new Lazy<IReadOnlyList<PlanFeature>>(() => Read(layer, extent), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The layer's catalogue entry (with the file's absolute path).</summary>
    public LayerDefinition Layer { get; }

    /// <summary>The file, absolute.</summary>
    public string Path => Layer.File;

    /// <summary>Whether the file has been read (successfully) yet.</summary>
    public bool IsRead => _features.IsValueCreated;

    /// <summary>The features, read and checked on the first call (once, however many callers ask together).</summary>
    public IReadOnlyList<PlanFeature> Features => _features.Value;

    private static IReadOnlyList<PlanFeature> Read(LayerDefinition layer, PlanExtent extent)
    {
        // An absolute File makes the loader read it where it is, not under the geodata folder.
        var (features, problems) = GeodataLoader.LoadLayer(System.IO.Path.GetDirectoryName(layer.File)!, extent, layer);
        return problems.Count > 0 ? throw new GeodataException(problems) : features;
    }
}
