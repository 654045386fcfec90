// A file in the same folder whose name differs only in case (or Unicode form): "Anh.JPG" for
// "anh.jpg". Web servers are case-sensitive, so it is never taken in its place; messages name it.
import { readdirSync } from 'node:fs';
import path from 'node:path';

export function nameInOtherCase(file: string): string | undefined {
  const want = path.basename(file).normalize('NFC').toLowerCase();
  let names: string[];
  try {
    names = readdirSync(path.dirname(file));
  } catch {
    return undefined; // no folder: nothing near to name
  }
  return names.find((n) => n.normalize('NFC').toLowerCase() === want);
}
