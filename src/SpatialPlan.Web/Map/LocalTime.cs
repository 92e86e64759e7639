using System.Globalization;

namespace SpatialPlan.Web.Map;

/// <summary>
/// Record times as the planner reads them: stored as UTC ISO 8601 (<c>2026-12-01T21:01:04.24+00:00</c>), shown in the
/// page's time zone (<see cref="MapPageOptions.TimeZone"/>, Asia/Shanghai by default) to the minute with its offset,
/// e.g. <c>2026-12-02 05:01 (UTC+08:00)</c>.
/// </summary>
public static class LocalTime
{
    /// <summary>The zone an IANA or Windows id names, or null for an unknown one.</summary>
    public static TimeZoneInfo? Zone(string id) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : null;

    /// <summary>The time in <paramref name="zone"/>; text that is no ISO 8601 time is given back as it is.</summary>
    public static string Format(string stored, TimeZoneInfo zone)
    {
        if (!DateTimeOffset.TryParse(stored, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at))
        {
            return stored;
        }

        var local = TimeZoneInfo.ConvertTime(at, zone);
        var offset = local.Offset;
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        return string.Create(CultureInfo.InvariantCulture, $"{local:yyyy-MM-dd HH:mm} (UTC{sign}{offset:hh\\:mm})");
    }
}
