import { dirname } from "node:path";
import { createRequire } from "node:module";
import express, { type Request, type Response, type NextFunction, type Router } from "express";

const require = createRequire(import.meta.url);
// The package's files are served as they ship: no CDN, so GraphiQL works on an offline county network.
const ASSETS_DIR = dirname(require.resolve("@graphql-yoga/graphiql"));
const ASSETS_PATH = "/graphiql-assets";

const PAGE = `<!doctype html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8" />
  <title>Enforcement hub · GraphiQL</title>
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <link rel="icon" href="data:," />
  <link rel="stylesheet" href="${ASSETS_PATH}/graphiql.css" />
  <style>html, body, #root { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="root"></div>
  <script>
    // Monaco's workers ship beside the bundle; point the editor at them.
    const workers = { json: "json.worker.bundle.js", graphql: "graphql.worker..bundle.js" };
    self.MonacoEnvironment = {
      getWorkerUrl: (_id, label) => "${ASSETS_PATH}/monacoeditorwork/" + (workers[label] || "editor.worker.bundle.js"),
    };
  </script>
  <script src="${ASSETS_PATH}/yoga-graphiql.umd.js"></script>
  <script>
    // The token lives for this browser tab only (sessionStorage): on a shared office PC it is gone
    // when the browser closes. It can come in the address fragment (#token=...), which the browser
    // never sends to a server; the fragment is removed at once.
    const fromHash = new URLSearchParams(location.hash.slice(1)).get("token");
    if (fromHash) { sessionStorage.setItem("hub-token", fromHash); history.replaceState(null, "", location.pathname + location.search); }
    localStorage.removeItem("hub-token"); // left there by earlier versions of this page
    const token = sessionStorage.getItem("hub-token");
    const initialHeaders = JSON.stringify(token ? { Authorization: "Bearer " + token } : { Authorization: "Bearer <run: npm run token -- --role CHAIR>" }, null, 2);
    // The Headers tab of the active GraphiQL tab, kept up to date as it is edited or another tab is chosen.
    let activeHeaders = null;
    function activeTabHeaders() {
      if (activeHeaders !== null) return activeHeaders;
      try { // after a reload, before any edit: the tabs GraphiQL restored from this tab's storage
        const saved = JSON.parse(sessionStorage.getItem("graphiql:tabState") || "null");
        if (saved && saved.tabs && saved.tabs[saved.activeTabIndex]) return saved.tabs[saved.activeTabIndex].headers || "";
      } catch {}
      return initialHeaders;
    }
    // graphql-ws cannot send HTTP headers from a browser: the hub reads the token from the
    // connection_init payload instead, so send the Headers tab's Authorization there. GraphiQL calls
    // this each time it opens the socket, so a changed token takes effect on the next subscription.
    function wsConnectionParams() {
      let headers = {};
      try { headers = JSON.parse(activeTabHeaders() || "{}") || {}; } catch {}
      const name = Object.keys(headers).find((key) => key.toLowerCase() === "authorization");
      return name ? { authorization: headers[name] } : {};
    }
    const startQuery = "# Welcome to the enforcement hub.\\n# Put a token in the Headers tab (npm run token -- --role CHAIR), then run:\\n{\\n  me { name role }\\n  agencies { code shortName kind }\\n}\\n";
    YogaGraphiQL.renderYogaGraphiQL(document.getElementById("root"), {
      endpoint: "/graphql",
      subscriptionsProtocol: "WS",
      connectionParams: wsConnectionParams,
      title: "Enforcement hub",
      // Tabs, queries and headers persist in this tab's sessionStorage, not in localStorage.
      storage: sessionStorage,
      onTabChange: (state) => { activeHeaders = state.tabs[state.activeTabIndex]?.headers ?? ""; },
      headers: initialHeaders,
      // Yoga's GraphiQL ignores "defaultQuery" (it shows its own welcome text), and a "query" option would win over the
      // ?query=... it keeps in the address while editing, so give our starting query only when the address has none.
      ...(new URLSearchParams(location.search).has("query") ? {} : { query: startQuery }),
    });
  </script>
</body>
</html>`;

/**
 * True for a browser navigating to the endpoint (not a GraphQL client sending a query by GET).
 * GraphiQL keeps the edited query in the address (?query=...), so a reload must still get the page:
 * decide by what the request prefers, HTML over a GraphQL response, not by the query string.
 */
function wantsPage(req: Request): boolean {
  return req.method === "GET" && req.accepts(["application/graphql-response+json", "application/json", "text/html"]) === "text/html";
}

/** GraphiQL at GET /graphql for browsers, and its assets. */
export function graphiqlRouter(): Router {
  const router = express.Router();
  router.use(ASSETS_PATH, express.static(ASSETS_DIR, { immutable: true, maxAge: "7d", fallthrough: false }));
  router.get("/graphql", (req: Request, res: Response, next: NextFunction) => {
    if (!wantsPage(req)) return next();
    res.type("html").send(PAGE);
  });
  return router;
}
