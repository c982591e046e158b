#!/usr/bin/env node
// Draws the extension icon (a blue rounded square with a white speech bubble holding a check mark)
// and writes public/icon/{16,32,48,128}.png. No image libraries are available here, so shapes are
// tested per sub-pixel sample (supersampling gives the anti-aliasing) and the PNG is encoded by hand
// with zlib. Run: node scripts/make-icons.mjs [--preview /tmp/icons-preview.png]

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SIZES = [16, 32, 48, 128];
const SAMPLES = 8; // per axis, per pixel

const BLUE_TOP = [0x3b, 0x7b, 0xf0];
const BLUE_BOTTOM = [0x1a, 0x4c, 0xc4];
const WHITE = [0xff, 0xff, 0xff];

// --- shapes in unit space (0..1, y down) -------------------------------------------------------

function inRoundedRect(x, y, [x0, y0, x1, y1], r) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function inTriangle(x, y, [a, b, c]) {
  const side = (p, q) => (q[0] - p[0]) * (y - p[1]) - (q[1] - p[1]) * (x - p[0]);
  const d1 = side(a, b);
  const d2 = side(b, c);
  const d3 = side(c, a);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
}

function distanceToSegment(x, y, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

function onPolyline(x, y, points, halfWidth) {
  for (let i = 1; i < points.length; i += 1) {
    if (distanceToSegment(x, y, points[i - 1], points[i]) <= halfWidth) return true;
  }
  return false;
}

/**
 * The design. Small sizes get a slightly bigger bubble and a bolder check so they stay legible
 * in the toolbar, where the icon is drawn at 16 px.
 */
function designFor(size) {
  const small = size <= 16;
  const margin = small ? 0 : 0.04;
  return {
    tile: [margin, margin, 1 - margin, 1 - margin],
    tileRadius: small ? 0.2 : 0.22,
    bubble: small ? [0.14, 0.17, 0.86, 0.7] : [0.2, 0.22, 0.8, 0.68],
    bubbleRadius: small ? 0.16 : 0.13,
    tail: small
      ? [
          [0.26, 0.6],
          [0.5, 0.6],
          [0.22, 0.88],
        ]
      : [
          [0.3, 0.6],
          [0.47, 0.6],
          [0.27, 0.82],
        ],
    check: small
      ? [
          [0.31, 0.44],
          [0.45, 0.57],
          [0.69, 0.32],
        ]
      : [
          [0.355, 0.455],
          [0.46, 0.555],
          [0.655, 0.355],
        ],
    checkHalfWidth: small ? 0.07 : 0.042,
  };
}

function colourAt(design, x, y) {
  if (!inRoundedRect(x, y, design.tile, design.tileRadius)) return null;
  const [, y0, , y1] = design.tile;
  const t = (y - y0) / (y1 - y0);
  const blue = BLUE_TOP.map((top, i) => top + (BLUE_BOTTOM[i] - top) * t);
  const inBubble = inRoundedRect(x, y, design.bubble, design.bubbleRadius) || inTriangle(x, y, design.tail);
  if (!inBubble) return blue;
  return onPolyline(x, y, design.check, design.checkHalfWidth) ? blue : WHITE;
}

/** RGBA pixels, straight alpha. Each pixel averages SAMPLES² premultiplied samples. */
function render(size) {
  const design = designFor(size);
  const pixels = Buffer.alloc(size * size * 4);
  const n = SAMPLES * SAMPLES;
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SAMPLES; sy += 1) {
        for (let sx = 0; sx < SAMPLES; sx += 1) {
          const c = colourAt(design, (px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a += 1;
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        pixels[i] = Math.round(r / a);
        pixels[i + 1] = Math.round(g / a);
        pixels[i + 2] = Math.round(b / a);
        pixels[i + 3] = Math.round((255 * a) / n);
      }
    }
  }
  return pixels;
}

// --- PNG encoding ------------------------------------------------------------------------------

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const rows = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y += 1) {
    // Filter byte 0 (none) then the row.
    rgba.copy(rows, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** All sizes side by side, each scaled up without smoothing, on light and dark strips: for checking by eye. */
function preview(images) {
  const scale = 4;
  const gap = 16;
  const width = images.reduce((sum, { size }) => sum + size * scale + gap, gap);
  const rowHeight = 128 * scale + 2 * gap;
  const height = rowHeight * 2;
  const out = Buffer.alloc(width * height * 4);
  const backgrounds = [
    [0xf4, 0xf6, 0xfa],
    [0x20, 0x24, 0x2b],
  ];
  for (let y = 0; y < height; y += 1) {
    const bg = backgrounds[y < rowHeight ? 0 : 1];
    for (let x = 0; x < width; x += 1) out.set([...bg, 255], (y * width + x) * 4);
  }
  backgrounds.forEach((bg, row) => {
    let left = gap;
    for (const { size, pixels } of images) {
      for (let y = 0; y < size * scale; y += 1) {
        for (let x = 0; x < size * scale; x += 1) {
          const s = (Math.floor(y / scale) * size + Math.floor(x / scale)) * 4;
          const alpha = pixels[s + 3] / 255;
          const d = ((row * rowHeight + gap + y) * width + left + x) * 4;
          for (let k = 0; k < 3; k += 1) out[d + k] = Math.round(pixels[s + k] * alpha + bg[k] * (1 - alpha));
        }
      }
      left += size * scale + gap;
    }
  });
  return encodePng(width, height, out);
}

const outDir = join(ROOT, 'public', 'icon');
mkdirSync(outDir, { recursive: true });
const images = SIZES.map((size) => ({ size, pixels: render(size) }));
for (const { size, pixels } of images) {
  const file = join(outDir, `${size}.png`);
  writeFileSync(file, encodePng(size, size, pixels));
  console.log(`wrote ${file}`);
}
const previewAt = process.argv.indexOf('--preview');
if (previewAt !== -1) {
  const file = process.argv[previewAt + 1] ?? '/tmp/icons-preview.png';
  writeFileSync(file, preview(images));
  console.log(`wrote ${file}`);
}
