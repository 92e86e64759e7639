// Symbology: the catalogue's styles (/api/layers), already in Leaflet Path option names, resolved per feature.
//
// A layer's `style` holds its options; `categories.field` names the feature property whose value picks one of
// `categories.classes`, whose `style` overrides only what it sets. The export renderer resolves the same rules
// in SpatialPlan.Rendering/Symbology/LeafletSymbology.cs; an end-to-end test compares the two.

/** Leaflet's own fill opacity (Path.js), which the layer's opacity slider scales when a style sets none. */
const LEAFLET_FILL_OPACITY = 0.2;

/** The catalogue's style of one feature (by its properties): the layer's, with its category's on top. */
export function styleOf(def, properties) {
  const style = withDefined({}, def.style);
  const value = def.categories ? properties?.[def.categories.field] : undefined;
  const category = def.categories?.classes.find(c => c.value === value);
  return withDefined(style, category?.style);
}

/** The style at the layer's opacity (0..1), which scales both stroke and fill. */
export function atOpacity(style, opacity) {
  return {
    ...style,
    opacity: (style.opacity ?? 1) * opacity,
    fillOpacity: (style.fillOpacity ?? LEAFLET_FILL_OPACITY) * opacity,
  };
}

/** Copies the options that are set: a category's null means "as the layer", not "none". */
function withDefined(target, source) {
  for (const [key, value] of Object.entries(source ?? {})) {
    if (value !== null && value !== undefined) target[key] = value;
  }
  return target;
}
