using SpatialPlan.Core.Geodata;

namespace SpatialPlan.Core.Records;

/// <summary>What <see cref="BuiltUpRules.Check(NetTopologySuite.Geometries.Geometry?, Func{string, object?}, PlanExtent, int)"/>
/// found: the draft to write when nothing is wrong, else the errors by attribute and the geometry's problems.</summary>
/// <param name="Draft">The checked record details; null when <paramref name="Errors"/> or <paramref name="Problems"/> has any.</param>
/// <param name="Errors">Attributes that break a rule, by attribute name (<c>name_zh</c>, <c>built_year</c>, …).</param>
/// <param name="Problems">What is wrong with the parcel.</param>
public sealed record BuiltUpCheck(BuiltUpDraft? Draft, IReadOnlyList<InputError> Errors, IReadOnlyList<GeometryProblem> Problems);
