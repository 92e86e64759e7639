using System.Security.Claims;

namespace SpatialPlan.Web.Auth;

/// <summary>The claims of a signed-in planner, whichever way they signed in.</summary>
public static class PlannerClaims
{
    public const string Policy = "Planner";

    public static Claim[] For(PlannerAccount account) =>
    [
        new(ClaimTypes.Name, account.Name),
        new("display_name", account.DisplayName ?? account.Name),
    ];

    /// <summary>The planner's name for records' author field, or null when anonymous.</summary>
    public static string? NameOf(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true ? user.Identity.Name : null;
}
