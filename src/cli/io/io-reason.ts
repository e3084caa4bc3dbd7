/**
 * A short human reason for a file-system error, for one-line messages.
 *
 * @example
 * ```ts
 * ioReason(Object.assign(new Error(), { code: 'ENOENT' })); // 'no such file or directory'
 * ```
 */
export function ioReason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    case 'ELOOP':
      return 'too many symbolic links';
    case 'ENOSPC':
      return 'no space left on the device';
    case 'EDQUOT':
      return 'disk quota exceeded';
    case 'EROFS':
      return 'read-only file system';
    case 'EXDEV':
      return 'not on the same file system';
    case 'ENXIO':
      return 'no such device (a socket cannot be reopened by path)';
    case 'EIO':
      return 'input/output error';
    case 'ERR_STRING_TOO_LONG':
      return 'too large to read as text: a Node.js string holds at most 512 MB';
    case 'ERR_FS_FILE_TOO_LARGE':
      return 'larger than the 2 GB Node.js reads at once';
    default:
      return error instanceof Error ? error.message.split('\n')[0] ?? 'failed' : 'failed';
  }
}
