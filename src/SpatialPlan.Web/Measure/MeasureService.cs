using Microsoft.Extensions.Options;
using SpatialPlan.Core.Catalogue;
using SpatialPlan.Core.Measurement;

namespace SpatialPlan.Web.Measure;

/// <summary>
/// The measure sequence, once, for <c>POST /api/measure</c> and the map page's drawn shapes alike: the GeoJSON
/// read and checked (<see cref="MeasureInput"/>), measured with its breakdown by zone and phase
/// (<see cref="MeasureOp"/>), and answered (<see cref="MeasureResponse"/>).
/// </summary>
public sealed class MeasureService(LayerCatalogue catalogue, BreakdownRegionsCache regions, IOptions<MeasureOptions> options)
{
    /// <summary>What was read and, when it could be measured, the answer.</summary>
    /// <param name="Input">The geometry read, or the errors and problems that stop it.</param>
    /// <param name="Response">The measurement; null when <paramref name="Input"/> has no geometry.</param>
    public sealed record Result(MeasureInput Input, MeasureResponse? Response);

    /// <summary>Measures a GeoJSON geometry or Feature given as UTF-8 JSON.</summary>
    public async Task<Result> MeasureAsync(ReadOnlyMemory<byte> utf8Json, CancellationToken cancellationToken)
    {
        var input = MeasureInput.Read(utf8Json, catalogue.Extent, options.Value.MaxVertices);
        if (input.Geometry is not { } geometry)
        {
            return new Result(input, null);
        }

        var breakdown = await regions.GetAsync().WaitAsync(cancellationToken);
        return new Result(input, MeasureResponse.From(MeasureOp.Measure(geometry, breakdown)));
    }
}
