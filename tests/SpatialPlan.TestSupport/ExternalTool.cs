using System.Diagnostics;
using Xunit;

namespace SpatialPlan.TestSupport;

/// <summary>
/// Runs a real program (GDAL's ogrinfo, …) from the test. In CI a missing program fails the test; on a
/// developer machine it skips with the command that installs it.
/// </summary>
public static class ExternalTool
{
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Full path of the program, or fails (CI) / skips (elsewhere) with how to install it.</summary>
    public static string Require(string program, string installHint)
    {
        var path = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);
        if (path is not null)
        {
            return path;
        }

        var message = $"'{program}' is not installed: {installHint}";
        if (InCi)
        {
            Assert.Fail(message);
        }

        Assert.Skip(message);
        return "";
    }

    public sealed record Output(int ExitCode, string StandardOutput, string StandardError);

    /// <summary>Runs the program to its end (or kills it after the timeout) and returns what it printed.</summary>
    public static async Task<Output> RunAsync(string path, IEnumerable<string> arguments, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(timer.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Path.GetFileName(path)} did not finish within {timeout}: {await stderr}");
        }

        return new Output(process.ExitCode, await stdout, await stderr);
    }
}
