namespace SpatialPlan.Rendering.Export;

/// <summary>A finished export: the bytes, their media type and a file name with the title and date.</summary>
public sealed record ExportedFile(byte[] Content, string ContentType, string FileName);

/// <summary>Why an export could not be drawn. The API maps each kind to its status in one place.</summary>
public enum ExportFailureKind
{
    /// <summary>Text the client sent (title, subtitle) has characters no available font can draw.</summary>
    ClientTextNotDrawable,

    /// <summary>The server has no font for its own text (legend, labels, note): install a CJK font.</summary>
    FontUnavailable,
}

/// <summary>An export refused before drawing, with the request field at fault ("" for none) and a message.</summary>
public sealed record ExportFailure(ExportFailureKind Kind, string Field, string Message);

/// <summary>Either the file or the reason there is none.</summary>
public sealed record ExportOutcome(ExportedFile? File, ExportFailure? Failure)
{
    public static implicit operator ExportOutcome(ExportedFile file) => new(file, null);

    public static implicit operator ExportOutcome(ExportFailure failure) => new(null, failure);
}
