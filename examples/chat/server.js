'use strict';
// The eddy chat demo: an HTTP server that serves a one-page chat client and relays
// every message to everyone connected over WebSockets.
//   eddy examples/chat/server.js [port]      (default 8080; 0 picks a free port)
const http = require('http');
const fs = require('fs');
const path = require('path');
const { prepare, upgrade } = require('./websocket');

const page = fs.readFileSync(path.join(__dirname, 'index.html'));

function createChatServer() {
  const clients = new Set();
  let nextId = 1;

  const server = http.createServer((req, res) => {
    if (req.url === '/' || req.url === '/index.html') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': page.length });
      res.end(page);
    } else if (req.url === '/stats') {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ clients: clients.size, rss: process.memoryUsage.rss() }));
    } else {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('not found\n');
    }
  });

  // Framed once, written to everyone.
  function broadcast(message) {
    const prepared = prepare(JSON.stringify(message));
    for (const ws of clients) ws.sendFrame(prepared);
  }

  server.on('upgrade', (req, socket, head) => {
    if (req.url !== '/chat') {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      return;
    }
    const ws = upgrade(req, socket, head);
    if (!ws) return;
    const id = nextId++;
    clients.add(ws);
    ws.send(JSON.stringify({ type: 'welcome', id, online: clients.size }));
    broadcast({ type: 'join', id, online: clients.size });
    ws.on('message', (data) => {
      if (typeof data !== 'string' || data.length > 4096) return;
      broadcast({ type: 'message', id, text: data, at: Date.now() });
    });
    ws.on('close', () => {
      clients.delete(ws);
      broadcast({ type: 'leave', id, online: clients.size });
    });
  });

  return server;
}

if (require.main === module) {
  const port = Number(process.argv[2] ?? 8080);
  const server = createChatServer();
  server.listen(port, '127.0.0.1', () => {
    console.log(`chat server on http://127.0.0.1:${server.address().port}/ — open it in two browser tabs`);
  });
  process.on('SIGINT', () => {
    console.log('\nshutting down');
    server.close();
    process.exit(0);
  });
}

module.exports = { createChatServer };
