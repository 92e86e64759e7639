using SpatialPlan.Core.Features;

namespace SpatialPlan.Storage.Embedded;

/// <summary>The order of a <c>sortby</c>, as PostgreSQL orders it (see <see cref="SortKey"/>), then by feature id.</summary>
internal sealed class FeatureOrder(IReadOnlyList<SortKey> keys) : IComparer<PlanFeature>
{
    public int Compare(PlanFeature? x, PlanFeature? y)
    {
        foreach (var key in keys)
        {
            var kind = key.Numeric ? "number" : key.Type;
            var a = FeaturePredicate.Value(x!, key.Property, kind);
            var b = FeaturePredicate.Value(y!, key.Property, kind);
            // Nulls are larger than any value: last ascending, first descending, as in PostgreSQL.
            var order = (a, b) switch
            {
                (null, null) => 0,
                (null, _) => 1,
                (_, null) => -1,
                _ => FeaturePredicate.Compare(a, b) ?? 0,
            };
            if (order != 0)
            {
                return key.Descending ? -order : order;
            }
        }

        return string.CompareOrdinal(x!.Id, y!.Id);
    }
}
