// The package's own types point at a .d.mts file it does not ship; this is its browser API.
export function visualDiff(element: Node, name: string): Promise<void>;
