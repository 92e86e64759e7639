using NetTopologySuite.Index.Strtree;
using NetTopologySuite.Operation.Overlay;
using NetTopologySuite.Operation.OverlayNG;

namespace SpatialPlan.Core.Records;

/// <summary>
/// Finds built-up parcels that cover the same ground: among the current records (for the tally), and between
/// parcels about to be written and the records already there (for the write check). Candidate pairs come from an
/// STR-tree of envelopes; each is overlaid in EPSG:4549 (OverlayNG, robust) and its intersection measured on the
/// ellipsoid. Overlaps of at most <see cref="RecordOverlap.ToleranceSquareMetres"/> are left out.
/// </summary>
public static class RecordOverlapOp
{
    /// <summary>Every pair of <paramref name="records"/> that overlap, each pair once (its first record the one
    /// later in the list), largest first.</summary>
    public static IReadOnlyList<RecordOverlap> Among(IReadOnlyList<ProjectedParcel> records) =>
        Find(records, [], sortAll: true);

    /// <summary>
    /// The overlaps of each new parcel with the existing records and with the new parcels before it in the list
    /// (an import holding one parcel twice), in the order of the new parcels, largest first within each.
    /// </summary>
    /// <param name="parcels">The parcels about to be written.</param>
    /// <param name="existing">The records already there (for a replacement, without the record replaced).</param>
    public static IReadOnlyList<RecordOverlap> Against(IReadOnlyList<ProjectedParcel> parcels, IReadOnlyList<ProjectedParcel> existing) =>
        Find(parcels, existing, sortAll: false);

    private static List<RecordOverlap> Find(IReadOnlyList<ProjectedParcel> parcels, IReadOnlyList<ProjectedParcel> existing, bool sortAll)
    {
        // Existing records at position -1, new parcels at their own: a parcel pairs with existing records and with
        // the parcels before it, so each pair is seen once.
        var index = new STRtree<(int Position, ProjectedParcel Parcel)>();
        foreach (var record in existing)
        {
            index.Insert(record.GaussKruger.EnvelopeInternal, (-1, record));
        }

        for (var i = 0; i < parcels.Count; i++)
        {
            index.Insert(parcels[i].GaussKruger.EnvelopeInternal, (i, parcels[i]));
        }

        var found = new List<RecordOverlap>();
        for (var i = 0; i < parcels.Count; i++)
        {
            var parcel = parcels[i];
            found.AddRange(index.Query(parcel.GaussKruger.EnvelopeInternal)
                .Where(other => other.Position < i)
                .Select(other => Overlap(parcel, other.Parcel))
                .OfType<RecordOverlap>()
                .OrderByDescending(o => o.SquareMetres));
        }

        return sortAll ? [.. found.OrderByDescending(o => o.SquareMetres)] : found;
    }

    private static RecordOverlap? Overlap(ProjectedParcel parcel, ProjectedParcel other)
    {
        var shared = OverlayNGRobust.Overlay(parcel.GaussKruger, other.GaussKruger, SpatialFunction.Intersection);
        var area = ProjectedParcel.Ellipsoidal(shared);
        if (area <= RecordOverlap.ToleranceSquareMetres)
        {
            return null;
        }

        var smaller = Math.Min(parcel.SquareMetres, other.SquareMetres);
        var duplicate = area >= RecordOverlap.DuplicateShare * Math.Max(parcel.SquareMetres, other.SquareMetres);
        return new RecordOverlap(parcel.Id, other.Id, area, smaller > 0 ? Math.Min(1, area / smaller) : 1, duplicate);
    }
}
