namespace SpatialPlan.Rendering.Frame;

/// <summary>
/// The CRSs in ESRI's WKT dialect, as ArcGIS writes .prj files (QGIS and GDAL read them too). ProjNet writes
/// OGC WKT only, and a .prj must be the ESRI flavour.
/// </summary>
internal static class EsriWktText
{
    public const string GaussKruger120 =
        "PROJCS[\"CGCS2000_3_Degree_GK_CM_120E\"," +
        "GEOGCS[\"GCS_China_Geodetic_Coordinate_System_2000\"," +
        "DATUM[\"D_China_2000\",SPHEROID[\"CGCS2000\",6378137.0,298.257222101]]," +
        "PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]," +
        "PROJECTION[\"Gauss_Kruger\"],PARAMETER[\"False_Easting\",500000.0],PARAMETER[\"False_Northing\",0.0]," +
        "PARAMETER[\"Central_Meridian\",120.0],PARAMETER[\"Scale_Factor\",1.0],PARAMETER[\"Latitude_Of_Origin\",0.0]," +
        "UNIT[\"Meter\",1.0]]";

    public const string WebMercator =
        "PROJCS[\"WGS_1984_Web_Mercator_Auxiliary_Sphere\"," +
        "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]]," +
        "PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]," +
        "PROJECTION[\"Mercator_Auxiliary_Sphere\"],PARAMETER[\"False_Easting\",0.0],PARAMETER[\"False_Northing\",0.0]," +
        "PARAMETER[\"Central_Meridian\",0.0],PARAMETER[\"Standard_Parallel_1\",0.0],PARAMETER[\"Auxiliary_Sphere_Type\",0.0]," +
        "UNIT[\"Meter\",1.0]]";

    public const string Cgcs2000 =
        "GEOGCS[\"GCS_China_Geodetic_Coordinate_System_2000\"," +
        "DATUM[\"D_China_2000\",SPHEROID[\"CGCS2000\",6378137.0,298.257222101]]," +
        "PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]";
}
