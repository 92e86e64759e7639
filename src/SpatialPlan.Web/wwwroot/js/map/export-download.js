// Export download: the page's export spec plus the map's bounds, posted to /api/export; the file goes straight to a
// download and only its name and size go back to .NET.
//
// Options of exportView:
//   url           the export endpoint, relative to the page (default 'api/export')
//   keepUrlMs     how long the download's object URL stays valid (default 60 s)

const DEFAULT_OPTIONS = { url: 'api/export', keepUrlMs: 60_000 };

/**
 * Exports what the map shows: { ok, status, detail, fileName, bytes }, with the server's problem detail on failure.
 * A spec with a `scale` is drawn at that exact scale round the map's centre; without one, the view's bounds.
 */
export async function exportView(map, spec, options) {
  const { url, keepUrlMs } = { ...DEFAULT_OPTIONS, ...options };
  const { scale, ...rest } = spec;
  const c = map.getCenter();
  const b = map.getBounds();
  const extent = scale
    ? { center: [Number(c.lng.toFixed(6)), Number(c.lat.toFixed(6))], scale }
    : { bbox: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].map(n => Number(n.toFixed(6))) };
  const response = await fetch(url, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ ...rest, ...extent }),
  });
  if (!response.ok) {
    return { ok: false, status: response.status, detail: await problemDetail(response), fileName: null, bytes: 0 };
  }
  const blob = await response.blob();
  const fileName = fileNameFrom(response.headers.get('Content-Disposition')) ?? 'map';
  download(blob, fileName, keepUrlMs);
  return { ok: true, status: response.status, detail: null, fileName, bytes: blob.size };
}

async function problemDetail(response) {
  try {
    return (await response.json()).detail ?? response.statusText;
  } catch {
    return response.statusText; // not problem+json
  }
}

function download(blob, fileName, keepUrlMs) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), keepUrlMs);
}

/** The download name: RFC 5987 filename* (UTF-8, Chinese titles) first, then the plain filename. */
function fileNameFrom(disposition) {
  if (!disposition) return null;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (star) return decodeURIComponent(star[1]);
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain ? plain[1] : null;
}
