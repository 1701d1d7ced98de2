/**
 * The points layer's GLSL ES 3.00 (WebGL2). Plain strings in the bundle (a strict CSP needs no
 * `unsafe-eval` for them); the bit layout and sizes are spliced in from the shared constants.
 *
 * The fragment shader is kept branch-free and cheap: it runs for every pixel of every point, and
 * SwiftShader (software WebGL) pays for every branch its pixels could take. Shapes, dash masks
 * and angles come from one texture fetch (./atlas.ts); per-point choices (colours, edge width,
 * dashes) are flat varyings from the vertex shader. Rings are drawn only by the second pass
 * (lifted points), a second program compiled with RINGS.
 */
import { CELL, DIST_RANGE, EXTENT } from './atlas';
import { KIND, KIND_COUNT, LIFTED, MAX_SECTORS, NO_SEGMENT, PRECISION, STATE } from './layout';
import { PREDICATE_GLSL } from './predicate';
import { HALO, LIFT_SCALE, SHAPE_REACH } from './symbols';
import { APPROXIMATE, CORE, DIM, EDGE, RING as RING_LOOK, SEGMENTS, rgb } from '../symbology';

const f = (x: number) => (Number.isInteger(x) ? `${x}.0` : String(x));
const u = (x: number) => `${x}u`;
const vec3 = (hex: string) =>
	`vec3(${rgb(hex)
		.map((c) => f(Number(c.toFixed(4))))
		.join(', ')})`;

/** Ring geometry in CSS px (scaled by the pixel ratio in the shaders). */
export const RING = { gap: RING_LOOK.gap, width: RING_LOOK.width, outline: RING_LOOK.outline, step: RING_LOOK.step };

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
#define APPROX_GAP ${f(APPROXIMATE.gap)}
#define APPROX_W ${f(APPROXIMATE.width)}
`;

export const VERTEX = `${COMMON}
#define KIND_CASE ${u(KIND.case)}
#define PRECISION_CITY ${u(PRECISION.city)}
#define PRECISION_REGION ${u(PRECISION.region)}
#define NO_SEGMENT ${u(NO_SEGMENT)}
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
uniform vec3 u_palette[${MAX_SECTORS}];

flat out float v_cell;
flat out float v_radius;
flat out float v_half;
flat out float v_edge;
flat out float v_core;
flat out float v_city;
flat out float v_region;
flat out float v_segments;
flat out vec3 v_colour0;
flat out vec3 v_colour1;
flat out vec3 v_colour2;
flat out vec3 v_colour3;
flat out float v_dim;
flat out uint v_state;

vec3 colour(uint s) {
	return s == NO_SEGMENT ? vec3(0.53) : u_palette[s];
}

