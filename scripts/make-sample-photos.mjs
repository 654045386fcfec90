#!/usr/bin/env node
// Vẽ bộ ảnh minh họa cho trang mẫu (content/anh/*.jpg).
//
// Mỗi ảnh là một bức tranh SVG dựng bằng mã (hình khối, dải màu, người giản lược),
// sau đó được sharp chuyển sang JPEG. Không có chữ trong ảnh. Kết quả tất định:
// chạy lại script luôn cho cùng các tệp (số ngẫu nhiên dùng bộ sinh có hạt giống cố định).
//
//   node scripts/make-sample-photos.mjs

import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'content', 'anh');

// ---------------------------------------------------------------------------
// Tiện ích chung

/** Bộ sinh số giả ngẫu nhiên mulberry32: cùng hạt giống thì cùng dãy số. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const f = (n) => (Math.round(n * 10) / 10).toString();
const pick = (r, list) => list[Math.floor(r() * list.length)];
const between = (r, a, b) => a + (b - a) * r();

function svgDoc(w, h, defs, body) {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">` +
    `<defs>${defs}</defs>${body}</svg>`;
}

function linear(id, stops, x2 = 0, y2 = 1) {
  const s = stops.map(([o, c, op = 1]) => `<stop offset="${o}" stop-color="${c}" stop-opacity="${op}"/>`).join('');
  return `<linearGradient id="${id}" x1="0" y1="0" x2="${x2}" y2="${y2}">${s}</linearGradient>`;
}

function radial(id, stops, cx = 0.5, cy = 0.5, r = 0.5) {
  const s = stops.map(([o, c, op = 1]) => `<stop offset="${o}" stop-color="${c}" stop-opacity="${op}"/>`).join('');
  return `<radialGradient id="${id}" cx="${cx}" cy="${cy}" r="${r}">${s}</radialGradient>`;
}

const blur = (id, sd) => `<filter id="${id}" x="-50%" y="-50%" width="200%" height="200%"><feGaussianBlur stdDeviation="${sd}"/></filter>`;

/** Ngôi sao năm cánh. */
function star(cx, cy, r, fill = '#ffd21f') {
  const pts = [];
  for (let i = 0; i < 10; i++) {
    const rad = i % 2 === 0 ? r : r * 0.382;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    pts.push(`${f(cx + rad * Math.cos(a))},${f(cy + rad * Math.sin(a))}`);
  }
  return `<polygon points="${pts.join(' ')}" fill="${fill}"/>`;
}

/** Lá cờ đỏ sao vàng bay nhẹ. */
function flag(x, y, w, h, pole = true) {
  const wave = h * 0.08;
  const d = `M${f(x)},${f(y)} C${f(x + w * 0.35)},${f(y - wave)} ${f(x + w * 0.65)},${f(y + wave)} ${f(x + w)},${f(y)} ` +
    `L${f(x + w)},${f(y + h)} C${f(x + w * 0.65)},${f(y + h + wave)} ${f(x + w * 0.35)},${f(y + h - wave)} ${f(x)},${f(y + h)} Z`;
  return (pole ? `<rect x="${f(x - 5)}" y="${f(y - 10)}" width="6" height="${f(h * 4.2)}" fill="#b9b3a6"/>` : '') +
    `<path d="${d}" fill="#d8241c"/>` + star(x + w / 2, y + h / 2, h * 0.3);
}

/** Núi đá vôi kiểu Cao Bằng: các khối tháp đỉnh tròn, vách dốc, sườn phải đổ bóng. */
function karstRange(r, { x0, x1, base, hMin, hMax, wMin, wMax, fill }) {
  let out = '';
  let x = x0;
  while (x < x1) {
    const w = between(r, wMin, wMax) * 0.62;
    const h = between(r, hMin, hMax) * 1.15;
    const cx = x + w / 2;
    const top = base - h;
    const lean = between(r, -0.1, 0.1) * w;
    const left = `M${f(cx - w / 2)},${f(base)} C${f(cx - w * 0.44)},${f(base - h * 0.72)} ${f(cx - w * 0.3 + lean)},${f(top)} ${f(cx + lean)},${f(top)}`;
    const right = `C${f(cx + w * 0.3 + lean)},${f(top)} ${f(cx + w * 0.44)},${f(base - h * 0.72)} ${f(cx + w / 2)},${f(base)}`;
    out += `<path d="${left} ${right} Z" fill="${fill}"/>`;
    out += `<path d="M${f(cx + lean)},${f(top)} ${right} L${f(cx + w * 0.12)},${f(base)} Q${f(cx + w * 0.02)},${f(base - h * 0.55)} ${f(cx + lean)},${f(top)} Z" fill="#10261c" opacity="0.14"/>`;
    x += w * between(r, 0.4, 0.8);
  }
  return out;
}

/** Cây tán tròn. */
function tree(x, y, s, leaf = '#3f7d3a', dark = '#2f5f2c') {
  return `<rect x="${f(x - s * 0.06)}" y="${f(y - s * 0.5)}" width="${f(s * 0.12)}" height="${f(s * 0.5)}" fill="#6b4a2f"/>` +
    `<ellipse cx="${f(x)}" cy="${f(y - s * 0.75)}" rx="${f(s * 0.42)}" ry="${f(s * 0.4)}" fill="${dark}"/>` +
    `<ellipse cx="${f(x - s * 0.12)}" cy="${f(y - s * 0.85)}" rx="${f(s * 0.3)}" ry="${f(s * 0.3)}" fill="${leaf}"/>` +
    `<ellipse cx="${f(x + s * 0.16)}" cy="${f(y - s * 0.72)}" rx="${f(s * 0.24)}" ry="${f(s * 0.24)}" fill="${leaf}" opacity="0.85"/>`;
}

/** Bụi tre: nhiều thân cong và lá nhọn. */
function bamboo(r, x, y, s) {
  let out = '';
  for (let i = 0; i < 7; i++) {
    const dx = between(r, -s * 0.25, s * 0.25);
    const lean = between(r, -s * 0.5, s * 0.5);
    const tx = x + dx + lean, ty = y - s * between(r, 0.8, 1.2);
    out += `<path d="M${f(x + dx)},${f(y)} Q${f(x + dx + lean * 0.2)},${f(y - s * 0.6)} ${f(tx)},${f(ty)}" stroke="#5d8a3a" stroke-width="${f(s * 0.03)}" fill="none"/>`;
    for (let k = 0; k < 6; k++) {
      const t = 0.35 + k * 0.12;
      const lx = x + dx + lean * t * t, ly = y - s * t * 0.95;
      const dir = k % 2 ? 1 : -1;
      out += `<path d="M${f(lx)},${f(ly)} q${f(dir * s * 0.12)},${f(-s * 0.02)} ${f(dir * s * 0.2)},${f(s * 0.05)} q${f(-dir * s * 0.1)},${f(-s * 0.01)} ${f(-dir * s * 0.2)},${f(-s * 0.05)}" fill="#4f8a35"/>`;
    }
  }
  return out;
}

function cloud(x, y, s, op = 0.9) {
  return `<g fill="#ffffff" opacity="${op}"><ellipse cx="${f(x)}" cy="${f(y)}" rx="${f(s)}" ry="${f(s * 0.35)}"/>` +
    `<ellipse cx="${f(x - s * 0.35)}" cy="${f(y - s * 0.15)}" rx="${f(s * 0.45)}" ry="${f(s * 0.35)}"/>` +
    `<ellipse cx="${f(x + s * 0.25)}" cy="${f(y - s * 0.25)}" rx="${f(s * 0.5)}" ry="${f(s * 0.42)}"/></g>`;
}

// ---------------------------------------------------------------------------
// Người giản lược

const SKIN = ['#e9bf97', '#dcae85', '#f0c9a4', '#d49f76', '#e3b58c'];
const HAIR = ['#1d1a18', '#2a2320', '#16130f', '#3a302a', '#201c1a'];

/**
 * Người đứng, nhìn chính diện. (x, y) là điểm giữa hai bàn chân, h là chiều cao.
 * arms: 'down' | 'hold' (cầm vật trước ngực) | 'shake' (tay phải đưa sang phải) | 'shakeL' |
 *       'raise' | 'speak' (tay đặt lên bục) | 'carry' (hai tay nâng vật trên vai) | 'hoe' (cầm cuốc/xẻng chéo)
 */
