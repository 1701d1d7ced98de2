/**
 * Every point of a dataset as one MapLibre custom WebGL2 layer, filtered on the GPU: the points
 * are uploaded once; a filter change writes a few uniforms and repaints (no source reload, no
 * worker pass, no symbol placement). Selection, emphasis, hover, focus and search live in one
 * byte per point, updated with bufferSubData for what changed. Picking, counts and "places in
 * view" run on the CPU over the same arrays with the same predicate (./query.ts, ./predicate.ts).
 *
 * Custom layers: https://maplibre.org/maplibre-gl-js/docs/API/interfaces/CustomLayerInterface/
 */
import type { CustomLayerInterface, CustomRenderMethodInput, Map as MapLibreMap } from 'maplibre-gl';
import { LIFTED, MAX_SECTORS, STATE, type StateFlag } from './layout';
import { lngLat, mercator, type PackedPoints } from './pack';
import { filterUniforms, passes, sameUniforms, type FilterUniforms, type PointFilters } from './predicate';
import { PointQuery, maxOffset, type LngLatBounds, type PointCounts, type Screen } from './query';
import { drawRanges } from './cells';
import { CELL, shapeAtlas } from './atlas';
import { KIND_COUNT } from './layout';
import { FRAGMENT, FRAGMENT_RINGS, VERTEX } from './shaders';
import {
	APPROX_REACH,
	DEFAULT_SIZES,
	HALO,
	LIFT_SCALE,
	SHAPE_REACH,
	offsetScaleAt,
	radiiAt,
	type SymbolSizes
} from './symbols';
import { RING } from './shaders';

export interface PointsLayerOptions {
	/** the style layer id (default `atlas-points`) */
	id?: string;
	points: PackedPoints;
	/** a CSS hex colour per sector, in `points.sectorIds` order */
	colours: readonly string[];
	/** the first filter (default: everything shown) */
	filter?: PointFilters;
	sizes?: SymbolSizes;
}

interface Program {
	program: WebGLProgram;
	uniforms: Record<string, WebGLUniformLocation | null>;
}

interface Gpu {
	gl: WebGL2RenderingContext;
	/** every point; the lifted ones again, on top, with their rings */
	programs: [Program, Program];
	vao: WebGLVertexArrayObject;
	buffers: WebGLBuffer[];
	state: WebGLBuffer;
	lifted: WebGLBuffer;
	atlas: WebGLTexture;
	maxPointSize: number;
}

const UNIFORMS = [
	'u_matrix',
	'u_centre',
	'u_framebuffer',
	'u_ratio',
	'u_radius',
	'u_offsetScale',
	'u_search',
	'u_pass',
	'u_maxPointSize',
	'u_allSectors',
	'u_sectors',
	'u_kinds',
	'u_period',
	'u_palette',
	'u_atlas'
];

// lifted points are drawn in this order, the selection last (on top)
const LIFT_RANK = (s: number) =>
	s & STATE.selected ? 4 : s & (STATE.hovered | STATE.focused) ? 3 : s & STATE.emphasised ? 2 : 1;

export class PointsLayer implements CustomLayerInterface {
	readonly type = 'custom' as const;
	readonly renderingMode = '2d' as const;
	readonly id: string;
	readonly points: PackedPoints;
	readonly query: PointQuery;
	/** how many times the GPU resources were built: 1 once added, +1 after each lost context restored */
	generation = 0;

	private sizes: SymbolSizes;
	private palette: Float32Array;
	private filterValue: PointFilters;
	private uniforms: FilterUniforms;
	private state: Uint8Array;
	private members = new Map<StateFlag, Set<number>>();
	private searchActive = false;
	private dirty = new Set<number>();
	private allDirty = true;
	private liftedDirty = true;
	private liftedCount = 0;
	private map: MapLibreMap | null = null;
	private beforeId: string | undefined;
	private gpu: Gpu | null = null;
	/** the context MapLibre gave onAdd: the GPU side is built on the first frame after it */
	private gl: WebGL2RenderingContext | null = null;

	constructor(o: PointsLayerOptions) {
		this.id = o.id ?? 'atlas-points';
		this.points = o.points;
		// built with the layer (~20 ms at 100k points, part of loading) rather than on the first
		// click or in an idle callback, where it would land inside an interaction
		this.query = new PointQuery(o.points).prepare();
		this.sizes = o.sizes ?? DEFAULT_SIZES;
		this.palette = paletteOf(o.colours);
		this.filterValue = o.filter ?? { sectors: null, layers: ['cases', 'firms', 'meti', 'mext', 'own'], period: null };
		this.uniforms = filterUniforms(this.filterValue, o.points.sectorIds);
		this.state = new Uint8Array(o.points.count);
	}

