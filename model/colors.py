"""Colour arithmetic for tags: perceptual distance, colour-vision simulation, contrast.

Pure Python so the tests and the window share one definition:
- `delta_e2000` — CIEDE2000 (Sharma, Wu & Dalal 2005) between two sRGB colours (D65).
- `simulate` — Machado, Oliveira & Fernandes (2009) dichromacy at severity 1.0, applied
  to linear RGB (the matrices are defined there), clipped to the gamut.
- `contrast_ratio` — WCAG 2 relative luminance ratio, (L1 + 0.05) / (L2 + 0.05).
- `highlight_tint` — the background a tag paints behind text: the tag colour mixed into
  the page colour (a light tint on a light page, a dark one on a dark page).
"""
from __future__ import annotations

import math

RGB = tuple[float, float, float]

#: Machado et al. 2009, severity 1.0, for linear RGB.
MACHADO: dict[str, tuple[RGB, RGB, RGB]] = {
    "protanopia": ((0.152286, 1.052583, -0.204868),
                   (0.114503, 0.786281, 0.099216),
                   (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968),
                     (0.280085, 0.672501, 0.047413),
                     (-0.011820, 0.042940, 0.968881)),
    "tritanopia": ((1.255528, -0.076749, -0.178779),
                   (-0.078411, 0.930809, 0.147602),
                   (0.004733, 0.691367, 0.303900)),
}

#: Share of the tag colour in a highlight's background, per page scheme (one tag, several
#: overlapping): enough to see the colour, little enough for body text to keep WCAG AA
#: contrast (checked by a test).
TINT_SHARE = {"light": 0.26, "dark": 0.36}
OVERLAP_SHARE = {"light": 0.36, "dark": 0.40}


def parse(color: str) -> RGB:
    """'#rrggbb' → sRGB components in 0..1."""
    value = color.lstrip("#")
    if len(value) != 6:
        raise ValueError(f"not a #rrggbb colour: {color!r}")
    return (int(value[0:2], 16) / 255, int(value[2:4], 16) / 255, int(value[4:6], 16) / 255)


def to_hex(rgb: RGB) -> str:
    return "#" + "".join(f"{round(min(1.0, max(0.0, c)) * 255):02x}" for c in rgb)


def _linear(c: float) -> float:
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def _encoded(c: float) -> float:
    c = min(1.0, max(0.0, c))
    return 12.92 * c if c <= 0.0031308 else 1.055 * c ** (1 / 2.4) - 0.055


def linear_rgb(color: str) -> RGB:
    r, g, b = parse(color)
    return (_linear(r), _linear(g), _linear(b))


def simulate(color: str, deficiency: str) -> str:
    """How `color` looks with a full dichromacy ("protanopia", "deuteranopia", "tritanopia")."""
    rgb = linear_rgb(color)
    rows = MACHADO[deficiency]
    out = tuple(sum(m * c for m, c in zip(row, rgb)) for row in rows)
    return to_hex((_encoded(out[0]), _encoded(out[1]), _encoded(out[2])))


def lab(color: str) -> RGB:
    """CIE L*a*b* (D65) of an sRGB colour."""
    r, g, b = linear_rgb(color)
    x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047
    y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b
    z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > (6 / 29) ** 3 else t / (3 * (6 / 29) ** 2) + 4 / 29

    fx, fy, fz = f(x), f(y), f(z)
    return (116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz))