function person(o) {
  const {
    x, y, h, skin = SKIN[0], hair = HAIR[0], shirt = '#f4f4f0', pants = '#2c3345', jacket = null, tie = null,
    arms = 'down', hat = null, skirt = null, bun = false, scarf = null, sleeve = null, legs = true,
  } = o;
  const r = h * 0.068;
  const headY = y - h + r * 1.05;
  const sy = headY + r * 1.55; // vai
  const hipY = y - h * 0.47;
  const sw = h * 0.25, hw = h * 0.19;
  const lw = h * 0.085;
  const top = jacket ?? shirt;
  const arm = sleeve ?? top;
  let out = '';
  if (legs) {
    if (skirt) {
      out += `<path d="M${f(x - hw * 0.55)},${f(hipY - h * 0.02)} L${f(x - hw * 0.75)},${f(y - h * 0.09)} L${f(x + hw * 0.75)},${f(y - h * 0.09)} L${f(x + hw * 0.55)},${f(hipY - h * 0.02)} Z" fill="${skirt}"/>`;
      out += `<line x1="${f(x - hw * 0.25)}" y1="${f(y - h * 0.1)}" x2="${f(x - hw * 0.25)}" y2="${f(y - h * 0.02)}" stroke="${skin}" stroke-width="${f(lw * 0.7)}" stroke-linecap="round"/>`;
      out += `<line x1="${f(x + hw * 0.25)}" y1="${f(y - h * 0.1)}" x2="${f(x + hw * 0.25)}" y2="${f(y - h * 0.02)}" stroke="${skin}" stroke-width="${f(lw * 0.7)}" stroke-linecap="round"/>`;
    } else {
      out += `<line x1="${f(x - hw * 0.27)}" y1="${f(hipY)}" x2="${f(x - hw * 0.33)}" y2="${f(y - lw * 0.5)}" stroke="${pants}" stroke-width="${f(lw)}" stroke-linecap="round"/>`;
      out += `<line x1="${f(x + hw * 0.27)}" y1="${f(hipY)}" x2="${f(x + hw * 0.33)}" y2="${f(y - lw * 0.5)}" stroke="${pants}" stroke-width="${f(lw)}" stroke-linecap="round"/>`;
      out += `<rect x="${f(x - hw * 0.3 - lw * 0.6)}" y="${f(hipY - h * 0.04)}" width="${f(hw * 0.6 + lw * 1.2)}" height="${f(h * 0.08)}" rx="${f(lw * 0.3)}" fill="${pants}"/>`;
    }
    out += `<ellipse cx="${f(x - hw * 0.36)}" cy="${f(y - lw * 0.15)}" rx="${f(lw * 0.7)}" ry="${f(lw * 0.3)}" fill="#1b1b1b"/>`;
    out += `<ellipse cx="${f(x + hw * 0.36)}" cy="${f(y - lw * 0.15)}" rx="${f(lw * 0.7)}" ry="${f(lw * 0.3)}" fill="#1b1b1b"/>`;
  }
  // tay (vẽ trước thân với tư thế buông, sau thân với tư thế cầm)
  const aw = h * 0.07;
  const L = [x - sw / 2 + aw * 0.35, sy + aw * 0.4];
  const R = [x + sw / 2 - aw * 0.35, sy + aw * 0.4];
  const limb = (pts) => `<polyline points="${pts.map((p) => `${f(p[0])},${f(p[1])}`).join(' ')}" fill="none" stroke="${arm}" stroke-width="${f(aw)}" stroke-linecap="round" stroke-linejoin="round"/>` +
    `<circle cx="${f(pts.at(-1)[0])}" cy="${f(pts.at(-1)[1])}" r="${f(aw * 0.48)}" fill="${skin}"/>`;
  let armsBack = '', armsFront = '';
  const ua = h * 0.17, fa = h * 0.16;
  switch (arms) {
    case 'hold':
      armsFront = limb([L, [L[0] - aw * 0.2, L[1] + ua], [x - sw * 0.12, L[1] + ua * 0.8]]) +
        limb([R, [R[0] + aw * 0.2, R[1] + ua], [x + sw * 0.12, R[1] + ua * 0.8]]);
      break;
    case 'shake':
      armsBack = limb([L, [L[0] - aw * 0.3, L[1] + ua], [L[0] - aw * 0.2, L[1] + ua + fa]]);
      armsFront = limb([R, [R[0] + aw * 0.6, R[1] + ua], [R[0] + fa * 1.0, R[1] + ua * 0.95]]);
      break;
    case 'shakeL':
      armsBack = limb([R, [R[0] + aw * 0.3, R[1] + ua], [R[0] + aw * 0.2, R[1] + ua + fa]]);
      armsFront = limb([L, [L[0] - aw * 0.6, L[1] + ua], [L[0] - fa * 1.0, L[1] + ua * 0.95]]);
      break;
    case 'raise':
      armsBack = limb([L, [L[0] - aw * 0.3, L[1] + ua], [L[0] - aw * 0.2, L[1] + ua + fa]]);
      armsFront = limb([R, [R[0] + ua * 0.6, R[1] - ua * 0.6], [R[0] + ua * 0.8, R[1] - ua * 1.4]]);
      break;
    case 'speak':
      armsFront = limb([L, [L[0] - aw * 0.4, L[1] + ua], [x - sw * 0.35, L[1] + ua * 1.25]]) +
        limb([R, [R[0] + aw * 0.4, R[1] + ua], [x + sw * 0.35, R[1] + ua * 1.25]]);
      break;
    case 'carry':
      armsFront = limb([L, [L[0] - aw * 0.5, L[1] - ua * 0.4], [L[0] + aw * 0.2, L[1] - ua * 0.95]]) +
        limb([R, [R[0] + aw * 0.5, R[1] - ua * 0.4], [R[0] - aw * 0.2, R[1] - ua * 0.95]]);
      break;
    case 'hoe':
      armsFront = limb([L, [L[0] - aw * 0.1, L[1] + ua * 0.8], [x + sw * 0.05, L[1] + ua * 1.1]]) +
        limb([R, [R[0] + aw * 0.6, R[1] + ua * 0.6], [R[0] + fa * 0.7, R[1] + ua * 0.2]]);
      break;
    default:
      armsBack = limb([L, [L[0] - aw * 0.25, L[1] + ua], [L[0] - aw * 0.15, L[1] + ua + fa]]) +
        limb([R, [R[0] + aw * 0.25, R[1] + ua], [R[0] + aw * 0.15, R[1] + ua + fa]]);
  }
  out += armsBack;
  // thân
  out += `<path d="M${f(x - sw / 2)},${f(sy + aw * 0.5)} Q${f(x - sw / 2)},${f(sy)} ${f(x - sw * 0.3)},${f(sy)} L${f(x + sw * 0.3)},${f(sy)} ` +
    `Q${f(x + sw / 2)},${f(sy)} ${f(x + sw / 2)},${f(sy + aw * 0.5)} L${f(x + hw / 2)},${f(hipY)} L${f(x - hw / 2)},${f(hipY)} Z" fill="${top}"/>`;
  if (jacket) {
    out += `<path d="M${f(x - sw * 0.12)},${f(sy)} L${f(x)},${f(sy + h * 0.12)} L${f(x + sw * 0.12)},${f(sy)} Z" fill="${shirt}"/>`;
    if (tie) out += `<path d="M${f(x - h * 0.012)},${f(sy + h * 0.01)} L${f(x + h * 0.012)},${f(sy + h * 0.01)} L${f(x + h * 0.018)},${f(sy + h * 0.1)} L${f(x)},${f(sy + h * 0.125)} L${f(x - h * 0.018)},${f(sy + h * 0.1)} Z" fill="${tie}"/>`;
  }
  if (scarf) out += `<path d="M${f(x - sw * 0.22)},${f(sy)} L${f(x + sw * 0.22)},${f(sy)} L${f(x + sw * 0.05)},${f(sy + h * 0.09)} L${f(x - sw * 0.05)},${f(sy + h * 0.09)} Z" fill="${scarf}"/>`;
  // cổ, đầu, tóc
  out += `<rect x="${f(x - r * 0.38)}" y="${f(headY + r * 0.6)}" width="${f(r * 0.76)}" height="${f(r * 0.9)}" fill="${skin}"/>`;
  out += `<ellipse cx="${f(x)}" cy="${f(headY)}" rx="${f(r * 0.86)}" ry="${f(r)}" fill="${skin}"/>`;
  out += `<path d="M${f(x - r * 0.9)},${f(headY + r * 0.1)} Q${f(x - r * 0.95)},${f(headY - r * 1.15)} ${f(x)},${f(headY - r * 1.08)} Q${f(x + r * 0.95)},${f(headY - r * 1.15)} ${f(x + r * 0.9)},${f(headY + r * 0.1)} Q${f(x + r * 0.6)},${f(headY - r * 0.55)} ${f(x)},${f(headY - r * 0.5)} Q${f(x - r * 0.6)},${f(headY - r * 0.45)} ${f(x - r * 0.9)},${f(headY + r * 0.1)} Z" fill="${hair}"/>`;
  if (bun) out += `<circle cx="${f(x)}" cy="${f(headY - r * 1.05)}" r="${f(r * 0.42)}" fill="${hair}"/>`;
  if (hat === 'non') {
    out += `<path d="M${f(x - r * 2.1)},${f(headY - r * 0.2)} L${f(x)},${f(headY - r * 1.9)} L${f(x + r * 2.1)},${f(headY - r * 0.2)} Q${f(x)},${f(headY + r * 0.15)} ${f(x - r * 2.1)},${f(headY - r * 0.2)} Z" fill="#e8d9a8"/>` +
      `<path d="M${f(x - r * 1.2)},${f(headY - r * 0.75)} L${f(x)},${f(headY - r * 1.9)} L${f(x + r * 0.2)},${f(headY - r * 0.55)} Z" fill="#d6c48e" opacity="0.7"/>`;
  } else if (hat === 'helmet') {
    out += `<path d="M${f(x - r * 1.05)},${f(headY - r * 0.15)} Q${f(x - r)},${f(headY - r * 1.35)} ${f(x)},${f(headY - r * 1.35)} Q${f(x + r)},${f(headY - r * 1.35)} ${f(x + r * 1.05)},${f(headY - r * 0.15)} Z" fill="#f2b705"/>` +
      `<rect x="${f(x - r * 1.25)}" y="${f(headY - r * 0.28)}" width="${f(r * 2.5)}" height="${f(r * 0.22)}" rx="${f(r * 0.1)}" fill="#d99d00"/>`;
  } else if (hat === 'army') {
    out += `<path d="M${f(x - r * 1.0)},${f(headY - r * 0.2)} Q${f(x - r)},${f(headY - r * 1.3)} ${f(x)},${f(headY - r * 1.3)} Q${f(x + r)},${f(headY - r * 1.3)} ${f(x + r * 1.0)},${f(headY - r * 0.2)} Z" fill="#55643a"/>` +
      `<rect x="${f(x - r * 0.8)}" y="${f(headY - r * 0.35)}" width="${f(r * 1.8)}" height="${f(r * 0.22)}" rx="${f(r * 0.1)}" fill="#46532f"/>` +
      star(x, headY - r * 0.75, r * 0.22, '#e0b62b');
  } else if (hat === 'khan') {
    // khăn đội đầu chàm của phụ nữ Tày, Nùng
    out += `<path d="M${f(x - r * 1.0)},${f(headY - r * 0.1)} Q${f(x - r * 1.1)},${f(headY - r * 1.25)} ${f(x)},${f(headY - r * 1.2)} Q${f(x + r * 1.1)},${f(headY - r * 1.25)} ${f(x + r * 1.0)},${f(headY - r * 0.1)} Q${f(x)},${f(headY - r * 0.5)} ${f(x - r * 1.0)},${f(headY - r * 0.1)} Z" fill="#1f2a44"/>`;
  }
  out += armsFront;
  return out;
}

/** Đại biểu ngồi, nhìn từ phía sau (đầu và vai). */
function seatedBack(x, y, s, shirt, hair) {
  return `<path d="M${f(x - s * 0.62)},${f(y + s * 0.6)} Q${f(x - s * 0.62)},${f(y - s * 0.05)} ${f(x - s * 0.3)},${f(y - s * 0.1)} L${f(x + s * 0.3)},${f(y - s * 0.1)} Q${f(x + s * 0.62)},${f(y - s * 0.05)} ${f(x + s * 0.62)},${f(y + s * 0.6)} Z" fill="${shirt}"/>` +
    `<rect x="${f(x - s * 0.1)}" y="${f(y - s * 0.32)}" width="${f(s * 0.2)}" height="${f(s * 0.25)}" fill="#c99a72"/>` +
    `<ellipse cx="${f(x)}" cy="${f(y - s * 0.45)}" rx="${f(s * 0.22)}" ry="${f(s * 0.26)}" fill="${hair}"/>`;
}

