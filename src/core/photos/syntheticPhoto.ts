import { loadSharp } from './loadSharp';

/** Size and JPEG quality of a synthetic portrait. */
export interface SyntheticPortraitOptions {
  /** Pixels; 800 unless given. */
  width?: number;
  /** Pixels; 1000 unless given. */
  height?: number;
  /** JPEG quality 1–100; 90 unless given. */
  quality?: number;
}

/** The drawing's own coordinate space; the output covers it at any size, centred. */
const canvas = { width: 800, height: 1000 } as const;

const walls = ['#d9dcd6', '#cfd6dc', '#e0d9c8', '#d4d4d4', '#c9d3cf'];
const skins = ['#f1c7a4', '#e0ac83', '#c68e63', '#a86f48', '#8d5a3a', '#6e442b', '#4f3121'];
const hairs = ['#141110', '#231a15', '#3a2a1f', '#5a4a3f', '#8f8a85', '#c8c4bf'];
const clothes = ['#2e3b55', '#6b2f2f', '#3f5e3a', '#7a7a7a', '#e8e4da', '#1f1f1f', '#8a6d3b'];

/**
 * A deterministic mugshot-style JPEG for demo data and benchmarks: a wall with a height chart,
 * a head-and-shoulders figure whose skin, hair, build and clothes follow from `seed`, a placard
 * with a number, and sensor-like grain so that file sizes are those of real photos (about
 * 100–250 KB at the default 800 × 1000). No fonts are used, so the same seed gives the same
 * bytes on every machine with the same sharp build.
 */
export async function syntheticPortrait(
  seed: number,
  options: SyntheticPortraitOptions = {},
): Promise<Buffer> {
  const { width = canvas.width, height = canvas.height, quality = 90 } = options;
  const random = createRandom(seed);
  const svg = portraitSvg(random, width, height);
  const sharp = await loadSharp();
  const { data, info } = await sharp(Buffer.from(svg))
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  addGrain(data, random, 7);
  return sharp(data, { raw: { width: info.width, height: info.height, channels: 3 } })
    .jpeg({ quality })
    .toBuffer();
}

