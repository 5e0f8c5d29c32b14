/**
 * A file-system failure described by its code and path only: the error's own message is never shown,
 * because it could quote note text (PHI). Shared by everything that writes patient files.
 */
export function describeIoFailure(error: unknown): { at: string; why: string } | undefined {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (!code) return undefined;
  const file = (error as NodeJS.ErrnoException)?.path;
  const why =
    code === 'EACCES' || code === 'EPERM'
      ? 'permission denied'
      : code === 'ENOSPC'
        ? 'disk full'
        : code === 'EROFS'
          ? 'read-only file system'
          : code;
  return { at: file ? ` at ${file}` : '', why };
}
