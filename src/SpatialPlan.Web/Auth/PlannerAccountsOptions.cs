namespace SpatialPlan.Web.Auth;

/// <summary>
/// The planners who may write records. Configured outside the repository (environment variables such as
/// <c>Planners__Accounts__0__Name</c>, user secrets, or a deployment's own settings file); secrets are
/// stored only as hashes made with <c>dotnet run --project src/SpatialPlan.Web -- hash-password</c> /
/// <c>-- new-api-key</c>.
/// </summary>
public sealed class PlannerAccountsOptions
{
    public const string Section = "Planners";

    public List<PlannerAccount> Accounts { get; set; } = [];
}

/// <summary>One planner: a login name, a PBKDF2 password hash for the page, a SHA-256 hash of an API key for scripts.</summary>
public sealed class PlannerAccount
{
    public string Name { get; set; } = "";

    public string? DisplayName { get; set; }

    /// <summary>ASP.NET Core Identity's PBKDF2 format (PasswordHasher v3).</summary>
    public string? PasswordHash { get; set; }

    /// <summary>Lower-case hex SHA-256 of the API key; the key itself is never stored.</summary>
    public string? ApiKeySha256 { get; set; }
}
