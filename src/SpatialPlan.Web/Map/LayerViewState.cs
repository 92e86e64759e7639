namespace SpatialPlan.Web.Map;

/// <summary>How one layer is shown: visible or not, and its opacity (0–1) as a multiplier of its style.</summary>
public sealed record LayerViewState(string Id, bool Visible, double Opacity);
