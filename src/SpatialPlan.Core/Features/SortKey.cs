namespace SpatialPlan.Core.Features;

/// <summary>
/// One key of a <c>sortby</c>: a queryable property, read as its catalogue <paramref name="Type"/> (string, number,
/// integer or boolean), ascending unless <paramref name="Descending"/>. Texts compare by code unit (PostgreSQL's "C"
/// collation), and as in PostgreSQL a missing, null or differently typed value sorts last ascending, first descending.
/// The feature id always breaks ties, so pages stay stable.
/// </summary>
public sealed record SortKey(string Property, bool Descending, string Type)
{
    /// <summary>Whether the property is read as a number.</summary>
    public bool Numeric => Type is "number" or "integer";
}
