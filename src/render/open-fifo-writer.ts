import {constants, openSync} from 'node:fs';
import {Socket} from 'node:net';
import {setTimeout as delay} from 'node:timers/promises';

/**
 * The write end of a named pipe, opened without ever blocking a thread. A plain
 * `createWriteStream(fifo)` opens it in libuv's thread pool, where `open()` waits for a
 * reader: if the encoder dies before it opens the pipe, that thread waits forever and
 * the process can never exit (Node joins the pool on exit). Here the pipe is opened
 * non-blocking, retried every `pollMs` until the reader is there or `until` rejects
 * (the encoder stopped: its error is thrown), and wrapped in a socket, so writes go
 * through the event loop and fail with EPIPE instead of hanging when the reader dies.
 */
export const openFifoWriter = async ({fifo, until, pollMs = 10}: {fifo: string; until: Promise<never>; pollMs?: number}): Promise<Socket> => {
	for (;;) {
		try {
			const fd = openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK);
			return new Socket({fd, readable: false, writable: true});
		} catch (error) {
			// ENXIO: no reader yet.
			if ((error as NodeJS.ErrnoException).code !== 'ENXIO') throw error;
		}
		await Promise.race([delay(pollMs), until]);
	}
};