def delta_e2000_lab(lab1: RGB, lab2: RGB) -> float:
    """CIEDE2000 colour difference (kL = kC = kH = 1)."""
    l1, a1, b1 = lab1
    l2, a2, b2 = lab2
    c_bar = (math.hypot(a1, b1) + math.hypot(a2, b2)) / 2
    g = 0.5 * (1 - math.sqrt(c_bar ** 7 / (c_bar ** 7 + 25 ** 7)))
    a1p, a2p = (1 + g) * a1, (1 + g) * a2
    c1p, c2p = math.hypot(a1p, b1), math.hypot(a2p, b2)
    h1p = math.degrees(math.atan2(b1, a1p)) % 360 if c1p else 0.0
    h2p = math.degrees(math.atan2(b2, a2p)) % 360 if c2p else 0.0
    dlp, dcp = l2 - l1, c2p - c1p
    if c1p * c2p == 0:
        dhp = 0.0
    elif abs(h2p - h1p) <= 180:
        dhp = h2p - h1p
    else:
        dhp = h2p - h1p - 360 if h2p > h1p else h2p - h1p + 360
    dHp = 2 * math.sqrt(c1p * c2p) * math.sin(math.radians(dhp / 2))
    lp_bar, cp_bar = (l1 + l2) / 2, (c1p + c2p) / 2
    if c1p * c2p == 0:
        hp_bar = h1p + h2p
    elif abs(h1p - h2p) <= 180:
        hp_bar = (h1p + h2p) / 2
    else:
        hp_bar = (h1p + h2p + 360) / 2 if h1p + h2p < 360 else (h1p + h2p - 360) / 2
    t = (1 - 0.17 * math.cos(math.radians(hp_bar - 30)) + 0.24 * math.cos(math.radians(2 * hp_bar))
         + 0.32 * math.cos(math.radians(3 * hp_bar + 6))
         - 0.20 * math.cos(math.radians(4 * hp_bar - 63)))
    d_theta = 30 * math.exp(-(((hp_bar - 275) / 25) ** 2))
    r_c = 2 * math.sqrt(cp_bar ** 7 / (cp_bar ** 7 + 25 ** 7))
    s_l = 1 + 0.015 * (lp_bar - 50) ** 2 / math.sqrt(20 + (lp_bar - 50) ** 2)
    s_c = 1 + 0.045 * cp_bar
    s_h = 1 + 0.015 * cp_bar * t
    r_t = -math.sin(math.radians(2 * d_theta)) * r_c
    return math.sqrt((dlp / s_l) ** 2 + (dcp / s_c) ** 2 + (dHp / s_h) ** 2
                     + r_t * (dcp / s_c) * (dHp / s_h))


def delta_e2000(color1: str, color2: str) -> float:
    return delta_e2000_lab(lab(color1), lab(color2))


def min_pair_distance(colors: list[str], deficiency: str | None = None) -> tuple[float, str, str]:
    """The closest pair of `colors` (CIEDE2000), as seen with `deficiency` (None: normal)."""
    seen = [simulate(c, deficiency) if deficiency else c for c in colors]
    best = (math.inf, "", "")
    for i in range(len(colors)):
        for j in range(i + 1, len(colors)):
            d = delta_e2000(seen[i], seen[j])
            if d < best[0]:
                best = (d, colors[i], colors[j])
    return best


def relative_luminance(color: str) -> float:
    r, g, b = linear_rgb(color)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(color1: str, color2: str) -> float:
    """WCAG 2 contrast ratio (1..21)."""
    hi, lo = sorted((relative_luminance(color1), relative_luminance(color2)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def mix(color: str, onto: str, share: float) -> str:
    """`color` laid over `onto` with opacity `share` (in sRGB, as Qt composes)."""
    top, bottom = parse(color), parse(onto)
    return to_hex(tuple(share * t + (1 - share) * b for t, b in zip(top, bottom)))  # type: ignore[arg-type]


def readable_on(color: str, page: str, ratio: float = 4.5) -> str:
    """`color` darkened (on a light page) or lightened (on a dark one) just enough for
    text in it to reach `ratio` against `page` (tag-coloured labels)."""
    toward = "#ffffff" if is_dark(page) else "#000000"
    for step in range(21):
        shade = mix(toward, color, step / 20)
        if contrast_ratio(shade, page) >= ratio:
            return shade
    return toward


def is_dark(color: str) -> bool:
    """A page colour darker than mid grey (the palette-lightness fallback for dark mode)."""
    return relative_luminance(color) < 0.18


def average(colors: list[str]) -> str:
    """The mean of several colours (where tags overlap)."""
    parts = [parse(c) for c in colors]
    return to_hex(tuple(sum(p[i] for p in parts) / len(parts) for i in range(3)))  # type: ignore[arg-type]


def highlight_tint(color: str, page: str, overlap: bool = False) -> str:
    """The opaque background a tag paints on `page`: a light tint on a light page, a
    dark one on a dark page (TINT_SHARE; OVERLAP_SHARE, a little stronger, where several
    tags cover the text and `color` is their average)."""
    shares = OVERLAP_SHARE if overlap else TINT_SHARE
    return mix(color, page, shares["dark" if is_dark(page) else "light"])
