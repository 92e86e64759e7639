using NetTopologySuite.Geometries;
using SpatialPlan.Core.Geodata;

namespace SpatialPlan.Core.Records;

/// <summary>
/// The rules of a built-up record, in one place for the API, the import and the map page: the parcel is a
/// valid Polygon or MultiPolygon inside the plan (<see cref="GeometryInputValidator"/>), names are text of at
/// most <see cref="BuiltUpInput.MaxNameLength"/> characters, the note at most
/// <see cref="BuiltUpInput.MaxNoteLength"/>, the source id at most <see cref="BuiltUpInput.MaxSourceIdLength"/>, and the
/// year built a whole year from <see cref="BuiltUpInput.MinYear"/> to <see cref="BuiltUpInput.MaxYear"/>. Text holds no
/// control characters but tab and line breaks: PostgreSQL cannot store a NUL, so both stores refuse it alike. Nothing is truncated or dropped:
/// a value that breaks a rule is an error naming its attribute. Problems are data, never exceptions.
/// </summary>
public static class BuiltUpRules
{
    /// <summary>The geometry type of the <c>built-up</c> collection; a Polygon is taken as a MultiPolygon of one.</summary>
    public const string GeometryType = "MultiPolygon";

    /// <summary>The attribute of the record's Chinese name (optional text).</summary>
    public const string NameZh = "name_zh";
    /// <summary>The attribute of the record's English name (optional text).</summary>
    public const string NameEn = "name_en";
    /// <summary>The attribute of the year the parcel was built (optional whole number).</summary>
    public const string BuiltYear = "built_year";
    /// <summary>The attribute of the planner's free-text note (optional).</summary>
    public const string Note = "note";

    /// <summary>The attribute of the parcel's id in the file it was imported from (optional text).</summary>
    public const string SourceId = "source_id";

    /// <summary>The message of a text attribute refused for a control character (the page words it in its language).</summary>
    public const string ControlCharacters = "must not contain control characters such as NUL (\\u0000); tab and line breaks are allowed";

    /// <summary>The attributes a planner sets; everything else of a record is computed.</summary>
    public static IReadOnlyList<string> Settable { get; } = [NameZh, NameEn, BuiltYear, Note, SourceId];

    /// <summary>
    /// Checks a parcel and the values a source gave for <see cref="Settable"/>: the draft when all is well, else
    /// every error and problem found (both are looked at, so one answer names them all).
    /// </summary>
    /// <param name="parcel">The parcel in lon/lat, or null when the source had none.</param>
    /// <param name="valueOf">The value of an attribute as the source carries it (string, long, int, double, …),
    /// or null when absent.</param>
    /// <param name="extent">The plan extent every coordinate must lie in.</param>
    /// <param name="maxVertices">The most coordinates the parcel may have.</param>
    public static BuiltUpCheck Check(Geometry? parcel, Func<string, object?> valueOf, PlanExtent extent, int maxVertices)
    {
        var (input, errors) = ReadInput(valueOf);
        var problems = CheckParcel(parcel, extent, maxVertices);
        var draft = errors.Count == 0 && problems.Count == 0 ? new BuiltUpDraft(parcel!, input) : null;
        return new BuiltUpCheck(draft, errors, problems);
    }

    /// <summary>Checks a parcel and typed details (the map page's form) by the same rules.</summary>
    public static BuiltUpCheck Check(Geometry? parcel, BuiltUpInput input, PlanExtent extent, int maxVertices) =>
        Check(parcel, name => ValueOf(input, name), extent, maxVertices);

    /// <summary>The problems of a parcel: empty when it is a valid Polygon or MultiPolygon inside the plan.</summary>
    public static IReadOnlyList<GeometryProblem> CheckParcel(Geometry? parcel, PlanExtent extent, int maxVertices) =>
        GeometryInputValidator.Validate(parcel, extent, GeometryType, maxVertices);

    /// <summary>
    /// What a planner said, read from a source's values by the rules; text is trimmed and blank text is null.
    /// An attribute that breaks a rule is left null in the input and named in the errors.
    /// </summary>
    /// <param name="valueOf">The value of an attribute, or null when absent.</param>
    public static (BuiltUpInput Input, IReadOnlyList<InputError> Errors) ReadInput(Func<string, object?> valueOf)
    {
        var errors = new List<InputError>();
        var input = new BuiltUpInput(
            Text(NameZh, valueOf(NameZh), BuiltUpInput.MaxNameLength, errors),
            Text(NameEn, valueOf(NameEn), BuiltUpInput.MaxNameLength, errors),
            Year(valueOf(BuiltYear), errors),
            Text(Note, valueOf(Note), BuiltUpInput.MaxNoteLength, errors),
            Text(SourceId, valueOf(SourceId), BuiltUpInput.MaxSourceIdLength, errors));
        return (input, errors);
    }

    private static object? ValueOf(BuiltUpInput input, string name) => name switch
    {
        NameZh => input.NameZh,
        NameEn => input.NameEn,
        BuiltYear => input.BuiltYear,
        Note => input.Note,
        SourceId => input.SourceId,
        _ => null,
    };

    private static string? Text(string name, object? value, int maxLength, List<InputError> errors)
    {
        if (value is null)
        {
            return null;
        }

        if (value is not string text || text.Length > maxLength)
        {
            errors.Add(new InputError(name, $"must be text of at most {maxLength} characters"));
            return null;
        }

        if (text.Any(IsRefusedControl))
        {
            errors.Add(new InputError(name, ControlCharacters));
            return null;
        }

        return text.Trim() is { Length: > 0 } trimmed ? trimmed : null;
    }

    private static bool IsRefusedControl(char c) => char.IsControl(c) && c is not ('\t' or '\n' or '\r');

    private static int? Year(object? value, List<InputError> errors)
    {
        if (value is null)
        {
            return null;
        }

        if (WholeNumber(value) is >= BuiltUpInput.MinYear and <= BuiltUpInput.MaxYear and var year)
        {
            return (int)year;
        }

        errors.Add(new InputError(BuiltYear, $"must be a whole year from {BuiltUpInput.MinYear} to {BuiltUpInput.MaxYear}"));
        return null;
    }

    /// <summary>Files carry a year as an integer or, from a REAL column, as a double with no fraction.</summary>
    private static long? WholeNumber(object value) => value switch
    {
        long l => l,
        int i => i,
        double d when double.IsFinite(d) && d == Math.Floor(d) && Math.Abs(d) < 1e9 => (long)d,
        _ => null,
    };
}
