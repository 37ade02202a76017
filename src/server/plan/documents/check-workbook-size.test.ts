import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { everyFieldPlan } from '../../../core/plan/format/fixtures/every-field-plan.js';
import { assertWorkbookUnpacksSmall } from './check-workbook-size.js';
import { writePlanWorkbook } from './write-plan-workbook.js';

/** A one-entry zip whose directory claims a tiny size: the kind of lie a zip bomb tells. */
function lyingZip(content: Buffer): Buffer {
  const data = deflateRawSync(content);
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(10, 22);
  local.writeUInt16LE(name.length, 26);
  const entry = Buffer.alloc(46);
  entry.writeUInt32LE(0x02014b50, 0);
  entry.writeUInt16LE(8, 10);
  entry.writeUInt32LE(data.length, 20);
  entry.writeUInt32LE(10, 24);
  entry.writeUInt16LE(name.length, 28);
  const directoryAt = local.length + name.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(entry.length + name.length, 12);
  end.writeUInt32LE(directoryAt, 16);
  return Buffer.concat([local, name, data, entry, name, end]);
}

describe('workbook size check', () => {
  it('lets a real plan workbook through', async () => {
    expect(() => assertWorkbookUnpacksSmall(Buffer.from([]))).not.toThrow();
    const bytes = await writePlanWorkbook(everyFieldPlan);
    expect(() => assertWorkbookUnpacksSmall(bytes)).not.toThrow();
    expect(() => assertWorkbookUnpacksSmall(bytes, 10_000)).toThrow(/unpacks to more than/);
  });

  it('inflates with a cap rather than trusting the sizes a zip declares', () => {
    const bomb = lyingZip(Buffer.alloc(3 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(10_000);
    expect(() => assertWorkbookUnpacksSmall(bomb, 1024 * 1024)).toThrow(/unpacks to more than 1 MB/);
    expect(() => assertWorkbookUnpacksSmall(bomb, 4 * 1024 * 1024)).not.toThrow();
  });
});
