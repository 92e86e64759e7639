namespace SpatialPlan.Web.Auth;

/// <summary>
/// Makes the hashes for <see cref="PlannerAccountsOptions"/>:
/// <c>dotnet run --project src/SpatialPlan.Web -- hash-password</c> (reads the password from standard input) and
/// <c>-- new-api-key</c> (prints a new random key and its hash).
/// </summary>
public static class SecretTool
{
    /// <summary>Runs the tool when the arguments ask for it; false means start the web app as usual.</summary>
    public static bool TryRun(string[] args)
    {
        switch (args)
        {
            case ["hash-password"]:
                var password = Console.In.ReadLine();
                if (string.IsNullOrEmpty(password))
                {
                    Console.Error.WriteLine("type the password on standard input");
                    Environment.ExitCode = 2;
                    return true;
                }

                Console.WriteLine(PlannerDirectory.HashPassword(password));
                return true;
            case ["new-api-key"]:
                var key = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32))
                    .TrimEnd('=').Replace('+', '-').Replace('/', '_');
                Console.WriteLine($"API key (give to the planner, store nowhere): {key}");
                Console.WriteLine($"ApiKeySha256 (put in configuration):        {PlannerDirectory.Sha256Hex(key)}");
                return true;
            default:
                return false;
        }
    }
}