	/**
	 * Adds the layer (below `beforeId`, else on top) and keeps it there: MapLibre 6 does not
	 * restore custom layers when it rebuilds the style after a lost WebGL context (or a worker
	 * restart, or a setStyle); every `style.load` re-adds it, and onAdd rebuilds its buffers.
	 */
	attach(map: MapLibreMap, beforeId?: string): this {
		this.map = map;
		this.beforeId = beforeId;
		map.on('style.load', this.ensureAdded);
		this.ensureAdded();
		return this;
	}

	/** Removes the layer for good (no re-adding after a context loss). */
	detach(): void {
		const map = this.map;
		if (!map) return;
		map.off('style.load', this.ensureAdded);
		if (map.style && map.getLayer(this.id)) map.removeLayer(this.id);
		this.map = null;
	}

	private ensureAdded = () => {
		const map = this.map;
		if (!map?.style || map.getLayer(this.id)) return;
		try {
			map.addLayer(this, this.beforeId && map.getLayer(this.beforeId) ? this.beforeId : undefined);
		} catch (e) {
			// the rebuilt style is not loaded yet: its `style.load` comes back here
			if (!/not done loading/i.test(String(e))) throw e;
		}
	};

	// ---- filter and state

	get filter(): PointFilters {
		return this.filterValue;
	}

	/** A filter change: uniforms and a repaint. Returns false (and repaints nothing) when unchanged. */
	setFilter(f: PointFilters): boolean {
		this.filterValue = f;
		const next = filterUniforms(f, this.points.sectorIds);
		if (sameUniforms(next, this.uniforms)) return false;
		this.uniforms = next;
		this.map?.triggerRepaint();
		return true;
	}

	/** Makes exactly `ids` carry `flag` (unknown ids are ignored). */
	setFlag(flag: StateFlag, ids: Iterable<string> | null): void {
		const bit = STATE[flag];
		const old = this.members.get(flag) ?? new Set<number>();
		const next = new Set<number>();
		for (const id of ids ?? []) {
			const i = this.points.indexOf.get(id);
			if (i !== undefined) next.add(i);
		}
		let changed = false;
		for (const i of old)
			if (!next.has(i)) {
				this.state[i] &= ~bit;
				this.touch(i);
				changed = true;
			}
		for (const i of next)
			if (!old.has(i)) {
				this.state[i] |= bit;
				this.touch(i);
				changed = true;
			}
		this.members.set(flag, next);
		if (changed) this.map?.triggerRepaint();
	}

	setSelected(id: string | null) {
		this.setFlag('selected', id ? [id] : []);
	}
	setEmphasised(ids: Iterable<string>) {
		this.setFlag('emphasised', ids);
	}
	setHovered(id: string | null) {
		this.setFlag('hovered', id ? [id] : []);
	}
	setFocused(id: string | null) {
		this.setFlag('focused', id ? [id] : []);
	}
	setDimmed(ids: Iterable<string>) {
		this.setFlag('dimmed', ids);
	}
	/** `null`: no search (nothing dimmed); otherwise the matches are lifted and the rest dimmed. */
	setSearch(matches: Iterable<string> | null) {
		const active = matches !== null;
		this.setFlag('match', matches);
		if (active !== this.searchActive) {
			this.searchActive = active;
			this.map?.triggerRepaint();
		}
	}

	setSizes(sizes: SymbolSizes) {
		this.sizes = sizes;
		this.map?.triggerRepaint();
	}

	setColours(colours: readonly string[]) {
		this.palette = paletteOf(colours);
		this.map?.triggerRepaint();
	}

	/** Ids of the points carrying `flag` (what the shader rings, lifts or dims), in draw order. */
	withFlag(flag: StateFlag): string[] {
		return [...(this.members.get(flag) ?? [])].sort((a, b) => a - b).map((i) => this.points.ids[i]);
	}

	/** Whether a search is on (the points that do not match it are dimmed). */
	get searching(): boolean {
		return this.searchActive;
	}

	private touch(i: number) {
		if (!this.allDirty) this.dirty.add(i);
		this.liftedDirty = true;
	}

	// ---- questions (CPU, same predicate as the shader)

	/** Whether a place passes the current filter. */
	shows(id: string): boolean {
		const i = this.points.indexOf.get(id);
		return i !== undefined && passes(this.points, i, this.uniforms);
	}

	/** Ids of every shown point within `radius` CSS px of (x, y) on the canvas, nearest first. */
	pick(x: number, y: number, radius = 3): string[] {
		const screen = this.screen();
		if (!screen) return [];
		return this.query.pick(screen, x, y, radius, this.uniforms, this.sizes).map((i) => this.points.ids[i]);
	}

