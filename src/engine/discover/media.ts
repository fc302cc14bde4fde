/**
 * Files that cannot be configuration: images, audio, video, fonts, archives, compiled code and
 * office documents. When such a file is binary, too large or not UTF-8, skipping it is expected,
 * and listing it would only bury the skips that matter (a pool file saved as UTF-16).
 */

const MEDIA_NAME =
  /\.(?:png|jpe?g|gif|webp|avif|bmp|ico|icns|cur|tiff?|psd|heic|heif|svgz|mp[34]|m4[av]|aac|ogg|og[av]|opus|flac|wav|webm|mov|avi|mkv|wmv|flv|woff2?|ttf|otf|eot|zip|gz|tgz|bz2|tbz2?|xz|txz|zst|7z|rar|tar|jar|war|ear|apk|whl|egg|deb|rpm|so(?:\.\d+)*|dylib|dll|exe|bin|o|a|lib|class|pyc|pyo|wasm|node|pdf|docx?|xlsx?|pptx?|od[tsp]|sqlite3?|db|dat|pack|idx|swf|der|p12|pfx|keystore|jks)$/i;

/** Names that say "configuration" whatever the bytes: such a file's skip is always listed. */
const CONFIG_NAME =
  /(?:^|\/)(?:etc|nginx|php|fpm|php-fpm\.d|pool\.d|conf\.d|sites-(?:available|enabled)|snippets|templates|roles)\/|\.(?:conf|ini|cnf|cfg|j2|jinja2?|tpl|tmpl|template|ya?ml|sh|bash|service|socket)$|(?:^|\/)(?:docker|container)file[^/]*$/i;

/** Leading bytes of binary formats (`?` stands for any byte). */
const MAGIC: number[][] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF8
  [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  [0x50, 0x4b, 0x03, 0x04], // zip, jar, docx
  [0x1f, 0x8b], // gzip
  [0x42, 0x5a, 0x68], // bzip2
  [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], // xz
  [0x28, 0xb5, 0x2f, 0xfd], // zstd
  [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], // 7z
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0xca, 0xfe, 0xba, 0xbe], // Java class, Mach-O fat
  [0xcf, 0xfa, 0xed, 0xfe], // Mach-O
  [0x00, 0x61, 0x73, 0x6d], // wasm
  [0x77, 0x4f, 0x46, 0x46], // wOFF
  [0x77, 0x4f, 0x46, 0x32], // wOF2
  [0x00, 0x00, 0x01, 0x00], // ICO
  [0x49, 0x49, 0x2a, 0x00], // TIFF
  [0x4d, 0x4d, 0x00, 0x2a], // TIFF
  [0x4f, 0x67, 0x67, 0x53], // Ogg
  [0x66, 0x4c, 0x61, 0x43], // FLAC
  [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65], // SQLite
];
/** RIFF (WebP, WAV, AVI) and ISO media (MP4, MOV, HEIC, AVIF) carry their type at an offset. */
const RIFF = [0x52, 0x49, 0x46, 0x46];
const FTYP = [0x66, 0x74, 0x79, 0x70];

function startsWith(bytes: Uint8Array, magic: number[], at = 0): boolean {
  return magic.every((b, i) => bytes[at + i] === b);
}

/** The file cannot be configuration: its name says media, or its bytes do and its name does not say config. */
export function isMedia(path: string, head?: Uint8Array): boolean {
  if (MEDIA_NAME.test(path)) return true;
  if (!head || CONFIG_NAME.test(path)) return false;
  return MAGIC.some((m) => startsWith(head, m)) || startsWith(head, RIFF) || startsWith(head, FTYP, 4);
}
