using System.Globalization;
using NetTopologySuite.Geometries;
using SpatialPlan.Core.Features;
using SpatialPlan.Core.Measurement;
using SpatialPlan.Core.Records;
using SpatialPlan.Web.Measure;

namespace SpatialPlan.Web.Records;

/// <summary>
/// Planners' records of new built-up area: measured when saved, stored with their history. Used by the OGC API
/// write endpoints and by the map page's "save" button alike, so both store the same record.
/// </summary>
public sealed class BuiltUpRecords(IFeatureStore store, BreakdownRegionsCache regions, TimeProvider clock)
{
    public async Task<(WriteOutcome Outcome, PlanFeature? Record)> CreateAsync(
        Geometry parcel, BuiltUpInput input, string author, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var record = BuiltUpRecord.Build(BuiltUpRecord.NewId(now), parcel, input, await MeasureAsync(parcel), author, now);
        var outcome = await store.CreateAsync(BuiltUpRecord.Collection, record, author, cancellationToken);
        return (outcome, outcome == WriteOutcome.Done ? record : null);
    }

    /// <summary>Replaces a record's parcel and details, keeping when it was first created.</summary>
    public async Task<(WriteOutcome Outcome, PlanFeature? Record)> ReplaceAsync(
        string id, Geometry parcel, BuiltUpInput input, string author, CancellationToken cancellationToken)
    {
        var existing = await store.GetAsync(BuiltUpRecord.Collection, id, cancellationToken);
        if (existing is null)
        {
            return (WriteOutcome.FeatureNotFound, null);
        }

        var createdAt = DateTimeOffset.TryParse(existing.Text("created_at"), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at)
            ? at
            : (DateTimeOffset?)null;
        var now = clock.GetUtcNow();
        var record = BuiltUpRecord.Build(id, parcel, input, await MeasureAsync(parcel), author, now, createdAt);
        var outcome = await store.ReplaceAsync(BuiltUpRecord.Collection, record, author, cancellationToken);
        return (outcome, outcome == WriteOutcome.Done ? record : null);
    }

    public Task<WriteOutcome> DeleteAsync(string id, string author, CancellationToken cancellationToken) =>
        store.DeleteAsync(BuiltUpRecord.Collection, id, author, cancellationToken);

    private async Task<AreaMeasurement> MeasureAsync(Geometry parcel) => MeasureOp.Measure(parcel, await regions.GetAsync());
}
