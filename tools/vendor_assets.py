"""Copies the dashboard's front-end libraries from node_modules (installed by `npm ci` from the committed
package-lock.json) into src/eventlens/api/static/vendor, with their licences: the app serves them itself, so the
dashboard and the API docs work with no internet. Run by `make install`; the copies are not committed."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODULES = ROOT / "node_modules"
VENDOR = ROOT / "src" / "eventlens" / "api" / "static" / "vendor"

# package -> (file in the package, where it goes under vendor/)
FILES: dict[str, list[tuple[str, str]]] = {
    "leaflet": [
        ("dist/leaflet.js", "leaflet/leaflet.js"),
        ("dist/leaflet.css", "leaflet/leaflet.css"),
        ("dist/images/layers.png", "leaflet/images/layers.png"),
        ("dist/images/layers-2x.png", "leaflet/images/layers-2x.png"),
        ("dist/images/marker-icon.png", "leaflet/images/marker-icon.png"),
        ("dist/images/marker-icon-2x.png", "leaflet/images/marker-icon-2x.png"),
        ("dist/images/marker-shadow.png", "leaflet/images/marker-shadow.png"),
        ("LICENSE", "leaflet/LICENSE"),
    ],
    "leaflet.markercluster": [
        ("dist/leaflet.markercluster.js", "markercluster/leaflet.markercluster.js"),
        ("dist/MarkerCluster.css", "markercluster/MarkerCluster.css"),
        ("dist/MarkerCluster.Default.css", "markercluster/MarkerCluster.Default.css"),
        ("MIT-LICENCE.txt", "markercluster/LICENSE"),
    ],
    "topojson-client": [
        ("dist/topojson-client.min.js", "topojson/topojson-client.min.js"),
        ("LICENSE", "topojson/LICENSE"),
    ],
    # Natural Earth's countries at 1:50m (public domain), as TopoJSON.
    "world-atlas": [("countries-50m.json", "world/countries-50m.json"), ("LICENSE", "world/LICENSE")],
    "swagger-ui-dist": [
        ("swagger-ui-bundle.js", "swagger-ui/swagger-ui-bundle.js"),
        ("swagger-ui.css", "swagger-ui/swagger-ui.css"),
        ("LICENSE", "swagger-ui/LICENSE"),
        ("NOTICE", "swagger-ui/NOTICE"),
    ],
}


def main() -> int:
    missing = [package for package in FILES if not (MODULES / package).is_dir()]
    if missing:
        print(
            f"vendor_assets: {', '.join(missing)} not in node_modules: run `npm ci --ignore-scripts`", file=sys.stderr
        )
        return 1
    for package, files in FILES.items():
        for source, target in files:
            destination = VENDOR / target
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(MODULES / package / source, destination)
    print(f"vendor_assets: front-end libraries copied to {VENDOR.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
