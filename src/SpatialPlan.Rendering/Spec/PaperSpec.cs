namespace SpatialPlan.Rendering.Spec;

/// <summary>An ISO 216 sheet and its orientation.</summary>
public sealed record PaperSpec(PaperSize Size = PaperSize.A4, PaperOrientation Orientation = PaperOrientation.Landscape)
{
    /// <summary>Width and height in millimetres, as the orientation turns the sheet.</summary>
    public (double Width, double Height) Millimetres
    {
        get
        {
            var (shortSide, longSide) = Size switch
            {
                PaperSize.A3 => (297.0, 420.0),
                _ => (210.0, 297.0),
            };
            return Orientation == PaperOrientation.Portrait ? (shortSide, longSide) : (longSide, shortSide);
        }
    }
}

public enum PaperSize
{
    A4,
    A3,
}

public enum PaperOrientation
{
    Landscape,
    Portrait,
}
