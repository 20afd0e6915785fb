// Price formatting carried over from the first (jQuery) dashboard.
// Still plain JavaScript: it is used by the print view only.
import axios from "axios";
import trimEnd from "lodash.trimend";

var DEFAULT_CURRENCY = "EUR";

export function formatPrice(amount, currency) {
  let symbol = currency == "USD" ? "$" : "€";
  const text = trimEnd(amount.toFixed(2), "0");
  return symbol + (text.endsWith(".") ? text.slice(0, -1) : text);
}

export async function fetchRates(baseUrl, currency) {
  const response = await axios.get(`${baseUrl}/rates`, {
    params: { base: currency || DEFAULT_CURRENCY },
  });
  const remaining = response.headers["x-ratelimit-remaining"];
  return response.data;
}