/** Người ngồi sau bàn, nhìn chính diện (chỉ thấy nửa thân trên). */
function seatedFront(x, y, s, { shirt = '#f4f4f0', jacket = '#2a3142', skin = SKIN[0], hair = HAIR[0] } = {}) {
  return `<path d="M${f(x - s * 0.6)},${f(y)} Q${f(x - s * 0.6)},${f(y - s * 0.62)} ${f(x - s * 0.3)},${f(y - s * 0.66)} L${f(x + s * 0.3)},${f(y - s * 0.66)} Q${f(x + s * 0.6)},${f(y - s * 0.62)} ${f(x + s * 0.6)},${f(y)} Z" fill="${jacket}"/>` +
    `<path d="M${f(x - s * 0.14)},${f(y - s * 0.66)} L${f(x)},${f(y - s * 0.3)} L${f(x + s * 0.14)},${f(y - s * 0.66)} Z" fill="${shirt}"/>` +
    `<rect x="${f(x - s * 0.09)}" y="${f(y - s * 0.8)}" width="${f(s * 0.18)}" height="${f(s * 0.16)}" fill="${skin}"/>` +
    `<ellipse cx="${f(x)}" cy="${f(y - s * 0.95)}" rx="${f(s * 0.2)}" ry="${f(s * 0.24)}" fill="${skin}"/>` +
    `<path d="M${f(x - s * 0.21)},${f(y - s * 0.93)} Q${f(x - s * 0.22)},${f(y - s * 1.22)} ${f(x)},${f(y - s * 1.2)} Q${f(x + s * 0.22)},${f(y - s * 1.22)} ${f(x + s * 0.21)},${f(y - s * 0.93)} Q${f(x)},${f(y - s * 1.08)} ${f(x - s * 0.21)},${f(y - s * 0.93)} Z" fill="${hair}"/>`;
}

/** Lọ hoa / chậu hoa trang trí. */
function flowers(x, y, s, r, colors = ['#f5d327', '#e9472f', '#ffffff', '#f08a24']) {
  let out = `<path d="M${f(x - s * 0.35)},${f(y - s * 0.45)} L${f(x + s * 0.35)},${f(y - s * 0.45)} L${f(x + s * 0.25)},${f(y)} L${f(x - s * 0.25)},${f(y)} Z" fill="#b33a2a"/>`;
  out += `<ellipse cx="${f(x)}" cy="${f(y - s * 0.55)}" rx="${f(s * 0.6)}" ry="${f(s * 0.28)}" fill="#3e7d32"/>`;
  for (let i = 0; i < 14; i++) {
    const a = Math.PI * (1 + i / 13);
    const rr = s * between(r, 0.25, 0.6);
    out += `<circle cx="${f(x + Math.cos(a) * rr)}" cy="${f(y - s * 0.6 + Math.sin(a) * rr * 0.7)}" r="${f(s * between(r, 0.08, 0.13))}" fill="${pick(r, colors)}"/>`;
  }
  return out;
}

/** Bó hoa cầm tay. */
function bouquet(x, y, s, r) {
  let out = `<path d="M${f(x - s * 0.1)},${f(y)} L${f(x - s * 0.35)},${f(y - s * 0.7)} L${f(x + s * 0.35)},${f(y - s * 0.7)} L${f(x + s * 0.1)},${f(y)} Z" fill="#f3ecd8"/>`;
  for (let i = 0; i < 7; i++) {
    out += `<circle cx="${f(x + between(r, -s * 0.3, s * 0.3))}" cy="${f(y - s * between(r, 0.7, 1.0))}" r="${f(s * 0.12)}" fill="${pick(r, ['#e63b46', '#f3c623', '#f28fb0', '#ffffff'])}"/>`;
  }
  return out;
}

/** Khung bằng khen / giấy chứng nhận cầm trước ngực (không có chữ, chỉ có hoa văn). */
function certificate(x, y, w, h) {
  return `<rect x="${f(x - w / 2)}" y="${f(y - h / 2)}" width="${f(w)}" height="${f(h)}" fill="#7a1d16" rx="2"/>` +
    `<rect x="${f(x - w / 2 + w * 0.07)}" y="${f(y - h / 2 + h * 0.08)}" width="${f(w * 0.86)}" height="${f(h * 0.84)}" fill="#fbf3da"/>` +
    `<rect x="${f(x - w / 2 + w * 0.12)}" y="${f(y - h / 2 + h * 0.15)}" width="${f(w * 0.76)}" height="${f(h * 0.7)}" fill="none" stroke="#d4a531" stroke-width="${f(Math.max(1, w * 0.02))}"/>` +
    star(x, y - h * 0.12, h * 0.14, '#d8241c') +
    `<rect x="${f(x - w * 0.25)}" y="${f(y + h * 0.1)}" width="${f(w * 0.5)}" height="${f(h * 0.05)}" fill="#c9b48a"/>` +
    `<rect x="${f(x - w * 0.18)}" y="${f(y + h * 0.2)}" width="${f(w * 0.36)}" height="${f(h * 0.04)}" fill="#d9c9a3"/>`;
}

// Phông nền hội trường: màn đỏ, sao vàng, tua rèm.
function stageBackdrop(x, y, w, h, r) {
  let out = `<rect x="${f(x)}" y="${f(y)}" width="${f(w)}" height="${f(h)}" fill="url(#backdrop)"/>`;
  for (let i = 0; i < 18; i++) {
    const px = x + (w / 18) * i;
    out += `<rect x="${f(px)}" y="${f(y)}" width="${f(w / 36)}" height="${f(h)}" fill="#000" opacity="0.06"/>`;
  }
  // rèm trên
  for (let i = 0; i < 12; i++) {
    const px = x + (w / 12) * i;
    out += `<path d="M${f(px)},${f(y)} Q${f(px + w / 24)},${f(y + h * 0.16)} ${f(px + w / 12)},${f(y)} Z" fill="#f0c23b"/>`;
  }
  out += `<rect x="${f(x)}" y="${f(y - 4)}" width="${f(w)}" height="14" fill="#c9961f"/>`;
  return out;
}

// ---------------------------------------------------------------------------
// Các bức tranh

const W = 1600, H = 1067;

function hoiNghiDaiBieu() {
  const r = rng(101);
  const defs = linear('wall', [[0, '#efe3c8'], [1, '#d9c7a0']]) +
    linear('backdrop', [[0, '#c81e1e'], [1, '#9b1212']]) +
    linear('floor', [[0, '#a7794f'], [1, '#7a5234']]) +
    linear('cloth', [[0, '#fdfdfb'], [1, '#dfe4ea']]) +
    radial('lamp', [[0, '#fff8dc', 0.9], [1, '#fff8dc', 0]]);
  let b = `<rect width="${W}" height="${H}" fill="url(#wall)"/>`;
  // trần và đèn
  b += `<rect width="${W}" height="90" fill="#cbb78f"/>`;
  for (let i = 0; i < 7; i++) b += `<ellipse cx="${120 + i * 230}" cy="70" rx="110" ry="40" fill="url(#lamp)"/><ellipse cx="${120 + i * 230}" cy="62" rx="34" ry="10" fill="#fffbe8"/>`;
  // cột hai bên
  b += `<rect x="40" y="90" width="90" height="600" fill="#e6d6b3"/><rect x="1470" y="90" width="90" height="600" fill="#e6d6b3"/>`;
  // sân khấu
  b += stageBackdrop(230, 130, 1140, 360, r);
  b += star(800, 250, 70);
  b += `<path d="M560,330 L1040,330" stroke="#f0c23b" stroke-width="10"/><path d="M620,360 L980,360" stroke="#f0c23b" stroke-width="6"/>`;
  b += flag(300, 170, 150, 100, false) + flag(1150, 170, 150, 100, false);
  b += `<rect x="200" y="490" width="1200" height="70" fill="#8c5a35"/><rect x="200" y="490" width="1200" height="10" fill="#a8714a"/>`;
  // đoàn chủ tịch
  const pres = [420, 540, 660, 780, 900, 1020, 1140];
  for (const px of pres) b += seatedFront(px, 478, 72, { jacket: pick(r, ['#2a3142', '#1f2533', '#f4f4f0', '#34405a']), skin: pick(r, SKIN), hair: pick(r, HAIR) });
  b += `<rect x="350" y="452" width="900" height="45" fill="url(#cloth)"/><rect x="350" y="452" width="900" height="10" fill="#2f6fb5"/>`;
  b += flowers(360, 490, 70, r) + flowers(1240, 490, 70, r) + flowers(800, 560, 80, r);
  // sàn
  b += `<rect x="0" y="560" width="${W}" height="${H - 560}" fill="url(#floor)"/>`;
  // các dãy đại biểu, gần hơn thì to hơn
  const rows = [
    { y: 640, s: 46, n: 17, table: 680 },
    { y: 740, s: 60, n: 13, table: 790 },
    { y: 860, s: 78, n: 10, table: 920 },
    { y: 1010, s: 100, n: 8, table: 1080 },
  ];
  for (const row of rows) {
    const span = W + row.s * 2;
    const step = span / row.n;
    for (let i = 0; i < row.n; i++) {
      const px = -row.s + step * (i + 0.5) + between(r, -row.s * 0.15, row.s * 0.15);
      const shirt = pick(r, ['#f5f5f2', '#f5f5f2', '#2b3245', '#dce6f0', '#1f2533', '#5a6b45', '#f0e8dd']);
      b += seatedBack(px, row.y, row.s, shirt, pick(r, HAIR));
    }
    b += `<rect x="0" y="${row.table}" width="${W}" height="${f(row.s * 0.35)}" fill="#f3efe6"/><rect x="0" y="${f(row.table + row.s * 0.35)}" width="${W}" height="${f(row.s * 0.12)}" fill="#b7a88c"/>`;
  }
  return svgDoc(W, H, defs, b);
}

function phatBieuChiDao() {
  const r = rng(202);
  const defs = linear('backdrop', [[0, '#cf2323'], [1, '#8f1010']]) +
    linear('wood', [[0, '#9a6137'], [1, '#6a3f22']], 1, 0) +
    radial('spot', [[0, '#ffffff', 0.35], [1, '#ffffff', 0]]);
  let b = `<rect width="${W}" height="${H}" fill="url(#backdrop)"/>`;
  for (let i = 0; i < 24; i++) b += `<rect x="${i * 67}" y="0" width="30" height="${H}" fill="#000" opacity="0.05"/>`;
  b += `<ellipse cx="760" cy="420" rx="520" ry="420" fill="url(#spot)"/>`;
  b += star(1250, 240, 120);
  b += `<rect x="0" y="0" width="${W}" height="50" fill="#c9961f"/>`;
  for (let i = 0; i < 16; i++) b += `<path d="M${i * 100},50 Q${i * 100 + 50},150 ${i * 100 + 100},50 Z" fill="#f0c23b"/>`;
  b += flag(160, 170, 230, 150, true);
  // người phát biểu
  b += person({ x: 760, y: 1240, h: 1050, jacket: '#232a3a', shirt: '#ffffff', tie: '#9b1b1b', arms: 'speak', skin: '#e3b58c', hair: '#1d1a18' });
  // bục phát biểu
  b += `<path d="M520,640 L1000,640 L960,${H} L560,${H} Z" fill="url(#wood)"/>`;
  b += `<rect x="500" y="610" width="520" height="42" rx="6" fill="#b57a48"/>`;
  b += `<circle cx="760" cy="820" r="95" fill="#d8241c" stroke="#f0c23b" stroke-width="12"/>` + star(760, 822, 62);
  b += `<path d="M700,610 Q690,520 735,470" stroke="#222" stroke-width="8" fill="none"/><ellipse cx="742" cy="462" rx="16" ry="26" fill="#333" transform="rotate(25 742 462)"/>`;
  b += `<path d="M820,610 Q830,520 785,470" stroke="#222" stroke-width="8" fill="none"/><ellipse cx="778" cy="462" rx="16" ry="26" fill="#333" transform="rotate(-25 778 462)"/>`;
  b += flowers(560, 640, 120, r) + flowers(960, 640, 120, r);
  // chậu cây hai bên
  b += flowers(1380, 1050, 240, r, ['#f5d327', '#f08a24', '#ffffff']) + flowers(150, 1050, 220, r, ['#f5d327', '#e9472f', '#ffffff']);
  return svgDoc(W, H, defs, b);
}

