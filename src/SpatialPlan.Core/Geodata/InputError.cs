namespace SpatialPlan.Core.Geodata;

/// <summary>A problem in client input, naming the field (a JSON path like <c>geometry.coordinates[0][3]</c>).</summary>
public sealed record InputError(string Field, string Message);
