"""Draws a WMS layer with QGIS's own WMS provider, headless, and saves it as PNG.

Arguments: the service URL, the layer, the style, the CRS, minx miny maxx maxy (x east, y north), width, height, output.
Prints one line of JSON: whether QGIS took the layer, the extent QGIS drew (it keeps the output's shape) and its errors.
"""
import json
import sys

from qgis.core import (QgsApplication, QgsCoordinateReferenceSystem, QgsMapRendererParallelJob, QgsMapSettings,
                       QgsRasterLayer, QgsRectangle)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor

url, layer_name, style, crs = sys.argv[1:5]
minx, miny, maxx, maxy = (float(v) for v in sys.argv[5:9])
width, height, output = int(sys.argv[9]), int(sys.argv[10]), sys.argv[11]

QgsApplication.setPrefixPath("/usr", True)
app = QgsApplication([], False)
app.initQgis()
layer = QgsRasterLayer(f"crs={crs}&format=image/png&layers={layer_name}&styles={style}&url={url}", layer_name, "wms")
settings = QgsMapSettings()
settings.setLayers([layer])
settings.setDestinationCrs(QgsCoordinateReferenceSystem(crs))
settings.setExtent(QgsRectangle(minx, miny, maxx, maxy))
settings.setOutputSize(QSize(width, height))
settings.setBackgroundColor(QColor(255, 255, 255))
job = QgsMapRendererParallelJob(settings)
job.start()
job.waitForFinished()
job.renderedImage().save(output, "png")
drawn = settings.visibleExtent()
print(json.dumps({"valid": layer.isValid(), "extent": [drawn.xMinimum(), drawn.yMinimum(), drawn.xMaximum(), drawn.yMaximum()],
                  "errors": [e.message for e in job.errors()]}))
app.exitQgis()
