/**
 * The OVOP Network API from TypeScript: `paths` and `components` are generated from the gateway's merged
 * OpenAPI by openapi-typescript (clients/generate.py writes src/schema.d.ts); requests are openapi-fetch's.
 * This file adds what every integrator needs: OAuth2 client credentials (renewed before expiry), an
 * Idempotency-Key on every POST, and retries on 429/503 honouring Retry-After.
 */
import createClient, { type Client, type Middleware } from "openapi-fetch";
import type { paths } from "./schema";

export type { components, paths, webhooks } from "./schema";

export interface OvopOptions {
  baseUrl: string;
  /** OAuth2 client credentials (client_secret_basic); or a token of your own in `accessToken`. */
  clientId?: string;
  clientSecret?: string;
  accessToken?: string;
  maxRetries?: number;
  fetch?: typeof globalThis.fetch;
}

const TOKEN_PATH = "/v1/oauth/token";
const RETRY_STATUSES = new Set([429, 503]);

function tokens(options: OvopOptions, send: typeof globalThis.fetch): Middleware {
  let token = options.accessToken;
  let expiresAt = options.accessToken ? Number.POSITIVE_INFINITY : 0;
  return {
    async onRequest({ request }) {
      if (!options.clientId || !options.clientSecret) {
        if (token) request.headers.set("authorization", `Bearer ${token}`);
        return request;
      }
      if (!token || Date.now() >= expiresAt - 60_000) {
        const basic = btoa(`${encodeURIComponent(options.clientId)}:${encodeURIComponent(options.clientSecret)}`);
        const response = await send(new URL(TOKEN_PATH, options.baseUrl), {
          method: "POST",
          headers: { authorization: `Basic ${basic}`, "content-type": "application/x-www-form-urlencoded" },
          body: "grant_type=client_credentials",
        });
        if (!response.ok) throw new Error(`token endpoint answered ${response.status}`);
        const body = (await response.json()) as { access_token: string; expires_in?: number };
        token = body.access_token;
        expiresAt = Date.now() + (body.expires_in ?? 3600) * 1000;
      }
      request.headers.set("authorization", `Bearer ${token}`);
      return request;
    },
  };
}

const idempotency: Middleware = {
  onRequest({ request }) {
    const path = new URL(request.url).pathname;
    if (request.method === "POST" && path !== TOKEN_PATH && !request.headers.has("idempotency-key")) {
      request.headers.set("idempotency-key", crypto.randomUUID());
    }
    return request;
  },
};

/** Seconds to wait: Retry-After (seconds or an HTTP date) when given, otherwise back-off with jitter. */
export function retryDelay(response: Response, attempt: number): number {
  const header = response.headers.get("retry-after");
  if (header) {
    const seconds = Number(header);
    if (Number.isFinite(seconds)) return Math.min(30, seconds);
    const when = Date.parse(header);
    if (!Number.isNaN(when)) return Math.min(30, Math.max(0, (when - Date.now()) / 1000));
  }
  return Math.min(30, 0.5 * 2 ** attempt) * (0.5 + Math.random() / 2);
}

function retrying(send: typeof globalThis.fetch, maxRetries: number): typeof globalThis.fetch {
  return async (input: RequestInfo | URL, init?: RequestInit) => {
    const original = new Request(input, init);
    const safe = ["GET", "HEAD", "PUT", "DELETE"].includes(original.method) || original.headers.has("idempotency-key");
    for (let attempt = 0; ; attempt++) {
      const response = await send(original.clone());
      if (attempt >= maxRetries || !safe || !RETRY_STATUSES.has(response.status)) return response;
      await new Promise((resolve) => setTimeout(resolve, retryDelay(response, attempt) * 1000));
    }
  };
}

export function createOvopClient(options: OvopOptions): Client<paths> {
  const send = options.fetch ?? globalThis.fetch;
  const client = createClient<paths>({ baseUrl: options.baseUrl, fetch: retrying(send, options.maxRetries ?? 4) });
  client.use(tokens(options, send), idempotency);
  return client;
}
