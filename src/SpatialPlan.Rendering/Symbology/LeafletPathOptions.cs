namespace SpatialPlan.Rendering.Symbology;

/// <summary>
/// A path style with nothing left unset: what Leaflet draws with once its defaults are applied. Sizes in CSS pixels;
/// <see cref="DashArray"/> stays null for a solid line, as in Leaflet.
/// </summary>
public sealed record LeafletPathOptions(
    string Color, double Weight, double Opacity, string FillColor, double FillOpacity, string? DashArray, double Radius);
