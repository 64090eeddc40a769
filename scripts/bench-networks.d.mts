export function benchNetworks(fixturesDir: string): string[];
