namespace SpatialPlan.Web.Components;

/// <summary>The page's own words in both languages; Chinese first, as planners read it.</summary>
public static class Ui
{
    public static string T(string language, string zh, string en) => language == "en" ? en : zh;

    /// <summary>The language tag of a name as written: Chinese if it has a CJK character, else English.</summary>
    public static string LanguageOf(string text) => text.Any(c => c is >= '\u3400' and <= '\u9fff') ? "zh-CN" : "en";

    public static string Number(double value, int decimals) =>
        value.ToString("N" + decimals, System.Globalization.CultureInfo.InvariantCulture);
}
