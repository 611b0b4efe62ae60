import { PixelCanvas, shade, tint, type Rgb } from './pngCanvas.js';

/**
 * Listing screenshots for the demo offers, drawn in code: simple mock-ups of an app's screens (a
 * list, a schedule, a map, a dashboard, a checklist, a board, a rota, a timesheet) inside the same
 * app frame, in the offer's brand colour. Lines of text are grey bars, as in a wireframe. Every
 * image is 1280 × 800, well inside what the server accepts (src/domain/offers/screenshotImage.ts).
 */

export const MOCKUP_SIZE = { width: 1280, height: 800 } as const;

export type MockupKind = 'list' | 'schedule' | 'map' | 'dashboard' | 'checklist' | 'board' | 'rota' | 'timesheet';

const WHITE: Rgb = [255, 255, 255];
const PAGE: Rgb = [245, 245, 245];
const BORDER: Rgb = [224, 224, 224];
const TEXT: Rgb = [97, 97, 97];
const TEXT_LIGHT: Rgb = [189, 189, 189];
const HEADING: Rgb = [66, 66, 66];
const GREEN: Rgb = [16, 124, 16];
const AMBER: Rgb = [234, 163, 0];
const RED: Rgb = [209, 52, 56];
const BLUE: Rgb = [0, 120, 212];
const PURPLE: Rgb = [135, 100, 184];
const TEAL: Rgb = [0, 153, 188];

/** The content area inside the app frame. */
const CONTENT = { x: 252, y: 80, width: 1004, height: 696 } as const;

