// Colours as every renderer of SVG reads them: hex and an opacity.

/** A colour as `#rrggbb` and its opacity: what every renderer of SVG reads. */
export interface HexColor {
  hex: string;
  alpha: number;
}

/** A fraction held to 0–1 (not a number: 0). */
export const clamp = (value: number) => Math.min(1, Math.max(0, Number.isFinite(value) ? value : 0));
const byte = (fraction: number) =>
  Math.round(clamp(fraction) * 255)
    .toString(16)
    .padStart(2, '0');

/** A component of `rgb()` or `color(srgb …)` as 0–1: a number over `scale`, a percentage, or `none`. */
const component = (token: string | undefined, scale: number) =>
  token === undefined || token === 'none'
    ? 0
    : token.endsWith('%')
      ? Number(token.slice(0, -1)) / 100
      : Number(token) / scale;

/** Hex, `rgb()`/`rgba()` and `color(srgb …)`, in either syntax (commas or spaces, `/ alpha`); else undefined. */
function parseSrgb(color: string): HexColor | undefined {
  const value = color.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(value)?.[1];
  if (hex) {
    const digits = hex.length <= 4 ? [...hex].map((digit) => digit + digit).join('') : hex;
    return { hex: `#${digits.slice(0, 6)}`, alpha: digits.length === 8 ? parseInt(digits.slice(6), 16) / 255 : 1 };
  }
  const functional = /^(rgba?|color)\((.*)\)$/.exec(value);
  if (!functional) return undefined;
  const [kind, body] = [functional[1], functional[2]];
  const [channels, alpha] = body.split('/');
  const tokens = channels.split(/[\s,]+/).filter(Boolean);
  const space = kind === 'color' ? tokens.shift() : 'srgb';
  if (space !== 'srgb' || tokens.length < 3) return undefined;
  const alphaToken = alpha?.trim() ?? (kind === 'color' ? undefined : tokens[3]);
  const scale = kind === 'color' ? 1 : 255;
  return {
    hex: `#${tokens
      .slice(0, 3)
      .map((token) => byte(component(token, scale)))
      .join('')}`,
    alpha: alphaToken === undefined ? 1 : clamp(component(alphaToken, 1)),
  };
}

let probeContext: CanvasRenderingContext2D | null | undefined;

/**
 * Converts a CSS colour to hex. Browsers compute colours as `rgb()`/`rgba()`, and a `color-mix()`
 * as `color(srgb …)`, which renderers outside browsers do not read (librsvg paints it black);
 * any other syntax (`oklch()`, a name) goes through a canvas: its own sRGB serialisation, else
 * the colour painted on a pixel.
 */
export function hexColor(color: string): HexColor {
  const parsed = parseSrgb(color);
  if (parsed) return parsed;
  probeContext ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!probeContext) return { hex: '#000000', alpha: 1 };
  probeContext.clearRect(0, 0, 1, 1);
  probeContext.fillStyle = '#000';
  probeContext.fillStyle = color;
  const written = parseSrgb(String(probeContext.fillStyle));
  if (written) return written;
  probeContext.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = probeContext.getImageData(0, 0, 1, 1).data;
  return { hex: `#${[r, g, b].map((channel) => byte(channel / 255)).join('')}`, alpha: a / 255 };
}
