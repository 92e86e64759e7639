namespace SpatialPlan.Core.Filtering;

/// <summary>A filter that cannot be read or is outside what this server answers (an operator it does not support, a
/// comparison of two properties, …); the message names the culprit and becomes a 400.</summary>
public sealed class Cql2Exception(string message) : Exception(message);
