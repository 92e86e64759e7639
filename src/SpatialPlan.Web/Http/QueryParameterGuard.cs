using SpatialPlan.Core.Text;

namespace SpatialPlan.Web.Http;

/// <summary>
/// Refuses query parameters an endpoint does not know, and known ones given twice, with a 400 that names
/// them: a misspelt <c>bbbox</c> silently ignored would return the whole collection as if filtered.
/// </summary>
public static class QueryParameterGuard
{
    public static RouteHandlerBuilder AllowQueryParameters(this RouteHandlerBuilder builder, params string[] allowed) =>
        builder.AllowQueryParameters(allowed, (_, _) => false);

    /// <summary>As above, also allowing the names <paramref name="alsoAllowed"/> accepts for the request (a collection's
    /// queryables, used as equality filters).</summary>
    public static RouteHandlerBuilder AllowQueryParameters(
        this RouteHandlerBuilder builder, string[] allowed, Func<HttpContext, string, bool> alsoAllowed) =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var errors = new Dictionary<string, string[]>();
            foreach (var (name, values) in context.HttpContext.Request.Query)
            {
                if (!allowed.Contains(name, StringComparer.Ordinal) && !alsoAllowed(context.HttpContext, name))
                {
                    errors[EchoedText.Shorten(name, 60)] = [allowed.Length == 0
                        ? "unknown query parameter; this resource takes none"
                        : $"unknown query parameter; this resource takes: {string.Join(", ", allowed)}"];
                }
                else if (values.Count > 1)
                {
                    errors[name] = ["given more than once"];
                }
            }

            return errors.Count > 0 ? ApiProblems.InvalidParameters(errors) : await next(context);
        });
}
