// The project's own files (built bundle, catalogue, example pages) for the small local HTTP
// servers of the bench, `npm run examples` and the Node browser tests.
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

/** @type {Record<string, string>} */
const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/**
 * Answers with the file at `file` (any path), and says whether it could be read. Callers check
 * first that the path is one they mean to serve.
 * @param {import('node:http').ServerResponse} response
 * @param {string} file
 */
export async function sendPath(response, file) {
  let body;
  try {
    body = await readFile(file);
  } catch {
    return false;
  }
  const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
  response.writeHead(200, { 'Content-Type': type }).end(body);
  return true;
}

/**
 * Answers with the file at `pathname` when it lies inside one of `folders` (relative to the
 * project), and says whether it did; nothing outside them is ever read.
 * @param {import('node:http').ServerResponse} response
 * @param {string} pathname
 * @param {string[]} folders
 */
export async function sendFile(response, pathname, folders) {
  const file = normalize(join('.', pathname));
  if (!folders.some((folder) => file.startsWith(normalize(folder) + sep))) return false;
  return sendPath(response, file);
}
