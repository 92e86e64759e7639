namespace SpatialPlan.Web.Measure;

/// <summary>
/// Rounds parts of a total to 0.01 so that they add up to the rounded total (largest remainder), the way a
/// planner's table must add up: rounding each part alone can leave the sum a cent off.
/// </summary>
public static class RoundedShares
{
    /// <summary>The parts rounded to hundredths; their sum is the total rounded to hundredths.</summary>
    /// <param name="total">The whole; the parts should add up to it within rounding noise.</param>
    /// <param name="parts">Non-negative parts.</param>
    public static double[] Split(double total, IReadOnlyList<double> parts)
    {
        var target = (long)Math.Round(total * 100, MidpointRounding.AwayFromZero);
        var floors = parts.Select(p => (long)Math.Floor(Math.Max(0, p) * 100)).ToArray();
        var missing = target - floors.Sum();
        var byRemainder = Enumerable.Range(0, parts.Count)
            .OrderByDescending(i => (Math.Max(0, parts[i]) * 100) - floors[i])
            .ThenBy(i => i)
            .ToArray();
        for (var k = 0; k < byRemainder.Length && missing != 0; k++)
        {
            var i = byRemainder[k];
            if (missing > 0)
            {
                floors[i]++;
                missing--;
            }
            else if (floors[i] > 0)
            {
                floors[i]--;
                missing++;
            }
        }

        return floors.Select(cents => cents / 100.0).ToArray();
    }
}
