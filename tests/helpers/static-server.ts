/** The static server for dist/ the tests share with the benchmark (scripts/lib/static-server.ts). */
export * from '../../scripts/lib/static-server.ts';
