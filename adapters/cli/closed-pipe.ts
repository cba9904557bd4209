/**
 * `npm run reports | head`: once the reader has what it wants it closes the
 * pipe, and the next write fails with EPIPE, which Node throws from an
 * unhandled 'error' event as a stack trace. For a command-line tool a closed
 * pipe is a normal end, as it is for `cat`, so it exits quietly instead.
 */
export function endQuietlyOnClosedPipe(stream: NodeJS.WriteStream = process.stdout): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}
