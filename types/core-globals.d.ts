/**
 * The globals the pure core may use that ES2022 itself does not define: the WHATWG URL parser,
 * which browsers and Node both provide. Anything else from the DOM or Node is a type error in
 * `tsconfig.core.json`, which is how the core stays free of views and I/O.
 */
declare class URL {
  constructor(url: string, base?: string | URL);
  readonly protocol: string;
  readonly hostname: string;
  readonly href: string;
}