/** A small deterministic PRNG, so every demo draws the same images. */
function seeded(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const between = (random: Random, min: number, max: number) => Math.round(min + random() * (max - min));

/** A line of text: a rounded bar. */
function text(canvas: PixelCanvas, x: number, y: number, width: number, rgb: Rgb = TEXT_LIGHT, height = 8): void {
  canvas.fillRoundRect(x, y, width, height, Math.floor(height / 2), rgb);
}

function card(canvas: PixelCanvas, x: number, y: number, w: number, h: number): void {
  canvas.fillRoundRect(x + 1, y + 2, w, h, 8, shade(PAGE, 0.06)); // a soft shadow
  canvas.fillRoundRect(x, y, w, h, 8, WHITE);
}

/** The app around every screen: a brand-coloured header, a navigation rail with one item selected, a page heading and a primary button. */
function appFrame(canvas: PixelCanvas, brand: Rgb, random: Random, activeItem: number): void {
  canvas.fillRect(0, 0, canvas.width, 48, brand);
  canvas.fillRoundRect(16, 12, 24, 24, 4, tint(brand, 0.7));
  text(canvas, 52, 20, 150, tint(brand, 0.75));
  canvas.fillRoundRect(980, 10, 220, 28, 14, tint(brand, 0.2)); // search
  canvas.fillCircle(1236, 24, 14, tint(brand, 0.55)); // avatar
  canvas.fillRect(0, 48, 228, canvas.height - 48, WHITE);
  canvas.fillRect(228, 48, 1, canvas.height - 48, BORDER);
  for (let i = 0; i < 7; i++) {
    const y = 68 + i * 44;
    if (i === activeItem) {
      canvas.fillRoundRect(8, y - 8, 212, 36, 6, tint(brand, 0.88));
      canvas.fillRoundRect(8, y, 4, 20, 2, brand);
    }
    canvas.fillRoundRect(24, y + 2, 16, 16, 3, i === activeItem ? brand : TEXT_LIGHT);
    text(canvas, 52, y + 6, between(random, 70, 130), i === activeItem ? shade(brand, 0.2) : TEXT_LIGHT);
  }
  text(canvas, CONTENT.x, 64, 240, HEADING, 14);
  canvas.fillRoundRect(CONTENT.x + CONTENT.width - 140, 56, 140, 32, 4, brand);
  text(canvas, CONTENT.x + CONTENT.width - 116, 68, 92, tint(brand, 0.8));
}

/** A table of records with a status pill and an avatar per row (work orders, requests, reports). */
function list(canvas: PixelCanvas, brand: Rgb, random: Random): void {
  const top = CONTENT.y + 28;
  canvas.fillRoundRect(CONTENT.x, top, 280, 32, 4, WHITE);
  canvas.strokeRect(CONTENT.x, top, 280, 32, BORDER);
  text(canvas, CONTENT.x + 12, top + 12, 120);
  for (let f = 0; f < 3; f++) canvas.fillRoundRect(CONTENT.x + 300 + f * 112, top + 2, 100, 28, 14, tint(brand, 0.85));
  const tableTop = top + 52;
  card(canvas, CONTENT.x, tableTop, CONTENT.width, 600);
  const columns = [24, 300, 520, 700, 860];
  for (const x of columns) text(canvas, CONTENT.x + x, tableTop + 20, 80, TEXT);
  canvas.fillRect(CONTENT.x, tableTop + 48, CONTENT.width, 1, BORDER);
  const statuses = [GREEN, AMBER, BLUE, GREEN, RED, BLUE, AMBER, GREEN, BLUE, GREEN];
  for (let row = 0; row < 10; row++) {
    const y = tableTop + 60 + row * 54;
    if (row === 2) canvas.fillRect(CONTENT.x + 1, y - 10, CONTENT.width - 2, 52, tint(brand, 0.93));
    canvas.fillCircle(CONTENT.x + 40, y + 16, 14, tint(statuses[(row + 3) % statuses.length]!, 0.5));
    text(canvas, CONTENT.x + 64, y + 6, between(random, 120, 190), TEXT);
    text(canvas, CONTENT.x + 64, y + 22, between(random, 70, 140));
    text(canvas, CONTENT.x + columns[1]!, y + 12, between(random, 110, 180));
    text(canvas, CONTENT.x + columns[2]!, y + 12, between(random, 80, 140));
    const status = statuses[row]!;
    canvas.fillRoundRect(CONTENT.x + columns[3]!, y + 4, 104, 24, 12, tint(status, 0.85));
    text(canvas, CONTENT.x + columns[3]! + 14, y + 12, 76, status);
    text(canvas, CONTENT.x + columns[4]!, y + 12, between(random, 60, 110));
    canvas.fillRect(CONTENT.x + 16, y + 43, CONTENT.width - 32, 1, tint(BORDER, 0.5));
  }
}

/** People down the side, hours across, visits as coloured blocks (dispatch, vans). */
function schedule(canvas: PixelCanvas, brand: Rgb, random: Random): void {
  const top = CONTENT.y + 28;
  card(canvas, CONTENT.x, top, CONTENT.width, 660);
  const gridLeft = CONTENT.x + 200;
  const hours = 10;
  const hourWidth = (CONTENT.width - 220) / hours;
  for (let h = 0; h <= hours; h++) {
    const x = Math.round(gridLeft + h * hourWidth);
    canvas.fillRect(x, top + 44, 1, 600, tint(BORDER, 0.3));
    if (h < hours) text(canvas, x + 8, top + 20, 36, TEXT);
  }
  // "Now": a red line across the day.
  canvas.fillRect(Math.round(gridLeft + 3.6 * hourWidth), top + 40, 2, 610, RED);
  const colours = [brand, tint(brand, 0.35), GREEN, AMBER, PURPLE];
  for (let row = 0; row < 9; row++) {
    const y = top + 56 + row * 66;
    canvas.fillCircle(CONTENT.x + 36, y + 24, 16, tint(colours[row % colours.length]!, 0.55));
    text(canvas, CONTENT.x + 62, y + 14, between(random, 80, 120), TEXT);
    text(canvas, CONTENT.x + 62, y + 30, between(random, 50, 90));
    let at = random() * 1.2;
    while (at < hours - 1) {
      const length = 0.8 + random() * 2.2;
      const colour = colours[between(random, 0, colours.length - 1)]!;
      const x = gridLeft + at * hourWidth;
      const w = Math.min(length, hours - at) * hourWidth - 6;
      canvas.fillRoundRect(x + 3, y + 4, w, 44, 6, tint(colour, 0.78));
      canvas.fillRect(x + 3, y + 4, 4, 44, colour);
      text(canvas, x + 14, y + 14, Math.max(16, Math.min(w - 24, 120)), shade(colour, 0.25));
      if (w > 90) text(canvas, x + 14, y + 30, Math.min(w - 40, 70), tint(shade(colour, 0.2), 0.4));
      at += length + 0.2 + random() * 1.1;
    }
    canvas.fillRect(CONTENT.x + 16, y + 58, CONTENT.width - 32, 1, tint(BORDER, 0.5));
  }
}

/** A map with a street grid, a river and a park, the day's route along the streets with numbered stops, and the stop list beside it. */
function map(canvas: PixelCanvas, brand: Rgb, random: Random): void {
  const top = CONTENT.y + 28;
  const panel = 300;
  card(canvas, CONTENT.x, top, panel, 660);
  for (let stop = 0; stop < 9; stop++) {
    const y = top + 24 + stop * 70;
    if (stop < 8) canvas.fillRect(CONTENT.x + 33, y + 18, 2, 70, TEXT_LIGHT);
    canvas.fillCircle(CONTENT.x + 34, y + 18, 14, stop < 3 ? GREEN : brand);
    canvas.fillCircle(CONTENT.x + 34, y + 18, 5, WHITE);
    text(canvas, CONTENT.x + 60, y + 8, between(random, 120, 200), TEXT);
    text(canvas, CONTENT.x + 60, y + 24, between(random, 80, 150));
  }
  const mx = CONTENT.x + panel + 16;
  const mw = CONTENT.width - panel - 16;
  canvas.fillRoundRect(mx, top, mw, 660, 8, [232, 236, 226]);
  const street = (i: number) => mx + 70 + i * 118;
  const avenue = (j: number) => top + 70 + j * 130;
  canvas.clipped(mx + 4, top + 4, mw - 8, 652, () => {
    canvas.fillRoundRect(street(2) + 12, avenue(3) + 12, 94, 106, 12, [200, 228, 190]); // a park
    canvas.polyline(
      [
        [mx - 20, top + 150],
        [mx + 180, top + 185],
        [mx + 330, top + 150],
        [mx + 520, top + 215],
        [mx + mw + 20, top + 190],
      ],
      28,
      [170, 211, 235],
    ); // a river
    for (let i = 0; i < 6; i++) canvas.fillRect(street(i) - (i % 2 ? 3 : 5), top, i % 2 ? 6 : 10, 660, WHITE);
    for (let j = 0; j < 5; j++) canvas.fillRect(mx, avenue(j) - (j % 2 ? 3 : 5), mw, j % 2 ? 6 : 10, WHITE);
  });
  // The day's stops at street corners, in visiting order; the van drives along the streets between them.
  const tour: [number, number][] = [[0, 1], [1, 1], [1, 0], [3, 0], [3, 2], [2, 2], [2, 4], [4, 4], [5, 3]];
  const stops = tour.map(([i, j]) => [street(i), avenue(j)] as [number, number]);
  const path: [number, number][] = [stops[0]!];
  for (let s = 1; s < stops.length; s++) path.push([stops[s]![0], stops[s - 1]![1]], stops[s]!);
  canvas.polyline(path, 8, brand);
  for (const [i, [x, y]] of stops.entries()) {
    canvas.fillCircle(x, y, 15, WHITE);
    canvas.fillCircle(x, y, 11, i < 3 ? GREEN : brand);
    canvas.fillCircle(x, y, 4, WHITE);
  }
  card(canvas, mx + mw - 236, top + 16, 220, 84);
  text(canvas, mx + mw - 220, top + 32, 120, TEXT, 12);
  text(canvas, mx + mw - 220, top + 58, 170);
  text(canvas, mx + mw - 220, top + 76, 110);
}

/** Figures across the top, a bar chart and a line chart (service, compliance, forecast). */
function dashboard(canvas: PixelCanvas, brand: Rgb, random: Random): void {
  const top = CONTENT.y + 28;
  const tileWidth = (CONTENT.width - 3 * 16) / 4;
  const accents = [brand, GREEN, AMBER, RED];
  for (let i = 0; i < 4; i++) {
    const x = CONTENT.x + i * (tileWidth + 16);
    card(canvas, x, top, tileWidth, 120);
    canvas.fillRect(x, top + 8, 4, 104, accents[i]!);
    text(canvas, x + 20, top + 22, 100);
    canvas.fillRoundRect(x + 20, top + 46, between(random, 80, 140), 28, 6, HEADING);
    text(canvas, x + 20, top + 92, between(random, 60, 120), accents[i]!);
  }
  const chartTop = top + 140;
  const barCardWidth = 600;
  card(canvas, CONTENT.x, chartTop, barCardWidth, 520);
  text(canvas, CONTENT.x + 24, chartTop + 24, 180, HEADING, 12);
  const base = chartTop + 470;
  for (let g = 0; g <= 4; g++) canvas.fillRect(CONTENT.x + 24, base - g * 90, barCardWidth - 48, 1, tint(BORDER, 0.3));
  for (let b = 0; b < 12; b++) {
    const h = between(random, 90, 380);
    const x = CONTENT.x + 40 + b * 45;
    canvas.fillRoundRect(x, base - h, 22, h, 3, b === 11 ? brand : tint(brand, 0.45));
    canvas.fillRoundRect(x + 24, base - h * 0.6, 10, h * 0.6, 2, tint(GREEN, 0.4));
  }
  const lineLeft = CONTENT.x + barCardWidth + 16;
  const lineWidth = CONTENT.width - barCardWidth - 16;
  card(canvas, lineLeft, chartTop, lineWidth, 250);
  text(canvas, lineLeft + 24, chartTop + 24, 140, HEADING, 12);
  const points: [number, number][] = [];
  let level = 150;
  for (let p = 0; p < 10; p++) {
    level = Math.max(70, Math.min(210, level + between(random, -30, 25)));
    points.push([lineLeft + 24 + p * ((lineWidth - 48) / 9), chartTop + level]);
  }
  canvas.polyline(points, 4, brand);
  for (const [x, y] of points) canvas.fillCircle(x, y, 5, brand);
  canvas.polyline(
    points.map(([x, y]) => [x, y + 22] as const),
    2,
    TEXT_LIGHT,
  );
  card(canvas, lineLeft, chartTop + 270, lineWidth, 250);
  text(canvas, lineLeft + 24, chartTop + 294, 160, HEADING, 12);
  for (let r = 0; r < 5; r++) {
    const y = chartTop + 330 + r * 36;
    text(canvas, lineLeft + 24, y, between(random, 90, 140), TEXT);
    canvas.fillRoundRect(lineLeft + 190, y - 2, lineWidth - 230, 12, 6, tint(BORDER, 0.4));
    canvas.fillRoundRect(lineLeft + 190, y - 2, between(random, 40, lineWidth - 240), 12, 6, [RED, AMBER, AMBER, GREEN, GREEN][r]!);
  }
}

/** An inspection form: ticked items, photos and a signature. */
function checklist(canvas: PixelCanvas, brand: Rgb, random: Random): void {
  const top = CONTENT.y + 28;
  card(canvas, CONTENT.x, top, 620, 660);
  for (let item = 0; item < 9; item++) {
    const y = top + 28 + item * 62;
    const done = item < 6;
    const failed = item === 4;
    if (done) canvas.fillRoundRect(CONTENT.x + 24, y, 24, 24, 4, failed ? RED : brand);
    else {
      canvas.fillRoundRect(CONTENT.x + 24, y, 24, 24, 4, TEXT_LIGHT);
      canvas.fillRoundRect(CONTENT.x + 26, y + 2, 20, 20, 3, WHITE);
    }
    if (done && !failed) canvas.polyline([[CONTENT.x + 30, y + 12], [CONTENT.x + 35, y + 17], [CONTENT.x + 43, y + 7]], 3, WHITE);
    if (failed) {
      canvas.line(CONTENT.x + 31, y + 7, CONTENT.x + 41, y + 17, 3, WHITE);
      canvas.line(CONTENT.x + 41, y + 7, CONTENT.x + 31, y + 17, 3, WHITE);
    }
    text(canvas, CONTENT.x + 64, y + 2, between(random, 220, 400), TEXT);
    text(canvas, CONTENT.x + 64, y + 18, between(random, 120, 260));
    if (failed) {
      canvas.fillRoundRect(CONTENT.x + 480, y, 112, 24, 12, tint(RED, 0.85));
      text(canvas, CONTENT.x + 494, y + 8, 84, RED);
    }
    canvas.fillRect(CONTENT.x + 24, y + 46, 572, 1, tint(BORDER, 0.5));
  }
  const side = CONTENT.x + 636;
  const sideWidth = CONTENT.width - 636;
  card(canvas, side, top, sideWidth, 380);
  text(canvas, side + 24, top + 24, 120, HEADING, 12);
  const photoWidth = (sideWidth - 64) / 2;
  const skies: Rgb[] = [[176, 208, 232], [196, 214, 196], [214, 200, 180], [186, 196, 214]];
  for (let p = 0; p < 4; p++) {
    const x = side + 24 + (p % 2) * (photoWidth + 16);
    const y = top + 56 + Math.floor(p / 2) * 156;
    canvas.fillRoundRect(x, y, photoWidth, 140, 6, skies[p]!);
    canvas.fillRect(x, y + 90, photoWidth, 50, shade(skies[p]!, 0.25));
    canvas.fillRect(x + 30 + p * 12, y + 40, 60, 60, shade(skies[p]!, 0.4));
    canvas.fillCircle(x + photoWidth - 40, y + 30, 14, [250, 240, 200]);
  }
  card(canvas, side, top + 396, sideWidth, 264);
  text(canvas, side + 24, top + 420, 140, HEADING, 12);
  const signature: [number, number][] = [];
  for (let s = 0; s <= 40; s++) signature.push([side + 40 + s * 6, top + 520 + Math.round(Math.sin(s / 2.2) * 22 + Math.sin(s / 0.9) * 8)]);
  canvas.polyline(signature, 3, shade(brand, 0.3));
  canvas.fillRect(side + 24, top + 570, sideWidth - 48, 1, TEXT_LIGHT);
  text(canvas, side + 24, top + 584, 160);
  canvas.fillRoundRect(side + sideWidth - 164, top + 610, 140, 32, 4, brand);
  text(canvas, side + sideWidth - 140, top + 622, 92, tint(brand, 0.8));
}

/** Columns of cards moving left to right (a sales pipeline). */
function board(canvas: PixelCanvas, brand: Rgb, random: Random): void {
  const top = CONTENT.y + 28;
  const columns = 4;
  const columnWidth = (CONTENT.width - (columns - 1) * 16) / columns;
  const tags = [brand, GREEN, AMBER, PURPLE, TEAL];
  for (let c = 0; c < columns; c++) {
    const x = CONTENT.x + c * (columnWidth + 16);
    canvas.fillRoundRect(x, top, columnWidth, 660, 8, shade(PAGE, 0.04));
    text(canvas, x + 16, top + 18, between(random, 80, 120), HEADING, 12);
    canvas.fillRoundRect(x + columnWidth - 52, top + 14, 36, 20, 10, tint(brand, 0.8));
    const cards = [5, 4, 3, 2][c]!;
    for (let k = 0; k < cards; k++) {
      const y = top + 52 + k * 118;
      card(canvas, x + 10, y, columnWidth - 20, 106);
      canvas.fillRoundRect(x + 24, y + 14, 60, 14, 7, tint(tags[(c + k) % tags.length]!, 0.6));
      text(canvas, x + 24, y + 40, between(random, 120, columnWidth - 60), TEXT);
      text(canvas, x + 24, y + 56, between(random, 80, columnWidth - 90));
      canvas.fillRoundRect(x + 24, y + 76, between(random, 50, 80), 16, 4, tint(GREEN, 0.75));
      canvas.fillCircle(x + columnWidth - 46, y + 84, 11, tint(tags[(k + 2) % tags.length]!, 0.5));
    }
  }
}

/** A week of shifts per person (rotas). */
function rota(canvas: PixelCanvas, brand: Rgb, random: Random): void {
  const top = CONTENT.y + 28;
  card(canvas, CONTENT.x, top, CONTENT.width, 660);
  const left = CONTENT.x + 190;
  const dayWidth = (CONTENT.width - 210) / 7;
  for (let d = 0; d < 7; d++) {
    const x = left + d * dayWidth;
    if (d >= 5) canvas.fillRect(x, top + 48, dayWidth, 600, tint(PAGE, 0.4));
    text(canvas, x + 12, top + 20, 40, TEXT);
    text(canvas, x + 58, top + 20, 20);
    canvas.fillRect(Math.round(x), top + 44, 1, 604, tint(BORDER, 0.3));
  }
  const shifts: { colour: Rgb; label: number }[] = [
    { colour: tint(brand, 0.3), label: 60 },
    { colour: tint(GREEN, 0.3), label: 50 },
    { colour: tint(PURPLE, 0.3), label: 56 },
  ];
  for (let person = 0; person < 10; person++) {
    const y = top + 56 + person * 59;
    canvas.fillCircle(CONTENT.x + 36, y + 20, 15, tint(shifts[person % 3]!.colour, 0.3));
    text(canvas, CONTENT.x + 62, y + 10, between(random, 70, 110), TEXT);
    text(canvas, CONTENT.x + 62, y + 26, between(random, 40, 70));
    for (let d = 0; d < 7; d++) {
      if (random() < 0.3) continue;
      const shift = shifts[between(random, 0, 2)]!;
      const x = left + d * dayWidth + 6;
      const swap = random() < 0.06;
      canvas.fillRoundRect(x, y + 2, dayWidth - 12, 38, 6, swap ? tint(AMBER, 0.6) : shift.colour);
      text(canvas, x + 10, y + 10, Math.min(shift.label, dayWidth - 32), WHITE);
      text(canvas, x + 10, y + 26, 36, WHITE, 6);
    }
  }
}

/** A week's hours per project with totals (timesheets). */
function timesheet(canvas: PixelCanvas, brand: Rgb, random: Random): void {
  const top = CONTENT.y + 28;
  card(canvas, CONTENT.x, top, CONTENT.width, 560);
  const projectWidth = 280;
  const cellWidth = (CONTENT.width - projectWidth - 140) / 7;
  for (let d = 0; d < 7; d++) text(canvas, CONTENT.x + projectWidth + d * cellWidth + 16, top + 24, 48, TEXT);
  text(canvas, CONTENT.x + CONTENT.width - 110, top + 24, 60, HEADING);
  canvas.fillRect(CONTENT.x, top + 52, CONTENT.width, 1, BORDER);
  const dots = [brand, GREEN, AMBER, PURPLE, TEAL, RED];
  for (let row = 0; row < 6; row++) {
    const y = top + 68 + row * 64;
    canvas.fillCircle(CONTENT.x + 32, y + 18, 7, dots[row]!);
    text(canvas, CONTENT.x + 52, y + 8, between(random, 120, 200), TEXT);
    text(canvas, CONTENT.x + 52, y + 24, between(random, 70, 130));
    for (let d = 0; d < 7; d++) {
      const x = CONTENT.x + projectWidth + d * cellWidth + 8;
      const filled = d < 5 && random() < 0.75;
      canvas.fillRoundRect(x, y + 2, cellWidth - 16, 34, 4, d >= 5 ? tint(PAGE, 0.3) : WHITE);
      canvas.strokeRect(x, y + 2, cellWidth - 16, 34, BORDER);
      if (filled) text(canvas, x + 12, y + 15, between(random, 18, 34), TEXT);
    }
    text(canvas, CONTENT.x + CONTENT.width - 110, y + 15, between(random, 30, 44), HEADING);
    canvas.fillRect(CONTENT.x + 16, y + 52, CONTENT.width - 32, 1, tint(BORDER, 0.5));
  }
  const totalsY = top + 470;
  canvas.fillRect(CONTENT.x, totalsY - 8, CONTENT.width, 2, BORDER);
  text(canvas, CONTENT.x + 52, totalsY + 12, 90, HEADING, 12);
  for (let d = 0; d < 5; d++) text(canvas, CONTENT.x + projectWidth + d * cellWidth + 20, totalsY + 12, 30, HEADING, 12);
  card(canvas, CONTENT.x, top + 576, CONTENT.width, 84);
  canvas.fillCircle(CONTENT.x + 40, top + 618, 16, tint(GREEN, 0.4));
  text(canvas, CONTENT.x + 70, top + 606, 260, TEXT);
  text(canvas, CONTENT.x + 70, top + 622, 180);
  canvas.fillRoundRect(CONTENT.x + CONTENT.width - 300, top + 602, 130, 32, 4, WHITE);
  canvas.strokeRect(CONTENT.x + CONTENT.width - 300, top + 602, 130, 32, TEXT_LIGHT);
  canvas.fillRoundRect(CONTENT.x + CONTENT.width - 156, top + 602, 140, 32, 4, brand);
  text(canvas, CONTENT.x + CONTENT.width - 132, top + 614, 92, tint(brand, 0.8));
}

const SCREENS: Record<MockupKind, { draw: (canvas: PixelCanvas, brand: Rgb, random: Random) => void; navItem: number }> = {
  list: { draw: list, navItem: 1 },
  schedule: { draw: schedule, navItem: 2 },
  map: { draw: map, navItem: 3 },
  dashboard: { draw: dashboard, navItem: 0 },
  checklist: { draw: checklist, navItem: 2 },
  board: { draw: board, navItem: 1 },
  rota: { draw: rota, navItem: 1 },
  timesheet: { draw: timesheet, navItem: 1 },
};

/** One mock-up screen of an app in its brand colour, as a PNG; the same seed draws the same image. */
export function drawMockup(kind: MockupKind, brand: Rgb, seed: number): Uint8Array {
  const canvas = new PixelCanvas(MOCKUP_SIZE.width, MOCKUP_SIZE.height, PAGE);
  const random = seeded(seed);
  const screen = SCREENS[kind];
  appFrame(canvas, brand, random, screen.navItem);
  screen.draw(canvas, brand, random);
  return canvas.toPng();
}
