import { base64ToBytes, bytesToBase64 } from "../bytes.ts";

/**
 * A stroke's points, compact: x, y and pressure as whole numbers, each stored as the difference
 * from the point before (zigzag, then a variable number of bytes: small moves take one byte), in
 * base64. A hand-drawn point usually costs three bytes.
 *
 * Values must never change: drawings saved in this form must open in every later release.
 */

/** A point on the sketch: x and y in sketch units, pressure 0–100. */
export type Point = readonly [x: number, y: number, pressure: number];

const zigzag = (n: number) => (n << 1) ^ (n >> 31);
const unzigzag = (n: number) => (n >>> 1) ^ -(n & 1);

/**
 * Packs points into the compact text form.
 * @example encodePoints([[10, 20, 50], [11, 22, 50]]) // "FChkAgQA"
 */
export const encodePoints = (points: readonly Point[]): string => {
  const out = new Uint8Array(points.length * 3 * 5);
  let o = 0;
  let prev = [0, 0, 0];
  for (const point of points) {
    for (let k = 0; k < 3; k++) {
      const v = Math.round(point[k]!);
      let z = zigzag(v - prev[k]!) >>> 0;
      while (z >= 0x80) {
        out[o++] = (z & 0x7f) | 0x80;
        z >>>= 7;
      }
      out[o++] = z;
    }
    prev = [Math.round(point[0]), Math.round(point[1]), Math.round(point[2])];
  }
  return bytesToBase64(out.subarray(0, o));
};

/** Unpacks the compact text form; a damaged one is a TypeError, never a wrong drawing. */
export const decodePoints = (text: string): Point[] => {
  const bytes = base64ToBytes(text);
  const points: Point[] = [];
  const current = [0, 0, 0];
  let k = 0;
  let i = 0;
  while (i < bytes.length) {
    let z = 0;
    let shift = 0;
    for (;;) {
      if (i >= bytes.length || shift > 28) throw new TypeError("damaged stroke");
      const b = bytes[i++]!;
      z |= (b & 0x7f) << shift;
      if (b < 0x80) break;
      shift += 7;
    }
    current[k] = current[k]! + unzigzag(z >>> 0);
    k++;
    if (k === 3) {
      points.push([current[0]!, current[1]!, current[2]!]);
      k = 0;
    }
  }
  if (k !== 0) throw new TypeError("damaged stroke");
  return points;
};