function traoKyNiemChuong() {
  const r = rng(303);
  const defs = linear('backdrop', [[0, '#d02727'], [1, '#951313']]) + linear('floor', [[0, '#8b5b37'], [1, '#5f3b22']]);
  let b = stageBackdrop(0, 40, W, 800, r);
  b += `<rect x="0" y="0" width="${W}" height="40" fill="#c9961f"/>`;
  b += star(800, 200, 95);
  b += `<path d="M420,330 L1180,330" stroke="#f0c23b" stroke-width="12"/><path d="M520,372 L1080,372" stroke="#f0c23b" stroke-width="7"/>`;
  b += `<rect x="0" y="840" width="${W}" height="${H - 840}" fill="url(#floor)"/>`;
  // hàng người nhận kỷ niệm chương
  const xs = [120, 290, 460, 1140, 1310, 1480];
  for (const px of xs) {
    const woman = r() < 0.45;
    const hp = between(r, 560, 610);
    b += person({
      x: px, y: 1010, h: hp, arms: 'hold', skin: pick(r, SKIN), hair: pick(r, HAIR), bun: woman,
      jacket: woman ? null : pick(r, ['#242b3b', '#2e3750', '#3d3d44']),
      shirt: woman ? pick(r, ['#f2e3c6', '#e9eef5', '#f6d6dc', '#1f3b73']) : '#fbfbf8',
      tie: woman ? null : pick(r, ['#8e1b1b', '#1e3a6b', '#5b2a6b']),
      skirt: woman ? '#2b2b38' : null,
    });
    const headY = 1010 - hp + hp * 0.068 * 1.05;
    b += certificate(px, headY + hp * 0.28, hp * 0.2, hp * 0.15);
    // kỷ niệm chương cài ngực
    b += `<circle cx="${f(px - hp * 0.07)}" cy="${f(headY + hp * 0.16)}" r="${f(hp * 0.014)}" fill="#e5b93a"/>`;
  }
  // người nhận (cầm hoa) và người trao bắt tay ở giữa
  b += person({ x: 700, y: 1030, h: 600, arms: 'shake', jacket: '#39435a', shirt: '#fbfbf8', tie: '#1e3a6b', skin: '#dcae85' });
  b += bouquet(632, 770, 120, r);
  b += person({ x: 1000, y: 1030, h: 630, arms: 'shakeL', jacket: '#1f2533', shirt: '#ffffff', tie: '#9b1b1b', skin: '#e3b58c' });
  b += `<circle cx="846" cy="641" r="20" fill="#e3b58c"/>`;
  b += `<rect x="0" y="1040" width="${W}" height="27" fill="#4a2d19"/>`;
  return svgDoc(W, H, defs, b);
}

function ruongBacThang() {
  const r = rng(404);
  const defs = linear('sky', [[0, '#8fc3e8'], [0.7, '#dcecf5'], [1, '#f4efe0']]) + blur('haze', 2);
  let b = `<rect width="${W}" height="${H}" fill="url(#sky)"/>`;
  b += cloud(300, 140, 120, 0.85) + cloud(1200, 100, 160, 0.8) + cloud(900, 200, 80, 0.6);
  b += `<g filter="url(#haze)">${karstRange(r, { x0: -100, x1: 1700, base: 430, hMin: 160, hMax: 300, wMin: 200, wMax: 340, fill: '#9fb8c4' })}</g>`;
  b += karstRange(r, { x0: -100, x1: 1700, base: 470, hMin: 100, hMax: 210, wMin: 220, wMax: 380, fill: '#6f9a7d' });
  // ruộng bậc thang: các dải cong, màu lúa chín xen lúa xanh
  b += `<rect x="0" y="440" width="${W}" height="${H - 440}" fill="#a9b53c"/>`;
  const bands = 16;
  const colors = ['#c8b23a', '#d6bf45', '#a9b53c', '#8fac3a', '#d9c553', '#b9a838'];
  for (let i = 0; i < bands; i++) {
    const t0 = i / bands, t1 = (i + 1) / bands;
    const y0 = 440 + Math.pow(t0, 1.3) * 700;
    const y1 = 440 + Math.pow(t1, 1.3) * 700;
    const amp0 = 40 + t0 * 90, amp1 = 40 + t1 * 90;
    const ph = 0.6 + i * 0.22;
    const top = [], bot = [];
    for (let x = -20; x <= W + 20; x += 40) {
      top.push(`${f(x)},${f(y0 + amp0 * Math.sin(x / 260 + ph) + 25 * Math.sin(x / 97 + i))}`);
      bot.push(`${f(x)},${f(y1 + amp1 * Math.sin(x / 260 + ph + 0.22) + 25 * Math.sin(x / 97 + i + 1))}`);
    }
    const poly = [...top, ...bot.reverse()].join(' ');
    b += `<polygon points="${poly}" fill="${colors[i % colors.length]}"/>`;
    b += `<polyline points="${top.join(' ')}" fill="none" stroke="#6d7a2c" stroke-width="${f(3 + t0 * 6)}" opacity="0.55"/>`;
    b += `<polyline points="${top.join(' ')}" fill="none" stroke="#efe4a2" stroke-width="${f(1 + t0 * 2)}" opacity="0.6" transform="translate(0 ${f(4 + t0 * 6)})"/>`;
  }
  // chòi canh và cây
  b += tree(1380, 560, 150) + tree(1450, 580, 120) + tree(160, 600, 140);
  b += `<path d="M1180,610 L1240,570 L1300,610 Z" fill="#8a6a3c"/><rect x="1195" y="610" width="90" height="50" fill="#a07c4a"/><rect x="1230" y="625" width="20" height="35" fill="#4a3520"/>`;
  b += person({ x: 520, y: 905, h: 120, hat: 'non', shirt: '#1f3a66', pants: '#1d1d28', arms: 'hoe', skin: SKIN[3] });
  b += person({ x: 640, y: 935, h: 125, hat: 'non', shirt: '#2a2f48', skirt: '#1b1b2a', arms: 'down', skin: SKIN[1] });
  return svgDoc(W, H, defs, b);
}

function nuiSongCaoBang() {
  const r = rng(505);
  const defs = linear('sky', [[0, '#79aede'], [0.6, '#cfe3ef'], [1, '#eef2e6']]) +
    linear('river', [[0, '#8cc2cf'], [1, '#3d8a8f']]) + linear('field', [[0, '#9cc25a'], [1, '#5f8f3a']]) + blur('haze', 2);
  let b = `<rect width="${W}" height="${H}" fill="url(#sky)"/>`;
  b += cloud(1300, 150, 150, 0.85) + cloud(420, 110, 110, 0.8);
  b += `<g filter="url(#haze)">${karstRange(r, { x0: -120, x1: 1700, base: 520, hMin: 220, hMax: 380, wMin: 180, wMax: 300, fill: '#a9bfcb' })}</g>`;
  b += karstRange(r, { x0: -100, x1: 1700, base: 560, hMin: 170, hMax: 320, wMin: 200, wMax: 330, fill: '#7c9f9a' });
  b += karstRange(r, { x0: -60, x1: 1700, base: 600, hMin: 120, hMax: 260, wMin: 220, wMax: 360, fill: '#4f7e5c' });
  // đồng ruộng
  b += `<rect x="0" y="580" width="${W}" height="${H - 580}" fill="url(#field)"/>`;
  for (let i = 0; i < 9; i++) b += `<path d="M0,${600 + i * 55} Q800,${570 + i * 60} 1600,${610 + i * 50}" stroke="#b7d36e" stroke-width="3" fill="none" opacity="0.6"/>`;
  // dòng sông uốn khúc
  b += `<path d="M560,600 C700,640 420,700 520,760 C640,830 1100,830 980,930 C900,1000 700,1030 640,${H} L1120,${H} C1200,1010 1350,950 1260,880 C1150,800 760,820 700,760 C640,700 800,650 660,600 Z" fill="url(#river)"/>`;
  for (let i = 0; i < 10; i++) {
    const yy = 640 + i * 42;
    b += `<path d="M${f(600 + Math.sin(i) * 120 + i * 28)},${yy} l${f(60 + i * 6)},2" stroke="#e4f3f5" stroke-width="3" opacity="0.7"/>`;
  }
  // bè tre
  b += `<g transform="translate(860 905) rotate(-8)"><rect x="-90" y="-12" width="180" height="24" rx="6" fill="#c9a86a"/><rect x="-90" y="-12" width="180" height="6" fill="#e0c487"/></g>`;
  b += person({ x: 880, y: 900, h: 110, hat: 'non', shirt: '#24355e', pants: '#1d1d28', skin: SKIN[3] });
  b += `<line x1="915" y1="830" x2="960" y2="940" stroke="#6b4a2f" stroke-width="5"/>`;
  // tre và cây tiền cảnh
  b += bamboo(r, 120, 1040, 380) + bamboo(r, 1480, 1050, 360);
  b += tree(300, 720, 140) + tree(1320, 700, 120) + tree(1400, 720, 150);
  return svgDoc(W, H, defs, b);
}

