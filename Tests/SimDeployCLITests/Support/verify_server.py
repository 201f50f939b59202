#!/usr/bin/env python3
"""A stand-in for a deployed Sim Studio behind its proxy, for `simdeploy verify` tests.

Python 3 standard library only. It listens on loopback ports chosen by the kernel and prints
one JSON line: {"port": N, "httpPort": M, "caFile": "..."}; then it serves until killed.

  port      the public origin (TLS unless --plain): /api/health, /, /health and Socket.IO
  httpPort  plain HTTP, like a proxy's port 80: a redirect to the https origin

The certificate is self-signed and made here with the openssl CLI, so a test passes it to
simdeploy with --ca-file. --cert chooses what kind; --break chooses what is wrong with the
server, one negative case per test.
"""

import argparse
import base64
import datetime
import hashlib
import json
import os
import signal
import ssl
import subprocess
import sys
import tempfile
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

WEBSOCKET_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
OPEN_PACKET = '0{"sid":"test-sid","upgrades":["websocket"],"pingInterval":25000,"pingTimeout":20000,"maxPayload":1000000}'

BREAKS = [
    "none",
    "app-down",  # /api/health and / answer 502, as a proxy does when the app is down
    "health-404",  # the app answers / but not /api/health
    "handshake",  # /socket.io/ reaches the app, which answers with an HTML page
    "no-upgrade",  # the proxy drops Upgrade: realtime answers 400
    "wrong-accept",  # 101 with a wrong Sec-WebSocket-Accept
    "no-headers",  # no security headers at all
    "no-redirect",  # port 80 serves the page instead of redirecting
    "health-exposed",  # realtime's internal /health is routed publicly
]


def make_certificate(folder, kind):
    """Writes cert.pem and key.pem with openssl's `ca -selfsign`, which takes explicit dates."""
    now = datetime.datetime.now(datetime.timezone.utc)
    names = "DNS:other.example" if kind == "wrong-host" else "DNS:localhost,IP:127.0.0.1"
    if kind == "expired":
        start, end = now - datetime.timedelta(days=60), now - datetime.timedelta(days=30)
    elif kind == "expiring":
        start, end = now - datetime.timedelta(days=1), now + datetime.timedelta(days=5, hours=12)
    else:
        start, end = now - datetime.timedelta(days=1), now + datetime.timedelta(days=90, hours=12)
    config = os.path.join(folder, "ca.cnf")
    with open(config, "w") as f:
        f.write(
            "[ca]\ndefault_ca = selfsigned\n"
            "[selfsigned]\ndatabase = index.txt\nnew_certs_dir = .\nserial = serial\n"
            "default_md = sha256\npolicy = anything\nunique_subject = no\n"
            "[anything]\ncommonName = supplied\n"
            f"[leaf]\nbasicConstraints = critical,CA:TRUE\nsubjectAltName = {names}\n"
        )
    open(os.path.join(folder, "index.txt"), "w").close()
    with open(os.path.join(folder, "serial"), "w") as f:
        f.write("01\n")
    stamp = "%Y%m%d%H%M%SZ"
    run = lambda *args: subprocess.run(args, cwd=folder, check=True, capture_output=True)
    run("openssl", "req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
        "-keyout", "key.pem", "-out", "request.csr", "-subj", "/CN=simdeploy-test")
    run("openssl", "ca", "-batch", "-config", "ca.cnf", "-selfsign", "-keyfile", "key.pem", "-in", "request.csr",
        "-out", "cert.pem", "-startdate", start.strftime(stamp), "-enddate", end.strftime(stamp),
        "-extensions", "leaf", "-notext")
    return os.path.join(folder, "cert.pem"), os.path.join(folder, "key.pem")


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    broken = "none"
    https = True
    public_port = 0

    def log_message(self, *args):
        pass

    def security_headers(self):
        if self.broken == "no-headers":
            return
        if self.https:
            self.send_header("Strict-Transport-Security", "max-age=63072000")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "strict-origin-when-cross-origin")
        self.send_header("X-Frame-Options", "SAMEORIGIN")

    def reply(self, status, body, content_type="text/plain", chunked=False):
        data = body.encode()
        self.send_response(status)
        self.security_headers()
        self.send_header("Content-Type", content_type)
        self.send_header("Connection", "close")
        if chunked:
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            middle = len(data) // 2
            for part in (data[:middle], data[middle:]):
                if part:
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(part), part))
            self.wfile.write(b"0\r\n\r\n")
        else:
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        self.close_connection = True

    def do_GET(self):
        path, _, query = self.path.partition("?")
        if path == "/api/health":
            if self.broken == "app-down":
                return self.reply(502, "Bad Gateway")
            if self.broken == "health-404":
                return self.reply(404, "<html>not found</html>", "text/html")
            return self.reply(200, '{"status":"ok"}', "application/json")
        if path == "/":
            if self.broken == "app-down":
                return self.reply(502, "Bad Gateway")
            # Chunked, as Next.js streams its pages.
            return self.reply(200, "<html><body>Sim</body></html>", "text/html; charset=utf-8", chunked=True)
        if path == "/health":
            if self.broken == "health-exposed":
                return self.reply(200, '{"status":"ok","connections":0}', "application/json")
            return self.reply(404, "<html>not found</html>", "text/html")
        if path == "/socket.io/":
            if self.broken == "handshake":
                return self.reply(200, "<html>the app, not realtime</html>", "text/html")
            if "transport=websocket" in query:
                return self.upgrade()
            if "transport=polling" in query and "EIO=4" in query:
                return self.reply(200, OPEN_PACKET, "text/plain; charset=UTF-8")
            return self.reply(400, '{"code":0,"message":"Transport unknown"}', "application/json")
        return self.reply(404, "not found")

    def upgrade(self):
        key = self.headers.get("Sec-WebSocket-Key", "")
        wants = "upgrade" in self.headers.get("Connection", "").lower()
        if self.broken == "no-upgrade" or not wants or self.headers.get("Upgrade", "").lower() != "websocket":
            return self.reply(400, '{"code":3,"message":"Bad request"}', "application/json")
        accept = base64.b64encode(hashlib.sha1((key + WEBSOCKET_GUID).encode()).digest()).decode()
        if self.broken == "wrong-accept":
            accept = base64.b64encode(b"not the right digest!").decode()
        self.wfile.write(
            (
                "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                f"Sec-WebSocket-Accept: {accept}\r\n\r\n"
            ).encode()
        )
        payload = OPEN_PACKET.encode()
        self.wfile.write(bytes([0x81, len(payload)]) + payload)
        self.wfile.flush()
        self.close_connection = True


class RedirectHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    broken = "none"
    public_port = 0

    def log_message(self, *args):
        pass

    def do_GET(self):
        if self.broken == "no-redirect":
            body = b"<html>plain</html>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
        else:
            body = b""
            self.send_response(308)
            self.send_header("Location", f"https://localhost:{self.public_port}{self.path}")
            self.send_header("Content-Length", "0")
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body)
        self.close_connection = True


class QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        # A client that closes after the TLS handshake (the certificate check) is expected.
        pass


def main():
    # A test runner may start us with SIGTERM ignored; make it stop the server again.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    parser = argparse.ArgumentParser()
    parser.add_argument("--plain", action="store_true", help="serve the origin over plain HTTP")
    parser.add_argument("--cert", default="good", choices=["good", "expired", "expiring", "wrong-host"])
    parser.add_argument("--break", dest="broken", default="none", choices=BREAKS)
    parser.add_argument("--dir", help="folder for the certificate (default: a new temporary folder)")
    args = parser.parse_args()

    folder = args.dir or tempfile.mkdtemp(prefix="verify-server-")
    public = QuietServer(("127.0.0.1", 0), Handler)
    ca_file = ""
    if not args.plain:
        cert, key = make_certificate(folder, args.cert)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert, key)
        public.socket = context.wrap_socket(public.socket, server_side=True)
        ca_file = cert
    redirect = QuietServer(("127.0.0.1", 0), RedirectHandler)

    port = public.server_address[1]
    Handler.broken = RedirectHandler.broken = args.broken
    Handler.https = not args.plain
    Handler.public_port = RedirectHandler.public_port = port

    threading.Thread(target=redirect.serve_forever, daemon=True).start()
    print(json.dumps({"port": port, "httpPort": redirect.server_address[1], "caFile": ca_file}), flush=True)
    try:
        public.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    sys.exit(main())
