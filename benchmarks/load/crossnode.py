#!/usr/bin/env python3
"""Direct Line across two nodes: conversations started on node A with their WebSocket on A, messages posted to node B.

For every posted activity it counts the bot replies on A's socket (exactly one expected: none is a lost activity, two
a duplicate answer) and measures the cross-node fan-out, beyond the answer's own time, two ways, every time on this
machine's one clock:
- store to socket: from the reply's server timestamp (stamped on B as it is written, after the answer was computed)
  to A's socket receiving it; this includes B's database write of the reply;
- beyond a local socket: each conversation also has a socket on B, and the difference between A's socket and B's
  receiving the same reply is what the hop through Redis to A costs over B's own delivery.
Standard library only (a minimal WebSocket client for text frames).
Usage: crossnode.py NODE_A NODE_B SECRET QUESTIONS_FILE [conversations] [messages-each]
"""
import base64, json, os, socket, struct, sys, threading, time, urllib.request
from datetime import datetime
from urllib.parse import urlparse

node_a, node_b, secret, questions_file = sys.argv[1:5]
conversations = int(sys.argv[5]) if len(sys.argv) > 5 else 20
per_conversation = int(sys.argv[6]) if len(sys.argv) > 6 else 10
questions = [json.loads('"' + line.rstrip("\n") + '"') for line in open(questions_file, encoding="utf-8") if line.strip()]


def call(method, url, bearer, body=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method=method, headers={"Authorization": "Bearer " + bearer, "Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read() or b"{}")


def ws_connect(url):
    parts = urlparse(url)
    sock = socket.create_connection((parts.hostname, parts.port), timeout=60)
    key = base64.b64encode(os.urandom(16)).decode()
    path = parts.path + ("?" + parts.query if parts.query else "")
    sock.sendall((f"GET {path} HTTP/1.1\r\nHost: {parts.netloc}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                  f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n").encode())
    head = b""
    while b"\r\n\r\n" not in head:
        head += sock.recv(1)
    if b" 101 " not in head.split(b"\r\n")[0]:
        raise RuntimeError(head.decode(errors="replace"))
    return sock


def recv_exact(sock, n):
    buf = b""
    while len(buf) < n:
        chunk = sock.recv(n - len(buf))
        if not chunk:
            raise EOFError
        buf += chunk
    return buf


def ws_frames(sock):
    message = b""
    while True:
        b0, b1 = recv_exact(sock, 2)
        length = b1 & 0x7F
        if length == 126:
            length = struct.unpack(">H", recv_exact(sock, 2))[0]
        elif length == 127:
            length = struct.unpack(">Q", recv_exact(sock, 8))[0]
        payload = recv_exact(sock, length)
        opcode = b0 & 0x0F
        if opcode == 8:
            return
        if opcode in (0, 1):
            message += payload
            if b0 & 0x80:
                yield message, time.time()
                message = b""


def timestamp_seconds(text):
    return datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp()


replies = {}      # user activity id -> bot replies seen on A's socket
delays_ms = []    # reply stored on B -> received on A
received_on = {"a": {}, "b": {}}   # user activity id -> when its reply reached the socket on A / on B
lock = threading.Lock()


def listen(sock, side):
    try:
        for frame, received in ws_frames(sock):
            if not frame:
                continue
            for activity in json.loads(frame)["activities"]:
                if activity.get("type") == "message" and activity.get("from", {}).get("role") == "bot" and activity.get("replyToId"):
                    with lock:
                        received_on[side].setdefault(activity["replyToId"], received)
                        if side == "a":
                            replies[activity["replyToId"]] = replies.get(activity["replyToId"], 0) + 1
                            delays_ms.append((received - timestamp_seconds(activity["timestamp"])) * 1000)
    except (OSError, EOFError):
        return   # the socket was closed at the end


def conversation(index, posted):
    started = call("POST", node_a + "/v3/directline/conversations", secret, {})
    sock = ws_connect(started["streamUrl"])
    local = ws_connect(node_b + urlparse(started["streamUrl"]).path + "?" + urlparse(started["streamUrl"]).query)
    for s, side in ((sock, "a"), (local, "b")):
        threading.Thread(target=listen, args=(s, side), daemon=True).start()
    for turn in range(per_conversation):
        question = questions[(index * per_conversation + turn) % len(questions)]
        activity = {"type": "message", "text": question, "from": {"id": f"load-{index}", "role": "user"}, "locale": "zh-CN"}
        sent = call("POST", f"{node_b}/v3/directline/conversations/{started['conversationId']}/activities", started["token"], activity)
        with lock:
            posted.append(sent["id"])
        deadline = time.time() + 30
        while time.time() < deadline and not replies.get(sent["id"]):
            time.sleep(0.01)
    time.sleep(1.0)   # a duplicate answer would arrive within this second
    sock.close()
    local.close()


posted = []
threads = [threading.Thread(target=conversation, args=(i, posted)) for i in range(conversations)]
began = time.time()
for t in threads:
    t.start()
for t in threads:
    t.join()
elapsed = time.time() - began
lost = sum(1 for p in posted if not replies.get(p))
duplicates = sum(1 for p in posted if replies.get(p, 0) > 1)
beyond_ms = sorted((received_on["a"][k] - received_on["b"][k]) * 1000 for k in posted if k in received_on["a"] and k in received_on["b"])
delays_ms.sort()
pick = lambda values, q: values[min(len(values) - 1, int(q * len(values)))] if values else float("nan")
print(f"RESULT posted={len(posted)} lost={lost} duplicates={duplicates} seconds={elapsed:.1f} "
      f"fanout_p50_ms={pick(delays_ms, 0.50):.1f} fanout_p99_ms={pick(delays_ms, 0.99):.1f} fanout_max_ms={pick(delays_ms, 1.0):.1f} "
      f"beyond_local_p50_ms={pick(beyond_ms, 0.50):.1f} beyond_local_p99_ms={pick(beyond_ms, 0.99):.1f} beyond_local_max_ms={pick(beyond_ms, 1.0):.1f}")
sys.exit(1 if lost or duplicates else 0)