/** mulberry32: a small seeded generator of numbers in [0, 1). */
function createRandom(seed: number): () => number {
  let state = Math.imul(Math.trunc(seed) ^ 0x9e3779b9, 0x85ebca6b) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function between(random: () => number, low: number, high: number): number {
  return low + random() * (high - low);
}

function portraitSvg(random: () => number, width: number, height: number): string {
  const wall = pick(random, walls);
  const skin = pick(random, skins);
  const hair = pick(random, hairs);
  const cloth = pick(random, clothes);
  const headWidth = between(random, 118, 140);
  const headHeight = headWidth * between(random, 1.25, 1.4) * 2;
  const shoulders = between(random, 290, 360);
  const centre = 400 + between(random, -25, 25);
  const headTop = between(random, 150, 200);
  const number = String(Math.floor(random() * 9000) + 1000);
  const year = String(Math.floor(random() * 10) + 15);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"
    viewBox="0 0 ${canvas.width} ${canvas.height}" preserveAspectRatio="xMidYMid slice">
  <defs>
    <radialGradient id="light" cx="0.45" cy="0.35" r="0.75">
      <stop offset="0" stop-color="#fff" stop-opacity="0.25"/>
      <stop offset="1" stop-color="#000" stop-opacity="0.25"/>
    </radialGradient>
    <radialGradient id="shadow">
      <stop offset="0.6" stop-color="#000" stop-opacity="0.14"/>
      <stop offset="1" stop-color="#000" stop-opacity="0"/>
    </radialGradient>
  </defs>
  <rect width="800" height="1000" fill="${wall}"/>
  ${heightChart()}
  ${figure(random, { centre, headTop, headWidth, headHeight, shoulders, skin, hair, cloth })}
  ${placard(centre, headTop + headHeight + 170, number, year)}
  <rect width="800" height="1000" fill="url(#light)"/>
</svg>`;
}

/** Lines every 25 px (a 5 cm step) with a thicker line and a label every 100 px. */
function heightChart(): string {
  const parts: string[] = [];
  for (let y = 50, step = 0; y < 1000; y += 25, step++) {
    const major = step % 4 === 0;
    parts.push(
      `<line x1="${major ? 0 : 40}" y1="${y}" x2="800" y2="${y}" stroke="#5b5f63" ` +
        `stroke-opacity="${major ? 0.55 : 0.3}" stroke-width="${major ? 3 : 1.5}"/>`,
    );
    if (major) {
      const centimetres = String(200 - Math.round(((y - 50) / 25) * 5));
      parts.push(segmentText(centimetres, 12, y + 8, 22, '#3c4044', 3));
    }
  }
  return parts.join('\n');
}

interface FigureShape {
  centre: number;
  headTop: number;
  headWidth: number;
  headHeight: number;
  shoulders: number;
  skin: string;
  hair: string;
  cloth: string;
}

function figure(random: () => number, shape: FigureShape): string {
  const { centre: x, headTop: top, headWidth: w, headHeight: h, shoulders, skin, hair } = shape;
  const chin = top + h;
  const neck = w * 0.5;
  const eyeY = top + h * 0.47;
  const temple = top + h * 0.42;
  const hairline = top + h * between(random, 0.1, 0.24);
  const bald = random() < 0.12;
  const mouth = top + h * 0.8;
  const moustache = random() < 0.45;
  const beard = random() < 0.2;
  return `
  <ellipse cx="${x + 30}" cy="${chin + 120}" rx="${shoulders + 60}" ry="${h * 1.5}"
    fill="url(#shadow)"/>
  <rect x="${x - neck / 2}" y="${chin - 40}" width="${neck}" height="110" fill="${skin}"/>
  <rect x="${x - neck / 2}" y="${chin - 40}" width="${neck}" height="110" fill="#000" opacity="0.12"/>
  <path d="M ${x - shoulders} 1000 C ${x - shoulders} ${chin + 150}, ${x - shoulders * 0.75}
    ${chin + 70}, ${x - neck * 0.9} ${chin + 45} L ${x + neck * 0.9} ${chin + 45} C
    ${x + shoulders * 0.75} ${chin + 70}, ${x + shoulders} ${chin + 150}, ${x + shoulders} 1000 Z"
    fill="${shape.cloth}"/>
  <path d="M ${x - neck * 0.9} ${chin + 42} L ${x} ${chin + 110} L ${x - neck * 0.2} ${chin + 130}
    L ${x - neck * 1.3} ${chin + 70} Z M ${x + neck * 0.9} ${chin + 42} L ${x} ${chin + 110}
    L ${x + neck * 0.2} ${chin + 130} L ${x + neck * 1.3} ${chin + 70} Z" fill="#fff" opacity="0.18"/>
  <ellipse cx="${x - w}" cy="${eyeY + 14}" rx="13" ry="26" fill="${skin}"/>
  <ellipse cx="${x + w}" cy="${eyeY + 14}" rx="13" ry="26" fill="${skin}"/>
  <ellipse cx="${x}" cy="${top + h / 2}" rx="${w}" ry="${h / 2}" fill="${skin}"/>
  <path d="M ${x - w - 5} ${temple} A ${w + 5} ${h * 0.5} 0 0 1 ${x + w + 5} ${temple}
    C ${x + w * 0.8} ${hairline}, ${x + w * 0.3} ${hairline}, ${x} ${hairline}
    C ${x - w * 0.3} ${hairline}, ${x - w * 0.8} ${hairline}, ${x - w - 5} ${temple} Z"
    fill="${hair}" opacity="${bald ? 0.25 : 1}"/>
  ${[-1, 1].map((side) => eye(x + side * w * 0.4, eyeY, hair)).join('\n')}
  <path d="M ${x} ${eyeY + 12} L ${x - 12} ${eyeY + h * 0.2} L ${x + 10} ${eyeY + h * 0.21}"
    fill="none" stroke="#000" stroke-opacity="0.3" stroke-width="4"/>
  <path d="M ${x - w * 0.28} ${mouth} Q ${x} ${mouth + h * between(random, -0.015, 0.02)}
    ${x + w * 0.28} ${mouth}" fill="none" stroke="#5a2e2a" stroke-opacity="0.8" stroke-width="5"/>
  ${moustache ? `<path d="M ${x - w * 0.34} ${mouth - 4} Q ${x} ${mouth - h * 0.09} ${x + w * 0.34} ${mouth - 4} Q ${x} ${mouth - h * 0.04} ${x - w * 0.34} ${mouth - 4} Z" fill="${hair}"/>` : ''}
  ${beard ? `<path d="M ${x - w * 0.95} ${top + h * 0.58} Q ${x - w * 0.6} ${chin + 30} ${x} ${chin + 28} Q ${x + w * 0.6} ${chin + 30} ${x + w * 0.95} ${top + h * 0.58} Q ${x} ${chin - 20} ${x - w * 0.95} ${top + h * 0.58} Z" fill="${hair}" opacity="0.8"/>` : ''}`;
}

function eye(x: number, y: number, brow: string): string {
  return `<ellipse cx="${x}" cy="${y}" rx="15" ry="7" fill="#f4f1ea"/>
  <circle cx="${x}" cy="${y}" r="6" fill="#2b1d14"/>
  <path d="M ${x - 20} ${y - 18} Q ${x} ${y - 27} ${x + 20} ${y - 18}" fill="none"
    stroke="${brow}" stroke-width="6" stroke-linecap="round"/>`;
}

/** A booking placard held at the chest: a number and a two-digit year. */
function placard(centre: number, top: number, number: string, year: string): string {
  const y = Math.min(top, 820);
  return `<rect x="${centre - 170}" y="${y}" width="340" height="130" rx="6" fill="#111"/>
  <rect x="${centre - 160}" y="${y + 10}" width="320" height="110" fill="#f2f0e8"/>
  ${segmentText(number, centre - 140, y + 95, 70, '#111', 7)}
  ${segmentText(year, centre + 70, y + 95, 40, '#111', 5)}`;
}

/** Segments a–g of each digit, as [x1, y1, x2, y2] on a 1 × 2 cell. */
const segments: Record<string, ReadonlyArray<readonly [number, number, number, number]>> = {
  a: [[0, 0, 1, 0]],
  b: [[1, 0, 1, 1]],
  c: [[1, 1, 1, 2]],
  d: [[0, 2, 1, 2]],
  e: [[0, 1, 0, 2]],
  f: [[0, 0, 0, 1]],
  g: [[0, 1, 1, 1]],
};
const digitSegments = [
  'abcdef',
  'bc',
  'abdeg',
  'abcdg',
  'bcfg',
  'acdfg',
  'acdefg',
  'abc',
  'abcdefg',
  'abcdfg',
];

/** Digits drawn as seven-segment strokes, baseline at `y`, `size` pixels tall. */
function segmentText(
  digits: string,
  x: number,
  y: number,
  size: number,
  colour: string,
  stroke: number,
): string {
  const unit = size / 2;
  const lines: string[] = [];
  [...digits].forEach((char, index) => {
    const left = x + index * unit * 1.6;
    for (const name of digitSegments[Number(char)] ?? '') {
      for (const [x1, y1, x2, y2] of segments[name] ?? []) {
        lines.push(
          `M ${left + x1 * unit} ${y - size + y1 * unit} L ${left + x2 * unit} ${y - size + y2 * unit}`,
        );
      }
    }
  });
  return `<path d="${lines.join(' ')}" stroke="${colour}" stroke-width="${stroke}"
    stroke-linecap="round" fill="none"/>`;
}

/** Adds seeded luminance grain of about ± `amplitude` levels, like a small camera sensor. */
function addGrain(pixels: Buffer, random: () => number, amplitude: number): void {
  for (let offset = 0; offset + 2 < pixels.length; offset += 3) {
    const grain = (random() + random() - 1) * amplitude * 2;
    for (let channel = 0; channel < 3; channel++) {
      const value = (pixels[offset + channel] ?? 0) + grain;
      pixels[offset + channel] = value < 0 ? 0 : value > 255 ? 255 : value;
    }
  }
}
