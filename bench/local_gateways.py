#!/usr/bin/env python3
"""The world outside for bench/go-live.sh: an SMS gateway speaking the platform's signed HTTP contract
(docs/operations.md: HMAC-SM3 over appId, timestamp, nonce and body; 401 when the signature is wrong) and a plain
SMTP server, both on localhost. What they accept is appended to OUT_DIR/sms.jsonl and OUT_DIR/mail.txt.

Usage: local_gateways.py SMS_PORT SMTP_PORT OUT_DIR SECRET
"""
import hmac
import http.server
import os
import socketserver
import sys
import threading

sms_port, smtp_port, out_dir, secret = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4].encode()
os.makedirs(out_dir, exist_ok=True)
lock = threading.Lock()


def append(name, text):
    with lock, open(os.path.join(out_dir, name), "a", encoding="utf-8") as f:
        f.write(text)


class Sms(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        h = self.headers
        signed = "\n".join([h.get("X-OneWindow-AppId", ""), h.get("X-OneWindow-Timestamp", ""),
                            h.get("X-OneWindow-Nonce", ""), body.decode("utf-8")]).encode("utf-8")
        ok = hmac.compare_digest(hmac.new(secret, signed, "sm3").hexdigest(), h.get("X-OneWindow-Signature", ""))
        if ok:
            append("sms.jsonl", body.decode("utf-8") + "\n")
        answer = b'{"code":"OK"}' if ok else b'{"code":"BAD_SIGNATURE"}'
        self.send_response(200 if ok else 401)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def log_message(self, *args):
        pass


class Smtp(socketserver.StreamRequestHandler):
    def handle(self):
        def say(line):
            self.wfile.write((line + "\r\n").encode())
        say("220 localhost OneWindow bench SMTP")
        while True:
            line = self.rfile.readline().decode("utf-8", "replace").rstrip("\r\n")
            if not line:
                return
            verb = line.split(" ", 1)[0].upper()
            if verb in ("EHLO", "HELO"):
                say("250 localhost")
            elif verb in ("MAIL", "RCPT", "RSET", "NOOP"):
                append("envelope.txt", line + "\n") if verb in ("MAIL", "RCPT") else None
                say("250 OK")
            elif verb == "DATA":
                say("354 end with <CRLF>.<CRLF>")
                data = []
                while True:
                    l = self.rfile.readline().decode("utf-8", "replace")
                    if l in (".\r\n", ".\n", ""):
                        break
                    data.append(l)
                append("mail.txt", "".join(data) + "\n----\n")
                say("250 queued")
            elif verb == "QUIT":
                say("221 bye")
                return
            else:
                say("502 not implemented")


class ThreadingSmtp(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


sms = http.server.ThreadingHTTPServer(("127.0.0.1", sms_port), Sms)
smtp = ThreadingSmtp(("127.0.0.1", smtp_port), Smtp)
threading.Thread(target=smtp.serve_forever, daemon=True).start()
print(f"SMS gateway on :{sms_port}, SMTP on :{smtp_port}, writing to {out_dir}", flush=True)
sms.serve_forever()
