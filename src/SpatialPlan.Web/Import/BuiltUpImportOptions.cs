using SpatialPlan.Core.Import;

namespace SpatialPlan.Web.Import;

/// <summary>Limits of built-up imports, bound from the configuration section of the same name.</summary>
public sealed class BuiltUpImportOptions
{
    /// <summary>The configuration section it is bound from.</summary>
    public const string Section = nameof(BuiltUpImportOptions);

    /// <summary>The largest upload (the whole multipart body) in bytes; a larger one is answered 413.</summary>
    public long MaxUploadBytes { get; set; } = 20 * 1024 * 1024;

    public int MaxFeatures { get; set; } = ImportLimits.Default.MaxFeatures;

    public int MaxVerticesPerFeature { get; set; } = ImportLimits.Default.MaxVerticesPerFeature;

    /// <summary>Uncompressed size of one file inside a zip.</summary>
    public long MaxEntryBytes { get; set; } = ImportLimits.Default.MaxEntryBytes;

    /// <summary>Uncompressed size of everything read from a zip: what stops a zip bomb.</summary>
    public long MaxUncompressedBytes { get; set; } = ImportLimits.Default.MaxTotalBytes;

    public int MaxZipEntries { get; set; } = ImportLimits.Default.MaxEntries;

    public ImportLimits ToLimits() => new(MaxFeatures, MaxVerticesPerFeature, MaxEntryBytes, MaxUncompressedBytes, MaxZipEntries);
}
