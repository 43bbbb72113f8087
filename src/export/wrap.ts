// Text broken into lines that fit, as the exported chart needs: SVG has no line breaking of its own.

/** The width of a text in a CSS font, in pixels. */
export type Measure = (text: string, font: string) => number;

let measureContext: CanvasRenderingContext2D | null | undefined;

/** Measures with a canvas: the engine's own fonts and shaping, as its SVG text and the PNG use. */
export const canvasMeasure: Measure = (text, cssFont) => {
  measureContext ??= document.createElement('canvas').getContext('2d');
  if (!measureContext) return text.length * 0.6 * Number(/(\d+)px/.exec(cssFont)?.[1] ?? 16);
  measureContext.font = cssFont;
  return measureContext.measureText(text).width;
};

const graphemes = (word: string) =>
  typeof Intl.Segmenter === 'function'
    ? [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(word)].map((part) => part.segment)
    : [...word];

/**
 * Breaks a text into lines no wider than `room`, at spaces (no-break spaces hold), and a word
 * wider than the room between its characters.
 */
export function wrapText(text: string, cssFont: string, room: number, measure: Measure = canvasMeasure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/[ \t\r\n]+/)) {
    const joined = line ? `${line} ${word}` : word;
    if (measure(joined, cssFont) <= room) {
      line = joined;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    for (const piece of measure(word, cssFont) <= room ? [word] : graphemes(word)) {
      if (line && measure(line + piece, cssFont) > room) {
        lines.push(line);
        line = '';
      }
      line += piece;
    }
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

/** As `wrapText`, in as many lines but each as even as it can be (no word left alone on the last). */
export function balancedLines(text: string, cssFont: string, room: number, measure: Measure): string[] {
  const lines = wrapText(text, cssFont, room, measure);
  if (lines.length < 2) return lines;
  let [narrow, wide] = [room / lines.length, room];
  let best = lines;
  while (wide - narrow > 1) {
    const middle = (narrow + wide) / 2;
    const tried = wrapText(text, cssFont, middle, measure);
    if (tried.length > lines.length) narrow = middle;
    else [wide, best] = [middle, tried];
  }
  return best;
}
