/**
 * The points layer's GLSL ES 3.00 (WebGL2). Plain strings in the bundle (a strict CSP needs no
 * `unsafe-eval` for them); the bit layout and sizes are spliced in from the shared constants.
 */
import { KIND, LIFTED, MAX_SECTORS, NO_SEGMENT, PRECISION, STATE } from './layout';
import { PREDICATE_GLSL } from './predicate';
import { HALO, LIFT_SCALE, SHAPE_REACH } from './symbols';

const f = (x: number) => (Number.isInteger(x) ? `${x}.0` : String(x));
const u = (x: number) => `${x}u`;

/** Ring geometry in CSS px (scaled by the pixel ratio in the shaders). */
export const RING = { gap: 2, width: 2.4, outline: 1.2, step: 4.2 };

const COMMON = `#version 300 es
precision highp float;
precision highp int;
#define SELECTED ${u(STATE.selected)}
#define EMPHASISED ${u(STATE.emphasised)}
#define MATCH ${u(STATE.match)}
#define DIMMED ${u(STATE.dimmed)}
#define HOVERED ${u(STATE.hovered)}
#define FOCUSED ${u(STATE.focused)}
#define LIFTED ${u(LIFTED)}
#define HALO ${f(HALO)}
#define LIFT_SCALE ${f(LIFT_SCALE)}
#define REACH ${f(SHAPE_REACH)}
#define RING_GAP ${f(RING.gap)}
#define RING_W ${f(RING.width)}
#define RING_OUT ${f(RING.outline)}
#define RING_STEP ${f(RING.step)}
`;

export const VERTEX = `${COMMON}
layout(location = 0) in vec4 a_pos;
layout(location = 1) in uint a_mask;
layout(location = 2) in uvec2 a_kindPrecision;
layout(location = 3) in uvec4 a_segments;
layout(location = 4) in ivec2 a_years;
layout(location = 5) in vec2 a_offset;
layout(location = 6) in uint a_state;
${PREDICATE_GLSL}
// the map's matrix times a translation to the camera centre, composed in float64 on the CPU
uniform mat4 u_matrix;
// the same centre as hi + lo float32 pairs: (hi.x, hi.y, lo.x, lo.y)
uniform vec4 u_centre;
uniform vec2 u_framebuffer;
uniform float u_ratio;
uniform float u_radius[5];
uniform float u_offsetScale;
uniform bool u_search;
uniform int u_pass;
uniform float u_maxPointSize;

flat out uint v_kind;
flat out uint v_precision;
flat out uvec4 v_segments;
flat out uint v_state;
flat out float v_radius;
flat out float v_half;
flat out float v_dim;

void main() {
	bool lifted = (a_state & LIFTED) != 0u;
	if (!passes(a_mask, a_kindPrecision.x, a_years) || (u_pass == 0 && lifted)) {
		// outside the clip volume: no fragment, nothing to blend
		gl_Position = vec4(2.0, 2.0, 2.0, 1.0);
		gl_PointSize = 1.0;
		return;
	}
	// exact to the metre at any zoom: hi − hi and lo − lo are both small and exact in float32
	vec2 rel = (a_pos.xy - u_centre.xy) + (a_pos.zw - u_centre.zw);
	vec4 clip = u_matrix * vec4(rel, 0.0, 1.0);
	vec2 offset = a_offset * u_offsetScale * u_ratio;
	clip.xy += offset * vec2(2.0, -2.0) / u_framebuffer * clip.w;
	gl_Position = clip;

	bool hot = (a_state & (HOVERED | FOCUSED)) != 0u;
	float r = u_radius[a_kindPrecision.x] * u_ratio * (hot ? LIFT_SCALE : 1.0);
	float outer = r * REACH + HALO * u_ratio;
	uint rings = a_state & (SELECTED | EMPHASISED | HOVERED | FOCUSED);
	if (rings != 0u) {
		float n = ((a_state & SELECTED) != 0u && (a_state & EMPHASISED) != 0u) ? 1.0 : 0.0;
		outer += (RING_GAP + RING_W + RING_OUT + n * RING_STEP) * u_ratio;
	}
	gl_PointSize = min(2.0 * ceil(outer + 1.0), u_maxPointSize);

	v_kind = a_kindPrecision.x;
	v_precision = a_kindPrecision.y;
	v_segments = a_segments;
	v_state = a_state;
	v_radius = r;
	v_half = gl_PointSize * 0.5;
	bool kept = (a_state & (SELECTED | HOVERED | FOCUSED)) != 0u;
	v_dim = !kept && ((a_state & DIMMED) != 0u || (u_search && (a_state & MATCH) == 0u)) ? 1.0 : 0.0;
}
`;

