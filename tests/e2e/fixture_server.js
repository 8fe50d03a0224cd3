// Serves the theweek fixture over http on 127.0.0.1 with a strict CSP, as the
// browser tests need it: at `path` (every path when null), plus `extra` routes
// {pathname: {type, body}}; anything else is a 404.
'use strict';
const fs = require('node:fs');
const http = require('node:http');
const paths = require('./paths');

const kCsp = "default-src 'self'; script-src 'self'";

async function serveFixture({path = null, extra = {}} = {}) {
  const html = fs.readFileSync(paths.fixture);
  const server = http.createServer((req, res) => {
    const pathname = new URL(req.url, 'http://x').pathname;
    if (path === null || pathname === path) {
      res.writeHead(200, {'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': kCsp});
      res.end(html);
    } else if (extra[pathname]) {
      res.writeHead(200, {'Content-Type': extra[pathname].type});
      res.end(extra[pathname].body);
    } else {
      res.writeHead(404, {'Content-Type': 'text/plain', 'Content-Security-Policy': kCsp});
      res.end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: server.address().port,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

// A new tab showing `url`, in front (the toolbar click acts on the front tab).
async function openInFront(context, url) {
  const page = await context.newPage();
  await page.goto(url, {waitUntil: 'load'});
  await page.bringToFront();
  return page;
}

module.exports = {kCsp, serveFixture, openInFront};
