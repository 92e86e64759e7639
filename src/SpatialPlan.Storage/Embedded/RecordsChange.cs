using SpatialPlan.Core.Features;

namespace SpatialPlan.Storage.Embedded;

/// <summary>
/// What one write keeps in the records database: its new versions and, for the first write to a collection (or a
/// migrated file), every record the collection holds after it (from then on the database owns the collection, and
/// later writes apply their versions to it: a deletion removes the record, any other action stores its state).
/// </summary>
internal sealed record RecordsChange(string CollectionId, IReadOnlyList<PlanFeature>? AllRecords, IReadOnlyList<FeatureVersion> Versions);

/// <summary>A writable collection as the records database holds it.</summary>
internal sealed record StoredCollection(IReadOnlyList<PlanFeature> Records, IReadOnlyDictionary<string, int> LastVersions);
