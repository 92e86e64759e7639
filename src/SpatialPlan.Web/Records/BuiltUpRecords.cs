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
public sealed class BuiltUpRecords(IFeatureReader store, IRecordWriter writer, BreakdownRegionsCache regions, TimeProvider clock)
{
    public async Task<(WriteOutcome Outcome, PlanFeature? Record)> CreateAsync(
        Geometry parcel, BuiltUpInput input, string author, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var record = BuiltUpRecord.Build(BuiltUpRecord.NewId(now), parcel, input, await MeasureAsync(parcel), author, now);
        var written = await writer.CreateAsync(BuiltUpRecord.Collection, record, author, cancellationToken);
        return (written.Outcome, written.Outcome == WriteOutcome.Done ? record.WithVersion(written.Version) : null);
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
        // No expected version yet: the HTTP layer has no If-Match, so this cannot answer VersionMismatch.
        var written = await writer.ReplaceAsync(BuiltUpRecord.Collection, record, expectedVersion: null, author, cancellationToken);
        return (written.Outcome, written.Outcome == WriteOutcome.Done ? record.WithVersion(written.Version) : null);
    }

    /// <summary>Imported parcels as new records, written in one atomic write; their attributes name_zh (or name),
    /// built_year and note are kept where they are of the right kind.</summary>
    public async Task<(WriteOutcome Outcome, IReadOnlyList<string> Ids)> CreateAllAsync(
        IReadOnlyList<SpatialPlan.Core.Import.ImportedFeature> parcels, string author, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var breakdown = await regions.GetAsync();
        var built = parcels.Select(p => BuiltUpRecord.Build(BuiltUpRecord.NewId(now), p.LonLat, ImportedInput(p.Attributes),
            MeasureOp.Measure(p.LonLat, breakdown), author, now)).ToList();
        var outcome = (await writer.CreateAllAsync(BuiltUpRecord.Collection, built, author, cancellationToken)).Outcome;
        return (outcome, outcome == WriteOutcome.Done ? built.Select(r => r.Id).ToList() : []);
    }

    private static BuiltUpInput ImportedInput(NetTopologySuite.Features.IAttributesTable attributes)
    {
        string? Text(string name, int max) => attributes.Exists(name) && attributes[name] is string s && s.Trim() is { Length: > 0 } t
            ? t[..Math.Min(t.Length, max)]
            : null;
        var year = attributes.Exists("built_year") ? attributes["built_year"] switch
        {
            long l => (int?)l,
            int i => i,
            double d when d == Math.Floor(d) => (int)d,
            _ => null,
        } : null;
        return new BuiltUpInput(
            Text("name_zh", BuiltUpInput.MaxNameLength) ?? Text("name", BuiltUpInput.MaxNameLength),
            Text("name_en", BuiltUpInput.MaxNameLength),
            year is >= BuiltUpInput.MinYear and <= BuiltUpInput.MaxYear ? year : null,
            Text("note", BuiltUpInput.MaxNoteLength));
    }

    public async Task<WriteOutcome> DeleteAsync(string id, string author, CancellationToken cancellationToken) =>
        (await writer.DeleteAsync(BuiltUpRecord.Collection, id, expectedVersion: null, author, cancellationToken)).Outcome;

    private async Task<AreaMeasurement> MeasureAsync(Geometry parcel) => MeasureOp.Measure(parcel, await regions.GetAsync());
}
