namespace SpatialPlan.Core.Records;

/// <summary>
/// Two built-up parcels that cover the same ground: an existing record and another record or a parcel about to be
/// written. The area is ellipsoidal (CGCS2000) of their intersection.
/// </summary>
/// <param name="Id">The first parcel: a record id, or for a parcel not yet written how the caller names it (an import's
/// <c>#index</c> or the file's id).</param>
/// <param name="OtherId">The existing record it overlaps.</param>
/// <param name="SquareMetres">Ellipsoidal area of the overlap.</param>
/// <param name="ShareOfSmaller">The overlap as a share of the smaller parcel (1 = one lies inside the other).</param>
/// <param name="IsDuplicate">True when the two are the same parcel: each covers the other to within
/// <see cref="DuplicateShare"/> of its area.</param>
public sealed record RecordOverlap(string Id, string OtherId, double SquareMetres, double ShareOfSmaller, bool IsDuplicate)
{
    /// <summary>Overlaps of at most this many m² are edge noise (two parcels digitised along one boundary, or the
    /// same boundary reprojected), not an overlap.</summary>
    public const double ToleranceSquareMetres = 1;

    /// <summary>Two parcels are duplicates when their overlap is at least this share of each: the same parcel,
    /// perhaps imported again from another format or coordinate system.</summary>
    public const double DuplicateShare = 0.999;
}
