// The API of dagang serve (docs/serve.md). Every call posts the input's
// bytes as they are: a string is sent as UTF-8, a file's bytes untouched.

export class APIError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export async function call(endpoint, input, params = {}, signal) {
  const q = new URLSearchParams();
  if (input.name) q.set('name', input.name);
  for (const [k, v] of Object.entries(params)) q.set(k, v);
  const qs = q.toString();
  let res;
  try {
    res = await fetch(`/api/${endpoint}${qs ? '?' + qs : ''}`, {
      method: 'POST',
      body: input.body,
      headers: { 'Content-Type': 'application/octet-stream' },
      signal,
    });
  } catch (err) {
    if (err.name === 'AbortError') throw err;
    throw new APIError(0, String(err.message || err));
  }
  if (!res.ok) {
    let msg = res.statusText;
    try { msg = (await res.json()).error || msg; } catch { /* not JSON */ }
    throw new APIError(res.status, msg);
  }
  return res;
}

export async function json(endpoint, input, params, signal) {
  return (await call(endpoint, input, params, signal)).json();
}

export async function text(endpoint, input, params, signal) {
  const res = await call(endpoint, input, params, signal);
  return { text: await res.text(), headers: res.headers };
}

export async function blob(endpoint, input, params, signal) {
  const res = await call(endpoint, input, params, signal);
  return { blob: await res.blob(), headers: res.headers };
}
