using System.Text;
using NetTopologySuite.Geometries;
using SpatialPlan.Core.Features;
using SpatialPlan.Core.Records;
using SpatialPlan.Web.Measure;
using SpatialPlan.Web.Records;

namespace SpatialPlan.Web.Components.Pages;

/// <summary>
/// The map page's measure-and-save flow for one planner: the shape drawn last, its measurement, the record
/// saved from it, and what went wrong in words for the page. It measures and saves through the services the
/// API's endpoints call, so the page measures what <c>POST /api/measure</c> measures and saves only what the
/// records API would accept.
/// </summary>
public sealed class MeasureSession(MeasureService measure, BuiltUpRecords records)
{
    private Func<string, string>? _error;

    /// <summary>The last shape drawn, when it could be measured.</summary>
    public Geometry? Drawn { get; private set; }

    /// <summary>The measurement of <see cref="Drawn"/>.</summary>
    public MeasureResponse? Measured { get; private set; }

    /// <summary>The id of the record saved last from the drawn shape.</summary>
    public string? SavedRecord { get; private set; }

    private Func<string, string>? _notice;

    /// <summary>Why the last shape was not measured or saved, in the page's language; null when all went well.</summary>
    public string? Error(string language) => _error?.Invoke(language);

    /// <summary>What the planner should know of a record that was saved (it overlaps others), or null.</summary>
    public string? Notice(string language) => _notice?.Invoke(language);

    /// <summary>Forgets the measurement and any error, as when a new shape is started.</summary>
    public void Clear()
    {
        Measured = null;
        _error = null;
        _notice = null;
    }

    /// <summary>Measures a shape the planner drew, given as GeoJSON.</summary>
    public async Task ShapeDrawnAsync(string geometryJson, CancellationToken cancellationToken)
    {
        var (input, response) = await measure.MeasureAsync(Encoding.UTF8.GetBytes(geometryJson), cancellationToken);
        Drawn = input.Geometry;
        SavedRecord = null;
        Measured = response;
        _error = response is null ? language => PlannerMessages.Unmeasured(input.Errors, input.Problems, language) : null;
    }

    /// <summary>
    /// Saves the drawn shape with the planner's details as a record, if they keep the record rules and it does not
    /// duplicate a record (the API's default <c>onOverlap=warn</c>); else nothing is written and <see cref="Error"/>
    /// says why. A partial overlap is saved and told in <see cref="Notice"/>.
    /// </summary>
    /// <returns>What the store did, or null when nothing was sent to it (no shape, a rule broken, a duplicate).</returns>
    public async Task<WriteOutcome?> SaveAsync(BuiltUpInput input, string author, CancellationToken cancellationToken)
    {
        if (Drawn is null)
        {
            return null;
        }

        var check = records.Check(Drawn, input);
        if (check.Draft is not { } draft)
        {
            _error = language => PlannerMessages.Unsaved(check, language);
            return null;
        }

        var overlaps = await records.OverlapsAsync([("new", draft.Parcel)], replacing: null, cancellationToken);
        if (OverlapPolicy.Warn.Refused(overlaps) is { Count: > 0 } duplicates)
        {
            _error = language => PlannerMessages.Duplicates(duplicates, language);
            _notice = null;
            return null;
        }

        var (outcome, record) = await records.CreateAsync(draft, author, cancellationToken);
        SavedRecord = record?.Id;
        _error = outcome == WriteOutcome.Done ? null : language => PlannerMessages.Of(outcome, language);
        _notice = outcome == WriteOutcome.Done && overlaps.Count > 0 ? language => PlannerMessages.Overlaps(overlaps, language) : null;
        return outcome;
    }
}
