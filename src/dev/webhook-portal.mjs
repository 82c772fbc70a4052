#!/usr/bin/env node
// A portal's webhook endpoint, as small as one can be: receives the service's push events, verifies
// each signature with the Standard Webhooks scheme (README, "Push delivery"), drops an id it has
// seen, prints the event and answers 204. Node.js 18+, nothing to install.
//
//   WEBHOOK_SECRET=whsec_... node src/dev/webhook-portal.mjs [port=9090]
import { createServer } from "node:http";
import { createHmac, timingSafeEqual } from "node:crypto";

const secret = process.env.WEBHOOK_SECRET;
if (!secret || !secret.startsWith("whsec_")) {
  console.error("set WEBHOOK_SECRET to the subscription's secret (whsec_...)");
  process.exit(2);
}
const key = Buffer.from(secret.slice("whsec_".length), "base64");
const port = Number(process.argv[2] ?? 9090);
const seen = new Set();

export function verify(id, timestamp, signatures, body) {
  if (!id || !timestamp || !signatures) return false;
  if (Math.abs(Date.now() / 1000 - Number(timestamp)) > 300) return false; // a replayed request
  const expected = createHmac("sha256", key).update(`${id}.${timestamp}.`).update(body).digest();
  return signatures.split(" ").some((s) => {
    if (!s.startsWith("v1,")) return false;
    const given = Buffer.from(s.slice(3), "base64");
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}

createServer((req, res) => {
  const chunks = [];
  req.on("data", (c) => chunks.push(c));
  req.on("end", () => {
    const body = Buffer.concat(chunks); // the raw bytes: verify before parsing
    const id = req.headers["webhook-id"];
    if (!verify(id, req.headers["webhook-timestamp"], req.headers["webhook-signature"], body)) {
      console.log(`refused: bad signature (${id})`);
      res.writeHead(401).end();
      return;
    }
    if (seen.has(id)) {
      console.log(`duplicate ${id}: already handled`);
    } else {
      seen.add(id);
      const event = JSON.parse(body.toString("utf8"));
      console.log(`verified ${event.type} ${event.id} ${event.subject} cursor=${event.cursor}`);
      console.log(JSON.stringify(event.data));
    }
    res.writeHead(204).end();
  });
}).listen(port, "127.0.0.1", () => console.log(`portal listening on http://127.0.0.1:${port}/healthsec`));
