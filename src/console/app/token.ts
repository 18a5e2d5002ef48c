/**
 * The bearer token, kept for this browser tab only (sessionStorage), as GraphiQL keeps it: on a
 * shared office PC it is gone when the browser closes. The key is the one GraphiQL uses, so a
 * token pasted in either works in the other within the same tab.
 */
const KEY = "hub-token";

/** Takes a token from the address fragment (#token=…), which browsers never send to a server, and removes it from the address at once. */
export function adoptTokenFromAddress(): void {
  const fromHash = new URLSearchParams(location.hash.slice(1)).get("token");
  if (!fromHash) return;
  sessionStorage.setItem(KEY, fromHash.trim());
  history.replaceState(history.state, "", location.pathname + location.search);
}

export function currentToken(): string | null {
  return sessionStorage.getItem(KEY);
}

export function saveToken(token: string): void {
  sessionStorage.setItem(KEY, token.trim().replace(/^Bearer\s+/i, ""));
}

export function forgetToken(): void {
  sessionStorage.removeItem(KEY);
}
