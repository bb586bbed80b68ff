// Mutation runs only (vitest.mutation.config.ts): the fuzz tests draw the same inputs every run, so a
// mutant they kill is killed every time and runs before and after a change compare like with like.
// `npm test` keeps fast-check's random seed.
import fc from 'fast-check';

fc.configureGlobal({ seed: 20_240_601 });
