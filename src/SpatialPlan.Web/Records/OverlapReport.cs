using System.Text.Json.Serialization;
using SpatialPlan.Core.Records;

namespace SpatialPlan.Web.Records;

/// <summary>An overlap as the API reports it: in the summary, in a write's answer and in an import's report.</summary>
/// <param name="Id">The record, or for a parcel not yet written how the request names it (an import's feature id or
/// <c>#index</c>; <c>new</c> for a single record being created).</param>
/// <param name="OtherId">The existing record it overlaps.</param>
/// <param name="AreaM2">Ellipsoidal area of the overlap (CGCS2000), m².</param>
/// <param name="ShareOfSmaller">The overlap as a share of the smaller of the two.</param>
/// <param name="Duplicate">True when the two are the same parcel (each covers the other to 99.9 %).</param>
public sealed record OverlapReport(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("otherId")] string OtherId,
    [property: JsonPropertyName("areaM2")] double AreaM2,
    [property: JsonPropertyName("shareOfSmaller")] double ShareOfSmaller,
    [property: JsonPropertyName("duplicate")] bool Duplicate)
{
    public static OverlapReport Of(RecordOverlap overlap) =>
        new(overlap.Id, overlap.OtherId, Math.Round(overlap.SquareMetres, 2), Math.Round(overlap.ShareOfSmaller, 6), overlap.IsDuplicate);

    public static List<OverlapReport> Of(IEnumerable<RecordOverlap> overlaps) => overlaps.Select(Of).ToList();
}

/// <summary>The answers of a write that overlaps existing records.</summary>
public static class OverlapAnswers
{
    public const string Parameter = "onOverlap";

    /// <summary>The policy of <c>onOverlap</c>, or the 400 naming it.</summary>
    public static (OverlapPolicy Policy, Microsoft.AspNetCore.Http.HttpResults.ValidationProblem? Invalid) Read(string? onOverlap) =>
        OverlapPolicies.Parse(onOverlap) is { } policy
            ? (policy, null)
            : (OverlapPolicy.Warn, Http.ApiProblems.InvalidParameters(new Dictionary<string, string[]>
            {
                [Parameter] = [$"'{Core.Text.EchoedText.Shorten(onOverlap ?? "", 40)}' is not one of {OverlapPolicies.Values}"],
            }));

    /// <summary>409: nothing written, because of <paramref name="refused"/>; every overlap found is listed.</summary>
    public static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Refused(
        IReadOnlyList<RecordOverlap> refused, IReadOnlyList<RecordOverlap> all, OverlapPolicy policy, object? report = null)
    {
        var duplicates = refused.Count(o => o.IsDuplicate);
        var detail = (duplicates > 0
                ? $"{duplicates} parcel(s) duplicate existing records ({string.Join(", ", refused.Where(o => o.IsDuplicate).Select(o => $"{o.Id} = {o.OtherId}").Distinct().Take(5))})"
                : $"{refused.Count} overlap(s) with existing records, {Math.Round(refused.Sum(o => o.SquareMetres), 2)} m² in all") +
            $"; nothing was written. onOverlap={policy.ToString().ToLowerInvariant()}: " +
            (policy == OverlapPolicy.Refuse ? "send onOverlap=warn to write partial overlaps, or allow to write all." : "send onOverlap=allow to write anyway.");
        var extensions = new Dictionary<string, object?> { ["overlaps"] = OverlapReport.Of(all) };
        if (report is not null)
        {
            extensions["report"] = report;
        }

        return TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status409Conflict, title: "Overlaps existing records", extensions: extensions);
    }
}
