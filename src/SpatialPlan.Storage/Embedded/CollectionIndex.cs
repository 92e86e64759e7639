using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;
using SpatialPlan.Core.Crs;
using SpatialPlan.Core.Features;

namespace SpatialPlan.Storage.Embedded;

/// <summary>
/// One collection in memory: features in a stable order (by id, ordinal) and an STRtree over their
/// envelopes. Immutable: a write builds a new index and swaps it in, so readers never see half a change.
/// </summary>
internal sealed class CollectionIndex
{
    private readonly STRtree<int> _tree = new();
    private readonly Dictionary<string, int> _positionById;

    public CollectionIndex(IEnumerable<PlanFeature> features)
    {
        Features = features.OrderBy(f => f.Id, StringComparer.Ordinal).ToArray();
        _positionById = new Dictionary<string, int>(Features.Count, StringComparer.Ordinal);
        for (var i = 0; i < Features.Count; i++)
        {
            _positionById.Add(Features[i].Id, i);
            _tree.Insert(Features[i].Geometry.EnvelopeInternal, i);
        }

        _tree.Build();
        if (Features.Count > 0)
        {
            Extent = new Envelope();
            foreach (var feature in Features)
            {
                Extent.ExpandToInclude(feature.Geometry.EnvelopeInternal);
            }
        }
    }

    /// <summary>The envelope of all features, or null when there are none.</summary>
    public Envelope? Extent { get; }

    public IReadOnlyList<PlanFeature> Features { get; }

    public PlanFeature? Get(string id) => _positionById.TryGetValue(id, out var i) ? Features[i] : null;

    public FeaturePage Query(FeatureQuery query)
    {
        var page = Select(query);
        return query.Crs == ServedCrs.Crs84 ? page : page with { Features = page.Features.Select(f => InCrs(f, query.Crs)).ToArray() };
    }

    private FeaturePage Select(FeatureQuery query)
    {
        // A box that holds the whole collection matches every feature: no tree, no test (the map's whole-plan view).
        var everything = query.Bbox is null || (!query.BboxCrs.Projected && Extent is not null && query.Bbox.Contains(Extent));
        if (everything && query.Filter is null && query.SortBy.Count == 0 && query.After is null)
        {
            return new FeaturePage(Features.Skip(query.Offset).Take(query.Limit).ToArray(), Features.Count);
        }

        IEnumerable<int> positions = everything ? Enumerable.Range(0, Features.Count)
            : query.BboxCrs.Projected ? Intersecting(query.LonLatBox()!) : Intersecting(query.Bbox!);
        if (query.Filter is { } filter)
        {
            var predicate = FeaturePredicate.Compile(filter);
            positions = positions.Where(i => predicate(Features[i]));
        }

        var matches = positions.ToArray();
        if (query.SortBy.Count > 0)
        {
            var sorted = matches.Select(i => Features[i]).Order(new FeatureOrder(query.SortBy)).ToArray();
            return new FeaturePage(sorted.Skip(query.Offset).Take(query.Limit).ToArray(), matches.Length);
        }

        // Keyset: matches are in id order, so those after the cursor are a tail found by binary search.
        var first = query.After is null ? 0 : FirstAfter(matches, query.After);
        var remaining = matches.Length - first;
        var page = matches.Skip(first + query.Offset).Take(query.Limit).Select(i => Features[i]).ToArray();
        return new FeaturePage(page, matches.Length) { HasMore = query.After is null ? null : remaining - query.Offset > page.Length };
    }

    /// <summary>The index in <paramref name="matches"/> (positions in id order) of the first feature whose id sorts after <paramref name="id"/>.</summary>
    private int FirstAfter(int[] matches, string id)
    {
        var (low, high) = (0, matches.Length);
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (string.CompareOrdinal(Features[matches[middle]].Id, id) <= 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>The feature with its geometry in <paramref name="crs"/> (ProjNet), sharing its properties.</summary>
    private static PlanFeature InCrs(PlanFeature feature, ServedCrs crs) =>
        new(feature.Id, crs.FromLonLat(feature.Geometry), feature.Attributes) { Version = feature.Version };

    /// <summary>Features whose envelope meets the box, in no particular order: candidates that the caller tests or clips.</summary>
    public IEnumerable<PlanFeature> EnvelopeCandidates(Envelope box) => _tree.Query(box).Select(i => Features[i]);

    /// <summary>Positions of features whose geometry intersects the box (like PostGIS ST_Intersects), in order.</summary>
    private int[] Intersecting(Envelope bbox)
    {
        var box = Core.Geodata.GeometryFactories.LonLat.ToGeometry(bbox);
        var prepared = NetTopologySuite.Geometries.Prepared.PreparedGeometryFactory.Prepare(box);
        // A feature whose envelope lies inside the box intersects it: only those reaching its edge need the exact test.
        var hits = _tree.Query(bbox)
            .Where(i => bbox.Contains(Features[i].Geometry.EnvelopeInternal) || prepared.Intersects(Features[i].Geometry))
            .ToArray();
        Array.Sort(hits);
        return hits;
    }

    /// <summary>Positions of features whose geometry intersects a lon/lat shape (a projected box's outline), in order.</summary>
    private int[] Intersecting(Geometry shape)
    {
        var prepared = NetTopologySuite.Geometries.Prepared.PreparedGeometryFactory.Prepare(shape);
        var hits = _tree.Query(shape.EnvelopeInternal).Where(i => prepared.Intersects(Features[i].Geometry)).ToArray();
        Array.Sort(hits);
        return hits;
    }
}
