/**
 * Reading one repository file as text, or saying why it was skipped. Never throws and never
 * blocks on special files: only regular files are opened.
 *
 * The calls are synchronous: each promise-based call is a round trip through libuv's thread pool,
 * and for 20,000 small files those round trips, not the reading, were most of the time.
 */
import { isUtf8 } from 'node:buffer';
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import type { SkippedFile, SourceFile } from '../types.js';
import { isMedia } from './media.js';

/** A text file; a skipped file and why; or media, skipped without a word (see media.ts). */
export type ReadResult = { file: SourceFile } | { skipped: SkippedFile } | { media: true };

const BINARY_PROBE_BYTES = 8 * 1024;
const MB = 1024 * 1024;

export async function readSourceFile(
  path: string,
  absPath: string,
  maxFileBytes: number,
): Promise<ReadResult> {
  const skip = (reason: string): ReadResult => ({ skipped: { path, reason } });
  let fd: number | undefined;
  try {
    // O_NONBLOCK: opening a FIFO must not wait for a writer. Regular files ignore the flag.
    fd = openSync(absPath, constants.O_RDONLY | constants.O_NONBLOCK);
    const info = fstatSync(fd);
    if (!info.isFile()) return skip(`not a regular file (${fileType(info)})`);
    if (info.size > maxFileBytes) {
      if (isMedia(path)) return { media: true };
      return skip(`larger than ${formatSize(maxFileBytes, false)} (${formatSize(info.size, true)})`);
    }
    const bytes = readAll(fd, info.size, maxFileBytes);
    if (bytes.length > maxFileBytes)
      return skip(`larger than ${formatSize(maxFileBytes, false)} (${formatSize(bytes.length, true)})`);
    const probe = bytes.subarray(0, BINARY_PROBE_BYTES);
    if (probe.includes(0)) {
      if (isMedia(path, probe)) return { media: true };
      return skip(describeBinary(probe));
    }
    const file = decode(path, absPath, bytes);
    return file.latin1 && isMedia(path, probe) ? { media: true } : { file };
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    if (e.code === 'ELOOP') return skip('symlink loop (too many levels of symbolic links)');
    return skip(`unreadable (${e.code ? `${e.code}: ` : ''}${describe(e)})`);
  } finally {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // nothing to do: the file was read or skipped already
      }
    }
  }
}

function decode(path: string, absPath: string, bytes: Buffer): SourceFile {
  const hadBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hadBom ? bytes.subarray(3) : bytes;
  // isUtf8() and toString() are simdutf's: several times faster than a fatal TextDecoder, with
  // the same answer on every input (both follow the WHATWG decoder).
  if (isUtf8(body)) {
    const text = body.toString('utf8');
    return { path, absPath, text, hadBom, crlf: text.includes('\r\n') };
  }
  // nginx and PHP-FPM read bytes: a Latin-1 byte in a comment or a server_name does not stop
  // them, so neither does it stop socklint. One character per byte keeps every column exact.
  const text = body.toString('latin1');
  return { path, absPath, text, hadBom, crlf: text.includes('\r\n'), latin1: true };
}

/**
 * One buffer for every read: a Buffer per file is memory outside the heap that the collector
 * must account for, and with 20,000 files that accounting cost more than the reading. The bytes
 * are only borrowed until the file is decoded.
 */
let shared = Buffer.allocUnsafe(1024 * 1024);

/** The file's bytes, reading past the size `fstat` gave (a file may grow), up to one byte over the limit. */
function readAll(fd: number, size: number, maxFileBytes: number): Buffer {
  let length = 0;
  for (;;) {
    if (length === shared.length) {
      const grown = Buffer.allocUnsafe(Math.min(Math.max(shared.length * 2, size + 1), maxFileBytes + 1));
      shared.copy(grown, 0, 0, length);
      shared = grown;
    }
    const want = Math.min(shared.length, Math.max(size + 1, length + 1), maxFileBytes + 1) - length;
    if (want <= 0) return shared.subarray(0, length);
    const n = readSync(fd, shared, length, want, null);
    length += n;
    // A regular file reads short only at its end: no further read to see 0 bytes.
    if (n < want) return shared.subarray(0, length);
  }
}

/** Why bytes with a NUL are not read: UTF-16 text is named, since an editor may have saved a config so. */
function describeBinary(probe: Uint8Array): string {
  if ((probe[0] === 0xff && probe[1] === 0xfe) || (probe[0] === 0xfe && probe[1] === 0xff)) {
    const order = probe[0] === 0xff ? 'little' : 'big';
    return `UTF-16 text (${order}-endian byte-order mark): nginx and PHP-FPM read UTF-8, so they cannot read it either`;
  }
  return 'binary (a NUL byte in the first 8 KB)';
}

/** `5 MB` for a limit, `10.0 MB` for a size; smaller amounts in KB or bytes. */
function formatSize(bytes: number, precise: boolean): string {
  const [amount, unit] =
    bytes >= MB ? [bytes / MB, 'MB'] : bytes >= 1024 ? [bytes / 1024, 'KB'] : [bytes, 'bytes'];
  if (unit === 'bytes') return `${amount} bytes`;
  return `${precise || !Number.isInteger(amount) ? amount.toFixed(1) : amount} ${unit}`;
}

function fileType(info: Stats): string {
  if (info.isDirectory()) return 'directory';
  if (info.isFIFO()) return 'named pipe';
  if (info.isSocket()) return 'socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'device';
  return 'special file';
}

function describe(e: NodeJS.ErrnoException): string {
  return e.message.replace(/^[A-Z]+: /, '').replace(/, \w+ '.*'$/, '');
}
