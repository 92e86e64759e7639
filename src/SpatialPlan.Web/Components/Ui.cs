namespace SpatialPlan.Web.Components;

/// <summary>The page's own words in both languages; Chinese first, as planners read it.</summary>
public static class Ui
{
    public static string T(string language, string zh, string en) => language == "en" ? en : zh;

    public static string Number(double value, int decimals) =>
        value.ToString("N" + decimals, System.Globalization.CultureInfo.InvariantCulture);
}
