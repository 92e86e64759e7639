using System.Globalization;
using SpatialPlan.Core.Plan;

namespace SpatialPlan.Web.Components;

/// <summary>
/// A plan target as a planner reads it in each language. Chinese counts in 万 (10⁴) and 亿 (10⁸), so the plan's
/// "250 亿元" is "25 billion CNY" in English and its "10 万人" is "100,000 residents", never a literal
/// "250 100 million CNY".
/// </summary>
public static class PlanQuantities
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The target's value with its comparator and unit, or its words where it has no number.</summary>
    public static string Target(PlanTarget target, string language)
    {
        if (target.Target2025 is not { } value)
        {
            return language == "en" ? target.TargetTextEn ?? "" : target.TargetText ?? "";
        }

        var comparator = target.Comparator switch { ">=" => "≥ ", "≈" => "≈ ", _ => "" };
        return comparator + (language == "en" ? English(value, target.Unit?.Zh) ?? Plain(value, target.Unit?.En)
            : Plain(value, target.Unit?.Zh));
    }

    /// <summary>The English of a value in a Chinese unit that counts in 万 or 亿; null for any other unit.</summary>
    private static string? English(double value, string? unitZh) => unitZh switch
    {
        "亿元" => Money(value * 1e8),
        "万人" => (value * 1e4).ToString("N0", Invariant) + " residents",
        _ => null,
    };

    private static string Money(double yuan) =>
        yuan >= 1e9 ? (yuan / 1e9).ToString("0.##", Invariant) + " billion CNY" : (yuan / 1e6).ToString("0.##", Invariant) + " million CNY";

    private static string Plain(double value, string? unit) => (value.ToString("0.##", Invariant) + " " + unit).TrimEnd();
}
