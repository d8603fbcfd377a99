// The baseline for the reader page: the same HTML served from memory by bare node:http, in its own
// process as `next start` is. Usage: node bench/static-server.mjs FILE; prints "port N" when ready.
import fs from 'node:fs';
import http from 'node:http';

const file = process.argv[2];
if (!file) {
  console.error('usage: node bench/static-server.mjs FILE');
  process.exit(2);
}
const body = fs.readFileSync(file);

const server = http.createServer((request, response) => {
  request.resume();
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length });
  response.end(body);
});

server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`port ${typeof address === 'object' && address ? address.port : 0}\n`);
});

process.on('SIGTERM', () => server.close(() => process.exit(0)));
