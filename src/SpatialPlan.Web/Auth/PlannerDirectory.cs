using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace SpatialPlan.Web.Auth;

/// <summary>Checks a planner's password or API key against the configured hashes.</summary>
public sealed class PlannerDirectory(IOptionsMonitor<PlannerAccountsOptions> options)
{
    private static readonly PasswordHasher<PlannerAccount> Hasher = new();

    /// <summary>The account whose name and password match, or null.</summary>
    public PlannerAccount? CheckPassword(string name, string password)
    {
        var account = options.CurrentValue.Accounts.FirstOrDefault(a => string.Equals(a.Name, name, StringComparison.Ordinal));
        if (account?.PasswordHash is not { Length: > 0 } hash)
        {
            // Hash anyway so a wrong name takes as long as a wrong password.
            Hasher.VerifyHashedPassword(new PlannerAccount(), DummyHash, password);
            return null;
        }

        return Hasher.VerifyHashedPassword(account, hash, password) == PasswordVerificationResult.Failed ? null : account;
    }

    /// <summary>The account that owns this API key, or null. Compared in constant time.</summary>
    public PlannerAccount? CheckApiKey(string key)
    {
        var presented = Sha256Hex(key);
        return options.CurrentValue.Accounts.FirstOrDefault(a => a.ApiKeySha256 is { Length: 64 } stored &&
            CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(stored.ToLowerInvariant()), Encoding.ASCII.GetBytes(presented)));
    }

    public static string HashPassword(string password) => Hasher.HashPassword(new PlannerAccount(), password);

    public static string Sha256Hex(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static readonly string DummyHash = HashPassword(Guid.NewGuid().ToString());
}