	/** Where a place's symbol is drawn on the canvas (CSS px, its spot offset included), or null. */
	position(id: string): [number, number] | null {
		const i = this.points.indexOf.get(id);
		const screen = this.screen();
		if (i === undefined || !screen) return null;
		const [x, y] = screen.project(this.points.merc[2 * i], this.points.merc[2 * i + 1]);
		const scale = offsetScaleAt(this.sizes, screen.zoom);
		return [x + this.points.offset[2 * i] * scale, y + this.points.offset[2 * i + 1] * scale];
	}

	/** Ids of the shown points whose position is inside the canvas, in draw order. */
	inView(): string[] {
		const screen = this.screen();
		if (!screen || !this.map) return [];
		const c = this.map.getCanvas();
		return this.query.inView(screen, c.clientWidth, c.clientHeight, this.uniforms).map((i) => this.points.ids[i]);
	}

	/** Per-sector and per-kind counts under a filter (default: the current one), one pass. */
	counts(f?: PointFilters): PointCounts {
		return this.query.counts(f ? filterUniforms(f, this.points.sectorIds) : this.uniforms);
	}

	/** Bounds of some places, e.g. for `map.fitBounds` (null when none is known). */
	bounds(ids: Iterable<string>): LngLatBounds | null {
		const idx: number[] = [];
		for (const id of ids) {
			const i = this.points.indexOf.get(id);
			if (i !== undefined) idx.push(i);
		}
		return this.query.bounds(idx);
	}

	/**
	 * Mercator ⇄ canvas pixels now. Without pitch the map is affine in Mercator, read off three
	 * projected points; pitched, every point goes through map.project.
	 */
	private screen(): Screen | null {
		const map = this.map;
		if (!map?.style) return null;
		const unproject = (px: number, py: number) => {
			const ll = map.unproject([px, py]);
			return mercator(ll.lng, ll.lat);
		};
		const zoom = map.getZoom();
		if (map.getPitch() !== 0)
			return {
				zoom,
				unproject,
				project: (x, y) => {
					const p = map.project(lngLat(x, y));
					return [p.x, p.y];
				}
			};
		const c = map.getCenter();
		const [cx, cy] = mercator(c.lng, c.lat);
		const h = 256 / (512 * 2 ** zoom);
		const at = (x: number, y: number) => map.project(lngLat(x, y));
		const o = at(cx, cy);
		const ex = at(cx + h, cy);
		const ey = at(cx, cy + h);
		const [ax, ay, bx, by] = [(ex.x - o.x) / h, (ex.y - o.y) / h, (ey.x - o.x) / h, (ey.y - o.y) / h];
		return {
			zoom,
			unproject,
			project: (x, y) => [o.x + ax * (x - cx) + bx * (y - cy), o.y + ay * (x - cx) + by * (y - cy)]
		};
	}

	// ---- GL

	onAdd(map: MapLibreMap, gl: WebGL2RenderingContext): void {
		this.map = map;
		this.gl = gl;
	}

	onRemove(_map: MapLibreMap, gl: WebGL2RenderingContext): void {
		const gpu = this.gpu;
		this.gpu = null;
		this.gl = null;
		// a lost context took its objects with it; deleting them then is an error
		if (!gpu || gl.isContextLost()) return;
		for (const b of [...gpu.buffers, gpu.state, gpu.lifted]) gl.deleteBuffer(b);
		gl.deleteVertexArray(gpu.vao);
		gl.deleteTexture(gpu.atlas);
		for (const p of gpu.programs) gl.deleteProgram(p.program);
	}

