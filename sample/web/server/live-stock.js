// Pushes stock level changes to the dashboards that are open.
import { WebSocketServer } from "ws";
import pick from "lodash/pick.js";

const port = Number(process.env.LIVE_PORT || 8081);
const wss = new WebSocketServer({ port });

function broadcast(message, sender) {
  for (const client of wss.clients) {
    if (client != sender && client.readyState === 1) {
      client.send(JSON.stringify(message));
    }
  }
}

wss.on("connection", (socket, request) => {
  socket.on("message", (data) => {
    var update = pick(JSON.parse(String(data)), ["sku", "quantity"]);
    broadcast(update, socket);
  });
});

console.log(`live stock feed on ws://0.0.0.0:${port}`);