function stiltHouse(x, y, s, r) {
  // nhà sàn: cột, sàn, vách gỗ, mái ngói âm dương
  let out = '';
  for (let i = 0; i < 5; i++) out += `<rect x="${f(x - s * 0.55 + i * s * 0.27)}" y="${f(y - s * 0.35)}" width="${f(s * 0.05)}" height="${f(s * 0.35)}" fill="#5b3b22"/>`;
  out += `<rect x="${f(x - s * 0.6)}" y="${f(y - s * 0.4)}" width="${f(s * 1.2)}" height="${f(s * 0.06)}" fill="#6b4529"/>`;
  out += `<rect x="${f(x - s * 0.55)}" y="${f(y - s * 0.8)}" width="${f(s * 1.1)}" height="${f(s * 0.4)}" fill="#a8754a"/>`;
  for (let i = 0; i < 12; i++) out += `<rect x="${f(x - s * 0.55 + i * s * 0.0917)}" y="${f(y - s * 0.8)}" width="${f(s * 0.01)}" height="${f(s * 0.4)}" fill="#7d5232"/>`;
  out += `<rect x="${f(x - s * 0.3)}" y="${f(y - s * 0.7)}" width="${f(s * 0.14)}" height="${f(s * 0.14)}" fill="#3b2616"/><rect x="${f(x + s * 0.18)}" y="${f(y - s * 0.7)}" width="${f(s * 0.14)}" height="${f(s * 0.14)}" fill="#3b2616"/>`;
  out += `<path d="M${f(x - s * 0.78)},${f(y - s * 0.74)} L${f(x - s * 0.4)},${f(y - s * 1.2)} L${f(x + s * 0.4)},${f(y - s * 1.2)} L${f(x + s * 0.78)},${f(y - s * 0.74)} Z" fill="#5e4638"/>`;
  for (let i = 0; i < 6; i++) {
    const t = i / 6;
    out += `<path d="M${f(x - s * (0.74 - 0.36 * t))},${f(y - s * (0.78 + 0.42 * t))} L${f(x + s * (0.74 - 0.36 * t))},${f(y - s * (0.78 + 0.42 * t))}" stroke="#4a362b" stroke-width="${f(s * 0.012)}"/>`;
  }
  out += `<path d="M${f(x - s * 0.4)},${f(y - s * 1.2)} L${f(x + s * 0.4)},${f(y - s * 1.2)}" stroke="#3c2a20" stroke-width="${f(s * 0.03)}" stroke-linecap="round"/>`;
  // cầu thang
  out += `<path d="M${f(x + s * 0.6)},${f(y - s * 0.4)} L${f(x + s * 0.85)},${f(y)}" stroke="#6b4529" stroke-width="${f(s * 0.03)}"/><path d="M${f(x + s * 0.68)},${f(y - s * 0.4)} L${f(x + s * 0.93)},${f(y)}" stroke="#6b4529" stroke-width="${f(s * 0.03)}"/>`;
  for (let i = 1; i < 5; i++) out += `<line x1="${f(x + s * (0.6 + 0.05 * i))}" y1="${f(y - s * (0.4 - 0.08 * i))}" x2="${f(x + s * (0.68 + 0.05 * i))}" y2="${f(y - s * (0.4 - 0.08 * i))}" stroke="#6b4529" stroke-width="${f(s * 0.02)}"/>`;
  return out;
}

function nhaSan() {
  const r = rng(606);
  const defs = linear('sky', [[0, '#9ccbe8'], [1, '#eef3e4']]) + linear('ground', [[0, '#86b04e'], [1, '#4f7f33']]) + blur('haze', 2);
  let b = `<rect width="${W}" height="${H}" fill="url(#sky)"/>`;
  b += cloud(250, 130, 120) + cloud(1150, 170, 140, 0.8);
  b += `<g filter="url(#haze)">${karstRange(r, { x0: -100, x1: 1700, base: 520, hMin: 200, hMax: 360, wMin: 200, wMax: 320, fill: '#9db6bf' })}</g>`;
  b += karstRange(r, { x0: -100, x1: 1700, base: 560, hMin: 120, hMax: 240, wMin: 260, wMax: 380, fill: '#5d8a62' });
  b += `<rect x="0" y="540" width="${W}" height="${H - 540}" fill="url(#ground)"/>`;
  b += bamboo(r, 90, 760, 340) + tree(1500, 720, 220);
  b += stiltHouse(420, 780, 420, r) + stiltHouse(1080, 700, 320, r);
  b += tree(760, 700, 170) + tree(1340, 650, 140);
  // lối đi và hàng rào
  b += `<path d="M560,${H} C600,950 700,880 780,800" stroke="#c9ad7a" stroke-width="70" fill="none" stroke-linecap="round"/>`;
  for (let i = 0; i < 14; i++) b += `<rect x="${40 + i * 34}" y="900" width="10" height="70" fill="#8a6a44"/>`;
  b += `<rect x="40" y="915" width="470" height="8" fill="#8a6a44"/><rect x="40" y="945" width="470" height="8" fill="#8a6a44"/>`;
  b += person({ x: 880, y: 1010, h: 190, hat: 'khan', shirt: '#1f2a44', skirt: '#161c2e', skin: SKIN[1], arms: 'down' });
  b += person({ x: 960, y: 1020, h: 140, shirt: '#f2f2ee', pants: '#2d3b6b', skin: SKIN[2], scarf: '#d8241c' });
  // đàn gà
  for (const [cx, cy] of [[1180, 960], [1240, 990], [1130, 1000]]) {
    b += `<ellipse cx="${cx}" cy="${cy}" rx="22" ry="15" fill="#a0522d"/><circle cx="${cx + 18}" cy="${cy - 14}" r="9" fill="#a0522d"/><path d="M${cx + 25},${cy - 15} l8,3 l-8,3 Z" fill="#e2a21a"/><path d="M${cx - 20},${cy - 5} l-14,-14 l4,18 Z" fill="#3a2a20"/>`;
  }
  return svgDoc(W, H, defs, b);
}

function hopNhaVanHoa() {
  const r = rng(707);
  const defs = linear('wall', [[0, '#c99a62'], [1, '#a5794a']]) + linear('floor', [[0, '#8f6a45'], [1, '#6a4c30']]) +
    radial('light', [[0, '#fff3d0', 0.55], [1, '#fff3d0', 0]]);
  let b = `<rect width="${W}" height="${H}" fill="url(#wall)"/>`;
  for (let i = 0; i < 20; i++) b += `<rect x="${i * 82}" y="0" width="6" height="620" fill="#7d5a36" opacity="0.5"/>`;
  // kèo mái
  b += `<path d="M0,0 L800,-60 L1600,0 L1600,60 L0,60 Z" fill="#5e4126"/>`;
  for (let i = 0; i < 5; i++) b += `<rect x="${80 + i * 360}" y="0" width="34" height="640" fill="#6b4a2c"/>`;
  b += `<ellipse cx="800" cy="300" rx="700" ry="320" fill="url(#light)"/>`;
  // cửa sổ
  for (const wx of [180, 1260]) {
    b += `<rect x="${wx}" y="160" width="160" height="200" fill="#cfe4ee"/><rect x="${wx}" y="160" width="160" height="200" fill="none" stroke="#5e4126" stroke-width="10"/>`;
    for (let i = 1; i < 5; i++) b += `<line x1="${wx + i * 32}" y1="160" x2="${wx + i * 32}" y2="360" stroke="#5e4126" stroke-width="5"/>`;
    b += `<path d="M${wx + 10},330 Q${wx + 60},260 ${wx + 150},300 L${wx + 150},350 L${wx + 10},350 Z" fill="#6f9a64"/>`;
  }
  // cờ và ảnh trên tường
  b += `<rect x="560" y="120" width="480" height="260" fill="#c81e1e"/>` + star(800, 250, 80);
  b += `<rect x="0" y="620" width="${W}" height="${H - 620}" fill="url(#floor)"/>`;
  // bàn chủ tọa
  b += seatedFront(680, 650, 92, { jacket: '#2a3142', skin: SKIN[0] }) + seatedFront(820, 650, 92, { jacket: '#1f2a44', shirt: '#1f2a44', skin: SKIN[1], hair: HAIR[2] }) +
    seatedFront(960, 646, 88, { jacket: '#f4f4f0', skin: SKIN[2] });
  b += `<rect x="560" y="625" width="520" height="80" fill="#f1ece0"/><rect x="560" y="625" width="520" height="14" fill="#2f6fb5"/>`;
  b += `<rect x="650" y="612" width="60" height="12" fill="#fff"/><rect x="880" y="612" width="50" height="12" fill="#fff"/>`;
  b += flowers(590, 630, 55, r);
  // người dân ngồi trên ghế băng, nhìn từ phía sau; nhiều người mặc áo chàm
  const rows = [{ y: 760, s: 62, n: 14 }, { y: 880, s: 84, n: 10 }, { y: 1030, s: 108, n: 8 }];
  for (const row of rows) {
    const step = (W + row.s * 2) / row.n;
    for (let i = 0; i < row.n; i++) {
      const px = -row.s + step * (i + 0.5) + between(r, -10, 10);
      const shirt = pick(r, ['#1f2a44', '#1f2a44', '#27314d', '#f2f2ee', '#6a7f9c', '#3b5a3a', '#8d2f2f']);
      const headscarf = r() < 0.35;
      b += seatedBack(px, row.y, row.s, shirt, headscarf ? '#1b2440' : pick(r, HAIR));
    }
    b += `<rect x="0" y="${f(row.y + row.s * 0.55)}" width="${W}" height="${f(row.s * 0.14)}" fill="#5a3d24"/>`;
  }
  return svgDoc(W, H, defs, b);
}

function lamDuong() {
  const r = rng(808);
  const defs = linear('sky', [[0, '#8ec2e6'], [1, '#e9f0ea']]) + linear('dirt', [[0, '#c9a170'], [1, '#a37a4c']]) + linear('slope', [[0, '#7aa352'], [1, '#4c7a35']]) + blur('haze', 2);
  let b = `<rect width="${W}" height="${H}" fill="url(#sky)"/>`;
  b += cloud(1250, 120, 140) + cloud(350, 170, 100, 0.8);
  b += `<g filter="url(#haze)">${karstRange(r, { x0: -100, x1: 1700, base: 470, hMin: 180, hMax: 320, wMin: 200, wMax: 320, fill: '#a4bac6' })}</g>`;
  b += `<path d="M0,480 C300,380 600,420 900,450 C1200,480 1400,400 1600,420 L1600,${H} L0,${H} Z" fill="url(#slope)"/>`;
  // con đường uốn quanh sườn đồi: đoạn xa đã đổ bê tông, đoạn gần đang san nền
  b += `<path d="M1600,520 C1300,540 1100,560 980,620 C820,700 900,780 700,840 C500,900 300,930 -20,1000 L-20,${H} L360,${H} C520,1010 760,960 900,900 C1060,830 1000,740 1100,690 C1200,640 1400,600 1600,590 Z" fill="url(#dirt)"/>`;
  b += `<path d="M1600,530 C1300,550 1120,570 1000,630 C960,650 950,670 955,690 L1065,690 C1080,660 1120,640 1180,625 C1320,595 1450,590 1600,580 Z" fill="#b9b6ad"/>`;
  b += `<path d="M1600,555 C1350,565 1160,595 1010,660" stroke="#f4f1e8" stroke-width="4" stroke-dasharray="28 22" fill="none"/>`;
  // vết bánh xích
  for (let i = 0; i < 18; i++) b += `<rect x="${f(120 + i * 38)}" y="${f(975 - i * 8)}" width="22" height="8" fill="#8d653c" transform="rotate(-12 ${f(120 + i * 38)} ${f(975 - i * 8)})"/>`;
  // máy xúc
  b += `<g transform="translate(980 760)">` +
    `<rect x="-150" y="70" width="300" height="55" rx="27" fill="#2f2f2f"/>` +
    `${[-110, -55, 0, 55, 110].map((cx) => `<circle cx="${cx}" cy="97" r="20" fill="#555"/>`).join('')}` +
    `<rect x="-130" y="-20" width="230" height="90" rx="8" fill="#f2b705"/>` +
    `<rect x="-40" y="-110" width="110" height="95" rx="8" fill="#f2b705"/><rect x="-28" y="-98" width="85" height="55" fill="#9fd0e8"/>` +
    `<rect x="-130" y="0" width="60" height="20" fill="#333"/>` +
    `<path d="M90,-10 L240,-150 L270,-128 L120,20 Z" fill="#e0a800"/>` +
    `<path d="M240,-150 L330,-30 L300,-10 L225,-118 Z" fill="#e0a800"/>` +
    `<path d="M300,-25 L360,10 L330,60 L270,30 Z" fill="#3a3a3a"/>` +
    `</g>`;
  // đống đá, cát
  b += `<path d="M1250,860 Q1330,740 1420,860 Z" fill="#8f8a80"/><path d="M1340,880 Q1440,770 1560,880 Z" fill="#d8bf8a"/>`;
  // công nhân và người dân góp công
  b += person({ x: 560, y: 960, h: 200, hat: 'helmet', shirt: '#ff7f2a', pants: '#334', skin: SKIN[3], arms: 'hoe' });
  b += `<line x1="610" y1="880" x2="690" y2="960" stroke="#6b4a2f" stroke-width="7"/><path d="M680,950 l30,18 l-12,16 l-28,-20 Z" fill="#777"/>`;
  b += person({ x: 420, y: 990, h: 210, hat: 'non', shirt: '#1f2a44', pants: '#1d1d28', skin: SKIN[1], arms: 'carry' });
  b += `<rect x="370" y="765" width="100" height="26" rx="8" fill="#8f8a80"/>`;
  b += person({ x: 250, y: 1020, h: 230, hat: 'army', shirt: '#5d6b3c', pants: '#4b5733', skin: SKIN[4], arms: 'down' });
  b += tree(80, 620, 200) + tree(1500, 500, 150);
  return svgDoc(W, H, defs, b);
}

