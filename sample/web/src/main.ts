import { listItems } from "./api";
import { stockStatus, totalValue } from "./inventory";

async function render(root: HTMLElement): Promise<void> {
  const items = await listItems("/api", new URLSearchParams(window.location.search));
  const today = new Date();
  const rows = items.map((item) => {
    const tr = document.createElement("tr");
    for (const value of [item.sku, item.name, String(item.quantity)]) {
      const td = document.createElement("td");
      td.textContent = value;
      tr.append(td);
    }
    tr.dataset.status = stockStatus(item, 0, today);
    return tr;
  });
  root.replaceChildren(...rows);
  const footer = document.getElementById("total");
  if (footer) {
    footer.textContent = totalValue(items).toFixed(2);
  }
}

const root = document.getElementById("items");
if (root) {
  void render(root);
}