	render(gl: WebGL2RenderingContext, options: CustomRenderMethodInput): void {
		const map = this.map;
		if (!map || this.points.count === 0 || gl !== this.gl) return;
		// built here rather than in onAdd: MapLibre restores its GL state only after render
		if (!this.gpu) {
			this.gpu = build(gl, this.points);
			this.generation++;
			this.allDirty = true;
			this.liftedDirty = true;
		}
		const gpu = this.gpu;
		gl.bindVertexArray(gpu.vao);
		this.upload(gl, gpu);
		gl.activeTexture(gl.TEXTURE0);
		gl.bindTexture(gl.TEXTURE_2D, gpu.atlas);

		// MapLibre 6 passes the matrix as defaultProjectionData.mainMatrix (float64): a wrong
		// matrix draws nothing, silently
		const m = options.defaultProjectionData.mainMatrix;
		const centre = map.getCenter();
		const [cx, cy] = mercator(centre.lng, centre.lat);
		const rel = new Float32Array(m);
		for (let r = 0; r < 4; r++) rel[12 + r] = m[r] * cx + m[4 + r] * cy + m[12 + r];
		const hx = Math.fround(cx);
		const hy = Math.fround(cy);
		const ratio = gl.drawingBufferWidth / Math.max(1, map.getCanvas().clientWidth || gl.drawingBufferWidth);
		const zoom = map.getZoom();
		const radii = radiiAt(this.sizes, zoom);
		const f = this.uniforms;
		const setUniforms = ({ program, uniforms: u }: Program, pass: number) => {
			gl.useProgram(program);
			gl.uniformMatrix4fv(u.u_matrix, false, rel);
			gl.uniform4f(u.u_centre, hx, hy, cx - hx, cy - hy);
			gl.uniform2f(u.u_framebuffer, gl.drawingBufferWidth, gl.drawingBufferHeight);
			gl.uniform1f(u.u_ratio, ratio);
			gl.uniform1fv(u.u_radius, radii);
			gl.uniform1f(u.u_offsetScale, offsetScaleAt(this.sizes, zoom));
			gl.uniform1i(u.u_search, this.searchActive ? 1 : 0);
			gl.uniform1f(u.u_maxPointSize, gpu.maxPointSize);
			gl.uniform1i(u.u_allSectors, f.allSectors ? 1 : 0);
			gl.uniform1ui(u.u_sectors, f.sectors);
			gl.uniform1ui(u.u_kinds, f.kinds);
			gl.uniform2i(u.u_period, f.from, f.to);
			gl.uniform3fv(u.u_palette, this.palette);
			gl.uniform1i(u.u_atlas, 0);
			gl.uniform1i(u.u_pass, pass);
		};

		// over whatever is below, without depth or stencil (a 2D layer)
		gl.disable(gl.DEPTH_TEST);
		gl.disable(gl.STENCIL_TEST);
		gl.enable(gl.BLEND);
		gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
		setUniforms(gpu.programs[0], 0);
		for (const [start, count] of this.ranges(map, radii, offsetScaleAt(this.sizes, zoom)))
			gl.drawArrays(gl.POINTS, start, count);
		if (this.liftedCount > 0) {
			setUniforms(gpu.programs[1], 1);
			gl.drawElements(gl.POINTS, this.liftedCount, gl.UNSIGNED_INT, 0);
		}
		gl.bindVertexArray(null);
	}

	/** The index ranges near the view, padded by the largest symbol (rings included) and offset. */
	private ranges(map: MapLibreMap, radii: Float32Array, offsetScale: number): [number, number][] {
		const c = map.getCanvas();
		const ring = APPROX_REACH + RING.gap + RING.width + RING.outline + RING.step;
		const pad = Math.max(...radii) * LIFT_SCALE * SHAPE_REACH + HALO + ring + maxOffset(this.points) * offsetScale + 2;
		const [w, h] = [c.clientWidth, c.clientHeight];
		const corners = [
			[-pad, -pad],
			[w + pad, -pad],
			[-pad, h + pad],
			[w + pad, h + pad]
		].map(([x, y]) => {
			const ll = map.unproject([x, y]);
			return mercator(ll.lng, ll.lat);
		});
		const xs = corners.map((p) => p[0]);
		const ys = corners.map((p) => p[1]);
		return drawRanges(this.points, Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys));
	}

	/** What changed in the state bytes, and the list of lifted points, to the GPU. */
	private upload(gl: WebGL2RenderingContext, gpu: Gpu) {
		if (this.allDirty || this.dirty.size > 256) {
			gl.bindBuffer(gl.ARRAY_BUFFER, gpu.state);
			gl.bufferSubData(gl.ARRAY_BUFFER, 0, this.state);
		} else if (this.dirty.size) {
			gl.bindBuffer(gl.ARRAY_BUFFER, gpu.state);
			for (const i of this.dirty) gl.bufferSubData(gl.ARRAY_BUFFER, i, this.state, i, 1);
		}
		this.allDirty = false;
		this.dirty.clear();
		if (!this.liftedDirty) return;
		this.liftedDirty = false;
		const lifted = new Set<number>();
		for (const s of this.members.values()) for (const i of s) if (this.state[i] & LIFTED) lifted.add(i);
		const list = Uint32Array.from(lifted).sort((a, b) => LIFT_RANK(this.state[a]) - LIFT_RANK(this.state[b]) || a - b);
		this.liftedCount = list.length;
		// bound with the VAO: the element buffer is part of its state
		gl.bufferData(gl.ELEMENT_ARRAY_BUFFER, list.length ? list : new Uint32Array(1), gl.DYNAMIC_DRAW);
	}
}