function truongHoc() {
  const W2 = 1600, H2 = 1200;
  const r = rng(909);
  const defs = linear('sky', [[0, '#86bde6'], [1, '#e6f0f2']]) + linear('yard', [[0, '#c9c2b2'], [1, '#a9a08c']]) + blur('haze', 2);
  let b = `<rect width="${W2}" height="${H2}" fill="url(#sky)"/>`;
  b += cloud(300, 120, 110) + cloud(1250, 160, 140, 0.85);
  b += `<g filter="url(#haze)">${karstRange(r, { x0: -100, x1: 1700, base: 420, hMin: 150, hMax: 280, wMin: 200, wMax: 320, fill: '#9fb8c2' })}</g>`;
  // dãy nhà hai tầng màu vàng, mái ngói đỏ
  b += `<path d="M140,300 L1460,300 L1540,380 L60,380 Z" fill="#b5472f"/>`;
  b += `<rect x="100" y="380" width="1400" height="420" fill="#f3cf63"/>`;
  b += `<rect x="100" y="580" width="1400" height="20" fill="#e2b748"/><rect x="100" y="585" width="1400" height="8" fill="#fff" opacity="0.5"/>`;
  for (let fl = 0; fl < 2; fl++) {
    for (let i = 0; i < 9; i++) {
      const wx = 150 + i * 150, wy = 420 + fl * 210;
      if (fl === 1 && i === 4) {
        b += `<rect x="${wx}" y="${wy}" width="90" height="170" fill="#6b4529"/>`;
        continue;
      }
      b += `<rect x="${wx}" y="${wy}" width="90" height="110" fill="#4c7fb0"/><rect x="${wx}" y="${wy}" width="90" height="110" fill="none" stroke="#fff" stroke-width="6"/>` +
        `<line x1="${wx + 45}" y1="${wy}" x2="${wx + 45}" y2="${wy + 110}" stroke="#fff" stroke-width="4"/>`;
    }
  }
  // lan can tầng hai
  for (let i = 0; i < 70; i++) b += `<rect x="${100 + i * 20}" y="545" width="6" height="35" fill="#fff" opacity="0.8"/>`;
  b += `<rect x="0" y="800" width="${W2}" height="${H2 - 800}" fill="url(#yard)"/>`;
  // cột cờ
  b += `<rect x="797" y="560" width="10" height="420" fill="#d9d9d9"/>` + `<g transform="translate(0 0)">${flag(807, 570, 150, 95, false)}</g>`;
  b += `<rect x="760" y="970" width="84" height="26" fill="#cfcfcf"/>`;
  b += tree(60, 860, 260) + tree(1540, 860, 240) + tree(1320, 840, 150);
  // học sinh áo trắng khăn quàng đỏ
  const kids = [[300, 1060], [400, 1080], [500, 1050], [1000, 1070], [1100, 1090], [1200, 1060], [650, 1120], [1350, 1130]];
  for (const [kx, ky] of kids) {
    const girl = r() < 0.5;
    b += person({ x: kx, y: ky, h: between(r, 190, 230), shirt: '#fbfbf8', pants: '#1f3b73', skirt: girl ? '#1f3b73' : null, scarf: '#d8241c', skin: pick(r, SKIN), hair: pick(r, HAIR), bun: girl, arms: r() < 0.3 ? 'raise' : 'down' });
  }
  b += person({ x: 880, y: 1110, h: 280, shirt: '#f6d6dc', skirt: '#f6d6dc', skin: SKIN[2], bun: true, arms: 'hold' });
  b += `<rect x="845" y="905" width="70" height="50" fill="#2a6f3a"/>`;
  return svgDoc(W2, H2, defs, b);
}

function thacBanGioc() {
  const W3 = 1067, H3 = 1600;
  const r = rng(1010);
  const defs = linear('sky', [[0, '#7fb6df'], [1, '#dbe9ee']]) + linear('pool', [[0, '#5fa6a6'], [1, '#2f6f73']]) +
    linear('fall', [[0, '#f4fbfc'], [1, '#cfe9ee']]) + blur('mist', 18) + blur('haze', 2);
  let b = `<rect width="${W3}" height="${H3}" fill="url(#sky)"/>`;
  b += cloud(250, 140, 110) + cloud(820, 220, 130, 0.8);
  b += `<g filter="url(#haze)">${karstRange(r, { x0: -100, x1: 1200, base: 520, hMin: 200, hMax: 330, wMin: 180, wMax: 300, fill: '#9db4bd' })}</g>`;
  // các tầng thác: gờ đá uốn lượn phủ cây bụi, vách đá rêu, các dải nước trắng đổ xuống
  const tiers = [
    { y: 500, h: 210 },
    { y: 720, h: 250 },
    { y: 960, h: 300 },
  ];
  tiers.forEach((t, ti) => {
    const edge = (x) => t.y + 24 * Math.sin(x / 150 + ti * 1.7) + 9 * Math.sin(x / 47 + ti * 2.3);
    const pts = [];
    for (let x = 0; x <= W3; x += 20) pts.push(`${x},${f(edge(x))}`);
    b += `<polygon points="${pts.join(' ')} ${W3},${t.y + t.h + 40} 0,${t.y + t.h + 40}" fill="${['#6b7558', '#5f6b4f', '#56624a'][ti]}"/>`;
    // vệt đá sẫm trên vách
    for (let k = 0; k < 10; k++) {
      const vx = between(r, 0, W3);
      b += `<path d="M${f(vx)},${f(edge(vx) + 20)} l${f(between(r, -10, 10))},${f(between(r, 60, t.h - 20))}" stroke="#3f4a36" stroke-width="${f(between(r, 6, 16))}" opacity="0.5" stroke-linecap="round"/>`;
    }
    // dòng nước
    let xx = between(r, -20, 30);
    while (xx < W3) {
      const w = between(r, 50, 170);
      const gap = between(r, 20, 80);
      const spread = between(r, -6, 8);
      b += `<path d="M${f(xx)},${f(edge(xx) + 4)} Q${f(xx + w / 2)},${f(edge(xx + w / 2) - 6)} ${f(xx + w)},${f(edge(xx + w) + 4)} L${f(xx + w + spread)},${t.y + t.h + 10} L${f(xx - spread)},${t.y + t.h + 10} Z" fill="url(#fall)"/>`;
      for (let k = 0; k < 4; k++) {
        const sx = xx + between(r, 4, w - 4);
        b += `<line x1="${f(sx)}" y1="${f(edge(sx) + 16)}" x2="${f(sx + between(r, -5, 5))}" y2="${t.y + t.h - 6}" stroke="#a9d3db" stroke-width="${f(between(r, 1.5, 4))}" opacity="0.55"/>`;
      }
      xx += w + gap;
    }
    // cây bụi trên gờ đá
    for (let x = -10; x <= W3 + 10; x += between(r, 18, 40)) {
      if (r() < 0.35) continue;
      const rr = between(r, 12, 34);
      b += `<circle cx="${f(x)}" cy="${f(edge(x) - rr * 0.35)}" r="${f(rr)}" fill="${pick(r, ['#3f7a3c', '#4f8c45', '#356b35', '#5b9a4a'])}"/>`;
    }
    b += `<ellipse cx="${W3 / 2}" cy="${t.y + t.h + 5}" rx="${W3 * 0.62}" ry="38" fill="#ffffff" opacity="0.8" filter="url(#mist)"/>`;
  });
  // rừng hai bên bờ
  for (let k = 0; k < 26; k++) {
    const side = k % 2 ? W3 - between(r, -20, 60) : between(r, -20, 60);
    const yy = between(r, 470, 1260);
    b += `<circle cx="${f(side)}" cy="${f(yy)}" r="${f(between(r, 28, 55))}" fill="${pick(r, ['#2f5f2c', '#3f7a3c', '#356b35'])}"/>`;
  }
  // hồ dưới chân thác
  b += `<rect x="0" y="1250" width="${W3}" height="${H3 - 1250}" fill="url(#pool)"/>`;
  b += `<ellipse cx="${W3 / 2}" cy="1260" rx="620" ry="60" fill="#ffffff" opacity="0.9" filter="url(#mist)"/>`;
  for (let i = 0; i < 14; i++) b += `<path d="M${f(between(r, 0, 980))},${f(1300 + i * 20)} l${f(between(r, 40, 120))},0" stroke="#cde7e8" stroke-width="3" opacity="0.6"/>`;
  // bè tre chở khách
  b += `<g transform="translate(520 1430) rotate(-4)"><rect x="-170" y="-18" width="340" height="36" rx="10" fill="#c7a263"/><rect x="-170" y="-18" width="340" height="8" fill="#e2c489"/></g>`;
  b += person({ x: 440, y: 1420, h: 150, shirt: '#e8473a', pants: '#2b3145', skin: SKIN[2], hair: HAIR[1] });
  b += person({ x: 510, y: 1420, h: 140, shirt: '#f2c94c', skirt: '#2b3145', skin: SKIN[0], bun: true });
  b += person({ x: 620, y: 1420, h: 160, hat: 'non', shirt: '#1f2a44', pants: '#1d1d28', skin: SKIN[3], arms: 'hoe' });
  b += `<line x1="670" y1="1290" x2="720" y2="1470" stroke="#6b4a2f" stroke-width="6"/>`;
  b += bamboo(r, 60, 1600, 420) + bamboo(r, 1010, 1600, 380);
  return svgDoc(W3, H3, defs, b);
}

