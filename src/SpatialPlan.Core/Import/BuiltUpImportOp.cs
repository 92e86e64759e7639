using NetTopologySuite.Geometries;
using SpatialPlan.Core.Geodata;
using SpatialPlan.Core.Measurement;
using SpatialPlan.Core.Records;

namespace SpatialPlan.Core.Import;

/// <summary>
/// Checks what a reader found in an import of built-up parcels: every feature taken to lon/lat (EPSG:4549 by
/// ProjNet), checked by the rules of any write (<see cref="BuiltUpRules"/>: polygons, finite, inside the plan,
/// latitude not first, valid rings, at most the vertex limit; names, year built and note within their
/// limits), ids unique, and measured. All or nothing: see <see cref="BuiltUpImport"/>. Nothing is repaired,
/// truncated or dropped: an overlong name or a year out of range rejects its feature, naming the attribute.
/// </summary>
public static class BuiltUpImportOp
{
    /// <summary>
    /// Checks every feature a reader found. A file problem of the reader, an unknown CRS or an empty file make
    /// the whole import unusable; otherwise each feature is valid or rejected with its reason and location.
    /// </summary>
    /// <param name="source">What the reader found, coordinates in <see cref="ImportSource.Crs"/>.</param>
    /// <param name="extent">The plan extent every lon/lat coordinate must lie in.</param>
    /// <param name="limits">The vertex limit per feature.</param>
    /// <param name="regions">The zones and phases to break each parcel's area down by (the report's zone and phase),
    /// or null for none.</param>
    public static BuiltUpImport Check(ImportSource source, PlanExtent extent, ImportLimits limits, BreakdownRegions? regions = null)
    {
        if (source.FileProblem is not null || source.Crs is null)
        {
            return BuiltUpImport.Unusable(source.Format, source.FileProblem ?? "the coordinate system is unknown");
        }

        if (source.Features.Count == 0)
        {
            return BuiltUpImport.Unusable(source.Format, "the file holds no features");
        }

        var valid = new List<ImportedFeature>();
        var rejected = new List<RejectedFeature>();
        var firstIndexById = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var candidate in source.Features)
        {
            var reason = Duplicate(candidate, firstIndexById) ?? candidate.Problem;
            if (reason is not null || candidate.Geometry is null)
            {
                rejected.Add(new RejectedFeature(candidate.Index, candidate.Ref, reason ?? "no geometry", null));
                continue;
            }

            var (lonLat, problem) = ToLonLat(candidate.Geometry, source.Crs);
            var check = BuiltUpRules.Check(lonLat, name => AttributeValue(candidate, name), extent, limits.MaxVerticesPerFeature);
            var problems = problem is not null ? [problem] : check.Problems;
            if (check.Draft is not { } draft)
            {
                var why = string.Join("; ", problems.Select(p => Explain(p, source.Crs))
                    .Concat(check.Errors.Select(e => $"attribute '{e.Field}' {e.Message}")));
                rejected.Add(new RejectedFeature(candidate.Index, candidate.Ref, why, problems.Count > 0 ? problems[0].Location : null));
                continue;
            }

            valid.Add(new ImportedFeature(candidate.Index, candidate.Id, draft, candidate.Attributes, MeasureOp.Measure(draft.Parcel, regions)));
        }

        return new BuiltUpImport(source.Format, source.Crs, source.CrsFrom, source.Features.Count, valid, rejected, Encoding: source.Encoding);
    }

    /// <summary>A file's attribute by the rules' name; a file without <c>name_zh</c> may name its parcels <c>name</c>; the
    /// source id is the feature's own id in the file (a <c>source_id</c> attribute where it has none).</summary>
    private static object? AttributeValue(ImportCandidate candidate, string name)
    {
        var attributes = candidate.Attributes;
        var value = attributes.Exists(name) ? attributes[name] : null;
        if (name == BuiltUpRules.SourceId)
        {
            return candidate.Id ?? value;
        }

        return value is null && name == BuiltUpRules.NameZh && attributes.Exists("name") ? attributes["name"] : value;
    }

    private static string? Duplicate(ImportCandidate candidate, Dictionary<string, int> firstIndexById)
    {
        if (candidate.Id is null)
        {
            return null;
        }

        if (firstIndexById.TryGetValue(candidate.Id, out var first))
        {
            return $"the id '{candidate.Id}' appears more than once (first at #{first})";
        }

        firstIndexById[candidate.Id] = candidate.Index;
        return null;
    }

    /// <summary>The geometry in lon/lat with SRID 4326, or the problem that stops the transformation.</summary>
    private static (Geometry? LonLat, GeometryProblem? Problem) ToLonLat(Geometry geometry, SourceCrs crs)
    {
        if (!crs.IsProjected)
        {
            return (GeometryFactories.LonLat.CreateGeometry(geometry), null);
        }

        foreach (var c in geometry.Coordinates)
        {
            if (!double.IsFinite(c.X) || !double.IsFinite(c.Y))
            {
                return (null, new GeometryProblem(GeometryProblemKind.NotFinite, "a coordinate is NaN or infinite", c));
            }

            // EPSG:4549 eastings here are 500 000 ± 150 000 m, northings about 3 100 000 m.
            if (c.X > 1_000_000 && c.Y < 1_000_000)
            {
                return (null, new GeometryProblem(GeometryProblemKind.AxisOrderSwapped,
                    "coordinates look like northing, easting; EPSG:4549 wants easting first", c));
            }
        }

        return (PlanarMeasure.ToLonLat(geometry), null);
    }

    private static string Explain(GeometryProblem problem, SourceCrs crs)
    {
        var text = problem.ToString();
        return problem.Kind == GeometryProblemKind.OutOfRange && !crs.IsProjected
            ? text + $" (metres? declare crs {SourceCrs.GaussKruger120.Code})"
            : problem.Kind == GeometryProblemKind.OutsidePlanExtent && crs.IsProjected
                ? text + " (degrees? a file in EPSG:4549 holds metres)"
                : text;
    }
}
