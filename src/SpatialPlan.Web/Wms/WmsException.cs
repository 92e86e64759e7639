using System.Text;
using System.Xml.Linq;

namespace SpatialPlan.Web.Wms;

/// <summary>
/// A WMS service exception: a code from WMS 1.3.0 (Annex A.6, or OWS Common's MissingParameterValue /
/// InvalidParameterValue where WMS names none), the message, and the parameter at fault. Thrown by the request
/// readers and turned into a <c>ServiceExceptionReport</c> in one place, <see cref="WmsEndpoints"/>.
/// </summary>
public sealed class WmsException(string code, string message, string? locator = null, int status = StatusCodes.Status400BadRequest)
    : Exception(message)
{
    public const string InvalidFormat = "InvalidFormat";
    public const string InvalidCrs = "InvalidCRS";
    public const string LayerNotDefined = "LayerNotDefined";
    public const string StyleNotDefined = "StyleNotDefined";
    public const string LayerNotQueryable = "LayerNotQueryable";
    public const string InvalidPoint = "InvalidPoint";
    public const string OperationNotSupported = "OperationNotSupported";
    public const string MissingParameterValue = "MissingParameterValue";
    public const string InvalidParameterValue = "InvalidParameterValue";

    /// <summary>No WMS code fits (the server is busy): the exception goes without one, as 1.3.0 allows.</summary>
    public const string NoCode = "";

    public const string ExceptionMediaType = "text/xml";

    private static readonly XNamespace Ogc = "http://www.opengis.net/ogc";
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public string Code { get; } = code;

    public string? Locator { get; } = locator;

    public int Status { get; } = status;

    public static WmsException Missing(string name) =>
        new(MissingParameterValue, $"the parameter {name.ToUpperInvariant()} is required", name);

    /// <summary>The exception as WMS clients read it (GDAL and QGIS show its text), with a 4xx or 503 status.</summary>
    public IResult ToResult() => Results.Text(Report(), ExceptionMediaType, Encoding.UTF8, Status);

    public string Report()
    {
        var exception = new XElement(Ogc + "ServiceException", Message);
        if (Code.Length > 0)
        {
            exception.Add(new XAttribute("code", Code));
        }

        if (Locator is not null)
        {
            exception.Add(new XAttribute("locator", Locator));
        }

        var report = new XElement(Ogc + "ServiceExceptionReport",
            new XAttribute("version", WmsCapabilities.Version),
            new XAttribute(XNamespace.Xmlns + "xsi", Xsi),
            new XAttribute(Xsi + "schemaLocation", "http://www.opengis.net/ogc http://schemas.opengis.net/wms/1.3.0/exceptions_1_3_0.xsd"),
            exception);
        return new XDeclaration("1.0", "UTF-8", null) + "\n" + report;
    }
}
