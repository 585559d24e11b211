// The API as the dashboard calls it: filters become query parameters, errors become exceptions with the
// server's message.
export const FILTER_NAMES = ["since", "until", "country", "admin1", "actor", "type", "certainty", "disputed", "text"];
export const MAP_LIMIT = 2000;

export function query(filters, extra = {}) {
  const params = new URLSearchParams();
  for (const name of FILTER_NAMES) {
    if (filters[name]) params.set(name, filters[name]);
  }
  for (const [name, value] of Object.entries(extra)) params.set(name, value);
  return params.toString();
}

export async function getJson(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.error || `${response.status} ${response.statusText}`);
  return body;
}

export async function postJson(path, payload, token) {
  const response = await fetch(path, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` },
    body: JSON.stringify(payload),
  });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.error || `${response.status} ${response.statusText}`);
  return body;
}

export const events = (filters) => getJson(`/api/events?${query(filters, { limit: MAP_LIMIT })}`);
export const stats = (filters) => getJson(`/api/stats?${query(filters)}`);
export const event = (id) => getJson(`/api/events/${encodeURIComponent(id)}`);
export const documentOf = (id) => getJson(`/api/documents/${encodeURIComponent(id)}`);
