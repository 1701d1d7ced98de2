/**
 * Limits of the importer, each with the reason for its number.
 */

const MiB = 1024 * 1024;

/**
 * The largest CSV/TSV accepted, checked from the file's size before a byte is parsed. A tab's
 * JavaScript heap is capped at 4 GiB in desktop Chromium (V8's pointer-compression cage) and is
 * far smaller on phones. An import holds the file about 2–3 times over at its peak: the worker's
 * packed table (≈ the file's size), the copy handed to the page, and the structured clone written
 * to IndexedDB. 256 MiB keeps that under a gigabyte, and is four times a 1,000,000-row file of
 * the usual shape (name, id, sector, latitude, longitude: ≈ 60 MB).
 */
export const MAX_DELIMITED_BYTES = 256 * MiB;

/**
 * The largest GeoJSON accepted. JSON has no streaming parse in the browser: `JSON.parse` needs the
 * whole text as one string and builds every feature as objects, about 5–10 times the file's size
 * in memory, so the cap is half the CSV one.
 */
export const MAX_GEOJSON_BYTES = 128 * MiB;

/** Excel's own column limit (column XFD). A wider file is not a table anyone made in a spreadsheet. */
export const MAX_COLUMNS = 16_384;

/**
 * Problems kept in full for the table and the page-by-page listing. Every problem is still counted
 * by code and severity, and the bad-rows download regenerates them all.
 */
export const MAX_LISTED_PROBLEMS = 100_000;

/** Bytes read and decoded per step: small enough that cancel answers within a few tens of ms. */
export const CHUNK_BYTES = 1 * MiB;

/** Bytes looked at to tell the format and encoding. */
export const SNIFF_BYTES = 64 * 1024;

/**
 * A record still open after this many characters spans lines inside an unclosed quote: one stray
 * `"` would otherwise swallow the rest of the file. Excel's cell limit is 32,767 characters; this
 * is far above it and above the 1 MB single line a file may legitimately have.
 */
export const MAX_OPEN_RECORD_CHARS = 4 * MiB;

/** Values quoted back in problems are cut to this length. */
export const MAX_VALUE_CHARS = 200;

export const formatMiB = (bytes: number): string => `${Math.round((bytes / MiB) * 10) / 10} MiB`;
