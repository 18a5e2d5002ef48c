/**
 * Ant Design's own styles carry the page's nonce (ConfigProvider csp), but a few helpers underneath
 * (the table's scrollbar measure, the dialog's scroll lock) insert a <style> without one, which the
 * Content-Security-Policy then refuses. Every <style> this app's own code creates gets the nonce the
 * hub put on this page, so the policy can stay strict (no 'unsafe-inline'). Imported first by main.tsx.
 */
const nonce = document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce;

if (nonce) {
  const createElement = Document.prototype.createElement;
  Document.prototype.createElement = function (this: Document, tagName: string, options?: ElementCreationOptions) {
    const element = createElement.call(this, tagName, options);
    if (element instanceof HTMLStyleElement) element.nonce = nonce;
    return element;
  } as typeof Document.prototype.createElement;
}

export {};
