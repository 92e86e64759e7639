using System.Globalization;
using Microsoft.Extensions.Options;
using NetTopologySuite.Geometries;
using SpatialPlan.Core.Catalogue;
using SpatialPlan.Core.Features;
using SpatialPlan.Core.Import;
using SpatialPlan.Core.Measurement;
using SpatialPlan.Core.Records;
using SpatialPlan.Web.Http;
using SpatialPlan.Web.Measure;

namespace SpatialPlan.Web.Records;

/// <summary>
/// Planners' records of new built-up area: measured when saved, stored with their history. Used by the OGC API
/// write endpoints, the import and the map page's "save" button alike, so all store the same record; each
/// writes only a <see cref="BuiltUpDraft"/>, which only <see cref="BuiltUpRules"/> make.
/// </summary>
public sealed class BuiltUpRecords(
    IFeatureReader store, IRecordWriter writer, BreakdownRegionsCache regions, TimeProvider clock, LayerCatalogue catalogue,
    IOptions<MeasureOptions> options)
{
    /// <summary>Checks a drawn parcel and a planner's details by the rules and limits of the API's writes.</summary>
    public BuiltUpCheck Check(Geometry? parcel, BuiltUpInput input) =>
        BuiltUpRules.Check(parcel, input, catalogue.Extent, options.Value.MaxVertices);

    /// <summary>A record as stored now, with its version, or null when there is none.</summary>
    public Task<PlanFeature?> GetAsync(string id, CancellationToken cancellationToken) =>
        store.GetAsync(BuiltUpRecord.Collection, id, cancellationToken);

    public async Task<(WriteOutcome Outcome, PlanFeature? Record)> CreateAsync(
        BuiltUpDraft draft, string author, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var measured = await MeasureAsync(draft, cancellationToken);
        var record = BuiltUpRecord.Build(BuiltUpRecord.NewId(now), draft.Parcel, draft.Input, measured, author, now);
        var written = await writer.CreateAsync(BuiltUpRecord.Collection, record, author, cancellationToken);
        return (written.Outcome, written.Outcome == WriteOutcome.Done ? record.WithVersion(written.Version) : null);
    }

    /// <summary>
    /// Replaces a record's parcel and details, keeping when it was first created, if the record is at a version
    /// <paramref name="ifMatch"/> accepts: else <see cref="WriteOutcome.VersionMismatch"/> naming the current one.
    /// </summary>
    public async Task<(WriteResult Written, PlanFeature? Record)> ReplaceAsync(
        string id, BuiltUpDraft draft, IfMatch ifMatch, string author, CancellationToken cancellationToken)
    {
        var existing = await store.GetAsync(BuiltUpRecord.Collection, id, cancellationToken);
        if (existing is null)
        {
            return (WriteResult.Refused(WriteOutcome.FeatureNotFound), null);
        }

        var createdAt = DateTimeOffset.TryParse(existing.Text("created_at"), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at)
            ? at
            : (DateTimeOffset?)null;
        var now = clock.GetUtcNow();
        var measured = await MeasureAsync(draft, cancellationToken);
        var record = BuiltUpRecord.Build(id, draft.Parcel, draft.Input, measured, author, now, createdAt);
        // The writer checks the version under its lock: a change made since the read above is never overwritten.
        var written = await writer.ReplaceAsync(
            BuiltUpRecord.Collection, record, ifMatch.ExpectedVersion(existing.Version), author, cancellationToken);
        return (written, written.Outcome == WriteOutcome.Done ? record.WithVersion(written.Version) : null);
    }

    /// <summary>An accepted import's parcels as new records, written in one atomic write, each with the name,
    /// year built and note its file gave (checked by the import, never truncated).</summary>
    public async Task<(WriteOutcome Outcome, IReadOnlyList<string> Ids)> CreateAllAsync(
        IReadOnlyList<ImportedFeature> parcels, string author, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var breakdown = await regions.GetAsync().WaitAsync(cancellationToken);
        var built = parcels.Select(p => BuiltUpRecord.Build(BuiltUpRecord.NewId(now), p.Draft.Parcel, p.Draft.Input,
            p.Measurement.Breakdown is null ? MeasureOp.Measure(p.Draft.Parcel, breakdown) : p.Measurement, author, now)).ToList();
        var outcome = (await writer.CreateAllAsync(BuiltUpRecord.Collection, built, author, cancellationToken)).Outcome;
        return (outcome, outcome == WriteOutcome.Done ? built.Select(r => r.Id).ToList() : []);
    }

    /// <summary>
    /// The overlaps of parcels about to be written with the current records (and with each other), found among the
    /// records whose envelope meets theirs (one box query on the store's index, not a scan).
    /// </summary>
    /// <param name="parcels">Each parcel with how the answer names it, in lon/lat.</param>
    /// <param name="replacing">The record a replacement replaces (not an overlap of itself), or null.</param>
    public async Task<IReadOnlyList<RecordOverlap>> OverlapsAsync(
        IReadOnlyList<(string Ref, Geometry LonLat)> parcels, string? replacing, CancellationToken cancellationToken)
    {
        if (parcels.Count == 0)
        {
            return [];
        }

        var box = new Envelope();
        foreach (var parcel in parcels)
        {
            box.ExpandToInclude(parcel.LonLat.EnvelopeInternal);
        }

        var page = await store.QueryAsync(BuiltUpRecord.Collection, new FeatureQuery { Bbox = box }, cancellationToken);
        var existing = (page?.Features ?? []).Where(r => r.Id != replacing).Select(r => ProjectedParcel.Of(r.Id, r.Geometry)).ToList();
        return RecordOverlapOp.Against(parcels.Select(p => ProjectedParcel.Of(p.Ref, p.LonLat)).ToList(), existing);
    }

    /// <summary>True when the record is there now.</summary>
    public async Task<bool> ExistsAsync(string id, CancellationToken cancellationToken) =>
        await store.GetAsync(BuiltUpRecord.Collection, id, cancellationToken) is not null;

    /// <summary>Deletes a record if it is at a version <paramref name="ifMatch"/> accepts (its history keeps it).</summary>
    public async Task<WriteResult> DeleteAsync(string id, IfMatch ifMatch, string author, CancellationToken cancellationToken)
    {
        var current = ifMatch.NeedsCurrentVersion
            ? (await store.GetAsync(BuiltUpRecord.Collection, id, cancellationToken))?.Version
            : null;
        return await writer.DeleteAsync(BuiltUpRecord.Collection, id, ifMatch.ExpectedVersion(current), author, cancellationToken);
    }

    private async Task<AreaMeasurement> MeasureAsync(BuiltUpDraft draft, CancellationToken cancellationToken) =>
        MeasureOp.Measure(draft.Parcel, await regions.GetAsync().WaitAsync(cancellationToken));
}
