#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Makes the dashboard's offline country shapes from npm's world-atlas package.

world-atlas 2.0.2 (ISC licence, by Mike Bostock) ships Natural Earth's 1:110m admin-0 countries (public
domain) as TopoJSON. This script fetches the package with `npm pack` (or reads a given .tgz), decodes the
TopoJSON arcs and writes plain GeoJSON, coordinates rounded to 0.01 degree, which ECharts draws as is.

    python3 scripts/make-world-map.py [world-atlas-2.0.2.tgz]
"""
import io
import json
import os
import subprocess
import sys
import tarfile
import tempfile

OUT = os.path.join(os.path.dirname(__file__), "..", "parley-server", "src", "main", "resources", "org", "parley",
                   "server", "web", "world-110m.geojson")


def load_topology(tgz):
    with tarfile.open(tgz) as t:
        return json.load(io.TextIOWrapper(t.extractfile("package/countries-110m.json"), encoding="utf-8"))


def decode_arcs(topo):
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append([round(x * sx + tx, 2), round(y * sy + ty, 2)])
        arcs.append(pts)
    return arcs


def ring(arcs, indexes):
    pts = []
    for i in indexes:
        a = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        pts.extend(a if not pts else a[1:])
    return pts


def main():
    if len(sys.argv) > 1:
        tgz = sys.argv[1]
    else:
        tmp = tempfile.mkdtemp()
        subprocess.run(["npm", "pack", "world-atlas@2.0.2", "--pack-destination", tmp], check=True,
                       stdout=subprocess.DEVNULL)
        tgz = os.path.join(tmp, "world-atlas-2.0.2.tgz")
    topo = load_topology(tgz)
    arcs = decode_arcs(topo)
    features = []
    for g in topo["objects"]["countries"]["geometries"]:
        if g["type"] == "Polygon":
            geom = {"type": "Polygon", "coordinates": [ring(arcs, r) for r in g["arcs"]]}
        elif g["type"] == "MultiPolygon":
            geom = {"type": "MultiPolygon", "coordinates": [[ring(arcs, r) for r in p] for p in g["arcs"]]}
        else:
            continue
        features.append({"type": "Feature", "id": g.get("id"), "properties": {"name": g["properties"]["name"]},
                         "geometry": geom})
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump({"type": "FeatureCollection",
                   "attribution": "Natural Earth 1:110m countries (public domain) via world-atlas 2.0.2 (ISC)",
                   "features": features}, f, separators=(",", ":"))
    print(f"wrote {len(features)} countries to {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
