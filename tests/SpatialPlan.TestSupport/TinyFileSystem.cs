using System.Diagnostics;

namespace SpatialPlan.TestSupport;

/// <summary>A tmpfs of a given size mounted for one test (root on Linux only), so a test can fill a real file system;
/// unmounted on dispose.</summary>
public sealed class TinyFileSystem : IDisposable
{
    private TinyFileSystem(string path) => Path = path;

    public string Path { get; }

    /// <summary>Mounts a tmpfs of <paramref name="size"/> (mount's syntax: "1m") at <paramref name="path"/>, or null where
    /// that cannot be done (not root, not Linux, no mount).</summary>
    public static TinyFileSystem? TryMount(string path, string size)
    {
        if (!OperatingSystem.IsLinux() || Environment.UserName != "root")
        {
            return null;
        }

        Directory.CreateDirectory(path);
        return Run("mount", "-t", "tmpfs", "-o", $"size={size}", "tmpfs", path) ? new TinyFileSystem(path) : null;
    }

    /// <summary>Writes a file named <paramref name="name"/> until the file system is full; returns the write's error.</summary>
    public IOException Fill(string name)
    {
        try
        {
            using var stream = new FileStream(System.IO.Path.Combine(Path, name), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.WriteThrough);
            var block = new byte[4096];
            while (true)
            {
                stream.Write(block);
            }
        }
        catch (IOException full)
        {
            return full;
        }
    }

    public void Dispose() => Run("umount", "-l", Path);

    private static bool Run(string file, params string[] arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardError = true, RedirectStandardOutput = true })!;
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // no mount command here
        }
    }
}
