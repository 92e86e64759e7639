namespace SpatialPlan.Rendering.Frame;

/// <summary>
/// The CRSs in OGC WKT 1 with their EPSG authority codes, as GDAL writes a CRS into a <c>.aux.xml</c> side file: GDAL
/// reads no .prj beside a PNG, and it names the CRS by these codes (gdalinfo, QGIS: EPSG:4549). The axes are the
/// EPSG definition's: EPSG:4549 is northing first, so the pixels' easting-first order is declared apart (the PAM
/// file's <c>dataAxisToSRSAxisMapping</c>).
/// </summary>
internal static class OgcWktText
{
    private const string Cgcs2000Geographic =
        "GEOGCS[\"China Geodetic Coordinate System 2000\"," +
        "DATUM[\"China_2000\",SPHEROID[\"CGCS2000\",6378137,298.257222101,AUTHORITY[\"EPSG\",\"1024\"]],AUTHORITY[\"EPSG\",\"1043\"]]," +
        "PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]]," +
        "UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]]," +
        "AXIS[\"Latitude\",NORTH],AXIS[\"Longitude\",EAST]," +
        "AUTHORITY[\"EPSG\",\"4490\"]]";

    private const string Wgs84Geographic =
        "GEOGCS[\"WGS 84\"," +
        "DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563,AUTHORITY[\"EPSG\",\"7030\"]],AUTHORITY[\"EPSG\",\"6326\"]]," +
        "PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]]," +
        "UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]]," +
        "AXIS[\"Latitude\",NORTH],AXIS[\"Longitude\",EAST]," +
        "AUTHORITY[\"EPSG\",\"4326\"]]";

    public const string GaussKruger120 =
        "PROJCS[\"CGCS2000 / 3-degree Gauss-Kruger CM 120E\"," + Cgcs2000Geographic + "," +
        "PROJECTION[\"Transverse_Mercator\"]," +
        "PARAMETER[\"latitude_of_origin\",0],PARAMETER[\"central_meridian\",120],PARAMETER[\"scale_factor\",1]," +
        "PARAMETER[\"false_easting\",500000],PARAMETER[\"false_northing\",0]," +
        "UNIT[\"metre\",1,AUTHORITY[\"EPSG\",\"9001\"]]," +
        "AXIS[\"Northing\",NORTH],AXIS[\"Easting\",EAST]," +
        "AUTHORITY[\"EPSG\",\"4549\"]]";

    public const string WebMercator =
        "PROJCS[\"WGS 84 / Pseudo-Mercator\"," + Wgs84Geographic + "," +
        "PROJECTION[\"Mercator_1SP\"]," +
        "PARAMETER[\"central_meridian\",0],PARAMETER[\"scale_factor\",1]," +
        "PARAMETER[\"false_easting\",0],PARAMETER[\"false_northing\",0]," +
        "UNIT[\"metre\",1,AUTHORITY[\"EPSG\",\"9001\"]]," +
        "AXIS[\"Easting\",EAST],AXIS[\"Northing\",NORTH]," +
        "EXTENSION[\"PROJ4\",\"+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m +nadgrids=@null +wktext +no_defs\"]," +
        "AUTHORITY[\"EPSG\",\"3857\"]]";

    /// <summary>EPSG:4490 (CGCS2000 lon/lat), the CRS of a map drawn in plain degrees.</summary>
    public const string Cgcs2000 = Cgcs2000Geographic;
}
