/** Request headers that carry credentials; never written to a log. */
const SECRET_HEADERS = new Set(["authorization", "cookie", "proxy-authorization"]);

interface SerializedRequest {
  url?: string;
  query?: unknown;
  headers?: Record<string, unknown>;
  [key: string]: unknown;
}

/**
 * pino-http's request serializer: the path without its query string (a minutes link, or a token
 * someone still puts in `?access_token=`, would otherwise land in the log), and the headers without
 * credentials. Request logs are read by operators who must not be able to act as the callers.
 */
export function redactRequest(req: SerializedRequest): SerializedRequest {
  const { query: _query, headers, url, ...rest } = req;
  return {
    ...rest,
    url: url === undefined ? undefined : url.split("?")[0],
    headers: headers && Object.fromEntries(Object.entries(headers).filter(([name]) => !SECRET_HEADERS.has(name.toLowerCase()))),
  };
}
