#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Makes the dashboard's offline country shapes from npm's world-atlas package.

world-atlas 2.0.2 (ISC licence, by Mike Bostock) ships Natural Earth's 1:110m admin-0 countries (public
domain) as TopoJSON. This script fetches the package with `npm pack` (or reads a given .tgz), decodes the
TopoJSON arcs and writes plain GeoJSON, coordinates rounded to 0.01 degree, which ECharts draws as is.

Natural Earth cuts the land that crosses the antimeridian (Russia's Chukotka, Fiji) into pieces that meet at
longitude 180, but a ring of one piece may still step from 180 to -180 (and Antarctica's ring closes along the
edge of the map). Drawn as is, such a step is a line across the whole world. So every ring is made continuous
(no step over 180 degrees of longitude), then cut at the antimeridian into pieces each on its own side, and a
ring around a pole is closed through the pole in steps of 90 degrees.

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


def unwrap(ring):
    """The ring with each longitude moved by a multiple of 360 so that no step spans more than 180 degrees."""
    out = [list(ring[0])]
    for x, y in ring[1:]:
        px = out[-1][0]
        while x - px > 180:
            x -= 360
        while px - x > 180:
            x += 360
        out.append([x, y])
    return out


def clip(ring, c, keep_left):
    """Sutherland-Hodgman clip of a closed ring to the side of the meridian x = c (left: x <= c)."""
    inside = (lambda p: p[0] <= c) if keep_left else (lambda p: p[0] >= c)
    out = []
    pts = ring[:-1] if ring[0] == ring[-1] else ring
    for i, cur in enumerate(pts):
        prev = pts[i - 1]
        if inside(cur):
            if not inside(prev):
                out.append(cross(prev, cur, c))
            out.append(cur)
        elif inside(prev):
            out.append(cross(prev, cur, c))
    if out and out[0] != out[-1]:
        out.append(list(out[0]))
    return out if len(out) >= 4 else None


def cross(a, b, c):
    t = (c - a[0]) / (b[0] - a[0])
    return [float(c), a[1] + t * (b[1] - a[1])]


def close_through_pole(ring):
    """A ring that winds once around a pole (Antarctica's) closed along the edge of the map at that pole."""
    pole = -90 if sum(p[1] for p in ring) < 0 else 90
    end = ring[-1][0]
    step = -90 if end > ring[0][0] else 90
    path = [[end, pole]]
    x = end
    while abs(x - ring[0][0]) > 90:
        x += step
        path.append([x, pole])
    path.append([ring[0][0], pole])
    return ring[:-1] + [ring[-1]] + path + [list(ring[0])]


def split_ring(ring):
    """The pieces of one ring, each within [-180, 180] and with no step over 180 degrees of longitude."""
    u = unwrap(ring)
    if abs(u[-1][0] - u[0][0]) > 180:  # winds around a pole: unwrapped, its ends are 360 degrees apart
        u = close_through_pole(u)
        return [[[max(-180, min(180, x)), y] for x, y in u]]
    pieces = []
    for shift in (-360, 0, 360):
        part = [[x + shift, y] for x, y in u]
        part = clip(part, -180, keep_left=False)
        part = part and clip(part, 180, keep_left=True)
        if part:
            pieces.append(part)
    return pieces


def polygons(rings):
    """A polygon (outer ring then holes) as one or more polygons, split at the antimeridian."""
    outer = split_ring(rings[0])
    if len(outer) == 1:
        return [[outer[0]] + [p for hole in rings[1:] for p in split_ring(hole)]]
    if len(rings) > 1:
        raise SystemExit("a polygon with holes crosses the antimeridian: not handled")
    return [[p] for p in outer]


def rounded(poly):
    return [[[float(round(x, 2)), float(round(y, 2))] for x, y in r] for r in poly]


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
            parts = polygons([ring(arcs, r) for r in g["arcs"]])
        elif g["type"] == "MultiPolygon":
            parts = [q for p in g["arcs"] for q in polygons([ring(arcs, r) for r in p])]
        else:
            continue
        parts = [rounded(p) for p in parts]
        geom = {"type": "Polygon", "coordinates": parts[0]} if len(parts) == 1 else \
            {"type": "MultiPolygon", "coordinates": parts}
        features.append({"type": "Feature", "id": g.get("id"), "properties": {"name": g["properties"]["name"]},
                         "geometry": geom})
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump({"type": "FeatureCollection",
                   "attribution": "Natural Earth 1:110m countries (public domain) via world-atlas 2.0.2 (ISC)",
                   "features": features}, f, separators=(",", ":"))
    print(f"wrote {len(features)} countries to {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
