import { inflateRawSync } from 'node:zlib';
import { AppError } from '../../errors.js';

/**
 * What a workbook may unpack to. A 5 MB plan is about 20 MB of sheet XML; a zip of 10 MB could
 * otherwise unpack to gigabytes (a "zip bomb") inside the Excel reader, which holds it all in memory.
 */
export const MAX_WORKBOOK_UNPACKED_BYTES = 100 * 1024 * 1024;

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/**
 * Refuses a workbook that unpacks to more than the limit, by actually inflating each entry with
 * a cap (the sizes a zip declares can lie). Anything that is not a plain zip is left for the
 * Excel reader to refuse in its own words.
 */
export function assertWorkbookUnpacksSmall(bytes: Buffer, limit = MAX_WORKBOOK_UNPACKED_BYTES): void {
  const end = findEndOfDirectory(bytes);
  if (end < 0) return;
  const entries = bytes.readUInt16LE(end + 10);
  let offset = bytes.readUInt32LE(end + 16);
  let unpacked = 0;
  for (let i = 0; i < entries; i++) {
    if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== DIRECTORY_ENTRY) return;
    const method = bytes.readUInt16LE(offset + 10);
    const packedSize = bytes.readUInt32LE(offset + 20);
    const local = bytes.readUInt32LE(offset + 42);
    offset += 46 + bytes.readUInt16LE(offset + 28) + bytes.readUInt16LE(offset + 30) + bytes.readUInt16LE(offset + 32);
    if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== LOCAL_HEADER) return;
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const data = bytes.subarray(start, start + packedSize);
    if (method === 0) unpacked += data.length;
    else if (method === 8) unpacked += inflatedLength(data, limit - unpacked);
    if (unpacked > limit) throw tooLarge(limit);
  }
}

function inflatedLength(data: Buffer, room: number): number {
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(room, 0) + 1 }).length;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) return room + 1;
    return 0; // a broken entry: the Excel reader will say the file cannot be read
  }
}

function findEndOfDirectory(bytes: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65535); at--) {
    if (bytes.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  }
  return -1;
}

function tooLarge(limit: number): AppError {
  const megabytes = Math.round(limit / 1024 / 1024);
  return new AppError('invalid_plan', `The workbook unpacks to more than ${megabytes} MB; nothing was stored`, [
    { path: '', message: `the workbook unpacks to more than ${megabytes} MB, far more than any plan needs`, code: 'file_too_large', params: { megabytes } },
  ]);
}
