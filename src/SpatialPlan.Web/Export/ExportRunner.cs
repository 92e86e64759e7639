using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using SpatialPlan.Core.Catalogue;
using SpatialPlan.Rendering.Export;
using SpatialPlan.Web.Http;

namespace SpatialPlan.Web.Export;

/// <summary>
/// Runs one export for either form of the endpoint: read and check the spec (sizes before anything is
/// allocated), take a render slot (or wait in the short queue), render under the timeout (cancelled, not abandoned), and turn the outcome into the file or a problem. The one place export errors become HTTP.
/// </summary>
public sealed class ExportRunner(LayerCatalogue catalogue, MapExporter exporter, RenderGate gate, IOptions<ExportOptions> options)
{
    public async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> RunAsync(
        ExportBody body, HttpResponse response, CancellationToken requestAborted)
    {
        var settings = options.Value;
        var (spec, errors) = ExportSpecReader.Read(body, catalogue, settings.Limits);
        if (spec is null)
        {
            return ApiProblems.InvalidExportSpec(errors);
        }

        using var slot = await gate.EnterAsync(requestAborted);
        if (slot is null)
        {
            response.Headers.RetryAfter = settings.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return ApiProblems.ExportBusy(settings.ConcurrentRenders);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(requestAborted);
        timeout.CancelAfter(TimeSpan.FromSeconds(settings.RenderTimeoutSeconds));
        ExportOutcome outcome;
        try
        {
            outcome = await exporter.ExportAsync(spec, timeout.Token);
        }
        catch (OperationCanceledException) when (!requestAborted.IsCancellationRequested)
        {
            response.Headers.RetryAfter = settings.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return ApiProblems.ExportTimedOut(settings.RenderTimeoutSeconds);
        }

        if (outcome.File is not { } file)
        {
            return ApiProblems.ExportFailed(outcome.Failure!);
        }

        // filename* carries the Chinese title (RFC 5987); filename an ASCII name for clients that ignore it
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment")
        {
            FileName = FileNames.AsciiFallback(file.FileName),
            FileNameStar = file.FileName,
        }.ToString();
        return TypedResults.File(file.Content, file.ContentType);
    }
}
