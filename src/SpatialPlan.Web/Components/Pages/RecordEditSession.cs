using SpatialPlan.Core.Features;
using SpatialPlan.Core.Records;
using SpatialPlan.Web.Http;
using SpatialPlan.Web.Records;

namespace SpatialPlan.Web.Components.Pages;

/// <summary>
/// The map page's editing of one built-up record's details by a signed-in planner: the version it was read at, and
/// when another planner saved a newer version meanwhile, that version beside the planner's own values, so the
/// planner chooses (keep theirs, or save mine over it after seeing it) instead of silently overwriting it. Writes
/// go through the same service and version check as the API's PUT and DELETE with If-Match.
/// </summary>
public sealed class RecordEditSession(BuiltUpRecords records)
{
    private PlanFeature? _record;
    private Func<string, string>? _message;

    /// <summary>The record as last read, or null when none is being edited.</summary>
    public string? RecordId => _record?.Id;

    /// <summary>The version the edit is based on: the one a save expects to replace.</summary>
    public int? Version => _record?.Version;

    /// <summary>The record's details at <see cref="Version"/>, as the form starts from.</summary>
    public BuiltUpInput? Details { get; private set; }

    /// <summary>A newer version someone else saved since <see cref="Version"/> was read, with its details, or null.</summary>
    public (int Version, BuiltUpInput Details, string? Author)? Conflict { get; private set; }

    /// <summary>Whether the record was deleted through this session.</summary>
    public bool Deleted { get; private set; }

    /// <summary>What happened last, in the page's language; null when nothing needs saying.</summary>
    public string? Message(string language) => _message?.Invoke(language);

    /// <summary>Starts editing a record: reads it and its version. False when it does not exist.</summary>
    public async Task<bool> OpenAsync(string id, CancellationToken cancellationToken)
    {
        (_record, Conflict, Deleted, _message) = (await records.GetAsync(id, cancellationToken), null, false, null);
        Details = _record is null ? null : DetailsOf(_record);
        return _record is not null;
    }

    /// <summary>
    /// Saves the planner's details over the version the edit is based on. When another planner saved first,
    /// nothing is written and <see cref="Conflict"/> shows their version.
    /// </summary>
    /// <returns>Whether the record was written.</returns>
    public async Task<bool> SaveAsync(BuiltUpInput input, string author, CancellationToken cancellationToken)
    {
        if (_record is not { Version: { } version })
        {
            return false;
        }

        var check = records.Check(_record.Geometry, input);
        if (check.Draft is not { } draft)
        {
            _message = language => PlannerMessages.Unsaved(check, language);
            return false;
        }

        var (written, record) = await records.ReplaceAsync(_record.Id, draft, IfMatch.Version(version), author, cancellationToken);
        return await AfterWriteAsync(written, record, cancellationToken);
    }

    /// <summary>Saves over the conflicting version, after the planner has seen it and chosen their own values.</summary>
    public async Task<bool> SaveOverConflictAsync(BuiltUpInput input, string author, CancellationToken cancellationToken)
    {
        if (_record is null || Conflict is not { } conflict)
        {
            return false;
        }

        _record = _record.WithVersion(conflict.Version);
        Conflict = null;
        return await SaveAsync(input, author, cancellationToken);
    }

    /// <summary>Drops the planner's values and edits the newer version instead.</summary>
    public Task<bool> TakeTheirsAsync(CancellationToken cancellationToken) =>
        _record is null ? Task.FromResult(false) : OpenAsync(_record.Id, cancellationToken);

    /// <summary>Deletes the record if it is still at the version the edit is based on (its history keeps it).</summary>
    public async Task<bool> DeleteAsync(string author, CancellationToken cancellationToken)
    {
        if (_record is not { Version: { } version })
        {
            return false;
        }

        var written = await records.DeleteAsync(_record.Id, IfMatch.Version(version), author, cancellationToken);
        Deleted = written.Outcome == WriteOutcome.Done;
        return await AfterWriteAsync(written, null, cancellationToken);
    }

    private async Task<bool> AfterWriteAsync(WriteResult written, PlanFeature? record, CancellationToken cancellationToken)
    {
        switch (written.Outcome)
        {
            case WriteOutcome.Done:
                _record = record ?? _record;
                Details = record is null ? Details : DetailsOf(record);
                _message = language => PlannerMessages.Of(WriteOutcome.Done, language);
                return true;
            case WriteOutcome.VersionMismatch when await records.GetAsync(_record!.Id, cancellationToken) is { Version: { } current } newer:
                Conflict = (current, DetailsOf(newer), newer.Text("author"));
                _message = language => PlannerMessages.Conflict(current, language);
                return false;
            default:
                _message = language => PlannerMessages.Of(written.Outcome, language);
                return false;
        }
    }

    private static BuiltUpInput DetailsOf(PlanFeature record) =>
        BuiltUpRules.ReadInput(name => record.Attributes.Exists(name) ? record.Attributes[name] : null).Input;
}