export const FRAGMENT = `${COMMON}
#define KIND_CASE ${u(KIND.case)}
#define KIND_FIRM ${u(KIND.firm)}
#define KIND_METI ${u(KIND['meti-cluster'])}
#define KIND_MEXT ${u(KIND['mext-cluster'])}
#define PRECISION_CITY ${u(PRECISION.city)}
#define NO_SEGMENT ${u(NO_SEGMENT)}
#define TAU 6.28318530718

uniform vec3 u_palette[${MAX_SECTORS}];
uniform float u_ratio;

flat in uint v_kind;
flat in uint v_precision;
flat in uvec4 v_segments;
flat in uint v_state;
flat in float v_radius;
flat in float v_half;
flat in float v_dim;
out vec4 fragColor;

const vec3 WHITE = vec3(1.0);
const vec3 EDGE = vec3(0.102);
const vec3 SELECTED_COLOUR = vec3(0.067);
const vec3 EMPHASIS_COLOUR = vec3(0.690, 0.0, 0.290);
const vec3 HOVER_COLOUR = vec3(0.122, 0.231, 0.341);

// signed distances in device pixels (negative inside); shapes as src/lib/map/icons.ts draws them
float sdBox(vec2 p, float h) {
	vec2 q = abs(p) - vec2(h);
	return length(max(q, 0.0)) + min(max(q.x, q.y), 0.0);
}
float sdTriangle(vec2 p, vec2 p0, vec2 p1, vec2 p2) {
	vec2 e0 = p1 - p0, e1 = p2 - p1, e2 = p0 - p2;
	vec2 v0 = p - p0, v1 = p - p1, v2 = p - p2;
	vec2 pq0 = v0 - e0 * clamp(dot(v0, e0) / dot(e0, e0), 0.0, 1.0);
	vec2 pq1 = v1 - e1 * clamp(dot(v1, e1) / dot(e1, e1), 0.0, 1.0);
	vec2 pq2 = v2 - e2 * clamp(dot(v2, e2) / dot(e2, e2), 0.0, 1.0);
	float s = sign(e0.x * e2.y - e0.y * e2.x);
	vec2 d = min(min(vec2(dot(pq0, pq0), s * (v0.x * e0.y - v0.y * e0.x)),
		vec2(dot(pq1, pq1), s * (v1.x * e1.y - v1.y * e1.x))),
		vec2(dot(pq2, pq2), s * (v2.x * e2.y - v2.y * e2.x)));
	return -sqrt(d.x) * sign(d.y);
}
float sdStar(vec2 p, float r, float rf) {
	const vec2 k1 = vec2(0.809016994375, -0.587785252292);
	const vec2 k2 = vec2(-k1.x, k1.y);
	p.y = -p.y;
	p.x = abs(p.x);
	p -= 2.0 * max(dot(k1, p), 0.0) * k1;
	p -= 2.0 * max(dot(k2, p), 0.0) * k2;
	p.x = abs(p.x);
	p.y -= r;
	vec2 ba = rf * vec2(-k1.y, k1.x) - vec2(0.0, 1.0);
	float h = clamp(dot(p, ba) / dot(ba, ba), 0.0, r);
	return length(p - ba * h) * sign(p.y * ba.x - p.x * ba.y);
}
float shape(vec2 p, float r) {
	if (v_kind == KIND_CASE) return length(p) - r;
	if (v_kind == KIND_FIRM) return sdBox(p, r * 0.85);
	if (v_kind == KIND_METI) return sdTriangle(p, vec2(0.0, -1.05 * r), vec2(1.05 * r, 0.8 * r), vec2(-1.05 * r, 0.8 * r));
	if (v_kind == KIND_MEXT) return (abs(p.x) + abs(p.y) - 1.1 * r) * 0.70710678;
	return sdStar(p, 1.15 * r, 0.5);
}

// coverage of "distance < 0" with a one-pixel ramp
float inside(float d) { return clamp(0.5 - d, 0.0, 1.0); }
vec4 over(vec4 top, vec4 under) { return top + under * (1.0 - top.a); }
vec4 paint(vec3 c, float coverage) { return vec4(c * coverage, coverage); }

// a ring of radius rr (centre line) and width w, with a white outline
vec4 ring(vec4 col, float dist, float rr, vec3 c) {
	float w = RING_W * u_ratio;
	float o = RING_OUT * u_ratio;
	col = over(paint(WHITE, inside(abs(dist - rr) - (w * 0.5 + o))), col);
	return over(paint(c, inside(abs(dist - rr) - w * 0.5)), col);
}

vec3 sectorColour(vec2 p) {
	int n = 0;
	for (int i = 0; i < 4; i++) if (v_segments[i] != NO_SEGMENT) n++;
	if (n == 0) return vec3(0.53);
	if (n == 1) return u_palette[int(v_segments.x)];
	// pie segments clockwise from the top, split by thin white lines
	float t = fract(atan(p.x, -p.y) / TAU + 1.0);
	float k = t * float(n);
	vec3 c = u_palette[int(v_segments[min(int(k), n - 1)])];
	float line = abs(k - round(k)) * TAU * length(p) / float(n);
	return mix(WHITE, c, clamp(line / u_ratio - 0.3, 0.0, 1.0));
}

// Where p lies along the nearest edge of its shape: (t in [0, 1] from one corner to the next, the
// edge's length in px). Polygons put their gaps mid-edge so that corners, which tell the shapes
// apart, stay whole; the circle is read as four quarter arcs, the star as five.
vec2 alongEdge(vec2 p, float r) {
	if (v_kind == KIND_CASE) {
		float q = TAU / 4.0;
		return vec2(fract((atan(p.y, p.x) - q * 0.5) / q), q * r);
	}
	if (v_kind == KIND_FIRM || v_kind == KIND_MEXT) {
		float h = v_kind == KIND_FIRM ? r * 0.85 : 1.1 * r * 0.70710678;
		vec2 q = v_kind == KIND_FIRM ? p : vec2(p.x + p.y, p.y - p.x) * 0.70710678;
		float u = abs(q.x) > abs(q.y) ? q.y : q.x;
		return vec2((u + h) / (2.0 * h), 2.0 * h);
	}
	if (v_kind == KIND_METI) {
		vec2 c[3] = vec2[3](vec2(0.0, -1.05 * r), vec2(1.05 * r, 0.8 * r), vec2(-1.05 * r, 0.8 * r));
		vec2 best = vec2(0.0);
		float nearest = 1e9;
		for (int i = 0; i < 3; i++) {
			vec2 a = c[i];
			vec2 e = c[(i + 1) % 3] - a;
			float len = length(e);
			vec2 dir = e / len;
			float off = abs(dot(p - a, vec2(-dir.y, dir.x)));
			if (off < nearest) {
				nearest = off;
				best = vec2(clamp(dot(p - a, dir) / len, 0.0, 1.0), len);
			}
		}
		return best;
	}
	float q = TAU / 5.0;
	return vec2(fract((atan(p.y, p.x) + TAU * 0.25) / q), q * r);
}

// 1 on an approximate point's outline dashes, 0 in their gaps (anti-aliased along the edge):
// a city-level point has one gap per edge, a region-wide one two
float dashes(vec2 p, float r) {
	if (v_precision == 0u) return 1.0;
	vec2 e = alongEdge(p, r);
	float gap;
	if (v_precision == PRECISION_CITY) gap = (0.17 - abs(e.x - 0.5)) * e.y;
	else gap = (0.11 - min(abs(e.x - 0.25), abs(e.x - 0.75))) * e.y;
	return clamp(0.5 - gap, 0.0, 1.0);
}

void main() {
	vec2 p = (gl_PointCoord - 0.5) * 2.0 * v_half;
	float r = v_radius;
	float d = shape(p, r);
	float dist = length(p);
	float outer = r * REACH + HALO * u_ratio;
	vec4 col = vec4(0.0);

	bool selected = (v_state & SELECTED) != 0u;
	bool emphasised = (v_state & EMPHASISED) != 0u;
	float r1 = outer + (RING_GAP + RING_W * 0.5 + RING_OUT) * u_ratio;
	if (emphasised) col = ring(col, dist, selected ? r1 + RING_STEP * u_ratio : r1, EMPHASIS_COLOUR);
	if (selected) col = ring(col, dist, r1, SELECTED_COLOUR);
	else if ((v_state & (HOVERED | FOCUSED)) != 0u && !emphasised) col = ring(col, dist, r1, HOVER_COLOUR);

	float edge = (v_kind == KIND_CASE ? 1.7 : 1.15) * u_ratio;
	col = over(paint(WHITE, inside(d - HALO * u_ratio)), col);
	col = over(paint(EDGE, inside(d - edge * 0.5) * dashes(p, r)), col);
	col = over(paint(sectorColour(p), inside(d + edge * 0.5)), col);
	// a white core marks the paper's own cases even at small sizes
	if (v_kind == KIND_CASE) col = over(paint(WHITE, inside(dist - r * 0.32)), col);

	if (v_dim > 0.5) col *= 0.28;
	if (col.a < 0.003) discard;
	fragColor = col;
}
`;
