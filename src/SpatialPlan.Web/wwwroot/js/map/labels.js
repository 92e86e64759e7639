// Labels: the catalogue's label policy (`labels` of each layer in /api/layers) on the screen map.
//
// Policy fields: `property` ({ zh, en }: the feature property holding the text per language), `rank` (prominence,
// used by the export) and `onScreen` (this map labels the layer's areas permanently). The export renderer follows
// the same policy (SpatialPlan.Core/Catalogue/LabelPolicy.cs); only `onScreen` layers get labels here, because
// permanent tooltips have no collision placer.
import * as L from '../../lib/leaflet/leaflet-src.esm.js';

const TOOLTIP_OPTIONS = { permanent: true, direction: 'center', className: 'sp-label', interactive: false };

/** The label of a feature in a language: the language's property, else the Chinese one; null when neither is set. */
export function labelText(policy, properties, language) {
  const text = properties?.[language === 'en' ? policy.property.en : policy.property.zh];
  return nonEmpty(text) ?? nonEmpty(properties?.[policy.property.zh]);
}

/** Labels one drawn feature if the policy puts its layer on screen and the feature is an area with a label. */
export function bindLabel(def, feature, layer, language) {
  const policy = def.labels;
  if (!policy?.onScreen || !(layer instanceof L.Polygon)) return;
  const text = labelText(policy, feature.properties, language);
  if (text !== null) layer.bindTooltip(labelElement(text), TOOLTIP_OPTIONS);
}

/** Rewrites the labels of a GeoJSON layer group in another language. */
export function relabel(def, group, language) {
  group.eachLayer(layer => {
    if (layer.getTooltip()) layer.setTooltipContent(labelElement(labelText(def.labels, layer.feature.properties, language)));
  });
}

// An element with textContent, never an HTML string: property values are text.
function labelElement(text) {
  const span = document.createElement('span');
  span.textContent = text ?? '';
  span.lang = /[\u3400-\u9fff]/u.test(span.textContent) ? 'zh-CN' : 'en'; // a name keeps its own language
  return span;
}

function nonEmpty(text) {
  return typeof text === 'string' && text.length > 0 ? text : null;
}
