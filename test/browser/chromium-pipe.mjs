// Headless Chromium driven through the DevTools protocol over a pipe (--remote-debugging-pipe: JSON
// messages separated by NUL on file descriptors 3 and 4). No browser-automation dependency, no port.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The Chromium to run: $CHROMIUM when set, else Debian's /usr/bin/chromium; undefined when it does not exist. */
export function findChromium() {
  const candidates = process.env.CHROMIUM ? [process.env.CHROMIUM] : ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path) => existsSync(path));
}

/**
 * Starts Chromium with a fresh profile and returns `{ send(method, params, sessionId), close() }`;
 * `send` resolves with the command's result or rejects with the protocol's error.
 */
export function launchChromium(executable) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'ps-attendance-chromium-'));
  const child = spawn(executable, [...chromiumArgs, `--user-data-dir=${userDataDir}`, '--remote-debugging-pipe', 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  const pending = new Map();
  let nextId = 1;
  let buffered = '';
  let exited = false;
  const failAll = (error) => {
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  child.on('exit', (code, signal) => {
    exited = true;
    failAll(new Error(`Chromium exited (code ${code}, signal ${signal}); its last output:\n${stderr}`));
  });
  child.on('error', (error) => failAll(error));
  const input = child.stdio[3];
  const output = child.stdio[4];
  output.setEncoding('utf8');
  output.on('data', (chunk) => {
    buffered += chunk;
    let end;
    while ((end = buffered.indexOf('\0')) !== -1) {
      const message = JSON.parse(buffered.slice(0, end));
      buffered = buffered.slice(end + 1);
      const waiting = message.id === undefined ? undefined : pending.get(message.id);
      if (waiting === undefined) continue;
      pending.delete(message.id);
      if (message.error) waiting.reject(new Error(`${waiting.method}: ${message.error.message}`));
      else waiting.resolve(message.result);
    }
  });
  return {
    send(method, params = {}, sessionId) {
      if (exited) return Promise.reject(new Error(`Chromium is not running; its last output:\n${stderr}`));
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject, method });
        input.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
      });
    },
    /** Closes the browser (Browser.close, then SIGTERM/SIGKILL if it lingers) and removes its profile. */
    async close() {
      const gone = exited ? Promise.resolve() : new Promise((resolve) => child.once('exit', resolve));
      const within = (ms) => Promise.race([gone.then(() => true), new Promise((resolve) => setTimeout(() => resolve(false), ms))]);
      if (!exited) input.write(`${JSON.stringify({ id: nextId++, method: 'Browser.close', params: {} })}\0`);
      if (!(await within(5000))) child.kill('SIGTERM');
      if (!(await within(3000))) child.kill('SIGKILL');
      try {
        rmSync(userDataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
      } catch (error) {
        console.warn(`note: could not remove the temporary profile ${userDataDir}: ${error.message}`);
      }
    },
  };
}
