// `npm run examples`: builds, then serves the example pages and a tiny feedback endpoint on
// http://localhost:8080 (PORT to change it). Nothing but examples/ and dist/ is served.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const PORT = Number(process.env.PORT ?? 8080);
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** The feedback form's endpoint: checks the payload's shape and answers as SPEC's receiver. */
async function feedback(request, response) {
  let body = '';
  for await (const chunk of request) body += chunk;
  let payload;
  try {
    payload = JSON.parse(body);
  } catch {
    payload = null;
  }
  const valid = payload && typeof payload.id === 'string' && typeof payload.message === 'string';
  response.writeHead(valid ? 201 : 400, { 'Content-Type': 'application/json' });
  response.end(JSON.stringify(valid ? { id: payload.id } : { message: 'That is not feedback.' }));
  // The message itself is not logged: it is people's words.
  console.log(`feedback ${valid ? 'stored' : 'refused'}: ${valid ? payload.id : '-'}`);
}

const server = createServer(async (request, response) => {
  const path = new URL(request.url, 'http://localhost').pathname;
  if (path === '/api/feedback' && request.method === 'POST') return feedback(request, response);
  const file = normalize(join('.', path === '/' ? '/examples/index.html' : path));
  if (!/^(examples|dist)[/\\]/.test(file)) {
    response.writeHead(404).end('Not found');
    return;
  }
  try {
    const content = await readFile(file);
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(content);
  } catch {
    response.writeHead(404).end('Not found');
  }
});

server.listen(PORT, () => {
  console.log(`Examples at http://localhost:${PORT}/`);
  console.log(`  http://localhost:${PORT}/examples/nhs-trust-vacancy.html`);
  console.log(`  http://localhost:${PORT}/examples/university-careers.html`);
});