function paletteOf(colours: readonly string[]): Float32Array {
	const out = new Float32Array(3 * MAX_SECTORS).fill(0.53);
	colours.slice(0, MAX_SECTORS).forEach((c, i) => {
		const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(c);
		if (!m) throw new Error(`points layer: sector ${i}: colour ${c} is not #rrggbb`);
		for (let k = 0; k < 3; k++) out[3 * i + k] = parseInt(m[k + 1], 16) / 255;
	});
	return out;
}

function compile(gl: WebGL2RenderingContext, type: number, source: string): WebGLShader {
	const s = gl.createShader(type)!;
	gl.shaderSource(s, source);
	gl.compileShader(s);
	if (!gl.getShaderParameter(s, gl.COMPILE_STATUS) && !gl.isContextLost())
		throw new Error(`points layer: shader: ${gl.getShaderInfoLog(s)}`);
	return s;
}

function link(gl: WebGL2RenderingContext, fragment: string): Program {
	const program = gl.createProgram()!;
	const vs = compile(gl, gl.VERTEX_SHADER, VERTEX);
	const fs = compile(gl, gl.FRAGMENT_SHADER, fragment);
	gl.attachShader(program, vs);
	gl.attachShader(program, fs);
	gl.linkProgram(program);
	if (!gl.getProgramParameter(program, gl.LINK_STATUS) && !gl.isContextLost())
		throw new Error(`points layer: link: ${gl.getProgramInfoLog(program)}`);
	gl.deleteShader(vs);
	gl.deleteShader(fs);
	const uniforms: Program['uniforms'] = {};
	for (const name of UNIFORMS) uniforms[name] = gl.getUniformLocation(program, name);
	return { program, uniforms };
}

function build(gl: WebGL2RenderingContext, points: PackedPoints): Gpu {
	const programs: [Program, Program] = [link(gl, FRAGMENT), link(gl, FRAGMENT_RINGS)];

	const atlas = gl.createTexture()!;
	gl.activeTexture(gl.TEXTURE0);
	gl.bindTexture(gl.TEXTURE_2D, atlas);
	// the atlas holds data, not colours: no premultiplying or flipping on upload
	gl.pixelStorei(gl.UNPACK_PREMULTIPLY_ALPHA_WEBGL, false);
	gl.pixelStorei(gl.UNPACK_FLIP_Y_WEBGL, false);
	gl.pixelStorei(gl.UNPACK_ALIGNMENT, 4);
	gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA8, KIND_COUNT * CELL, CELL, 0, gl.RGBA, gl.UNSIGNED_BYTE, shapeAtlas());
	gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.LINEAR);
	gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.LINEAR);
	gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE);
	gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE);

	const vao = gl.createVertexArray()!;
	gl.bindVertexArray(vao);
	const buffers: WebGLBuffer[] = [];
	const attribute = (
		location: number,
		data: ArrayBufferView,
		size: number,
		type: number,
		integer: boolean,
		usage: number = gl.STATIC_DRAW
	) => {
		const b = gl.createBuffer()!;
		gl.bindBuffer(gl.ARRAY_BUFFER, b);
		gl.bufferData(gl.ARRAY_BUFFER, data, usage);
		gl.enableVertexAttribArray(location);
		if (integer) gl.vertexAttribIPointer(location, size, type, 0, 0);
		else gl.vertexAttribPointer(location, size, type, false, 0, 0);
		return b;
	};
	buffers.push(
		attribute(0, points.pos, 4, gl.FLOAT, false),
		attribute(1, points.mask, 1, gl.UNSIGNED_INT, true),
		attribute(2, points.kindPrecision, 2, gl.UNSIGNED_BYTE, true),
		attribute(3, points.segments, 4, gl.UNSIGNED_BYTE, true),
		attribute(4, points.years, 2, gl.SHORT, true),
		attribute(5, points.offset, 2, gl.FLOAT, false)
	);
	const state = attribute(6, new Uint8Array(Math.max(1, points.count)), 1, gl.UNSIGNED_BYTE, true, gl.DYNAMIC_DRAW);
	const lifted = gl.createBuffer()!;
	gl.bindBuffer(gl.ELEMENT_ARRAY_BUFFER, lifted);
	gl.bindVertexArray(null);
	gl.bindBuffer(gl.ARRAY_BUFFER, null);

	const range = gl.getParameter(gl.ALIASED_POINT_SIZE_RANGE) as Float32Array | null;
	return { gl, programs, vao, buffers, state, lifted, atlas, maxPointSize: range ? range[1] : 64 };
}