function chuaDen() {
  const r = rng(1111);
  const defs = linear('sky', [[0, '#f2c48a'], [0.5, '#f6e2bd'], [1, '#eef0e2']]) + linear('stone', [[0, '#b9b2a3'], [1, '#8e8778']]) + blur('haze', 2);
  let b = `<rect width="${W}" height="${H}" fill="url(#sky)"/>`;
  b += `<circle cx="1280" cy="230" r="70" fill="#fff3d6" opacity="0.9"/>`;
  b += `<g filter="url(#haze)">${karstRange(r, { x0: -100, x1: 1700, base: 520, hMin: 180, hMax: 330, wMin: 200, wMax: 320, fill: '#b7b8ad' })}</g>`;
  b += karstRange(r, { x0: -100, x1: 1700, base: 600, hMin: 120, hMax: 250, wMin: 240, wMax: 360, fill: '#6b8a5e' });
  b += `<rect x="0" y="590" width="${W}" height="${H - 590}" fill="#5d7f4c"/>`;
  // nền đá và bậc thềm
  b += `<rect x="380" y="660" width="840" height="60" fill="url(#stone)"/>`;
  for (let i = 0; i < 7; i++) b += `<rect x="${f(640 - i * 20)}" y="${720 + i * 30}" width="${f(320 + i * 40)}" height="30" fill="${i % 2 ? '#a49d8e' : '#b6afa0'}"/>`;
  // chính điện: cột đỏ, tường vàng, mái cong hai tầng
  b += `<rect x="450" y="470" width="700" height="190" fill="#e8c77a"/>`;
  for (let i = 0; i < 6; i++) b += `<rect x="${480 + i * 126}" y="470" width="22" height="190" fill="#a3241c"/>`;
  b += `<rect x="740" y="540" width="120" height="120" fill="#6e1f16"/><rect x="560" y="550" width="80" height="70" fill="#6e1f16"/><rect x="960" y="550" width="80" height="70" fill="#6e1f16"/>`;
  const roof = (y, w, h, col) => `<path d="M${f(800 - w / 2 - 60)},${f(y - 40)} Q${f(800 - w / 2)},${f(y)} ${f(800 - w / 2 + 20)},${f(y)} L${f(800 + w / 2 - 20)},${f(y)} Q${f(800 + w / 2)},${f(y)} ${f(800 + w / 2 + 60)},${f(y - 40)} L${f(800 + w / 2 - 90)},${f(y - h)} L${f(800 - w / 2 + 90)},${f(y - h)} Z" fill="${col}"/>`;
  b += roof(480, 820, 110, '#7a3b2a');
  b += `<rect x="560" y="340" width="480" height="40" fill="#e8c77a"/>`;
  b += roof(355, 600, 110, '#874430');
  b += `<path d="M660,245 Q800,215 940,245" stroke="#5a2a1d" stroke-width="14" fill="none" stroke-linecap="round"/>`;
  b += `<circle cx="800" cy="222" r="18" fill="#e0b23a"/>`;
  // lư hương
  b += `<rect x="770" y="890" width="60" height="50" fill="#6d5a3c"/><ellipse cx="800" cy="890" rx="55" ry="16" fill="#8a744d"/>`;
  for (let i = 0; i < 3; i++) b += `<path d="M${790 + i * 10},880 q-20,-50 0,-100 q20,-40 -5,-80" stroke="#d9d3c8" stroke-width="3" fill="none" opacity="0.7"/>`;
  // cây cổ thụ và đèn đá
  b += tree(230, 700, 360, '#4f7f3b', '#355a2a') + tree(1400, 720, 320, '#4f7f3b', '#355a2a');
  for (const lx of [520, 1080]) b += `<rect x="${lx - 15}" y="800" width="30" height="120" fill="#9c9585"/><rect x="${lx - 35}" y="770" width="70" height="40" fill="#b0a999"/><path d="M${lx - 45},770 L${lx},735 L${lx + 45},770 Z" fill="#8e8778"/>`;
  b += person({ x: 560, y: 1040, h: 200, shirt: '#c98a2e', skirt: '#c98a2e', skin: SKIN[0], hair: '#3a302a', arms: 'hold' });
  b += person({ x: 1040, y: 1050, h: 210, shirt: '#8c6b4a', pants: '#5a4632', skin: SKIN[1], arms: 'hold' });
  return svgDoc(W, H, defs, b);
}

function trongCay() {
  const r = rng(1212);
  const defs = linear('sky', [[0, '#9fcdea'], [1, '#eef4e8']]) + linear('hill', [[0, '#a57d52'], [1, '#7e5b37']]) + blur('haze', 2);
  let b = `<rect width="${W}" height="${H}" fill="url(#sky)"/>`;
  b += cloud(1300, 140, 130) + cloud(500, 100, 100, 0.8);
  b += `<g filter="url(#haze)">${karstRange(r, { x0: -100, x1: 1700, base: 440, hMin: 150, hMax: 280, wMin: 220, wMax: 340, fill: '#a4bcc2' })}</g>`;
  b += karstRange(r, { x0: -100, x1: 1700, base: 480, hMin: 80, hMax: 170, wMin: 260, wMax: 400, fill: '#6c975f' });
  // sườn đồi mới phát dọn, các hàng hố trồng
  b += `<path d="M0,470 C400,420 900,460 1600,470 L1600,${H} L0,${H} Z" fill="url(#hill)"/>`;
  for (let row = 0; row < 7; row++) {
    const yy = 540 + row * 75 + row * row * 6;
    const sc = 0.5 + row * 0.18;
    for (let i = 0; i < 12; i++) {
      const xx = 60 + i * 135 + (row % 2) * 60 + between(r, -10, 10);
      const y2 = yy + xx * 0.03;
      b += `<ellipse cx="${f(xx)}" cy="${f(y2)}" rx="${f(22 * sc)}" ry="${f(8 * sc)}" fill="#5a3e24"/>`;
      if ((i + row) % 3 !== 0) {
        b += `<line x1="${f(xx)}" y1="${f(y2)}" x2="${f(xx)}" y2="${f(y2 - 38 * sc)}" stroke="#6b4a2f" stroke-width="${f(3 * sc)}"/>`;
        for (let k = 0; k < 5; k++) b += `<ellipse cx="${f(xx + (k - 2) * 7 * sc)}" cy="${f(y2 - 38 * sc - Math.abs(k - 2) * -4 * sc)}" rx="${f(9 * sc)}" ry="${f(5 * sc)}" fill="#58a33f" transform="rotate(${(k - 2) * 25} ${f(xx + (k - 2) * 7 * sc)} ${f(y2 - 38 * sc)})"/>`;
      }
    }
  }
  // người trồng cây: bộ đội, đoàn viên áo xanh, người dân
  b += person({ x: 380, y: 1000, h: 300, hat: 'army', shirt: '#5d6b3c', pants: '#4b5733', skin: SKIN[4], arms: 'hoe' });
  b += `<line x1="440" y1="840" x2="520" y2="1000" stroke="#6b4a2f" stroke-width="9"/><path d="M505,985 l40,10 l-6,26 l-40,-8 Z" fill="#8a8a8a"/>`;
  b += person({ x: 700, y: 1040, h: 290, shirt: '#2f8fd1', pants: '#23324f', skin: SKIN[2], hat: 'non', arms: 'hold' });
  b += `<rect x="676" y="848" width="48" height="40" rx="4" fill="#3d2b1c"/><line x1="700" y1="848" x2="700" y2="826" stroke="#6b4a2f" stroke-width="4"/><ellipse cx="688" cy="824" rx="16" ry="9" fill="#58a33f"/><ellipse cx="712" cy="822" rx="16" ry="9" fill="#4f9a38"/>`;
  b += person({ x: 1020, y: 1010, h: 280, shirt: '#2f8fd1', skirt: '#23324f', skin: SKIN[0], bun: true, arms: 'raise' });
  b += person({ x: 1280, y: 990, h: 270, shirt: '#1f2a44', skirt: '#161c2e', hat: 'khan', skin: SKIN[1], arms: 'hoe' });
  b += `<line x1="1330" y1="840" x2="1400" y2="990" stroke="#6b4a2f" stroke-width="8"/>`;
  b += flag(1480, 620, 90, 60, true);
  return svgDoc(W, H, defs, b);
}

function bangKhen() {
  const W2 = 1600, H2 = 1200;
  const r = rng(1313);
  const defs = linear('desk', [[0, '#7a4b2c'], [1, '#5a341d']], 1, 1) + linear('paper', [[0, '#fffaf0'], [1, '#f3e8cf']]) +
    radial('vignette', [[0.6, '#000', 0], [1, '#000', 0.35]]) + blur('shadow', 12);
  let b = `<rect width="${W2}" height="${H2}" fill="url(#desk)"/>`;
  for (let i = 0; i < 30; i++) b += `<path d="M0,${i * 42 + between(r, 0, 20)} C500,${i * 42 + between(r, -30, 30)} 1100,${i * 42 + between(r, -30, 30)} 1600,${i * 42 + between(r, 0, 20)}" stroke="#4a2a16" stroke-width="2" fill="none" opacity="0.35"/>`;
  // bằng khen, hơi nghiêng
  b += `<g transform="rotate(-4 760 600)">` +
    `<rect x="330" y="210" width="860" height="640" fill="#000" opacity="0.45" filter="url(#shadow)"/>` +
    `<rect x="310" y="190" width="860" height="640" fill="url(#paper)"/>` +
    `<rect x="340" y="220" width="800" height="580" fill="none" stroke="#c9952a" stroke-width="10"/>` +
    `<rect x="360" y="240" width="760" height="540" fill="none" stroke="#d8241c" stroke-width="3"/>`;
  // hoa văn góc
  for (const [cx, cy, rot] of [[360, 240, 0], [1120, 240, 90], [1120, 780, 180], [360, 780, 270]]) {
    b += `<path d="M${cx},${cy} q40,0 60,20 q-30,-5 -40,20 q-5,-25 -20,-40 Z" fill="#c9952a" transform="rotate(${rot} ${cx} ${cy})"/>`;
  }
  // quốc huy giản lược: vòng tròn đỏ viền vàng có sao
  b += `<circle cx="740" cy="330" r="58" fill="#d8241c" stroke="#e4b53a" stroke-width="10"/>` + star(740, 330, 38) +
    `<path d="M682,360 Q740,420 798,360" stroke="#e4b53a" stroke-width="8" fill="none"/>`;
  // dòng chữ được vẽ bằng các vạch (không có chữ thật)
  b += `<rect x="540" y="420" width="400" height="28" rx="6" fill="#c22a21"/>`;
  const lines = [[470, 480, 540], [420, 530, 640], [440, 570, 600], [420, 610, 640], [500, 650, 480]];
  for (const [lx, ly, lw] of lines) b += `<rect x="${lx}" y="${ly}" width="${lw}" height="12" rx="5" fill="#6f6454" opacity="0.65"/>`;
  b += `<rect x="820" y="700" width="220" height="12" rx="5" fill="#6f6454" opacity="0.65"/>`;
  // con dấu đỏ
  b += `<g opacity="0.82"><circle cx="900" cy="730" r="78" fill="none" stroke="#d0211a" stroke-width="9"/><circle cx="900" cy="730" r="56" fill="none" stroke="#d0211a" stroke-width="3"/>` + star(900, 730, 32, '#d0211a') + `</g>`;
  b += `<path d="M860,760 c20,-40 40,20 60,-10 c20,-30 30,10 50,-5" stroke="#1d2d6b" stroke-width="4" fill="none"/>`;
  b += `</g>`;
  // kỷ niệm chương có dải ruy băng
  b += `<g transform="translate(1330 860) rotate(12)">` +
    `<rect x="-55" y="-170" width="110" height="130" fill="#d8241c"/>` +
    `${[-40, -20, 0, 20, 40].map((dx) => `<rect x="${dx - 4}" y="-170" width="8" height="130" fill="${dx === 0 ? '#f2c230' : '#1f4fa0'}"/>`).join('')}` +
    `<circle cx="0" cy="10" r="78" fill="#e8b84a"/><circle cx="0" cy="10" r="62" fill="#d3a032"/><circle cx="0" cy="10" r="46" fill="#d8241c"/>` + star(0, 10, 32) +
    `</g>`;
  // bút máy
  b += `<g transform="translate(250 990) rotate(-28)"><rect x="0" y="-14" width="300" height="28" rx="14" fill="#1c2541"/><rect x="210" y="-14" width="18" height="28" fill="#d9b44a"/><path d="M300,-12 L360,0 L300,12 Z" fill="#c9c9c9"/></g>`;
  b += `<rect width="${W2}" height="${H2}" fill="url(#vignette)"/>`;
  return svgDoc(W2, H2, defs, b);
}