void main() {
	bool lifted = (a_state & LIFTED) != 0u;
	uint kind = a_kindPrecision.x;
	if (!passes(a_mask, kind, a_years) || (u_pass == 0 && lifted)) {
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
	float r = u_radius[kind] * u_ratio * (hot ? LIFT_SCALE : 1.0);
	float outer = r * REACH + HALO * u_ratio;
	bool approx = a_kindPrecision.y != 0u;
	if (approx) outer += (APPROX_GAP + APPROX_W + 1.0) * u_ratio;
	if ((a_state & (SELECTED | EMPHASISED | HOVERED | FOCUSED)) != 0u) {
		float both = ((a_state & SELECTED) != 0u && (a_state & EMPHASISED) != 0u) ? 1.0 : 0.0;
		outer += (RING_GAP + RING_W + RING_OUT + both * RING_STEP) * u_ratio;
	}
	gl_PointSize = min(ceil(2.0 * outer + 1.0), u_maxPointSize);

	v_cell = float(kind);
	v_radius = r;
	v_half = gl_PointSize * 0.5;
	v_edge = (kind == KIND_CASE ? ${f(EDGE.caseWidth)} : ${f(EDGE.width)}) * u_ratio;
	v_core = kind == KIND_CASE ? 1.0 : 0.0;
	v_city = a_kindPrecision.y == PRECISION_CITY ? 1.0 : 0.0;
	v_region = a_kindPrecision.y == PRECISION_REGION ? 1.0 : 0.0;
	float n = 0.0;
	for (int i = 0; i < 4; i++) n += a_segments[i] == NO_SEGMENT ? 0.0 : 1.0;
	v_segments = max(n, 1.0);
	v_colour0 = colour(a_segments.x);
	v_colour1 = colour(a_segments.y);
	v_colour2 = colour(a_segments.z);
	v_colour3 = colour(a_segments.w);
	v_state = a_state;
	bool kept = (a_state & (SELECTED | HOVERED | FOCUSED)) != 0u;
	v_dim = !kept && ((a_state & DIMMED) != 0u || (u_search && (a_state & MATCH) == 0u)) ? 1.0 : 0.0;
}
`;

const fragment = (rings: boolean) => `${COMMON}
${rings ? '#define RINGS' : ''}
#define TAU 6.28318530718
#define EXTENT ${f(EXTENT)}
#define DIST_RANGE ${f(DIST_RANGE)}
#define KINDS ${f(KIND_COUNT)}
#define HALF_TEXEL ${f(0.5 / CELL)}

uniform sampler2D u_atlas;
uniform float u_ratio;

flat in float v_cell;
flat in float v_radius;
flat in float v_half;
flat in float v_edge;
flat in float v_core;
flat in float v_city;
flat in float v_region;
flat in float v_segments;
flat in vec3 v_colour0;
flat in vec3 v_colour1;
flat in vec3 v_colour2;
flat in vec3 v_colour3;
flat in float v_dim;
flat in uint v_state;
out vec4 fragColor;

const vec3 WHITE = vec3(1.0);
const vec3 EDGE = ${vec3(EDGE.colour)};
const vec3 SEPARATOR = ${vec3(SEGMENTS.separator)};
const vec3 APPROX_COLOUR = ${vec3(APPROXIMATE.colour)};
const vec3 SELECTED_COLOUR = ${vec3(RING_LOOK.selected)};
const vec3 EMPHASIS_COLOUR = ${vec3(RING_LOOK.emphasised)};
const vec3 HOVER_COLOUR = ${vec3(RING_LOOK.hovered)};

// coverage of "distance < 0" with a one-pixel ramp
float inside(float d) { return clamp(0.5 - d, 0.0, 1.0); }
vec4 over(vec4 top, vec4 under) { return top + under * (1.0 - top.a); }
vec4 paint(vec3 c, float coverage) { return vec4(c * coverage, coverage); }

#ifdef RINGS
// a ring of radius rr (centre line) with a white outline
vec4 ring(vec4 col, float dist, float rr, vec3 c) {
	float w = RING_W * u_ratio;
	col = over(paint(WHITE, inside(abs(dist - rr) - (w * 0.5 + RING_OUT * u_ratio))), col);
	return over(paint(c, inside(abs(dist - rr) - w * 0.5)), col);
}
#endif

void main() {
	vec2 p = (gl_PointCoord - 0.5) * 2.0 * v_half;
	float r = v_radius;
	vec2 q = clamp(p / (r * EXTENT) * 0.5 + 0.5, HALF_TEXEL, 1.0 - HALF_TEXEL);
	vec4 s = texture(u_atlas, vec2((v_cell + q.x) / KINDS, q.y));
	float d = (s.r * 2.0 - 1.0) * DIST_RANGE * r;
	float dist = length(p);

	// sector segments clockwise from the top, parted by thin separators (a constant width in
	// pixels: the distance to the nearest boundary ray is the arc length at this radius)
	float k = s.a * v_segments;
	float idx = min(floor(k), v_segments - 1.0);
	vec3 fill = v_colour0;
	fill = mix(fill, v_colour1, step(0.5, idx));
	fill = mix(fill, v_colour2, step(1.5, idx));
	fill = mix(fill, v_colour3, step(2.5, idx));
	float line = abs(k - round(k)) * TAU * dist / v_segments;
	// the texture's angle wraps on the upward ray, which is always a segment boundary
	line = p.y < 0.0 ? min(line, abs(p.x)) : line;
	float separator = v_segments > 1.5 ? inside(line - ${f(SEGMENTS.separatorWidth / 2)} * u_ratio) : 0.0;
	fill = mix(fill, SEPARATOR, separator);
	// a region-level point: a softer fill
	fill = mix(fill, WHITE, v_region * ${f(APPROXIMATE.region.soften)});

	// the whole shape, always: halo, a continuous dark edge, the fill
	vec4 col = paint(WHITE, inside(d - HALO * u_ratio));
	col = over(paint(EDGE, inside(d - v_edge * 0.5)), col);
	col = over(paint(fill, inside(d + v_edge * 0.5)), col);
	// a white core marks the paper's own cases even at small sizes
	col = over(paint(WHITE, v_core * inside(dist - r * ${f(CORE.radius)})), col);

	// an approximate location: an outer ring of dashes (city) or dots (region) on a white backing
	if (v_city + v_region > 0.5) {
		float rr = r * REACH + (HALO + APPROX_GAP) * u_ratio;
		float band = abs(dist - rr) - APPROX_W * 0.5 * u_ratio;
		float turn = atan(p.x, -p.y) / TAU + 0.5;
		float count = v_city > 0.5 ? ${f(APPROXIMATE.city.count)} : ${f(APPROXIMATE.region.count)};
		float duty = v_city > 0.5 ? ${f(APPROXIMATE.city.duty)} : ${f(APPROXIMATE.region.duty)};
		// distance along the ring to the nearest dash, in pixels
		float along = (abs(fract(turn * count) - 0.5) - duty * 0.5) * TAU * rr / count;
		vec4 ringCol = paint(WHITE, inside(band - 0.9 * u_ratio));
		ringCol = over(paint(APPROX_COLOUR, inside(band) * inside(along)), ringCol);
		col = over(col, ringCol);
	}

#ifdef RINGS
	vec4 rings = vec4(0.0);
	bool selected = (v_state & SELECTED) != 0u;
	bool emphasised = (v_state & EMPHASISED) != 0u;
	float approxPad = v_city + v_region > 0.5 ? (APPROX_GAP + APPROX_W) * u_ratio : 0.0;
	float r1 = r * REACH + (HALO + RING_GAP + RING_W * 0.5 + RING_OUT) * u_ratio + approxPad;
	if (emphasised) rings = ring(rings, dist, selected ? r1 + RING_STEP * u_ratio : r1, EMPHASIS_COLOUR);
	if (selected) rings = ring(rings, dist, r1, SELECTED_COLOUR);
	else if ((v_state & (HOVERED | FOCUSED)) != 0u && !emphasised) rings = ring(rings, dist, r1, HOVER_COLOUR);
	col = over(col, rings);
#endif

	col *= mix(1.0, ${f(DIM)}, v_dim);
	if (col.a < 0.003) discard;
	fragColor = col;
}
`;

export const FRAGMENT = fragment(false);
export const FRAGMENT_RINGS = fragment(true);
