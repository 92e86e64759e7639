using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using SpatialPlan.Core.Geodata;
using SpatialPlan.Core.Import;
using SpatialPlan.Core.Measurement;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Core.Tests.Import;

public class BuiltUpImportOpTests
{
    private static readonly PlanExtent Extent = new([120.55, 27.70, 121.35, 28.25], "EPSG:4326");

    private static ImportSource Source(SourceCrs crs, params (string? Id, Geometry? Geometry)[] features) =>
        new(ImportSource.GeoJson, crs, "declared",
            features.Select((f, i) => new ImportCandidate(i, f.Id, f.Geometry, new AttributesTable())).ToList());

    private static ImportSource ValidParcels(SourceCrs crs, Func<Geometry, Geometry> project) =>
        Source(crs, [.. Parcels.ValidGeometries().Select(p => ((string?)p.Id, (Geometry?)project(p.Geometry)))]);

    private static BuiltUpImport Check(ImportSource source, ImportLimits? limits = null) =>
        BuiltUpImportOp.Check(source, Extent, limits ?? ImportLimits.Default);

    [Fact]
    public void AcceptsAFileWhoseFeaturesAreAllValidAndMeasuresEach()
    {
        var import = Check(ValidParcels(SourceCrs.Wgs84, g => g));

        Assert.True(import.IsAccepted);
        Assert.Equal(["A-1", "A-2", "A-3"], import.Accepted.Select(f => f.SourceId));
        Assert.Equal(EllipsoidalArea.SquareMetres(Wkt.Read(Parcels.Valid[1].Wkt)), import.Accepted[1].Measurement.SquareMetres);
        Assert.Equal(GeometryFactories.LonLatSrid, import.Accepted[0].LonLat.SRID);
    }

    [Fact]
    public void AcceptsNothingWhenOneFeatureIsRejectedAndSaysWhichWhyAndWhere()
    {
        var source = Source(SourceCrs.Wgs84, ("A-1", Wkt.Read(Parcels.Valid[0].Wkt)), ("B-7", Wkt.Read(Parcels.Bowtie)), (null, Wkt.Read(Parcels.Valid[2].Wkt)));

        var import = Check(source);

        Assert.False(import.IsAccepted);
        Assert.Empty(import.Accepted);
        Assert.Equal(2, import.Valid.Count);
        var rejected = Assert.Single(import.Rejected);
        Assert.Equal((1, "B-7"), (rejected.Index, rejected.Ref));
        Assert.Contains("Self-intersection", rejected.Reason, StringComparison.Ordinal);
        Assert.Equal(120.9325, rejected.Location!.X, 9);
    }

    [Fact]
    public void MeasuresAFileIn4549LikeItsLonLatOriginal()
    {
        var lonLat = Check(ValidParcels(SourceCrs.Wgs84, g => g));
        var projected = Check(ValidParcels(SourceCrs.GaussKruger120, PlanarMeasure.ToGaussKruger));

        Assert.True(projected.IsAccepted);
        Assert.All(lonLat.Accepted.Zip(projected.Accepted), pair =>
        {
            Assert.Equal(1, pair.Second.Measurement.SquareMetres / pair.First.Measurement.SquareMetres, 1e-9);
            Assert.Equal(1, pair.Second.Measurement.PlanarSquareMetres / pair.First.Measurement.PlanarSquareMetres, 1e-9);
        });
    }

    [Fact]
    public void RecognisesNorthingWrittenBeforeEasting()
    {
        var swapped = PlanarMeasure.ToGaussKruger(Wkt.Read(Parcels.Valid[0].Wkt)).Copy();
        swapped.Apply(new SwapXy());

        var import = Check(Source(SourceCrs.GaussKruger120, ("A-1", swapped)));

        Assert.Contains("northing, easting", Assert.Single(import.Rejected).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void SuggestsEpsg4549WhenLonLatCoordinatesAreMetres()
    {
        var import = Check(ValidParcels(SourceCrs.Wgs84, PlanarMeasure.ToGaussKruger));

        Assert.All(import.Rejected, r => Assert.Contains("declare crs EPSG:4549", r.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void RejectsADuplicateIdAtItsSecondAppearance()
    {
        var import = Check(Source(SourceCrs.Wgs84, ("A-1", Wkt.Read(Parcels.Valid[0].Wkt)), ("A-1", Wkt.Read(Parcels.Valid[1].Wkt))));

        Assert.Equal("the id 'A-1' appears more than once (first at #0)", Assert.Single(import.Rejected).Reason);
    }

    [Theory]
    [InlineData("POINT (120.93 27.95)", "Point")]                                                    // parcels are polygons
    [InlineData("POLYGON ((116.39 39.90, 116.40 39.90, 116.40 39.91, 116.39 39.90))", "outside the plan extent")]
    [InlineData("POLYGON ((27.95 120.93, 27.95 120.94, 27.96 120.94, 27.95 120.93))", "latitude, longitude")]
    [InlineData("POLYGON EMPTY", "empty")]
    public void RejectsAFeatureThatIsNoParcelOfThisPlan(string wkt, string reason) =>
        Assert.Contains(reason, Assert.Single(Check(Source(SourceCrs.Wgs84, ("x", Wkt.Read(wkt)))).Rejected).Reason, StringComparison.Ordinal);

    [Fact]
    public void RejectsFeaturesWithMoreVerticesThanTheLimit()
    {
        var import = Check(ValidParcels(SourceCrs.Wgs84, g => g), new ImportLimits(MaxVerticesPerFeature: 4));

        Assert.Equal(3, import.Rejected.Count);
        Assert.All(import.Rejected, r => Assert.Contains("more than the limit of 4", r.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void RejectsAFeatureTheReaderCouldNotRead()
    {
        var source = new ImportSource(ImportSource.Shapefile, SourceCrs.Wgs84, "prj", [new ImportCandidate(0, null, null, new AttributesTable(), "unreadable geometry blob")]);

        var rejected = Assert.Single(Check(source).Rejected);

        Assert.Equal(("#0", "unreadable geometry blob"), (rejected.Ref, rejected.Reason));
    }

    [Fact]
    public void RefusesAFileWithoutFeatures() =>
        Assert.Equal("the file holds no features", Check(Source(SourceCrs.Wgs84)).FileProblem);

    [Fact]
    public void PassesOnTheReadersFileProblem() =>
        Assert.Equal("no .shp", Check(ImportSource.Unusable(ImportSource.Shapefile, "no .shp")).FileProblem);

    private sealed class SwapXy : IEntireCoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq)
        {
            for (var i = 0; i < seq.Count; i++)
            {
                var x = seq.GetX(i);
                seq.SetX(i, seq.GetY(i));
                seq.SetY(i, x);
            }
        }
    }
}
