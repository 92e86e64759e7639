using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;
using SpatialPlan.Core.Geodata;
using SpatialPlan.Core.Import;
using SpatialPlan.Core.Text;

namespace SpatialPlan.Web.Import;

/// <summary>
/// The multipart form of an import: exactly one file in the field <c>file</c> and, optionally, the field
/// <c>crs</c> declaring its coordinate system and the field <c>encoding</c> naming a shapefile's attribute encoding
/// (overriding its .cpg and the detection). Anything else is an error naming its field.
/// </summary>
public sealed record ImportUpload(string FileName, byte[] Content, SourceCrs? Crs, string? Encoding = null)
{
    public const string FileField = "file";
    public const string CrsField = "crs";
    public const string EncodingField = "encoding";

    public static bool IsMultipart(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var type) &&
        type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads the form from a body already read (and size-capped) into memory.</summary>
    public static async Task<(ImportUpload? Upload, IReadOnlyList<InputError> Errors)> ReadAsync(
        HttpRequest request, byte[] body, CancellationToken cancellationToken)
    {
        request.Body = new MemoryStream(body, writable: false);
        request.HttpContext.Features.Set<IFormFeature>(new FormFeature(request, new FormOptions
        {
            ValueCountLimit = 8,
            KeyLengthLimit = 64,
            ValueLengthLimit = 1024,
            MultipartHeadersLengthLimit = 8 * 1024,
            MultipartBodyLengthLimit = body.Length + 1,
        }));

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            // A missing or broken boundary, a truncated part, or a form beyond the limits above.
            return (null, [new InputError("body", "not a readable multipart form: " + e.Message)]);
        }

        var errors = new List<InputError>();
        foreach (var key in form.Keys.Concat(form.Files.Select(f => f.Name)).Distinct())
        {
            if (key is not (FileField or CrsField or EncodingField))
            {
                errors.Add(new InputError(EchoedText.Shorten(key, 60), $"unknown field; this resource takes '{FileField}', '{CrsField}' and '{EncodingField}'"));
            }
        }

        var files = form.Files.GetFiles(FileField);
        if (files.Count != 1)
        {
            errors.Add(new InputError(FileField, files.Count == 0
                ? "missing: upload the file (GeoJSON, zipped shapefile or GeoPackage) in the form field 'file'"
                : "one file at a time"));
        }

        SourceCrs? crs = null;
        if (form.TryGetValue(CrsField, out var declared) && (declared.Count != 1 || (crs = SourceCrs.Parse(declared[0])) is null))
        {
            errors.Add(new InputError(CrsField, $"'{EchoedText.Shorten(declared.ToString(), 60)}' is not supported; declare {SourceCrs.Supported}"));
        }

        string? encoding = null;
        if (form.TryGetValue(EncodingField, out var named) && (named.Count != 1 || (encoding = AttributeEncoding.Parse(named[0])) is null))
        {
            errors.Add(new InputError(EncodingField, $"'{EchoedText.Shorten(named.ToString(), 60)}' is not supported; name {AttributeEncoding.Supported}"));
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        using var content = new MemoryStream();
        await files[0].CopyToAsync(content, cancellationToken);
        return (new ImportUpload(EchoedText.Shorten(files[0].FileName, 60), content.ToArray(), crs, encoding), []);
    }
}