function tiepCongDan() {
  const r = rng(1414);
  const defs = linear('wall', [[0, '#eae4d3'], [1, '#d6ccb3']]) + linear('floor', [[0, '#b9a07c'], [1, '#8f7654']]) + linear('desk', [[0, '#8a5a35'], [1, '#6a4226']]);
  let b = `<rect width="${W}" height="${H}" fill="url(#wall)"/>`;
  b += `<rect x="0" y="0" width="${W}" height="60" fill="#cdbf9c"/>`;
  // cờ và phông đỏ phía sau bàn tiếp dân
  b += `<rect x="520" y="120" width="560" height="300" fill="#c81e1e"/>` + star(800, 270, 90);
  // cửa sổ và kệ hồ sơ
  b += `<rect x="120" y="140" width="260" height="280" fill="#cfe4ee"/><rect x="120" y="140" width="260" height="280" fill="none" stroke="#fff" stroke-width="14"/><line x1="250" y1="140" x2="250" y2="420" stroke="#fff" stroke-width="10"/>`;
  b += `<rect x="1230" y="140" width="280" height="420" fill="#9c7048"/>`;
  for (let s = 0; s < 4; s++) {
    b += `<rect x="1245" y="${150 + s * 100}" width="250" height="8" fill="#6f4c2f"/>`;
    for (let k = 0; k < 9; k++) b += `<rect x="${1255 + k * 26}" y="${180 + s * 100}" width="20" height="${f(between(r, 55, 75))}" fill="${pick(r, ['#2f5f9a', '#c9a33c', '#8d2f2f', '#3b6d46', '#e5e0d2'])}"/>`;
  }
  b += `<rect x="0" y="620" width="${W}" height="${H - 620}" fill="url(#floor)"/>`;
  // cán bộ tiếp dân ngồi sau bàn
  b += seatedFront(680, 660, 150, { jacket: '#f4f4f0', shirt: '#f4f4f0', skin: SKIN[0], hair: HAIR[0] });
  b += seatedFront(930, 660, 145, { jacket: '#2a3142', skin: SKIN[2], hair: HAIR[3] });
  b += `<rect x="470" y="620" width="660" height="300" fill="url(#desk)"/><rect x="450" y="600" width="700" height="30" rx="4" fill="#a06c42"/>`;
  // giấy tờ, bút, cốc nước
  b += `<g transform="rotate(-6 760 590)"><rect x="700" y="570" width="130" height="40" fill="#fdfbf4"/></g><rect x="560" y="575" width="100" height="30" fill="#f4efe0"/>`;
  b += `<rect x="1010" y="560" width="26" height="42" rx="4" fill="#d9eef4" opacity="0.9"/>`;
  // người dân ngồi ghế phía trước, nhìn từ sau lưng
  b += `<rect x="300" y="880" width="260" height="30" fill="#6a4226"/><rect x="330" y="910" width="18" height="150" fill="#5a361e"/><rect x="520" y="910" width="18" height="150" fill="#5a361e"/>`;
  b += seatedBack(430, 830, 190, '#1f2a44', '#1b2440');
  b += `<rect x="1030" y="880" width="260" height="30" fill="#6a4226"/><rect x="1060" y="910" width="18" height="150" fill="#5a361e"/><rect x="1250" y="910" width="18" height="150" fill="#5a361e"/>`;
  b += seatedBack(1160, 830, 200, '#6b7d5a', HAIR[4]);
  b += flowers(1180, 600, 60, r);
  return svgDoc(W, H, defs, b);
}

function xayNhaDaiDoanKet() {
  const r = rng(1515);
  const defs = linear('sky', [[0, '#94c6e6'], [1, '#edf2e6']]) + linear('ground', [[0, '#b99a6a'], [1, '#8d7048']]) + blur('haze', 2);
  let b = `<rect width="${W}" height="${H}" fill="url(#sky)"/>`;
  b += cloud(300, 150, 120) + cloud(1350, 120, 140, 0.85);
  b += `<g filter="url(#haze)">${karstRange(r, { x0: -100, x1: 1700, base: 500, hMin: 180, hMax: 320, wMin: 200, wMax: 320, fill: '#a2b9c3' })}</g>`;
  b += karstRange(r, { x0: -100, x1: 1700, base: 560, hMin: 100, hMax: 200, wMin: 260, wMax: 400, fill: '#5f8c5e' });
  b += `<rect x="0" y="560" width="${W}" height="${H - 560}" fill="url(#ground)"/>`;
  // nhà mới đang hoàn thiện: tường gạch, khung mái
  b += `<rect x="520" y="480" width="620" height="330" fill="#c8643f"/>`;
  for (let row = 0; row < 14; row++) for (let c = 0; c < 20; c++) {
    b += `<rect x="${520 + c * 31 + (row % 2) * 15}" y="${480 + row * 23.5}" width="29" height="21" fill="#d9754c" opacity="0.55"/>`;
  }
  b += `<rect x="640" y="600" width="110" height="210" fill="#3a2a1c"/><rect x="880" y="580" width="140" height="110" fill="#3a2a1c"/>`;
  b += `<path d="M480,490 L830,300 L1180,490" stroke="#6b4a2f" stroke-width="16" fill="none"/>`;
  for (let i = 1; i < 9; i++) b += `<line x1="${f(480 + i * 38.9)}" y1="${f(490 - i * 21.1)}" x2="${f(1180 - i * 38.9)}" y2="${f(490 - i * 21.1)}" stroke="#8a6a44" stroke-width="6"/>`;
  // tấm lợp đã lợp một nửa
  b += `<path d="M480,490 L830,300 L830,320 L520,490 Z" fill="#4f6f8f"/>`;
  for (let i = 0; i < 10; i++) b += `<line x1="${f(500 + i * 33)}" y1="${f(490 - i * 18)}" x2="${f(520 + i * 33)}" y2="490" stroke="#3c5672" stroke-width="3"/>`;
  // giàn giáo
  b += `<rect x="1160" y="400" width="10" height="420" fill="#8a6a44"/><rect x="1260" y="400" width="10" height="420" fill="#8a6a44"/><rect x="1150" y="560" width="130" height="10" fill="#8a6a44"/><rect x="1150" y="700" width="130" height="10" fill="#8a6a44"/>`;
  b += person({ x: 1215, y: 560, h: 160, hat: 'army', shirt: '#5d6b3c', pants: '#4b5733', skin: SKIN[4], arms: 'raise' });
  // người vận chuyển vật liệu
  b += person({ x: 330, y: 960, h: 260, hat: 'army', shirt: '#5d6b3c', pants: '#4b5733', skin: SKIN[3], arms: 'carry' });
  b += `<rect x="270" y="680" width="120" height="30" fill="#c8643f"/><rect x="270" y="660" width="120" height="22" fill="#d9754c"/>`;
  b += person({ x: 1400, y: 990, h: 250, shirt: '#2f8fd1', pants: '#23324f', skin: SKIN[2], arms: 'hold' });
  b += person({ x: 880, y: 1010, h: 240, hat: 'khan', shirt: '#1f2a44', skirt: '#161c2e', skin: SKIN[1], arms: 'down' });
  b += person({ x: 640, y: 1000, h: 250, hat: 'helmet', shirt: '#ff7f2a', pants: '#334', skin: SKIN[0], arms: 'hoe' });
  // đống gạch, bao xi măng
  for (let row = 0; row < 4; row++) for (let c = 0; c < 6 - row; c++) b += `<rect x="${80 + c * 36 + row * 18}" y="${930 - row * 22}" width="34" height="20" fill="#c8643f" stroke="#a24f30" stroke-width="2"/>`;
  for (let c = 0; c < 3; c++) b += `<rect x="${1060 + c * 70}" y="930" width="66" height="46" rx="12" fill="#c9c3b3"/>`;
  b += tree(1510, 620, 200);
  return svgDoc(W, H, defs, b);
}

// ---------------------------------------------------------------------------

const pictures = [
  ['hoi-nghi-dan-van-dai-bieu', hoiNghiDaiBieu],
  ['phat-bieu-chi-dao', phatBieuChiDao],
  ['trao-ky-niem-chuong', traoKyNiemChuong],
  ['ruong-bac-thang', ruongBacThang],
  ['nui-song-cao-bang', nuiSongCaoBang],
  ['nha-san-ban-lang', nhaSan],
  ['hop-dan-nha-van-hoa', hopNhaVanHoa],
  ['lam-duong-nong-thon', lamDuong],
  ['truong-hoc-vung-cao', truongHoc],
  ['thac-ban-gioc', thacBanGioc],
  ['chua-vung-cao', chuaDen],
  ['trong-cay-xanh', trongCay],
  ['bang-khen-con-dau', bangKhen],
  ['tiep-cong-dan', tiepCongDan],
  ['xay-nha-dai-doan-ket', xayNhaDaiDoanKet],
];

await mkdir(outDir, { recursive: true });
let total = 0;
for (const [name, draw] of pictures) {
  const svg = draw();
  const jpeg = await sharp(Buffer.from(svg))
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: 80, mozjpeg: true })
    .toBuffer();
  await writeFile(path.join(outDir, `${name}.jpg`), jpeg);
  const meta = await sharp(jpeg).metadata();
  total += jpeg.length;
  console.log(`${name}.jpg  ${meta.width}x${meta.height}  ${(jpeg.length / 1024).toFixed(0)} KiB`);
}
console.log(`${pictures.length} ảnh, tổng ${(total / 1024).toFixed(0)} KiB`);
